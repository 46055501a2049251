/**
 * Support for the robustness tests: a temporary repository made from a fixture (with a folder outside it, for
 * links that lead out), the CLI bundle run as a process (as another user when the tests run as root, so that an
 * unreadable file really is unreadable), and byte-exact snapshots of a tree that never open a FIFO.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUNDLE, requireBundle } from '../cli/harness.js'
import { checkJsonStdout } from '../schemas/report-schema.js'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__')

export interface TempRepo {
  /** Holds `repo/` and `outside/`. */
  base: string
  root: string
  outside: string
}

const temps: string[] = []

/** A copy of `__fixtures__/<name>` as `<base>/repo`, and an empty `<base>/outside`. */
export function makeRepo(name: string): TempRepo {
  const base = mkdtempSync(join(tmpdir(), 'tkig-robust-'))
  temps.push(base)
  const root = join(base, 'repo')
  const outside = join(base, 'outside')
  cpSync(join(FIXTURES, name), root, { recursive: true })
  mkdirSync(outside)
  return { base, root, outside }
}

export function removeRepos(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** An unprivileged user to run the bundle as when the tests run as root, or null. */
export const OTHER_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : null

/** Give a tree to the user the bundle runs as (nothing to do when the tests do not run as root). */
export function handOver(dir: string): void {
  if (!OTHER_USER) return
  const walk = (p: string): void => {
    lchownSync(p, OTHER_USER.uid, OTHER_USER.gid)
    const st = lstatSync(p)
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e))
  }
  walk(dir)
}

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

/** Run the CLI bundle; as OTHER_USER when `asOther` (and the tests run as root). */
export function runCli(
  args: string[],
  opts: { asOther?: boolean; timeout?: number; env?: Record<string, string> } = {}
): Run {
  requireBundle()
  const env: Record<string, string> = { ...opts.env }
  for (const key of ['PATH', 'TMPDIR', 'SYSTEMROOT']) if (process.env[key]) env[key] = process.env[key]
  const user = opts.asOther && OTHER_USER ? OTHER_USER : {}
  const result = spawnSync(process.execPath, [BUNDLE, ...args], {
    env,
    encoding: 'utf8',
    // A run that hangs is killed: spawnSync then sets `error` (ETIMEDOUT), thrown below, and its test fails.
    timeout: opts.timeout ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
    cwd: tmpdir(),
    ...user
  })
  if (result.error) throw result.error
  const run = { status: result.status, stdout: result.stdout, stderr: result.stderr }
  checkJsonStdout(args, run)
  return run
}

export interface Entry {
  kind: 'file' | 'dir' | 'link' | 'other'
  mode: number
  /** sha256 of a file's bytes, a link's target. */
  content: string
}

/** Every entry under `dir` (links not followed, FIFOs not opened), by relative path with `/`. */
export function snapshot(dir: string): Map<string, Entry> {
  const out = new Map<string, Entry>()
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      const rel = relative(dir, p).split('\\').join('/')
      const st = lstatSync(p)
      const mode = st.mode & 0o7777
      if (st.isSymbolicLink()) out.set(rel, { kind: 'link', mode: 0, content: readlinkSync(p) })
      else if (st.isDirectory()) {
        out.set(rel, { kind: 'dir', mode, content: '' })
        walk(p)
      } else if (st.isFile()) {
        let content: string
        try {
          content = sha256(readFileSync(p))
        } catch {
          content = `unreadable ${st.size} ${st.mtimeMs}`
        }
        out.set(rel, { kind: 'file', mode, content })
      } else out.set(rel, { kind: 'other', mode, content: '' })
    }
  }
  walk(dir)
  return out
}

/** Paths added, removed or changed (bytes, mode, kind) between two snapshots. */
export function changedPaths(before: Map<string, Entry>, after: Map<string, Entry>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter(k => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k))).sort()
}

function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex')
}
