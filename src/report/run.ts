/**
 * What one run did, as every renderer sees it: the scan, whether fixes were only shown or written, and, after
 * a write, the re-scan that says what remains. The counts every output shows are derived here, once.
 */
import type { ScanReport } from '../engine/scan.js'
import type { Finding, Level, ScanError } from '../model.js'

export type RunMode = 'check' | 'dry-run' | 'fix'

export interface RunResult {
  /** The scan of the repository as it was found. */
  report: ScanReport
  /** `check`: fixes planned, not shown as applied; `dry-run`: shown, nothing written; `fix`: written. */
  mode: RunMode
  /** After `fix` wrote files: the scan of the repository as it was left. */
  after?: ScanReport
  /** Repo-relative files the fix wrote. */
  written: string[]
  /** Files the fix could not write. */
  writeProblems: ScanError[]
}

export type LevelCounts = Record<Level, number>

export interface RunSummary {
  releases: number
  /** Findings of the scan, by level. */
  findings: LevelCounts
  fixable: number
  /** Errors no values key can fix at the installed chart version (an upgrade or another change is needed). */
  needAnotherChange: number
  /** Findings the written fixes resolved (0 unless `mode` is `fix`). */
  fixed: number
  /** Findings still there when the run ends, by level: what `--fail-on` looks at. */
  remaining: LevelCounts
  /** Files that could not be read, parsed or written (TKI900). */
  errors: number
  filesScanned: number
}

/** A run that only looked: how the GitHub Action and tests hand a bare scan to a renderer. */
export function checkRun(report: ScanReport): RunResult {
  return { report, mode: 'check', written: [], writeProblems: [] }
}

export function asRun(input: ScanReport | RunResult): RunResult {
  return 'report' in input ? input : checkRun(input)
}

/** A finding's identity across scans: rule, release and value path (its line moves when a file is fixed). */
export function findingKey(f: Pick<Finding, 'ruleId' | 'releaseId' | 'path'>): string {
  return `${f.ruleId}\u0000${f.releaseId}\u0000${f.path}`
}

/** Findings still present when the run ends. */
export function remainingFindings(run: RunResult): Finding[] {
  return (run.after ?? run.report).findings
}

/** Problems with files when the run ends: the final scan's, and any write that failed. */
export function finalErrors(run: RunResult): ScanError[] {
  return [...(run.after ?? run.report).errors, ...run.writeProblems]
}

/** Keys of the scan's findings that the written fixes resolved. */
export function fixedKeys(run: RunResult): Set<string> {
  if (run.mode !== 'fix' || !run.after) return new Set()
  const left = new Set(run.after.findings.map(findingKey))
  return new Set(run.report.findings.map(findingKey).filter(k => !left.has(k)))
}

export function countLevels(findings: readonly Pick<Finding, 'level'>[]): LevelCounts {
  const counts: LevelCounts = { error: 0, warning: 0, note: 0 }
  for (const f of findings) counts[f.level]++
  return counts
}

export function summarise(run: RunResult): RunSummary {
  const { report } = run
  return {
    releases: report.releases.length,
    findings: countLevels(report.findings),
    fixable: report.findings.filter(f => f.fixable).length,
    needAnotherChange: report.findings.filter(f => f.requiresChartVersion !== undefined).length,
    fixed: fixedKeys(run).size,
    remaining: countLevels(remainingFindings(run)),
    errors: finalErrors(run).length,
    filesScanned: report.stats.filesSeen
  }
}

/** The changes the run shows: every planned one, or only those written. */
export function shownFixes(run: RunResult): ScanReport['fixes'] {
  if (run.mode !== 'fix') return run.report.fixes
  const written = new Set(run.written)
  return run.report.fixes.filter(f => written.has(f.file))
}

export type FailOn = 'error' | 'warning' | 'never'

/**
 * Whether the run fails at this threshold: a finding at or above it remains. At `warning`, files that could
 * not be read or written (TKI900, a warning) count too.
 */
export function fails(run: RunResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  const left = countLevels(remainingFindings(run))
  if (failOn === 'error') return left.error > 0
  return left.error + left.warning + finalErrors(run).length > 0
}
