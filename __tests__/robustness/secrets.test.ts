/**
 * The tool never prints the value of a key it does not own. Credentials are planted beside Testkube releases
 * (`__fixtures__/secrets`): agent keys and passwords in values files and in an Argo CD `helm.values`, Argo CD
 * parameters and helmfile `set` entries, a Secret's `data` and `stringData` in the same stream as a HelmRelease
 * the fixer changes, and on the lines where broken YAML breaks. Every output (text, JSON, SARIF, dry-run diffs,
 * `--fix`) is searched for them, and for their base64 forms.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  changedPaths,
  FIXTURES,
  makeRepo,
  removeRepos,
  runCli,
  snapshot,
  type Run,
  type TempRepo
} from './harness.js'

let repo: TempRepo
const runs: Record<string, Run> = {}
let planted: string[] = []

beforeAll(() => {
  repo = makeRepo('secrets')
  // Every planted value: the PLANTED-… and tkcagnt_PLANTED… strings, and the base64 in the Secrets' data.
  const all = [
    'argocd/agent.yaml',
    'values/testkube.yaml',
    'flux/helmrelease.yaml',
    'flux/secret.yaml',
    'helmfile/helmfile.yaml',
    'broken/values.yaml',
    'enterprise/values.yaml'
  ]
    .map(f => readFileSync(join(FIXTURES, 'secrets', f), 'utf8'))
    .join('\n')
  planted = [...new Set(all.match(/(tkcagnt_)?PLANTED[-A-Z0-9]*|UExBTlRFR[A-Za-z0-9+/=]*/g) ?? [])]
  // The plain values files declare no chart version: pinned as a workflow would, so every key around the planted
  // credentials is one the judged release reads (and fixes).
  const base = ['scan', repo.root, '--chart-version', 'testkube=2.1.50']
  runs.text = runCli(base)
  runs.json = runCli([...base, '--format', 'json'])
  runs.sarif = runCli([...base, '--format', 'sarif'])
  runs.dryText = runCli([...base, '--fix', '--dry-run'])
  runs.dryJson = runCli([...base, '--fix', '--dry-run', '--format', 'json'])
  runs.drySarif = runCli([...base, '--fix', '--dry-run', '--format', 'sarif'])
  const before = snapshot(repo.root)
  runs.fixJson = runCli([...base, '--fix', '--format', 'json'])
  changed = changedPaths(before, snapshot(repo.root))
  runs.afterText = runCli(base)
}, 120_000)
afterAll(removeRepos)

let changed: string[] = []

describe('no secrets in the output', () => {
  it('plants enough to find', () => {
    expect(planted.length).toBeGreaterThanOrEqual(25)
  })

  it('prints none of them, in any format, with or without --fix', () => {
    for (const [name, run] of Object.entries(runs)) {
      expect({ name, status: run.status, stderr: run.stderr }).toEqual({
        name,
        status: run.status,
        stderr: ''
      })
      const leaked = planted.filter(s => run.stdout.includes(s))
      expect({ name, leaked }).toEqual({ name, leaked: [] })
    }
  })

  it('shows diffs whose credentials are masked, so the check above saw them', () => {
    expect(runs.dryText.stdout).toContain('diff --git a/values/testkube.yaml')
    expect(runs.dryText.stdout).toContain('key: <redacted>')
    expect(runs.dryText.stdout).toContain('vault.hashicorp.com/agent-inject-token: <redacted>')
    expect(runs.dryText.stdout).toContain('diff --git a/flux/helmrelease.yaml')
    const json = JSON.parse(runs.fixJson.stdout) as { fixes: { file: string; diff: string }[] }
    expect(json.fixes.map(f => f.file).sort()).toEqual(changed)
  })

  it('masks credentials inside a string a finding quotes, in its message, expected and actual values', () => {
    // The finding is there (so the leak check above saw it), with the string's other content intact.
    const json = JSON.parse(runs.json.stdout) as {
      findings: { file: string; path: string; expected: unknown; actual: unknown; message: string }[]
    }
    const proxy = json.findings.find(f => f.file === 'enterprise/values.yaml' && f.path.includes('proxy'))
    expect(proxy?.actual).toBe(
      '{"auth": "<redacted>", "password": "<redacted>", "proxyMetadata": {"API_TOKEN": "<redacted>"}}'
    )
    expect(String(proxy?.expected)).toContain('"holdApplicationUntilProxyStarts":true')
    expect(runs.text.stdout).toContain(`(now: '{"auth": "<redacted>", "password": "<redacted>"`)
  })

  it('reports broken YAML without quoting the text it broke on', () => {
    expect(runs.text.stdout).toContain('broken/values.yaml:5  Unexpected flow-seq-end token in YAML stream')
    expect(runs.text.stdout).toMatch(
      /argocd\/agent\.yaml:\d+ {2}spec\.source\.helm\.values is not valid YAML/
    )
  })

  it('writes the fixes and leaves every credential, and every Secret, as it was', () => {
    expect(changed).toEqual([
      'argocd/agent.yaml',
      'enterprise/values.yaml',
      'flux/helmrelease.yaml',
      'helmfile/helmfile.yaml',
      'values/testkube.yaml'
    ])
    for (const f of changed) {
      const now = readFileSync(join(repo.root, f), 'utf8')
      const was = readFileSync(join(FIXTURES, 'secrets', f), 'utf8')
      for (const s of planted.filter(p => was.includes(p))) expect(now).toContain(s)
    }
    expect(readFileSync(join(repo.root, 'flux', 'secret.yaml'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'secrets', 'flux', 'secret.yaml'), 'utf8')
    )
  })
})
