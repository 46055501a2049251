/**
 * A chart directory inside the repository named by a deployer (helmfile `chart: ./charts/tk`, kustomize
 * `<chartHome>/<name>`): an umbrella chart that depends on Testkube (read by the umbrella reader, whose release
 * the deployer then consumes), or a copy of a Testkube chart itself.
 */
import type { ChartName, ChartScope, ValueLayer } from '../../model.js'
import type { ExtractContext } from '../types.js'
import { isKnownChartName, type KnownChart } from '../charts.js'
import { chartDirKey, readUmbrella } from '../helm-umbrella/index.js'
import { isPlainObject } from '../../values/setpath.js'
import { joinPath, valuesFileLayer } from './layers.js'

export interface LocalChart {
  dir: string
  /** `chart-dir:<dir>`: the umbrella reader's key for the directory, to consume. */
  key: string
  chart: ChartName | 'istiod'
  version: string | null
  valuesPrefix: string
  scopes: ChartScope[]
  /** The chart's own values.yaml (lowest precedence); never marked as the add target here. */
  layers: ValueLayer[]
  notes: string[]
}

/** Whether `dir` holds a Chart.yaml. */
export function isChartDir(ctx: ExtractContext, dir: string): boolean {
  return ctx.exists(joinPath(dir, 'Chart.yaml'))
}

/** What a chart directory installs that the tool knows about: Testkube first, then any istiod; [] for neither. */
export function readLocalChart(ctx: ExtractContext, dir: string): LocalChart[] {
  const chartFile = ctx.getFile(joinPath(dir, 'Chart.yaml'))
  if (!chartFile) return []
  const key = chartDirKey(dir)
  const meta = chartFile.js(0)
  const ownName = isPlainObject(meta) && typeof meta.name === 'string' ? meta.name.trim() : ''

  const umbrella = readUmbrella(ctx, chartFile)
  if (umbrella.length > 0) {
    return umbrella.map(r => ({
      dir,
      key,
      chart: r.chart,
      version: r.chartVersion,
      valuesPrefix: r.valuesPrefix,
      scopes: r.scopes,
      layers: r.layers.map(l => ({ ...l, addTarget: undefined, label: `${joinPath(dir, 'values.yaml')}` })),
      notes: [
        `chart directory ${dir || '.'} (umbrella chart ${ownName || 'without a name'})`,
        ...(r.notes ?? [])
      ]
    }))
  }

  // A copy of the chart itself: its values.yaml holds the chart's defaults, not settings of this release.
  if (!isKnownChartName(ownName)) return []
  const chart: KnownChart = ownName
  const version = isPlainObject(meta) && meta.version != null ? String(meta.version) : null
  const defaults = valuesFileLayer(ctx, joinPath(dir, 'values.yaml'), { label: 'chart defaults' })
  const layers: ValueLayer[] = []
  if (defaults) {
    delete defaults.target
    layers.push({ ...defaults, kind: 'chart-defaults' })
  }
  return [
    {
      dir,
      key,
      chart,
      version,
      valuesPrefix: '',
      scopes: chart === 'istiod' ? [] : [{ chart, version, prefix: '' }],
      layers,
      notes: [`chart directory ${dir || '.'} holds a copy of the ${chart} chart`]
    }
  ]
}
