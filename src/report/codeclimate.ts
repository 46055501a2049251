/**
 * `--format codeclimate`: a Code Climate issues report, the format of GitLab's Code Quality widget
 * (`artifacts:reports:codequality`): a JSON array of issues, each with `type`, `check_name`, `description`,
 * `categories`, `location` (repository-relative path and begin line), `severity` and a `fingerprint` that stays
 * when lines move (rule, release, path, as SARIF's). The findings that remain when the run ends.
 */
import { createHash } from 'node:crypto'
import type { ScanReport } from '../engine/scan.js'
import type { Level } from '../model.js'
import { findRule, ruleDocUrl } from '../rules/catalogue.js'
import { asRun, finalErrors, remainingFindings, type RunResult } from './run.js'

export interface CodeClimateOptions {
  /** The scanned directory's place in the repository, `/`-terminated ('' at the top). */
  root?: string
}

export interface CodeClimateIssue {
  type: 'issue'
  check_name: string
  description: string
  content?: { body: string }
  categories: string[]
  location: { path: string; lines: { begin: number; end: number } }
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker'
  fingerprint: string
}

const SEVERITY: Record<Level, CodeClimateIssue['severity']> = {
  error: 'major',
  warning: 'minor',
  note: 'info'
}

export function toCodeClimate(
  input: ScanReport | RunResult,
  opts: CodeClimateOptions = {}
): CodeClimateIssue[] {
  const run = asRun(input)
  const root = opts.root ?? ''
  const issues: CodeClimateIssue[] = remainingFindings(run).map(f => {
    const rule = findRule(f.ruleId)
    return {
      type: 'issue',
      check_name: f.ruleId,
      description: f.message,
      content: {
        body: `${rule ? `${rule.title}\n\nHow to fix: ${rule.remediation}\n\n` : ''}${ruleDocUrl(f.ruleId)}`
      },
      // Istio not reaching a pod breaks Testkube at run time: a bug risk; the rest is about compatibility.
      categories: [f.level === 'note' ? 'Compatibility' : 'Bug Risk'],
      location: lines(`${root}${f.file}`, f.line),
      severity: SEVERITY[f.level],
      fingerprint: fingerprint(f.ruleId, f.releaseId, f.path)
    }
  })
  for (const e of finalErrors(run))
    issues.push({
      type: 'issue',
      check_name: 'TKI900',
      description: e.message,
      categories: ['Bug Risk'],
      location: lines(`${root}${e.file}`, e.line),
      severity: 'minor',
      fingerprint: fingerprint('TKI900', e.file, e.message)
    })
  return issues
}

export function renderCodeClimate(input: ScanReport | RunResult, opts: CodeClimateOptions = {}): string {
  return `${JSON.stringify(toCodeClimate(input, opts), null, 2)}\n`
}

function fingerprint(...parts: string[]): string {
  return createHash('md5').update(parts.join('\u0000')).digest('hex')
}

function lines(path: string, line: number): CodeClimateIssue['location'] {
  const at = Math.max(1, Math.floor(line) || 1)
  return { path, lines: { begin: at, end: at } }
}
