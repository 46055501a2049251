import { describe, expect, it } from '@jest/globals'
import type { Result } from 'sarif'
import { RULES } from '../../rules/catalogue.js'
import { toSarif } from '../sarif.js'
import { SECRET, sampleFixRun, sampleReport } from './sample.js'

describe('toSarif', () => {
  const log = toSarif(sampleReport(), { uriPrefix: 'gitops/' })
  const run = log.runs[0]

  it('describes the tool and every rule of the catalogue', () => {
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver.name).toBe('testkube-istio-guard')
    expect(run.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//)
    const rules = run.tool.driver.rules ?? []
    expect(rules.map(r => r.id)).toEqual(RULES.map(r => r.code))
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/)
      expect(rule.shortDescription?.text).toBeTruthy()
      expect(rule.fullDescription?.text).toBeTruthy()
      expect(rule.help?.text).toContain(rule.helpUri)
      expect(rule.help?.markdown).toContain(`(${rule.helpUri})`)
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${rule.id}\\.md$`))
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration?.level)
      expect(rule.properties?.tags).toEqual(expect.arrayContaining(['testkube', 'istio']))
    }
  })

  it('gives every result a rule index, a repo-relative location with a region and a fingerprint', () => {
    const results = run.results ?? []
    expect(results).toHaveLength(5)
    const rules = run.tool.driver.rules ?? []
    for (const r of results) {
      expect(rules[r.ruleIndex as number].id).toBe(r.ruleId)
      const loc = r.locations?.[0].physicalLocation
      expect(loc?.artifactLocation?.uriBaseId).toBe('%SRCROOT%')
      expect(loc?.artifactLocation?.uri).toMatch(/^gitops\/[^/]/)
      expect(loc?.region?.startLine).toBeGreaterThanOrEqual(1)
      expect(r.partialFingerprints?.['testkubeIstioGuard/v1']).toMatch(/^[0-9a-f]{32}$/)
      expect(r.message.text).toBeTruthy()
    }
  })

  it('reports unreadable files as TKI900 results and clamps line 0 to 1', () => {
    const results = run.results ?? []
    const tki900 = results.find(r => r.ruleId === 'TKI900') as Result
    expect(tki900.level).toBe('warning')
    expect(tki900.locations?.[0].physicalLocation?.artifactLocation?.uri).toBe('gitops/broken.yaml')
    expect(tki900.locations?.[0].physicalLocation?.region?.startLine).toBe(3)
    const templated = results.find(r => r.ruleId === 'TKI102') as Result
    expect(templated.locations?.[0].physicalLocation?.region?.startLine).toBe(1)
  })

  it('keeps fingerprints stable when lines move', () => {
    const moved = sampleReport()
    moved.findings = moved.findings.map(f => ({ ...f, line: f.line + 10 }))
    const again = toSarif(moved, { uriPrefix: 'gitops/' }).runs[0].results ?? []
    expect(again.map(r => r.partialFingerprints)).toEqual((run.results ?? []).map(r => r.partialFingerprints))
  })

  it('after --fix lists only what remains, and no secret', () => {
    const after = toSarif(sampleFixRun())
    expect((after.runs[0].results ?? []).map(r => r.ruleId)).toEqual(['TKI102', 'TKI100', 'TKI900'])
    expect(JSON.stringify(after)).not.toContain(SECRET)
  })

  it('encodes paths as URI references and sets a category when asked', () => {
    const report = sampleReport()
    report.errors = [{ file: 'dir with space/ä.yaml', line: 1, message: 'x' }]
    const log2 = toSarif(report, { category: 'prod' })
    const uri = log2.runs[0].results?.at(-1)?.locations?.[0].physicalLocation?.artifactLocation?.uri
    expect(uri).toBe('dir%20with%20space/%C3%A4.yaml')
    expect(log2.runs[0].automationDetails).toEqual({ id: 'prod' })
  })
})
