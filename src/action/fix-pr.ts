/**
 * `pull-request` mode: one fix branch, rebuilt from the base branch whenever the fixes change, and one
 * pull request for it, opened or updated. When nothing is left to fix, the stale pull request is closed
 * and its branch deleted. A hidden fingerprint of the fixes in the pull request's body lets a run that
 * would produce the same fixes leave everything as it is.
 */
import { createHash } from 'node:crypto'
import type { FileChange } from '../engine/scan.js'
import type { Finding } from '../model.js'
import type { GitHubHelper } from './github-helper.js'
import { marker, readMarker, cell } from './sticky-comment.js'
import { fenceFor } from './suggestions.js'
import { plural } from '../report/format.js'

export type FixPrOutcome =
  | { status: 'opened' | 'updated' | 'unchanged'; number: number; url: string; sha?: string }
  | { status: 'closed'; number: number; url: string }
  | { status: 'nothing-to-fix' }

export interface FixPrArgs {
  gh: GitHubHelper
  base: string
  /** The base branch commit the run scanned. */
  baseSha: string
  branch: string
  title: string
  commitMessage: string
  changes: readonly FileChange[]
  findings: readonly Finding[]
  diffs: readonly { file: string; diff: string }[]
  toRepoPath: (file: string) => string
}

interface PrState {
  fp: string
}

export async function runFixPr(a: FixPrArgs): Promise<FixPrOutcome> {
  const open = await a.gh.findOpenPull(a.branch, a.base)
  const changes = a.changes.filter(c => c.after !== c.before)

  if (changes.length === 0) {
    if (!open) {
      if ((await a.gh.getBranchSha(a.branch)) !== null) await a.gh.deleteBranch(a.branch)
      return { status: 'nothing-to-fix' }
    }
    await a.gh.createIssueComment(
      open.number,
      `Closing: \`${a.base}\` at ${a.baseSha.slice(0, 7)} needs none of these fixes any more.`
    )
    await a.gh.updatePull(open.number, { state: 'closed' })
    await a.gh.deleteBranch(a.branch)
    return { status: 'closed', number: open.number, url: open.url }
  }

  const fp = fixFingerprint(
    changes.map(c => ({ file: a.toRepoPath(c.file), before: c.before, after: c.after }))
  )
  const body = prBody(a, fp)
  const branchSha = await a.gh.getBranchSha(a.branch)
  if (open && branchSha !== null && readMarker<PrState>('fix-pr', open.body)?.fp === fp) {
    return { status: 'unchanged', number: open.number, url: open.url }
  }

  // The new commit is built first, on the base, and the branch moves to it once: a branch moved to the base
  // first would leave the pull request without changes for a moment, and GitHub closes it for good then.
  const commit = await a.gh.createDetachedCommit({
    parent: a.baseSha,
    message: a.commitMessage.trim(),
    files: changes.map(c => ({ path: a.toRepoPath(c.file), contents: c.after }))
  })
  if (branchSha === null) await a.gh.createBranch(a.branch, commit.oid)
  else await a.gh.resetBranch(a.branch, commit.oid)

  if (open) {
    const updated = await a.gh.updatePull(open.number, { title: a.title, body })
    // Say what happened: a pull request closed meanwhile is replaced, not reported as updated.
    if (updated.state === 'open')
      return { status: 'updated', number: open.number, url: open.url, sha: commit.oid }
  }
  const pr = await a.gh.createPull({ head: a.branch, base: a.base, title: a.title, body })
  return { status: 'opened', number: pr.number, url: pr.url, sha: commit.oid }
}

/** Same files with the same before and after: same fix, whatever else moved on the base branch. */
export function fixFingerprint(changes: readonly { file: string; before: string; after: string }[]): string {
  const h = createHash('sha256')
  for (const c of [...changes].sort((x, y) => x.file.localeCompare(y.file)))
    h.update(`${c.file}\u0000${c.before}\u0000${c.after}\u0000`)
  return h.digest('hex').slice(0, 16)
}

const MAX_PR_BODY = 60_000

export function prBody(a: Pick<FixPrArgs, 'base' | 'findings' | 'diffs' | 'toRepoPath'>, fp: string): string {
  const fixable = a.findings.filter(f => f.fixable)
  const manual = a.findings.filter(f => !f.fixable)
  const lines = [
    `This pull request applies the Helm values that Testkube needs to run in an Istio mesh without native sidecars (Testkube's "Using Istio" guide), found by testkube-istio-guard on \`${a.base}\`.`,
    '',
    '| Code | Level | Where | Finding |',
    '|---|---|---|---|',
    ...fixable.map(
      f => `| ${f.ruleId} | ${f.level} | \`${cell(a.toRepoPath(f.file))}:${f.line}\` | ${cell(f.message)} |`
    ),
    ''
  ]
  if (manual.length > 0)
    lines.push(
      `${plural(manual.length, 'finding')} cannot be fixed here and need a person (see the workflow's job summary).`,
      ''
    )
  lines.push(
    'The branch is rebuilt from the base whenever the fixes change, and this pull request is closed when nothing is left to fix. Commits pushed to the branch by hand are replaced on the next update.'
  )
  const tail = ['', marker('fix-pr', { fp } satisfies PrState)]
  const diff = a.diffs.map(d => d.diff).join('')
  let text = [...lines, ...tail].join('\n')
  if (diff && text.length + diff.length + 200 < MAX_PR_BODY) {
    const fence = fenceFor(diff)
    text = [
      ...lines,
      '',
      '<details><summary>Diff</summary>',
      '',
      `${fence}diff`,
      diff.replace(/\n$/, ''),
      fence,
      '',
      '</details>',
      ...tail
    ].join('\n')
  }
  return text.length > MAX_PR_BODY ? [...lines.slice(0, 1), ...tail].join('\n') : text
}
