/**
 * The bundle reads Terraform: the HCL parser's WASM files are found beside dist/cli/index.js, from any working
 * directory, and a heredoc is fixed in place.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyRepo, removeCopies, runBundle } from './harness.js'

afterAll(removeCopies)

describe('the CLI bundle on a Terraform repository', () => {
  it('reports the helm_release with the version it pins, from a variable default', () => {
    const dir = copyRepo('src/formats/terraform/__fixtures__/basic')
    const run = runBundle(['scan', dir, '--format', 'json', '--fail-on', 'never'], { cwd: tmpdir() })
    expect(run.stderr).toBe('')
    const out = JSON.parse(run.stdout)
    expect(out.errors).toEqual([])
    expect(out.releases).toHaveLength(1)
    expect(out.releases[0]).toMatchObject({
      source: 'terraform-helm-release',
      chart: 'testkube',
      chartVersion: '2.1.50',
      file: 'main.tf',
      line: 5
    })
  })

  it('says in notices, not errors, which Terraform files it read and why none is a Testkube release', () => {
    const dir = copyRepo('src/formats/terraform/__fixtures__/none')
    const run = runBundle(['scan', dir, '--format', 'json'], { cwd: tmpdir() })
    expect(run.status).toBe(0)
    const out = JSON.parse(run.stdout)
    expect(out.releases).toEqual([])
    expect(out.errors).toEqual([])
    expect(out.notices.map((n: { file: string; line: number }) => `${n.file}:${n.line}`)).toEqual([
      'main.tf:1',
      'main.tf:7',
      'network.tf:1'
    ])
  })

  it('fixes the heredoc in place with --fix', () => {
    const dir = copyRepo('src/formats/terraform/__fixtures__/basic')
    const run = runBundle(['scan', dir, '--fix', '--fail-on', 'never'], { cwd: tmpdir() })
    expect(run.stderr).toBe('')
    const text = readFileSync(join(dir, 'main.tf'), 'utf8')
    expect(text).toContain(
      [
        '      preUpgradeHook:',
        '        podAnnotations:',
        '          sidecar.istio.io/inject: "false"',
        '      testkube-operator:'
      ].join('\n')
    )
    expect(text).toContain('            sidecar.istio.io/inject: "false"\n    EOT\n')
  })
})
