/**
 * End to end: the bundled action against a real git repository and GitHub as a local server that checks
 * every request against GitHub's published REST description and GraphQL schema.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub, type FakeComment } from './github-server.js'
import { BASE_FILES, NO_TESTKUBE_FILES, ONE_FINDING_VALUES, STAGING_VALUES } from './fixtures.js'
import {
  ensureBundle,
  PROJECT,
  pullRequestEvent,
  runAction,
  scheduleEvent,
  TestRepo,
  type ActionRun
} from './harness.js'

const repos: TestRepo[] = []
let server: FakeGitHub | undefined

beforeAll(() => ensureBundle())

afterEach(async () => {
  if (!server) return
  const violations = server.violations
  await server.stop()
  expect(violations).toEqual([])
})

afterAll(() => {
  for (const r of repos) r.remove()
})

async function newServer(): Promise<FakeGitHub> {
  server = new FakeGitHub('acme/gitops')
  await server.start()
  return server
}

function newRepo(files: Record<string, string>): TestRepo {
  const r = new TestRepo(files)
  repos.push(r)
  return r
}

/** A pull request on `feature/staging` that adds the staging values file. */
async function pullRequest(
  extra: Record<string, string> = { 'clusters/staging/testkube-values.yaml': STAGING_VALUES },
  base: Record<string, string> = BASE_FILES
) {
  const s = await newServer()
  const repo = newRepo(base)
  const baseSha = repo.sha()
  repo.git('checkout', '-q', '-b', 'feature/staging')
  const headSha = repo.commit(extra, 'Add staging')
  s.branches.set('main', baseSha)
  s.branches.set('feature/staging', headSha)
  s.addPull({
    number: 7,
    head: { ref: 'feature/staging', sha: headSha, repo: 'acme/gitops' },
    base: { ref: 'main', sha: baseSha },
    diff: FakeGitHub.gitDiff(repo.dir, baseSha, headSha)
  })
  const event = (headRepo?: string) =>
    pullRequestEvent({ server: s, number: 7, headRef: 'feature/staging', headSha, baseSha, headRepo })
  return { s, repo, baseSha, headSha, event }
}

function prRun(
  p: Awaited<ReturnType<typeof pullRequest>>,
  inputs: Record<string, string> = {},
  headRepo?: string
) {
  return runAction({
    server: p.s,
    repo: p.repo,
    eventName: 'pull_request',
    payload: p.event(headRepo),
    ref: 'refs/pull/7/merge',
    sha: p.headSha,
    inputs
  })
}

/** The author pushes `files` to the pull request's branch; the action then runs on the new head. */
function pushAndRun(
  p: Awaited<ReturnType<typeof pullRequest>>,
  files: Record<string, string>,
  message: string
) {
  const headSha = p.repo.commit(files, message)
  const pull = p.s.pulls[0]!
  pull.head.sha = headSha
  pull.diff = FakeGitHub.gitDiff(p.repo.dir, p.baseSha, headSha)
  p.s.branches.set('feature/staging', headSha)
  return runHead(p)
}

/** A run on a head of the pull request's branch (by default the one GitHub knows). */
function runHead(
  p: Awaited<ReturnType<typeof pullRequest>>,
  inputs: Record<string, string> = {},
  headSha = p.s.pulls[0]!.head.sha
) {
  return runAction({
    server: p.s,
    repo: p.repo,
    eventName: 'pull_request',
    payload: pullRequestEvent({
      server: p.s,
      number: 7,
      headRef: 'feature/staging',
      headSha,
      baseSha: p.baseSha
    }),
    ref: 'refs/pull/7/merge',
    sha: headSha,
    inputs
  })
}

/** A review run that found nothing to change: since request `since`, it only read the pull request and comments. */
function expectReadsOnly(s: FakeGitHub, since: number): void {
  expect(s.requests.slice(since).map(r => r.operationId)).toEqual([
    'pulls/get',
    'pulls/list-review-comments',
    'issues/list-comments'
  ])
}

/** What the CLI's fixer makes of a file in the repository (the ground truth for suggestions and commits). */
function fixedByCli(repo: TestRepo): (path: string) => string {
  const copy = mkdtempSync(join(tmpdir(), 'tkig-fixed-'))
  cpSync(repo.dir, copy, { recursive: true })
  try {
    execFileSync(
      process.execPath,
      [join(PROJECT, 'dist', 'cli', 'index.js'), 'scan', copy, '--fix', '--fail-on', 'never'],
      {
        stdio: 'pipe'
      }
    )
  } catch {
    // exit code 1 = findings remain; the files are written all the same
  }
  const read = (path: string) => readFileSync(join(copy, path), 'utf8')
  const files = new Map<string, string>()
  return (path: string) => {
    if (!files.has(path)) files.set(path, read(path))
    return files.get(path) as string
  }
}

/** Apply review-comment suggestions to a text the way GitHub does: lines start_line..line are replaced. */
function applyComments(text: string, comments: readonly FakeComment[]): string {
  const lines = text.replace(/\n$/, '').split('\n')
  const sorted = [...comments].sort((a, b) => (b.startLine ?? b.line ?? 0) - (a.startLine ?? a.line ?? 0))
  for (const c of sorted) {
    const m = /(`{3,})suggestion\n([\s\S]*?)\n?\1/.exec(c.body)
    expect(m).not.toBeNull()
    const replacement = m?.[2] === '' ? [] : (m?.[2] ?? '').split('\n')
    const start = c.startLine ?? (c.line as number)
    lines.splice(start - 1, (c.line as number) - start + 1, ...replacement)
  }
  return `${lines.join('\n')}\n`
}

function writes(s: FakeGitHub): string[] {
  return s.requests.filter(r => r.method !== 'GET').map(r => r.operationId)
}

function noStackTrace(run: ActionRun): void {
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/)
}

describe('review mode', () => {
  it('comments on fixes inside the diff, summarises the rest, and a re-run posts nothing new', async () => {
    const p = await pullRequest()
    const truth = fixedByCli(p.repo)
    const run = await prRun(p)
    noStackTrace(run)

    // One review; every inline comment is on the file the pull request adds, and the server (GitHub's rules)
    // accepted every anchor.
    expect(p.s.reviews).toHaveLength(1)
    const inline = p.s.reviewComments(7)
    expect(inline.length).toBeGreaterThan(0)
    expect(new Set(inline.map(c => c.path))).toEqual(new Set(['clusters/staging/testkube-values.yaml']))
    for (const c of inline) expect(c.body).toMatch(/```suggestion\n/)
    expect(inline.some(c => c.body.includes('TKI010'))).toBe(true)
    // Accepting every suggestion gives exactly what the fixer writes.
    expect(applyComments(STAGING_VALUES, inline)).toBe(truth('clusters/staging/testkube-values.yaml'))

    // One sticky summary with the findings outside the diff and the diff to apply.
    const sticky = p.s.issueComments(7)
    expect(sticky).toHaveLength(1)
    const body = sticky[0]?.body ?? ''
    expect(body.startsWith('<!-- testkube-istio-guard:summary -->')).toBe(true)
    expect(body).toContain('💬 suggested in review')
    expect(body).toContain('🩹 in the diff below')
    expect(body).toMatch(/```diff\ndiff --git a\/apps\/testkube.yaml b\/apps\/testkube.yaml/)
    expect(body).toContain('+++ b/clusters/prod/testkube-values.yaml')
    expect(body).not.toContain('+++ b/clusters/staging/testkube-values.yaml')

    // Every mode: annotations within GitHub's limits, job summary, SARIF, outputs, failure per fail-on.
    expect(run.annotations.filter(a => a.kind === 'error' && a.props.file)).toHaveLength(10)
    expect(run.summary).toContain('| Release | Chart | Version | Where | Findings | Fix status |')
    expect(run.summary).toMatch(/GitHub shows 10 annotations of each kind per step: \d+ more/)
    expect(run.outputs).toMatchObject({ releases: '3', 'commit-sha': '', 'pr-number': '' })
    expect(Number(run.outputs.findings)).toBeGreaterThan(10)
    expect(run.outputs.fixable).toBe(run.outputs.findings)
    expect((run.sarif as { runs: { results: unknown[] }[] }).runs[0]?.results.length).toBe(
      Number(run.outputs.findings)
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Findings remain at or above fail-on')
    const firstCount = p.s.requests.length
    expect(firstCount).toBe(5)

    // A re-run with nothing new: reads only, nothing posted, nothing edited.
    const again = await prRun(p)
    expect(again.code).toBe(1)
    expectReadsOnly(p.s, firstCount)
    expect(p.s.reviews).toHaveLength(1)
    expect(p.s.issueComments(7)).toHaveLength(1)
    expect(again.summary).toContain('already posted by an earlier run')

    // The author fixes prod by hand: the next run edits the summary in place and marks those resolved.
    const third = await pushAndRun(
      p,
      { 'clusters/prod/testkube-values.yaml': truth('clusters/prod/testkube-values.yaml') },
      'Fix prod'
    )
    expect(third.code).toBe(1)
    expect(p.s.issueComments(7)).toHaveLength(1)
    expect(p.s.reviews).toHaveLength(1)
    const updated = p.s.issueComments(7)[0]?.body ?? ''
    expect(updated).not.toBe(body)
    expect(updated).toMatch(
      /✅ resolved \| TKI001 \| \| \| ~~TKI001 testkube-api\.jobPodAnnotations.*clusters\/prod\/testkube-values\.yaml\)~~/
    )
    expect(updated).not.toContain('+++ b/clusters/prod/testkube-values.yaml')
    expect(writes(p.s).filter(w => w === 'issues/update-comment')).toHaveLength(1)
    // Prod's fixes were in the summary's diff, not in review comments: no thread is touched.
    expect(p.s.requests.some(r => r.operationId.startsWith('graphql:'))).toBe(false)

    // The author commits the suggestions: their threads are resolved, in one query and one mutation.
    const beforeFourth = p.s.requests.length
    const fourth = await pushAndRun(
      p,
      { 'clusters/staging/testkube-values.yaml': applyComments(STAGING_VALUES, inline) },
      'Apply'
    )
    noStackTrace(fourth)
    expect(fourth.code).toBe(1) // apps/testkube.yaml still has findings
    const fourthOps = p.s.requests.slice(beforeFourth).map(r => r.operationId)
    expect(fourthOps.filter(o => o.startsWith('graphql:'))).toEqual([
      'graphql:repository',
      'graphql:resolveReviewThread'
    ])
    expect(p.s.reviewComments(7).every(c => c.resolved === true)).toBe(true)
    expect(fourth.summary).toContain(`Resolved ${inline.length} review threads whose findings are fixed.`)
    expect(p.s.violations).toEqual([])

    // A run after that does not look the settled threads up again: reads only.
    const beforeFifth = p.s.requests.length
    const fifth = await runHead(p)
    expect(fifth.code).toBe(1)
    expectReadsOnly(p.s, beforeFifth)
  }, 240_000)

  it('leaves the threads of fixed findings open, and says why, when the token may not resolve them', async () => {
    const p = await pullRequest()
    await prRun(p)
    const inline = p.s.reviewComments(7)
    expect(inline.length).toBeGreaterThan(0)
    // What GitHub answers a token without `pull-requests: write`: HTTP 200 with a FORBIDDEN error.
    p.s.inject({
      operation: 'graphql:resolveReviewThread',
      status: 200,
      body: {
        data: null,
        errors: [{ type: 'FORBIDDEN', path: ['t0'], message: 'Resource not accessible by integration' }]
      }
    })
    const run = await pushAndRun(
      p,
      { 'clusters/staging/testkube-values.yaml': applyComments(STAGING_VALUES, inline) },
      'Apply'
    )
    noStackTrace(run)
    expect(run.code).toBe(1)
    expect(p.s.reviewComments(7).some(c => c.resolved)).toBe(false)
    expect(p.s.issueComments(7)[0]?.body).toContain(
      'The review threads of fixed findings were left open: the token may not write to this repository (Resource not accessible by integration).'
    )
  }, 120_000)

  it('degrades to annotations, job summary and SARIF on a pull request from a fork', async () => {
    const p = await pullRequest()
    const run = await prRun(p, {}, 'someone/gitops')
    noStackTrace(run)
    expect(p.s.requests).toEqual([])
    const notice = run.annotations.filter(a => a.kind === 'notice' && /fork/.test(a.message))
    expect(notice).toHaveLength(1)
    expect(notice[0]?.message).toMatch(
      /^Pull request from a fork \(someone\/gitops\): its token is read-only/
    )
    expect(run.summary).toContain('Mode: `check (degraded)`')
    expect(run.sarif).not.toBeNull()
    expect(run.annotations.filter(a => a.kind === 'error' && a.props.file)).toHaveLength(10)
    expect(run.code).toBe(1)
  }, 120_000)

  it('warns (an annotation, not a notice) when there is no token to write with, and writes nothing', async () => {
    const p = await pullRequest()
    const run = await prRun(p, { token: '' })
    noStackTrace(run)
    expect(p.s.requests).toEqual([])
    const warned = run.annotations.filter(a => a.kind === 'warning' && /^No token/.test(a.message))
    expect(warned).toHaveLength(1)
    expect(warned[0]?.message).toContain('mode review needs the token input')
    expect(run.annotations.some(a => a.kind === 'notice' && /No token/.test(a.message))).toBe(false)
    expect(run.summary).toContain('Mode: `check (degraded)`')
  }, 120_000)

  it('reads the per-file patches when GitHub will not serve a diff that large (406), and comments the same', async () => {
    const p = await pullRequest()
    const truth = fixedByCli(p.repo)
    // GitHub's answer for a diff over 20,000 lines or 300 files.
    p.s.inject({
      operation: 'pulls/get',
      status: 406,
      body: {
        message:
          "Sorry, the diff exceeded the maximum number of files (300). Consider using 'List pull requests files' API or locally cloning the repository instead.",
        errors: [{ resource: 'PullRequest', field: 'diff', code: 'too_large' }],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
        status: '406'
      }
    })
    const run = await prRun(p)
    noStackTrace(run)
    expect(run.code).toBe(1)
    expect(p.s.requests.slice(0, 2).map(r => r.operationId)).toEqual(['pulls/get', 'pulls/list-files'])
    const inline = p.s.reviewComments(7)
    expect(new Set(inline.map(c => c.path))).toEqual(new Set(['clusters/staging/testkube-values.yaml']))
    expect(applyComments(STAGING_VALUES, inline)).toBe(truth('clusters/staging/testkube-values.yaml'))
    expect(p.s.violations).toEqual([])
  }, 120_000)

  it('moves every inline comment into the summary when GitHub refuses the review (422)', async () => {
    const p = await pullRequest()
    p.s.inject({
      operation: 'pulls/create-review',
      status: 422,
      body: {
        message: 'Unprocessable Entity',
        errors: ['Pull request review thread line must be part of the diff'],
        documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
        status: '422'
      }
    })
    const run = await prRun(p)
    noStackTrace(run)
    expect(p.s.requests.filter(r => r.operationId === 'pulls/create-review').map(r => r.status)).toEqual([
      422
    ])
    expect(p.s.reviews).toHaveLength(0)
    const body = p.s.issueComments(7)[0]?.body ?? ''
    expect(body).toContain('GitHub refused the review comments (Unprocessable Entity')
    expect(body).not.toContain('💬 suggested in review')
    expect(body).toContain('+++ b/clusters/staging/testkube-values.yaml')
    expect(run.code).toBe(1)
  }, 120_000)

  it('waits out a secondary rate limit (403 with retry-after) and goes on', async () => {
    const p = await pullRequest()
    p.s.inject({
      operation: 'issues/create-comment',
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403'
      }
    })
    const started = Date.now()
    const run = await prRun(p)
    noStackTrace(run)
    expect(p.s.requests.filter(r => r.operationId === 'issues/create-comment').map(r => r.status)).toEqual([
      403, 201
    ])
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    expect(p.s.issueComments(7)).toHaveLength(1)
    expect(run.summary).toContain('6 GitHub API requests.')
  }, 120_000)

  it('says once why it cannot write when the token is read-only (403 Resource not accessible by integration)', async () => {
    const p = await pullRequest()
    p.s.inject({
      operation: 'pulls/create-review',
      status: 403,
      body: {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
        status: '403'
      }
    })
    const run = await prRun(p)
    noStackTrace(run)
    const notice = run.annotations.filter(a => a.kind === 'notice' && /refused/.test(a.message))
    expect(notice).toHaveLength(1)
    expect(notice[0]?.message).toContain('Resource not accessible by integration')
    expect(p.s.issueComments(7)).toHaveLength(0)
    expect(run.summary).toContain('Mode: `check (degraded)`')
    expect(run.code).toBe(1)
  }, 120_000)

  it('keeps the number of requests the same for 1 and for 200 findings', async () => {
    const counts: Record<number, number> = {}
    for (const n of [1, 200]) {
      const files: Record<string, string> = {}
      for (let i = 0; i < n; i++)
        files[`clusters/c${String(i).padStart(3, '0')}/testkube-values.yaml`] = ONE_FINDING_VALUES
      const p = await pullRequest(files, NO_TESTKUBE_FILES)
      const run = await prRun(p)
      expect(run.outputs.findings).toBe(String(n))
      counts[n] = p.s.requests.length
      const inline = p.s.reviewComments(7)
      expect(inline).toHaveLength(Math.min(n, 30))
      if (n === 200) {
        const body = p.s.issueComments(7)[0]?.body ?? ''
        expect(body).toContain('170 more suggestions than one review may hold (30) are in the diff below.')
        expect(body.length).toBeLessThan(65_536)
      }
      expect(p.s.violations).toEqual([])
      await p.s.stop()
    }
    // diff, review comments, review, issue comments, summary comment
    expect(counts).toEqual({ 1: 5, 200: 5 })
    process.stdout.write(`request counts: 1 finding -> ${counts[1]}, 200 findings -> ${counts[200]}\n`)
  }, 240_000)

  it('still reports when the API fails otherwise, with one line and no stack trace', async () => {
    const p = await pullRequest()
    p.s.inject({
      operation: 'pulls/get',
      status: 404,
      body: {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
        status: '404'
      }
    })
    const run = await prRun(p, { 'fail-on': 'never' })
    noStackTrace(run)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::The GitHub API failed in review mode: Not Found/)
    expect(run.summary).toContain('| Release | Chart | Version | Where | Findings | Fix status |')
    expect(run.sarif).not.toBeNull()
    expect(run.annotations.filter(a => a.kind === 'error' && a.props.file)).toHaveLength(10)
  }, 120_000)

  it('only reports in check mode, with the SARIF file where sarif-file says', async () => {
    const p = await pullRequest()
    const run = await prRun(p, { mode: 'check', 'sarif-file': 'reports/guard.sarif', 'fail-on': 'never' })
    expect(p.s.requests).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs['sarif-file']).toBe(join(p.repo.dir, 'reports', 'guard.sarif'))
    expect(run.sarif).toMatchObject({ version: '2.1.0' })
    expect(run.summary).toContain('Mode: `check`')
    expect(run.summary).toContain(
      '| testkube | testkube | 2.1.50 | `apps/testkube.yaml:13` | 7 errors | 🩹 7 fixable |'
    )
  }, 120_000)

  it('posts nothing on a repository without Testkube', async () => {
    const s = await newServer()
    const repo = newRepo(NO_TESTKUBE_FILES)
    const baseSha = repo.sha()
    repo.git('checkout', '-q', '-b', 'feature/x')
    const headSha = repo.commit({ 'values/redis.yaml': 'architecture: replication\n' }, 'redis')
    s.addPull({
      number: 3,
      head: { ref: 'feature/x', sha: headSha, repo: 'acme/gitops' },
      base: { ref: 'main', sha: baseSha },
      diff: FakeGitHub.gitDiff(repo.dir, baseSha, headSha)
    })
    const run = await runAction({
      server: s,
      repo,
      eventName: 'pull_request',
      payload: pullRequestEvent({ server: s, number: 3, headRef: 'feature/x', headSha, baseSha }),
      ref: 'refs/pull/3/merge',
      sha: headSha
    })
    expect(run.code).toBe(0)
    expect(writes(s)).toEqual([])
    expect(run.outputs).toMatchObject({ releases: '0', findings: '0', fixable: '0', fixed: '0' })
    expect(run.summary).toContain('No Testkube release was found.')
    expect(run.annotations).toEqual([])
  }, 120_000)
})

describe('commit mode', () => {
  it('commits the fixes to the pull request branch with the head it saw', async () => {
    const p = await pullRequest()
    const truth = fixedByCli(p.repo)
    const run = await prRun(p, { mode: 'commit' })
    noStackTrace(run)
    expect(p.s.commits).toHaveLength(1)
    const commit = p.s.commits[0]!
    expect(commit).toMatchObject({
      branch: 'feature/staging',
      parent: p.headSha,
      headline: 'fix(testkube): apply the Istio settings Testkube needs'
    })
    expect(commit.additions.map(a => a.path).sort()).toEqual([
      'apps/testkube.yaml',
      'clusters/prod/testkube-values.yaml',
      'clusters/staging/testkube-values.yaml'
    ])
    for (const a of commit.additions) expect(a.contents).toBe(truth(a.path))
    expect(run.outputs['commit-sha']).toBe(commit.oid)
    expect(run.outputs.fixed).toBe(run.outputs.findings)
    expect(run.code).toBe(0)
    expect(run.summary).toContain(`committed ${commit.oid.slice(0, 7)}`)
    expect(p.s.requests.map(r => r.operationId)).toEqual(['graphql:createCommitOnBranch'])

    // Nothing left: no empty commit.
    p.repo.git('reset', '-q', '--hard')
    p.repo.commit(Object.fromEntries(commit.additions.map(a => [a.path, a.contents])), 'fixed')
    p.s.branches.set('feature/staging', p.repo.sha())
    const again = await runHead(p, { mode: 'commit' }, p.repo.sha())
    expect(again.code).toBe(0)
    expect(p.s.commits).toHaveLength(1)
    expect(again.summary).toContain('Nothing to commit.')
  }, 180_000)

  it('fails cleanly and overwrites nothing when the head moved before the commit', async () => {
    const p = await pullRequest()
    const moved = 'f'.repeat(40)
    p.s.branches.set('feature/staging', moved) // someone pushed after the run started
    const run = await prRun(p, { mode: 'commit' })
    noStackTrace(run)
    expect(p.s.commits).toHaveLength(0)
    expect(p.s.branches.get('feature/staging')).toBe(moved)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error::Branch 'feature/staging' moved after this run read it at ${p.headSha.slice(0, 7)}; nothing was committed.`
    )
    expect(run.outputs['commit-sha']).toBe('')
    expect(run.outputs.fixed).toBe('0')
  }, 120_000)

  it('never commits to a fork’s branch', async () => {
    const p = await pullRequest()
    const run = await runAction({
      server: p.s,
      repo: p.repo,
      eventName: 'pull_request_target',
      payload: p.event('someone/gitops'),
      ref: 'refs/heads/main',
      sha: p.baseSha,
      inputs: { mode: 'commit' }
    })
    expect(p.s.requests).toEqual([])
    expect(run.annotations.some(a => a.kind === 'notice' && /never commits to a fork/.test(a.message))).toBe(
      true
    )
  }, 120_000)
})

describe('pull-request mode', () => {
  it('opens a fix pull request, updates it, leaves it alone, then closes it when nothing is left', async () => {
    const s = await newServer()
    const repo = newRepo(BASE_FILES)
    s.branches.set('main', repo.sha())
    const scheduled = () => {
      repo.git('reset', '-q', '--hard') // a fresh checkout on every run
      return runAction({
        server: s,
        repo,
        eventName: 'schedule',
        payload: scheduleEvent(s),
        ref: 'refs/heads/main',
        sha: repo.sha()
      })
    }
    const branch = 'testkube-istio-guard/fixes'

    // 1: opens
    const first = await scheduled()
    noStackTrace(first)
    expect(s.pulls).toHaveLength(1)
    const pr = s.pulls[0]!
    expect(pr).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Testkube: apply the Istio settings Testkube needs'
    })
    expect(pr.head.ref).toBe(branch)
    expect(s.commits).toHaveLength(1)
    expect(s.commits[0]?.parent).toBe(repo.sha())
    expect(s.branches.get(branch)).toBe(s.commits[0]?.oid)
    expect(first.outputs).toMatchObject({
      'pr-number': '1',
      'pr-url': 'https://github.com/acme/gitops/pull/1'
    })
    expect(first.outputs['commit-sha']).toBe(s.commits[0]?.oid)
    expect(first.code).toBe(0) // everything is fixable and in the pull request
    expect(pr.body).toContain('| TKI010 |')

    // 2: the same fixes again: nothing is written
    const before = s.requests.length
    const same = await scheduled()
    expect(same.code).toBe(0)
    expect(writes({ ...s, requests: s.requests.slice(before) } as FakeGitHub)).toEqual([])
    expect(same.summary).toContain('Unchanged: pull request #1')

    // 3: main moves on with another release to fix: the branch is rebuilt and the pull request updated
    const mainSha = repo.commit({ 'clusters/dev/testkube-values.yaml': ONE_FINDING_VALUES }, 'dev cluster')
    s.branches.set('main', mainSha)
    const thirdStart = s.requests.length
    const third = await scheduled()
    expect(third.code).toBe(0)
    expect(s.pulls).toHaveLength(1)
    expect(s.commits).toHaveLength(2)
    expect(s.commits[1]).toMatchObject({ parent: mainSha, branch })
    expect(s.commits[1]?.additions.map(a => a.path)).toContain('clusters/dev/testkube-values.yaml')
    expect(third.summary).toContain('Updated pull request #1')
    // The commit is built on main first and the branch moves once: the pull request never loses its changes.
    expect(s.requests.slice(thirdStart).map(r => r.operationId)).toEqual([
      'pulls/list',
      'git/get-ref',
      'git/get-commit',
      'git/create-tree',
      'git/create-commit',
      'git/update-ref',
      'pulls/update'
    ])
    expect(pr.state).toBe('open')
    expect(s.branches.get(branch)).toBe(s.commits[1]?.oid)

    // 4: the fixes land on main: the stale pull request is closed and its branch deleted
    const fixed = Object.fromEntries((s.commits[1]?.additions ?? []).map(a => [a.path, a.contents]))
    const landed = repo.commit(fixed, 'merge fixes')
    s.branches.set('main', landed)
    const last = await scheduled()
    expect(last.code).toBe(0)
    expect(pr.state).toBe('closed')
    expect(s.branches.has(branch)).toBe(false)
    expect(s.issueComments(1).map(c => c.body)).toEqual([expect.stringContaining('Closing: `main`')])
    expect(last.summary).toContain('Nothing is left to fix: closed the stale pull request #1')
    expect(last.outputs['pr-number']).toBe('1')
  }, 300_000)
})
