/**
 * `--format markdown`: the Action's job summary (one table row per release, every finding) as a file, for a
 * GitLab merge request note, an Azure Pipelines summary (`##vso[task.uploadsummary]`) or a Jenkins page. Paths
 * are repository-relative, as in the Action.
 */
import type { ScanReport } from '../engine/scan.js'
import { renderJobSummary } from '../action/summary.js'
import { asRun, finalErrors, fixedKeys, type RunResult } from './run.js'

export interface MarkdownOptions {
  /** The scanned directory's place in the repository, `/`-terminated ('' at the top). */
  root?: string
}

const OUTCOME: Record<RunResult['mode'], string> = {
  check: 'Checked; nothing written.',
  'dry-run': 'Fixes planned (dry run); nothing written.',
  fix: 'Fixes written to the files.'
}

export function renderMarkdown(input: ScanReport | RunResult, opts: MarkdownOptions = {}): string {
  const run = asRun(input)
  const root = opts.root ?? ''
  const text = renderJobSummary({
    mode: run.mode,
    outcome: [OUTCOME[run.mode], ...(run.mode === 'fix' ? [`${run.written.length} files written.`] : [])],
    releases: run.report.releases,
    findings: run.report.findings,
    fixed: fixedKeys(run),
    fixedBy: 'written by --fix',
    offered: new Map(),
    errors: finalErrors(run).length,
    // No annotations outside the Action: none are left out.
    annotations: { emit: [], dropped: { error: 0, warning: 0, notice: 0 } },
    toRepoPath: file => `${root}${file}`,
    sarifFile: null
  })
  return text.endsWith('\n') ? text : `${text}\n`
}
