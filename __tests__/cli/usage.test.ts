import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { copyRepo, removeCopies, REPO, runBundle } from './harness.js'

afterAll(removeCopies)

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }

describe('the CLI bundle: usage and exit codes', () => {
  it('prints its version', () => {
    const run = runBundle(['--version'])
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`${pkg.version}\n`)
  })

  it('prints help on --help and exits 0', () => {
    const run = runBundle(['--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('Usage: testkube-istio-guard scan [DIR] [FILE...] [options]')
    for (const flag of [
      '--format',
      '--fix',
      '--dry-run',
      '--native-sidecars',
      '--repo-url',
      '--include',
      '--exclude',
      '--fail-on',
      '--output',
      '--no-color'
    ])
      expect(run.stdout).toContain(flag)
  })

  it.each([
    [['scan', '--frobnicate'], 'unknown option --frobnicate'],
    [['scan', '--format', 'xml'], "invalid --format 'xml'"],
    [['scan', '--fail-on', 'always'], "invalid --fail-on 'always'"],
    [['scan', 'no/such/dir'], 'no such directory or file: no/such/dir'],
    [['scan', 'src', 'no/such/file.yaml'], 'no such directory or file: no/such/file.yaml'],
    [['scan', 'src', 'docs'], 'docs is a directory: only the first argument may be DIR'],
    [[], 'missing command'],
    [['lint'], "unknown command 'lint'"]
  ])('exits 2 with a one-line reason for %j', (args, reason) => {
    const run = runBundle(args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(reason)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('exits 0 on a compliant repository', () => {
    const dir = copyRepo('compliant')
    const run = runBundle(['scan', dir])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('testkube-runner')
    expect(run.stdout).toContain('ok: no findings')
    expect(run.stdout).toMatch(/^Summary: 1 release, 0 findings, 0 fixable, 1 YAML file scanned\.$/m)
  })

  it('scans the working directory when DIR is left out', () => {
    const dir = copyRepo('compliant')
    const run = runBundle(['scan', '--format', 'json'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).summary.releases).toBe(1)
  })

  it('exits 1 while an error finding remains, and follows --fail-on', () => {
    const dir = copyRepo('broken')
    expect(runBundle(['scan', dir]).status).toBe(1)
    expect(runBundle(['scan', dir, '--fail-on', 'never']).status).toBe(0)
    expect(runBundle(['scan', dir, '--fail-on', 'warning']).status).toBe(1)
  })

  it('counts a broken Testkube file (TKI900) as an error, any other broken file only at --fail-on warning', () => {
    const dir = copyRepo('broken')
    // Every finding is fixed; the broken file is left, and it holds Testkube values: an error.
    expect(runBundle(['scan', dir, '--fix']).status).toBe(1)
    expect(runBundle(['scan', dir]).status).toBe(1)
    expect(runBundle(['scan', dir, '--exclude', 'charts/**']).status).toBe(0)
    // A broken istiod HelmRelease is parsed (the mesh detector reads it) but names no Testkube: a warning.
    mkdirSync(join(dir, 'mesh'))
    writeFileSync(
      join(dir, 'mesh', 'istiod.yaml'),
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: istiod\nspec:\n' +
        '  chart:\n    spec:\n      chart: istiod\n  values:\n    foo: : bar\n'
    )
    expect(runBundle(['scan', dir, '--exclude', 'charts/**']).status).toBe(0)
    expect(runBundle(['scan', dir, '--fail-on', 'warning', '--exclude', 'charts/**']).status).toBe(1)
    expect(runBundle(['scan', dir, '--fail-on', 'warning', '--exclude', '{charts,mesh}/**']).status).toBe(0)
  })

  it('writes the report to --output instead of stdout', () => {
    const dir = copyRepo('compliant')
    const run = runBundle(['scan', '.', '--format', 'json', '--output', 'report.json'], { cwd: dir })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).schemaVersion).toBe(1)
  })

  it('colours text only when asked: FORCE_COLOR on, NO_COLOR and --no-color off, a pipe off', () => {
    const dir = copyRepo('broken')
    const esc = '\u001b['
    expect(runBundle(['scan', dir]).stdout).not.toContain(esc)
    expect(runBundle(['scan', dir], { env: { FORCE_COLOR: '1' } }).stdout).toContain(esc)
    expect(runBundle(['scan', dir, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(esc)
    expect(runBundle(['scan', dir], { env: { NO_COLOR: '1' } }).stdout).not.toContain(esc)
  })
})
