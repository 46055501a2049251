import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFromDir } from '../../../testing/extract.js'
import type { Release, ScanError, ValueLayer } from '../../../model.js'
import { argocdApplicationSetReader } from '../index.js'
import { argocdApplicationReader } from '../../argocd/index.js'

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')
const ACME = ['https://github.com/acme/gitops']

async function extract(fixture: string): Promise<{ releases: Release[]; errors: ScanError[] }> {
  const { releases, ctx } = await extractFromDir([argocdApplicationSetReader], join(FIXTURES, fixture), ACME)
  return { releases, errors: ctx.errors() }
}

function shape(layers: ValueLayer[]): [string, string | null, string | undefined, boolean][] {
  return layers.map(l => [l.label, l.file, l.readOnlyReason, l.addTarget === true])
}

const ONE_PER_TEMPLATE = 'ApplicationSet: one release stands for every Application the template generates'
const PATCH = 'in spec.templatePatch, a template rendered for each Application'

describe('argocdApplicationSetReader', () => {
  it('tests the text for argoproj.io/ and ApplicationSet', () => {
    expect(
      argocdApplicationSetReader.mayContain(
        'a.yaml',
        'apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\n'
      )
    ).toBe(true)
    expect(
      argocdApplicationSetReader.mayContain('a.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n')
    ).toBe(false)
  })

  it('is not read by the Application reader, and does not read Applications', async () => {
    const dir = join(FIXTURES, 'fasttemplate')
    const { releases } = await extractFromDir([argocdApplicationReader], dir, ACME)
    expect(releases).toEqual([])
    const apps = join(FIXTURES, '..', '..', 'argocd', '__fixtures__', 'chart-values')
    expect((await extractFromDir([argocdApplicationSetReader], apps, ACME)).releases).toEqual([])
  })

  describe('goTemplate', () => {
    it('reads one release per template source and judges only what is literal', async () => {
      const { releases, errors } = await extract('gotemplate')
      expect(errors).toEqual([])
      expect(releases).toHaveLength(1)
      const r = releases[0]
      expect(r).toMatchObject({
        id: 'appsets/testkube.yaml#0/testkube-clusters/sources[0]',
        name: 'testkube-clusters',
        namespace: 'testkube',
        source: 'argocd-applicationset',
        file: 'appsets/testkube.yaml',
        line: 27,
        chart: 'testkube',
        chartVersion: null,
        scopes: [{ chart: 'testkube', version: null, prefix: '' }]
      })
      expect(r.notes).toEqual([
        ONE_PER_TEMPLATE,
        "Application name template 'testkube-{{ .cluster }}'",
        'targetRevision is templated ({{ .version }})',
        "Helm release name 'testkube'",
        'spec.template.spec.sources[0].helm.values in appsets/testkube.yaml is ignored: helm.valuesObject is set'
      ])
      expect(shape(r.layers)).toEqual([
        ['valueFiles[0] $values/values/common.yaml', 'values/common.yaml', undefined, false],
        ['valueFiles[1] $values/values/{{ .cluster }}.yaml', null, 'templated path', false],
        ['helm.valuesObject', 'appsets/testkube.yaml', undefined, true],
        ['helm.parameters', 'appsets/testkube.yaml', undefined, false]
      ])
      expect(r.layers[2]).toMatchObject({
        values: { 'testkube-api': { minio: { enabled: false }, cloud: { url: '{{ .url }}' } } },
        target: {
          type: 'yaml-map',
          file: 'appsets/testkube.yaml',
          docIndex: 0,
          nodePath: ['spec', 'template', 'spec', 'sources', 0, 'helm', 'valuesObject']
        }
      })
      expect(r.layers[3].sets).toEqual([
        {
          path: ['testkube-api', 'jobPodAnnotations', 'sidecar.istio.io/inject'],
          value: 'false',
          forceString: true,
          index: 0,
          line: 45
        }
      ])
    })
  })

  describe('fasttemplate', () => {
    it('makes a templated values string read-only and never creates valuesObject beside it', async () => {
      const { releases, errors } = await extract('fasttemplate')
      expect(errors).toEqual([])
      expect(releases.map(r => r.id)).toEqual(['appset.yaml#0/testkube', 'appset.yaml#1/plain-template'])
      const r = releases[0]
      expect(r).toMatchObject({ chartVersion: '2.1.254', namespace: null })
      expect(shape(r.layers)).toEqual([
        ['helm.values', 'appset.yaml', 'templated', false],
        ['helm.parameters', 'appset.yaml', undefined, false]
      ])
      expect(r.layers[0].values).toEqual({
        'testkube-api': { cloud: { url: '{{metadata.annotations.agent-url}}' } }
      })
      expect(r.layers[0].target).toBeUndefined()
      expect(r.layers[1].sets?.[0]).toMatchObject({
        path: ['testkube-api', 'clusterName'],
        value: '{{name}}'
      })
    })

    it('creates valuesObject in the template when it is plain, and skips a templated chart name', async () => {
      const { releases } = await extract('fasttemplate')
      const plain = releases[1]
      expect(plain.namespace).toBe('testkube')
      expect(plain.notes).toContain("Application name template 'testkube-single'")
      expect(plain.layers).toEqual([
        {
          label: 'helm.valuesObject (new)',
          kind: 'inline',
          file: 'appset.yaml',
          line: 46,
          yamlPath: 'spec.template.spec.source.helm.valuesObject',
          values: {},
          target: {
            type: 'yaml-map',
            file: 'appset.yaml',
            docIndex: 1,
            nodePath: ['spec', 'template', 'spec', 'source', 'helm', 'valuesObject']
          },
          addTarget: true
        }
      ])
      expect(releases.some(r => r.name === 'any-chart')).toBe(false)
    })
  })

  describe('templatePatch', () => {
    it('merges the patch over the template source, read-only', async () => {
      const { releases, errors } = await extract('templatepatch')
      expect(errors).toEqual([])
      const r = releases.find(x => x.name === 'testkube-patched') as Release
      expect(r).toMatchObject({ id: 'appset.yaml#0/testkube-patched', chart: 'testkube', chartVersion: null })
      // The patch's targetRevision overrides the template's 2.1.254.
      expect(r.notes?.some(n => n.startsWith('targetRevision is templated'))).toBe(true)
      expect(shape(r.layers)).toEqual([
        ['helm.valuesObject', 'appset.yaml', undefined, true],
        ['helm.valuesObject (spec.templatePatch)', 'appset.yaml', PATCH, false],
        ['helm.parameters (spec.templatePatch)', 'appset.yaml', PATCH, false]
      ])
      const [, patchObject, patchParams] = r.layers
      expect(patchObject).toMatchObject({
        line: 35,
        yamlPath: 'spec.templatePatch:spec.source.helm.valuesObject'
      })
      expect(patchObject.target).toBeUndefined()
      expect(
        (patchObject.values as { 'testkube-api': { jobPodAnnotations: Record<string, string> } })[
          'testkube-api'
        ].jobPodAnnotations['sidecar.istio.io/inject']
      ).toContain('{{ .inject }}')
      expect(patchParams.sets).toEqual([
        { path: ['testkube-api', 'replicas'], value: 2, forceString: false, index: 0, line: 40 }
      ])
      expect(patchParams.target).toBeUndefined()
    })

    it('takes spec.sources from the patch in place of the template sources', async () => {
      const { releases } = await extract('templatepatch')
      const r = releases.find(x => x.name === 'patch-only-sources') as Release
      expect(r).toMatchObject({
        id: 'appset.yaml#1/patch-only-sources/templatePatch/sources[0]',
        chart: 'testkube-runner',
        chartVersion: '2.1.0',
        line: 72
      })
      expect(r.notes).toContain('spec.templatePatch sets spec.sources, which replace the template sources')
      expect(r.layers).toEqual([
        {
          label: 'helm.values (spec.templatePatch)',
          kind: 'embedded-yaml',
          file: 'appset.yaml',
          line: 76,
          yamlPath: 'spec.templatePatch:spec.sources[0].helm.values',
          values: { runner: { enabled: true } },
          readOnlyReason: PATCH
        }
      ])
    })
  })

  describe('git path', () => {
    it('follows a literal path to an umbrella chart; a templated value file path is read-only', async () => {
      const { releases, errors } = await extract('git-path')
      expect(errors).toEqual([])
      expect(releases).toHaveLength(1)
      const r = releases[0]
      expect(r).toMatchObject({
        id: 'appset.yaml#0/tk-envs',
        chart: 'testkube',
        valuesPrefix: 'tk.',
        namespace: null,
        consumes: ['chart-dir:charts/tk']
      })
      expect(shape(r.layers)).toEqual([
        ['umbrella chart values charts/tk/values.yaml', 'charts/tk/values.yaml', undefined, true],
        ['valueFiles[0] values-{{env}}.yaml', null, 'templated path', false]
      ])
    })
  })
})
