/**
 * The machine-readable report (`--format json`): one object, `schemaVersion: 1`, described by
 * docs/schema/report.schema.json (keep the two in step). Paths are relative to the scanned directory with `/`,
 * and `root` says where that directory is in the repository: `root + file` is the path SARIF reports. The values
 * trees of the layers are never written out: they may hold secrets.
 */
import type { ScanReport } from '../engine/scan.js'
import {
  fileProblemLevel,
  type Finding,
  type Level,
  type Release,
  type ReleaseSource,
  type ScanError,
  type Suppression,
  type ValueLayer
} from '../model.js'
import { fingerprintOf, type BaselineEntry } from '../engine/baseline.js'
import { ruleDocUrl } from '../rules/catalogue.js'
import {
  asRun,
  finalErrors,
  findingKey,
  fixedKeys,
  shownFixes,
  summarise,
  type RunMode,
  type RunResult,
  type RunSummary
} from './run.js'

export interface JsonValueSource {
  kind: ValueLayer['kind']
  label: string
  file: string | null
  line: number | null
  yamlPath: string
  /** Position in the release's precedence order, 0 = lowest. */
  precedence: number
  editable: boolean
  readOnlyReason: string | null
}

export interface JsonRelease {
  id: string
  name: string
  namespace: string | null
  chart: string
  chartVersion: string | null
  /** The version that gets installed and is judged (a range resolved, a lock, the newest known when unknown). */
  resolvedVersion: string | null
  source: ReleaseSource
  file: string
  line: number
  valuesPrefix: string
  mesh: { mode: string; reason: string; evidence: { file: string; line: number }[] } | null
  notes: string[]
  valueSources: JsonValueSource[]
}

export interface JsonFinding {
  ruleId: string
  level: Level
  releaseId: string
  path: string
  expected: unknown
  actual: unknown
  file: string
  line: number
  fixable: boolean
  /** True when this run wrote a fix that resolved it (`--fix`). */
  fixed: boolean
  /** A check that needs another change: the first chart release that reads the key; null on the others. */
  requiresChartVersion: string | null
  message: string
  docs: string
  /** Rule, release identity and value path, not lines: what `--baseline` matches. */
  fingerprint: string
  /** Set when the finding is accepted (it then fails nothing and gets no fix). */
  suppression: Suppression | null
}

export interface JsonOptions {
  /** The scanned directory's place in the repository, `/`-terminated ('' at the top): SARIF's `uriPrefix`. */
  root?: string
}

export interface JsonReport {
  schemaVersion: 1
  /** The scanned directory relative to the repository's top, ending in `/` ('' for the top). */
  root: string
  /** `check`: nothing written; `dry-run`: fixes shown, nothing written; `fix`: fixes written. */
  mode: RunMode
  summary: RunSummary
  releases: JsonRelease[]
  findings: JsonFinding[]
  /** With --dry-run the changes --fix would make, with --fix those it made, as unified diffs; empty in a check. */
  fixes: { file: string; diff: string }[]
  /** TKI900: files that could not be read, parsed or written; `error` when they feed a release. */
  errors: { file: string; line: number; level: 'error' | 'warning'; message: string }[]
  /** With `--baseline`: the baseline file and its entries this run no longer finds. */
  baseline?: { file: string; absent: BaselineEntry[] }
  /** Files read that declare no Testkube release, and why (Terraform); not problems. */
  notices: ScanError[]
}

export function toJsonReport(input: ScanReport | RunResult, opts: JsonOptions = {}): JsonReport {
  const run = asRun(input)
  const fixed = fixedKeys(run)
  return {
    schemaVersion: 1,
    root: opts.root ?? '',
    mode: run.mode,
    summary: summarise(run),
    releases: run.report.releases.map(jsonRelease),
    findings: [...run.report.findings, ...(run.report.suppressed ?? [])].map(f => ({
      ruleId: f.ruleId,
      level: f.level,
      releaseId: f.releaseId,
      path: f.path,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      file: f.file,
      line: f.line,
      fixable: f.fixable,
      fixed: fixed.has(findingKey(f)),
      requiresChartVersion: f.requiresChartVersion ?? null,
      message: f.message,
      docs: ruleDocUrl(f.ruleId),
      fingerprint: fingerprintFor(f, run.report.releases),
      suppression: f.suppression ? { ...f.suppression } : null
    })),
    fixes: shownFixes(run).map(f => ({ file: f.file, diff: f.diff })),
    errors: finalErrors(run).map(e => ({
      file: e.file,
      line: e.line,
      level: fileProblemLevel(e),
      message: e.message
    })),
    ...(run.report.baseline
      ? {
          baseline: {
            file: run.report.baseline.file,
            absent: run.report.baseline.absent.map(e => ({ ...e }))
          }
        }
      : {}),
    notices: (run.report.notices ?? []).map(n => ({ file: n.file, line: n.line, message: n.message }))
  }
}

export function renderJson(input: ScanReport | RunResult, opts: JsonOptions = {}): string {
  return `${JSON.stringify(toJsonReport(input, opts), null, 2)}\n`
}

/** The engine sets every finding's fingerprint; a hand-made report gets it computed the same way. */
export function fingerprintFor(f: Finding, releases: readonly Release[]): string {
  return (
    f.fingerprint ??
    fingerprintOf(
      f,
      releases.find(r => r.id === f.releaseId)
    )
  )
}

function jsonRelease(r: Release): JsonRelease {
  return {
    id: r.id,
    name: r.name,
    namespace: r.namespace,
    chart: r.chart,
    chartVersion: r.chartVersion,
    resolvedVersion: r.resolvedVersion ?? null,
    source: r.source,
    file: r.file,
    line: r.line,
    valuesPrefix: r.valuesPrefix,
    mesh: r.mesh
      ? {
          mode: r.mesh.mode,
          reason: r.mesh.reason,
          evidence: r.mesh.evidence.map(e => ({ file: e.file, line: e.line }))
        }
      : null,
    notes: [...(r.notes ?? [])],
    // Only the description of each layer: its `values` and `sets` stay out of the output.
    valueSources: r.layers.map((l, precedence) => ({
      kind: l.kind,
      label: l.label,
      file: l.file,
      line: l.line,
      yamlPath: l.yamlPath,
      precedence,
      editable: Boolean(l.target) && !l.readOnlyReason,
      readOnlyReason: l.readOnlyReason ?? null
    }))
  }
}
