import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFromDir } from '../../../testing/extract.js'
import { dedupeReleases } from '../../../engine/dedupe.js'
import type { Release, ScanError, ValueLayer } from '../../../model.js'
import { argocdApplicationReader } from '../index.js'
import { typedSetValue } from '../sources.js'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')
const ACME = ['https://github.com/acme/gitops']

async function extract(
  fixture: string,
  urls: string[] = ACME
): Promise<{ releases: Release[]; errors: ScanError[] }> {
  const { releases, ctx } = await extractFromDir([argocdApplicationReader], join(FIXTURES, fixture), urls)
  return { releases, errors: ctx.errors() }
}

function byId(releases: Release[], id: string): Release {
  const r = releases.find(x => x.id === id)
  if (!r) throw new Error(`no release ${id} in ${releases.map(x => x.id).join(', ')}`)
  return r
}

/** The layers as [label, file, readOnlyReason, addTarget] for compact assertions. */
function shape(layers: ValueLayer[]): [string, string | null, string | undefined, boolean][] {
  return layers.map(l => [l.label, l.file, l.readOnlyReason, l.addTarget === true])
}

describe('argocdApplicationReader', () => {
  it('tests the text for argoproj.io/', () => {
    expect(argocdApplicationReader.mayContain('a.yaml', 'apiVersion: argoproj.io/v1alpha1\n')).toBe(true)
    expect(argocdApplicationReader.mayContain('a.yaml', 'apiVersion: v1\nkind: ConfigMap\n')).toBe(false)
  })

  describe('a chart source and each place its values live', () => {
    it('reads helm.values as embedded YAML with literal dotted keys, and typed parameters', async () => {
      const { releases, errors } = await extract('chart-values')
      expect(errors).toEqual([])
      const r = byId(releases, 'apps/values-string.yaml#0/testkube')
      expect(r).toMatchObject({
        name: 'testkube',
        namespace: 'testkube',
        source: 'argocd-application',
        file: 'apps/values-string.yaml',
        line: 12,
        chart: 'testkube',
        chartVersion: '2.1.*',
        valuesPrefix: '',
        scopes: [{ chart: 'testkube', version: '2.1.*', prefix: '' }]
      })
      expect(r.notes).toContain("Helm release name 'tk'")
      expect(shape(r.layers)).toEqual([
        ['valueFiles[0] values-istio.yaml', null, 'inside the chart package', false],
        ['helm.values', 'apps/values-string.yaml', undefined, true],
        ['helm.parameters', 'apps/values-string.yaml', undefined, false]
      ])
      const [, values, params] = r.layers
      expect(values).toMatchObject({
        kind: 'embedded-yaml',
        line: 20,
        yamlPath: 'spec.source.helm.values',
        values: {
          'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } },
          'testkube-api.minio.enabled': false
        },
        target: {
          type: 'yaml-embedded',
          file: 'apps/values-string.yaml',
          docIndex: 0,
          nodePath: ['spec', 'source', 'helm', 'values']
        }
      })
      expect(params.values).toBeNull()
      expect(params.target).toEqual({
        type: 'set-list',
        file: 'apps/values-string.yaml',
        docIndex: 0,
        nodePath: ['spec', 'source', 'helm', 'parameters'],
        style: 'argocd'
      })
      expect(params.sets).toEqual([
        {
          path: ['testkube-api', 'jobPodAnnotations', 'sidecar.istio.io/inject'],
          value: 'false',
          forceString: true,
          index: 0,
          line: 27
        },
        { path: ['testkube-operator', 'enabled'], value: true, forceString: false, index: 1, line: 30 },
        { path: ['testkube-api', 'replicas'], value: 2, forceString: false, index: 2, line: 32 },
        { path: ['testkube-api', 'image', 'tag'], value: '0123', forceString: false, index: 3, line: 34 }
      ])
    })

    it('leaves helm.values out when helm.valuesObject is set, and adds to valuesObject', async () => {
      const { releases } = await extract('chart-values')
      const r = byId(releases, 'apps/values-object.yaml#0/testkube-object')
      expect(r.chartVersion).toBe('2.1.100')
      expect(r.layers).toEqual([
        {
          label: 'helm.valuesObject',
          kind: 'inline',
          file: 'apps/values-object.yaml',
          line: 17,
          yamlPath: 'spec.source.helm.valuesObject',
          values: { 'testkube-api': { minio: { enabled: false } } },
          target: {
            type: 'yaml-map',
            file: 'apps/values-object.yaml',
            docIndex: 0,
            nodePath: ['spec', 'source', 'helm', 'valuesObject']
          },
          addTarget: true
        }
      ])
      expect(r.notes).toContain(
        'spec.source.helm.values in apps/values-object.yaml is ignored: helm.valuesObject is set'
      )
    })

    it('creates helm.valuesObject where there is nothing to add to (corpus row 2 shape)', async () => {
      const { releases } = await extract('chart-values')
      const bare = byId(releases, 'apps/values-object.yaml#1/testkube-bare')
      expect(bare.chartVersion).toBeNull()
      expect(bare.namespace).toBeNull()
      expect(bare.layers).toEqual([
        {
          label: 'helm.valuesObject (new)',
          kind: 'inline',
          file: 'apps/values-object.yaml',
          line: 30,
          yamlPath: 'spec.source.helm.valuesObject',
          values: {},
          target: {
            type: 'yaml-map',
            file: 'apps/values-object.yaml',
            docIndex: 1,
            nodePath: ['spec', 'source', 'helm', 'valuesObject']
          },
          addTarget: true
        }
      ])

      const multi = byId(releases, 'apps/values-object.yaml#2/testkube-no-helm/sources[0]')
      expect(multi).toMatchObject({ chart: 'testkube-runner', chartVersion: '>=2.0.0', namespace: 'tk' })
      expect(multi.layers[0]).toMatchObject({
        yamlPath: 'spec.sources[0].helm.valuesObject',
        target: { nodePath: ['spec', 'sources', 0, 'helm', 'valuesObject'] },
        addTarget: true
      })
    })

    it('makes helm.fileParameters a read-only layer above the rest', async () => {
      const { releases } = await extract('chart-values')
      const r = byId(releases, 'apps/file-params.yaml#0/testkube-files')
      expect(shape(r.layers)).toEqual([
        ['helm.valuesObject (new)', 'apps/file-params.yaml', undefined, true],
        [
          'helm.fileParameters',
          'apps/file-params.yaml',
          'set from files at render time (helm.fileParameters)',
          false
        ]
      ])
      expect(r.layers[1].values).toBeNull()
      expect(r.layers[1].target).toBeUndefined()
      // Only the paths the entries set are unverifiable.
      expect(r.layers[1].sets).toEqual([
        {
          path: ['testkube-api', 'config'],
          value: '(contents of files/config.json)',
          forceString: true,
          index: 0,
          line: 12
        }
      ])
    })
  })

  describe('valueFiles', () => {
    it('resolves $ref through https and git@ sibling sources, expands globs in place, skips missing files', async () => {
      const { releases, errors } = await extract('ref-value-files')
      const r = byId(releases, 'apps/testkube.yaml#0/testkube/sources[0]')
      expect(r).toMatchObject({ chart: 'testkube', chartVersion: '2.1.254', line: 13 })
      // Scheme-less OCI registry: verified, so no note.
      expect(r.notes).toBeUndefined()
      expect(shape(r.layers)).toEqual([
        ['valueFiles[0] $values/envs/testkube/base.yaml', 'envs/testkube/base.yaml', undefined, false],
        // the glob adds only the file not named explicitly elsewhere in the list
        ['valueFiles[1] envs/testkube/a-extra.yaml', 'envs/testkube/a-extra.yaml', undefined, false],
        // $cfg (git@ form) → optional.yaml is missing and ignoreMissingValueFiles is true
        ['valueFiles[3] $values/envs/testkube/prod.yaml', 'envs/testkube/prod.yaml', undefined, true]
      ])
      expect(r.layers[0]).toMatchObject({
        kind: 'values-file',
        line: 2,
        yamlPath: '',
        values: { 'testkube-api': { minio: { enabled: false } } },
        target: { type: 'yaml-map', file: 'envs/testkube/base.yaml', docIndex: 0, nodePath: [] }
      })
      expect(errors.filter(e => e.file === 'apps/testkube.yaml')).toEqual([])
    })

    it('reports a missing file and an unknown $ref, and makes other repositories and URLs read-only', async () => {
      const { releases, errors } = await extract('ref-value-files')
      const r = byId(releases, 'apps/strict.yaml#0/testkube-strict/sources[0]')
      expect(shape(r.layers)).toEqual([
        ['valueFiles[0] $values/envs/testkube/base.yaml', 'envs/testkube/base.yaml', undefined, true],
        ['valueFiles[2] $other/values/testkube.yaml', null, 'file in another repository', false],
        ['valueFiles[3] $nowhere/values.yaml', null, 'unresolved $ref', false],
        ['valueFiles[4] https://example.com/values.yaml', null, 'a remote URL', false]
      ])
      expect(r.layers.slice(1).every(l => l.values === null && l.target === undefined)).toBe(true)
      expect(errors).toEqual([
        {
          file: 'apps/strict.yaml',
          line: 15,
          message:
            'helm.valueFiles[1]: envs/testkube/missing.yaml not found (set ignoreMissingValueFiles to skip it)'
        },
        { file: 'apps/strict.yaml', line: 17, message: "helm.valueFiles[3]: no source has ref 'nowhere'" }
      ])
    })
  })

  describe('OCI', () => {
    it('identifies scheme-less OCI repoURLs and oci:// URLs naming the chart with path .', async () => {
      const { releases, errors } = await extract('oci')
      expect(errors).toEqual([])
      expect(releases.map(r => [r.id, r.chart, r.chartVersion, r.line])).toEqual([
        ['apps.yaml#0/agent', 'testkube-runner', '2.1.*', 11],
        ['apps.yaml#1/control-plane', 'testkube-enterprise', '2.319.44', 22],
        ['apps.yaml#2/rehosted', 'testkube', '2.1.0', 36],
        ['apps.yaml#3/istiod', 'istiod', '1.26.0', 48]
      ])
      expect(byId(releases, 'apps.yaml#0/agent').notes).toBeUndefined()
      expect(byId(releases, 'apps.yaml#1/control-plane').notes).toBeUndefined()
      expect(byId(releases, 'apps.yaml#2/rehosted').notes).toEqual([
        "chart 'testkube' from oci://registry.example.com/mirror, not a repository that publishes it"
      ])
      const istiod = byId(releases, 'apps.yaml#3/istiod')
      expect(istiod.scopes).toEqual([])
      expect(istiod.layers[0].values).toEqual({ pilot: { env: { ENABLE_NATIVE_SIDECARS: 'true' } } })
    })
  })

  describe('git path to an umbrella chart in this repository', () => {
    it('reads the chart dir values.yaml, valueFiles relative to path, and .argocd-source overrides', async () => {
      const { releases, errors } = await extract('umbrella')
      expect(errors).toEqual([])
      expect(releases.map(r => r.id)).toEqual(['apps/testkube.yaml#0/tk-dev', 'apps/testkube.yaml#1/tk-bare'])
      const dev = releases[0]
      expect(dev).toMatchObject({
        chart: 'testkube',
        chartVersion: '2.1.254',
        valuesPrefix: 'tk.',
        namespace: 'testkube',
        line: 12,
        consumes: ['chart-dir:charts/tk'],
        scopes: [
          {
            chart: 'testkube',
            version: '2.1.254',
            prefix: 'tk.',
            enabledBy: { path: ['tk', 'enabled'], defaultEnabled: true }
          }
        ]
      })
      expect(shape(dev.layers)).toEqual([
        ['umbrella chart values charts/tk/values.yaml', 'charts/tk/values.yaml', undefined, false],
        ['valueFiles[0] values-dev.yaml', 'charts/tk/values-dev.yaml', undefined, false],
        ['valueFiles[1] ../../shared/testkube.yaml', 'shared/testkube.yaml', undefined, true],
        [
          'helm.valuesObject (charts/tk/.argocd-source.yaml)',
          'charts/tk/.argocd-source.yaml',
          undefined,
          false
        ],
        [
          'helm.parameters (charts/tk/.argocd-source-tk-dev.yaml)',
          'charts/tk/.argocd-source-tk-dev.yaml',
          undefined,
          false
        ]
      ])
      expect(dev.layers[3].target).toEqual({
        type: 'yaml-map',
        file: 'charts/tk/.argocd-source.yaml',
        docIndex: 0,
        nodePath: ['helm', 'valuesObject']
      })
      // `forcestring` (lower case) in an override file is read by Go's case-insensitive JSON decoding.
      expect(dev.layers[4].sets).toEqual([
        { path: ['tk', 'testkube-api', 'image', 'tag'], value: '2.1.0', forceString: true, index: 0, line: 3 }
      ])
      expect(dev.layers[4].target).toMatchObject({
        file: 'charts/tk/.argocd-source-tk-dev.yaml',
        nodePath: ['helm', 'parameters']
      })

      // `git@…:acme/gitops.git` and `./charts/tk/` are the same repository and directory.
      const bare = releases[1]
      expect(bare.consumes).toEqual(['chart-dir:charts/tk'])
      expect(shape(bare.layers).map(l => l[0])).toEqual([
        'umbrella chart values charts/tk/values.yaml',
        'helm.valuesObject (charts/tk/.argocd-source.yaml)'
      ])
    })

    it('is reported once: the umbrella reader release for the directory is consumed', async () => {
      const { releases } = await extract('umbrella')
      const umbrella: Release = {
        id: 'charts/tk/Chart.yaml',
        name: 'tk',
        namespace: null,
        source: 'helm-umbrella',
        file: 'charts/tk/Chart.yaml',
        line: 5,
        chart: 'testkube',
        chartVersion: '2.1.254',
        valuesPrefix: 'tk.',
        layers: [],
        scopes: [],
        key: 'chart-dir:charts/tk'
      }
      expect(dedupeReleases([umbrella, ...releases]).map(r => r.id)).toEqual([
        'apps/testkube.yaml#0/tk-dev',
        'apps/testkube.yaml#1/tk-bare'
      ])
    })

    it('adds a missing key to a file of the repository, never to an override file', async () => {
      const { releases } = await extract('umbrella')
      expect(releases.map(r => r.layers.filter(l => l.addTarget).map(l => l.file))).toEqual([
        ['shared/testkube.yaml'],
        ['charts/tk/values.yaml']
      ])
    })

    it('reads a local directory when no URL of this repository is known, with a note', async () => {
      const { releases } = await extract('umbrella', [])
      expect(releases.map(r => r.id)).toEqual(['apps/testkube.yaml#0/tk-dev', 'apps/testkube.yaml#1/tk-bare'])
      expect(releases[0].notes).toContain(
        'repoURL https://github.com/acme/gitops is not known to be this repository; read charts/tk from this checkout'
      )
    })

    it('never reads the local tree for a repoURL known to be another repository', async () => {
      const { releases } = await extract('umbrella', ['https://github.com/acme/other'])
      expect(releases).toEqual([])
    })
  })

  describe('git path into kubeshop chart repositories', () => {
    it('identifies the chart by path; values files there are read-only', async () => {
      const { releases, errors } = await extract('upstream-git')
      expect(errors).toEqual([])
      expect(releases.map(r => [r.id, r.chart, r.chartVersion])).toEqual([
        ['apps.yaml#0/runner', 'testkube-runner', null],
        ['apps.yaml#1/enterprise', 'testkube-enterprise', null]
      ])
      const runner = releases[0]
      expect(runner.notes).toEqual([
        'chart from git: https://github.com/kubeshop/testkube.git path k8s/helm/testkube-runner at v2.1.0 (version not known)'
      ])
      expect(shape(runner.layers)).toEqual([
        ['valueFiles[0] values-ci.yaml', null, 'in the remote chart repository', false],
        ['helm.values', 'apps.yaml', undefined, true]
      ])
      expect(runner.consumes).toBeUndefined()
    })
  })

  describe('not installs', () => {
    it('skips CMP plugins, kustomize sources, other repositories, missing dirs and templated charts', async () => {
      const { releases, errors } = await extract('negative')
      expect(releases).toEqual([])
      expect(errors).toEqual([])
    })
  })

  describe('helm.values that does not parse', () => {
    it('reports the line inside the manifest and still reads the other sources', async () => {
      const { releases, errors } = await extract('invalid-values')
      expect(errors).toEqual([
        {
          file: 'app.yaml',
          line: 17,
          message:
            'spec.sources[0].helm.values is not valid YAML: All mapping items must start at the same column'
        }
      ])
      const broken = byId(releases, 'app.yaml#0/broken/sources[0]')
      expect(broken.layers).toEqual([
        {
          label: 'helm.values',
          kind: 'embedded-yaml',
          file: 'app.yaml',
          line: 13,
          yamlPath: 'spec.sources[0].helm.values',
          values: null,
          readOnlyReason: 'not valid YAML'
        }
      ])
      const istiod = byId(releases, 'app.yaml#0/broken/sources[1]')
      expect(istiod.chart).toBe('istiod')
      expect(istiod.layers[0].values).toEqual({ pilot: { env: { ENABLE_NATIVE_SIDECARS: 'true' } } })
    })

    it('reads templates that YAML takes for flow maps as text, read-only; quoted templates stay editable', async () => {
      const { releases } = await extract('invalid-values')
      const templated = byId(releases, 'app.yaml#1/templated-values')
      expect(templated.layers[0]).toMatchObject({
        values: {
          global: { domain: '{{ .Values.domain }}' },
          'testkube-api': { host: '{{ .Values.host }}' }
        },
        readOnlyReason: 'templated'
      })
      expect(templated.layers[0].target).toBeUndefined()
      const quoted = byId(releases, 'app.yaml#2/quoted-template')
      expect(quoted.layers[0]).toMatchObject({
        values: { global: { domain: '{{ .Values.domain }}' } },
        target: { type: 'yaml-embedded' },
        addTarget: true
      })
      expect(quoted.layers[0].readOnlyReason).toBeUndefined()
    })
  })

  describe('the chart directory is a Testkube chart itself, with .argocd-source-<app>.yaml (corpus row 19)', () => {
    it('reads chart defaults, and lets the override file replace parameters', async () => {
      const { releases, errors } = await extract('enterprise-override', [
        'https://github.com/kubeshop/testkube-cloud-charts'
      ])
      expect(errors).toEqual([])
      expect(releases).toHaveLength(1)
      const r = releases[0]
      expect(r).toMatchObject({
        chart: 'testkube-enterprise',
        chartVersion: '2.319.44',
        valuesPrefix: '',
        consumes: ['chart-dir:charts/testkube-enterprise'],
        // The chart in the repository pins its embedded agent (rules.md): judged at that version when enabled.
        scopes: [
          { chart: 'testkube-enterprise', version: '2.319.44', prefix: '' },
          {
            chart: 'testkube',
            version: '2.1.254',
            prefix: 'testkube-agent.',
            enabledBy: { path: ['testkube-agent', 'enabled'], defaultEnabled: false }
          }
        ]
      })
      expect(shape(r.layers)).toEqual([
        [
          'chart defaults charts/testkube-enterprise/values.yaml',
          'charts/testkube-enterprise/values.yaml',
          undefined,
          false
        ],
        ['helm.values', 'apps/dev.yaml', undefined, true],
        [
          'helm.parameters (charts/testkube-enterprise/.argocd-source-dev-testkube-enterprise.yaml)',
          'charts/testkube-enterprise/.argocd-source-dev-testkube-enterprise.yaml',
          undefined,
          false
        ]
      ])
      expect(r.layers[0].kind).toBe('chart-defaults')
      expect(r.layers[2].sets?.map(s => [s.path.join('.'), s.value, s.forceString])).toEqual([
        ['image.name', 'testkubeenterprise/testkube-enterprise-ui', true],
        ['testkube-cloud-api.image.tag', '1.10.6-rc-31dac169', true],
        ['testkube-cloud-ui.image.tag', '1.10.0-rc-2b9e9ec', true]
      ])
      expect(r.notes).toContain(
        'spec.source.helm.parameters in apps/dev.yaml is replaced by helm.parameters in charts/testkube-enterprise/.argocd-source-dev-testkube-enterprise.yaml'
      )
    })
  })

  describe('corpus', () => {
    const corpus = (repo: string): Promise<{ releases: Release[]; errors: ScanError[] }> =>
      extract(join('corpus', repo), [`https://github.com/${repo.replace('__', '/')}`])

    it('row 1: helm.values with flat dotted keys kept literal', async () => {
      const { releases, errors } = await corpus('konstructio__gitops-catalog')
      expect(errors).toEqual([])
      expect(releases).toHaveLength(1)
      const r = releases[0]
      expect(r).toMatchObject({
        id: 'testkube/components/testkube/application.yaml#0/<CLUSTER_NAME>-testkube',
        chart: 'testkube',
        chartVersion: '1.11.214',
        namespace: 'testkube',
        line: 18
      })
      expect(r.layers).toHaveLength(1)
      expect(r.layers[0]).toMatchObject({ kind: 'embedded-yaml', addTarget: true })
      expect(r.layers[0].values).toEqual({
        'testkube-api.minio.enabled': false,
        'mongodb.enabled': false,
        'testkube-dashboard.enabled': false,
        'testkube-api.cloud.existingSecret.name': '<CLUSTER_NAME>-testkube-secret',
        'testkube-api.cloud.existingSecret.key': 'API_KEY',
        'testkube-api.cloud.existingSecret.orgId': 'ORG_ID',
        'testkube-api.cloud.existingSecret.envId': 'ENV_ID'
      })
    })

    it('row 2: commented-out values → a new valuesObject', async () => {
      const { releases } = await corpus('kubefirst__marketplace')
      expect(releases).toHaveLength(1)
      expect(releases[0].layers).toMatchObject([
        {
          label: 'helm.valuesObject (new)',
          values: {},
          addTarget: true,
          target: { nodePath: ['spec', 'source', 'helm', 'valuesObject'] }
        }
      ])
    })

    it('row 15: git path to the umbrella chart of rows 13-14', async () => {
      const { releases, errors } = await corpus('shortlink-org__shortlink')
      expect(errors).toEqual([])
      expect(releases).toHaveLength(1)
      const r = releases[0]
      expect(r).toMatchObject({
        chart: 'testkube',
        chartVersion: '1.11.49',
        valuesPrefix: 'testkube.',
        namespace: 'testkube',
        consumes: ['chart-dir:ops/Helm/addons/testkube'],
        scopes: [{ prefix: 'testkube.', enabledBy: { path: ['testkube', 'enabled'], defaultEnabled: true } }]
      })
      expect(r.layers).toHaveLength(1)
      expect(r.layers[0]).toMatchObject({ file: 'ops/Helm/addons/testkube/values.yaml', addTarget: true })
      expect((r.layers[0].values as Record<string, unknown>).testkube).toMatchObject({ enabled: true })
    })

    it('row 15 without the repository URL: not this repository, no release', async () => {
      const { releases } = await extract(join('corpus', 'shortlink-org__shortlink'))
      expect(releases).toEqual([])
    })

    it('row 20: git path into kubeshop/helm-charts with an agent values string', async () => {
      const { releases } = await extract(join('corpus', 'kubeshop__testkube-examples'))
      expect(releases).toHaveLength(1)
      const r = releases[0]
      // kubeshop/helm-charts is frozen: every branch holds testkube 2.3.0.
      expect(r).toMatchObject({
        chart: 'testkube',
        chartVersion: '2.3.0',
        namespace: 'testkube-demo',
        line: 13
      })
      expect(r.scopes[0].versionBasis).toBe('git')
      expect(r.notes).toEqual([
        'chart from git: https://github.com/kubeshop/helm-charts path charts/testkube at main (holds testkube 2.3.0: kubeshop/helm-charts is frozen, every branch holds it)',
        "Helm release name 'testkube-agent'"
      ])
      expect(r.layers[0]).toMatchObject({
        kind: 'embedded-yaml',
        addTarget: true,
        values: { 'testkube-api': { cloud: { key: 'REDACTED' } } }
      })
    })

    it('row 27: a Helm-templated Application with a templated path reads without errors and no release', async () => {
      const { releases, errors } = await corpus('suxess-it__kubriX')
      expect(releases).toEqual([])
      expect(errors).toEqual([])
    })

    it('row 33: a CMP plugin source named testkube is not a chart install', async () => {
      const { releases, errors } = await corpus('kubeshop__testkube-argocd')
      expect(releases).toEqual([])
      expect(errors).toEqual([])
    })

    it('row 19 alone: an override file with no Application is not a release', async () => {
      const { releases, errors } = await corpus('kubeshop__testkube-cloud-charts')
      expect(releases).toEqual([])
      expect(errors).toEqual([])
    })
  })

  it('types --set values like Helm', () => {
    expect(typedSetValue('true')).toBe(true)
    expect(typedSetValue('FALSE')).toBe(false)
    expect(typedSetValue('null')).toBeNull()
    expect(typedSetValue('0')).toBe(0)
    expect(typedSetValue('42')).toBe(42)
    expect(typedSetValue('-3')).toBe(-3)
    expect(typedSetValue('007')).toBe('007')
    expect(typedSetValue('1.5')).toBe('1.5')
    expect(typedSetValue('99999999999999999999')).toBe('99999999999999999999')
    expect(typedSetValue('')).toBe('')
    expect(typedSetValue('no')).toBe('no')
  })
})
