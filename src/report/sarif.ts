/**
 * SARIF 2.1.0 for GitHub code scanning. One run; the rules are the whole catalogue (so `ruleIndex` is stable);
 * every result has a repo-relative location with a region (GitHub rejects a result without one) and a
 * fingerprint that does not move when lines do. Files that could not be read are results of TKI900.
 */
import { describeReleases } from '../rules/applicability.js'
import type { CheckVersions } from '../rules/windows.js'
import { createHash } from 'node:crypto'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { ScanReport } from '../engine/scan.js'
import type { Level } from '../model.js'
import { RULES, ruleDocUrl, type Rule, type RuleCode } from '../rules/catalogue.js'
import { asRun, finalErrors, remainingFindings, type RunResult } from './run.js'
import { TOOL_NAME, TOOL_VERSION, TOOL_URL } from './tool.js'

export interface SarifOptions {
  /** Prepended to every path: the scanned directory's place in the repository (`examples/gitops/`). */
  uriPrefix?: string
  /** `runAutomationDetails.id`, to keep uploads of several scans apart (`testkube-istio-guard/prod/`). */
  category?: string
}

const FINGERPRINT = 'testkubeIstioGuard/v1'
/** The rule files that cannot be read or parsed are reported under. */
const FILE_PROBLEM_RULE: RuleCode = 'TKI900'

/**
 * The findings that exist in the files when the run ends (after `--fix`, those the fixes left), so that the
 * locations match what is on disk.
 */
export function toSarif(input: ScanReport | RunResult, opts: SarifOptions = {}): Log {
  const run = asRun(input)
  const prefix = opts.uriPrefix ?? ''
  const index = new Map<string, number>(RULES.map((r, i) => [r.code, i]))
  const location = (file: string, line: number): Result['locations'] => [
    {
      physicalLocation: {
        artifactLocation: { uri: toUri(prefix, file), uriBaseId: '%SRCROOT%' },
        region: { startLine: Math.max(1, Math.floor(line) || 1) }
      }
    }
  ]

  const results: Result[] = remainingFindings(run).map(f => {
    const ruleIndex = index.get(f.ruleId)
    return {
      ruleId: f.ruleId,
      ...(ruleIndex === undefined ? {} : { ruleIndex }),
      level: sarifLevel(f.level),
      message: { text: f.message },
      locations: location(f.file, f.line),
      partialFingerprints: { [FINGERPRINT]: fingerprint(f.ruleId, f.releaseId, f.path) },
      properties: {
        releaseId: f.releaseId,
        path: f.path,
        fixable: f.fixable,
        ...(f.requiresChartVersion !== undefined ? { requiresChartVersion: f.requiresChartVersion } : {})
      }
    }
  })
  const problemIndex = index.get(FILE_PROBLEM_RULE)
  for (const e of finalErrors(run)) {
    results.push({
      ruleId: FILE_PROBLEM_RULE,
      ...(problemIndex === undefined ? {} : { ruleIndex: problemIndex }),
      level: 'warning',
      message: { text: `${e.file}:${e.line}: ${e.message}` },
      locations: location(e.file, e.line),
      partialFingerprints: { [FINGERPRINT]: fingerprint(FILE_PROBLEM_RULE, e.file, e.message) }
    })
  }

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: TOOL_URL,
            rules: RULES.map(sarifRule)
          }
        },
        ...(opts.category ? { automationDetails: { id: opts.category } } : {}),
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
}

export function renderSarif(input: ScanReport | RunResult, opts: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(input, opts), null, 2)}\n`
}

function sarifRule(rule: Rule): ReportingDescriptor {
  const docs = ruleDocUrl(rule.code)
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    // GitHub shows `help`, not `helpUri`: the remediation and the link go in both forms.
    help: {
      text: `${rule.description}\n\nHow to fix: ${rule.remediation}\n\nDocumentation: ${docs}`,
      markdown: `${rule.description}\n\n**How to fix:** ${rule.remediation}\n\n[${rule.code} documentation](${docs})`
    },
    helpUri: docs,
    defaultConfiguration: { level: sarifLevel(rule.level) },
    properties: {
      tags: [...new Set(['testkube', 'istio', 'helm', rule.category, ...(rule.chart ? [rule.chart] : [])])],
      ...(rule.window ? { chartVersions: windowMetadata(rule.window) } : {})
    }
  }
}

/** The releases a check belongs to, from the windows table, for SARIF consumers. */
function windowMetadata(w: CheckVersions): Record<string, string> {
  const out: Record<string, string> = { keyRead: describeReleases(w.chart, w.keyRead) }
  if (w.podWithoutKey !== null) out.podWithoutKey = describeReleases(w.chart, w.podWithoutKey)
  return out
}

function sarifLevel(level: Level): 'error' | 'warning' | 'note' {
  return level
}

/** A directory-relative path as a URI reference: prefixed, `/`-separated, each segment percent-encoded. */
function toUri(prefix: string, file: string): string {
  const rel = file.replace(/\\/g, '/').replace(/^\.(\/|$)/, '')
  const path = `${prefix}${rel}`.replace(/\/$/, '') || '.'
  return path
    .split('/')
    .map(s => encodeURIComponent(s))
    .join('/')
}

function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32)
}
