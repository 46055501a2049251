/**
 * The extract context: every candidate file read once and parsed once, plus on-demand access to any other
 * file inside the root (values files named by releases). All file reading of a scan happens here.
 */
import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ScanError } from '../model.js'
import type { ExtractContext } from '../formats/types.js'
import { normaliseRepoUrl } from '../formats/types.js'
import { isInside, isYamlPath, type Discovery } from '../discover/files.js'
import { parseRepoFile, type RepoFile } from '../yaml/file.js'
import { decodeText, MAX_PARSE_BYTES } from '../discover/text.js'

/** A text test that makes a file a candidate for parsing (format readers and the mesh detector). */
export interface CandidateFilter {
  mayContain(path: string, text: string): boolean
}

export interface ScanContext extends ExtractContext {
  errors(): ScanError[]
  parsedCount(): number
}

const READ_CONCURRENCY = 32

export async function createContext(
  root: string,
  found: Discovery,
  filters: readonly CandidateFilter[],
  repoUrls: readonly string[]
): Promise<ScanContext> {
  const errors: ScanError[] = [...found.errors]
  const reported = new Set<string>()
  const report = (e: ScanError): void => {
    const key = `${e.file}:${e.line}:${e.message}`
    if (reported.has(key)) return
    reported.add(key)
    errors.push(e)
  }
  const parsed = new Map<string, RepoFile | null>()
  const known = new Set(found.allPaths)
  const dirs = new Set<string>()
  for (const p of found.allPaths) {
    for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i))
  }

  const admit = (path: string, buf: Buffer): RepoFile | null => {
    const decoded = decodeText(buf)
    if ('skip' in decoded) {
      report({ file: path, line: 1, message: decoded.skip })
      return null
    }
    const file = parseRepoFile(path, decoded.text)
    for (const p of file.problems) report({ file: path, line: p.line, message: p.message })
    return file
  }

  // First pass: read every YAML file once, keep those some filter wants, parse them.
  const candidates: RepoFile[] = []
  const queue = [...found.files]
  const workers = Array.from({ length: Math.min(READ_CONCURRENCY, queue.length) }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      let buf: Buffer
      try {
        buf = await readFile(join(found.root, next.path))
      } catch (err) {
        report({
          file: next.path,
          line: 1,
          message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}`
        })
        continue
      }
      // The text test runs on the raw bytes (latin1 keeps it cheap); only candidates are decoded and parsed.
      const raw = buf.toString('latin1')
      if (!filters.some(f => f.mayContain(next.path, raw))) continue
      if (buf.length > MAX_PARSE_BYTES) {
        report({
          file: next.path,
          line: 1,
          message: `skipped: ${buf.length} bytes is over the ${MAX_PARSE_BYTES}-byte limit for a YAML file`
        })
        parsed.set(next.path, null)
        continue
      }
      const file = admit(next.path, buf)
      parsed.set(next.path, file)
      if (file) candidates.push(file)
    }
  })
  await Promise.all(workers)
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const ownUrls = new Set(repoUrls.map(normaliseRepoUrl).filter(Boolean))
  const origin = readOriginUrl(found.root)
  if (origin) ownUrls.add(normaliseRepoUrl(origin))

  return {
    root: found.root,
    candidates,
    getFile(relPath: string): RepoFile | undefined {
      const rel = normaliseRel(relPath)
      if (rel === null) return undefined
      if (parsed.has(rel)) return parsed.get(rel) ?? undefined
      if (!known.has(rel)) {
        parsed.set(rel, null)
        return undefined
      }
      const abs = join(found.root, rel)
      if (!isInside(found.root, abs)) return undefined
      let file: RepoFile | null = null
      try {
        const buf = readFileSync(abs)
        if (buf.length > MAX_PARSE_BYTES) {
          report({
            file: rel,
            line: 1,
            message: `skipped: ${buf.length} bytes is over the ${MAX_PARSE_BYTES}-byte limit for a YAML file`
          })
        } else {
          file = admit(rel, buf)
        }
      } catch (err) {
        report({ file: rel, line: 1, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}` })
      }
      parsed.set(rel, file)
      return file ?? undefined
    },
    exists(relPath: string): boolean {
      const rel = normaliseRel(relPath)
      if (rel === null) return false
      return rel === '' || known.has(rel) || dirs.has(rel)
    },
    allFiles: () => found.allPaths,
    isThisRepo(url: string): boolean {
      return ownUrls.has(normaliseRepoUrl(url))
    },
    knowsOwnUrl: () => ownUrls.size > 0,
    report,
    errors: () => errors,
    parsedCount: () => [...parsed.values()].filter(Boolean).length
  }
}

/** `a/./b/../c.yaml` → `a/c.yaml`; null when the path climbs out of the root or is absolute. */
export function normaliseRel(p: string): string | null {
  if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p)) return null
  const out: string[] = []
  for (const part of p.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return null
      out.pop()
      continue
    }
    out.push(part)
  }
  return out.join('/')
}

/** The `origin` remote of a git checkout at the root, read from `.git/config` without running git. */
function readOriginUrl(root: string): string | null {
  try {
    const config = readFileSync(join(root, '.git', 'config'), 'utf8')
    const m = /\[remote "origin"\][^[]*?\burl\s*=\s*(\S+)/.exec(config)
    return m ? m[1] : null
  } catch {
    return null
  }
}

export { isYamlPath }
