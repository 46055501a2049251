/**
 * The one question the judge asks per release and check: at this chart version, with these values, is the check
 * not applicable, fixable at its keys, or does it need another change, and why. Pure: the version facts come from
 * the windows table (windows.ts), the values through `valueOf`.
 */
import Range from 'semver/classes/range.js'
import type { ChartName } from '../model.js'
import {
  newestRelease,
  nextRelease,
  parsedVersion,
  releaseIndexFrom,
  releasesOf
} from '../charts/releases.js'
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

/**
 * Answers of `inReleases`, by range and version. A scan asks the same few dozen ranges about the same versions
 * (the installed ones, and each segment's first and last release) for every release it judges.
 */
const answers = new Map<Releases, Map<string, boolean>>()

const masks = new Map<string, Uint8Array>()

/**
 * Which of a chart's releases (releasesOf, by index) are in `releases`: 1 where the range holds. Built from the
 * range's comparator sets as intervals of the sorted release list (binary searches, not a test per release):
 * with prereleases included, as the windows' ranges are, a comparator set holds exactly on one run of releases.
 */
export function releaseMask(chart: ChartName, releases: Releases): Uint8Array {
  const key = `${chart}\u0000${releases}`
  let mask = masks.get(key)
  if (mask) return mask
  const list = releasesOf(chart)
  mask = new Uint8Array(list.length)
  for (const set of rangeOf(releases).set) {
    let lo = 0
    let hi = list.length
    for (const c of set) {
      if (c.value === '') continue // the comparator that holds for any version (`*`)
      const v = c.semver.version
      const at = releaseIndexFrom(chart, v)
      // The index after `v` itself: `v` is released when the first release at or after it is `v`.
      const after = at < list.length && list[at].version === v ? at + 1 : at
      if (c.operator === '>=') lo = Math.max(lo, at)
      else if (c.operator === '>') lo = Math.max(lo, after)
      else if (c.operator === '<') hi = Math.min(hi, at)
      else if (c.operator === '<=') hi = Math.min(hi, after)
      else {
        lo = Math.max(lo, at)
        hi = Math.min(hi, after)
      }
    }
    mask.fill(1, lo, Math.max(lo, hi))
  }
  masks.set(key, mask)
  return mask
}

/** Is `version` one of `releases`? */
export function inReleases(version: string, releases: Releases): boolean {
  let byVersion = answers.get(releases)
  if (!byVersion) {
    byVersion = new Map()
    answers.set(releases, byVersion)
  }
  let answer = byVersion.get(version)
  if (answer === undefined) {
    const parsed = parsedVersion(version)
    answer = parsed !== null && rangeOf(releases).test(parsed)
    byVersion.set(version, answer)
  }
  return answer
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
  const list = releasesOf(chart)
  const mask = releaseMask(chart, releases)
  for (let i = releaseIndexFrom(chart, version); i < list.length; i++) if (mask[i]) return list[i].version
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
  const mask = releaseMask(chart, releases)
  return describeMatching(chart, (_, i) => mask[i] === 1)
}

/** The released versions `matches` accepts, as runs of consecutive releases. */
export function describeMatching(
  chart: ChartName,
  matches: (version: string, index: number) => boolean
): string {
  const runs: Segment[] = []
  let open: Segment | null = null
  for (const [i, r] of releasesOf(chart).entries()) {
    if (!matches(r.version, i)) open = null
    else if (open) open.last = r.version
    else runs.push((open = { first: r.version, last: r.version }))
  }
  return describeRuns(chart, runs)
}

/** Runs of consecutive releases for people; a run up to the newest release is "and later". */
function describeRuns(chart: ChartName, runs: readonly Segment[]): string {
  const newest = newestRelease(chart)
  const parts = runs.map(({ first, last }) =>
    last === newest ? `${first} and later` : first === last ? first : `${first} to ${last}`
  )
  return parts.length > 0 ? parts.join(', ') : 'no release'
}

/**
 * A check's releases, cut where any of its ranges starts or ends: within a segment every range of the window
 * answers the same, so the check answers the same for given values. The unknown-version questions ("the newest
 * release that needs it", "which releases need it") then ask once per segment, not once per release.
 */
export interface Segment {
  first: string
  last: string
}

const segmentCache = new WeakMap<Rule, readonly Segment[]>()

export function segmentsOf(rule: Rule): readonly Segment[] {
  let segments = segmentCache.get(rule)
  if (segments) return segments
  const w = rule.window
  const out: Segment[] = []
  if (w) {
    const ranges = [
      w.keyRead,
      ...(w.podWithoutKey ? [w.podWithoutKey] : []),
      ...w.offSwitches.flatMap(s => [s.in, ...s.when.flatMap(termRanges)]),
      ...Object.values(w.requirementReadBy ?? {}),
      ...(rule.code === 'TKI001' ? CUSTOM_TEMPLATE_KEYS.map(k => k.readBy) : [])
    ].map(r => releaseMask(w.chart, r))
    const list = releasesOf(w.chart)
    for (const [i, r] of list.entries()) {
      const same = i > 0 && ranges.every(mask => mask[i] === mask[i - 1])
      if (same) out[out.length - 1].last = r.version
      else out.push({ first: r.version, last: r.version })
    }
  }
  segments = out
  segmentCache.set(rule, segments)
  return segments
}

function termRanges(t: GateTerm): string[] {
  if ('anyOf' in t) return t.anyOf.flatMap(termRanges)
  return t.defaults.map(d => d.in)
}

/** The releases where the check applies with these values, for people (as describeReleases writes them). */
export function describeApplicable(rule: Rule, valueOf: ValueOf): string {
  const w = rule.window
  if (!w) return 'every release'
  // A segment answers as its first release does: runs of applicable segments are runs of releases.
  const runs: Segment[] = []
  for (const s of segmentsOf(rule)) {
    if (applicability(rule, s.first, valueOf).kind !== 'keys') continue
    const open = runs[runs.length - 1]
    if (open && nextRelease(w.chart, open.last) === s.first) open.last = s.last
    else runs.push({ ...s })
  }
  return describeRuns(w.chart, runs)
}
