import { afterAll, describe, expect, it } from '@jest/globals'
import { changedFiles, copyRepo, removeCopies, runBundle, snapshot } from './harness.js'

afterAll(removeCopies)

describe('the CLI bundle: --fix', () => {
  it('--dry-run shows the diff and writes nothing', () => {
    const dir = copyRepo('broken')
    const before = snapshot(dir)
    const run = runBundle(['scan', dir, '--fix', '--dry-run'])
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('(dry run, nothing written)')
    expect(run.stdout).toContain('+++ b/ops/testkube-values.yaml')
    expect(run.stdout).toContain('sidecar.istio.io/inject: "false"')
    expect(changedFiles(before, snapshot(dir))).toEqual([])
  })

  it('writes the fixes, after which a scan is clean and a second --fix changes no byte', () => {
    const dir = copyRepo('broken')
    const before = snapshot(dir)

    const first = runBundle(['scan', dir, '--fix', '--format', 'json'])
    expect(first.stderr).toBe('')
    // Every finding is fixed; charts/unreadable.yaml, a broken Testkube file (an error TKI900), stays.
    expect(first.status).toBe(1)
    expect(JSON.parse(first.stdout).errors.map((e: { level: string }) => e.level)).toEqual(['error'])
    const report = JSON.parse(first.stdout)
    expect(report.mode).toBe('fix')
    expect(report.summary.fixed).toBeGreaterThan(0)
    expect(report.summary.fixed).toBe(report.summary.fixable)
    expect(report.summary.remaining.error).toBe(0)
    expect(report.fixes.map((f: { file: string }) => f.file)).toEqual(['ops/testkube-values.yaml'])

    const fixed = snapshot(dir)
    expect(changedFiles(before, fixed)).toEqual(['ops/testkube-values.yaml'])
    const text = fixed.get('ops/testkube-values.yaml') as string
    expect(text).toContain('# comments stay where they are')
    expect(text).not.toMatch(/inject: false/)

    const again = runBundle(['scan', dir, '--format', 'json'])
    expect(again.status).toBe(1)
    const left = JSON.parse(again.stdout)
    expect(left.findings.filter((f: { level: string }) => f.level === 'error')).toEqual([])
    expect(left.fixes).toEqual([])

    const second = runBundle(['scan', dir, '--fix'])
    expect(second.status).toBe(1)
    expect(second.stdout).toContain('No file changed.')
    expect(changedFiles(fixed, snapshot(dir))).toEqual([])
  })

  it('reports in text what was fixed, with the diff', () => {
    const dir = copyRepo('broken')
    const run = runBundle(['scan', dir, '--fix', '--exclude', 'charts/**'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Fixes written to 1 file:')
    expect(run.stdout).toMatch(/\[fixed\]/)
    expect(run.stdout).toMatch(/^Summary: .* fixed, \d+ remaining/m)
  })
})
