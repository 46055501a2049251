import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { repoPrefix, runCli, type CliIo } from '../../src/cli/main.js'
import { copyRepo, removeCopies } from './harness.js'

afterAll(removeCopies)

function io(cwd: string, env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    stdout: { write: (s: string) => (out += s), isTTY: true },
    stderr: { write: (s: string) => (err += s) },
    env,
    cwd,
    out: () => out,
    err: () => err
  }
}

describe('runCli in-process', () => {
  it('scans, renders and returns the exit code without touching process state', async () => {
    const dir = copyRepo('broken')
    const term = io(dir, { NO_COLOR: '1' })
    expect(await runCli(['scan', '.', '--format', 'json'], term)).toBe(1)
    expect(JSON.parse(term.out()).summary.releases).toBe(1)
    expect(term.err()).toBe('')
  })

  it('colours text on a terminal', async () => {
    const dir = copyRepo('compliant')
    const term = io(dir)
    expect(await runCli(['scan'], term)).toBe(0)
    expect(term.out()).toContain('\u001b[')
  })

  it('turns a usage error into exit 2 and one line on stderr', async () => {
    const term = io(process.cwd())
    expect(await runCli(['scan', '--format', 'yaml'], term)).toBe(2)
    expect(term.err()).toBe(
      "testkube-istio-guard: invalid --format 'yaml': expected one of text, json, sarif, github, markdown, junit, codeclimate, patch (see --help)\n"
    )
    expect(term.out()).toBe('')
  })
})

describe('repoPrefix', () => {
  it('is the path from the git checkout to the scanned folder', () => {
    const dir = copyRepo('compliant')
    mkdirSync(join(dir, '.git'))
    mkdirSync(join(dir, 'deploy', 'prod'), { recursive: true })
    expect(repoPrefix(dir)).toBe('')
    expect(repoPrefix(join(dir, 'deploy', 'prod'))).toBe('deploy/prod/')
  })
})
