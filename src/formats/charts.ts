/**
 * Is this chart reference a Testkube chart (or the istiod chart, whose values say whether Istio uses native
 * sidecars)? Identity is the chart name plus, where the declaration gives one, the repository it comes from.
 * A known name from an unknown or unresolvable repository still counts, with a note: re-hosted copies of the
 * chart exist, and aliases (`@kubeshop`, a Flux sourceRef in another repository) cannot be resolved here.
 */
import type { ChartName } from '../model.js'
import { normaliseRepoUrl } from './types.js'

export type KnownChart = ChartName | 'istiod'

/** Every chart this module identifies has one of these in its name: the cheap text tests look for them. */
export const KNOWN_CHART_WORD = /testkube|istiod/

export interface ChartIdentity {
  chart: KnownChart
  /** False when the repository is unknown or not one that publishes this chart. */
  repoVerified: boolean
  note?: string
}

/** Repositories that publish each chart (normalised: no scheme, no trailing slash). */
const PUBLISHERS: Record<KnownChart, readonly string[]> = {
  testkube: [
    'kubeshop.github.io/helm-charts',
    'us-east1-docker.pkg.dev/testkube-cloud-372110/testkube',
    'registry-1.docker.io/kubeshop',
    'docker.io/kubeshop'
  ],
  'testkube-runner': [
    'kubeshop.github.io/helm-charts',
    'us-east1-docker.pkg.dev/testkube-cloud-372110/testkube',
    'registry-1.docker.io/kubeshop',
    'docker.io/kubeshop'
  ],
  'testkube-enterprise': [
    'kubeshop.github.io/testkube-cloud-charts',
    'us-east1-docker.pkg.dev/testkube-cloud-372110/testkube',
    'registry-1.docker.io/kubeshop',
    'docker.io/kubeshop'
  ],
  istiod: [
    'istio-release.storage.googleapis.com/charts',
    'gcr.io/istio-release/charts',
    'docker.io/istio',
    'registry-1.docker.io/istio'
  ]
}

const NAMES = new Set<string>(Object.keys(PUBLISHERS))

export function isKnownChartName(name: string): name is KnownChart {
  return NAMES.has(name)
}

/**
 * @param name the chart name as declared (`testkube`, `kubeshop/testkube`, an OCI URL's last segment)
 * @param repoUrl the repository URL when the declaration gives one (https, oci://, or Argo's scheme-less OCI)
 */
export function identifyChart(
  name: string | undefined | null,
  repoUrl?: string | null
): ChartIdentity | null {
  if (!name) return null
  let chartName = name.trim()
  let repo = repoUrl?.trim() || null
  if (chartName.startsWith('oci://')) {
    const parts = chartName.replace(/:[^/:]*$/, '').split('/')
    chartName = parts.pop() ?? ''
    repo = parts.join('/')
  } else if (chartName.includes('/') && !repo) {
    // `kubeshop/testkube` (helm repo alias) or `tools/testkube`: the alias is not a URL.
    const alias = chartName.slice(0, chartName.lastIndexOf('/'))
    chartName = chartName.slice(chartName.lastIndexOf('/') + 1)
    if (!isKnownChartName(chartName)) return null
    return { chart: chartName, repoVerified: false, note: `repository given only as the alias '${alias}'` }
  }
  if (!isKnownChartName(chartName)) return null
  if (!repo) return { chart: chartName, repoVerified: false, note: 'repository not declared here' }
  let normal = normaliseRepoUrl(repo)
  // An OCI URL that names the chart itself (`oci://…/testkube/testkube` with Argo `path: .`).
  if (normal.endsWith(`/${chartName}`) && !PUBLISHERS[chartName].includes(normal))
    normal = normal.slice(0, -chartName.length - 1)
  if (PUBLISHERS[chartName].includes(normal)) return { chart: chartName, repoVerified: true }
  return {
    chart: chartName,
    repoVerified: false,
    note: `chart '${chartName}' from ${repo}, not a repository that publishes it`
  }
}

/** An OCI URL naming a chart (`oci://host/path/testkube`): the chart name and the registry path. */
export function splitOciChartUrl(url: string): { name: string; repo: string } | null {
  const u = url.trim().replace(/^oci:\/\//, '')
  const i = u.lastIndexOf('/')
  if (i <= 0) return null
  return { name: u.slice(i + 1).replace(/[:@].*$/, ''), repo: u.slice(0, i) }
}
