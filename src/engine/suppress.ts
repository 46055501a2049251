/**
 * After judging, as a pure step of its own: every finding gets its fingerprint, the config's `rules` levels are
 * applied (`off` drops a rule's findings), and each finding that is accepted is set aside with its reason. The
 * first that applies wins:
 *   1. an inline `# testkube-istio-guard: ignore CODE -- reason` comment on the release's declaration or on the
 *      finding's line (kind `inline`);
 *   2. a config `mesh` entry saying the release's namespace or path is not injected (kind `config`; the sidecar
 *      checks and TKI102 only);
 *   3. a config `ignore` entry that has not expired (kind `config`);
 *   4. a baseline entry with the same fingerprint (kind `baseline`).
 * A suppression that cannot apply (no reason, an unknown code, an expired entry) is itself a TKI901 warning,
 * which nothing suppresses. Accepted findings are reported, but fail nothing and get no fix, comment or
 * annotation.
 */
import type { Finding, Level, Release, Suppression } from '../model.js'
import type { RepoConfig } from '../config/parse.js'
import { directiveCovers, inlineDirectives, type InlineDirective } from '../config/inline.js'
import { globMatches, injectionEntryFor, releaseNameMatches } from '../config/match.js'
import { findRule, getRule } from '../rules/catalogue.js'
import { fingerprintOf, type Baseline, type BaselineEntry } from './baseline.js'

export interface SuppressionSettings {
  config?: RepoConfig
  baseline?: Baseline
  /** Today as YYYY-MM-DD (UTC): an `ignore` entry expires after its `expires` day. */
  today: string
}

export interface Settled {
  /** Findings that count: what fails the run, and gets fixes, comments and annotations. */
  findings: Finding[]
  /** Accepted findings, each with its `suppression`. */
  suppressed: Finding[]
  /** Baseline entries no finding of this run has (SARIF `baselineState: absent`). */
  absent: BaselineEntry[]
  /** The judged finding each settled one was made from (to find the edit the judge planned for it). */
  judgedOf: ReadonlyMap<Finding, Finding>
}

export const SUPPRESSION_RULE = 'TKI901'

/** Rules a namespace without sidecar injection makes moot: the sidecar checks and "cannot check" warnings. */
function mootWithoutInjection(ruleId: string): boolean {
  const rule = findRule(ruleId)
  return rule?.category === 'check' || ruleId === 'TKI102'
}

/**
 * Settle the judged findings. `readText` gives the text of a repository file (undefined when it was not read):
 * the files of the releases, their value layers and the findings are searched for inline comments.
 */
export function settleFindings(
  judged: readonly Finding[],
  releases: readonly Release[],
  readText: (file: string) => string | undefined,
  settings: SuppressionSettings
): Settled {
  const config = settings.config
  const releaseOf = new Map(releases.map(r => [r.id, r]))
  const problems: Finding[] = []

  const directives = collectDirectives(judged, releases, readText, problems)
  const ignores = (config?.ignore ?? []).filter(entry => {
    if (entry.expires === undefined || entry.expires >= settings.today) return true
    problems.push(
      problem(
        entry.file,
        entry.line,
        `the ignore entry for ${entry.rule === '*' ? 'every rule' : entry.rule} expired on ${entry.expires} and suppresses nothing: renew it or delete it (reason: ${entry.reason})`
      )
    )
    return false
  })
  const baselined = new Set((settings.baseline?.entries ?? []).map(e => e.fingerprint))

  const findings: Finding[] = []
  const suppressed: Finding[] = []
  const all: Finding[] = []
  const judgedOf = new Map<Finding, Finding>()
  for (const original of [...judged, ...problems]) {
    const release = releaseOf.get(original.releaseId)
    const level = levelFor(original, config)
    if (level === 'off') continue
    const finding: Finding = { ...original, level, fingerprint: fingerprintOf(original, release) }
    all.push(finding)
    const suppression =
      finding.ruleId === SUPPRESSION_RULE
        ? undefined
        : (inlineSuppression(finding, release, directives) ??
          injectionSuppression(finding, release, config) ??
          ignoreSuppression(finding, release, ignores) ??
          baselineSuppression(finding, baselined, settings.baseline))
    const settled = suppression ? { ...finding, suppression } : finding
    ;(suppression ? suppressed : findings).push(settled)
    judgedOf.set(settled, original)
  }
  const seen = new Set(all.map(f => f.fingerprint))
  const absent = (settings.baseline?.entries ?? []).filter(e => !seen.has(e.fingerprint))
  return { findings, suppressed, absent, judgedOf }
}

function levelFor(f: Finding, config: RepoConfig | undefined): Level | 'off' {
  return config?.rules[f.ruleId] ?? f.level
}

function problem(file: string, line: number, message: string): Finding {
  return {
    ruleId: SUPPRESSION_RULE,
    level: getRule(SUPPRESSION_RULE).level,
    releaseId: '',
    path: '',
    expected: undefined,
    actual: undefined,
    file,
    line,
    fixable: false,
    message
  }
}

/** The directives of every file a finding or release is about; the broken ones become TKI901 warnings. */
function collectDirectives(
  judged: readonly Finding[],
  releases: readonly Release[],
  readText: (file: string) => string | undefined,
  problems: Finding[]
): InlineDirective[] {
  const files = new Set<string>()
  for (const r of releases) {
    files.add(r.file)
    for (const l of r.layers) if (l.file) files.add(l.file)
  }
  for (const f of judged) files.add(f.file)
  const usable: InlineDirective[] = []
  for (const file of [...files].sort()) {
    const text = readText(file)
    if (text === undefined) continue
    for (const d of inlineDirectives(file, text)) {
      const unknown = d.codes.filter(c => c !== '*' && !findRule(c))
      for (const code of unknown)
        problems.push(
          problem(file, d.line, `unknown rule code ${code} in an ignore comment: it suppresses nothing`)
        )
      if (d.codes.length === 0) {
        problems.push(problem(file, d.line, 'an ignore comment without a rule code suppresses nothing'))
      } else if (d.reason === '') {
        problems.push(
          problem(
            file,
            d.line,
            `the ignore comment for ${d.codes.join(', ')} has no reason ("-- why") and suppresses nothing`
          )
        )
      } else if (unknown.length < d.codes.length) {
        usable.push(d)
      }
    }
  }
  return usable
}

function inlineSuppression(
  f: Finding,
  release: Release | undefined,
  directives: readonly InlineDirective[]
): Suppression | undefined {
  const d = directives.find(
    d =>
      (d.codes.includes(f.ruleId) || d.codes.includes('*')) &&
      (directiveCovers(d, f.file, f.line) ||
        (release !== undefined && directiveCovers(d, release.file, release.line)))
  )
  return d ? { kind: 'inline', reason: d.reason, file: d.file, line: d.line } : undefined
}

function injectionSuppression(
  f: Finding,
  release: Release | undefined,
  config: RepoConfig | undefined
): Suppression | undefined {
  if (!release || !config || !mootWithoutInjection(f.ruleId)) return undefined
  const entry = injectionEntryFor(release, config.mesh)
  if (entry?.injection !== 'disabled') return undefined
  const where = entry.namespace ? `namespace ${entry.namespace}` : entry.path
  return {
    kind: 'config',
    reason: entry.reason ?? `Istio injects no sidecar in ${where} (mesh: injection: disabled)`,
    file: entry.file,
    line: entry.line
  }
}

function ignoreSuppression(
  f: Finding,
  release: Release | undefined,
  ignores: RepoConfig['ignore']
): Suppression | undefined {
  const entry = ignores.find(
    e =>
      (e.rule === '*' || e.rule === f.ruleId) &&
      (e.path === undefined ||
        globMatches(e.path, f.file) ||
        (release !== undefined && globMatches(e.path, release.file))) &&
      (e.release === undefined || (release !== undefined && releaseNameMatches(e.release, release)))
  )
  return entry ? { kind: 'config', reason: entry.reason, file: entry.file, line: entry.line } : undefined
}

function baselineSuppression(
  f: Finding,
  baselined: ReadonlySet<string>,
  baseline: Baseline | undefined
): Suppression | undefined {
  if (!baseline || !f.fingerprint || !baselined.has(f.fingerprint)) return undefined
  return { kind: 'baseline', reason: `in the baseline ${baseline.file}`, file: baseline.file, line: 1 }
}
