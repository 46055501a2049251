import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFromDir } from '../../../testing/extract.js'
import { dedupeReleases } from '../../../engine/dedupe.js'
import { helmUmbrellaReader, chartDirKey, identifyDependency } from '../index.js'
import { helmValuesReader } from '../../helm-values/index.js'
import type { Release } from '../../../model.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')

async function extract(name: string): Promise<Release[]> {
  const { releases } = await extractFromDir([helmUmbrellaReader], join(fixtures, name))
  return releases
}

describe('helm-umbrella reader', () => {
  it('reads an umbrella with end-of-line comments, its condition and its values.yaml (rows 13-14, 16-17)', async () => {
    const releases = await extract('shortlink')
    expect(releases.map(r => r.id)).toEqual([
      'ops/Helm/addons/observability/testkube/Chart.yaml',
      'ops/Helm/addons/testkube/Chart.yaml'
    ])
    const r = releases[1]
    expect(r).toMatchObject({
      name: 'testkube',
      namespace: null,
      source: 'helm-umbrella',
      file: 'ops/Helm/addons/testkube/Chart.yaml',
      line: 16,
      chart: 'testkube',
      chartVersion: '1.11.49',
      valuesPrefix: 'testkube.',
      key: 'chart-dir:ops/Helm/addons/testkube',
      consumes: [],
      scopes: [
        {
          chart: 'testkube',
          version: '1.11.49',
          prefix: 'testkube.',
          enabledBy: { path: ['testkube', 'enabled'], defaultEnabled: true }
        }
      ]
    })
    expect(r.notes).toBeUndefined()
    expect(r.layers).toHaveLength(1)
    expect(r.layers[0]).toMatchObject({
      label: 'values.yaml',
      kind: 'values-file',
      file: 'ops/Helm/addons/testkube/values.yaml',
      line: 5,
      yamlPath: '',
      target: { type: 'yaml-map', file: 'ops/Helm/addons/testkube/values.yaml', docIndex: 0, nodePath: [] },
      addTarget: true
    })
    expect(r.layers[0].values).toMatchObject({ testkube: { enabled: true, nats: { enabled: false } } })
  })

  it('uses the alias as prefix, the first condition path, and notes an alias repository and tags', async () => {
    const [r] = await extract('alias-condition')
    expect(r).toMatchObject({
      id: 'charts/tk/Chart.yaml',
      name: 'platform-testing',
      line: 8,
      chartVersion: '~2.1.0',
      valuesPrefix: 'tk.',
      key: 'chart-dir:charts/tk',
      consumes: [],
      scopes: [
        {
          chart: 'testkube',
          version: '~2.1.0',
          prefix: 'tk.',
          enabledBy: { path: ['tk', 'enabled'], defaultEnabled: true }
        }
      ]
    })
    expect(r.notes).toEqual([
      "tk: repository given only as the alias '@kubeshop'",
      'tk: also enabled by tags testing (not evaluated)',
      "tk: condition 'tk.enabled,global.testkube.enabled' has several paths; only the first is evaluated"
    ])
  })

  it('makes every Testkube dependency a scope; the first one is the release chart', async () => {
    const [r] = await extract('two-deps')
    expect(r).toMatchObject({
      chart: 'testkube-runner',
      chartVersion: '2.3.0',
      valuesPrefix: 'runner.',
      line: 5
    })
    expect(r.scopes).toEqual([
      { chart: 'testkube-runner', version: '2.3.0', prefix: 'runner.', enabledBy: undefined },
      {
        chart: 'testkube',
        version: '2.1.50',
        prefix: 'testkube.',
        enabledBy: { path: ['testkube', 'enabled'], defaultEnabled: true }
      }
    ])
    expect(r.notes).toBeUndefined()
  })

  it('does not treat a chart’s own source as an umbrella (row 21: testkube-enterprise wraps testkube-agent)', async () => {
    expect(await extract('enterprise-source')).toEqual([])
  })

  it('emits no layer and a note when there is no values.yaml', async () => {
    const [r] = await extract('no-values')
    expect(r.layers).toEqual([])
    expect(r.notes).toEqual([
      "testkube: repository given only as the alias 'alias:kubeshop'",
      'no values.yaml next to Chart.yaml'
    ])
  })

  it('reads apiVersion v1 dependencies from requirements.yaml', async () => {
    const [r] = await extract('v1-requirements')
    expect(r).toMatchObject({
      id: 'Chart.yaml',
      file: 'requirements.yaml',
      line: 2,
      chart: 'testkube',
      chartVersion: '1.5.28',
      key: 'chart-dir:'
    })
    expect(r.layers[0].values).toEqual({ testkube: { 'testkube-dashboard': { enabled: false } } })
  })

  it('gives a null-root values.yaml (row 12) an empty, writable layer', async () => {
    const [r] = await extract('null-values')
    expect(r.layers[0]).toMatchObject({
      values: {},
      target: { type: 'yaml-map', file: 'values.yaml', docIndex: 0, nodePath: [] },
      addTarget: true
    })
    expect(r.layers[0].readOnlyReason).toBeUndefined()
  })

  it('also returns an istiod dependency, without a key, for the mesh detector', async () => {
    const releases = await extract('with-istiod')
    expect(releases.map(r => [r.id, r.chart, r.valuesPrefix, r.key])).toEqual([
      ['Chart.yaml', 'testkube', 'testkube.', 'chart-dir:'],
      ['Chart.yaml#istiod', 'istiod', 'istiod.', undefined]
    ])
    expect(releases[1].layers[0].values).toMatchObject({
      istiod: { pilot: { env: { ENABLE_NATIVE_SIDECARS: 'true' } } }
    })
  })

  it('ignores charts without Testkube dependencies, and notes a dependency copied into the repository', async () => {
    expect(await extract('unrelated')).toEqual([])
    const releases = await extract('vendored')
    expect(releases).toHaveLength(1)
    expect(releases[0].notes).toEqual([
      'testkube: chart copied into the repository (file://./charts/testkube)'
    ])
  })

  it('claims env overlays of the chart dir; values.yaml without testkube: is still the add target (rows 23-26)', async () => {
    const [r] = await extract('kubrix')
    expect(r).toMatchObject({
      name: 'sx-testkube',
      chart: 'testkube',
      chartVersion: '2.12.2',
      line: 27,
      valuesPrefix: 'testkube.',
      key: 'chart-dir:platform-apps/charts/testkube',
      consumes: [
        'values-file:platform-apps/charts/testkube/values-cluster-kind.yaml',
        'values-file:platform-apps/charts/testkube/values-kubrix-default.yaml'
      ]
    })
    expect(r.layers).toHaveLength(1)
    expect(r.layers[0]).toMatchObject({
      file: 'platform-apps/charts/testkube/values.yaml',
      values: { default: { targetRevision: 'main' } },
      addTarget: true
    })
    expect(r.notes?.[0]).toMatch(/^values files next to the chart, read only when a deployer passes them: /)
  })

  it('with the values-file reader: overlays and the chart’s values.yaml are reported once, as the umbrella', async () => {
    const { releases } = await extractFromDir(
      [helmValuesReader, helmUmbrellaReader],
      join(fixtures, 'kubrix')
    )
    expect(releases.filter(r => r.source === 'helm-values').map(r => r.id)).toEqual([
      'platform-apps/charts/testkube/values-cluster-kind.yaml',
      'platform-apps/charts/testkube/values-kubrix-default.yaml'
    ])
    expect(dedupeReleases(releases).map(r => r.id)).toEqual(['platform-apps/charts/testkube/Chart.yaml'])

    const shortlink = await extractFromDir(
      [helmValuesReader, helmUmbrellaReader],
      join(fixtures, 'shortlink')
    )
    expect(dedupeReleases(shortlink.releases).map(r => r.source)).toEqual(['helm-umbrella', 'helm-umbrella'])
  })

  it('does not read a template under the chart as an overlay', async () => {
    const [r] = await extract('alias-condition')
    expect(r.consumes).toEqual([])
  })
})

describe('helpers', () => {
  it('chartDirKey normalises the directory', () => {
    expect(chartDirKey('ops/./charts/tk/')).toBe('chart-dir:ops/charts/tk')
    expect(chartDirKey('.')).toBe('chart-dir:')
  })
  it('identifyDependency knows the repository forms Helm accepts', () => {
    expect(
      identifyDependency('testkube', 'oci://us-east1-docker.pkg.dev/testkube-cloud-372110/testkube')
    ).toEqual({
      chart: 'testkube',
      repoVerified: true
    })
    expect(
      identifyDependency('testkube-enterprise', 'https://kubeshop.github.io/testkube-cloud-charts/')
    ).toEqual({
      chart: 'testkube-enterprise',
      repoVerified: true
    })
    expect(identifyDependency('testkube', 'https://example.com/charts')?.repoVerified).toBe(false)
    expect(identifyDependency('mongodb', 'https://charts.bitnami.com/bitnami')).toBeNull()
  })
})

describe('mayContain', () => {
  it('admits Chart.yaml and requirements.yaml that mention testkube or istiod', () => {
    const may = helmUmbrellaReader.mayContain
    expect(may('x/Chart.yaml', 'dependencies:\n  - name: testkube\n')).toBe(true)
    expect(may('requirements.yaml', 'dependencies:\n  - name: istiod\n')).toBe(true)
    expect(may('x/values.yaml', 'testkube: {}\n')).toBe(false)
    expect(may('x/Chart.yaml', 'dependencies:\n  - name: redis\n')).toBe(false)
  })
})

describe('Chart.lock', () => {
  it('pins the dependency at its locked version over the Chart.yaml range, and says so', async () => {
    const [r] = await extract('locked')
    expect(r.chartVersion).toBe('~1.16.0')
    expect(r.scopes).toEqual([
      expect.objectContaining({
        chart: 'testkube',
        version: '1.16.17',
        versionBasis: 'lock',
        prefix: 'testkube.'
      })
    ])
    expect(r.notes).toContain('platform/Chart.lock locks testkube at 1.16.17 (Chart.yaml: ~1.16.0)')
  })
})
