import { describe, expect, it } from '@jest/globals'
import semver from 'semver'
import { joinSetPath, splitSetPath } from '../../values/setpath.js'
import { checksForChart, DOCS_BASE_URL, getRule, RETIRED_CODES, ruleDocUrl, RULES } from '../catalogue.js'

/** The contract of shared/reference/rules.md, restated: code → chart, versions, level, paths. */
const CONTRACT: Record<string, [string | null, string | null, string, string[]]> = {
  TKI001: ['testkube', '<2.5.0', 'error', ['testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject']],
  TKI002: ['testkube', '<=2.1.60', 'error', ['preUpgradeHook.podAnnotations.sidecar\\.istio\\.io/inject']],
  TKI003: [
    'testkube',
    '<=2.1.60',
    'error',
    ['preUpgradeHookNATS.podAnnotations.sidecar\\.istio\\.io/inject']
  ],
  TKI004: [
    'testkube',
    '<=2.1.60',
    'error',
    ['testkube-operator.preUpgrade.podAnnotations.sidecar\\.istio\\.io/inject']
  ],
  TKI005: [
    'testkube',
    '<=2.1.238',
    'error',
    ['testkube-operator.webhook.patch.podAnnotations.sidecar\\.istio\\.io/inject']
  ],
  TKI006: [
    'testkube',
    '>=1.17.22',
    'error',
    [
      'global.testWorkflows.globalTemplate.enabled',
      'global.testWorkflows.globalTemplate.spec.pod.annotations.sidecar\\.istio\\.io/inject'
    ]
  ],
  TKI007: [
    'testkube-enterprise',
    null,
    'error',
    ['testkube-cloud-api.podAnnotations.proxy\\.istio\\.io/config']
  ],
  TKI008: [
    'testkube-enterprise',
    null,
    'error',
    ['testkube-worker-service.podAnnotations.proxy\\.istio\\.io/config']
  ],
  TKI009: [
    'testkube-runner',
    null,
    'error',
    [
      'globalTemplate.enabled',
      'globalTemplate.inline',
      'globalTemplate.spec.pod.annotations.sidecar\\.istio\\.io/inject'
    ]
  ],
  TKI010: [null, null, 'error', []],
  TKI100: [null, null, 'note', []],
  TKI101: [null, null, 'note', []],
  TKI102: [null, null, 'warning', []],
  TKI900: [null, null, 'warning', []],
  TKI901: [null, null, 'warning', []]
}

describe('the catalogue', () => {
  it('holds exactly the contract', () => {
    expect(RULES.map(r => r.code)).toEqual(Object.keys(CONTRACT))
    for (const r of RULES) {
      const [chart, versions, level, paths] = CONTRACT[r.code]
      expect([r.code, r.chart, r.versions, r.level, r.requirements.map(q => q.path)]).toEqual([
        r.code,
        chart,
        versions,
        level,
        paths
      ])
    }
    expect(getRule('TKI005').gate?.path).toBe('testkube-operator.enabled')
    expect(getRule('TKI009').requirements[1].predicate).toEqual({
      kind: 'true-or-set',
      orSet: 'globalTemplate.name'
    })
  })

  it('has unique codes and PascalCase names, and reuses no retired code', () => {
    const codes = RULES.map(r => r.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const r of RULES) expect(r.code).toMatch(/^TKI\d{3}$/)
    const names = RULES.map(r => r.name)
    expect(new Set(names).size).toBe(names.length)
    for (const n of names) expect(n).toMatch(/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/)
    for (const r of RETIRED_CODES) expect(codes).not.toContain(r.code)
  })

  it('uses valid semver ranges and clean --set paths', () => {
    for (const r of RULES) {
      if (r.versions !== null) expect(semver.validRange(r.versions)).not.toBeNull()
      for (const q of r.requirements) {
        const keys = splitSetPath(q.path)
        expect(keys.every(k => typeof k === 'string' && k !== '')).toBe(true)
        expect(joinSetPath(keys)).toBe(q.path)
      }
    }
  })

  it('puts categories in their code bands', () => {
    for (const r of RULES) {
      const n = Number(r.code.slice(3))
      const band = n < 100 ? 'check' : n < 900 ? 'environment' : 'tool'
      expect(r.category).toBe(band)
      expect(r.title.length).toBeLessThan(100)
      expect(r.consequence).not.toMatch(/\.$/)
    }
  })

  it('builds doc URLs from one base', () => {
    expect(ruleDocUrl('TKI001')).toBe(
      'https://github.com/testkube-istio-guard/testkube-istio-guard/blob/main/docs/rules/TKI001.md'
    )
    expect(ruleDocUrl('TKI001').startsWith(DOCS_BASE_URL)).toBe(true)
  })

  it('lists the checks of each chart', () => {
    expect(checksForChart('testkube').map(r => r.code)).toEqual([
      'TKI001',
      'TKI002',
      'TKI003',
      'TKI004',
      'TKI005',
      'TKI006'
    ])
    expect(checksForChart('testkube-enterprise').map(r => r.code)).toEqual(['TKI007', 'TKI008'])
    expect(checksForChart('testkube-runner').map(r => r.code)).toEqual(['TKI009'])
  })
})
