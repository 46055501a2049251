import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFromDir } from '../../../testing/extract.js'
import { dedupeReleases } from '../../../engine/dedupe.js'
import { helmUmbrellaReader } from '../../helm-umbrella/index.js'
import type { Release } from '../../../model.js'
import { kustomizeHelmChartsReader } from '../index.js'
import { isKustomizationFile } from '../extract.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')

async function read(name: string) {
  const { releases, ctx } = await extractFromDir([kustomizeHelmChartsReader], join(fixtures, name))
  return { releases, errors: ctx.errors() }
}

function byName(releases: Release[], name: string): Release {
  const r = releases.find(x => x.name === name)
  if (!r) throw new Error(`no release ${name} in ${releases.map(x => x.name).join(', ')}`)
  return r
}

const labels = (r: Release): string[] => r.layers.map(l => l.label)
const addTargetLabels = (r: Release): string[] => r.layers.filter(l => l.addTarget).map(l => l.label)

describe('kustomize helmCharts reader', () => {
  it('tests the path and the text cheaply', () => {
    expect(kustomizeHelmChartsReader.mayContain('a/kustomization.yaml', 'helmCharts:\n')).toBe(true)
    expect(kustomizeHelmChartsReader.mayContain('a/kustomization.yml', 'helmCharts:\n')).toBe(true)
    expect(kustomizeHelmChartsReader.mayContain('a/kustomization.yaml', 'resources: []\n')).toBe(false)
    expect(kustomizeHelmChartsReader.mayContain('a/values.yaml', 'helmCharts:\n')).toBe(false)
  })

  it('reads the corpus kustomization (rows 3-4): one release, its valuesFile editable', async () => {
    const { releases, errors } = await read('corpus-harsha')
    expect(errors).toEqual([])
    expect(releases).toHaveLength(1)
    const r = releases[0]
    expect(r).toMatchObject({
      id: 'testkube/kustomization.yaml#0/hcp-testkube',
      name: 'hcp-testkube',
      namespace: null,
      source: 'kustomize-helmchart',
      file: 'testkube/kustomization.yaml',
      line: 15,
      chart: 'testkube',
      chartVersion: '1.5.28',
      valuesPrefix: '',
      scopes: [{ chart: 'testkube', version: '1.5.28', prefix: '' }]
    })
    expect(r.notes).toBeUndefined()
    expect(r.layers).toHaveLength(1)
    expect(r.layers[0]).toMatchObject({
      label: 'valuesFile',
      kind: 'values-file',
      file: 'testkube/testkube_values.yaml',
      yamlPath: '',
      target: { type: 'yaml-map', file: 'testkube/testkube_values.yaml', docIndex: 0, nodePath: [] },
      addTarget: true
    })
    expect(r.layers[0].readOnlyReason).toBeUndefined()
    expect(r.layers[0].values).toMatchObject({
      'testkube-api': {
        uiIngress: { annotations: { 'kubernetes.io/ingress.class': 'traefik-cert-manager' } }
      },
      'testkube-dashboard': { enabled: true }
    })
  })

  it('orders layers by valuesMerge, with additionalValuesFiles last', async () => {
    const { releases } = await read('modes')
    expect(releases.map(r => r.name)).toEqual([
      'tk-override',
      'tk-merge',
      'tk-replace',
      'tk-replace-empty',
      'tk-bare',
      'tk-missing'
    ])

    const override = byName(releases, 'tk-override')
    expect(override.namespace).toBe('testkube')
    expect(labels(override)).toEqual([
      'valuesFile',
      'valuesInline',
      'additionalValuesFiles[0]',
      'additionalValuesFiles[1]'
    ])
    expect(override.layers.map(l => l.file)).toEqual([
      'values/base.yaml',
      'kustomization.yaml',
      'values/extra-1.yaml',
      'values/extra-2.yaml'
    ])
    expect(override.layers[1].target).toEqual({
      type: 'yaml-map',
      file: 'kustomization.yaml',
      docIndex: 0,
      nodePath: ['helmCharts', 0, 'valuesInline']
    })
    expect(addTargetLabels(override)).toEqual(['valuesInline'])

    const merge = byName(releases, 'tk-merge')
    expect(merge.namespace).toBe('testkube-merge')
    expect(labels(merge)).toEqual(['valuesInline', 'valuesFile', 'additionalValuesFiles[0]'])
    expect(addTargetLabels(merge)).toEqual(['valuesInline'])

    const replace = byName(releases, 'tk-replace')
    expect(labels(replace)).toEqual(['valuesInline'])
    expect(replace.notes?.[0]).toContain('replace')

    const replaceEmpty = byName(releases, 'tk-replace-empty')
    expect(labels(replaceEmpty)).toEqual(['valuesFile'])
    expect(addTargetLabels(replaceEmpty)).toEqual(['valuesFile'])
  })

  it('creates valuesInline when there is nowhere else to add a key', async () => {
    const { releases, errors } = await read('modes')
    const bare = byName(releases, 'tk-bare')
    expect(bare).toMatchObject({ chart: 'testkube-enterprise', chartVersion: null })
    expect(bare.notes).toBeUndefined()
    expect(bare.layers).toEqual([
      {
        label: 'valuesInline (to be created)',
        kind: 'inline',
        file: 'kustomization.yaml',
        line: 51,
        yamlPath: 'helmCharts[4].valuesInline',
        values: {},
        target: {
          type: 'yaml-map',
          file: 'kustomization.yaml',
          docIndex: 0,
          nodePath: ['helmCharts', 4, 'valuesInline']
        },
        addTarget: true
      }
    ])
    expect(errors).toEqual([
      {
        file: 'kustomization.yaml',
        line: 55,
        message: "kustomize helmCharts: valuesFile 'values/nope.yaml' not found"
      }
    ])
  })

  it('reads a local umbrella chart under helmGlobals.chartHome and consumes its directory', async () => {
    const { releases } = await read('chart-home')
    expect(releases).toHaveLength(1)
    const r = releases[0]
    expect(r).toMatchObject({
      name: 'testkube',
      namespace: 'testkube',
      chart: 'testkube',
      valuesPrefix: 'tk-agent.',
      scopes: [{ chart: 'testkube', version: '2.1.254', prefix: 'tk-agent.' }],
      consumes: ['chart-dir:overlays/prod/vendor/tk']
    })
    expect(r.layers.map(l => l.file)).toEqual([
      'overlays/prod/vendor/tk/values.yaml',
      'overlays/prod/kustomization.yaml',
      'overlays/prod/prod-values.yaml'
    ])
    expect(addTargetLabels(r)).toEqual(['valuesInline (to be created)'])

    const both = await extractFromDir(
      [helmUmbrellaReader, kustomizeHelmChartsReader],
      join(fixtures, 'chart-home')
    )
    expect(dedupeReleases(both.releases).map(x => x.source)).toEqual(['kustomize-helmchart'])
  })

  it('ignores a Flux Kustomization', async () => {
    const { releases, errors } = await read('flux')
    expect(releases).toEqual([])
    expect(errors).toEqual([])
  })

  it('reads a file named Kustomization and its namespace', async () => {
    const { releases } = await read('bare-name')
    expect(releases.map(r => [r.id, r.namespace, r.line])).toEqual([
      ['app/Kustomization#0/testkube', 'testing', 3]
    ])
  })
})

describe('isKustomizationFile', () => {
  it('tells the names kustomize reads, as the regex it replaced did', () => {
    const regex = /(^|\/)(kustomization\.ya?ml|Kustomization)$/
    const pieces = ['kustomization', 'Kustomization', '.yaml', '.yml', '.ya', '/', 'a', 'x', 'K', 'k']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), parts => {
        const path = parts.join('')
        expect(isKustomizationFile(path)).toBe(regex.test(path))
      }),
      { numRuns: 3000 }
    )
    for (const path of ['kustomization.yaml', 'a/kustomization.yml', 'a/Kustomization', 'Kustomization'])
      expect(isKustomizationFile(path)).toBe(true)
    for (const path of [
      'a/xkustomization.yaml',
      'Kustomization.yaml',
      'a/myKustomization',
      'kustomization.yaml/'
    ])
      expect(isKustomizationFile(path)).toBe(false)
  })
})
