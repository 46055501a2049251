/**
 * Runs the real CLI bundle (dist/cli/index.js) as a child process on copies of fixture repositories, so the
 * tests see exactly what a user of the committed bundle sees. No network.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkJsonStdout } from '../schemas/report-schema.js'

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BUNDLE = join(REPO, 'dist', 'cli', 'index.js')
export const FIXTURES = join(REPO, '__tests__', 'cli', '__fixtures__')

export function requireBundle(): void {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`)
}

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

export function runBundle(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  requireBundle()
  const env: Record<string, string> = {}
  // A clean environment: no colour settings or CI variables leak in from the test runner.
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT'])
    if (process.env[key]) env[key] = process.env[key]
  const result = spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd: opts.cwd ?? REPO,
    env: { ...env, ...opts.env },
    encoding: 'utf8',
    timeout: 60_000
  })
  if (result.error) throw result.error
  const run = { status: result.status, stdout: result.stdout, stderr: result.stderr }
  checkJsonStdout(args, run)
  return run
}

const temps: string[] = []

/** A fresh copy of a directory (a fixture name, or a path from the repository root) in a temp dir. */
export function copyRepo(source: string): string {
  const from = existsSync(join(FIXTURES, source)) ? join(FIXTURES, source) : join(REPO, source)
  const dir = mkdtempSync(join(tmpdir(), 'tig-cli-'))
  temps.push(dir)
  cpSync(from, dir, { recursive: true })
  return dir
}

export function removeCopies(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Every file under a directory, by relative path, with its bytes as text. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'))
    }
  }
  walk(dir)
  return out
}

/** The files whose bytes differ between two snapshots. */
export function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()])
  return [...keys].filter(k => before.get(k) !== after.get(k)).sort()
}
