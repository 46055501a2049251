/**
 * Before judging, every chart scope of a release learns the version that gets installed (charts/installed.ts):
 * the declared one, a range resolved over the released versions, a reader's `Chart.lock` or git pin, or, where
 * nothing pins it, a user's pin (`--chart-version`, the config file's `chartVersions`) or the newest known
 * release. The release keeps what it declared (`chartVersion`) and gains `resolvedVersion` and the notes that
 * say why.
 */
import picomatch from 'picomatch'
import type { ChartName, ChartScope, Release } from '../model.js'
import { resolveInstalled } from '../charts/installed.js'
import { CHART_NAMES } from '../model.js'
import { classifyVersion } from '../rules/versions.js'

/** A user's version for releases whose version is unknown, matched by chart, release name or file glob. */
export interface ChartVersionPin {
  chart?: ChartName
  /** `name` or `namespace/name`. */
  release?: string
  /** A glob against the repository-relative file that declares the release. */
  path?: string
  version: string
  /** Where the pin was given, for messages: `--chart-version`, `.testkube-istio-guard.yaml:12`. */
  origin: string
}

/**
 * `CHART=VERSION` (the CLI's `--chart-version`, the Action's `chart-version`): a pin for every release of that
 * chart whose version is unknown. Throws an Error with a one-line reason for anything else.
 */
export function parseChartVersionPin(text: string, origin: string): ChartVersionPin {
  const m = /^\s*([a-z-]+)\s*=\s*(\S+)\s*$/.exec(text)
  const chart = m?.[1] as ChartName | undefined
  if (!m || !chart || !CHART_NAMES.includes(chart))
    throw new Error(`${origin} '${text}': expected CHART=VERSION with CHART one of ${CHART_NAMES.join(', ')}`)
  if (classifyVersion(m[2]).kind === 'unknown')
    throw new Error(`${origin} '${text}': ${m[2]} is not a version or a version range`)
  return { chart, version: m[2], origin }
}

/** The scopes a release is judged by, before enabling conditions: its declared ones, or one for its chart. */
export function declaredScopes(release: Release): ChartScope[] {
  if (release.chart === 'istiod') return []
  return release.scopes.length > 0
    ? release.scopes
    : [{ chart: release.chart, version: release.chartVersion, prefix: release.valuesPrefix }]
}

/** Give every scope of the release its installed version, and the release its `resolvedVersion` and notes. */
export function installVersions(release: Release, pins: readonly ChartVersionPin[] = []): void {
  if (release.chart === 'istiod') return
  const scopes = declaredScopes(release).map(scope => ({
    ...scope,
    installed: resolveInstalled(
      scope.chart,
      scope.version,
      pinFor(release, scope.chart, pins),
      scope.versionBasis
    )
  }))
  release.scopes = scopes
  const outer = scopes.find(s => s.chart === release.chart && s.prefix === release.valuesPrefix) ?? scopes[0]
  // An unknown version is not shown as a resolved one: the judge does not judge it at that version.
  release.resolvedVersion = outer?.installed.known ? outer.installed.version : null
  const notes = scopes.flatMap(s => {
    const note = s.installed.note
    if (!note) return []
    return [scopes.length > 1 && s.prefix ? `${s.prefix.replace(/\.$/, '')}: ${note}` : note]
  })
  if (notes.length > 0) release.notes = [...new Set([...(release.notes ?? []), ...notes])]
}

const globs = new Map<string, (path: string) => boolean>()

function pinFor(release: Release, chart: ChartName, pins: readonly ChartVersionPin[]): string | null {
  for (const pin of pins) {
    if (pin.chart && pin.chart !== chart) continue
    if (pin.release) {
      const qualified = release.namespace ? `${release.namespace}/${release.name}` : release.name
      if (pin.release !== release.name && pin.release !== qualified) continue
    }
    if (pin.path) {
      let match = globs.get(pin.path)
      if (!match) {
        match = picomatch(pin.path, { dot: true })
        globs.set(pin.path, match)
      }
      if (!match(release.file)) continue
    }
    return pin.version
  }
  return null
}
