import { describe, expect, it } from '@jest/globals'
import type { ChartScope, EditTarget, Finding, Release, ValueLayer } from '../../model.js'
import { judgedScopes, judgeRelease } from '../judge.js'

const FILE = 'apps/testkube.yaml'
const INJECT = 'sidecar.istio.io/inject'
const PROXY = 'proxy.istio.io/config'

function target(
  nodePath: (string | number)[] = ['spec', 'source', 'helm', 'valuesObject'],
  file = FILE
): EditTarget {
  return { type: 'yaml-map', file, docIndex: 0, nodePath }
}

/** The release's own inline values block: where new keys go. */
function inline(values: Record<string, unknown>, extra: Partial<ValueLayer> = {}): ValueLayer {
  return {
    label: 'helm.valuesObject',
    kind: 'inline',
    file: FILE,
    line: 12,
    yamlPath: 'spec.source.helm.valuesObject',
    values,
    target: target(),
    addTarget: true,
    ...extra
  }
}

function valuesFile(
  file: string,
  values: Record<string, unknown> | null,
  extra: Partial<ValueLayer> = {}
): ValueLayer {
  return {
    label: `valueFiles ${file}`,
    kind: 'values-file',
    file,
    line: 1,
    yamlPath: '',
    values,
    target: values === null ? undefined : target([], file),
    ...extra
  }
}

function params(entries: [string[], unknown, boolean?][], extra: Partial<ValueLayer> = {}): ValueLayer {
  return {
    label: 'helm.parameters',
    kind: 'parameters',
    file: FILE,
    line: 20,
    yamlPath: 'spec.source.helm.parameters',
    values: null,
    sets: entries.map(([path, value, forceString], index) => ({
      path,
      value,
      forceString: forceString ?? false,
      index,
      line: 21 + index * 2
    })),
    target: {
      type: 'set-list',
      file: FILE,
      docIndex: 0,
      nodePath: ['spec', 'source', 'helm', 'parameters'],
      style: 'argocd'
    },
    ...extra
  }
}

function release(over: Partial<Release> = {}): Release {
  return {
    id: `${FILE}#0/testkube`,
    name: 'testkube',
    namespace: 'testkube',
    source: 'argocd-application',
    file: FILE,
    line: 3,
    chart: 'testkube',
    chartVersion: '2.1.50',
    valuesPrefix: '',
    layers: [inline({})],
    scopes: [],
    ...over
  }
}

/** Values that satisfy every `testkube` rule, under an optional key. */
function goodTestkube(): Record<string, unknown> {
  return {
    'testkube-api': { jobPodAnnotations: { [INJECT]: 'false' } },
    preUpgradeHook: { podAnnotations: { [INJECT]: 'false' } },
    preUpgradeHookNATS: { podAnnotations: { [INJECT]: 'false' } },
    'testkube-operator': {
      preUpgrade: { podAnnotations: { [INJECT]: 'false' } },
      webhook: { patch: { podAnnotations: { [INJECT]: 'false' } } }
    },
    global: {
      testWorkflows: {
        globalTemplate: { enabled: true, spec: { pod: { annotations: { [INJECT]: 'false' } } } },
        builtinTemplatesInstaller: { podAnnotations: { [INJECT]: 'false' } }
      }
    }
  }
}

const codes = (fs: Finding[]): string[] => fs.map(f => f.ruleId)
const byPath = (fs: Finding[], path: string): Finding => {
  const f = fs.find(x => x.path === path)
  if (!f) throw new Error(`no finding at ${path}: ${fs.map(x => x.path).join(', ')}`)
  return f
}

describe('rules fire at the installed version only', () => {
  it('fires every check chart 2.1.50 needs when nothing is set, each with a verified fix', () => {
    const { findings, edits } = judgeRelease(release())
    expect(codes(findings)).toEqual(['TKI001', 'TKI002', 'TKI003', 'TKI004', 'TKI005', 'TKI006', 'TKI006'])
    expect(findings.every(f => f.fixable && f.level === 'error')).toBe(true)
    const f = findings[0]
    expect(f).toEqual({
      ruleId: 'TKI001',
      level: 'error',
      releaseId: `${FILE}#0/testkube`,
      path: 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject',
      expected: 'false',
      actual: null,
      file: FILE,
      line: 12,
      fixable: true,
      message: expect.stringContaining('is not set, so test executor Job pods get an Istio sidecar')
    })
    expect(f.message).toContain('Set it to "false" in helm.valuesObject.')
    expect(edits).toHaveLength(7)
    expect(edits[0]).toEqual({
      target: target(),
      path: ['testkube-api', 'jobPodAnnotations', INJECT],
      op: 'set',
      value: 'false',
      ruleId: 'TKI001',
      releaseId: `${FILE}#0/testkube`
    })
  })

  it('pinned versions: each release gets the checks its chart renders', () => {
    const at = (v: string): string[] => codes(judgeRelease(release({ chartVersion: v })).findings)
    expect(at('2.5.0')).toEqual(['TKI006', 'TKI006'])
    expect(at('2.1.61')).toEqual(['TKI001', 'TKI005', 'TKI006', 'TKI006'])
    expect(at('v2.1.239')).toEqual(['TKI001', 'TKI006', 'TKI006'])
    expect(at('2.12.2')).toEqual(['TKI006', 'TKI006', 'TKI011'])
    expect(at('1.17.21')).toEqual(['TKI001', 'TKI002', 'TKI003', 'TKI004', 'TKI005'])
  })

  it('a range is judged at the highest released version it matches', () => {
    const at = (v: string): string[] => codes(judgeRelease(release({ chartVersion: v })).findings)
    expect(at('2.2.x')).toEqual(['TKI001', 'TKI006', 'TKI006'])
    expect(at('>=2.5.0')).toEqual(['TKI006', 'TKI006', 'TKI011'])
    expect(at('*')).toEqual(['TKI006', 'TKI006', 'TKI011'])
  })

  it('2.5.0-rc.0 is the first release without executor Jobs; 2.4.4 the last with them', () => {
    expect(codes(judgeRelease(release({ chartVersion: '2.4.4' })).findings)).toContain('TKI001')
    expect(codes(judgeRelease(release({ chartVersion: '2.5.0-rc.0' })).findings)).not.toContain('TKI001')
  })

  it('an unknown or templated version is judged as the newest release; older-only checks are notes', () => {
    for (const chartVersion of [null, '{{ .Values.tkVersion }}']) {
      const { findings, edits } = judgeRelease(release({ chartVersion }))
      const errors = findings.filter(f => f.level === 'error')
      const notes = findings.filter(f => f.level === 'note')
      expect(codes(errors)).toEqual(['TKI006', 'TKI006', 'TKI011'])
      expect(codes(notes)).toEqual(['TKI001', 'TKI002', 'TKI003', 'TKI004', 'TKI005'])
      expect(notes.every(n => !n.fixable)).toBe(true)
      expect(notes[1].message).toContain('Only chart releases 1.15.1 to 2.1.60 need TKI002')
      expect(edits.map(e => e.ruleId)).toEqual(['TKI006', 'TKI006', 'TKI011'])
    }
  })

  it('is satisfied by the right values', () => {
    const r = release({ chartVersion: null, layers: [inline(goodTestkube())] })
    expect(judgeRelease(r)).toEqual({ findings: [], edits: [], editOf: new Map() })
  })

  it('edits the layer that sets a wrong value, at the key', () => {
    const r = release({
      layers: [
        valuesFile('values/testkube.yaml', { 'testkube-api': { jobPodAnnotations: { [INJECT]: 'true' } } }),
        inline({})
      ],
      chartVersion: '2.2.0'
    })
    const { findings, edits } = judgeRelease(r)
    const f = byPath(findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI001', actual: 'true', file: 'values/testkube.yaml', fixable: true })
    expect(f.message).toMatch(
      /is "true" in valueFiles values\/testkube.yaml, so .* Set it to "false" there\.$/
    )
    expect(edits.find(e => e.ruleId === 'TKI001')?.target).toEqual(target([], 'values/testkube.yaml'))
  })
})

describe('TKI010: right content, wrong type', () => {
  it.each([
    ['boolean false (also YAML 1.1 `no`/`off`)', false, 'the boolean false'],
    ['a number', 0, 'the number 0'],
    ['a map', { value: 'false' }, 'a map']
  ])('%s is TKI010 only, fixed as a quoted string', (_name, value, words) => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [inline({ 'testkube-api': { jobPodAnnotations: { [INJECT]: value } } })]
    })
    const { findings, edits } = judgeRelease(r)
    expect(codes(findings)).toEqual(['TKI006', 'TKI006', 'TKI010'])
    const f = byPath(findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({
      ruleId: 'TKI010',
      level: 'error',
      fixable: true,
      expected: 'false',
      actual: value
    })
    expect(f.message).toContain(`is ${words} in helm.valuesObject, not a string`)
    expect(f.message).toContain('Kubernetes rejects a non-string annotation value')
    expect(f.message).toMatch(/Write it as "false" \(TKI001\)\.$/)
    expect(edits.find(e => e.ruleId === 'TKI010')).toMatchObject({ op: 'set', value: 'false' })
  })

  it('a boolean from an Argo CD parameter is fixed with forceString', () => {
    const path = ['testkube-api', 'jobPodAnnotations', INJECT]
    const r = release({ chartVersion: '2.2.0', layers: [inline({}), params([[path, false]])] })
    const { findings, edits } = judgeRelease(r)
    const f = byPath(findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI010', fixable: true, line: 21 })
    expect(edits.find(e => e.ruleId === 'TKI010')).toMatchObject({
      target: { type: 'set-list' },
      path,
      op: 'set',
      value: 'false',
      forceString: true
    })
  })

  it('a proxy config map is TKI010, fixed as one-line JSON keeping its settings', () => {
    const r = release({
      chart: 'testkube-enterprise',
      chartVersion: '2.319.44',
      layers: [
        inline({
          'testkube-cloud-api': { podAnnotations: { [PROXY]: { holdApplicationUntilProxyStarts: true } } },
          'testkube-worker-service': { podAnnotations: { [PROXY]: { tracing: { sampling: 1 } } } }
        })
      ]
    })
    const { findings, edits } = judgeRelease(r)
    expect(codes(findings)).toEqual(['TKI010', 'TKI010'])
    expect(edits.map(e => e.value)).toEqual([
      '{"holdApplicationUntilProxyStarts":true}',
      '{"tracing":{"sampling":1},"holdApplicationUntilProxyStarts":true}'
    ])
  })
})

describe('TKI102: templated or read-only', () => {
  it('a templated value is a warning, never patched', () => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [inline({ 'testkube-api': { jobPodAnnotations: { [INJECT]: '{{ .Values.inject }}' } } })]
    })
    const { findings, edits } = judgeRelease(r)
    const f = byPath(findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI102', level: 'warning', fixable: false, file: FILE, line: 3 })
    expect(f.message).toContain('is templated in helm.valuesObject, so TKI001 cannot check it')
    expect(edits.some(e => e.path.includes('jobPodAnnotations'))).toBe(false)
  })

  it('a templated parent map is a warning too', () => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [inline({ 'testkube-api': { jobPodAnnotations: '${ANNOTATIONS}' } })]
    })
    const f = byPath(judgeRelease(r).findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI102', fixable: false })
    expect(f.message).toContain('testkube-api.jobPodAnnotations is templated')
  })

  it('a wrong value from a read-only layer is a warning with the reason', () => {
    const ro = valuesFile(
      'values/env.yaml.gotmpl',
      { 'testkube-api': { jobPodAnnotations: { [INJECT]: 'true' } } },
      {
        readOnlyReason: 'a helmfile template (.gotmpl)'
      }
    )
    const r = release({ chartVersion: '2.2.0', layers: [inline({}), ro] })
    const { findings, edits } = judgeRelease(r)
    const f = byPath(findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI102', fixable: false })
    expect(f.message).toContain('a helmfile template (.gotmpl)')
    expect(edits.some(e => e.ruleId === 'TKI001')).toBe(false)
  })

  it('a right value from a read-only layer is fine', () => {
    const ro = valuesFile(
      'x.gotmpl',
      { 'testkube-api': { jobPodAnnotations: { [INJECT]: 'false' } } },
      { readOnlyReason: 'templated' }
    )
    expect(
      codes(judgeRelease(release({ chartVersion: '2.2.0', layers: [inline({}), ro] })).findings)
    ).not.toContain('TKI001')
  })

  it('an unreadable Secret above the only writable layer hides the key', () => {
    const secret = valuesFile('Secret/tk', null, {
      kind: 'secret',
      label: 'Secret tk-values',
      readOnlyReason: 'a Secret'
    })
    const hidden = judgeRelease(release({ chartVersion: '2.2.0', layers: [inline({}), secret] })).findings
    const f = byPath(hidden, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI102', fixable: false, actual: null })
    expect(f.message).toContain('Secret tk-values may set it but cannot be read (a Secret)')
    // Below the writable layer, the Secret cannot override the fix.
    const fixed = judgeRelease(release({ chartVersion: '2.2.0', layers: [secret, inline({})] })).findings
    expect(byPath(fixed, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')).toMatchObject({
      ruleId: 'TKI001',
      level: 'error',
      fixable: true,
      message: expect.stringContaining(
        'Secret tk-values (a Secret) cannot be read, but helm.valuesObject comes after it and wins.'
      )
    })
  })

  it('an unreadable remote chart default does not hide a key', () => {
    const defaults = valuesFile('chart', null, {
      kind: 'chart-defaults',
      file: null,
      readOnlyReason: "a remote chart's own values"
    })
    const f = judgeRelease(release({ chartVersion: '2.2.0', layers: [defaults, inline({})] })).findings
    expect(codes(f)).toEqual(['TKI001', 'TKI006', 'TKI006'])
  })
})

describe('precedence and verified fixes', () => {
  const path = ['testkube-api', 'jobPodAnnotations', INJECT]

  it('a higher --set layer overrides a lower tree; its entry is patched', () => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [
        inline({ 'testkube-api': { jobPodAnnotations: { [INJECT]: 'false' } } }),
        params([
          [['x'], 1],
          [path, 'true', true]
        ])
      ]
    })
    const { findings, edits } = judgeRelease(r)
    const f = byPath(findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI001', actual: 'true', fixable: true, line: 23 })
    expect(f.message).toContain('is "true" in helm.parameters')
    expect(edits.find(e => e.ruleId === 'TKI001')).toMatchObject({
      target: { type: 'set-list' },
      path,
      value: 'false',
      forceString: true
    })
  })

  it('a helmfile `set` entry is not patched with a string: Helm would read it as a boolean', () => {
    const helmfileSet = params([[path, true, false]], {
      label: 'set',
      target: {
        type: 'set-list',
        file: FILE,
        docIndex: 0,
        nodePath: ['releases', 0, 'set'],
        style: 'helmfile'
      }
    })
    const { findings, edits } = judgeRelease(
      release({ chartVersion: '2.2.0', layers: [inline({}), helmfileSet] })
    )
    const f = byPath(findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ fixable: false })
    expect(f.message).toContain('move the entry to setString')
    expect(edits.some(e => e.target.type === 'set-list')).toBe(false)
  })

  it('a helmfile `setString` entry is patched in place', () => {
    const helmfileSetString = params([[path, 'true', true]], {
      label: 'setString',
      target: {
        type: 'set-list',
        file: FILE,
        docIndex: 0,
        nodePath: ['releases', 0, 'setString'],
        style: 'helmfile'
      }
    })
    const { edits } = judgeRelease(
      release({ chartVersion: '2.2.0', layers: [inline({}), helmfileSetString] })
    )
    expect(edits.find(e => e.ruleId === 'TKI001')).toMatchObject({
      target: { type: 'set-list' },
      value: 'false'
    })
  })

  it('a --set layer the tool cannot edit makes the fix unverifiable', () => {
    const targetPath = params([[path, 'true', true]], {
      label: 'valuesFrom ConfigMap tk (targetPath)',
      kind: 'target-path',
      target: undefined
    })
    const { findings, edits } = judgeRelease(
      release({ chartVersion: '2.2.0', layers: [inline({}), targetPath] })
    )
    const f = byPath(findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI001', fixable: false, file: FILE, line: 3 })
    expect(f.message).toContain(
      'by hand: valuesFrom ConfigMap tk (targetPath) sets testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject after helm.valuesObject and would override the fix'
    )
    expect(edits.some(e => e.ruleId === 'TKI001')).toBe(false)
  })

  it('a --set on a parent path clobbers an added key: not fixable', () => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [inline({}), params([[['testkube-api', 'jobPodAnnotations'], 'x']], { target: undefined })]
    })
    const f = byPath(judgeRelease(r).findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI001', fixable: false })
    expect(f.message).toContain('helm.parameters sets testkube-api.jobPodAnnotations after helm.valuesObject')
  })

  it('adds to the addTarget layer and verifies it wins over lower files', () => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [valuesFile('base.yaml', { 'testkube-api': { replicas: 1 } }), inline({ other: 1 })]
    })
    const { edits } = judgeRelease(r)
    expect(edits.find(e => e.ruleId === 'TKI001')).toMatchObject({ target: target(), path })
  })

  it('an addTarget below the layer that sets the wrong value cannot fix it when that layer is not writable', () => {
    const remote = valuesFile(
      'https://example.com/values.yaml',
      { 'testkube-api': { jobPodAnnotations: { [INJECT]: 'true' } } },
      {
        kind: 'remote',
        target: undefined
      }
    )
    const f = byPath(
      judgeRelease(release({ chartVersion: '2.2.0', layers: [inline({}), remote] })).findings,
      'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject'
    )
    expect(f).toMatchObject({ ruleId: 'TKI001', fixable: false })
    expect(f.message).toContain('would override the fix')
  })

  it('no writable layer at all: not fixable, says so', () => {
    const f = byPath(
      judgeRelease(release({ chartVersion: '2.2.0', layers: [] })).findings,
      'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject'
    )
    expect(f).toMatchObject({ fixable: false })
    expect(f.message).toContain('the release has no values block the tool may write to')
  })

  it('a scalar where a map is needed is not overwritten', () => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [inline({ 'testkube-api': { jobPodAnnotations: 'oops' } })]
    })
    const f = byPath(judgeRelease(r).findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI001', fixable: false })
    expect(f.message).toContain('testkube-api.jobPodAnnotations is a string in helm.valuesObject, not a map')
    expect(f.message).not.toContain('oops')
  })

  it('a null parent in the winning layer is replaced', () => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [inline({ 'testkube-api': { jobPodAnnotations: null } })]
    })
    const f = byPath(judgeRelease(r).findings, 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(f).toMatchObject({ ruleId: 'TKI001', fixable: true })
  })
})

describe('scopes and prefixes', () => {
  it('umbrella alias: paths carry the prefix; a disabled dependency is skipped', () => {
    const scope: ChartScope = {
      chart: 'testkube',
      prefix: 'tk.',
      version: '2.2.0',
      enabledBy: { path: ['tk', 'enabled'], defaultEnabled: true }
    }
    const r = release({ chartVersion: '0.1.0', valuesPrefix: 'tk.', scopes: [scope] })
    const { findings, edits } = judgeRelease(r)
    expect(findings.map(f => f.path)).toEqual([
      'tk.testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject',
      'tk.global.testWorkflows.globalTemplate.enabled',
      'tk.global.testWorkflows.globalTemplate.spec.pod.annotations.sidecar\\.istio\\.io/inject'
    ])
    expect(edits[0].path).toEqual(['tk', 'testkube-api', 'jobPodAnnotations', INJECT])
    const off = release({ scopes: [scope], layers: [inline({ tk: { enabled: false } })] })
    expect(judgeRelease(off).findings).toEqual([])
  })

  it('an umbrella top-level global wins over the dependency’s own global', () => {
    const scope: ChartScope = { chart: 'testkube', prefix: 'tk.', version: '2.5.0' }
    const good = release({
      scopes: [scope],
      layers: [
        inline({
          global: {
            testWorkflows: {
              globalTemplate: { enabled: true, spec: { pod: { annotations: { [INJECT]: 'false' } } } }
            }
          }
        })
      ]
    })
    expect(judgeRelease(good).findings).toEqual([])
    const clash = release({
      scopes: [scope],
      layers: [
        inline({ global: { testWorkflows: { globalTemplate: { enabled: false } } }, tk: goodTestkube() })
      ]
    })
    const { findings, edits } = judgeRelease(clash)
    expect(findings.map(f => f.path)).toEqual(['global.testWorkflows.globalTemplate.enabled'])
    expect(edits[0].path).toEqual(['global', 'testWorkflows', 'globalTemplate', 'enabled'])
  })

  it('testkube-enterprise: the embedded agent is judged only when enabled', () => {
    const ent = (values: Record<string, unknown>): Release =>
      release({ id: 'ent', chart: 'testkube-enterprise', chartVersion: '2.319.0', layers: [inline(values)] })
    expect(codes(judgeRelease(ent({})).findings)).toEqual(['TKI007', 'TKI008'])
    expect(judgedScopes(ent({})).map(s => s.prefix)).toEqual([''])
    // Enterprise 2.319.0 bundles agent 2.1.235 (the release data): no MongoDB, NATS or operator upgrade hooks there.
    expect(judgedScopes(ent({ 'testkube-agent': { enabled: true } }))[1].installed?.version).toBe('2.1.235')
    const on = judgeRelease(ent({ 'testkube-agent': { enabled: true } })).findings
    expect(codes(on)).toEqual(['TKI001', 'TKI005', 'TKI006', 'TKI006', 'TKI007', 'TKI008'])
    expect(on.every(f => f.releaseId === 'ent')).toBe(true)
    expect(
      byPath(on, 'testkube-agent.testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject').ruleId
    ).toBe('TKI001')
  })

  it('double nesting: umbrella alias → enterprise → agent', () => {
    const scope: ChartScope = {
      chart: 'testkube-enterprise',
      prefix: 'cp.',
      version: '2.319.44',
      enabledBy: { path: ['cp', 'enabled'], defaultEnabled: true }
    }
    const r = release({
      chart: 'testkube-enterprise',
      valuesPrefix: 'cp.',
      scopes: [scope],
      layers: [inline({ cp: { 'testkube-agent': { enabled: true } } })]
    })
    expect(judgedScopes(r).map(s => s.prefix)).toEqual(['cp.', 'cp.testkube-agent.'])
    const { findings } = judgeRelease(r)
    expect(findings.map(f => f.path)).toContain(
      'cp.testkube-agent.testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject'
    )
    expect(findings.map(f => f.path)).toContain(
      'cp.testkube-cloud-api.podAnnotations.proxy\\.istio\\.io/config'
    )
    // The agent's globals: the umbrella's top-level global wins, then cp.global, then the agent's own.
    const fixed = release({
      ...r,
      layers: [
        inline({
          global: { testWorkflows: { globalTemplate: { enabled: true } } },
          cp: { 'testkube-agent': { enabled: true } }
        })
      ]
    })
    expect(judgeRelease(fixed).findings.map(f => f.path)).not.toContain(
      'cp.testkube-agent.global.testWorkflows.globalTemplate.enabled'
    )
    const disabled = release({
      ...r,
      layers: [inline({ cp: { enabled: false, 'testkube-agent': { enabled: true } } })]
    })
    expect(judgeRelease(disabled).findings).toEqual([])
  })

  it('a scope declared without enabledBy, and a derived scope when none is declared', () => {
    expect(judgedScopes(release())).toEqual([{ chart: 'testkube', version: '2.1.50', prefix: '' }])
    expect(judgedScopes(release({ chart: 'istiod' }))).toEqual([])
  })
})

describe('TKI005 gate: testkube-operator.enabled', () => {
  const webhook = 'testkube-operator.webhook.patch.podAnnotations.sidecar\\.istio\\.io/inject'
  it('true applies it to any version', () => {
    const r = release({ chartVersion: '2.5.0', layers: [inline({ 'testkube-operator': { enabled: true } })] })
    expect(judgeRelease(r).findings.map(f => f.path)).toContain(webhook)
  })
  it('false skips it in range', () => {
    const r = release({
      chartVersion: '2.1.50',
      layers: [inline({ 'testkube-operator': { enabled: false } })]
    })
    expect(judgeRelease(r).findings.map(f => f.path)).not.toContain(webhook)
  })
  it('unset leaves it to the version range', () => {
    expect(judgeRelease(release({ chartVersion: '2.1.238' })).findings.map(f => f.path)).toContain(webhook)
    expect(judgeRelease(release({ chartVersion: '2.1.239' })).findings.map(f => f.path)).not.toContain(
      webhook
    )
  })
})

describe('TKI009 (testkube-runner)', () => {
  const runner = (values: Record<string, unknown>): Release =>
    release({ id: 'runner', chart: 'testkube-runner', chartVersion: '2.8.2', layers: [inline(values)] })
  const annotations = { annotations: { [INJECT]: 'false' } }

  it('fires once per failing key', () => {
    const { findings, edits } = judgeRelease(runner({}))
    expect(findings.map(f => [f.ruleId, f.path])).toEqual([
      ['TKI009', 'globalTemplate.enabled'],
      ['TKI009', 'globalTemplate.inline'],
      ['TKI009', 'globalTemplate.spec.pod.annotations.sidecar\\.istio\\.io/inject']
    ])
    expect(findings[1].message).toContain('is not set (nor is globalTemplate.name)')
    expect(edits.map(e => e.value)).toEqual([true, true, 'false'])
  })

  it('below runner 2.8.2 inline and name are not read: never asks for them', () => {
    const old = release({
      id: 'runner',
      chart: 'testkube-runner',
      chartVersion: '2.8.1',
      layers: [inline({})]
    })
    expect(judgeRelease(old).findings.map(f => f.path)).toEqual([
      'globalTemplate.enabled',
      'globalTemplate.spec.pod.annotations.sidecar\\.istio\\.io/inject'
    ])
  })

  it('inline true or a name satisfies it', () => {
    expect(
      judgeRelease(runner({ globalTemplate: { enabled: true, inline: true, spec: { pod: annotations } } }))
        .findings
    ).toEqual([])
    expect(
      judgeRelease(
        runner({ globalTemplate: { enabled: true, name: 'no-istio', spec: { pod: annotations } } })
      ).findings
    ).toEqual([])
    const neither = judgeRelease(
      runner({ globalTemplate: { enabled: true, inline: false, spec: { pod: annotations } } })
    )
    expect(neither.findings.map(f => [f.path, f.actual])).toEqual([['globalTemplate.inline', false]])
    expect(neither.findings[0].message).toContain(
      'is the boolean false in helm.valuesObject and globalTemplate.name is not set'
    )
  })
})

describe('TKI007/TKI008 proxy config', () => {
  const ent = (cloudApi: unknown, worker: unknown): Release =>
    release({
      id: 'ent',
      chart: 'testkube-enterprise',
      chartVersion: null,
      layers: [
        inline({
          'testkube-cloud-api': { podAnnotations: { [PROXY]: cloudApi } },
          'testkube-worker-service': { podAnnotations: { [PROXY]: worker } }
        })
      ]
    })

  it('accepts JSON with spaces and YAML in the string', () => {
    const r = ent(
      '{ "holdApplicationUntilProxyStarts": true }',
      'holdApplicationUntilProxyStarts: true\nterminationDrainDuration: 5s\n'
    )
    expect(judgeRelease(r).findings).toEqual([])
  })

  it('merges into a string with other settings, keeping them', () => {
    const { findings, edits } = judgeRelease(
      ent('{ "tracing": { "sampling": 10 } }', 'terminationDrainDuration: 5s')
    )
    expect(codes(findings)).toEqual(['TKI007', 'TKI008'])
    expect(findings[0]).toMatchObject({
      expected: '{"tracing":{"sampling":10},"holdApplicationUntilProxyStarts":true}',
      actual: '{ "tracing": { "sampling": 10 } }',
      fixable: true
    })
    expect(findings[0].message).toContain(
      'does not set holdApplicationUntilProxyStarts: true in helm.valuesObject'
    )
    expect(findings[0].message).toContain('other settings are kept')
    expect(edits[0]).toMatchObject({
      op: 'merge-proxy-config',
      value: { holdApplicationUntilProxyStarts: true }
    })
    expect(findings[1].expected).toBe(
      '{"terminationDrainDuration":"5s","holdApplicationUntilProxyStarts":true}'
    )
  })

  it('adds the annotation as one-line JSON when missing', () => {
    const r = release({ id: 'ent', chart: 'testkube-enterprise', chartVersion: null })
    const { findings, edits } = judgeRelease(r)
    expect(edits.map(e => [e.op, e.value])).toEqual([
      ['merge-proxy-config', { holdApplicationUntilProxyStarts: true }],
      ['merge-proxy-config', { holdApplicationUntilProxyStarts: true }]
    ])
    expect(findings[0].expected).toBe('{"holdApplicationUntilProxyStarts":true}')
    expect(findings[0].message).toContain(
      `Set it to '{"holdApplicationUntilProxyStarts":true}' in helm.valuesObject.`
    )
  })

  it('sets the whole merged string when the fix goes above the layer that holds it', () => {
    const lower = valuesFile(
      'base.yaml',
      { 'testkube-cloud-api': { podAnnotations: { [PROXY]: 'terminationDrainDuration: 5s' } } },
      { target: undefined }
    )
    const r = release({
      id: 'ent',
      chart: 'testkube-enterprise',
      chartVersion: null,
      layers: [lower, inline({})]
    })
    const edit = judgeRelease(r).edits.find(e => e.ruleId === 'TKI007')
    expect(edit).toMatchObject({
      op: 'set',
      value: '{"terminationDrainDuration":"5s","holdApplicationUntilProxyStarts":true}',
      target: target()
    })
  })

  it('does not rewrite content it cannot parse', () => {
    const f = judgeRelease(ent('[1, 2]', '{"holdApplicationUntilProxyStarts":true}')).findings
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ ruleId: 'TKI007', fixable: false })
    expect(f[0].message).toContain('neither JSON nor YAML')
  })

  it('does not rewrite a proxy config set by a --set parameter', () => {
    const r = release({
      id: 'ent',
      chart: 'testkube-enterprise',
      chartVersion: null,
      layers: [
        inline({}),
        params([[['testkube-cloud-api', 'podAnnotations', PROXY], 'terminationDrainDuration: 5s', true]])
      ]
    })
    const f = byPath(judgeRelease(r).findings, 'testkube-cloud-api.podAnnotations.proxy\\.istio\\.io/config')
    expect(f).toMatchObject({ fixable: false })
    expect(f.message).toContain('move it into a values block')
  })
})

describe('native sidecars and ambient mode', () => {
  it('native-sidecars mode: one TKI100 note per release, at the first evidence', () => {
    const r = release({
      mesh: {
        mode: 'native-sidecars',
        reason: 'ENABLE_NATIVE_SIDECARS is "true" in istio/istiod.yaml',
        evidence: [{ file: 'istio/istiod.yaml', line: 9 }]
      }
    })
    const { findings, edits } = judgeRelease(r)
    expect(edits).toEqual([])
    expect(findings).toEqual([
      {
        ruleId: 'TKI100',
        level: 'note',
        releaseId: r.id,
        path: '',
        expected: null,
        actual: null,
        file: 'istio/istiod.yaml',
        line: 9,
        fixable: false,
        message: expect.stringContaining('ENABLE_NATIVE_SIDECARS is "true" in istio/istiod.yaml')
      }
    ])
  })

  it('native-sidecars mode without evidence points at the release', () => {
    const r = release({
      mesh: { mode: 'native-sidecars', reason: 'declared on by --native-sidecars on', evidence: [] }
    })
    expect(judgeRelease(r).findings).toMatchObject([{ ruleId: 'TKI100', file: FILE, line: 3 }])
  })

  it('ambient mode: one TKI101 note instead of findings', () => {
    const r = release({
      mesh: {
        mode: 'ambient',
        reason: 'namespace testkube is labelled istio.io/dataplane-mode: ambient',
        evidence: [{ file: 'ns.yaml', line: 4 }]
      }
    })
    const { findings } = judgeRelease(r)
    expect(findings).toMatchObject([{ ruleId: 'TKI101', level: 'note', file: 'ns.yaml', line: 4 }])
    expect(findings[0].message).toContain('Testkube has not verified this combination')
  })

  it('a per-pod nativeSidecar annotation satisfies the rule of its map', () => {
    const native = { 'sidecar.istio.io/nativeSidecar': 'true' }
    const r = release({
      chartVersion: '2.2.0',
      layers: [inline({ 'testkube-api': { jobPodAnnotations: native } })]
    })
    expect(codes(judgeRelease(r).findings)).toEqual(['TKI006', 'TKI006'])
  })

  it('when every applicable rule is satisfied by nativeSidecar annotations: one TKI100', () => {
    const native = { 'sidecar.istio.io/nativeSidecar': 'true' }
    const r = release({
      chartVersion: '2.2.0',
      layers: [
        inline({
          'testkube-api': { jobPodAnnotations: native },
          global: {
            testWorkflows: { globalTemplate: { enabled: true, spec: { pod: { annotations: native } } } }
          }
        })
      ]
    })
    expect(judgeRelease(r).findings).toMatchObject([{ ruleId: 'TKI100', level: 'note', file: FILE, line: 3 }])
  })

  it('a boolean annotation is still TKI010 next to nativeSidecar', () => {
    const r = release({
      chartVersion: '2.2.0',
      layers: [
        inline({
          'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/nativeSidecar': 'true', [INJECT]: false } }
        })
      ]
    })
    expect(codes(judgeRelease(r).findings)).toContain('TKI010')
  })
})

describe('output', () => {
  it('is deterministic: sorted by rule, then path', () => {
    const r = release({
      chartVersion: null,
      layers: [inline({ 'testkube-api': { jobPodAnnotations: { [INJECT]: false } } })]
    })
    const a = judgeRelease(r)
    const b = judgeRelease(structuredClone(r))
    expect(a).toEqual(b)
    const keys = a.findings.map(f => `${f.ruleId} ${f.path}`)
    expect(keys).toEqual([...keys].sort())
  })

  it('never shows a Secret value', () => {
    const secretLayer: ValueLayer = {
      ...valuesFile('Secret/x', { 'testkube-api': { jobPodAnnotations: { [INJECT]: 'hunter2' } } }),
      kind: 'secret',
      readOnlyReason: 'a Secret'
    }
    const f = byPath(
      judgeRelease(release({ chartVersion: '2.2.0', layers: [inline({}), secretLayer] })).findings,
      'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject'
    )
    expect(JSON.stringify(f)).not.toContain('hunter2')
  })

  it('ignores istiod releases', () => {
    expect(judgeRelease(release({ chart: 'istiod' }))).toEqual({ findings: [], edits: [], editOf: new Map() })
  })
})

describe('editOf', () => {
  it('links every fixable finding to the edit that fixes it', () => {
    const { findings, edits, editOf } = judgeRelease(release({ chartVersion: '2.1.50' }))
    const fixable = findings.filter(f => f.fixable)
    expect(fixable.length).toBeGreaterThan(0)
    for (const f of fixable) expect(edits).toContain(editOf.get(f))
    for (const f of findings.filter(x => !x.fixable)) expect(editOf.has(f)).toBe(false)
  })
})
