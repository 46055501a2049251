/**
 * Does a rule's chart-version range apply to a release's declared chart version?
 *
 * - A pinned version (`2.1.50`, `v2.1.50`) is compared exactly, prereleases included: `2.5.0-rc.0` is below
 *   `2.5.0`, so a `<2.5.0` rule applies to it (the release candidate predates the release).
 * - A range (`2.2.x`, `~2.4.0`, `>=1.0.0`, `*`) applies the rule when it intersects the rule's range. Ranges are
 *   compared without prereleases unless the range names one (Helm's constraint semantics): `2.5.x` does not
 *   reach `2.5.0-rc.0`, `>=2.5.0-rc.0` does.
 * - No version, a templated one or anything else semver cannot read: every rule of the chart applies (that is
 *   the guide's full list).
 */
// The functions one by one: semver's index loads every module of the package, a few ms of each run's start-up.
import intersects from 'semver/ranges/intersects.js'
import satisfies from 'semver/functions/satisfies.js'
import valid from 'semver/functions/valid.js'
import validRange from 'semver/ranges/valid.js'

export type DeclaredVersion =
  | { kind: 'pinned'; version: string }
  | { kind: 'range'; range: string }
  | { kind: 'unknown'; raw: string | null }

export function classifyVersion(declared: string | null | undefined): DeclaredVersion {
  if (declared === null || declared === undefined) return { kind: 'unknown', raw: null }
  const raw = declared.trim()
  if (raw === '' || raw.includes('{{') || raw.includes('${')) return { kind: 'unknown', raw: declared }
  const pinned = valid(raw, { loose: true })
  if (pinned) return { kind: 'pinned', version: pinned }
  try {
    const range = validRange(raw)
    if (range) return { kind: 'range', range }
  } catch {
    // fall through: not a range semver understands
  }
  return { kind: 'unknown', raw: declared }
}

/** Answers by rule range and declared version: semver parses both on every call, and a scan asks again and again. */
const answers = new Map<string, boolean>()

/** `ruleRange` null = the rule applies to every version. */
export function versionApplies(ruleRange: string | null, declared: string | null | undefined): boolean {
  if (ruleRange === null) return true
  const key = `${ruleRange}\u0000${declared ?? '\u0000'}`
  let answer = answers.get(key)
  if (answer === undefined) {
    answer = decideVersion(ruleRange, declared)
    answers.set(key, answer)
  }
  return answer
}

function decideVersion(ruleRange: string, declared: string | null | undefined): boolean {
  const v = classifyVersion(declared)
  switch (v.kind) {
    case 'unknown':
      return true
    case 'pinned':
      return satisfies(v.version, ruleRange, { includePrerelease: true })
    case 'range':
      return intersects(v.range, ruleRange)
  }
}
