/**
 * A chart directory in this repository that a HelmRelease installs through a GitRepository source: either a
 * vendored copy of a Testkube chart, or an umbrella chart that depends on one (its values then live under the
 * dependency's `alias` or name, and count only when its `condition` holds). The directory is read by the shared
 * chart-directory reader (../chartdir.ts), as for an Argo CD path source; this adds the directory's values.yaml.
 */
import type { ValueLayer } from '../../model.js'
import type { ExtractContext } from '../types.js'
import { joinRel, readChartDir, type ChartDirInstall } from '../chartdir.js'
import { valuesFileLayer } from './layers.js'

export interface LocalChart {
  install: ChartDirInstall
  /** The directory's own values.yaml, as the lowest layer. */
  values?: ValueLayer
}

export function readLocalChart(ctx: ExtractContext, dir: string): LocalChart | null {
  const install = readChartDir(ctx, dir)
  if (!install) return null
  const valuesPath = joinRel(dir, 'values.yaml')
  if (!valuesPath || !ctx.exists(valuesPath)) return { install }
  const own = install.role === 'own-chart'
  const values = valuesFileLayer(ctx, valuesPath, {
    label: own ? `chart defaults (${valuesPath})` : `umbrella values (${valuesPath})`,
    kind: own ? 'chart-defaults' : 'values-file'
  })
  return { install, values }
}
