import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFromDir } from '../../../testing/extract.js'
import type { Release, ValueLayer } from '../../../model.js'
import { fluxHelmReleaseReader } from '../index.js'
import { targetPathValue } from '../layers.js'
import { removeQuotes } from '../kustomize.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')

async function extract(name: string, repoUrls: string[] = []): Promise<Release[]> {
  const { releases, ctx } = await extractFromDir([fluxHelmReleaseReader], join(fixtures, name), repoUrls)
  expect(ctx.errors()).toEqual([])
  return releases
}

function byId(releases: Release[], id: string): Release {
  const r = releases.find(x => x.id === id)
  if (!r) throw new Error(`no release ${id} in ${releases.map(x => x.id).join(', ')}`)
  return r
}

/** The shape a person reads: what each layer is, where, and whether the fixer may write to it. */
function layerSummary(layers: ValueLayer[]): string[] {
  return layers.map(
    l =>
      `${l.kind} | ${l.label} | ${l.file}:${l.line}` +
      (l.addTarget ? ' | add' : '') +
      (l.target ? ` | ${l.target.type}` : '') +
      (l.readOnlyReason ? ` | read-only: ${l.readOnlyReason}` : '')
  )
}

describe('mayContain', () => {
  const may = fluxHelmReleaseReader.mayContain
  const hints = { mayNameKnownChart: (text: string) => /testkube|istiod/.test(text) }
  const release = (chart: string): string =>
    `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nspec:\n  chart:\n    spec:\n      chart: ${chart}`
  it('takes HelmReleases that may name a known chart, or a chartRef to follow', () => {
    expect(may('a.yaml', release('testkube'), hints)).toBe(true)
    expect(may('a.yaml', release('istiod'), hints)).toBe(true)
    expect(
      may('a.yaml', 'apiVersion: helm.toolkit.fluxcd.io/v2\nspec:\n  chartRef:\n    name: x', hints)
    ).toBe(true)
    // Without hints (no scan around it) every HelmRelease is taken.
    expect(may('a.yaml', release('redis'))).toBe(true)
  })
  it('leaves HelmReleases of other charts and plain values files alone', () => {
    expect(may('a.yaml', release('redis'), hints)).toBe(false)
    expect(may('values.yaml', 'testkube-api:\n  minio:\n    enabled: false', hints)).toBe(false)
  })
  it('follows sources, ConfigMaps, Secrets and kustomizations as references, not candidates', () => {
    const pool = (path: string, text: string): string[] =>
      (fluxHelmReleaseReader.references ?? []).filter(p => p.contains(path, text)).map(p => p.name)
    expect(pool('a.yaml', 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository')).toEqual([
      'flux-sources'
    ])
    expect(pool('a.yaml', 'apiVersion: v1\nkind: ConfigMap')).toEqual(['configmaps-and-secrets'])
    expect(pool('a.yaml', "kind: 'Secret'")).toEqual(['configmaps-and-secrets'])
    expect(pool('k/kustomization.yml', 'resources: []')).toEqual(['kustomizations'])
    expect(pool('a.yaml', 'apiVersion: apps/v1\nkind: Deployment')).toEqual([])
  })
})

describe('targetPath values (helm-controller replacePathValue)', () => {
  it('quoted values are strings, others typed like --set', () => {
    expect(targetPathValue('"false"', false)).toEqual({ value: 'false', forceString: true })
    expect(targetPathValue("'true'", false)).toEqual({ value: 'true', forceString: true })
    expect(targetPathValue('false', false)).toEqual({ value: false, forceString: false })
    expect(targetPathValue('TRUE', false)).toEqual({ value: true, forceString: false })
    expect(targetPathValue('null', false)).toEqual({ value: null, forceString: false })
    expect(targetPathValue('2', false)).toEqual({ value: 2, forceString: false })
    expect(targetPathValue('0', false)).toEqual({ value: 0, forceString: false })
    expect(targetPathValue('012', false)).toEqual({ value: '012', forceString: false })
    expect(targetPathValue('abc', false)).toEqual({ value: 'abc', forceString: false })
  })
  it('literal: true keeps the text', () => {
    expect(targetPathValue('"false"', true)).toEqual({ value: '"false"', forceString: true })
  })
  it('kustomize literals lose one pair of matching quotes', () => {
    expect(removeQuotes('"false"')).toBe('false')
    expect(removeQuotes(`'"false"'`)).toBe('"false"')
    expect(removeQuotes('"half')).toBe('"half')
  })
})

describe('HelmRelease versions and chart sources', () => {
  it('reads v2beta1, v2beta2 and v2 with the HelmRepository in another file, directory or namespace', async () => {
    const releases = await extract('versions')
    expect(releases.map(r => [r.id, r.name, r.namespace, r.chart, r.chartVersion, r.line])).toEqual([
      ['apps/mesh/istiod.yaml#0/istiod', 'istiod', 'istio-system', 'istiod', '1.24.0', 9],
      [
        'apps/testkube/agent-v2beta1.yaml#0/testkube-agent',
        'testkube-agent',
        'testkube',
        'testkube',
        '1.9.26',
        11
      ],
      [
        'apps/testkube/enterprise-v2beta2.yaml#0/testkube-enterprise',
        // Flux's default release name is `<targetNamespace>-<name>`.
        'testkube-enterprise-testkube-enterprise',
        'testkube-enterprise',
        'testkube-enterprise',
        '2.319.44',
        10
      ],
      [
        'apps/testkube/runner-v2.yaml#1/runner',
        'tk-runner',
        'runners',
        'testkube-runner',
        '>=1.0.0 <2.0.0',
        19
      ],
      ['apps/testkube/unknown-source.yaml#0/lost', 'lost', 'testkube', 'testkube', '2.1.0', 9],
      ['apps/testkube/unknown-source.yaml#1/ambiguous', 'ambiguous', 'qa', 'testkube', '2.1.0', 23]
    ])
    const agent = byId(releases, 'apps/testkube/agent-v2beta1.yaml#0/testkube-agent')
    expect(agent.notes).toBeUndefined()
    expect(agent).toMatchObject({
      source: 'flux-helmrelease',
      file: 'apps/testkube/agent-v2beta1.yaml',
      valuesPrefix: '',
      scopes: [{ chart: 'testkube', version: '1.9.26', prefix: '' }]
    })
    expect(agent.layers).toEqual([
      {
        label: 'spec.values',
        kind: 'inline',
        file: 'apps/testkube/agent-v2beta1.yaml',
        line: 17,
        yamlPath: 'spec.values',
        values: { 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } } },
        target: {
          type: 'yaml-map',
          file: 'apps/testkube/agent-v2beta1.yaml',
          docIndex: 0,
          nodePath: ['spec', 'values']
        },
        addTarget: true
      }
    ])
    // OCI HelmRepository (`type: oci`) in flux-system, found from a release in flux-system with targetNamespace.
    expect(
      byId(releases, 'apps/testkube/enterprise-v2beta2.yaml#0/testkube-enterprise').notes
    ).toBeUndefined()
    // The same-namespace HelmRepository wins over the one in flux-system; it is a mirror.
    expect(byId(releases, 'apps/testkube/runner-v2.yaml#1/runner').notes).toEqual([
      "repository not verified: chart 'testkube-runner' from https://charts.example.com/mirror, not a repository that publishes it"
    ])
    expect(byId(releases, 'apps/testkube/unknown-source.yaml#0/lost').notes).toEqual([
      'repository not verified: HelmRepository testkube/elsewhere not found in the repository'
    ])
    expect(byId(releases, 'apps/testkube/unknown-source.yaml#1/ambiguous').notes).toEqual([
      'repository not verified: HelmRepository qa/kubeshop is ambiguous: 2 HelmRepository objects named kubeshop ' +
        '(apps/testkube/runner-v2.yaml, infra/sources/helm-repositories.yaml)'
    ])
    // istiod goes to the mesh detector: no scopes, values kept.
    const istiod = byId(releases, 'apps/mesh/istiod.yaml#0/istiod')
    expect(istiod.scopes).toEqual([])
    expect(istiod.layers[0].values).toEqual({ pilot: { env: { ENABLE_NATIVE_SIDECARS: 'true' } } })
  })

  it('follows chartRef to an OCIRepository (tag, semver) and a HelmChart', async () => {
    const releases = await extract('chartref')
    expect(releases.map(r => [r.name, r.chart, r.chartVersion, r.line, r.notes])).toEqual([
      ['by-tag', 'testkube', '2.1.254', 7, undefined],
      ['by-semver', 'testkube-runner', '>=2.0.0 <3.0.0', 21, undefined],
      ['by-helmchart', 'testkube', '2.1.200', 31, undefined],
      [
        'by-missing-oci',
        'testkube',
        null,
        42,
        [
          'repository not verified: OCIRepository testkube/testkube not found in the repository; ' +
            'chart name taken from the chartRef name'
        ]
      ]
    ])
    const helmChart = releases[2]
    expect(layerSummary(helmChart.layers)).toEqual([
      'remote | HelmChart testkube-helmchart (sources/oci.yaml) valuesFiles[0] (values.yaml) | null:null | read-only: inside the chart source',
      'remote | HelmChart testkube-helmchart (sources/oci.yaml) valuesFiles[1] (values-istio.yaml) | null:null | read-only: inside the chart source',
      'inline | spec.values | apps/releases.yaml:30 | add | yaml-map'
    ])
    expect(helmChart.layers.slice(0, 2).map(l => l.values)).toEqual([null, null])
  })
})

describe('valuesFrom', () => {
  it('orders every source of values like helm-controller and never reads a Secret', async () => {
    const releases = await extract('valuesfrom')
    expect(releases).toHaveLength(1)
    const r = releases[0]
    expect(r).toMatchObject({
      id: 'apps/testkube/helmrelease.yaml#0/testkube',
      name: 'testkube',
      namespace: 'testkube'
    })
    expect(layerSummary(r.layers)).toEqual([
      'embedded-yaml | valuesFrom[0] ConfigMap testkube-embedded | apps/testkube/values-configmap.yaml:6 | yaml-embedded',
      'embedded-yaml | valuesFrom[1] ConfigMap testkube-embedded (custom.yaml) | apps/testkube/values-configmap.yaml:11 | yaml-embedded',
      'values-file | valuesFrom[2] ConfigMap testkube-file-values ← apps/testkube/values.yaml | apps/testkube/values.yaml:2 | yaml-map',
      'values-file | valuesFrom[3] ConfigMap testkube-keyed (overrides) ← apps/testkube/config/overrides.yaml | apps/testkube/config/overrides.yaml:1 | yaml-map',
      'secret | valuesFrom[4] Secret testkube-secret-values | apps/testkube/helmrelease.yaml:25 | read-only: Secret testkube-secret-values (never read)',
      'remote | valuesFrom[6] ConfigMap not-in-repo | apps/testkube/helmrelease.yaml:30 | read-only: ConfigMap not-in-repo not found in the repository',
      'secret | valuesFrom[13] Secret testkube-generated-secret (password) | apps/testkube/helmrelease.yaml:56 | read-only: Secret testkube-generated-secret (never read)',
      'inline | spec.values | apps/testkube/helmrelease.yaml:60 | add | yaml-map',
      'target-path | valuesFrom[7] ConfigMap testkube-embedded (inject) → testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject | apps/testkube/values-configmap.yaml:14',
      'target-path | valuesFrom[8] ConfigMap testkube-literals (replicas) → testkube-api.replicaCount | apps/testkube/kustomization.yaml:19',
      'target-path | valuesFrom[9] ConfigMap testkube-literals (inject) → testkube-operator.podAnnotations.sidecar\\.istio\\.io/inject | apps/testkube/kustomization.yaml:18',
      'target-path | valuesFrom[10] ConfigMap testkube-literals (plain) → testkube-api.enabled | apps/testkube/kustomization.yaml:20',
      'target-path | valuesFrom[11] ConfigMap testkube-keyed (inject.txt) → testkube-dashboard.podAnnotations.sidecar\\.istio\\.io/inject | apps/testkube/config/inject.txt:1',
      'secret | valuesFrom[12] Secret testkube-secret-values (token) → testkube-api.cloud.key | apps/testkube/helmrelease.yaml:52 | read-only: Secret testkube-secret-values (never read)'
    ])
    const [embedded, custom, file, keyed] = r.layers
    expect(embedded).toMatchObject({
      yamlPath: 'data["values.yaml"]',
      values: { 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } } },
      target: {
        type: 'yaml-embedded',
        file: 'apps/testkube/values-configmap.yaml',
        docIndex: 0,
        nodePath: ['data', 'values.yaml']
      }
    })
    expect(custom.values).toEqual({ 'testkube-dashboard': { enabled: false } })
    // A configMapGenerator file is patched in place, so the hash suffix rolls the release.
    expect(file).toMatchObject({
      yamlPath: '',
      values: { 'testkube-api': { minio: { enabled: false } } },
      target: { type: 'yaml-map', file: 'apps/testkube/values.yaml', docIndex: 0, nodePath: [] }
    })
    expect(keyed.values).toEqual({ 'testkube-operator': { enabled: false } })

    const sets = r.layers.filter(l => l.kind === 'target-path').map(l => l.sets)
    expect(sets).toEqual([
      [
        {
          path: ['testkube-api', 'jobPodAnnotations', 'sidecar.istio.io/inject'],
          value: 'false',
          forceString: true,
          index: 7,
          line: 14
        }
      ],
      [{ path: ['testkube-api', 'replicaCount'], value: 2, forceString: false, index: 8, line: 19 }],
      [
        {
          path: ['testkube-operator', 'podAnnotations', 'sidecar.istio.io/inject'],
          value: 'false',
          forceString: true,
          index: 9,
          line: 18
        }
      ],
      // `plain="false"`: kustomize drops the quotes, so helm-controller sets the boolean.
      [{ path: ['testkube-api', 'enabled'], value: false, forceString: false, index: 10, line: 20 }],
      [
        {
          path: ['testkube-dashboard', 'podAnnotations', 'sidecar.istio.io/inject'],
          value: 'false',
          forceString: true,
          index: 11,
          line: 1
        }
      ]
    ])
    expect(r.layers.filter(l => l.kind === 'target-path').every(l => l.values === null && !l.target)).toBe(
      true
    )
    expect(r.layers.filter(l => l.kind === 'secret').every(l => l.values === null && !l.target)).toBe(true)

    expect(r.notes).toEqual([
      'namespace testkube set by apps/testkube/kustomization.yaml',
      'ConfigMap not-in-repo-optional not found in the repository; valuesFrom[5] is optional and skipped',
      'valuesFrom entries with targetPath are applied after spec.values (helm-controller v1.0+, PR #1060); ' +
        'older controllers let spec.values win',
      'valuesFrom[7] ConfigMap testkube-embedded (inject) → testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject: ' +
        'spec.values also sets testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject and valuesFrom[0] ConfigMap ' +
        'testkube-embedded fills testkube-api.jobPodAnnotations, so helm-controller keeps the spec.values value'
    ])

    const json = JSON.stringify(releases)
    for (const secret of ['SUPERSECRETVALUE', 'U1VQRVJTRUNSRVRWQUxVRQ==', 'GENERATEDSECRETVALUE'])
      expect(json).not.toContain(secret)
  })
})

describe('namespaces from kustomizations', () => {
  it('gives a HelmRelease without metadata.namespace the kustomization namespace (rows 44-45)', async () => {
    const releases = await extract('namespaces')
    const plain = byId(releases, 'apps/plain/release.yaml#0/testkube')
    expect(plain).toMatchObject({ namespace: 'testkube', chartVersion: '1.16.17', line: 9 })
    // The HelmRepository has no namespace either: both get testkube, and the lookup is exact.
    expect(plain.notes).toEqual(['namespace testkube set by apps/plain/kustomization.yaml'])
  })
  it('lets the outermost kustomization namespace override metadata.namespace', async () => {
    const releases = await extract('namespaces')
    const nested = byId(releases, 'apps/nested/release.yaml#0/testkube-nested')
    expect(nested.namespace).toBe('tk-prod')
    // The sourceRef names namespace testkube, where the kustomization put the HelmRepository.
    expect(nested.notes).toEqual([
      'namespace tk-prod set by clusters/prod/kustomization.yaml overrides metadata.namespace default'
    ])
  })
})

describe('kustomize overlays', () => {
  it('reports a HelmRelease once per overlay that builds it with different values', async () => {
    const releases = await extract('overlays')
    expect(releases.map(r => [r.id, r.namespace])).toEqual([
      ['app/base/helmrelease.yaml#0/testkube@app/overlays/dev', 'testkube'],
      ['app/base/helmrelease.yaml#0/testkube@app/overlays/prod', 'testkube-prod'],
      ['envs/base/helmrelease.yaml#0/testkube-env@envs/production', 'testkube'],
      ['envs/base/helmrelease.yaml#0/testkube-env@envs/staging', 'testkube']
    ])
    const [dev, prod, production, staging] = releases
    // behavior: merge replaces the base's values.yaml key with the overlay's file.
    expect(layerSummary(dev.layers)).toEqual([
      'values-file | valuesFrom[0] ConfigMap testkube-values ← app/overlays/dev/values.yaml | app/overlays/dev/values.yaml:1 | yaml-map',
      'inline | spec.values | app/base/helmrelease.yaml:5 | add | yaml-map'
    ])
    expect(dev.notes?.[0]).toBe('as built by app/overlays/dev/kustomization.yaml')
    // A strategic-merge patch of spec.values is a layer above spec.values; a JSON 6902 patch is noted.
    expect(layerSummary(prod.layers)).toEqual([
      'values-file | valuesFrom[0] ConfigMap testkube-values ← app/base/values.yaml | app/base/values.yaml:1 | yaml-map',
      'inline | spec.values | app/base/helmrelease.yaml:5 | add | yaml-map',
      'inline | patches[0] in app/overlays/prod/kustomization.yaml: spec.values | app/overlays/prod/helmrelease-patch.yaml:6 | yaml-map'
    ])
    expect(prod.layers[2].values).toEqual({ 'testkube-operator': { enabled: false } })
    expect(prod.notes).toEqual([
      'as built by app/overlays/prod/kustomization.yaml',
      'namespace testkube-prod set by app/overlays/prod/kustomization.yaml',
      'patches[0] in app/overlays/prod/kustomization.yaml also changes spec.install (not followed)',
      'patches[1] in app/overlays/prod/kustomization.yaml is a JSON 6902 patch of this HelmRelease; it is not applied here'
    ])
    // Each environment generates its own ConfigMap of the same name.
    expect(production.layers[0].file).toBe('envs/production/production-values.yaml')
    expect(staging.layers[0].file).toBe('envs/staging/staging-values.yaml')
    expect(staging.layers[0].values).toEqual({ 'testkube-api': { logs: { storage: 'staging' } } })
  })
})

describe('templating, versions and empty values', () => {
  it('keeps ${var} substitutions raw and reads floating, "*" and empty values', async () => {
    const releases = await extract('misc')
    expect(releases.map(r => [r.id, r.chartVersion])).toEqual([
      ['platform-chart/templates/testkube.yaml#0/testkube', '{{ .Values.testkube.version | quote }}'],
      ['releases.yaml#1/substituted', '${testkube_version}'],
      // Flux's HelmChart version defaults to `*`.
      ['releases.yaml#2/floating', '*'],
      ['releases.yaml#3/star', '*'],
      ['releases.yaml#4/not-a-map', '2.10'],
      ['releases.yaml#6/null-values', '*']
    ])
    const sub = byId(releases, 'releases.yaml#1/substituted')
    expect(sub).toMatchObject({ name: '${tenant}-testkube-substituted', namespace: '${tenant}-testkube' })
    expect(sub.layers[0].values).toEqual({
      'testkube-api': {
        jobPodAnnotations: { 'sidecar.istio.io/inject': '${inject:=false}' },
        uiIngress: { host: 'testkube.${cluster_domain}' }
      }
    })
    // The HelmRepository's namespace is substituted the same way: an exact match, so no note about it.
    expect(sub.notes).toEqual([
      'Flux post-build substitution (${var}) is not resolved; substituted values are treated as templated'
    ])
    // Commented-out values (row 6): spec.values is created where the fixer needs it.
    expect(layerSummary(byId(releases, 'releases.yaml#2/floating').layers)).toEqual([
      'inline | spec.values | releases.yaml:37 | add | yaml-map'
    ])
    const star = byId(releases, 'releases.yaml#3/star')
    expect(star.layers[0]).toMatchObject({ values: {}, line: 61, addTarget: true })
    expect(star.notes).toContain(
      'spec.postRenderers change the rendered manifests after Helm; they are not checked'
    )
    expect(layerSummary(byId(releases, 'releases.yaml#4/not-a-map').layers)).toEqual([
      'inline | spec.values | releases.yaml:85 | read-only: spec.values is not a map'
    ])
    expect(byId(releases, 'releases.yaml#6/null-values').layers[0]).toMatchObject({
      values: {},
      line: 112,
      addTarget: true
    })
    // A HelmRelease inside a chart's templates: values unknown, nothing written.
    const templ = byId(releases, 'platform-chart/templates/testkube.yaml#0/testkube')
    expect(layerSummary(templ.layers)).toEqual([
      'inline | spec.values | platform-chart/templates/testkube.yaml:15 | read-only: platform-chart/templates/testkube.yaml is a Go template'
    ])
    expect(templ.layers[0].values).toBeNull()
  })
})

describe('charts in this repository (GitRepository source)', () => {
  it('reads an umbrella chart dir and a vendored chart, and consumes their chart-dir releases', async () => {
    const releases = await extract('umbrella', ['https://github.com/acme/gitops'])
    // `charts/wrappers/testkube` is a chart of this repository that is not Testkube's: no release.
    expect(releases.map(r => r.id)).toEqual([
      'clusters/releases.yaml#0/tk-umbrella',
      'clusters/releases.yaml#1/vendored',
      'clusters/releases.yaml#2/from-upstream-git'
    ])
    const umbrella = byId(releases, 'clusters/releases.yaml#0/tk-umbrella')
    expect(umbrella).toMatchObject({
      name: 'testkube-tk-umbrella',
      namespace: 'testkube',
      chart: 'testkube',
      chartVersion: '2.1.254',
      valuesPrefix: 'tk.',
      consumes: ['chart-dir:charts/tk-umbrella'],
      scopes: [
        {
          chart: 'testkube',
          version: '2.1.254',
          prefix: 'tk.',
          enabledBy: { path: ['tk', 'enabled'], defaultEnabled: true }
        }
      ]
    })
    // Read by the chart-directory reader Argo CD path sources share, which says what the directory is.
    expect(umbrella.notes).toEqual(['umbrella chart charts/tk-umbrella/Chart.yaml'])
    expect(layerSummary(umbrella.layers)).toEqual([
      'values-file | umbrella values (charts/tk-umbrella/values.yaml) | charts/tk-umbrella/values.yaml:1 | yaml-map',
      'inline | spec.values | clusters/releases.yaml:14 | add | yaml-map'
    ])
    const vendored = byId(releases, 'clusters/releases.yaml#1/vendored')
    expect(vendored).toMatchObject({ chart: 'testkube', chartVersion: '2.1.254', valuesPrefix: '' })
    // valuesFiles of a chart in this repository are repository paths, and replace the chart's values.yaml.
    expect(layerSummary(vendored.layers)).toEqual([
      'values-file | spec.chart.spec valuesFiles[0] (charts/vendored/testkube/values.yaml) | charts/vendored/testkube/values.yaml:1 | yaml-map',
      'values-file | spec.chart.spec valuesFiles[1] (charts/vendored/testkube/values-istio.yaml) | charts/vendored/testkube/values-istio.yaml:1 | yaml-map',
      'inline | spec.values | clusters/releases.yaml:25 | add | yaml-map'
    ])
    const upstream = byId(releases, 'clusters/releases.yaml#2/from-upstream-git')
    expect(upstream.notes).toEqual([
      'repository not verified: chart path ./charts/testkube in GitRepository kubeshop-charts (https://github.com/kubeshop/helm-charts)'
    ])
    expect(upstream.consumes).toBeUndefined()
  })
  it('reads the dependencies of a v1 umbrella chart from requirements.yaml, its repository by alias', async () => {
    const [platform] = await extract('umbrella-v1', ['https://github.com/acme/gitops'])
    expect(platform).toMatchObject({
      id: 'clusters/release.yaml#0/platform',
      chart: 'testkube',
      chartVersion: '1.16.18',
      valuesPrefix: 'testkube.',
      consumes: ['chart-dir:charts/platform'],
      scopes: [{ chart: 'testkube', version: '1.16.18', prefix: 'testkube.' }]
    })
    expect(layerSummary(platform.layers)).toEqual([
      'values-file | umbrella values (charts/platform/values.yaml) | charts/platform/values.yaml:1 | yaml-map',
      'inline | spec.values | clusters/release.yaml:15 | add | yaml-map'
    ])
  })
  it('hands an istiod-only umbrella chart to the mesh detector with its version and prefix', async () => {
    const [mesh] = await extract('umbrella-istiod', ['https://github.com/acme/gitops'])
    expect(mesh).toMatchObject({
      id: 'clusters/release.yaml#0/mesh',
      chart: 'istiod',
      chartVersion: '1.23.2',
      valuesPrefix: 'istio.',
      scopes: [],
      consumes: ['chart-dir:charts/mesh']
    })
  })
  it('takes a chart path that exists here as this repository when no URL of it is known', async () => {
    const releases = await extract('umbrella')
    expect(byId(releases, 'clusters/releases.yaml#0/tk-umbrella').notes).toEqual([
      'umbrella chart charts/tk-umbrella/Chart.yaml',
      'GitRepository flux-system (ssh://git@github.com/acme/gitops.git) taken as this repository: charts/tk-umbrella exists here'
    ])
  })
})

describe('corpus (rows 6-7, 18, 31, 34-46)', () => {
  const corpus = (repo: string): Promise<Release[]> => extract(join('corpus', repo))

  it('row 6-7: v2beta1 in flux-system, targetNamespace, commented-out values', async () => {
    const [r] = await corpus('lreimer__hands-on-testkube')
    expect(r).toMatchObject({
      id: 'k8s/infrastructure/testkube/testkube-release.yaml#0/testkube',
      name: 'testkube',
      namespace: 'testkube',
      chart: 'testkube',
      chartVersion: '1.9.26',
      line: 12
    })
    expect(r.notes).toBeUndefined()
    expect(layerSummary(r.layers)).toEqual([
      'inline | spec.values | k8s/infrastructure/testkube/testkube-release.yaml:6 | add | yaml-map'
    ])
  })

  it('row 18: inline values with base64 job templates left as they are, HelmRepository not stored', async () => {
    const [r] = await corpus('hiero-ledger__hiero-mirror-node')
    expect(r).toMatchObject({ name: 'testkube', namespace: 'testkube', chartVersion: '1.15.26', line: 9 })
    expect(r.notes).toEqual([
      'repository not verified: HelmRepository testkube/testkube not found in the repository'
    ])
    const values = r.layers[0].values as { 'testkube-api': { templates: { job: string } } }
    expect(values['testkube-api'].templates.job).toMatch(/^YXBpVmVyc2lvbjogYmF0Y2gvdjEK/)
    expect(r.layers[0]).toMatchObject({ line: 26, addTarget: true })
  })

  it('row 31: multi-document file with a leading ---, version "*"', async () => {
    const releases = await corpus('aabedraba__testkube-flux')
    expect(releases.map(r => [r.id, r.name, r.namespace, r.chartVersion, r.line, r.notes])).toEqual([
      [
        'infrastructure/controllers/testkube.yaml#1/testkube-helm-release',
        'testkube',
        'testkube',
        '*',
        20,
        undefined
      ]
    ])
  })

  it('rows 34-37: ${var} namespaces, valuesFrom a ConfigMap holding the whole values.yaml', async () => {
    const [r] = await corpus('rodrigodelmonte__qa-testkube')
    expect(r).toMatchObject({
      name: 'testkube',
      namespace: '${releaseNamespace}',
      chart: 'testkube',
      chartVersion: '1.12.16',
      line: 9
    })
    expect(layerSummary(r.layers)).toEqual([
      'embedded-yaml | valuesFrom[0] ConfigMap testkube-1.12.16-defaults | services/testkube/1.12.16/defaults/cm.yaml:8 | yaml-embedded',
      'inline | spec.values | services/testkube/1.12.16/testkube.yaml:6 | add | yaml-map'
    ])
    expect(r.layers[0].values).toMatchObject({ 'testkube-api': { fullnameOverride: 'testkube-api-server' } })
    expect(r.notes).toEqual([
      'HelmRepository ${releaseNamespace}/kubeshop matched by name only (found in namespace ${workspaceNamespace}, ' +
        'helm-repositories/kubeshop/kubeshop.yaml)',
      'Flux post-build substitution (${var}) is not resolved; substituted values are treated as templated'
    ])
  })

  it('rows 38-40, 44-46: values: {} and a namespace from the kustomization', async () => {
    const releases = await corpus('devantler-tech__platform')
    expect(releases.map(r => [r.id, r.namespace, r.chartVersion, r.line, r.notes])).toEqual([
      [
        'k8s/bases/infrastructure/controllers/testkube/helm-release.yaml#0/testkube',
        'testkube',
        '2.10.0',
        15,
        undefined
      ],
      [
        'k8s/infrastructure/testkube/release.yaml#0/testkube',
        'testkube',
        '1.16.17',
        13,
        ['namespace testkube set by k8s/infrastructure/testkube/kustomization.yaml']
      ]
    ])
    for (const r of releases)
      expect(r.layers).toEqual([expect.objectContaining({ values: {}, addTarget: true })])
  })

  it('rows 42-43: no version (Flux floats it as "*"), HelmRepository named kubeshop', async () => {
    const [r] = await corpus('devantler-tech__testkube-poc')
    expect(r).toMatchObject({ name: 'testkube', namespace: 'testkube', chartVersion: '*', line: 10 })
    expect(r.notes).toBeUndefined()
  })
})

describe('with the other readers', () => {
  it('is the one release people see for a chart dir or a values file it reads', async () => {
    const { helmUmbrellaReader } = await import('../../helm-umbrella/index.js')
    const { helmValuesReader } = await import('../../helm-values/index.js')
    const { dedupeReleases } = await import('../../../engine/dedupe.js')
    const readers = [helmUmbrellaReader, fluxHelmReleaseReader, helmValuesReader]
    for (const [fixture, urls] of [
      ['umbrella', ['https://github.com/acme/gitops']],
      ['valuesfrom', []],
      ['overlays', []]
    ] as const) {
      const { releases } = await extractFromDir(readers, join(fixtures, fixture), [...urls])
      const seen = dedupeReleases(releases)
      expect(seen.every(r => r.source === 'flux-helmrelease')).toBe(true)
    }
  })
})

describe('bad input', () => {
  it('never throws: odd shapes are skipped, unparseable embedded values are read-only', async () => {
    const { releases, ctx } = await extractFromDir([fluxHelmReleaseReader], join(fixtures, 'broken'))
    expect(releases.map(r => [r.id, r.namespace, r.chartVersion])).toEqual([
      // kustomizations that include each other: the walk stops at the cycle.
      ['a/release.yaml#0/odd', 'ns-b', '2'],
      ['a/release.yaml#3/weird-values', 'ns-b', '*']
    ])
    expect(releases[0].notes).toContain('repository not verified: spec.chart.spec.sourceRef has no name')
    // An inline strategic-merge patch: values known, nowhere to write.
    expect(layerSummary(releases[0].layers)).toEqual([
      'inline | spec.values | a/release.yaml:5 | add | yaml-map',
      'inline | patchesStrategicMerge[0] in a/kustomization.yaml: spec.values | a/kustomization.yaml:16'
    ])
    expect(layerSummary(releases[1].layers)).toEqual([
      'embedded-yaml | valuesFrom[0] ConfigMap bad-embedded | a/configmaps.yaml:6 | read-only: data["values.yaml"] does not parse as YAML',
      'embedded-yaml | valuesFrom[1] ConfigMap list-embedded | a/configmaps.yaml:14 | read-only: data["values.yaml"] is not a map of values',
      'inline | spec.values | a/release.yaml:37 | add | yaml-map'
    ])
    expect(ctx.errors()).toEqual([
      expect.objectContaining({
        file: 'a/configmaps.yaml',
        message: expect.stringMatching(/^data\["values.yaml"\]: /)
      })
    ])
  })
})
