import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFromDir } from '../../../testing/extract.js'
import { helmValuesReader } from '../index.js'
import { classifyValues } from '../classify.js'
import type { Release } from '../../../model.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')

async function extract(name: string): Promise<Release[]> {
  const { releases } = await extractFromDir([helmValuesReader], join(fixtures, name))
  return releases
}

async function only(name: string): Promise<Release> {
  const releases = await extract(name)
  expect(releases).toHaveLength(1)
  return releases[0]
}

describe('helm-values reader', () => {
  it('reads a minimal testkube values file as one release with one writable layer', async () => {
    const r = await only('testkube-minimal')
    expect(r).toMatchObject({
      id: 'testkube/values.yaml',
      name: 'testkube',
      namespace: null,
      source: 'helm-values',
      file: 'testkube/values.yaml',
      line: 1,
      chart: 'testkube',
      chartVersion: null,
      valuesPrefix: '',
      key: 'values-file:testkube/values.yaml',
      scopes: [{ chart: 'testkube', version: null, prefix: '' }]
    })
    expect(r.layers).toEqual([
      {
        label: 'values file',
        kind: 'values-file',
        file: 'testkube/values.yaml',
        line: 1,
        yamlPath: '',
        values: { 'testkube-api': { minio: { enabled: false } }, 'testkube-dashboard': { enabled: false } },
        target: { type: 'yaml-map', file: 'testkube/values.yaml', docIndex: 0, nodePath: [] },
        addTarget: true
      }
    ])
  })

  it('reads values files with mixed indentation, Terraform placeholders and copied chart defaults', async () => {
    const kustomize = await only('kustomize-values')
    expect(kustomize).toMatchObject({ chart: 'testkube', name: 'testkube_values', line: 8 })
    const terraform = await only('terraform-template')
    expect(terraform).toMatchObject({ chart: 'testkube', file: 'values/testkube-values.yaml' })
    expect(terraform.layers[0].values?.telemetryEnabled).toBe('${telemetry}')
    const copied = await only('copied-defaults')
    expect(copied).toMatchObject({ chart: 'testkube', name: 'misc', line: 100 })
  })

  it('reads an enterprise profile with the agent under testkube-agent', async () => {
    const r = await only('enterprise-profile')
    expect(r).toMatchObject({
      chart: 'testkube-enterprise',
      name: 'values.demo',
      line: 22,
      valuesPrefix: '',
      scopes: [{ chart: 'testkube-enterprise', version: null, prefix: '' }]
    })
    expect(r.layers[0].values?.['testkube-agent']).toMatchObject({ enabled: true })
  })

  it('resolves anchors and aliases of a full enterprise defaults copy', async () => {
    const r = await only('enterprise-anchors')
    expect(r.chart).toBe('testkube-enterprise')
    const values = r.layers[0].values as Record<string, Record<string, unknown>>
    expect(values.minio.commonLabels).toEqual({})
    expect(values['testkube-cloud-api'].api).toMatchObject({ mongo: { dsnSecretRef: '' } })
    expect(r.layers[0].target).toBeDefined()
  })

  it('reads testkube-runner values by globalTemplate with runner keys, or a runner registration block', async () => {
    const runner = await only('runner')
    expect(runner).toMatchObject({ chart: 'testkube-runner', name: 'agent', line: 2 })
    const registration = await only('runner-registration')
    expect(registration).toMatchObject({ chart: 'testkube-runner', name: 'runner-values', line: 1 })
  })

  it('reads a testkube file that only sets global.testWorkflows', async () => {
    expect(await only('global-testworkflows')).toMatchObject({ chart: 'testkube' })
  })

  it('does not take other charts or lone generic keys for Testkube', async () => {
    expect(await extract('negative-image')).toEqual([])
    expect(await extract('negative-mongodb')).toEqual([])
    expect(await extract('negative-generic')).toEqual([])
  })

  it('does not report a null-root file: it has no keys', async () => {
    expect(await extract('null-root')).toEqual([])
  })

  it('skips a chart’s own values.yaml and its templates', async () => {
    expect(await extract('chart-own')).toEqual([])
  })

  it('skips manifest streams and Kubernetes objects', async () => {
    expect(await extract('manifest-stream')).toEqual([])
  })

  it('reads values nested under testkube: as an umbrella overlay with a prefix', async () => {
    const r = await only('umbrella-overlay')
    expect(r).toMatchObject({
      chart: 'testkube',
      valuesPrefix: 'testkube.',
      scopes: [{ chart: 'testkube', version: null, prefix: 'testkube.' }],
      key: 'values-file:envs/values-prod.yaml'
    })
    expect(r.notes?.[0]).toMatch(/nested under 'testkube:'/)
  })

  it('keeps a templated values file read-only', async () => {
    const r = await only('templated')
    expect(r.layers[0].readOnlyReason).toMatch(/template/)
    expect(r.layers[0].target).toBeUndefined()
    expect(r.layers[0].addTarget).toBeUndefined()
  })
})

describe('classifyValues', () => {
  it('prefers enterprise when enterprise subcharts are present', () => {
    expect(
      classifyValues({ 'testkube-cloud-api': {}, 'testkube-api': { nats: { enabled: true } } })
    ).toMatchObject({
      chart: 'testkube-enterprise'
    })
  })
  it('needs Testkube agent keys under a lone testkube-agent key', () => {
    expect(classifyValues({ 'testkube-agent': { enabled: true } })?.chart).toBe('testkube-enterprise')
    expect(classifyValues({ 'testkube-agent': { image: 'x' } })).toBeNull()
  })
  it('accepts a key whose content is commented out', () => {
    expect(classifyValues({ 'testkube-dashboard': null })?.chart).toBe('testkube')
  })
  it('does not count scalar values', () => {
    expect(classifyValues({ 'testkube-api': 'x' })).toBeNull()
  })
})

describe('mayContain', () => {
  const may = helmValuesReader.mayContain
  it('admits files with Testkube top-level keys, also after a BOM read as latin1', () => {
    expect(may('a/values.yaml', 'testkube-api:\n  x: 1\n')).toBe(true)
    expect(may('a/values.yaml', '\u00ef\u00bb\u00bftestkube-cloud-api:\n')).toBe(true)
    expect(may('a/values.yaml', 'testkube: \n  testkube-api: {}\n')).toBe(true)
    expect(may('a/values.yaml', 'global:\n  testWorkflows: {}\n')).toBe(true)
    expect(may('a/values.yaml', 'runner:\n  orgId: x\n')).toBe(true)
  })
  it('turns away chart metadata and unrelated files', () => {
    expect(may('a/Chart.yaml', 'testkube-api:\n')).toBe(false)
    expect(may('a/kustomization.yaml', 'testkube-api:\n')).toBe(false)
    expect(may('a/values.yaml', 'image:\n  repository: nginx\n')).toBe(false)
    expect(may('a/values.yaml', 'runner:\n  image: x\n')).toBe(false)
  })
})

describe('a profile inside the testkube-enterprise chart directory', () => {
  it('runs the agent the chart bundles, at the version its Chart.lock pins', async () => {
    const r = await only('enterprise-chart')
    expect(r.chart).toBe('testkube-enterprise')
    expect(r.scopes).toEqual([
      { chart: 'testkube-enterprise', version: null, prefix: '' },
      {
        chart: 'testkube',
        version: '2.1.60',
        versionBasis: 'lock',
        prefix: 'testkube-agent.',
        enabledBy: { path: ['testkube-agent', 'enabled'], defaultEnabled: false }
      }
    ])
    // Judged at 2.1.60: the MongoDB, NATS and operator hooks still exist there.
    const { judgeRelease } = await import('../../../engine/judge.js')
    const { installVersions } = await import('../../../engine/versions.js')
    installVersions(r)
    const codes = [...new Set(judgeRelease(r).findings.map(f => f.ruleId))]
    expect(codes).toEqual(['TKI001', 'TKI002', 'TKI003', 'TKI004', 'TKI005', 'TKI006', 'TKI007', 'TKI008'])
  })
})
