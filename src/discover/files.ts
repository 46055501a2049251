/**
 * Finding the files to scan. A walk of the tree that honours `.gitignore` files (at every level, via the
 * `ignore` package, the matcher eslint uses), always skips `.git` and `node_modules`, applies the `--exclude`
 * globs (globs.ts; `--include` does not narrow the walk: see engine/scan.ts), and never follows a link out of the
 * root or into a directory:
 * - a link to a file inside the root is not scanned on its own (the walk reaches its target under the target's
 *   own path), but it is listed in `allPaths`, so that a release may name it as a values file;
 * - a link to a directory is never entered (that also rules out link loops): a link to a directory inside the
 *   root adds nothing the walk does not see, one to a directory outside it is reported;
 * - a link that leads outside the root, or nowhere, is reported when it has a YAML name, and never read;
 * - anything that is not a regular file (a FIFO, a socket, a device) is reported when it has a YAML name, and
 *   never opened: opening a FIFO blocks until someone writes to it.
 */
import { readdirSync } from 'node:fs'
import { lstat, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { compileGlobs } from './globs.js'
import type { ScanError } from '../model.js'
import { readRegularFileSync } from './open-file.js'

export interface DiscoveredFile {
  /** Repo-relative path with `/`. */
  path: string
  size: number
}

export interface Discovery {
  root: string
  /** YAML and Terraform files to consider, sorted by path. */
  files: DiscoveredFile[]
  /** Every regular file that passed the ignore rules (any extension), sorted; for globs in `valueFiles`. */
  allPaths: string[]
  errors: ScanError[]
}

export interface DiscoverOptions {
  exclude?: string[]
  /** Called once, as soon as the walk has found `files` YAML files to scan (the scan then starts its reader). */
  whenLarge?: { files: number; call: () => void }
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules'])
// Helm lock files are YAML under another name: an umbrella chart's Chart.lock pins what gets installed.
const YAML_FILE = /(\.(ya?ml)(\.gotmpl)?|(^|\/)(Chart|requirements)\.lock)$/i

// Terraform and Terragrunt files are read too (formats/terraform); they are text to the other readers.
const TERRAFORM_FILE = /(\.tf|\.tfvars|(^|\/)terragrunt\.hcl)$/i

export function isYamlPath(path: string): boolean {
  return YAML_FILE.test(path)
}

/** A Terraform or Terragrunt file: HCL, never parsed as YAML. */
export function isTerraformFilePath(path: string): boolean {
  return TERRAFORM_FILE.test(path)
}

/** A file the scan reads and puts to the readers' text tests: YAML, or Terraform. */
export function isScannedPath(path: string): boolean {
  return YAML_FILE.test(path) || TERRAFORM_FILE.test(path)
}

export async function discoverFiles(root: string, opts: DiscoverOptions = {}): Promise<Discovery> {
  const realRoot = await realpath(root)
  const errors: ScanError[] = []
  const exclude = compileGlobs(opts.exclude)
  const allPaths: string[] = []
  const files: DiscoveredFile[] = []

  interface Frame {
    /** Absolute, ending in a separator. */
    dir: string
    rel: string
    rules: { base: string; ig: Ignore }[]
  }
  // The root is a real path: a plain concatenation makes the path of everything under it (path.join would
  // normalise it again, once per entry of the tree).
  const stack: Frame[] = [
    { dir: realRoot.endsWith(sep) ? realRoot : `${realRoot}${sep}`, rel: '', rules: [] }
  ]
  while (stack.length > 0) {
    const frame = stack.pop() as Frame
    let entries
    try {
      // Synchronous on purpose: one await per directory costs a thread-pool round trip, which was about two
      // thirds of the walk's time on a 14,000-directory tree. The order of the entries does not matter: every
      // list the walk returns is sorted at the end.
      entries = readdirSync(frame.dir, { withFileTypes: true })
    } catch (err) {
      errors.push({ file: frame.rel || '.', line: 1, message: `cannot read directory: ${code(err)}` })
      continue
    }
    let rules = frame.rules
    if (entries.some(e => e.name === '.gitignore' && e.isFile())) {
      try {
        // Through openForReading: a .gitignore made a FIFO since the listing must not stop the walk.
        const text = readRegularFileSync(`${frame.dir}.gitignore`).toString('utf8')
        rules = [...rules, { base: frame.rel, ig: ignore().add(text) }]
      } catch {
        // An unreadable .gitignore ignores nothing; the file itself is not reported.
      }
    }
    const ignored = (rel: string, isDir: boolean): boolean =>
      rules.some(r => {
        const sub = r.base ? rel.slice(r.base.length + 1) : rel
        return sub !== '' && r.ig.ignores(isDir ? `${sub}/` : sub)
      })
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue
      const rel = frame.rel ? `${frame.rel}/${entry.name}` : entry.name
      const abs = frame.dir + entry.name
      if (entry.isDirectory()) {
        if (ignored(rel, true)) continue
        stack.push({ dir: abs + sep, rel, rules })
        continue
      }
      if (ignored(rel, false)) continue
      if (exclude && exclude(rel)) continue
      let size: number
      let scan = true
      if (entry.isSymbolicLink()) {
        const target = await linkTarget(abs, realRoot)
        if (target.kind === 'outside' || target.kind === 'outside-dir') {
          if (target.kind === 'outside-dir' || isYamlPath(rel))
            errors.push({
              file: rel,
              line: 1,
              message:
                target.kind === 'outside'
                  ? 'skipped: symbolic link points outside the repository'
                  : 'skipped: symbolic link to a folder outside the repository'
            })
          continue
        }
        if (target.kind === 'broken' || target.kind === 'special') {
          if (isYamlPath(rel))
            errors.push({
              file: rel,
              line: 1,
              message:
                target.kind === 'broken'
                  ? 'skipped: symbolic link that leads nowhere'
                  : 'skipped: symbolic link to something that is not a regular file'
            })
          continue
        }
        if (target.kind === 'dir') continue
        size = target.size
        // The target is scanned under its own name, unless that name is not a YAML one.
        scan = !isScannedPath(target.real)
      } else if (entry.isFile()) {
        size = -1
      } else {
        if (isYamlPath(rel))
          errors.push({
            file: rel,
            line: 1,
            message: 'skipped: not a regular file (a FIFO, socket or device)'
          })
        continue
      }
      allPaths.push(rel)
      if (!scan || !isScannedPath(rel)) continue
      files.push({ path: rel, size })
      if (files.length === opts.whenLarge?.files) opts.whenLarge.call()
    }
  }
  allPaths.sort()
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { root: realRoot, files, allPaths, errors }
}

type LinkTarget =
  | { kind: 'outside' }
  | { kind: 'outside-dir' }
  | { kind: 'dir' }
  | { kind: 'broken' }
  | { kind: 'special' }
  | { kind: 'file'; real: string; size: number }

/** Where a link leads, found without opening it (a loop, or a link to a FIFO, must not hang the walk). */
async function linkTarget(abs: string, realRoot: string): Promise<LinkTarget> {
  let real: string
  try {
    real = await realpath(abs) // ELOOP for a link loop
  } catch {
    return { kind: 'broken' }
  }
  let st
  try {
    st = await stat(real)
  } catch {
    return { kind: 'broken' }
  }
  if (!isInside(realRoot, real)) return { kind: st.isDirectory() ? 'outside-dir' : 'outside' }
  if (st.isDirectory()) return { kind: 'dir' }
  if (!st.isFile()) return { kind: 'special' }
  return { kind: 'file', real, size: st.size }
}

/** `abs` is the root or lies below it (`..data/x`, a ConfigMap mount's folder name, lies below it). */
export function isInside(root: string, abs: string): boolean {
  const rel = relative(root, abs)
  if (rel === '') return true
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) && !/^[a-zA-Z]:/.test(rel)
}

/** Resolve a repo-relative path to an absolute path inside the root, or null (outside, or through a link out). */
export async function resolveInside(root: string, rel: string): Promise<string | null> {
  const abs = join(root, rel)
  if (!isInside(root, abs)) return null
  try {
    const st = await lstat(abs)
    if (st.isSymbolicLink()) {
      const real = await realpath(abs)
      return isInside(root, real) ? real : null
    }
    const realDir = await realpath(join(abs, '..'))
    return isInside(root, realDir) ? abs : null
  } catch {
    return null
  }
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? String(err)
}
