/**
 * Every GitHub API call the action makes, in one place: a thin, named wrapper per call, so the modes read
 * as what they do, and so the request count per run is easy to see and to bound. Errors that the modes
 * handle are turned into typed errors here.
 */
import type { Octokit } from './octokit-client.js'

export interface RepoRef {
  owner: string
  repo: string
}

/** The token may not write here: a fork pull request, or a workflow without the `permissions:` it needs. */
export class PermissionError extends Error {}

/** The branch moved after the run read it: nothing was written. */
export class StaleHeadError extends Error {}

/** GitHub refused a request as invalid (422), e.g. a review comment on a line outside the diff. */
export class UnprocessableError extends Error {}

export interface ReviewCommentDraft {
  path: string
  body: string
  line: number
  side: 'RIGHT'
  start_line?: number
  start_side?: 'RIGHT'
}

export interface ExistingComment {
  id: number
  body: string
  /** `Bot` for GitHub Apps such as github-actions[bot]. */
  userType: string | null
  userLogin: string | null
}

export interface PullSummary {
  number: number
  url: string
  body: string
  headRef: string
}

export interface FileAddition {
  path: string
  contents: string
}

/** At most this many pages of 100 are read from any list, so a run's requests stay bounded. */
const MAX_PAGES = 10

export class GitHubHelper {
  constructor(
    private readonly octokit: Octokit,
    private readonly repo: RepoRef
  ) {}

  /** The pull request's diff, once: the unified diff, or (too large for that) the per-file patches. */
  async getPullDiff(pullNumber: number): Promise<{ diff: string } | { files: PullFile[] }> {
    try {
      const res = await this.octokit.rest.pulls.get({
        ...this.repo,
        pull_number: pullNumber,
        mediaType: { format: 'diff' }
      })
      return { diff: res.data as unknown as string }
    } catch (err) {
      // 406: "the diff exceeded the maximum number of lines/files"; read the paginated file list instead.
      if (statusOf(err) !== 406) throw translate(err)
    }
    return { files: await this.listPullFiles(pullNumber) }
  }

  async listPullFiles(pullNumber: number): Promise<PullFile[]> {
    return this.pages(page =>
      this.octokit.rest.pulls.listFiles({ ...this.repo, pull_number: pullNumber, per_page: 100, page })
    )
  }

  async listReviewComments(pullNumber: number): Promise<ExistingComment[]> {
    const rows = await this.pages(page =>
      this.octokit.rest.pulls.listReviewComments({
        ...this.repo,
        pull_number: pullNumber,
        per_page: 100,
        page
      })
    )
    return rows.map(c => ({
      id: c.id,
      body: c.body,
      userType: c.user?.type ?? null,
      userLogin: c.user?.login ?? null
    }))
  }

  /**
   * Resolve the review threads that begin with one of `commentIds` (review comment ids) and are still open.
   * Returns how many it resolved, and the comments whose threads are resolved now (by this call or before).
   * Threads are found through GraphQL (REST has no thread ids), 100 a page, and resolved in one mutation of up
   * to 50 aliased `resolveReviewThread` fields.
   */
  async resolveReviewThreads(
    pullNumber: number,
    commentIds: ReadonlySet<number>
  ): Promise<{ resolved: number; settled: number[] }> {
    const open: string[] = []
    const settled: number[] = []
    let after: string | null = null
    for (let page = 0; page < MAX_PAGES; page++) {
      const res: ReviewThreadsPage = await this.octokit.graphql<ReviewThreadsPage>(REVIEW_THREADS, {
        ...this.repo,
        number: pullNumber,
        after
      })
      const threads = res.repository?.pullRequest?.reviewThreads
      if (!threads) break
      for (const t of threads.nodes ?? []) {
        const first = t?.comments.nodes?.[0]?.databaseId
        if (!t || first == null || !commentIds.has(first)) continue
        settled.push(first)
        if (!t.isResolved) open.push(t.id)
      }
      // Every thread asked for is found: no need to read further pages.
      if (!threads.pageInfo.hasNextPage || settled.length === commentIds.size) break
      after = threads.pageInfo.endCursor
    }
    for (let i = 0; i < open.length; i += 50) {
      const batch = open.slice(i, i + 50)
      const variables = Object.fromEntries(batch.map((id, j) => [`t${j}`, id]))
      const mutation = `mutation (${batch.map((_, j) => `$t${j}: ID!`).join(', ')}) {\n${batch
        .map(
          (_, j) =>
            `  t${j}: resolveReviewThread(input: { threadId: $t${j} }) {\n    thread {\n      id\n    }\n  }`
        )
        .join('\n')}\n}`
      try {
        await this.octokit.graphql(mutation, variables)
      } catch (err) {
        throw translate(err)
      }
    }
    return { resolved: open.length, settled }
  }

  /** One review with every inline comment (`COMMENT`: it neither approves nor blocks). */
  async createReview(
    pullNumber: number,
    commitId: string,
    body: string,
    comments: ReviewCommentDraft[]
  ): Promise<{ id: number; url: string }> {
    try {
      const res = await this.octokit.rest.pulls.createReview({
        ...this.repo,
        pull_number: pullNumber,
        commit_id: commitId,
        event: 'COMMENT',
        body,
        comments
      })
      return { id: res.data.id, url: res.data.html_url }
    } catch (err) {
      throw translate(err)
    }
  }

  async listIssueComments(issueNumber: number): Promise<ExistingComment[]> {
    const rows = await this.pages(page =>
      this.octokit.rest.issues.listComments({ ...this.repo, issue_number: issueNumber, per_page: 100, page })
    )
    return rows.map(c => ({
      id: c.id,
      body: c.body ?? '',
      userType: c.user?.type ?? null,
      userLogin: c.user?.login ?? null
    }))
  }

  async createIssueComment(issueNumber: number, body: string): Promise<{ id: number; url: string }> {
    try {
      const res = await this.octokit.rest.issues.createComment({
        ...this.repo,
        issue_number: issueNumber,
        body
      })
      return { id: res.data.id, url: res.data.html_url }
    } catch (err) {
      throw translate(err)
    }
  }

  async updateIssueComment(commentId: number, body: string): Promise<{ id: number; url: string }> {
    try {
      const res = await this.octokit.rest.issues.updateComment({ ...this.repo, comment_id: commentId, body })
      return { id: res.data.id, url: res.data.html_url }
    } catch (err) {
      throw translate(err)
    }
  }

  async getDefaultBranch(): Promise<string> {
    try {
      const res = await this.octokit.rest.repos.get({ ...this.repo })
      return res.data.default_branch
    } catch (err) {
      throw translate(err)
    }
  }

  /** The commit a branch points to, or null when there is no such branch. */
  async getBranchSha(branch: string): Promise<string | null> {
    try {
      const res = await this.octokit.rest.git.getRef({ ...this.repo, ref: `heads/${branch}` })
      return res.data.object.sha
    } catch (err) {
      if (statusOf(err) === 404) return null
      throw translate(err)
    }
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    try {
      await this.octokit.rest.git.createRef({ ...this.repo, ref: `refs/heads/${branch}`, sha })
    } catch (err) {
      throw translate(err)
    }
  }

  /** Move the fix branch to a commit built on the base (force: it is rebuilt from the base on every change). */
  async resetBranch(branch: string, sha: string): Promise<void> {
    try {
      await this.octokit.rest.git.updateRef({ ...this.repo, ref: `heads/${branch}`, sha, force: true })
    } catch (err) {
      throw translate(err)
    }
  }

  /**
   * One commit with `parent` as its only parent and `files` changed, built without touching any branch
   * (Git Database API: the parent's tree, a tree on it, a commit), so a branch can be moved to it in one step.
   */
  async createDetachedCommit(args: {
    parent: string
    message: string
    files: FileAddition[]
  }): Promise<{ oid: string; url: string }> {
    try {
      const parent = await this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: args.parent })
      const tree = await this.octokit.rest.git.createTree({
        ...this.repo,
        base_tree: parent.data.tree.sha,
        tree: args.files.map(f => ({
          path: f.path,
          mode: '100644' as const,
          type: 'blob' as const,
          content: f.contents
        }))
      })
      const commit = await this.octokit.rest.git.createCommit({
        ...this.repo,
        message: args.message,
        tree: tree.data.sha,
        parents: [args.parent]
      })
      return { oid: commit.data.sha, url: commit.data.html_url }
    } catch (err) {
      throw translate(err)
    }
  }

  async deleteBranch(branch: string): Promise<void> {
    try {
      await this.octokit.rest.git.deleteRef({ ...this.repo, ref: `heads/${branch}` })
    } catch (err) {
      if (statusOf(err) === 404 || statusOf(err) === 422) return // already gone
      throw translate(err)
    }
  }

  /**
   * One signed commit on an existing branch, through GraphQL `createCommitOnBranch`. `expectedHeadOid` is the
   * optimistic lock: if the branch moved, GitHub refuses and nothing is overwritten (StaleHeadError).
   */
  async createCommitOnBranch(args: {
    branch: string
    expectedHeadOid: string
    headline: string
    body?: string
    additions: FileAddition[]
    deletions?: string[]
  }): Promise<{ oid: string; url: string }> {
    const input = {
      branch: { repositoryNameWithOwner: `${this.repo.owner}/${this.repo.repo}`, branchName: args.branch },
      expectedHeadOid: args.expectedHeadOid,
      message: args.body ? { headline: args.headline, body: args.body } : { headline: args.headline },
      fileChanges: {
        additions: args.additions.map(a => ({
          path: a.path,
          contents: Buffer.from(a.contents).toString('base64')
        })),
        deletions: (args.deletions ?? []).map(path => ({ path }))
      }
    }
    try {
      const res = await this.octokit.graphql<{
        createCommitOnBranch: { commit: { oid: string; url: string } }
        // Sent to `${baseUrl}/graphql` (GHES: /api/graphql), the endpoint GITHUB_GRAPHQL_URL names too.
      }>(CREATE_COMMIT, { input })
      return res.createCommitOnBranch.commit
    } catch (err) {
      const message = (err as Error).message ?? ''
      if (/Expected branch to point to/i.test(message))
        throw new StaleHeadError(
          `Branch '${args.branch}' moved after this run read it at ${args.expectedHeadOid.slice(0, 7)}; nothing was committed. Re-run the workflow on the new head.`
        )
      throw translate(err)
    }
  }

  async findOpenPull(headBranch: string, base: string): Promise<PullSummary | null> {
    try {
      const res = await this.octokit.rest.pulls.list({
        ...this.repo,
        head: `${this.repo.owner}:${headBranch}`,
        base,
        state: 'open',
        per_page: 10
      })
      const pr = res.data[0]
      return pr ? { number: pr.number, url: pr.html_url, body: pr.body ?? '', headRef: pr.head.ref } : null
    } catch (err) {
      throw translate(err)
    }
  }

  async createPull(args: { head: string; base: string; title: string; body: string }): Promise<PullSummary> {
    try {
      const res = await this.octokit.rest.pulls.create({ ...this.repo, ...args })
      return {
        number: res.data.number,
        url: res.data.html_url,
        body: res.data.body ?? '',
        headRef: res.data.head.ref
      }
    } catch (err) {
      throw translate(err)
    }
  }

  async updatePull(pullNumber: number, args: { title?: string; body?: string; state?: 'open' | 'closed' }) {
    try {
      const res = await this.octokit.rest.pulls.update({ ...this.repo, pull_number: pullNumber, ...args })
      return { number: res.data.number, url: res.data.html_url, state: res.data.state }
    } catch (err) {
      throw translate(err)
    }
  }

  private async pages<T>(fetchPage: (page: number) => Promise<{ data: T[] }>): Promise<T[]> {
    const all: T[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      let data: T[]
      try {
        data = (await fetchPage(page)).data
      } catch (err) {
        throw translate(err)
      }
      all.push(...data)
      if (data.length < 100) break
    }
    return all
  }
}

export interface PullFile {
  filename: string
  status?: string
  patch?: string
}

const CREATE_COMMIT = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit {
      oid
      url
    }
  }
}`

interface ReviewThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        nodes:
          | ({
              id: string
              isResolved: boolean
              comments: { nodes: ({ databaseId: number | null } | null)[] | null }
            } | null)[]
          | null
        pageInfo: { hasNextPage: boolean; endCursor: string | null }
      }
    } | null
  } | null
}

const REVIEW_THREADS = `query ($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes {
          id
          isResolved
          comments(first: 1) {
            nodes {
              databaseId
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}`

/** 403 "Resource not accessible by integration" (and the like) becomes a PermissionError; 422 UnprocessableError. */
export function translate(err: unknown): unknown {
  // A GraphQL error arrives with HTTP 200 and its reasons in `errors` (octokit's GraphqlResponseError).
  const reasons = (err as { errors?: { message?: string }[] } | null)?.errors
  const message =
    Array.isArray(reasons) && reasons.some(r => r?.message)
      ? reasons.map(r => r?.message ?? '').join('; ')
      : ((err as Error)?.message ?? '')
  const status = statusOf(err)
  if (status === 403 && !/rate limit/i.test(message)) return new PermissionError(permissionText(message))
  if (status === 422) return new UnprocessableError(message)
  if (/Resource not accessible by (integration|personal access token)/i.test(message))
    return new PermissionError(permissionText(message))
  return err
}

function permissionText(message: string): string {
  const first = message.split(' - ')[0]?.trim() || 'Forbidden'
  return `the token may not write to this repository (${first})`
}

/** The HTTP status of an Octokit RequestError (duck-typed: the class is a transitive dependency). */
export function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}
