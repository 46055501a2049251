/**
 * The action's inputs, read once and checked: every value the rest of the action uses comes from here.
 * `resolveMode` turns `auto` into the mode that fits the event that started the run.
 */
import * as core from '@actions/core'
import type { NativeSidecarsSetting } from '../mesh/detect.js'
import { parseChartVersionPin, type ChartVersionPin } from '../engine/versions.js'

export type Mode = 'review' | 'commit' | 'pull-request' | 'check'
export type FailOn = 'error' | 'warning' | 'never'

export interface Inputs {
  mode: Mode | 'auto'
  path: string
  include: string[]
  exclude: string[]
  token: string
  nativeSidecars: NativeSidecarsSetting
  failOn: FailOn
  commitMessage: string
  fixBranch: string
  prTitle: string
  /** '' for the default place. */
  sarifFile: string
  /** `chart-version`: `CHART=VERSION` pins for releases whose chart version is unknown. */
  chartVersions: ChartVersionPin[]
}

export const DEFAULTS = {
  commitMessage: 'fix(testkube): apply the Istio settings Testkube needs',
  fixBranch: 'testkube-istio-guard/fixes',
  prTitle: 'Testkube: apply the Istio settings Testkube needs',
  /** Written under RUNNER_TEMP unless `sarif-file` names a path (relative to the workspace). */
  sarifName: 'testkube-istio-guard.sarif'
} as const

const MODES = ['auto', 'review', 'commit', 'pull-request', 'check'] as const
const NATIVE = ['auto', 'on', 'off'] as const
const FAIL_ON = ['error', 'warning', 'never'] as const

export class InputError extends Error {}

/** Reads the inputs through `@actions/core` (INPUT_* variables); throws InputError for a value out of range. */
export function getInputs(read: (name: string) => string = name => core.getInput(name)): Inputs {
  const mode = oneOf('mode', read('mode') || 'auto', MODES)
  return {
    mode,
    path: read('path') || '.',
    include: list(read('include')),
    exclude: list(read('exclude')),
    token: read('token'),
    nativeSidecars: oneOf('native-sidecars', read('native-sidecars') || 'auto', NATIVE),
    failOn: oneOf('fail-on', read('fail-on') || 'error', FAIL_ON),
    commitMessage: read('commit-message') || DEFAULTS.commitMessage,
    fixBranch: branchName(read('fix-branch') || DEFAULTS.fixBranch),
    prTitle: read('pr-title') || DEFAULTS.prTitle,
    sarifFile: read('sarif-file').trim(),
    chartVersions: list(read('chart-version')).map(pinOf)
  }
}

/** `auto`: review a pull request; keep a fix PR for scheduled, manual and push runs; otherwise only check. */
export function resolveMode(mode: Inputs['mode'], eventName: string): Mode {
  if (mode !== 'auto') return mode
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'review'
  if (eventName === 'schedule' || eventName === 'workflow_dispatch' || eventName === 'push')
    return 'pull-request'
  return 'check'
}

/** Globs separated by newlines or commas; blank entries and `#` comments dropped. */
export function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(s => s !== '' && !s.startsWith('#'))
}

function pinOf(text: string): ChartVersionPin {
  try {
    return parseChartVersionPin(text, "Input 'chart-version'")
  } catch (err) {
    throw new InputError(`${(err as Error).message}.`)
  }
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const v = value.trim() as T
  if (!allowed.includes(v))
    throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'.`)
  return v
}

function branchName(value: string): string {
  const b = value.trim().replace(/^refs\/heads\//, '')
  if (
    !/^[\w./-]+$/.test(b) ||
    b.includes('..') ||
    b.startsWith('/') ||
    b.endsWith('/') ||
    b.endsWith('.lock')
  )
    throw new InputError(`Input 'fix-branch' is not a valid branch name: '${value}'.`)
  return b
}
