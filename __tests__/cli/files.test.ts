/**
 * `scan [DIR] [FILE...]` on a copy of the bundled example: the repository is read as a whole, and only the
 * releases that one of the files declares or feeds values to are reported, fixed and counted.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { changedFiles, copyRepo, removeCopies, runBundle, snapshot } from './harness.js'

afterAll(removeCopies)

interface JsonReport {
  summary: { releases: number; fixable: number; fixed: number; findings: Record<string, number> }
  releases: { id: string; file: string; valueSources: { file: string | null }[] }[]
  findings: { releaseId: string; ruleId: string; path: string; file: string; line: number }[]
  errors: { file: string }[]
}

const json = (args: string[], cwd: string): { status: number | null; report: JsonReport } => {
  const run = runBundle([...args, '--format', 'json'], { cwd })
  expect(run.stderr).toBe('')
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport }
}

/** The Argo CD Application reads its values from values/testkube-agent.yaml: a file that declares no release. */
const ARGO_VALUES = 'values/testkube-agent.yaml'
const ARGO_APP = 'apps/testkube-agent.yaml'

describe('scan FILE...', () => {
  it("reports only the releases a file feeds values to, with the same findings as the whole repository's scan", () => {
    const repo = copyRepo('examples/gitops')
    const whole = json(['scan'], repo).report
    const argo = whole.releases.find(r => r.file === ARGO_APP)
    expect(argo?.valueSources.map(v => v.file)).toContain(ARGO_VALUES)
    expect(whole.releases.length).toBeGreaterThan(1)

    const { status, report } = json(['scan', ARGO_VALUES], repo)
    expect(status).toBe(1)
    expect(report.releases.map(r => r.id)).toEqual([argo?.id])
    expect(report.summary.releases).toBe(1)
    expect(report.findings).toEqual(whole.findings.filter(f => f.releaseId === argo?.id))
    expect(report.findings.length).toBeGreaterThan(0)
    const counted = Object.values(report.summary.findings).reduce((a, b) => a + b, 0)
    expect(counted).toBe(report.findings.length)
  })

  it('takes the declaration and the value files alike, and several files as the union of their releases', () => {
    const repo = copyRepo('examples/gitops')
    const byDeclaration = json(['scan', ARGO_APP], repo).report
    expect(byDeclaration.releases.map(r => r.file)).toEqual([ARGO_APP])
    const two = json(['scan', ARGO_VALUES, 'flux/testkube-runner/values.yaml'], repo).report
    expect(two.releases.map(r => r.file).sort()).toEqual([ARGO_APP, 'flux/testkube-runner/helmrelease.yaml'])
  })

  it('reports nothing and exits 0 for files no release reads', () => {
    const repo = copyRepo('examples/gitops')
    const { status, report } = json(['scan', 'README.md', 'kustomize/namespace.yaml'], repo)
    expect(status).toBe(0)
    expect(report.releases).toEqual([])
    expect(report.findings).toEqual([])
  })

  it('reads FILE relative to the working directory when DIR is given, and leaves out files outside DIR', () => {
    const repo = copyRepo('examples/gitops')
    const { report } = json(['scan', 'flux', 'flux/testkube-runner/values.yaml', ARGO_VALUES], repo)
    expect(report.releases.map(r => r.file)).toEqual(['testkube-runner/helmrelease.yaml'])
  })

  it('with --fix, writes only the fixes of those releases', () => {
    const repo = copyRepo('examples/gitops')
    const before = snapshot(repo)
    const whole = json(['scan'], repo).report
    const argo = whole.releases.find(r => r.file === ARGO_APP)
    const argoFiles = new Set([argo?.file, ...(argo?.valueSources.map(v => v.file) ?? [])])

    const fixed = json(['scan', ARGO_VALUES, '--fix'], repo)
    expect(fixed.status).toBe(0)
    expect(fixed.report.releases).toHaveLength(1)
    expect(fixed.report.summary.fixed).toBeGreaterThan(0)
    const changed = changedFiles(before, snapshot(repo))
    expect(changed.length).toBeGreaterThan(0)
    for (const file of changed) expect(argoFiles).toContain(file)

    // The other releases' findings are all still there.
    const after = json(['scan'], repo).report
    const others = (r: JsonReport): string[] =>
      r.findings.filter(f => f.releaseId !== argo?.id).map(f => `${f.releaseId} ${f.ruleId} ${f.path}`)
    expect(others(after)).toEqual(others(whole))
    expect(after.findings.filter(f => f.releaseId === argo?.id)).toEqual([])
  })
})
