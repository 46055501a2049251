/**
 * The README's Action section against action.yml: the inputs and outputs tables list exactly what
 * action.yml declares (with the same defaults), every workflow in the README is a file of docs/workflows and
 * uses only inputs that exist, and each workflow's step inputs run through the end-to-end harness.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { TOOL_URL } from '../../src/report/tool.js'
import { FakeGitHub } from './github-server.js'
import { BASE_FILES, STAGING_VALUES } from './fixtures.js'
import {
  ensureBundle,
  PROJECT,
  pullRequestEvent,
  readActionYml,
  runAction,
  scheduleEvent,
  TestRepo
} from './harness.js'

const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8')
const start = readme.indexOf('<!-- action:start -->')
const end = readme.indexOf('<!-- action:end -->')
const block = readme.slice(start, end)
const action = readActionYml()
const ACTION_REPO = new URL(TOOL_URL).pathname.slice(1) // owner/name

interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  concurrency: { group: string }
  jobs: Record<string, { steps: { uses?: string; id?: string; with?: Record<string, string> }[] }>
}

/** Rows of the markdown table that follows a heading: first cell (without backticks) and the others. */
function table(heading: string): Map<string, string[]> {
  const at = block.indexOf(`### ${heading}\n`)
  expect(at).toBeGreaterThanOrEqual(0)
  const rows = new Map<string, string[]>()
  for (const line of block.slice(at).split('\n').slice(1)) {
    if (line.startsWith('### ')) break
    if (!line.startsWith('| `')) continue
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map(c => c.trim())
    rows.set((cells[0] as string).replace(/`/g, ''), cells.slice(1))
  }
  return rows
}

const workflowsInReadme = [...block.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map(m => m[1] as string)
  .filter(text => /^jobs:/m.test(text))
// The organisation workflows (a reusable workflow and its caller) have a README section of their own and their
// own tests (__tests__/workflows): the README's Action block shows the single-repository ones.
const workflowFiles = readdirSync(join(PROJECT, 'docs', 'workflows'))
  .filter(f => f.endsWith('.yml') && !f.startsWith('org-compliance'))
  .sort()

function ourStep(w: Workflow) {
  const steps = Object.values(w.jobs).flatMap(j => j.steps)
  const step = steps.find(s => s.uses?.startsWith(`${ACTION_REPO}@`))
  expect(step).toBeDefined()
  return step as NonNullable<typeof step>
}

describe('README Action section', () => {
  it('has the markers and content between them', () => {
    expect(start).toBeGreaterThan(0)
    expect(end).toBeGreaterThan(start)
    expect(block).toContain('## GitHub Action')
  })

  it('lists exactly the inputs of action.yml, with its defaults', () => {
    const rows = table('Inputs')
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = (rows.get(name)?.[0] ?? '').replace(/^`|`$/g, '')
      expect([name, shown]).toEqual([name, input.default ?? ''])
    }
  })

  it('lists exactly the outputs of action.yml', () => {
    expect([...table('Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('runs on node24 from the bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('shows each workflow of docs/workflows, unchanged', () => {
    expect(workflowsInReadme).toHaveLength(workflowFiles.length)
    const files = workflowFiles.map(f => readFileSync(join(PROJECT, 'docs', 'workflows', f), 'utf8'))
    expect([...workflowsInReadme].sort()).toEqual([...files].sort())
  })

  it.each(workflowFiles)('%s uses this action with inputs it has, permissions and concurrency', file => {
    const w = parseYaml(readFileSync(join(PROJECT, 'docs', 'workflows', file), 'utf8')) as Workflow
    const step = ourStep(w)
    expect(step.uses).toBe(`${ACTION_REPO}@v1`)
    for (const name of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name)
    expect(w.concurrency.group).toBeTruthy()
    const mode = step.with?.mode ?? 'auto'
    const needs: Record<string, string[]> = {
      review: ['pull-requests'],
      commit: ['contents'],
      'pull-request': ['contents', 'pull-requests']
    }
    for (const scope of needs[mode] ?? []) expect([scope, w.permissions[scope]]).toEqual([scope, 'write'])
    // Outputs a later step reads must exist.
    const text = readFileSync(join(PROJECT, 'docs', 'workflows', file), 'utf8')
    for (const m of text.matchAll(/steps\.guard\.outputs\.([\w-]+)/g))
      expect(Object.keys(action.outputs)).toContain(m[1])
  })
})

/** Non-GET requests the action made. */
function writes(server: FakeGitHub): string[] {
  return server.requests.filter(r => r.method !== 'GET').map(r => r.operationId)
}

/** `scan --write-baseline` with the CLI bundle on the repository as it is, committed there. */
function writeBaseline(repo: TestRepo, file: string): void {
  const path = join(repo.dir, file)
  mkdirSync(dirname(path), { recursive: true })
  const cli = join(PROJECT, 'dist', 'cli', 'index.js')
  execFileSync(process.execPath, [
    cli,
    'scan',
    repo.dir,
    '--write-baseline',
    path,
    '--fail-on',
    'never',
    '--format',
    'json'
  ])
  repo.commit({ [file]: readFileSync(path, 'utf8') }, 'testkube-istio-guard: baseline')
}

describe('README workflows run through the harness', () => {
  const repos: TestRepo[] = []
  beforeAll(() => ensureBundle())
  afterAll(() => repos.forEach(r => r.remove()))

  it.each(workflowFiles)(
    '%s',
    async file => {
      const w = parseYaml(readFileSync(join(PROJECT, 'docs', 'workflows', file), 'utf8')) as Workflow
      const step = ourStep(w)
      const inputs: Record<string, string> = {}
      for (const [k, v] of Object.entries(step.with ?? {}))
        inputs[k] = String(v).replace('${{ github.token }}', 'ghs_test-token')
      const server = new FakeGitHub('acme/gitops')
      await server.start()
      const repo = new TestRepo(BASE_FILES)
      repos.push(repo)
      // A workflow with a baseline finds it committed, written by the CLI from what the base branch holds.
      if (inputs.baseline) writeBaseline(repo, inputs.baseline)
      const baseSha = repo.sha()
      server.branches.set('main', baseSha)
      try {
        const event = Object.keys(w.on)[0]
        if (event === 'pull_request') {
          repo.git('checkout', '-q', '-b', 'feature/staging')
          const headSha = repo.commit({ 'clusters/staging/testkube-values.yaml': STAGING_VALUES }, 'staging')
          server.branches.set('feature/staging', headSha)
          server.addPull({
            number: 7,
            head: { ref: 'feature/staging', sha: headSha, repo: 'acme/gitops' },
            base: { ref: 'main', sha: baseSha },
            diff: FakeGitHub.gitDiff(repo.dir, baseSha, headSha)
          })
          const run = await runAction({
            server,
            repo,
            eventName: 'pull_request',
            payload: pullRequestEvent({ server, number: 7, headRef: 'feature/staging', headSha, baseSha }),
            ref: 'refs/pull/7/merge',
            sha: headSha,
            inputs
          })
          if (inputs.mode === 'check') {
            // The base branch's findings are baselined; the pull request's new file fails the step.
            expect(writes(server)).toEqual([])
            expect(run.summary).toMatch(
              /\| \d+ \| baseline: in the baseline \.github\/testkube-istio-guard-baseline\.json \|/
            )
            const results =
              (run.sarif as { runs: { results: { baselineState?: string }[] }[] }).runs[0]?.results ?? []
            expect(new Set(results.map(r => r.baselineState))).toEqual(new Set(['new', 'unchanged']))
            expect(run.code).toBe(1)
          } else if (inputs.mode === 'review') {
            expect(server.reviews).toHaveLength(1)
            expect(server.issueComments(7)).toHaveLength(1)
            expect(run.code).toBe(1)
          } else {
            expect(server.commits).toHaveLength(1)
            expect(run.code).toBe(0)
          }
        } else {
          expect(event).toBe('schedule')
          const run = await runAction({
            server,
            repo,
            eventName: 'schedule',
            payload: scheduleEvent(server),
            ref: 'refs/heads/main',
            sha: baseSha,
            inputs
          })
          expect(server.pulls).toHaveLength(1)
          expect(server.pulls[0]?.head.ref).toBe(inputs['fix-branch'])
          expect(server.pulls[0]?.title).toBe(inputs['pr-title'])
          expect(run.outputs['pr-number']).toBe('1')
          expect(run.outputs['sarif-file']).toMatch(/testkube-istio-guard\.sarif$/)
          expect(run.code).toBe(0)
        }
        expect(server.violations).toEqual([])
      } finally {
        await server.stop()
      }
    },
    180_000
  )
})
