/**
 * A chart directory in this repository that a HelmRelease installs through a GitRepository source: either a
 * vendored copy of a Testkube chart, or an umbrella chart that depends on one (its values then live under the
 * dependency's `alias` or name, and count only when its `condition` holds). The directory is read by the shared
 * chart-directory reader (../chartdir.ts), as for an Argo CD path source; this adds the directory's values.yaml.
 */
import type { ChartScope, ValueLayer } from '../../model.js'
import type { ExtractContext } from '../types.js'
import type { KnownChart } from '../charts.js'
import { joinRel, readChartDir } from '../chartdir.js'
import { valuesFileLayer } from './layers.js'

export interface LocalChart {
  dir: string
  /** The chart this directory is, when it is a known chart itself (a vendored copy). */
  self?: { chart: KnownChart; version: string | null }
  /** Testkube charts it depends on, with their value prefixes. */
  scopes: ChartScope[]
  /** The istiod chart as a dependency (its prefix), when it depends on no Testkube chart. */
  istiodPrefix?: string
  /** The directory's own values.yaml, as the lowest layer. */
  values?: ValueLayer
  notes: string[]
}

export function readLocalChart(ctx: ExtractContext, dir: string): LocalChart | null {
  const install = readChartDir(ctx, dir)
  if (!install) return null
  const out: LocalChart = { dir, scopes: [], notes: install.notes }
  if (install.role === 'own-chart') out.self = { chart: install.chart, version: install.version }
  else if (install.chart === 'istiod') out.istiodPrefix = install.prefix
  else out.scopes = install.scopes
  const valuesPath = joinRel(dir, 'values.yaml')
  if (valuesPath && ctx.exists(valuesPath)) {
    out.values = valuesFileLayer(ctx, valuesPath, {
      label: out.self ? `chart defaults (${valuesPath})` : `umbrella values (${valuesPath})`,
      kind: out.self ? 'chart-defaults' : 'values-file'
    })
  }
  return out
}
