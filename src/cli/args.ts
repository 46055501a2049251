/**
 * The command line, parsed with `node:util` parseArgs and checked: every mistake becomes a UsageError with a
 * one-line reason (exit code 2), never a stack trace.
 */
import { statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { NativeSidecarsSetting } from '../mesh/detect.js'
import type { FailOn } from '../report/run.js'
import { parseChartVersionPin, type ChartVersionPin } from '../engine/versions.js'
import { globProblem } from '../discover/globs.js'

export const OUTPUT_FORMATS = [
  'text',
  'json',
  'sarif',
  'github',
  'markdown',
  'junit',
  'codeclimate',
  'patch'
] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** One report the run writes: a format, and the file it goes to (null: standard output). */
export interface ReportRequest {
  format: OutputFormat
  output: string | null
}

export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']

const NATIVE_SIDECARS = ['auto', 'on', 'off'] as const

export interface ScanArgs {
  command: 'scan'
  /** As given (relative to the working directory), '.' when omitted. */
  dir: string
  /**
   * Files to report on, as given (relative to the working directory): only the releases they declare or feed
   * values to are reported, fixed and counted, the whole of `dir` still being read. Empty: every release.
   */
  files: string[]
  /**
   * The reports to write, in the order given: `--format` and `--output` pair up by position; a last `--format`
   * without an `--output` goes to standard output. At least one (text on standard output by default).
   */
  reports: ReportRequest[]
  /** Plan fixes and write them (or only show them with `dryRun`). */
  fix: boolean
  dryRun: boolean
  nativeSidecars: NativeSidecarsSetting
  repoUrls: string[]
  include: string[]
  exclude: string[]
  failOn: FailOn
  /** False with `--no-color`; otherwise the environment and the terminal decide. */
  color: boolean
  /** `--chart-version CHART=VERSION`: versions for releases whose chart version is unknown. */
  chartVersions: ChartVersionPin[]
  /** `--config FILE`; null: `.testkube-istio-guard.yaml` at DIR when there is one. */
  config: string | null
  /** `--baseline FILE`: an earlier JSON or SARIF report whose findings are accepted. */
  baseline: string | null
  /** `--write-baseline FILE`: write this run's findings as a baseline. */
  writeBaseline: string | null
  /** `--show-suppressed`: list accepted findings in text output. */
  showSuppressed: boolean
  /** The settings given as flags, which win over the config file (the others are defaults). */
  given: ('failOn' | 'nativeSidecars')[]
}

export type CliArgs = { command: 'help' } | { command: 'version' } | ScanArgs

export class UsageError extends Error {}

export const USAGE = `Usage: testkube-istio-guard scan [DIR] [FILE...] [options]

Finds every Testkube Helm release in a GitOps repository (plain values files, umbrella charts, Argo CD
Applications and ApplicationSets, Flux HelmReleases, helmfile, kustomize helmCharts, Terraform helm_release
and Terragrunt inputs), judges its merged values against Testkube's Istio guide, and reports or fixes them.

Arguments:
  DIR                          the repository (or a folder of it) to scan; default: the current directory.
                               The first argument is DIR only when it is a directory
  FILE...                      report, fix and count only the releases these files declare or feed values to
                               (the whole of DIR is still read); relative to the current directory, as
                               pre-commit passes them. Files outside DIR are ignored

Options:
  -f, --format <FORMAT>        text (default), json, sarif, github (workflow commands), markdown (the job
                               summary), junit (test report), codeclimate (GitLab Code Quality) or patch
                               (the fixes, for git apply); repeatable, each paired with an --output in order
      --fix                    write the fixes to the files, then scan again to report what remains
      --dry-run                with --fix: show the fixes as a diff and write nothing (implies --fix)
      --native-sidecars <auto|on|off>
                               whether Istio native sidecars are on (default: auto = look in the repository)
      --repo-url <URL>         a URL of this repository, to resolve Argo CD multi-source $ref value files
                               (repeatable; the origin remote of DIR is used too)
      --chart-version <CHART=VERSION>
                               judge releases of CHART whose version is unknown at VERSION (a version or
                               a range; repeatable), e.g. --chart-version testkube=1.16.17
      --include <GLOB>         files in scope, relative to DIR (repeatable): only releases declared in them
                               are reported and only they are written; other files are read as context
      --exclude <GLOB>         skip files matching this glob (not read at all), relative to DIR (repeatable)
      --fail-on <error|warning|never>
                               exit 1 when a finding at or above this level remains (default: error)
      --config <FILE>          the config file (default: .testkube-istio-guard.yaml in DIR, if there is one);
                               flags override it
      --baseline <FILE>        accept the findings of an earlier --format json or SARIF report (or baseline)
      --write-baseline <FILE>  write this run's findings to FILE as a baseline
      --show-suppressed        list the accepted (suppressed and baselined) findings in text output
  -o, --output <FILE>          write the report to FILE instead of standard output (repeatable: the Nth
                               --output takes the Nth --format)
      --no-color               no colours in text output (NO_COLOR and FORCE_COLOR are honoured too)
  -h, --help                   show this help
      --version                show the version

Suppress a finding inline with \`# testkube-istio-guard: ignore TKI002 -- reason\` on or above its line.
Exit codes: 0 nothing at or above --fail-on remains, 1 something does, 2 usage or configuration error.
Environment: TESTKUBE_ISTIO_GUARD_READ_AHEAD=off reads a large tree on one thread (same results).
`

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'native-sidecars': { type: 'string' },
  'repo-url': { type: 'string', multiple: true },
  'chart-version': { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o', multiple: true },
  'no-color': { type: 'boolean' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'show-suppressed': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const

/** Whether a path given on the command line names a directory (relative to the working directory). */
export type IsDirectory = (path: string) => boolean

const isDirectoryHere: IsDirectory = path => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true

/**
 * `isDirectory` tells DIR from FILE: the first argument is DIR when it is a directory, so that `scan FILE...`
 * (a pre-commit hook, run from the repository's top) scans the working directory.
 */
export function parseCliArgs(argv: readonly string[], isDirectory: IsDirectory = isDirectoryHere): CliArgs {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (err) {
    throw new UsageError(describeParseError(err as Error & { code?: string }))
  }
  const { values, positionals } = parsed
  if (values.help) return { command: 'help' }
  if (values.version) return { command: 'version' }

  const [command, ...rest] = positionals
  if (command === undefined) throw new UsageError('missing command: use `scan [DIR]`')
  if (command === 'help') return { command: 'help' }
  if (command !== 'scan') throw new UsageError(`unknown command '${command}': use \`scan [DIR]\``)
  const { dir, files } = splitDirAndFiles(rest, isDirectory)

  const dryRun = values['dry-run'] ?? false
  return {
    command: 'scan',
    dir,
    files,
    reports: pairReports(values.format ?? [], nonEmpty('--output', values.output)),
    fix: (values.fix ?? false) || dryRun,
    dryRun,
    nativeSidecars: oneOf('--native-sidecars', values['native-sidecars'], NATIVE_SIDECARS, 'auto'),
    repoUrls: nonEmpty('--repo-url', values['repo-url']),
    include: globs('--include', values.include),
    exclude: globs('--exclude', values.exclude),
    failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON, 'error'),
    color: !values['no-color'],
    chartVersions: nonEmpty('--chart-version', values['chart-version']).map(pin),
    config: optional('--config', values.config),
    baseline: optional('--baseline', values.baseline),
    writeBaseline: optional('--write-baseline', values['write-baseline']),
    showSuppressed: values['show-suppressed'] ?? false,
    given: [
      ...(values['fail-on'] === undefined ? [] : (['failOn'] as const)),
      ...(values['native-sidecars'] === undefined ? [] : (['nativeSidecars'] as const))
    ]
  }
}

function optional(flag: string, value: string | undefined): string | null {
  return value === undefined ? null : nonEmpty(flag, [value])[0]
}

function pairReports(formats: string[], outputs: string[]): ReportRequest[] {
  const given = formats.map(f => oneOf('--format', f, OUTPUT_FORMATS, 'text'))
  const chosen: OutputFormat[] = given.length > 0 ? given : ['text']
  if (outputs.length > chosen.length)
    throw new UsageError(
      `${outputs.length} --output for ${plural(chosen.length, '--format')}: pair each --output with a --format`
    )
  if (outputs.length < chosen.length - 1)
    throw new UsageError(
      `${plural(chosen.length, '--format')} need at least ${chosen.length - 1} --output: only the last report may go to standard output`
    )
  const reports = chosen.map((format, i) => ({ format, output: outputs[i] ?? null }))
  const files = reports.flatMap(r => (r.output === null ? [] : [r.output]))
  const twice = files.find((f, i) => files.indexOf(f) !== i)
  if (twice !== undefined) throw new UsageError(`--output ${twice} is given twice`)
  return reports
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`
}

function pin(text: string): ChartVersionPin {
  try {
    return parseChartVersionPin(text, '--chart-version')
  } catch (err) {
    throw new UsageError(`invalid ${(err as Error).message}`)
  }
}

function splitDirAndFiles(paths: string[], isDirectory: IsDirectory): { dir: string; files: string[] } {
  const [first, ...others] = paths
  const dirGiven = first !== undefined && isDirectory(first)
  const files = dirGiven ? others : paths
  const folder = files.find(f => isDirectory(f))
  if (folder !== undefined)
    throw new UsageError(`${folder} is a directory: only the first argument may be DIR, the others are files`)
  return { dir: dirGiven ? first : '.', files }
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T
): T {
  if (value === undefined) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`invalid ${flag} '${value}': expected one of ${allowed.join(', ')}`)
}

function globs(flag: string, list: string[] | undefined): string[] {
  const out = nonEmpty(flag, list)
  for (const g of out) {
    const problem = globProblem(g)
    if (problem) throw new UsageError(`invalid ${flag} '${g}': the glob ${problem}`)
  }
  return out
}

function nonEmpty(flag: string, list: string[] | undefined): string[] {
  for (const v of list ?? []) if (v.trim() === '') throw new UsageError(`${flag} needs a value`)
  return list ?? []
}

/** parseArgs' messages are long and multi-line; keep one short line per kind of mistake. */
function describeParseError(err: Error & { code?: string }): string {
  const option = /'(-[^' ,]*)/.exec(err.message)?.[1]
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? err.message}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const long = /--[a-z-]+/.exec(err.message)?.[0]
      return /argument missing|ambiguous/.test(err.message)
        ? `${long ?? option} needs a value`
        : `${long ?? option} takes no value`
    }
    default:
      return err.message.split('\n')[0]
  }
}
