/**
 * Which chart version actually gets installed (rules.md, "Which version is installed"). The judge evaluates every
 * check at this one exact version:
 * - pinned (`2.1.50`, `v2.1.50`): that version, prereleases included;
 * - a range (`2.x`, `~1.16.0`, `>=1.16.0`, `*`): the highest released version in the index that matches, as Helm,
 *   Flux, Argo CD and helmfile pick it; prereleases only when the range names one;
 * - a version the reader took from a `Chart.lock` or a git source of the upstream charts: that version;
 * - unknown (nothing pins it, or it is templated): `known: false`, with the newest known stable release as
 *   `version`; the checks only older releases need become notes. A pin (`--chart-version`) decides instead, as if
 *   it had been declared.
 */
import inc from 'semver/functions/inc.js'
import prereleaseOf from 'semver/functions/prerelease.js'
import satisfies from 'semver/functions/satisfies.js'
import gt from 'semver/functions/gt.js'
import { classifyVersion } from '../rules/versions.js'
import type { ChartName } from '../model.js'
import { newestRelease, newestStable, releaseOf, releasesOf } from './releases.js'

export type VersionBasis = 'pinned' | 'range' | 'lock' | 'git' | 'override' | 'unknown'

export interface InstalledVersion {
  /** The exact chart version the judge evaluates. */
  version: string
  basis: VersionBasis
  /** false for 'unknown': the judge turns checks only older releases need into notes. */
  known: boolean
  /** For the release's notes: why this version (range resolved, newer than known, unknown and how to pin). */
  note: string | null
}

/** How a reader knows the version it declares, when it is not simply written in the release. */
export type DeclaredBasis = 'lock' | 'git'

/**
 * @param declared the version as the release declares it (pinned, a range, null or templated)
 * @param pin a version given by the user for a release whose version is unknown (`--chart-version`)
 * @param basis where the reader took `declared` from, when not from the release itself
 */
export function resolveInstalled(
  chart: ChartName,
  declared: string | null,
  pin?: string | null,
  basis?: DeclaredBasis
): InstalledVersion {
  const v = classifyVersion(declared)
  if (v.kind === 'pinned') return exact(chart, v.version, basis ?? 'pinned')
  if (v.kind === 'range') return fromRange(chart, v.range, declared ?? v.range)
  if (pin) {
    const p = classifyVersion(pin)
    if (p.kind === 'pinned') return exact(chart, p.version, 'override')
    if (p.kind === 'range') return { ...fromRange(chart, p.range, pin), basis: 'override' }
  }
  const newest = newestStable(chart)
  const why = v.raw === null ? 'no chart version is declared' : `the chart version ${v.raw} cannot be read`
  return {
    version: newest,
    basis: 'unknown',
    known: false,
    note: `${why}: ${UNKNOWN_OUTCOME}; pin it with --chart-version ${chart}=VERSION or chartVersions in .testkube-istio-guard.yaml`
  }
}

/**
 * What the judge does with an unknown version: it judges the newest known stable release, and the checks only
 * older releases need become notes naming their releases (outputs show no resolved version).
 */
const UNKNOWN_OUTCOME =
  'the installed version is not known, so it is judged as the newest release and the checks only older releases need are notes'

function exact(chart: ChartName, version: string, basis: VersionBasis): InstalledVersion {
  const newest = newestRelease(chart)
  if (gt(version, newest)) {
    const judged = prereleaseOf(version) === null ? newestStable(chart) : newest
    return {
      version: judged,
      basis,
      known: true,
      note: `${chart} ${version} is newer than every release the tool knows (${newest}): judged as ${judged}`
    }
  }
  const release = releaseOf(chart, version)
  let note: string | null = null
  if (!release) note = `${chart} ${version} is not a released version of the chart`
  else if (!release.inIndex)
    note = `${chart} ${version} is not in the chart repository's index, so Helm cannot install it from there`
  return { version, basis, known: true, note }
}

/** A prerelease named in a range (`>=2.5.0-rc.0`) lets the range pick prereleases, as Helm's constraints do. */
const NAMES_PRERELEASE = /\d+\.\d+\.\d+-[0-9A-Za-z]/

/** Resolved ranges, by chart, range and spelling: a monorepo declares the same few ranges many times over. */
const resolvedRanges = new Map<string, InstalledVersion>()

function fromRange(chart: ChartName, range: string, declared: string): InstalledVersion {
  const key = `${chart}\u0000${range}\u0000${declared}`
  let resolved = resolvedRanges.get(key)
  if (!resolved) {
    resolved = resolveRange(chart, range, declared)
    resolvedRanges.set(key, resolved)
  }
  return { ...resolved }
}

function resolveRange(chart: ChartName, range: string, declared: string): InstalledVersion {
  const withPre = NAMES_PRERELEASE.test(declared)
  const opts = { includePrerelease: withPre }
  const list = releasesOf(chart)
  let picked: string | null = null
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i]
    if (!r.inIndex || (r.prerelease && !withPre)) continue
    if (satisfies(r.version, range, opts)) {
      picked = r.version
      break
    }
  }
  if (picked === null) {
    const newest = newestStable(chart)
    return {
      version: newest,
      basis: 'unknown',
      known: false,
      note: `the range ${declared} matches no known release of ${chart}: ${UNKNOWN_OUTCOME}`
    }
  }
  const newest = newestRelease(chart)
  const beyond = (['patch', 'minor', 'major'] as const).some(step => {
    const next = inc(newest, step)
    return next !== null && satisfies(next, range, opts)
  })
  const note = beyond
    ? `the range ${declared} resolves to ${picked} today and also admits releases newer than ${newest}, the newest the tool knows: judged as ${picked}`
    : `the range ${declared} resolves to ${picked}`
  return { version: picked, basis: 'range', known: true, note }
}
