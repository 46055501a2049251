import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFromDir } from '../../../testing/extract.js'
import { dedupeReleases } from '../../../engine/dedupe.js'
import { helmUmbrellaReader } from '../../helm-umbrella/index.js'
import type { Release, ValueLayer } from '../../../model.js'
import { helmfileReader, parseSetValue } from '../index.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')

async function read(name: string) {
  const { releases, ctx } = await extractFromDir([helmfileReader], join(fixtures, name))
  return { releases, errors: ctx.errors() }
}

function byName(releases: Release[], name: string): Release {
  const r = releases.find(x => x.name === name)
  if (!r) throw new Error(`no release ${name} in ${releases.map(x => x.name).join(', ')}`)
  return r
}

const labels = (r: Release): string[] => r.layers.map(l => l.label)
const addTargets = (r: Release): ValueLayer[] => r.layers.filter(l => l.addTarget)

describe('helmfile reader', () => {
  it('tests the path and the text cheaply', () => {
    expect(helmfileReader.mayContain('helmfile.yaml', '')).toBe(true)
    expect(helmfileReader.mayContain('deploy/helmfile.yaml.gotmpl', '')).toBe(true)
    expect(helmfileReader.mayContain('helmfile.d/10-tk.yml', '')).toBe(true)
    expect(helmfileReader.mayContain('x/platform.yaml', 'releases:\n- name: a\n')).toBe(true)
    expect(helmfileReader.mayContain('x/values.yaml', 'image: {}\n')).toBe(false)
  })

  it('reads a release through its repository, with every value source in helmfile order', async () => {
    const { releases, errors } = await read('basic')
    expect(errors).toEqual([])
    // redis is not Testkube; environments and root `values:` are state values, never layers.
    expect(releases).toHaveLength(1)
    const r = releases[0]
    expect(r).toMatchObject({
      id: 'helmfile.yaml#0/testkube',
      name: 'testkube',
      namespace: 'testkube',
      source: 'helmfile',
      file: 'helmfile.yaml',
      line: 27,
      chart: 'testkube',
      chartVersion: '2.1.254',
      valuesPrefix: '',
      scopes: [{ chart: 'testkube', version: '2.1.254', prefix: '' }]
    })
    expect(r.notes).toBeUndefined()
    expect(labels(r)).toEqual([
      'valuesTemplate[0]',
      'values[0]',
      'values[1]',
      'values[2]',
      'values[3]',
      'secrets[0] (secrets/testkube.yaml)',
      'set',
      'setString',
      'set (file)'
    ])
    expect(r.layers.map(l => l.file)).toEqual([
      'values/template.yaml',
      'values/common.yaml',
      'helmfile.yaml',
      'values/prod.yaml',
      'helmfile.yaml',
      'secrets/testkube.yaml',
      'helmfile.yaml',
      'helmfile.yaml',
      'helmfile.yaml'
    ])
    const inline = r.layers[2]
    expect(inline).toMatchObject({
      kind: 'inline',
      line: 33,
      yamlPath: 'releases[1].values[1]',
      values: { 'testkube-api': { minio: { enabled: false } } },
      target: { type: 'yaml-map', file: 'helmfile.yaml', docIndex: 0, nodePath: ['releases', 1, 'values', 1] }
    })
    expect(JSON.stringify(r.layers)).not.toContain('"sidecar.istio.io/inject":"true"')
    // The last inline map takes missing keys.
    expect(addTargets(r)).toEqual([r.layers[4]])
  })

  it('reads secrets as read-only and set/setString as --set lists', async () => {
    const r = (await read('basic')).releases[0]
    const secret = r.layers.find(l => l.kind === 'secret')
    expect(secret).toMatchObject({ values: null, readOnlyReason: 'helmfile secrets (encrypted)' })
    expect(secret?.target).toBeUndefined()

    const set = r.layers.find(l => l.label === 'set')
    expect(set?.sets?.map(s => [s.path, s.value, s.forceString, s.index])).toEqual([
      [['testkube-api', 'jobPodAnnotations', 'sidecar.istio.io/inject'], false, false, 0],
      [['testkube-api', 'replicas'], 2, false, 1],
      [['testkube-api', 'list'], ['a', 3], false, 2]
    ])
    expect(set?.target).toEqual({
      type: 'set-list',
      file: 'helmfile.yaml',
      docIndex: 0,
      nodePath: ['releases', 1, 'set'],
      style: 'helmfile'
    })
    const setString = r.layers.find(l => l.label === 'setString')
    expect(setString?.sets?.[0]).toMatchObject({
      path: ['testkube-api', 'podAnnotations', 'traffic.sidecar.istio.io/excludeOutboundPorts'],
      value: '4222',
      forceString: true
    })
    expect(setString?.target).toMatchObject({ type: 'set-list', nodePath: ['releases', 1, 'setString'] })
    const setFile = r.layers.find(l => l.label === 'set (file)')
    expect(setFile).toMatchObject({ readOnlyReason: 'set from a file (--set-file)' })
    expect(setFile?.sets?.[0]).toMatchObject({ path: ['testkube-api', 'config'], index: 3 })
  })

  it('parses --set values as Helm strvals does', () => {
    expect(parseSetValue('false')).toBe(false)
    expect(parseSetValue('TRUE')).toBe(true)
    expect(parseSetValue('null')).toBe(null)
    expect(parseSetValue('0')).toBe(0)
    expect(parseSetValue('42')).toBe(42)
    expect(parseSetValue('-3')).toBe(-3)
    expect(parseSetValue('0123')).toBe('0123')
    expect(parseSetValue('1.5')).toBe('1.5')
    expect(parseSetValue('no')).toBe('no')
  })

  it('identifies OCI charts, OCI repositories and unresolved aliases', async () => {
    const { releases } = await read('oci')
    expect(byName(releases, 'tk-direct')).toMatchObject({ chart: 'testkube', chartVersion: '2.1.254' })
    expect(byName(releases, 'tk-direct').notes).toBeUndefined()
    expect(byName(releases, 'tk-repo')).toMatchObject({ chart: 'testkube', layers: [] })
    expect(byName(releases, 'tk-repo').notes).toEqual([
      "add a values file or an inline values map to release 'tk-repo' so that missing keys can be added"
    ])
    const alias = byName(releases, 'tk-alias')
    expect(alias.chart).toBe('testkube-enterprise')
    expect(alias.notes).toContain("repository given only as the alias 'kubeshop'")
  })

  it('resolves repositories per document of a multi-document state file', async () => {
    const { releases } = await read('multidoc')
    const first = byName(releases, 'testkube')
    const second = byName(releases, 'testkube-mirror')
    expect(first.id).toBe('helmfile.yaml#0/testkube')
    expect(second.id).toBe('helmfile.yaml#1/testkube-mirror')
    expect(first.notes?.join()).not.toContain('not a repository that publishes it')
    expect(first.notes).toContain(
      'a later document of this file also declares releases; helmfile keeps only the last list'
    )
    expect(second.notes?.[0]).toContain('not a repository that publishes it')
    expect(second.layers[0].target).toMatchObject({ docIndex: 1, nodePath: ['releases', 0, 'values', 0] })
  })

  it('applies inherit (templates first, except) and YAML merge keys; edits stay on the release', async () => {
    const { releases, errors } = await read('templates')
    expect(errors).toEqual([])
    const inherit = byName(releases, 'tk-inherit')
    expect(inherit).toMatchObject({ chart: 'testkube', namespace: 'testkube', line: 27 })
    expect(labels(inherit)).toEqual([
      'templates.base.values[0]',
      'templates.base.values[1]',
      'templates.common.values[0]',
      'values[0]',
      'templates.common.secrets[0] (config/secrets.yaml)',
      'templates.base.set'
    ])
    // A template's inline map is shared: read, never written.
    expect(inherit.layers[1].readOnlyReason).toContain("inherited from template 'base'")
    expect(inherit.layers[1].target).toBeUndefined()
    expect(inherit.layers[5].readOnlyReason).toContain("inherited from template 'base'")
    expect(addTargets(inherit).map(l => l.target)).toEqual([
      { type: 'yaml-map', file: 'helmfile.yaml', docIndex: 0, nodePath: ['releases', 0, 'values', 0] }
    ])

    const except = byName(releases, 'tk-except')
    expect(labels(except)).toEqual(['templates.base.set'])
    expect(addTargets(except)).toEqual([])

    const merged = byName(releases, 'tk-merge')
    expect(merged.chart).toBe('testkube')
    expect(labels(merged)).toEqual([
      'templates.base.values[0]',
      'templates.base.values[1]',
      'templates.base.set'
    ])
    expect(merged.layers[1].readOnlyReason).toContain("anchor 'base'")
    expect(addTargets(merged).map(l => l.file)).toEqual(['config/base.yaml'])

    // The release's own `values` replaces the anchor's (YAML merge: own keys win).
    const own = byName(releases, 'tk-merge-own')
    expect(labels(own)).toEqual(['values[0]', 'templates.base.set'])
    expect(own.layers[0].file).toBe('config/own.yaml')
  })

  it('reads a .gotmpl helmfile: templated scalars stay raw, generated YAML and .gotmpl templates are read-only', async () => {
    const { releases, errors } = await read('gotmpl')
    expect(errors).toEqual([])
    const ranged = byName(releases, 'testkube-{{ $name }}')
    expect(ranged).toMatchObject({ chart: 'testkube', chartVersion: null, namespace: '{{ $name }}' })
    expect(ranged.notes).toContain('version is templated ({{ $.Values.testkubeVersion }})')
    const [gotmpl, plain, templatedPath, inline, set] = ranged.layers
    expect(gotmpl.file).toBe('values/testkube.yaml.gotmpl')
    expect(gotmpl.target).toBeUndefined()
    expect(gotmpl.readOnlyReason).toContain('Go template')
    expect(gotmpl.values).toMatchObject({
      'testkube-api': { cloud: { orgId: '{{ .Values.orgId | quote }}' } }
    })
    expect(plain).toMatchObject({ file: 'values/plain.yaml.gotmpl', target: { type: 'yaml-map' } })
    expect(templatedPath).toMatchObject({
      file: null,
      values: null,
      readOnlyReason: 'the path is a Go template'
    })
    expect(inline.readOnlyReason).toBe('holds Go template control flow that helmfile renders first')
    expect(set.sets?.[0].value).toBe('{{ requiredEnv "TK_KEY" }}')
    expect(set.target?.type).toBe('set-list')
    expect(addTargets(ranged)).toEqual([plain])

    const fixed = byName(releases, 'testkube-static')
    expect(fixed.layers[0]).toMatchObject({
      values: { 'testkube-api': { cloud: { url: '{{ .Values.cloudUrl }}' } } },
      target: { type: 'yaml-map', nodePath: ['releases', 1, 'values', 0] },
      addTarget: true
    })
  })

  it('keeps unquoted templates as text when the file parses without masking', async () => {
    const { releases } = await read('unquoted')
    expect(releases).toHaveLength(1)
    expect(releases[0].chartVersion).toBeNull()
    expect(releases[0].layers[0].values).toEqual({
      'testkube-api': { cloud: { url: '{{ .Values.cloudUrl }}' }, jobPodAnnotations: {} }
    })
  })

  it('never writes to list entries inside an if/else', async () => {
    const r = (await read('conditional')).releases[0]
    expect(r.layers.map(l => [l.label, l.readOnlyReason ?? null])).toEqual([
      ['values[0]', null],
      ['values[1]', 'holds Go template control flow that helmfile renders first'],
      ['values[2]', 'holds Go template control flow that helmfile renders first']
    ])
    expect(addTargets(r).map(l => l.file)).toEqual(['values.yaml'])
  })

  it('reads helmfile.d with paths relative to the state file', async () => {
    const { releases } = await read('helmfile-d')
    expect(releases.map(r => r.id)).toEqual(['helmfile.d/10-testkube.yaml#0/testkube'])
    expect(releases[0].layers[0]).toMatchObject({ file: 'helmfile.d/values/testkube.yaml', addTarget: true })
  })

  it('reports a missing values file with its line and goes on', async () => {
    const { releases, errors } = await read('missing')
    expect(errors).toEqual([
      {
        file: 'helmfile.yaml',
        line: 9,
        message: "helmfile release 'testkube': values file 'values/missing.yaml' not found"
      }
    ])
    expect(labels(byName(releases, 'testkube'))).toEqual(['values[0]'])
    expect(byName(releases, 'testkube-optional').notes?.[0]).toContain('missingFileHandler')
  })

  it('reads a local umbrella chart and consumes its directory', async () => {
    const { releases } = await read('umbrella')
    const r = byName(releases, 'testkube')
    expect(r).toMatchObject({
      chart: 'testkube',
      chartVersion: '2.1.254',
      valuesPrefix: 'testkube.',
      scopes: [
        {
          chart: 'testkube',
          prefix: 'testkube.',
          enabledBy: { path: ['testkube', 'enabled'], defaultEnabled: true }
        }
      ],
      consumes: ['chart-dir:charts/tk']
    })
    expect(r.layers.map(l => l.file)).toEqual(['charts/tk/values.yaml', 'envs/prod.yaml'])
    expect(addTargets(r).map(l => l.file)).toEqual(['envs/prod.yaml'])

    const both = await extractFromDir([helmUmbrellaReader, helmfileReader], join(fixtures, 'umbrella'))
    expect(dedupeReleases(both.releases).map(x => x.id)).toEqual([
      'helmfile.yaml#0/testkube',
      'helmfile.yaml#0/testkube-vendored'
    ])
  })

  it('reads a copy of the Testkube chart in the repository: its values.yaml is the chart defaults', async () => {
    const r = byName((await read('umbrella')).releases, 'testkube-vendored')
    expect(r).toMatchObject({ chart: 'testkube', chartVersion: '2.1.254', valuesPrefix: '' })
    expect(r.layers.map(l => [l.kind, l.file, l.target?.type ?? null, l.addTarget ?? false])).toEqual([
      ['chart-defaults', 'vendor/testkube/values.yaml', null, false],
      ['inline', 'helmfile.yaml', 'yaml-map', true]
    ])
  })

  it('skips releases that are not installed', async () => {
    const { releases } = await read('oci')
    expect(releases.map(r => r.name)).not.toContain('tk-off')
  })

  it('reads other files only when they look like state files', async () => {
    const { releases } = await read('conservative')
    expect(releases.map(r => r.id)).toEqual(['platform.yaml#0/testkube'])
  })
})
