/**
 * The config file, inline suppressions and baselines as a user meets them: the real bundle on a copy of the
 * suppression fixture repository (src/engine/__fixtures__/suppressions). The fixture's expiring entry is dated
 * 2999-12-31 and its expired one 2000-01-01, so these tests hold on any day a test can run.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { changedFiles, copyRepo, removeCopies, runBundle, snapshot } from './harness.js'

afterAll(removeCopies)

const FIXTURE = 'src/engine/__fixtures__/suppressions'

interface JsonOut {
  summary: { suppressed: number; remaining: Record<string, number> }
  findings: {
    ruleId: string
    file: string
    suppression: { kind: string; reason: string } | null
    fingerprint: string
  }[]
}

const json = (stdout: string): JsonOut => JSON.parse(stdout) as JsonOut

describe('suppressions in the CLI', () => {
  it('keeps accepted findings in JSON with their suppression, and they fail nothing', () => {
    const dir = copyRepo(FIXTURE)
    const run = runBundle(['scan', dir, '--format', 'json'])
    expect(run.stderr).toBe('')
    // No error counts: the one error left is a warning by the config's rules, the rest are accepted.
    expect(run.status).toBe(0)
    const out = json(run.stdout)
    expect(out.summary.suppressed).toBe(11)
    expect(out.summary.remaining).toEqual({ error: 0, warning: 4, note: 0 })
    const kinds = out.findings.map(f => f.suppression?.kind ?? 'none')
    expect(kinds.filter(k => k === 'inline')).toHaveLength(2)
    expect(kinds.filter(k => k === 'config')).toHaveLength(9)
    expect(out.findings.every(f => /^[0-9a-f]{32}$/.test(f.fingerprint))).toBe(true)
    expect(runBundle(['scan', dir, '--fail-on', 'warning']).status).toBe(1)
  })

  it('prints one counted line in text, and lists them with --show-suppressed', () => {
    const dir = copyRepo(FIXTURE)
    const plain = runBundle(['scan', dir, '--no-color']).stdout
    expect(plain).toContain(
      '11 suppressed findings (--show-suppressed lists them): 4 config: decommissioned in Q1; 4 config: the sandbox namespace has no istio-injection label; 1 config: the operator webhook certificates are made by cert-manager; 1 inline: NATS is upgraded in a maintenance window; 1 inline: we run MongoDB upgrades by hand'
    )
    expect(plain).not.toContain('suppressed TKI002')
    expect(plain).toMatch(/Summary: .*11 suppressed/)
    const listed = runBundle(['scan', dir, '--no-color', '--show-suppressed']).stdout
    expect(listed).toContain(
      'suppressed TKI002  apps/testkube.yaml:16  preUpgradeHook.podAnnotations."sidecar.istio.io/inject" is not set'
    )
    expect(listed).toContain('[inline: we run MongoDB upgrades by hand (apps/testkube.yaml:12)]')
  })

  it('never fixes an accepted finding', () => {
    const dir = copyRepo(FIXTURE)
    const before = snapshot(dir)
    const run = runBundle(['scan', dir, '--fix', '--format', 'json'])
    expect(run.stderr).toBe('')
    const after = snapshot(dir)
    expect(changedFiles(before, after)).toEqual(['apps/testkube.yaml'])
    const text = after.get('apps/testkube.yaml') ?? ''
    // TKI004 (its comment has no reason) is fixed; TKI002, TKI003 and TKI005 are accepted and left alone.
    expect(text).toMatch(
      /preUpgrade:\n\s+podAnnotations:.*\n\s+team: platform\n\s+sidecar\.istio\.io\/inject: "false"/
    )
    expect(text).not.toMatch(/preUpgradeHook:/)
    expect(text).not.toMatch(/webhook:/)
  })

  it('lets given flags override the config file', () => {
    const dir = copyRepo(FIXTURE)
    const config = join(dir, '.testkube-istio-guard.yaml')
    writeFileSync(config, `${readFileSync(config, 'utf8')}failOn: warning\n`)
    expect(runBundle(['scan', dir]).status).toBe(1)
    expect(runBundle(['scan', dir, '--fail-on', 'error']).status).toBe(0)
  })

  it('refuses a bad config with exit 2 and file:line:column, and reports nothing', () => {
    const dir = copyRepo(FIXTURE)
    writeFileSync(
      join(dir, '.testkube-istio-guard.yaml'),
      'ignore:\n  - rule: TKI002\n    resaon: typo\nrules:\n  TKI077:\n    level: note\n'
    )
    const run = runBundle(['scan', dir])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      "testkube-istio-guard: .testkube-istio-guard.yaml:2:5: ignore[0]: missing required key 'reason'",
      "testkube-istio-guard: .testkube-istio-guard.yaml:3:5: ignore[0]: unknown key 'resaon' (allowed: rule, path, release, reason, expires)"
    ])
    const missing = runBundle(['scan', dir, '--config', join(dir, 'nope.yaml')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe('testkube-istio-guard: nope.yaml:1:1: config file not found\n')
  })

  it('reads --config from outside the repository', () => {
    const dir = copyRepo(FIXTURE)
    const elsewhere = copyRepo('compliant')
    const file = join(elsewhere, 'guard.yaml')
    writeFileSync(file, 'rules:\n  TKI901:\n    level: "off"\n')
    const out = json(runBundle(['scan', dir, '--config', file, '--format', 'json']).stdout)
    // Only that file counts: the repository's own config (and its suppressions) is not read.
    expect(out.summary.suppressed).toBe(2)
    expect(out.findings.some(f => f.ruleId === 'TKI901')).toBe(false)
  })

  it('writes a baseline, and a second run reports those findings as baselined', () => {
    const dir = copyRepo(FIXTURE)
    const baseline = join(dir, 'guard-baseline.json')
    expect(runBundle(['scan', dir, '--write-baseline', baseline, '--format', 'json']).status).toBe(0)
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as {
      kind: string
      findings: { line: number }[]
    }
    expect(written.kind).toBe('testkube-istio-guard-baseline')
    const second = runBundle(['scan', dir, '--baseline', baseline, '--format', 'json', '--fail-on', 'error'])
    const out = json(second.stdout)
    const baselined = out.findings.filter(f => f.suppression?.kind === 'baseline').map(f => f.ruleId)
    expect(baselined).toEqual(['TKI004'])
    // The same from a SARIF report of the first run.
    const sarif = join(dir, 'old.sarif')
    runBundle(['scan', dir, '--format', 'sarif', '--output', sarif])
    const fromSarif = json(runBundle(['scan', dir, '--baseline', sarif, '--format', 'json']).stdout)
    expect(fromSarif.findings.filter(f => f.suppression?.kind === 'baseline').map(f => f.ruleId)).toEqual([
      'TKI004'
    ])
    const bad = runBundle(['scan', dir, '--baseline', join(dir, 'apps/testkube.yaml')])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^testkube-istio-guard: .*apps\/testkube\.yaml: not JSON/)
  })
})
