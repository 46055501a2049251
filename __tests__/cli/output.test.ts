import { afterAll, describe, expect, it } from '@jest/globals'
import type { Log } from 'sarif'
import { copyRepo, removeCopies, runBundle } from './harness.js'

afterAll(removeCopies)

const SOURCES = [
  'helm-values',
  'helm-umbrella',
  'argocd-application',
  'argocd-applicationset',
  'flux-helmrelease',
  'helmfile',
  'kustomize-helmchart',
  'terraform-helm-release'
]

describe('the CLI bundle: json and sarif', () => {
  const dir = copyRepo('broken')

  it('writes one JSON object with the documented shape', () => {
    const run = runBundle(['scan', dir, '--format', 'json'])
    expect(run.status).toBe(1)
    const out = JSON.parse(run.stdout)
    expect(out.schemaVersion).toBe(1)
    expect(out.mode).toBe('check')
    expect(Object.keys(out.summary).sort()).toEqual(
      [
        'errors',
        'filesScanned',
        'findings',
        'fixable',
        'fixed',
        'needAnotherChange',
        'releases',
        'remaining',
        'suppressed'
      ].sort()
    )
    expect(out.summary.releases).toBe(out.releases.length)
    expect(out.summary.errors).toBe(out.errors.length)

    expect(out.releases).toHaveLength(1)
    const release = out.releases[0]
    expect(release).toMatchObject({
      chart: 'testkube',
      chartVersion: null,
      source: 'helm-values',
      file: 'ops/testkube-values.yaml',
      valuesPrefix: ''
    })
    expect(SOURCES).toContain(release.source)
    expect(typeof release.id).toBe('string')
    expect(release.line).toBeGreaterThanOrEqual(1)
    expect(release.mesh).toEqual({ mode: 'sidecar', reason: expect.any(String), evidence: expect.any(Array) })
    for (const source of release.valueSources) {
      expect(Object.keys(source).sort()).toEqual(
        ['editable', 'file', 'kind', 'label', 'line', 'precedence', 'readOnlyReason', 'yamlPath'].sort()
      )
      expect(source).not.toHaveProperty('values')
    }

    const rules = out.findings.map((f: { ruleId: string }) => f.ruleId)
    expect(rules).toEqual(expect.arrayContaining(['TKI010', 'TKI002', 'TKI006']))
    expect(rules).not.toContain('TKI011') // the boolean is TKI010 only
    for (const f of out.findings) {
      expect(f.releaseId).toBe(release.id)
      expect(f.file).toBe('ops/testkube-values.yaml')
      expect(f.line).toBeGreaterThanOrEqual(1)
      expect(['error', 'warning', 'note']).toContain(f.level)
      expect(f.docs).toMatch(new RegExp(`/docs/rules/${f.ruleId}\\.md$`))
      expect(typeof f.message).toBe('string')
      expect(typeof f.fixable).toBe('boolean')
      expect(f.fixed).toBe(false)
    }
    // A plain check carries no diffs: `fixes[]` is filled with --fix or --dry-run.
    expect(out.fixes).toEqual([])
    const dry = JSON.parse(runBundle(['scan', dir, '--format', 'json', '--dry-run']).stdout)
    expect(dry.mode).toBe('dry-run')
    expect(dry.fixes.map((f: { file: string }) => f.file)).toEqual(['ops/testkube-values.yaml'])
    expect(dry.fixes[0].diff).toContain('+')
    expect(out.errors).toEqual([
      {
        file: 'charts/unreadable.yaml',
        line: expect.any(Number),
        level: 'error',
        message: expect.any(String)
      }
    ])
  })

  it('writes SARIF 2.1.0 where every result has a rule, a location and a region', () => {
    const run = runBundle(['scan', dir, '--format', 'sarif'])
    expect(run.status).toBe(1)
    const log = JSON.parse(run.stdout) as Log
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const rules = log.runs[0].tool.driver.rules ?? []
    const results = log.runs[0].results ?? []
    expect(results.length).toBeGreaterThan(1)
    for (const r of results) {
      expect(rules[r.ruleIndex as number].id).toBe(r.ruleId)
      expect(['error', 'warning', 'note']).toContain(r.level)
      const loc = r.locations?.[0]?.physicalLocation
      expect(loc?.artifactLocation?.uriBaseId).toBe('%SRCROOT%')
      expect(loc?.artifactLocation?.uri).not.toMatch(/^\/|\\/)
      expect(loc?.region?.startLine).toBeGreaterThanOrEqual(1)
      expect(Object.values(r.partialFingerprints ?? {})).toHaveLength(1)
    }
    expect(
      results
        .filter(r => r.ruleId === 'TKI900')
        .map(r => r.locations?.[0].physicalLocation?.artifactLocation?.uri)
    ).toEqual(['charts/unreadable.yaml'])
  })

  it('lists the unreadable file with file:line in text', () => {
    const run = runBundle(['scan', dir])
    expect(run.stdout).toMatch(/TKI900 +charts\/unreadable\.yaml:\d+ /)
    expect(run.stdout).toMatch(/TKI010 +ops\/testkube-values\.yaml:\d+ /)
  })
})
