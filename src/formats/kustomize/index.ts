/** kustomize `helmCharts` in kustomization.yaml: the chart, valuesFile, valuesInline and additionalValuesFiles. */
import type { FormatReader } from '../types.js'
import { extractKustomizeHelmCharts, mayContainKustomization } from './extract.js'

export const kustomizeHelmChartsReader: FormatReader = {
  source: 'kustomize-helmchart',
  displayName: 'kustomize helmCharts',
  mayContain: mayContainKustomization,
  extract: extractKustomizeHelmCharts
}

export { readKustomization } from './extract.js'
