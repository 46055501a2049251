/**
 * The one summary comment per pull request. It starts with a hidden marker, so a later run finds it and
 * edits it in place (and leaves it alone when nothing changed); a hidden state block remembers which
 * findings it listed, so that findings fixed since are shown as resolved.
 */
import type { Level } from '../model.js'
import { PermissionError, type ExistingComment, type GitHubHelper } from './github-helper.js'
import { fenceFor } from './suggestions.js'
import { plural, printable } from '../report/format.js'

/** GitHub's limit for a comment body is 65,536 characters; keep a margin. */
export const MAX_BODY = 65_000

/** Findings the hidden state remembers between runs, at most. */
const MAX_REMEMBERED = 300

const TOOL = 'testkube-istio-guard'
export const SUMMARY_MARKER = `<!-- ${TOOL}:summary -->`

/** A hidden `<!-- testkube-istio-guard:<kind> <base64url json> -->` line: safe whatever the data holds. */
export function marker(kind: string, data: unknown): string {
  return `<!-- ${TOOL}:${kind} ${Buffer.from(JSON.stringify(data)).toString('base64url')} -->`
}

export function readMarker<T>(kind: string, body: string): T | null {
  const m = new RegExp(`<!-- ${TOOL}:${kind} ([A-Za-z0-9_-]+) -->`).exec(body)
  if (!m) return null
  try {
    return JSON.parse(Buffer.from(m[1] as string, 'base64url').toString('utf8')) as T
  } catch {
    return null
  }
}

/** A finding as the summary remembers it between runs. */
export interface Remembered {
  /** findingFingerprint */
  k: string
  /** One line for people: code, value path, file. */
  t: string
}

export interface SummaryState {
  open: Remembered[]
  resolved: Remembered[]
  /** Review comments (ids) whose threads a run resolved or found resolved: not looked up again. */
  threads?: number[]
}

export type ItemStatus = 'inline' | 'diff' | 'manual'

export interface SummaryItem {
  key: string
  status: ItemStatus
  ruleId: string
  level: Level
  /** `file:line`, repo-relative. */
  where: string
  message: string
  /** For the state: code, path and file. */
  title: string
}

export interface SummaryInput {
  items: SummaryItem[]
  resolved: Remembered[]
  /** Unified diff of the fixes not offered as review suggestions ('' when none). */
  diff: string
  /** Lines said once above the table (a fallback, a limit that was reached). */
  notes: string[]
  /** Remembered in the state: review comments whose threads are resolved (SummaryState.threads). */
  threads?: number[]
}

const STATUS_TEXT: Record<ItemStatus, string> = {
  inline: '💬 suggested in review',
  diff: '🩹 in the diff below',
  manual: '✋ fix by hand'
}

const LEVEL_ICON: Record<Level, string> = { error: '🔴 error', warning: '🟡 warning', note: '🔵 note' }

/** Previously listed findings that this run no longer finds, plus the ones already shown as resolved. */
export function resolvedSince(previous: SummaryState | null, currentKeys: ReadonlySet<string>): Remembered[] {
  if (!previous) return []
  const out = new Map<string, Remembered>()
  for (const r of [...previous.resolved, ...previous.open]) if (!currentKeys.has(r.k)) out.set(r.k, r)
  return [...out.values()].slice(0, 100)
}

export function renderSummary(input: SummaryInput): string {
  const { items, resolved } = input
  const head: string[] = [SUMMARY_MARKER, `### ${TOOL}: Istio settings for Testkube`, '']
  const counts = countBy(items.map(i => i.status))
  if (items.length === 0 && resolved.length > 0) head.push('✅ Every finding listed earlier is resolved.', '')
  else if (items.length === 0) head.push('✅ No findings.', '')
  else {
    const parts = [
      counts.inline ? `${counts.inline} suggested as review comments` : '',
      counts.diff ? `${counts.diff} fixed by the diff below` : '',
      counts.manual ? `${counts.manual} to fix by hand` : ''
    ].filter(Boolean)
    head.push(`**${plural(items.length, 'finding')}**: ${parts.join(', ')}.`, '')
  }
  for (const n of input.notes) head.push(`> ${n}`, '')

  const rows = items.map(
    i =>
      `| ${STATUS_TEXT[i.status]} | ${i.ruleId} | ${LEVEL_ICON[i.level]} | \`${cell(i.where)}\` | ${cell(i.message)} |`
  )
  const resolvedRows = resolved.map(
    r => `| ✅ resolved | ${cell(r.t.split(' ')[0] ?? '')} | | | ~~${cell(r.t)}~~ |`
  )
  const table = (shown: string[], hidden: number): string[] =>
    shown.length === 0
      ? []
      : [
          '| Status | Code | Level | Where | Finding |',
          '|---|---|---|---|---|',
          ...shown,
          ...(hidden > 0
            ? [`| … | | | | ${hidden} more not shown (see the job summary or the SARIF file) |`]
            : []),
          ''
        ]
  const diffBlock = (diff: string): string[] => {
    if (!diff) return []
    const fence = fenceFor(diff)
    return [
      '<details open><summary>Diff to apply: fixes outside this pull request’s changes</summary>',
      '',
      'Save it as `fix.patch` and run `git apply fix.patch`, or run `npx testkube-istio-guard scan --fix`.',
      '',
      `${fence}diff`,
      diff.replace(/\n$/, ''),
      fence,
      '',
      '</details>'
    ]
  }
  // The state remembers what the table shows (a finding cut from it is not reported as resolved later).
  const stateFor = (shownRows: number): string => {
    const open = items.slice(0, Math.min(shownRows, MAX_REMEMBERED)).map(i => ({ k: i.key, t: i.title }))
    const kept = resolved.slice(
      0,
      Math.max(0, Math.min(shownRows - items.length, MAX_REMEMBERED - open.length))
    )
    const state: SummaryState = { open, resolved: kept }
    if (input.threads?.length) state.threads = input.threads
    return marker('state', state)
  }

  // Fit GitHub's limit: shorten the diff first, then the table.
  const allRows = [...rows, ...resolvedRows]
  let shownRows = allRows.length
  let diff = input.diff
  const build = (): string =>
    [
      ...head,
      ...table(allRows.slice(0, shownRows), allRows.length - shownRows),
      ...diffBlock(diff),
      '',
      stateFor(shownRows)
    ].join('\n')
  let body = build()
  if (body.length > MAX_BODY && diff) {
    const room = MAX_BODY - (body.length - diff.length) - 200
    diff =
      room > 1000
        ? `${diff.slice(0, room).replace(/\n[^\n]*$/, '')}\n# … diff truncated: run \`npx testkube-istio-guard scan --fix\` for all of it\n`
        : ''
    body = build()
  }
  while (body.length > MAX_BODY && shownRows > 0) {
    shownRows = Math.max(0, shownRows - Math.max(1, Math.ceil(shownRows * 0.1)))
    body = build()
  }
  return body
}

/** The summary comment among the token's own comments (see ownedBy): anyone may write the marker. */
export function findSticky(own: readonly ExistingComment[]): ExistingComment | undefined {
  return own.find(c => c.body.trimStart().startsWith(SUMMARY_MARKER))
}

/**
 * Whether a comment is the token's own: written by `login`; when GitHub did not say who the token is, written
 * by an app (a person's comment never counts, whatever markers it holds).
 */
export function ownedBy(login: string | null): (c: ExistingComment) => boolean {
  return c => (login === null ? c.userType === 'Bot' : c.userLogin === login)
}

export type StickyOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

/** Create the summary comment, or edit the one there; an unchanged body sends nothing. */
export async function upsertSticky(
  gh: GitHubHelper,
  issueNumber: number,
  existing: ExistingComment | undefined,
  body: string | null
): Promise<{ outcome: StickyOutcome; url?: string }> {
  if (body === null) return { outcome: 'skipped' }
  if (!existing) {
    const c = await gh.createIssueComment(issueNumber, body)
    return { outcome: 'created', url: c.url }
  }
  if (existing.body.trim() === body.trim()) return { outcome: 'unchanged' }
  try {
    const c = await gh.updateIssueComment(existing.id, body)
    return { outcome: 'updated', url: c.url }
  } catch (err) {
    // Not this token's to edit after all (another app's comment): a new one, whose failure would say why.
    if (!(err instanceof PermissionError)) throw err
    const c = await gh.createIssueComment(issueNumber, body)
    return { outcome: 'created', url: c.url }
  }
}

/** Text for a markdown table cell: one line, pipes escaped, control characters escaped (see printable). */
export function cell(text: string): string {
  return printable(text.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|')
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const v of values) out[v] = (out[v] ?? 0) + 1
  return out
}
