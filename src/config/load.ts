/**
 * The I/O edge of the config file and the baseline: find and read them, and merge the config with the flags
 * (CLI) or inputs (Action). Precedence, highest first: a flag or input that is given, the config file, the
 * default. Chart version pins of both apply, the flags' first.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { NativeSidecarsSetting } from '../mesh/detect.js'
import type { FailOn } from '../report/run.js'
import type { ChartVersionPin } from '../engine/versions.js'
import type { ScanOptions } from '../engine/scan.js'
import { BaselineError, parseBaseline, type Baseline } from '../engine/baseline.js'
import { ConfigError, parseConfig, type RepoConfig } from './parse.js'
import { CONFIG_FILE_NAME } from './schema.js'

/**
 * The config at `explicit` (relative to `cwd`), or `.testkube-istio-guard.yaml` at the scanned root, or null.
 * Throws ConfigError for a file that is missing (when named) or not valid.
 */
export async function loadConfig(
  root: string,
  explicit: string | null,
  cwd: string
): Promise<RepoConfig | null> {
  const path = explicit === null ? resolve(root, CONFIG_FILE_NAME) : resolve(cwd, explicit)
  const shown = displayPath(root, path, explicit)
  if (!existsSync(path)) {
    if (explicit === null) return null
    throw new ConfigError([{ file: shown, line: 1, column: 1, message: 'config file not found' }])
  }
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    throw new ConfigError([
      { file: shown, line: 1, column: 1, message: `cannot read: ${(err as Error).message}` }
    ])
  }
  return parseConfig(text.replace(/^\uFEFF/, ''), shown)
}

/** A baseline report (relative to `cwd`). Throws BaselineError when it is missing or not one. */
export async function loadBaseline(file: string, cwd: string): Promise<Baseline> {
  let text: string
  try {
    text = await readFile(resolve(cwd, file), 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new BaselineError(
      `${file}: ${code === 'ENOENT' ? 'baseline file not found' : (err as Error).message}`
    )
  }
  return parseBaseline(text, file)
}

/** Inside the scanned root: repository-relative with `/` (so that suppressions point into it); else as given. */
function displayPath(root: string, path: string, explicit: string | null): string {
  const rel = relative(root, path)
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/')
  return explicit ?? path
}

/** What the command line or the Action's inputs said; `undefined` (or empty) where they said nothing. */
export interface GivenSettings {
  include: string[]
  exclude: string[]
  failOn?: FailOn
  nativeSidecars?: NativeSidecarsSetting
  chartVersions: ChartVersionPin[]
}

export interface Effective {
  failOn: FailOn
  scan: Pick<
    ScanOptions,
    'include' | 'exclude' | 'nativeSidecars' | 'nativeSidecarsBy' | 'chartVersions' | 'suppress'
  >
}

/** Flags over the file over the defaults. A given `nativeSidecars` overrides the file's `mesh` entries too. */
export function effectiveSettings(
  given: GivenSettings,
  config: RepoConfig | null,
  baseline: Baseline | undefined,
  today: string
): Effective {
  return {
    failOn: given.failOn ?? config?.failOn ?? 'error',
    scan: {
      include: given.include.length > 0 ? given.include : (config?.include ?? []),
      exclude: given.exclude.length > 0 ? given.exclude : (config?.exclude ?? []),
      nativeSidecars: given.nativeSidecars ?? config?.nativeSidecars ?? 'auto',
      nativeSidecarsBy: given.nativeSidecars ? [] : (config?.mesh ?? []),
      chartVersions: [...given.chartVersions, ...(config?.chartVersions ?? [])],
      suppress: { ...(config ? { config } : {}), ...(baseline ? { baseline } : {}), today }
    }
  }
}

/** Today in UTC as YYYY-MM-DD, the day `expires` is compared with. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}
