/**
 * The machine-readable report (`--format json`): one object, `schemaVersion: 1`. Paths are relative to the
 * scanned directory with `/`. The values trees of the layers are never written out: they may hold secrets.
 */
import type { ScanReport } from '../engine/scan.js'
import type { Level, Release, ReleaseSource, ScanError, ValueLayer } from '../model.js'
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
}

export interface JsonReport {
  schemaVersion: 1
  /** `check`: nothing written; `dry-run`: fixes shown, nothing written; `fix`: fixes written. */
  mode: RunMode
  summary: RunSummary
  releases: JsonRelease[]
  findings: JsonFinding[]
  /** With --dry-run the changes --fix would make, with --fix those it made, as unified diffs; empty in a check. */
  fixes: { file: string; diff: string }[]
  errors: ScanError[]
  /** Files read that declare no Testkube release, and why (Terraform); not problems. */
  notices: ScanError[]
}

export function toJsonReport(input: ScanReport | RunResult): JsonReport {
  const run = asRun(input)
  const fixed = fixedKeys(run)
  return {
    schemaVersion: 1,
    mode: run.mode,
    summary: summarise(run),
    releases: run.report.releases.map(jsonRelease),
    findings: run.report.findings.map(f => ({
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
      docs: ruleDocUrl(f.ruleId)
    })),
    fixes: shownFixes(run).map(f => ({ file: f.file, diff: f.diff })),
    errors: finalErrors(run).map(e => ({ file: e.file, line: e.line, message: e.message })),
    notices: (run.report.notices ?? []).map(n => ({ file: n.file, line: n.line, message: n.message }))
  }
}

export function renderJson(input: ScanReport | RunResult): string {
  return `${JSON.stringify(toJsonReport(input), null, 2)}\n`
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
