import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { changedFiles, copyRepo, removeCopies, REPO, runBundle, snapshot } from './harness.js'

afterAll(removeCopies)

interface JsonRelease {
  id: string
  name: string
  source: string
  chart: string
  file: string
}
interface JsonFinding {
  ruleId: string
  level: string
  releaseId: string
  fixable: boolean
}

/** The README's first command, after `npm ci && `: the demo a new user runs on the bundled example. */
function readmeDemoArgs(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8')
  const line = readme.split('\n').find(l => l.startsWith('npm ci && node dist/cli/index.js '))
  if (!line) throw new Error('README.md has no `npm ci && node dist/cli/index.js …` command')
  return line.slice('npm ci && node dist/cli/index.js '.length).trim().split(/\s+/)
}

describe('the bundled example repository (examples/gitops)', () => {
  it("runs the README's demo command: findings and the fix as a diff, and the example is left as it is", () => {
    const example = join(REPO, 'examples', 'gitops')
    const before = snapshot(example)
    const args = readmeDemoArgs()
    expect(args).toEqual(expect.arrayContaining(['scan', 'examples/gitops', '--dry-run']))
    const run = runBundle(args, { cwd: REPO })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/error +TKI0\d\d +\S+:\d+ /)
    expect(run.stdout).toContain('(dry run, nothing written)')
    expect(run.stdout).toMatch(/^\+\+\+ b\/\S+\.yaml$/m)
    expect(changedFiles(before, snapshot(example))).toEqual([])
  })

  it('finds a release in every format the example mixes, and the problems it was written to show', () => {
    const dir = copyRepo('examples/gitops')
    const out = JSON.parse(runBundle(['scan', dir, '--format', 'json']).stdout)
    expect(out.errors).toEqual([])
    const releases = out.releases as JsonRelease[]
    const findings = out.findings as JsonFinding[]
    const bySource = (s: string): JsonRelease[] => releases.filter(r => r.source === s)

    expect(
      bySource('helm-values')
        .map(r => r.file)
        .sort()
    ).toEqual(['enterprise/values.yaml', 'standalone/values.yaml'])
    expect(bySource('helm-umbrella').map(r => r.file)).toEqual(['charts/platform/Chart.yaml'])
    expect(bySource('argocd-application').map(r => r.file)).toEqual(['apps/testkube-agent.yaml'])
    expect(bySource('flux-helmrelease').map(r => r.file)).toEqual(['flux/testkube-runner/helmrelease.yaml'])
    expect(bySource('helmfile').map(r => r.file)).toEqual(['helmfile/helmfile.yaml'])
    expect(bySource('kustomize-helmchart').map(r => r.file)).toEqual(['kustomize/kustomization.yaml'])
    // Values files used by a release are layers of it, not releases of their own.
    expect(releases.map(r => r.file)).not.toEqual(
      expect.arrayContaining(['values/testkube-agent.yaml', 'flux/testkube-runner/values.yaml'])
    )

    const rulesOf = (file: string): string[] => {
      const ids = new Set(releases.filter(r => r.file === file).map(r => r.id))
      return [...new Set(findings.filter(f => ids.has(f.releaseId)).map(f => f.ruleId))].sort()
    }
    // A plain values file: the version is unknown, so it is judged as the newest release (the global template,
    // the builtin-templates hook, the operator it turns on) and the checks only older releases need are notes.
    expect(rulesOf('standalone/values.yaml')).toEqual([
      'TKI001',
      'TKI002',
      'TKI003',
      'TKI004',
      'TKI005',
      'TKI006',
      'TKI011'
    ])
    const standalone = new Set(releases.filter(r => r.file === 'standalone/values.yaml').map(r => r.id))
    expect(
      findings
        .filter(f => standalone.has(f.releaseId) && f.level === 'note')
        .map(f => f.ruleId)
        .sort()
    ).toEqual(['TKI001', 'TKI002', 'TKI003', 'TKI004'])
    expect(rulesOf('charts/platform/Chart.yaml')).toEqual(['TKI003', 'TKI004', 'TKI005', 'TKI010'])
    expect(rulesOf('apps/testkube-agent.yaml')).toEqual(['TKI001', 'TKI006'])
    expect(rulesOf('flux/testkube-runner/helmrelease.yaml')).toEqual(['TKI009'])
    expect(rulesOf('enterprise/values.yaml')).toEqual([
      'TKI002',
      'TKI003',
      'TKI004',
      'TKI005',
      'TKI007',
      'TKI008',
      'TKI011'
    ])
    expect(rulesOf('helmfile/helmfile.yaml')).toEqual([])
    // The namespace runs in ambient mode: a note instead of the sidecar rules.
    expect(rulesOf('kustomize/kustomization.yaml')).toEqual(['TKI101'])
  })

  it('fixes every fixable finding, and a second --fix changes no byte', () => {
    const dir = copyRepo('examples/gitops')
    const before = snapshot(dir)
    const first = runBundle(['scan', dir, '--fix', '--format', 'json'])
    expect(first.stderr).toBe('')
    const report = JSON.parse(first.stdout)
    expect(report.summary.fixed).toBe(report.summary.fixable)
    expect(first.status).toBe(report.summary.remaining.error > 0 ? 1 : 0)
    const fixed = snapshot(dir)
    expect(changedFiles(before, fixed)).toEqual(report.fixes.map((f: { file: string }) => f.file).sort())

    const second = runBundle(['scan', dir, '--fix', '--format', 'json'])
    expect(JSON.parse(second.stdout).fixes).toEqual([])
    expect(changedFiles(fixed, snapshot(dir))).toEqual([])
  })
})
