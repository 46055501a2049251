/**
 * The report for people: one block per release (chart, version, source, where it is declared, its mesh mode
 * and the places its values come from), each finding with its file:line, rule code and the value to set, then
 * the diffs of the fixes, the files that could not be read, and one summary line.
 */
import type { ScanReport } from '../engine/scan.js'
import { fileProblemLevel, type Finding, type Level, type Release, type ScanError } from '../model.js'
import { palette, plural, printable, type Palette } from './format.js'
import { displayPath, formatValue } from '../values/display.js'
import { splitSetPath } from '../values/setpath.js'
import { REDACTED } from '../fix/redact.js'
import {
  asRun,
  finalErrors,
  findingKey,
  fixedKeys,
  shownFixes,
  summarise,
  suppressedByReason,
  suppressedFindings,
  type RunResult,
  type RunSummary
} from './run.js'

export interface TextOptions {
  color?: boolean
  /** List every accepted finding with its reason (`--show-suppressed`); otherwise one counted line. */
  showSuppressed?: boolean
}

export function renderText(input: ScanReport | RunResult, opts: TextOptions = {}): string {
  const run = asRun(input)
  const p = palette(opts.color ?? false)
  const fixed = fixedKeys(run)
  const summary = summarise(run)
  const out: string[] = []

  const byRelease = new Map<string, Finding[]>()
  for (const f of run.report.findings) {
    const list = byRelease.get(f.releaseId) ?? []
    list.push(f)
    byRelease.set(f.releaseId, list)
  }

  if (run.report.releases.length === 0) {
    out.push('No Testkube release found.')
    for (const n of run.report.notices ?? []) out.push(`  ${n.file}:${n.line}  ${n.message}`)
    out.push('')
  }
  for (const release of run.report.releases) {
    out.push(...releaseBlock(release, byRelease.get(release.id) ?? [], fixed, p), '')
    byRelease.delete(release.id)
  }
  // A finding whose release is not in the list should not happen; show it rather than lose it.
  const orphans = [...byRelease.values()].flat()
  if (orphans.length > 0) {
    out.push(p.bold('Other findings'))
    for (const f of orphans) out.push(...findingLines(f, fixed.has(findingKey(f)), p))
    out.push('')
  }

  out.push(...fixesBlock(run, summary, p))
  out.push(...errorsBlock(finalErrors(run), p))
  out.push(...suppressedBlock(suppressedFindings(run), opts.showSuppressed ?? false, p))
  out.push(summaryLine(run, summary, p))
  // Each entry is one line: a file name or a file's text that holds a control character (a newline, an ESC
  // sequence) is escaped, so that it can neither forge a line nor repaint the terminal.
  return `${out.map(line => printable(line, opts.color ?? false)).join('\n')}\n`
}

function releaseBlock(release: Release, findings: Finding[], fixed: Set<string>, p: Palette): string[] {
  const declared = release.chartVersion ?? 'no version'
  const resolved = release.resolvedVersion
  const version =
    resolved && resolved !== release.chartVersion ? `${declared} (judged as ${resolved})` : declared
  const lines = [
    `${p.bold(release.name)}${release.namespace ? p.dim(` (namespace ${release.namespace})`) : ''}  ` +
      `${release.chart} ${version}${release.valuesPrefix ? ` under ${release.valuesPrefix}` : ''}  ` +
      p.dim(`${release.source} ${release.file}:${release.line}`)
  ]
  if (release.mesh) {
    const where = release.mesh.evidence.map(e => `${e.file}:${e.line}`).join(', ')
    lines.push(`  mesh: ${release.mesh.mode}: ${release.mesh.reason}${where ? ` (${where})` : ''}`)
  }
  if (release.layers.length > 0) {
    const layers = release.layers.map(l => {
      const at = l.file ? ` (${l.file}${l.line ? `:${l.line}` : ''})` : ''
      return `${l.label}${at}${l.readOnlyReason ? ' (read-only)' : ''}`
    })
    lines.push(p.dim(`  values, lowest first: ${layers.join(' < ')}`))
  }
  for (const note of release.notes ?? []) lines.push(p.dim(`  note: ${note}`))
  if (findings.length === 0) lines.push(`  ${p.green('ok')}: no findings`)
  for (const f of findings) lines.push(...findingLines(f, fixed.has(findingKey(f)), p))
  return lines
}

function findingLines(f: Finding, isFixed: boolean, p: Palette): string[] {
  const needs = f.requiresChartVersion !== undefined
  const state = isFixed
    ? p.green(' [fixed]')
    : f.fixable
      ? p.dim(' [fixable]')
      : needs
        ? p.dim(
            ` [needs another change${f.requiresChartVersion ? `: chart ${f.requiresChartVersion}+ reads the key` : ''}]`
          )
        : ''
  const lines = [`  ${levelTag(f.level, p)} ${p.bold(f.ruleId)}  ${f.file}:${f.line}  ${f.message}${state}`]
  // The value to set, unless the message already says it (the judge spells values with formatValue too), and
  // never a key the installed chart does not read.
  if (
    !needs &&
    f.level !== 'note' &&
    f.expected !== undefined &&
    f.path &&
    !f.message.includes(formatValue(f.expected, Infinity))
  )
    lines.push(
      p.dim(
        `           set ${displayPath(splitSetPath(f.path))} = ${formatValue(f.expected)} (now: ${formatValue(f.actual)})`
      )
    )
  return lines
}

function levelTag(level: Level, p: Palette): string {
  const padded = level.padEnd(7)
  return level === 'error' ? p.red(padded) : level === 'warning' ? p.yellow(padded) : p.cyan(padded)
}

function fixesBlock(run: RunResult, summary: RunSummary, p: Palette): string[] {
  const fixes = shownFixes(run)
  if (run.mode === 'check') {
    // A check plans no diffs: the files the planned edits target are the files a fix would change.
    const files = new Set(run.report.edits.map(e => e.target.file)).size
    if (files === 0) return []
    return [
      `${plural(summary.fixable, 'finding')} can be fixed in ${plural(files, 'file')}: ` +
        'run with --fix to write the changes, or --fix --dry-run to see them.',
      ''
    ]
  }
  if (fixes.length === 0) return [run.mode === 'fix' ? 'No file changed.' : 'No change to make.', '']
  const heading =
    run.mode === 'fix'
      ? `Fixes written to ${plural(fixes.length, 'file')}:`
      : `Fixes for ${plural(fixes.length, 'file')} (dry run, nothing written):`
  const out = [p.bold(heading), '']
  for (const fix of fixes) out.push(...colourDiff(fix.diff, p), '')
  // A masked line makes the diff useless to git apply: say which output is made for it.
  if (fixes.some(f => f.diff.includes(REDACTED)))
    out.push(
      p.dim('Credentials in these diffs are shown as <redacted>, so they do not apply with git apply: use'),
      p.dim('--format patch for a patch that does (it holds no credential).'),
      ''
    )
  return out
}

function colourDiff(diff: string, p: Palette): string[] {
  return diff
    .replace(/\n$/, '')
    .split('\n')
    .map(line =>
      line.startsWith('+++') || line.startsWith('---')
        ? p.bold(line)
        : line.startsWith('@@')
          ? p.cyan(line)
          : line.startsWith('+')
            ? p.green(line)
            : line.startsWith('-')
              ? p.red(line)
              : line
    )
}

function errorsBlock(errors: ScanError[], p: Palette): string[] {
  if (errors.length === 0) return []
  const out = [p.bold(`Files that could not be read or written (${plural(errors.length, 'problem')}):`)]
  for (const e of errors)
    out.push(`  ${levelTag(fileProblemLevel(e), p)} ${p.bold('TKI900')}  ${e.file}:${e.line}  ${e.message}`)
  out.push('')
  return out
}

/** One counted line by reason; with `--show-suppressed`, every accepted finding under it. */
function suppressedBlock(findings: readonly Finding[], list: boolean, p: Palette): string[] {
  if (findings.length === 0) return []
  const reasons = suppressedByReason(findings).map(([reason, n]) => `${n} ${reason}`)
  const hint = list ? '' : ' (--show-suppressed lists them)'
  const out = [p.dim(`${plural(findings.length, 'suppressed finding')}${hint}: ${reasons.join('; ')}`)]
  if (list) {
    for (const f of findings) {
      const s = f.suppression
      const why = s ? `${s.kind}: ${s.reason} (${s.file}:${s.line})` : ''
      out.push(p.dim(`  suppressed ${f.ruleId}  ${f.file}:${f.line}  ${f.message}  [${why}]`))
    }
  }
  out.push('')
  return out
}

function summaryLine(run: RunResult, s: RunSummary, p: Palette): string {
  const found = s.findings.error + s.findings.warning + s.findings.note
  const parts = [
    plural(s.releases, 'release'),
    `${plural(found, 'finding')}${found > 0 ? ` (${levels(s.findings)})` : ''}`,
    `${s.fixable} fixable`
  ]
  if (s.needAnotherChange > 0)
    parts.push(`${s.needAnotherChange} need${s.needAnotherChange === 1 ? 's' : ''} another change`)
  if (run.mode === 'fix') {
    const left = s.remaining.error + s.remaining.warning + s.remaining.note
    parts.push(`${s.fixed} fixed`, `${left} remaining${left > 0 ? ` (${levels(s.remaining)})` : ''}`)
  }
  if (s.suppressed > 0) parts.push(`${s.suppressed} suppressed`)
  if (s.errors > 0) parts.push(plural(s.errors, 'file problem'))
  parts.push(`${plural(s.filesScanned, 'YAML file')} scanned`)
  const text = `Summary: ${parts.join(', ')}.`
  return s.remaining.error > 0 ? p.red(text) : s.remaining.warning > 0 ? p.yellow(text) : p.green(text)
}

function levels(c: Record<Level, number>): string {
  return (['error', 'warning', 'note'] as const)
    .filter(l => c[l] > 0)
    .map(l => plural(c[l], l))
    .join(', ')
}
