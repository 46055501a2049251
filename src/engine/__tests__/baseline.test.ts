import { describe, expect, it } from '@jest/globals'
import { BaselineError, fingerprintOf, parseBaseline, renderBaseline } from '../baseline.js'
import type { Finding, Release } from '../../model.js'

const release = {
  id: 'apps/a.yaml#3/testkube',
  name: 'testkube',
  namespace: 'testkube',
  file: 'apps/a.yaml',
  chart: 'testkube',
  valuesPrefix: ''
} as Release
const finding: Finding = {
  ruleId: 'TKI002',
  level: 'error',
  releaseId: release.id,
  path: 'preUpgradeHook.podAnnotations.sidecar\\.istio\\.io/inject',
  expected: 'false',
  actual: undefined,
  file: 'apps/a.yaml',
  line: 10,
  fixable: true,
  message: 'not set'
}

const refused = (text: string): string => {
  try {
    parseBaseline(text, 'b.json')
  } catch (err) {
    expect(err).toBeInstanceOf(BaselineError)
    return (err as Error).message
  }
  throw new Error('accepted')
}

describe('fingerprints', () => {
  it('do not move with lines or document order, and change with the rule, release or path', () => {
    const fp = fingerprintOf(finding, release)
    const moved: Finding = { ...finding, line: 99 }
    expect(fingerprintOf(moved, { ...release, id: 'apps/a.yaml#0/testkube', line: 1 })).toBe(fp)
    expect(fingerprintOf({ ...finding, ruleId: 'TKI003' }, release)).not.toBe(fp)
    expect(fingerprintOf(finding, { ...release, namespace: 'other' })).not.toBe(fp)
    expect(fingerprintOf({ ...finding, path: 'x' }, release)).not.toBe(fp)
    expect(fingerprintOf(finding, { ...release, file: 'apps/b.yaml' })).not.toBe(fp)
  })
})

describe('parseBaseline', () => {
  it('reads what renderBaseline writes, sorted, without findings accepted by comments or the config', () => {
    const fp = fingerprintOf(finding, release)
    const accepted: Finding = {
      ...finding,
      ruleId: 'TKI003',
      suppression: { kind: 'inline', reason: 'r', file: 'apps/a.yaml', line: 9 }
    }
    const baselined: Finding = {
      ...finding,
      ruleId: 'TKI004',
      suppression: { kind: 'baseline', reason: 'r', file: 'b.json', line: 1 }
    }
    const text = renderBaseline([finding, accepted, baselined], f => fingerprintOf(f, release))
    const entries = parseBaseline(text, 'b.json').entries
    expect(entries.map(e => e.ruleId).sort()).toEqual(['TKI002', 'TKI004'])
    expect(entries.find(e => e.ruleId === 'TKI002')).toEqual({
      fingerprint: fp,
      ruleId: 'TKI002',
      file: 'apps/a.yaml',
      line: 10,
      message: 'not set'
    })
    expect([...entries.map(e => e.fingerprint)]).toEqual([...entries.map(e => e.fingerprint)].sort())
  })

  it('refuses what is not a report, with the file named', () => {
    expect(refused('{')).toMatch(/^b\.json: not JSON/)
    expect(refused('[]')).toBe('b.json: not a report of testkube-istio-guard')
    expect(refused('{"schemaVersion":2,"findings":[]}')).toMatch(/not a --format json report or baseline/)
    expect(refused('{"schemaVersion":1,"findings":[{"ruleId":"TKI002"}]}')).toMatch(/has no fingerprint/)
    expect(refused('{"version":"2.1.0","runs":[]}')).toBe('b.json: a SARIF log without runs')
  })
})
