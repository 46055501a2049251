/**
 * Report each release once. A reader marks what a release supersedes (`consumes`): an Argo CD Application
 * deploying an umbrella chart directory consumes that chart's release; any release consumes the plain
 * values files it reads as layers (a values file used by a release is a layer, not a release of its own).
 */
import type { Release } from '../model.js'

export function dedupeReleases(releases: readonly Release[]): Release[] {
  const consumed = new Set<string>()
  for (const r of releases) {
    for (const key of r.consumes ?? []) consumed.add(key)
    for (const layer of r.layers)
      if (layer.file && r.source !== 'helm-values') consumed.add(`values-file:${layer.file}`)
  }
  const seen = new Set<string>()
  const out: Release[] = []
  for (const r of releases) {
    if (r.key && consumed.has(r.key) && !(r.consumes ?? []).includes(r.key)) continue
    if (seen.has(r.id)) continue
    seen.add(r.id)
    out.push(r)
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
}
