import { describe, expect, it } from '@jest/globals'
import semver from 'semver'
import { joinSetPath, splitSetPath } from '../../values/setpath.js'
import { checksForChart, DOCS_BASE_URL, getRule, RETIRED_CODES, ruleDocUrl, RULES } from '../catalogue.js'

/**
 * The contract of shared/reference/rules.md, restated: code → chart, [key read by, pod without key], level, paths.
 * The windows are the table's columns, written as released-version ranges (prereleases included).
 */
const INJ = 'sidecar\\.istio\\.io/inject'
const CONTRACT: Record<string, [string | null, [string, string | null] | null, string, string[]]> = {
  TKI001: [
    'testkube',
    ['>=1.17.63 <2.5.0-rc.0', '<1.17.63'],
    'error',
    [`testkube-api.jobPodAnnotations.${INJ}`]
  ],
  TKI002: [
    'testkube',
    ['>=1.15.1 <2.1.61', '1.4.55 || >=1.5.18 <1.15.1'],
    'error',
    [`preUpgradeHook.podAnnotations.${INJ}`]
  ],
  TKI003: ['testkube', ['>=1.16.35 <2.1.61', null], 'error', [`preUpgradeHookNATS.podAnnotations.${INJ}`]],
  TKI004: [
    'testkube',
    ['1.13.30 || 1.13.32 || >=1.13.35 <2.1.61', '>=1.10.385 <1.13.30 || 1.13.31 || 1.13.33 || 1.13.34'],
    'error',
    [`testkube-operator.preUpgrade.podAnnotations.${INJ}`]
  ],
  TKI005: [
    'testkube',
    ['>=1.5.99', '>=1.4.47 <1.5.99'],
    'error',
    [`testkube-operator.webhook.patch.podAnnotations.${INJ}`]
  ],
  TKI006: [
    'testkube',
    ['>=1.17.24 <1.17.25 || >=1.17.26', '1.17.25'],
    'error',
    [
      'global.testWorkflows.globalTemplate.enabled',
      `global.testWorkflows.globalTemplate.spec.pod.annotations.${INJ}`
    ]
  ],
  TKI007: [
    'testkube-enterprise',
    ['*', null],
    'error',
    ['testkube-cloud-api.podAnnotations.proxy\\.istio\\.io/config']
  ],
  TKI008: [
    'testkube-enterprise',
    ['*', null],
    'error',
    ['testkube-worker-service.podAnnotations.proxy\\.istio\\.io/config']
  ],
  TKI009: [
    'testkube-runner',
    ['>=2.1.0', null],
    'error',
    ['globalTemplate.enabled', 'globalTemplate.inline', `globalTemplate.spec.pod.annotations.${INJ}`]
  ],
  TKI010: [null, null, 'error', []],
  TKI011: [
    'testkube',
    ['>=2.12.2', null],
    'error',
    [`global.testWorkflows.builtinTemplatesInstaller.podAnnotations.${INJ}`]
  ],
  TKI012: ['testkube', ['>=2.8.1', null], 'error', [`mongodb.preUpgradeFCVJob.podAnnotations.${INJ}`]],
  TKI100: [null, null, 'note', []],
  TKI101: [null, null, 'note', []],
  TKI102: [null, null, 'warning', []],
  TKI103: [null, null, 'note', []],
  TKI900: [null, null, 'warning', []]
}

describe('the catalogue', () => {
  it('holds exactly the contract', () => {
    expect(RULES.map(r => r.code)).toEqual(Object.keys(CONTRACT))
    for (const r of RULES) {
      const [chart, versions, level, paths] = CONTRACT[r.code]
      const window = r.window ? [r.window.keyRead, r.window.podWithoutKey] : null
      expect([r.code, r.chart, window, r.level, r.requirements.map(q => q.path)]).toEqual([
        r.code,
        chart,
        versions,
        level,
        paths
      ])
    }
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
      for (const range of [
        r.window?.keyRead,
        r.window?.podWithoutKey,
        ...(r.window?.offSwitches ?? []).map(o => o.in)
      ])
        if (range) expect(semver.validRange(range, { includePrerelease: true })).not.toBeNull()
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
      'TKI006',
      'TKI011',
      'TKI012'
    ])
    expect(checksForChart('testkube-enterprise').map(r => r.code)).toEqual(['TKI007', 'TKI008'])
    expect(checksForChart('testkube-runner').map(r => r.code)).toEqual(['TKI009'])
  })
})
