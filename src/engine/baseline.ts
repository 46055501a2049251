/**
 * Baselines: the findings of an earlier report, by fingerprint, that a run accepts (`--baseline`), and the file
 * `--write-baseline` writes. A fingerprint is the rule, the release's identity (file, namespace, name, chart,
 * values prefix) and the value path: never a line number, so a baseline survives edits that move lines. An earlier
 * `--format json` or SARIF report of this tool is a baseline too. Pure: text in, entries out.
 */
import { createHash } from 'node:crypto'
import type { Finding, Release } from '../model.js'

/** The key of the fingerprint in SARIF `fingerprints` (and of the baseline file's `kind`). */
export const BASELINE_FINGERPRINT = 'testkubeIstioGuard/finding/v1'

export interface BaselineEntry {
  fingerprint: string
  ruleId: string
  file: string
  line: number
  message: string
}

export interface Baseline {
  /** As given, for messages and suppressions. */
  file: string
  entries: BaselineEntry[]
}

export class BaselineError extends Error {}

/** A finding's fingerprint: of its release when it has one, else of the file it is in (TKI901). */
export function fingerprintOf(f: Pick<Finding, 'ruleId' | 'path' | 'file'>, release?: Release): string {
  const identity = release
    ? [release.file, release.namespace ?? '', release.name, release.chart, release.valuesPrefix]
    : [f.file]
  return createHash('sha256')
    .update([f.ruleId, ...identity, f.path].join('\u0000'))
    .digest('hex')
    .slice(0, 32)
}

/** Read a baseline: this tool's baseline file or `--format json` report, or its SARIF. Throws BaselineError. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (err) {
    throw new BaselineError(`${file}: not JSON: ${(err as Error).message}`)
  }
  if (!isObject(data)) throw new BaselineError(`${file}: not a report of testkube-istio-guard`)
  const entries = Array.isArray(data.runs) ? fromSarif(data.runs, file) : fromJson(data, file)
  return { file, entries }
}

function fromJson(data: Record<string, unknown>, file: string): BaselineEntry[] {
  if (data.schemaVersion !== 1 || !Array.isArray(data.findings))
    throw new BaselineError(`${file}: not a --format json report or baseline of testkube-istio-guard`)
  const out: BaselineEntry[] = []
  for (const f of data.findings as unknown[]) {
    if (!isObject(f)) continue
    // Findings an inline comment or the config file accepted are not the baseline's to accept.
    const kind = isObject(f.suppression) ? f.suppression.kind : null
    if (kind !== null && kind !== 'baseline') continue
    if (typeof f.fingerprint !== 'string')
      throw new BaselineError(
        `${file}: a finding has no fingerprint (an older report?): write the baseline again with --write-baseline`
      )
    out.push(entry(f.fingerprint, f.ruleId, f.file, f.line, f.message))
  }
  return out
}

function fromSarif(runs: unknown[], file: string): BaselineEntry[] {
  const out: BaselineEntry[] = []
  for (const run of runs) {
    if (!isObject(run) || !Array.isArray(run.results)) continue
    for (const r of run.results as unknown[]) {
      if (!isObject(r) || r.baselineState === 'absent') continue
      const fp = isObject(r.fingerprints) ? r.fingerprints[BASELINE_FINGERPRINT] : undefined
      // Files that could not be read (TKI900) have no finding fingerprint: they are never baselined.
      if (typeof fp !== 'string') continue
      const suppressions = Array.isArray(r.suppressions) ? (r.suppressions as unknown[]) : []
      if (suppressions.some(s => !isObject(s) || !isObject(s.properties) || s.properties.kind !== 'baseline'))
        continue
      const loc = sarifLocation(r)
      const message = isObject(r.message) ? r.message.text : ''
      out.push(entry(fp, r.ruleId, loc.file, loc.line, message))
    }
  }
  if (runs.length === 0) throw new BaselineError(`${file}: a SARIF log without runs`)
  return out
}

function sarifLocation(r: Record<string, unknown>): { file: string; line: number } {
  const first = Array.isArray(r.locations) ? (r.locations[0] as unknown) : undefined
  const physical = isObject(first) && isObject(first.physicalLocation) ? first.physicalLocation : {}
  const artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : {}
  const region = isObject(physical.region) ? physical.region : {}
  const uri = typeof artifact.uri === 'string' ? artifact.uri : ''
  return {
    file: uri
      .split('/')
      .map(s => {
        try {
          return decodeURIComponent(s)
        } catch {
          return s
        }
      })
      .join('/'),
    line: typeof region.startLine === 'number' ? region.startLine : 1
  }
}

function entry(
  fingerprint: string,
  ruleId: unknown,
  file: unknown,
  line: unknown,
  message: unknown
): BaselineEntry {
  return {
    fingerprint,
    ruleId: typeof ruleId === 'string' ? ruleId : '',
    file: typeof file === 'string' ? file : '',
    line: typeof line === 'number' && line >= 1 ? line : 1,
    message: typeof message === 'string' ? message : ''
  }
}

/**
 * The baseline file `--write-baseline` writes: the findings that are not accepted by a comment or the config
 * (those stay accepted where they are), sorted by fingerprint so that it changes only when findings do.
 */
export function renderBaseline(findings: readonly Finding[], baselineOf: (f: Finding) => string): string {
  const kept = findings
    .filter(f => !f.suppression || f.suppression.kind === 'baseline')
    .map(f => ({
      fingerprint: baselineOf(f),
      ruleId: f.ruleId,
      releaseId: f.releaseId,
      path: f.path,
      file: f.file,
      line: f.line,
      message: f.message
    }))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
  return `${JSON.stringify({ schemaVersion: 1, kind: 'testkube-istio-guard-baseline', findings: kept }, null, 2)}\n`
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
