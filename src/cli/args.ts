/**
 * The command line, parsed with `node:util` parseArgs and checked: every mistake becomes a UsageError with a
 * one-line reason (exit code 2), never a stack trace.
 */
import { parseArgs } from 'node:util'
import type { NativeSidecarsSetting } from '../mesh/detect.js'
import type { FailOn } from '../report/run.js'
import { parseChartVersionPin, type ChartVersionPin } from '../engine/versions.js'

export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never']

const NATIVE_SIDECARS = ['auto', 'on', 'off'] as const

export interface ScanArgs {
  command: 'scan'
  /** As given (relative to the working directory), '.' when omitted. */
  dir: string
  format: OutputFormat
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
  /** Write the report to this file instead of stdout. */
  output: string | null
  /** `--chart-version CHART=VERSION`: versions for releases whose chart version is unknown. */
  chartVersions: ChartVersionPin[]
}

export type CliArgs = { command: 'help' } | { command: 'version' } | ScanArgs

export class UsageError extends Error {}

export const USAGE = `Usage: testkube-istio-guard scan [DIR] [options]

Finds every Testkube Helm release in a GitOps repository (plain values files, umbrella charts, Argo CD
Applications and ApplicationSets, Flux HelmReleases, helmfile, kustomize helmCharts, Terraform helm_release
and Terragrunt inputs), judges its merged values against Testkube's Istio guide, and reports or fixes them.

Arguments:
  DIR                          the repository (or a folder of it) to scan; default: the current directory

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --fix                    write the fixes to the files, then scan again to report what remains
      --dry-run                with --fix: show the fixes as a diff and write nothing (implies --fix)
      --native-sidecars <auto|on|off>
                               whether Istio native sidecars are on (default: auto = look in the repository)
      --repo-url <URL>         a URL of this repository, to resolve Argo CD multi-source $ref value files
                               (repeatable; the origin remote of DIR is used too)
      --chart-version <CHART=VERSION>
                               judge releases of CHART whose version is unknown at VERSION (a version or
                               a range; repeatable), e.g. --chart-version testkube=1.16.17
      --include <GLOB>         only scan YAML files matching this glob, relative to DIR (repeatable)
      --exclude <GLOB>         skip files matching this glob, relative to DIR (repeatable)
      --fail-on <error|warning|never>
                               exit 1 when a finding at or above this level remains (default: error)
  -o, --output <FILE>          write the report to FILE instead of standard output
      --no-color               no colours in text output (NO_COLOR and FORCE_COLOR are honoured too)
  -h, --help                   show this help
      --version                show the version

Exit codes: 0 nothing at or above --fail-on remains, 1 something does, 2 usage or configuration error.
Environment: TESTKUBE_ISTIO_GUARD_READ_AHEAD=off reads a large tree on one thread (same results).
`

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'native-sidecars': { type: 'string' },
  'repo-url': { type: 'string', multiple: true },
  'chart-version': { type: 'string', multiple: true },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const

export function parseCliArgs(argv: readonly string[]): CliArgs {
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
  if (rest.length > 1) throw new UsageError(`scan takes one directory, got ${rest.length}: ${rest.join(' ')}`)

  const dryRun = values['dry-run'] ?? false
  return {
    command: 'scan',
    dir: rest[0] ?? '.',
    format: oneOf('--format', values.format, OUTPUT_FORMATS, 'text'),
    fix: (values.fix ?? false) || dryRun,
    dryRun,
    nativeSidecars: oneOf('--native-sidecars', values['native-sidecars'], NATIVE_SIDECARS, 'auto'),
    repoUrls: nonEmpty('--repo-url', values['repo-url']),
    include: nonEmpty('--include', values.include),
    exclude: nonEmpty('--exclude', values.exclude),
    failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON, 'error'),
    color: !values['no-color'],
    output: values.output === undefined ? null : nonEmpty('--output', [values.output])[0],
    chartVersions: nonEmpty('--chart-version', values['chart-version']).map(pin)
  }
}

function pin(text: string): ChartVersionPin {
  try {
    return parseChartVersionPin(text, '--chart-version')
  } catch (err) {
    throw new UsageError(`invalid ${(err as Error).message}`)
  }
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
