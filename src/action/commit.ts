/**
 * `commit` mode: the fixes as one signed commit on the branch the run checked (a pull request's head branch,
 * or the pushed branch), through `createCommitOnBranch` with the head the run saw as the expected head:
 * if someone pushed meanwhile, GitHub refuses and nothing is overwritten. No changes, no commit.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { FileChange } from '../engine/scan.js'
import type { GitHubHelper } from './github-helper.js'

const exec = promisify(execFile)

export interface CommitTarget {
  branch: string
  /** The commit the run saw at the head of `branch`. */
  headSha: string
}

export type CommitOutcome =
  { status: 'committed'; sha: string; url: string } | { status: 'nothing-to-commit' }

export async function commitFixes(args: {
  gh: GitHubHelper
  target: CommitTarget
  changes: readonly FileChange[]
  toRepoPath: (file: string) => string
  message: string
}): Promise<CommitOutcome> {
  const additions = args.changes
    .filter(c => c.after !== c.before)
    .map(c => ({ path: args.toRepoPath(c.file), contents: c.after }))
  if (additions.length === 0) return { status: 'nothing-to-commit' }
  const { headline, body } = splitMessage(args.message)
  const commit = await args.gh.createCommitOnBranch({
    branch: args.target.branch,
    expectedHeadOid: args.target.headSha,
    headline,
    body,
    additions
  })
  return { status: 'committed', sha: commit.oid, url: commit.url }
}

/** First line is the headline; the rest, if any, the body. */
export function splitMessage(message: string): { headline: string; body?: string } {
  const [first, ...rest] = message.trim().split(/\r?\n/)
  const body = rest.join('\n').trim()
  return body ? { headline: (first ?? '').trim(), body } : { headline: (first ?? '').trim() }
}

/**
 * Whether the checked-out files are the branch head's: the commit is built from them, so a checkout of
 * anything else (the default `pull_request` merge commit) must not be committed as if it were the head.
 * True when HEAD is the head commit, or every changed file has the same blob in both.
 */
export async function checkoutMatchesHead(
  workspace: string,
  headSha: string,
  repoFiles: readonly string[]
): Promise<boolean> {
  const git = async (...args: string[]): Promise<string | null> => {
    try {
      return (await exec('git', ['-C', workspace, ...args])).stdout.trim()
    } catch {
      return null
    }
  }
  const head = await git('rev-parse', 'HEAD')
  if (head === headSha) return true
  if (head === null) return false
  for (const file of repoFiles) {
    const here = await git('rev-parse', `HEAD:${file}`)
    const there = await git('rev-parse', `${headSha}:${file}`)
    if (here === null || there === null || here !== there) return false
  }
  return true
}
