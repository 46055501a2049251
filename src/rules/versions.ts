/**
 * What a declared chart version is: an exact version (`2.1.50`, `v2.1.50`, prereleases included), a range
 * (`2.2.x`, `~2.4.0`, `>=1.0.0`, `*`), or unknown (none, templated, or nothing semver reads). Which release that
 * installs is charts/installed.ts's question.
 */
// The functions one by one: semver's index loads every module of the package, a few ms of each run's start-up.
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
