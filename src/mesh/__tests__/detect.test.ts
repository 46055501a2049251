import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { discoverFiles } from '../../discover/files.js'
import { createContext, type ScanContext } from '../../engine/context.js'
import { decideMesh, detectMeshFacts, MESH_FILTER, type MeshFacts } from '../detect.js'
import type { Release, ValueLayer } from '../../model.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')

async function context(name: string): Promise<ScanContext> {
  const dir = join(fixtures, name)
  return createContext(dir, await discoverFiles(dir), [MESH_FILTER], [])
}

async function facts(name: string, istiod: Release[] = []): Promise<MeshFacts> {
  return detectMeshFacts(await context(name), istiod)
}

function release(over: Partial<Release> = {}): Release {
  return {
    id: 'r',
    name: 'testkube',
    namespace: 'testkube',
    source: 'flux-helmrelease',
    file: 'apps/testkube.yaml',
    line: 3,
    chart: 'testkube',
    chartVersion: null,
    valuesPrefix: '',
    layers: [],
    scopes: [{ chart: 'testkube', version: null, prefix: '' }],
    ...over
  }
}

function fileLayer(ctx: ScanContext, file: string): ValueLayer {
  return {
    label: file,
    kind: 'values-file',
    file,
    line: 1,
    yamlPath: '',
    values: ctx.getFile(file)?.js(0) as Record<string, unknown>,
    target: { type: 'yaml-map', file, docIndex: 0, nodePath: [] }
  }
}

describe('native sidecars', () => {
  it('finds ENABLE_NATIVE_SIDECARS "true" in an IstioOperator', async () => {
    const f = await facts('iop-true')
    expect(f.nativeSidecars).toEqual([{ file: 'istio-operator.yaml', line: 11 }])
    const mesh = decideMesh(release(), f, 'auto')
    expect(mesh).toEqual({
      mode: 'native-sidecars',
      reason: 'Istio ENABLE_NATIVE_SIDECARS is true at istio-operator.yaml:11',
      evidence: [{ file: 'istio-operator.yaml', line: 11 }]
    })
  })

  it('lets spec.components.pilot.k8s.env (a bool true) win over spec.values.pilot.env', async () => {
    const f = await facts('iop-k8s-env')
    expect(f.nativeSidecars).toEqual([{ file: 'istio-operator.yaml', line: 23 }])
    expect(f.nativeSidecarsOther).toEqual([])
  })

  it('does not count false; explains why auto is not evidence', async () => {
    const off = await facts('iop-false')
    expect(off.nativeSidecars).toEqual([])
    expect(off.nativeSidecarsOther).toEqual([
      { location: { file: 'istio-operator.yaml', line: 7 }, value: 'false' }
    ])
    expect(decideMesh(release(), off, 'auto')).toMatchObject({
      mode: 'sidecar',
      reason:
        'no native sidecars or ambient mode declared in the repository; ENABLE_NATIVE_SIDECARS is false at istio-operator.yaml:7'
    })

    const auto = await facts('iop-auto')
    expect(auto.nativeSidecars).toEqual([])
    const mesh = decideMesh(release(), auto, 'auto')
    expect(mesh.mode).toBe('sidecar')
    expect(mesh.reason).toMatch(/^no native sidecars or ambient mode declared in the repository; /)
    expect(mesh.reason).toMatch(/"auto" at istio-operator\.yaml:7, .*Kubernetes 1\.33/)
    expect(mesh.evidence).toEqual([{ file: 'istio-operator.yaml', line: 7 }])
  })

  it('reads a plain istiod values file only when it is clearly istiod', async () => {
    const f = await facts('istiod-values')
    expect(f.nativeSidecars).toEqual([{ file: 'platform/istio/istiod-values.yaml', line: 4 }])
  })

  it('judges an istiod release by its highest layer: env vs pilot.env', async () => {
    const ctx = await context('istiod-release')
    const base = fileLayer(ctx, 'istiod-base.yaml')
    const prod = fileLayer(ctx, 'istiod-prod.yaml')
    const pilot = fileLayer(ctx, 'istiod-pilot.yaml')
    const istiod = (layers: ValueLayer[], chartVersion: string | null = null): Release =>
      release({ id: 'istiod', chart: 'istiod', namespace: 'istio-system', layers, chartVersion, scopes: [] })

    // env: the prod layer (bool true) overrides the base layer ("false"); the base file is not read again alone.
    let f = detectMeshFacts(ctx, [istiod([base, prod])])
    expect(f.nativeSidecars).toEqual([{ file: 'istiod-prod.yaml', line: 3 }])
    // istiod-pilot.yaml is not a layer of that release, so it is read as a plain istiod values file.
    expect(f.nativeSidecarsOther?.map(o => o.location.file)).toEqual(['istiod-pilot.yaml'])

    // pilot.env wins over env, whatever the layer order.
    f = detectMeshFacts(ctx, [istiod([base, prod, pilot])])
    expect(f.nativeSidecars).toEqual([])
    expect(f.nativeSidecarsOther).toEqual([
      { location: { file: 'istiod-pilot.yaml', line: 3 }, value: '"false"' }
    ])

    // env alone on a chart pinned below 1.24 has no effect.
    f = detectMeshFacts(ctx, [istiod([prod], '1.23.2')])
    expect(f.nativeSidecars).toEqual([])
    expect(f.nativeSidecarsOther?.[0]?.value).toMatch(/under env, which istiod 1\.23\.2 does not read/)

    // --set style layers and a values prefix (istiod inside an umbrella).
    const sets: ValueLayer = {
      label: 'helm.parameters',
      kind: 'parameters',
      file: 'app.yaml',
      line: 9,
      yamlPath: 'spec.source.helm.parameters',
      values: null,
      sets: [
        {
          path: ['mesh', 'pilot', 'env', 'ENABLE_NATIVE_SIDECARS'],
          value: 'true',
          forceString: true,
          index: 0,
          line: 11
        }
      ]
    }
    f = detectMeshFacts(
      ctx,
      [istiod([sets])].map(r => ({ ...r, valuesPrefix: 'mesh.' }))
    )
    expect(f.nativeSidecars).toEqual([{ file: 'app.yaml', line: 11 }])
  })
})

describe('ambient', () => {
  it('maps namespaces labelled ambient, not those also labelled for injection or opted out', async () => {
    const f = await facts('ambient')
    expect([...f.ambientNamespaces]).toEqual([['testkube', { file: 'namespaces.yaml', line: 6 }]])
  })

  it('ambient wins over native sidecars for a release in that namespace', async () => {
    const f = await facts('ambient')
    expect(decideMesh(release({ namespace: 'testkube' }), f, 'auto')).toEqual({
      mode: 'ambient',
      reason: "namespace 'testkube' is labelled istio.io/dataplane-mode: ambient at namespaces.yaml:6",
      evidence: [{ file: 'namespaces.yaml', line: 6 }]
    })
    expect(decideMesh(release({ namespace: 'other' }), f, 'auto').mode).toBe('native-sidecars')
  })

  it('reads an Argo CD managed namespace labelled ambient', async () => {
    const f = await facts('argo-ambient')
    expect([...f.ambientNamespaces]).toEqual([['testing', { file: 'application.yaml', line: 15 }]])
  })

  it('says when the release namespace is unknown', async () => {
    const f = await facts('argo-ambient')
    const mesh = decideMesh(release({ namespace: null }), f, 'auto')
    expect(mesh.mode).toBe('sidecar')
    expect(mesh.reason).toMatch(
      /namespaces testing run in ambient mode, but the release's namespace is not known/
    )
  })
})

describe('decideMesh settings', () => {
  it('on and off override detection', async () => {
    const f = await facts('ambient')
    expect(decideMesh(release(), f, 'on')).toEqual({
      mode: 'native-sidecars',
      reason: 'native sidecars declared on by --native-sidecars on',
      evidence: []
    })
    expect(decideMesh(release(), f, 'off')).toEqual({
      mode: 'sidecar',
      reason: 'native sidecars declared off by --native-sidecars off',
      evidence: []
    })
  })

  it('defaults to sidecar with no evidence', async () => {
    const f = await facts('none')
    expect(decideMesh(release(), f, 'auto')).toEqual({
      mode: 'sidecar',
      reason: 'no native sidecars or ambient mode declared in the repository',
      evidence: []
    })
  })
})

describe('MESH_FILTER', () => {
  it('admits IstioOperator and dataplane-mode files', () => {
    expect(
      MESH_FILTER.mayContain('a.yaml', 'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\n')
    ).toBe(true)
    expect(MESH_FILTER.mayContain('a.yaml', 'labels:\n  istio.io/dataplane-mode: ambient\n')).toBe(true)
    expect(MESH_FILTER.mayContain('a.yaml', 'kind: Namespace\n')).toBe(false)
  })
})
