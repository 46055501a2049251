/**
 * A release for tests: one writable values file (`values.yaml`) of a chart at a version, as the helm-values reader
 * would read it with the chart version pinned.
 */
import type { ChartName, Release } from '../model.js'

export function valuesFileRelease(
  chart: ChartName,
  version: string | null,
  values: Record<string, unknown> = {}
): Release {
  return {
    id: 'r',
    name: 'r',
    namespace: 'testkube',
    source: 'helm-values',
    file: 'values.yaml',
    line: 1,
    chart,
    chartVersion: version,
    valuesPrefix: '',
    layers: [
      {
        label: 'values.yaml',
        kind: 'values-file',
        file: 'values.yaml',
        line: 1,
        yamlPath: '',
        values,
        target: { type: 'yaml-map', file: 'values.yaml', docIndex: 0, nodePath: [] },
        addTarget: true
      }
    ],
    scopes: []
  }
}
