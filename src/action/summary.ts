/**
 * The job summary: what the run did, one table row per release (chart, version, where, findings, fix
 * status), every finding (as many as fit), and how many the annotations left out. GitHub shows a step
 * summary up to 1 MiB; the text is cut to fit. Pure (no @actions/core): the CLI's `--format markdown` renders it
 * too; the Action writes it with step-summary.ts.
 */
import type { Finding, Release } from '../model.js'
import { findingKey, suppressedByReason } from '../report/run.js'
import type { AnnotationPlan } from './annotations.js'
import { cell } from './sticky-comment.js'
import { plural } from '../report/format.js'

export const MAX_SUMMARY_BYTES = 1024 * 1024 - 4096

export interface JobSummaryInput {
  mode: string
  /** What the mode did, one line each (first the reason for a degraded run, if any). */
  outcome: string[]
  releases: readonly Release[]
  findings: readonly Finding[]
  /** Accepted findings (inline comments, the config file, the baseline): counted by reason, never listed as open. */
  suppressed?: readonly Finding[]
  /** findingKey of the findings this run fixed. */
  fixed: ReadonlySet<string>
  /** How this run's fixes were delivered, for the fix status: `committed abc1234`, `pull request #3`. */
  fixedBy: string
  /** findingKey → how this run offered a fix without applying it (`suggested in a review comment`). */
  offered: ReadonlyMap<string, string>
  errors: number
  annotations: AnnotationPlan
  toRepoPath: (file: string) => string
  sarifFile: string | null
}

export function renderJobSummary(s: JobSummaryInput): string {
  const head: string[] = ['## testkube-istio-guard', '']
  head.push(`Mode: \`${s.mode}\``, '')
  for (const line of s.outcome) head.push(`- ${line}`)
  if (s.outcome.length) head.push('')
  const byRelease = new Map<string, Finding[]>()
  for (const f of s.findings) byRelease.set(f.releaseId, [...(byRelease.get(f.releaseId) ?? []), f])

  if (s.releases.length === 0) head.push('No Testkube release was found.', '')
  else {
    head.push(
      `${plural(s.releases.length, 'Testkube release')}, ${plural(s.findings.length, 'finding')}.`,
      '',
      '| Release | Chart | Version | Where | Findings | Fix status |',
      '|---|---|---|---|---|---|'
    )
    for (const r of s.releases) {
      const list = byRelease.get(r.id) ?? []
      head.push(
        `| ${cell(r.name)} | ${r.chart} | ${cell(r.chartVersion ?? 'any')} | \`${cell(s.toRepoPath(r.file))}:${r.line}\` | ${findingCount(list)} | ${fixStatus(list, s)} |`
      )
    }
    head.push('')
  }
  const dropped = s.annotations.dropped
  const left = dropped.error + dropped.warning + dropped.notice
  if (left > 0)
    head.push(
      `GitHub shows 10 annotations of each kind per step: ${left} more (${dropped.error} errors, ${dropped.warning} warnings, ${dropped.notice} notices) are listed below${s.sarifFile ? ' and in the SARIF file' : ''}.`,
      ''
    )
  if (s.errors > 0) head.push(`${plural(s.errors, 'file')} could not be read (TKI900).`, '')
  head.push(...suppressedTable(s.suppressed ?? []))

  const rows = [...s.findings]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map(
      f =>
        `| ${f.ruleId} | ${f.level} | \`${cell(s.toRepoPath(f.file))}:${f.line}\` | ${cell(f.message)} | ${findingStatus(f, s)} |`
    )
  const findingsTable = (shown: string[], hidden: number): string[] =>
    rows.length === 0
      ? []
      : [
          '<details><summary>Findings</summary>',
          '',
          '| Code | Level | Where | Finding | Status |',
          '|---|---|---|---|---|',
          ...shown,
          ...(hidden > 0 ? [`| … | | | ${hidden} more, cut to fit the summary | |`] : []),
          '',
          '</details>',
          ''
        ]
  let shown = rows
  let text = [...head, ...findingsTable(shown, 0)].join('\n')
  while (Buffer.byteLength(text) > MAX_SUMMARY_BYTES && shown.length > 0) {
    shown = shown.slice(0, Math.floor(shown.length * 0.9))
    text = [...head, ...findingsTable(shown, rows.length - shown.length)].join('\n')
  }
  if (Buffer.byteLength(text) > MAX_SUMMARY_BYTES)
    text = Buffer.from(text).subarray(0, MAX_SUMMARY_BYTES).toString()
  return text
}

/** How many findings each reason accepted; they fail nothing and get no comment, annotation or fix. */
function suppressedTable(suppressed: readonly Finding[]): string[] {
  if (suppressed.length === 0) return []
  return [
    `${plural(suppressed.length, 'suppressed finding')} (accepted: they fail nothing and get no fix):`,
    '',
    '| Suppressed | Reason |',
    '|---|---|',
    ...suppressedByReason(suppressed).map(([reason, n]) => `| ${n} | ${cell(reason)} |`),
    ''
  ]
}

function findingCount(list: readonly Finding[]): string {
  if (list.length === 0) return '0'
  const e = list.filter(f => f.level === 'error').length
  const w = list.filter(f => f.level === 'warning').length
  const n = list.length - e - w
  return [e ? plural(e, 'error') : '', w ? plural(w, 'warning') : '', n ? plural(n, 'note') : '']
    .filter(Boolean)
    .join(', ')
}

function fixStatus(list: readonly Finding[], s: JobSummaryInput): string {
  const problems = list.filter(f => f.level !== 'note')
  if (problems.length === 0) return '✅ nothing to fix'
  const fixed = problems.filter(f => s.fixed.has(findingKey(f))).length
  const offered = new Map<string, number>()
  for (const f of problems) {
    const how = s.fixed.has(findingKey(f)) ? undefined : s.offered.get(findingKey(f))
    if (how) offered.set(how, (offered.get(how) ?? 0) + 1)
  }
  const offeredCount = [...offered.values()].reduce((a, b) => a + b, 0)
  const fixable = problems.filter(f => f.fixable).length - fixed - offeredCount
  const manual = problems.filter(f => !f.fixable).length
  return (
    [
      fixed ? `✅ ${fixed} fixed (${s.fixedBy})` : '',
      ...[...offered].map(([how, n]) => `🩹 ${n} ${how}`),
      fixable > 0 ? `🩹 ${fixable} fixable` : '',
      manual ? `✋ ${manual} to fix by hand` : ''
    ]
      .filter(Boolean)
      .join(', ') || '✅ nothing to fix'
  )
}

function findingStatus(f: Finding, s: JobSummaryInput): string {
  const key = findingKey(f)
  if (s.fixed.has(key)) return `fixed (${s.fixedBy})`
  const how = s.offered.get(key)
  if (how) return how
  return f.fixable ? 'fixable' : f.level === 'note' ? '' : 'fix by hand'
}
