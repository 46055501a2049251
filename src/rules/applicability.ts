/**
 * The one question the judge asks per release and check: at this chart version, with these values, is the check
 * not applicable, fixable at its keys, or does it need another change, and why. Pure: the version facts come from
 * the windows table (windows.ts), the values through `valueOf`.
 */
import Range from 'semver/classes/range.js'
import compare from 'semver/functions/compare.js'
import type { ChartName } from '../model.js'
import { releasesOf } from '../charts/releases.js'
import type { Requirement, Rule } from './catalogue.js'
import { CUSTOM_TEMPLATE_KEYS, type GateTerm, type OffSwitch, type Releases } from './windows.js'

export type Applicability =
  | { kind: 'not-applicable'; why: string }
  | { kind: 'keys'; requirements: readonly Requirement[] }
  | {
      kind: 'needs-change'
      /** The first release after the installed one that reads the key; null when none does. */
      requiresChartVersion: string | null
      /** Why no key helps at this version. */
      why: string
      /** The ways out at this version, as sentences. */
      waysOut: string[]
    }

/** The effective value of a `--set` path relative to the chart prefix (undefined when nothing sets it). */
export type ValueOf = (path: string) => unknown

const ranges = new Map<string, Range>()
function rangeOf(releases: Releases): Range {
  let r = ranges.get(releases)
  if (!r) {
    r = new Range(releases, { includePrerelease: true })
    ranges.set(releases, r)
  }
  return r
}

/** Is `version` one of `releases`? */
export function inReleases(version: string, releases: Releases): boolean {
  return rangeOf(releases).test(version)
}

export function applicability(rule: Rule, version: string, valueOf: ValueOf): Applicability {
  const w = rule.window
  if (!w) return { kind: 'keys', requirements: rule.requirements }
  const read = inReleases(version, w.keyRead)
  const withoutKey = w.podWithoutKey !== null && inReleases(version, w.podWithoutKey)
  if (!read && !withoutKey)
    return { kind: 'not-applicable', why: `chart ${version} does not render the pod ${rule.code} checks` }
  for (const s of w.offSwitches) {
    if (!inReleases(version, s.in)) continue
    if (s.when.every(t => termHolds(t, version, valueOf)))
      return { kind: 'not-applicable', why: `${switchText(s, version)} at chart ${version}` }
  }
  if (read) {
    const readBy = w.requirementReadBy ?? {}
    const requirements = rule.requirements.filter(
      r => readBy[r.path] === undefined || inReleases(version, readBy[r.path])
    )
    return { kind: 'keys', requirements }
  }
  const next = firstReleaseIn(w.chart, w.keyRead, version)
  return {
    kind: 'needs-change',
    requiresChartVersion: next,
    why: `at chart ${version} ${w.podWithoutKeyWhy ?? 'no values key annotates the pod'}`,
    waysOut: waysOut(rule, version, next)
  }
}

function termHolds(t: GateTerm, version: string, valueOf: ValueOf): boolean {
  if ('anyOf' in t) return t.anyOf.some(x => termHolds(x, version, valueOf))
  return gateValue(t, version, valueOf) === t.is
}

/**
 * A flag's effective value: a boolean as set; unset (or null) → the chart default at that version. Anything else
 * (a string, a template) renders truthy in a Go template and is ignored by a Chart.yaml condition, so it is
 * neither true nor false here: no off-switch holds on it.
 */
export function gateValue(
  t: Extract<GateTerm, { path: string }>,
  version: string,
  valueOf: ValueOf
): boolean | null {
  const v = valueOf(t.path)
  if (v === undefined || v === null) return chartDefault(t, version)
  if (typeof v === 'boolean') return v
  return null
}

export function chartDefault(t: Extract<GateTerm, { path: string }>, version: string): boolean {
  for (const d of t.defaults) if (inReleases(version, d.in)) return d.value
  return t.defaults[t.defaults.length - 1]?.value ?? true
}

function switchText(s: OffSwitch, version: string): string {
  return s.when.map(t => termText(t, version)).join(' and ')
}

function termText(t: GateTerm, version: string): string {
  if ('anyOf' in t) return `(${t.anyOf.map(x => termText(x, version)).join(' or ')})`
  return `${t.path} is ${String(t.is)}`
}

/** The first release at or after `version` in `releases`, or null. */
export function firstReleaseIn(chart: ChartName, releases: Releases, version: string): string | null {
  const range = rangeOf(releases)
  for (const r of releasesOf(chart))
    if (compare(r.version, version) >= 0 && range.test(r.version)) return r.version
  return null
}

/** The ways out of a check that needs another change at `version`. */
function waysOut(rule: Rule, version: string, next: string | null): string[] {
  const w = rule.window
  const out: string[] = []
  if (next) out.push(`upgrade the chart to ${next} or later, which reads ${rule.requirements[0].path}`)
  else out.push('no release of the chart has a key for it')
  if (rule.code === 'TKI001') {
    const keys = CUSTOM_TEMPLATE_KEYS.filter(k => k.replaces === 'job' && inReleases(version, k.readBy))
    for (const k of keys)
      out.push(
        `supply a whole custom Job template in ${k.path}${k.encoding === 'base64' ? ' (base64)' : ''} whose spec.template.metadata.annotations sets sidecar.istio.io/inject: "false"`
      )
  }
  for (const s of w?.offSwitches ?? []) {
    if (!inReleases(version, s.in) || !s.cost) continue
    out.push(`set ${switchText(s, version)}, which ${s.cost}`)
  }
  return out
}

/** A set of releases for people: `1.15.1 to 2.1.60`, `1.13.30, 1.13.32, 1.13.35 to 2.1.60`, `1.5.99 and later`. */
export function describeReleases(chart: ChartName, releases: Releases): string {
  if (releases === '*') return 'every release'
  const range = rangeOf(releases)
  return describeMatching(chart, v => range.test(v))
}

/** The released versions `matches` accepts, as runs of consecutive releases. */
export function describeMatching(chart: ChartName, matches: (version: string) => boolean): string {
  const list = releasesOf(chart)
  const runs: [string, string][] = []
  let open: [string, string] | null = null
  for (const r of list) {
    if (matches(r.version)) {
      if (open) open[1] = r.version
      else open = [r.version, r.version]
    } else if (open) {
      runs.push(open)
      open = null
    }
  }
  const parts = runs.map(([a, b]) => (a === b ? a : `${a} to ${b}`))
  if (open) parts.push(`${open[0]} and later`)
  return parts.length > 0 ? parts.join(', ') : 'no release'
}
