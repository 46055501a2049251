/**
 * `review` mode: one pull request review per run. A fix whose lines are in the pull request's diff becomes
 * an inline comment with a suggestion; every other finding goes into the sticky summary comment with the
 * diff to apply. Comments already posted (found by their hidden fingerprint) are not posted again, findings
 * fixed since an earlier run are shown as resolved, and the review threads of their suggestions are resolved.
 */
import { displayPath } from '../values/display.js'
import { splitSetPath } from '../values/setpath.js'
import type { ScanReport } from '../engine/scan.js'
import type { Finding } from '../model.js'
import { unifiedDiff } from '../fix/diff.js'
import {
  type ExistingComment,
  type GitHubHelper,
  type ReviewCommentDraft,
  UnprocessableError
} from './github-helper.js'
import { diffFromFiles, hunkFor, parsePrDiff, type PrDiff } from './pr-diff.js'
import {
  findSticky,
  marker,
  MAX_BODY,
  ownedBy,
  readMarker,
  renderSummary,
  resolvedSince,
  SUMMARY_MARKER,
  upsertSticky,
  type Remembered,
  type StickyOutcome,
  type SummaryItem,
  type SummaryState
} from './sticky-comment.js'
import {
  applySuggestions,
  findingFingerprint,
  suggestionBlock,
  suggestionsFromChanges,
  exposesSecret,
  type Suggestion
} from './suggestions.js'
import { plural, printable } from '../report/format.js'

/** reviewdog's bound: more inline comments in one review have triggered GitHub's abuse detection. */
export const MAX_INLINE = 30

export interface ReviewPlan {
  /** New inline comments for this run's review. */
  post: Suggestion[]
  /** Posted by an earlier run and still wanted. */
  posted: Suggestion[]
  /** Shown in the summary's diff: outside the diff, or past the per-review bound. */
  elsewhere: Suggestion[]
  /** How many commentable suggestions were moved to the summary by the bound. */
  overLimit: number
}

/** Decide where each suggestion goes. Pure: the diff and the fingerprints already posted are inputs. */
export function planReview(
  suggestions: readonly Suggestion[],
  diff: PrDiff,
  postedFingerprints: ReadonlySet<string>,
  limit = MAX_INLINE,
  toRepoPath: (file: string) => string = file => file
): ReviewPlan {
  const plan: ReviewPlan = { post: [], posted: [], elsewhere: [], overLimit: 0 }
  for (const s of suggestions) {
    if (s.findings.length === 0 || tooLong(s, toRepoPath) || !hunkFor(diff, s.file, s.startLine, s.endLine))
      plan.elsewhere.push(s)
    else if (postedFingerprints.has(s.fingerprint)) plan.posted.push(s)
    else if (plan.post.length < limit) plan.post.push(s)
    else {
      plan.elsewhere.push(s)
      plan.overLimit++
    }
  }
  return plan
}

/** A suggestion whose comment (measured as it would be posted) passes GitHub's body limit goes to the summary. */
function tooLong(s: Suggestion, toRepoPath: (file: string) => string): boolean {
  return reviewComment(s, toRepoPath).body.length > MAX_BODY
}

interface SuggestionMarker {
  fp: string
  f: Remembered[]
}

/** How a finding is named in the sticky comment: its rule, its key as YAML writes it, its file. */
export function findingTitle(f: Finding, repoFile: string): string {
  return `${f.ruleId} ${displayPath(splitSetPath(f.path))} (${repoFile})`
}

/** The inline comment: what is wrong, the suggestion, and a hidden fingerprint for later runs. */
export function reviewComment(s: Suggestion, toRepoPath: (f: string) => string): ReviewCommentDraft {
  const lines = s.findings.map(f => `**${f.ruleId}** (${f.level}): ${printable(f.message)}`)
  const data: SuggestionMarker = {
    fp: s.fingerprint,
    f: s.findings.map(f => ({ k: findingFingerprint(f), t: findingTitle(f, toRepoPath(f.file)) }))
  }
  const body = [
    ...lines,
    '',
    suggestionBlock(s.replacement),
    '',
    '<sub>testkube-istio-guard: accept the suggestion to apply the fix.</sub>',
    marker('suggestion', data)
  ].join('\n')
  const draft: ReviewCommentDraft = { path: s.file, body, line: s.endLine, side: 'RIGHT' }
  if (s.startLine < s.endLine) {
    draft.start_line = s.startLine
    draft.start_side = 'RIGHT'
  }
  return draft
}

export interface ReviewOutcome {
  /** findingFingerprint of the findings whose fix is in a review comment (this run's or an earlier one). */
  inlineKeys: Set<string>
  inlinePosted: number
  inlineAlreadyThere: number
  inSummary: number
  resolved: number
  /** Review threads of earlier suggestions resolved by this run (their findings are fixed). */
  threadsResolved: number
  sticky: StickyOutcome
  stickyUrl?: string
  reviewUrl?: string
  notes: string[]
}

export interface ReviewArgs {
  gh: GitHubHelper
  pullNumber: number
  headSha: string
  report: ScanReport
  toRepoPath: (file: string) => string
  /** False when the checked-out files are not the head's: line comments would point at the wrong lines. */
  headCheckedOut: boolean
}

export async function runReview(args: ReviewArgs): Promise<ReviewOutcome> {
  const { gh, pullNumber, headSha, report, toRepoPath } = args
  const notes: string[] = []
  const fetched = await gh.getPullDiff(pullNumber)
  const diff = 'diff' in fetched ? parsePrDiff(fetched.diff) : diffFromFiles(fetched.files)
  const all = suggestionsFromChanges(report.changes, report.findings, toRepoPath, report.editOf)
  // Never post a credential in a review comment: those fixes are shown in the summary's masked diff.
  const suggestions: Suggestion[] = []
  const withSecrets: Suggestion[] = []
  for (const s of all) (exposesSecret(s) ? withSecrets : suggestions).push(s)

  // Only the token's own comments count: anyone may write a comment that holds the hidden markers. Who the token
  // is is asked once, and only when some comment holds one.
  let login: Promise<string | null> | undefined
  const own = async (marked: ExistingComment[]): Promise<ExistingComment[]> => {
    if (marked.length === 0) return marked
    login ??= gh.viewerLogin()
    return marked.filter(ownedBy(await login))
  }
  const existingReview = await own(
    (await gh.listReviewComments(pullNumber)).filter(c => readMarker('suggestion', c.body) !== null)
  )
  // Our earlier suggestions: each comment with the fingerprint and findings its hidden marker holds.
  const earlierComments = existingReview.flatMap(c => {
    const m = readMarker<SuggestionMarker>('suggestion', c.body)
    return m ? [{ id: c.id, m }] : []
  })
  const earlier = earlierComments.map(e => e.m)
  const plan = planReview(
    suggestions,
    diff,
    new Set(earlier.map(m => m.fp)),
    args.headCheckedOut ? MAX_INLINE : 0,
    toRepoPath
  )
  plan.elsewhere.push(...withSecrets)
  if (withSecrets.length > 0)
    notes.push(
      `${plural(withSecrets.length, 'fix', 'fixes')} next to a credential-like value ${withSecrets.length === 1 ? 'is' : 'are'} in the diff below (masked), not in line comments.`
    )
  if (!args.headCheckedOut && plan.overLimit > 0) {
    notes.push(
      'The checkout is not the pull request’s head commit, so no line comments were made: check out `${{ github.event.pull_request.head.sha }}` for suggestions.'
    )
    plan.overLimit = 0
  }
  if (plan.overLimit > 0)
    notes.push(
      `${plan.overLimit} more suggestions than one review may hold (${MAX_INLINE}) are in the diff below.`
    )

  let posted: Suggestion[] = []
  let reviewUrl: string | undefined
  if (plan.post.length > 0) {
    const body = `testkube-istio-guard suggests ${plural(plan.post.length, 'fix', 'fixes')} for Testkube in an Istio mesh. The summary comment lists every finding.`
    try {
      const review = await gh.createReview(
        pullNumber,
        headSha,
        body,
        plan.post.map(s => reviewComment(s, toRepoPath))
      )
      posted = plan.post
      reviewUrl = review.url
    } catch (err) {
      if (!(err instanceof UnprocessableError)) throw err
      // GitHub refused the review as a whole: keep every fix, in the summary.
      notes.push(
        `GitHub refused the review comments (${err.message.split(' - ')[0]}); their fixes are in the diff below.`
      )
      plan.elsewhere.push(...plan.post)
    }
  }

  // Where each finding went, for the summary.
  const inlineKeys = new Set([...posted, ...plan.posted].flatMap(s => s.findings.map(findingFingerprint)))
  const items: SummaryItem[] = report.findings.map(f => {
    const key = findingFingerprint(f)
    const repoFile = toRepoPath(f.file)
    return {
      key,
      status: inlineKeys.has(key) ? 'inline' : f.fixable ? 'diff' : 'manual',
      ruleId: f.ruleId,
      level: f.level,
      where: `${repoFile}:${f.line}`,
      message: f.message,
      title: findingTitle(f, repoFile)
    }
  })
  items.sort((a, b) => order(a) - order(b) || a.where.localeCompare(b.where, 'en', { numeric: true }))

  const comments = await gh.listIssueComments(pullNumber)
  const sticky = findSticky(await own(comments.filter(c => c.body.trimStart().startsWith(SUMMARY_MARKER))))
  const previous: SummaryState = readMarker<SummaryState>('state', sticky?.body ?? '') ?? {
    open: [],
    resolved: []
  }
  previous.open.push(...earlier.flatMap(m => m.f))
  const current = new Set(items.map(i => i.key))
  const resolved = resolvedSince(previous, current)

  // The review threads of earlier suggestions whose findings are all gone (fixed, or the file left the scan) are
  // resolved, as a reviewer would once the change is in: the conversation folds away on the page.
  // Threads settled by an earlier run are not looked up again (a person may have reopened one on purpose).
  const listed = new Set(existingReview.map(c => c.id))
  const threads = new Set((previous.threads ?? []).filter(id => listed.has(id)))
  const fixedComments = new Set<number>()
  for (const { id, m } of earlierComments)
    if (m.f.length > 0 && m.f.every(r => !current.has(r.k)) && !threads.has(id)) fixedComments.add(id)
  let threadsResolved = 0
  if (fixedComments.size > 0) {
    try {
      const done = await gh.resolveReviewThreads(pullNumber, fixedComments)
      threadsResolved = done.resolved
      for (const id of done.settled) threads.add(id)
    } catch (err) {
      notes.push(`The review threads of fixed findings were left open: ${(err as Error).message}.`)
    }
  }

  const summaryDiff = remainingDiff(report, plan, posted, toRepoPath)
  const wanted = items.length > 0 || resolved.length > 0 || threads.size > 0 || sticky !== undefined
  const body = wanted
    ? renderSummary({
        items,
        resolved,
        diff: summaryDiff,
        notes,
        threads: [...threads].sort((a, b) => a - b)
      })
    : null
  const outcome = await upsertSticky(gh, pullNumber, sticky, body)

  return {
    inlineKeys,
    inlinePosted: posted.length,
    inlineAlreadyThere: plan.posted.length,
    inSummary: items.filter(i => i.status !== 'inline').length,
    resolved: resolved.length,
    threadsResolved,
    sticky: outcome.outcome,
    stickyUrl: outcome.url,
    reviewUrl,
    notes
  }
}

function order(i: SummaryItem): number {
  return { error: 0, warning: 1, note: 2 }[i.level] * 10 + { diff: 0, manual: 1, inline: 2 }[i.status]
}

/** The diff still to apply once the inline suggestions (this run's and earlier ones) are accepted. */
function remainingDiff(
  report: ScanReport,
  plan: ReviewPlan,
  posted: readonly Suggestion[],
  toRepoPath: (f: string) => string
): string {
  const elsewhere = new Set(plan.elsewhere.map(s => s.file))
  const inline = [...posted, ...plan.posted]
  return report.changes
    .filter(c => elsewhere.has(toRepoPath(c.file)))
    .map(c => {
      const file = toRepoPath(c.file)
      const mid = applySuggestions(
        c.before,
        inline.filter(s => s.file === file)
      )
      return unifiedDiff(file, mid, c.after)
    })
    .join('')
}
