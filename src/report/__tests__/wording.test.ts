import { describe, expect, it } from '@jest/globals'
import type { ValueLayer } from '../../model.js'
import { setPathsAsYaml } from '../../values/display.js'
import { placeName, readableMessage } from '../wording.js'

const layer = (kind: ValueLayer['kind'], label: string, file: string | null): ValueLayer =>
  ({ kind, label, file, line: 1, yamlPath: '' }) as unknown as ValueLayer

describe('setPathsAsYaml', () => {
  it('writes escaped --set paths in prose as YAML names the keys, and leaves the rest', () => {
    expect(setPathsAsYaml('testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject is not set.')).toBe(
      'testkube-api.jobPodAnnotations."sidecar.istio.io/inject" is not set.'
    )
    expect(setPathsAsYaml('(a.proxy\\.istio\\.io/config, b.c)')).toBe('(a."proxy.istio.io/config", b.c)')
    expect(setPathsAsYaml('env\\[0].value and x')).toBe('"env[0]".value and x')
    const plain = 'global.testWorkflows.globalTemplate.enabled is false at a/b.yaml:3.'
    expect(setPathsAsYaml(plain)).toBe(plain)
  })
})

describe('readableMessage', () => {
  const release = {
    layers: [
      layer('values-file', 'values file', 'values/testkube.yaml'),
      layer('inline', 'spec.values', 'flux/helmrelease.yaml'),
      layer('parameters', 'helm.parameters', 'apps/agent.yaml')
    ]
  }

  it('names each place one way: its file, or its block of its file', () => {
    expect(placeName(release.layers[0])).toBe('values/testkube.yaml')
    expect(placeName(release.layers[1])).toBe('spec.values of flux/helmrelease.yaml')
    expect(readableMessage('a\\.b is not set. Set it to "false" in values file.', release)).toBe(
      '"a.b" is not set. Set it to "false" in values/testkube.yaml.'
    )
    expect(readableMessage('x is false in spec.values, so y. Set it in spec.values.', release)).toBe(
      'x is false in spec.values of flux/helmrelease.yaml, so y. Set it in spec.values of flux/helmrelease.yaml.'
    )
    // A label that only starts the same is not the layer.
    expect(readableMessage('set in values filed', release)).toBe('set in values filed')
  })

  it('keeps --set syntax where the user types --set', () => {
    expect(readableMessage('a.sidecar\\.istio\\.io/inject is "true" in helm.parameters.', release)).toBe(
      'a.sidecar\\.istio\\.io/inject is "true" in helm.parameters of apps/agent.yaml.'
    )
  })
})
