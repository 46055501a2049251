import { describe, expect, it } from '@jest/globals'
import { renderJson, toJsonReport } from '../json.js'
import { checkRun } from '../run.js'
import { SECRET, sampleFixRun, sampleReport } from './sample.js'

describe('renderJson', () => {
  it('writes one object with the contract fields', () => {
    const out = JSON.parse(renderJson(sampleReport()))
    expect(out.schemaVersion).toBe(1)
    expect(out.mode).toBe('check')
    expect(out.summary).toEqual({
      releases: 2,
      findings: { error: 2, warning: 1, note: 1 },
      fixable: 2,
      needAnotherChange: 0,
      fixed: 0,
      remaining: { error: 2, warning: 1, note: 1 },
      errors: 1,
      filesScanned: 7
    })
    expect(Object.keys(out.releases[0]).sort()).toEqual(
      'chart chartVersion file id line mesh name namespace notes resolvedVersion source valueSources valuesPrefix'.split(
        ' '
      )
    )
    expect(out.releases[0].valueSources).toEqual([
      {
        kind: 'chart-defaults',
        label: 'chart defaults',
        file: null,
        line: null,
        yamlPath: '',
        precedence: 0,
        editable: false,
        readOnlyReason: 'the chart package is not in the repository'
      },
      {
        kind: 'embedded-yaml',
        label: 'helm.values',
        file: 'apps/testkube.yaml',
        line: 20,
        yamlPath: 'spec.source.helm.values',
        precedence: 1,
        editable: true,
        readOnlyReason: null
      }
    ])
    expect(out.releases[1].notes).toEqual([])
    expect(out.releases[1].mesh.evidence).toEqual([{ file: 'istio/istiod.yaml', line: 12 }])
    expect(out.findings[0]).toEqual({
      ruleId: 'TKI001',
      level: 'error',
      releaseId: 'apps/testkube.yaml#0/testkube',
      path: 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject',
      expected: 'false',
      actual: null,
      file: 'apps/testkube.yaml',
      line: 21,
      fixable: true,
      fixed: false,
      requiresChartVersion: null,
      message: 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject is not set',
      docs: expect.stringMatching(/\/docs\/rules\/TKI001\.md$/)
    })
    expect(out.fixes).toEqual([
      { file: 'apps/testkube.yaml', diff: expect.stringContaining('+++ b/apps/testkube.yaml') }
    ])
    expect(out.errors).toEqual([
      { file: 'broken.yaml', line: 3, message: 'bad indentation of a mapping entry' }
    ])
  })

  it('never writes the values trees of the layers', () => {
    expect(renderJson(sampleReport())).not.toContain(SECRET)
    expect(renderJson(sampleFixRun())).not.toContain(SECRET)
  })

  it('marks what a written fix resolved and counts what remains', () => {
    const out = toJsonReport(sampleFixRun())
    expect(out.mode).toBe('fix')
    expect(out.summary.fixed).toBe(2)
    expect(out.summary.remaining).toEqual({ error: 0, warning: 1, note: 1 })
    expect(out.findings.filter(f => f.fixed).map(f => f.ruleId)).toEqual(['TKI001', 'TKI010'])
  })

  it('accepts a bare scan report or a check run alike', () => {
    expect(renderJson(sampleReport())).toBe(renderJson(checkRun(sampleReport())))
  })
})
