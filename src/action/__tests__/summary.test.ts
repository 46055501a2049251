import { describe, expect, it } from '@jest/globals'
import type { Finding, Release } from '../../model.js'
import { findingKey } from '../../report/run.js'
import { MAX_SUMMARY_BYTES, renderJobSummary, type JobSummaryInput } from '../summary.js'

const release = (id: string, over: Partial<Release> = {}): Release => ({
  id,
  name: id,
  namespace: null,
  source: 'helm-values',
  file: `${id}.yaml`,
  line: 1,
  chart: 'testkube',
  chartVersion: null,
  valuesPrefix: '',
  layers: [],
  scopes: [],
  ...over
})

const finding = (releaseId: string, ruleId: string, over: Partial<Finding> = {}): Finding => ({
  ruleId,
  level: 'error',
  releaseId,
  path: `p.${ruleId}`,
  expected: 'false',
  actual: undefined,
  file: `${releaseId}.yaml`,
  line: 2,
  fixable: true,
  message: `message ${ruleId} | with a pipe`,
  ...over
})

function input(over: Partial<JobSummaryInput>): JobSummaryInput {
  return {
    mode: 'review',
    outcome: [],
    releases: [],
    findings: [],
    fixed: new Set(),
    fixedBy: '',
    offered: new Map(),
    errors: 0,
    annotations: { emit: [], dropped: { error: 0, warning: 0, notice: 0 } },
    toRepoPath: f => `gitops/${f}`,
    sarifFile: '/tmp/x.sarif',
    ...over
  }
}

describe('renderJobSummary', () => {
  it('has one row per release with chart, version, where, findings and fix status', () => {
    const a = finding('a', 'TKI001')
    const b = finding('a', 'TKI002', { fixable: false })
    const c = finding('b', 'TKI001')
    const text = renderJobSummary(
      input({
        mode: 'commit',
        outcome: ['Committed.'],
        releases: [release('a', { chartVersion: '2.1.50' }), release('b'), release('c')],
        findings: [a, b, c],
        fixed: new Set([findingKey(a)]),
        fixedBy: 'committed abc1234',
        offered: new Map([[findingKey(c), 'suggested in a review comment']]),
        annotations: { emit: [], dropped: { error: 3, warning: 1, notice: 0 } }
      })
    )
    expect(text).toContain('Mode: `commit`\n\n- Committed.')
    expect(text).toContain(
      '| a | testkube | 2.1.50 | `gitops/a.yaml:1` | 2 errors | ✅ 1 fixed (committed abc1234), ✋ 1 to fix by hand |'
    )
    expect(text).toContain(
      '| b | testkube | any | `gitops/b.yaml:1` | 1 error | 🩹 1 suggested in a review comment |'
    )
    expect(text).toContain('| c | testkube | any | `gitops/c.yaml:1` | 0 | ✅ nothing to fix |')
    expect(text).toContain('4 more (3 errors, 1 warnings, 0 notices)')
    expect(text).toContain('message TKI002 \\| with a pipe')
  })

  it('says when there is no Testkube release', () => {
    expect(renderJobSummary(input({}))).toContain('No Testkube release was found.')
  })

  it('stays under 1 MiB', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding('a', `TKI${i}`, { message: 'x'.repeat(200) })
    )
    const text = renderJobSummary(input({ releases: [release('a')], findings }))
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    expect(text).toMatch(/\d+ more, cut to fit the summary/)
  })
})
