/**
 * A chart directory in this repository that a HelmRelease installs through a GitRepository source: either a
 * vendored copy of a Testkube chart, or an umbrella chart that depends on one (its values then live under the
 * dependency's `alias` or name, and count only when its `condition` holds).
 */
import type { ChartScope, ValueLayer } from '../../model.js'
import type { ExtractContext } from '../types.js'
import { identifyChart, isKnownChartName, type KnownChart } from '../charts.js'
import { splitSetPath } from '../../values/setpath.js'
import { list, name, obj } from './nodes.js'
import { valuesFileLayer } from './layers.js'

export interface LocalChart {
  dir: string
  /** The chart this directory is, when it is a known chart itself (a vendored copy). */
  self?: { chart: KnownChart; version: string | null }
  /** Testkube charts it depends on, with their value prefixes. */
  scopes: ChartScope[]
  /** The istiod chart as a dependency (its prefix). */
  istiodPrefix?: string
  /** The directory's own values.yaml, as the lowest layer. */
  values?: ValueLayer
  notes: string[]
}

export function readLocalChart(ctx: ExtractContext, dir: string): LocalChart | null {
  const chartPath = [`${dir}/Chart.yaml`, `${dir}/Chart.yml`]
    .map(p => p.replace(/^\//, ''))
    .find(p => ctx.exists(p))
  if (!chartPath) return null
  const file = ctx.getFile(chartPath)
  const doc = file?.docs.find(d => !d.empty)
  const c = doc && file ? obj(file.js(doc.index)) : undefined
  if (!c) return null
  const out: LocalChart = { dir, scopes: [], notes: [] }
  const chartName = name(c.name)
  if (chartName && isKnownChartName(chartName)) {
    out.self = { chart: chartName, version: name(c.version) ?? null }
  } else {
    for (const d of list(c.dependencies)) {
      const dep = obj(d)
      const depName = name(dep?.name)
      if (!dep || !depName) continue
      let repo = name(dep.repository) ?? null
      if (repo && (repo.startsWith('@') || repo.startsWith('alias:'))) repo = null
      if (repo?.startsWith('file://')) repo = null
      const id = identifyChart(depName, repo)
      if (!id) continue
      const prefix = `${name(dep.alias) ?? depName}.`
      if (id.chart === 'istiod') {
        out.istiodPrefix = prefix
        continue
      }
      const scope: ChartScope = { chart: id.chart, version: name(dep.version) ?? null, prefix }
      const condition = name(dep.condition)?.split(',')[0]?.trim()
      if (condition) scope.enabledBy = { path: splitSetPath(condition).map(String), defaultEnabled: true }
      out.scopes.push(scope)
      if (!id.repoVerified && id.note) out.notes.push(`dependency ${depName}: ${id.note}`)
    }
    if (out.scopes.length === 0 && !out.istiodPrefix) return null
  }
  const valuesPath = [`${dir}/values.yaml`, `${dir}/values.yml`]
    .map(p => p.replace(/^\//, ''))
    .find(p => ctx.exists(p))
  if (valuesPath) {
    out.values = valuesFileLayer(ctx, valuesPath, {
      label: out.self ? `chart defaults (${valuesPath})` : `umbrella values (${valuesPath})`,
      kind: out.self ? 'chart-defaults' : 'values-file'
    })
  }
  return out
}
