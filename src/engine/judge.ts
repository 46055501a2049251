/**
 * Judge one release: for every Testkube chart inside it (its scopes) and every catalogue rule that applies to
 * that chart and version, resolve the effective value of each required key, decide whether it holds, and plan
 * the edit that fixes it in the layer that wins (values-precedence.md §0.5). Every planned edit is verified by
 * applying it to the layers in memory and resolving again; a fix that a later layer would override is reported
 * as not fixable, with the reason.
 *
 * Decisions (see also docs/rules):
 * - One finding per failing key (TKI006 and TKI009 check several keys): each key has its own path, state,
 *   target and fixability.
 * - Per key: right value → nothing; an annotation that is not a string → TKI010 only; templated → TKI102;
 *   set by a read-only layer → TKI102; else the rule's own code, fixed when a verified edit exists. When no
 *   verified edit exists and an unreadable layer could set the key, TKI102 instead.
 * - An annotation map holding `sidecar.istio.io/nativeSidecar: "true"` satisfies that map's annotation (a
 *   non-string annotation is still TKI010: Kubernetes rejects it either way).
 * - `global.*` keys follow Helm's global coalescing: a parent chart's `global` wins over a dependency's own.
 * - Opaque layers of kind `chart-defaults` (a remote chart's own values.yaml) are not treated as hiding a
 *   key: the published charts set none of the checked keys to a passing value.
 */
import type { ChartScope, Finding, Level, PlannedEdit, Release, ValueLayer } from '../model.js'
import {
  getRule,
  HOLD_SETTING,
  NATIVE_SIDECAR_ANNOTATION,
  RULES,
  type Requirement,
  type Rule,
  type RuleCode
} from '../rules/catalogue.js'
import { evaluate, expectedValue, fixValue, type Verdict } from '../rules/predicates.js'
import { applicability, type ValueOf } from '../rules/applicability.js'
import { judgeCustomJobTemplates } from '../rules/job-templates.js'
import {
  asOlderReleaseNote,
  globalTemplateMode,
  needsChangeFinding,
  newestApplicableRelease
} from './version-findings.js'
import { joinSetPath } from '../values/setpath.js'
import { describeKind, describeValue as describe, formatValue } from '../values/display.js'
import { isTemplatedValue } from '../yaml/file.js'
import { resolve, type Resolution } from './merge.js'
import { nativeSidecarOn, orSetValue, prefixKeys, resolveKey } from './rule-keys.js'
import { opaqueReason, planFix, readOnlyWhy, relevantOpaque, unreadableBelow, type Plan } from './plan-fix.js'
import { declaredScopes } from './versions.js'
import { resolveInstalled } from '../charts/installed.js'
import { enterpriseAgentPin } from '../charts/releases.js'

export interface Judgement {
  findings: Finding[]
  edits: PlannedEdit[]
  /** The edit that fixes each fixable finding (several findings may share one edit). */
  editOf: Map<Finding, PlannedEdit>
}

export function judgeRelease(release: Release): Judgement {
  if (release.chart === 'istiod') return { findings: [], edits: [], editOf: new Map() }
  const mode = release.mesh?.mode ?? 'sidecar'
  if (mode === 'native-sidecars')
    return { findings: [meshNote(release, 'TKI100')], edits: [], editOf: new Map() }
  if (mode === 'ambient') return { findings: [meshNote(release, 'TKI101')], edits: [], editOf: new Map() }
  if (mode === 'injection-disabled')
    return { findings: [meshNote(release, 'TKI103')], edits: [], editOf: new Map() }

  const results: Result[] = []
  let applicable = 0
  let nativeOnly = 0
  for (const scope of judgedScopes(release)) {
    for (const rule of RULES) {
      if (rule.chart !== scope.chart || rule.requirements.length === 0) continue
      const check = judgeCheck(release, scope, rule)
      if (!check.applicable) {
        results.push(...check.results)
        continue
      }
      applicable++
      if (check.nativeOnly) nativeOnly++
      results.push(...check.results)
    }
  }

  if (applicable > 0 && nativeOnly === applicable) {
    const rule = getRule('TKI100')
    results.push({
      finding: note(
        release,
        'TKI100',
        { file: release.file, line: release.line },
        `${rule.title} (every pod annotation map the rules check sets ${NATIVE_SIDECAR_ANNOTATION}: "true").`
      )
    })
  }

  results.sort((a, b) => compare(a.finding, b.finding))
  const findings = results.map(r => r.finding)
  // Findings that need the same key written share one edit: the first planned for it.
  const kept = new Map<string, PlannedEdit>()
  const edits: PlannedEdit[] = []
  const editOf = new Map<Finding, PlannedEdit>()
  for (const r of results) {
    if (!r.edit) continue
    const key = JSON.stringify([r.edit.target, r.edit.path])
    let edit = kept.get(key)
    if (!edit) {
      edit = r.edit
      kept.set(key, edit)
      edits.push(edit)
    }
    editOf.set(r.finding, edit)
  }
  return { findings, edits, editOf }
}

function compare(a: Finding, b: Finding): number {
  if (a.releaseId !== b.releaseId) return a.releaseId < b.releaseId ? -1 : 1
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0
}

// ---------------------------------------------------------------------------------------------------------
// Scopes and applicability

/**
 * The chart scopes the judge looks at: the declared ones (or one derived from the release), each embedded
 * agent of a `testkube-enterprise` scope, minus the scopes whose enabling flag is off.
 */
export function judgedScopes(release: Release): ChartScope[] {
  if (release.chart === 'istiod') return []
  const declared = declaredScopes(release)
  const out: ChartScope[] = []
  const seen = new Set<string>()
  const add = (scope: ChartScope): void => {
    if (seen.has(scope.prefix)) return
    seen.add(scope.prefix)
    if (scopeEnabled(release.layers, scope)) out.push(scope)
  }
  // Declared scopes first: an agent the repository's enterprise chart pins wins over the release data's pin.
  declared.forEach(add)
  for (const scope of [...out]) if (scope.chart === 'testkube-enterprise') add(embeddedAgent(scope))
  return out
}

/**
 * The `testkube` chart embedded in `testkube-enterprise` under the alias `testkube-agent` (off by default), at
 * the version the enterprise release bundles (the release data's pin) when that is known.
 */
export function embeddedAgent(enterprise: ChartScope): ChartScope {
  const installed = enterprise.installed ?? resolveInstalled(enterprise.chart, enterprise.version)
  const bundled = installed.known ? enterpriseAgentPin(installed.version) : null
  return {
    chart: 'testkube',
    prefix: `${enterprise.prefix === '' || enterprise.prefix.endsWith('.') ? enterprise.prefix : `${enterprise.prefix}.`}testkube-agent.`,
    version: bundled,
    installed: resolveInstalled('testkube', bundled),
    enabledBy: {
      path: [...prefixKeys(enterprise.prefix), 'testkube-agent', 'enabled'],
      defaultEnabled: false
    }
  }
}

/**
 * Helm evaluates a condition only when it is a boolean; a non-boolean (a template, a string) is ignored and
 * the chart stays enabled, so it is judged.
 */
function scopeEnabled(layers: readonly ValueLayer[], scope: ChartScope): boolean {
  if (!scope.enabledBy) return true
  const r = resolve(layers, scope.enabledBy.path)
  if (!r.defined) return scope.enabledBy.defaultEnabled
  return typeof r.value === 'boolean' ? r.value : true
}

// ---------------------------------------------------------------------------------------------------------
// One check at the installed version

type Result = { finding: Finding; edit?: PlannedEdit }

interface CheckOutcome {
  /** False when the pod does not exist at the installed version (or a gate turns it off). */
  applicable: boolean
  /** Every failing key is satisfied by `sidecar.istio.io/nativeSidecar: "true"` instead. */
  nativeOnly: boolean
  results: Result[]
}

/**
 * One check of one chart scope, at the version that gets installed (rules.md, "What a rule can say"): not
 * applicable, its keys judged one by one, or a finding that needs another change. An unknown version is judged as
 * the newest known release; a check only older releases need then becomes a note with its releases.
 */
function judgeCheck(release: Release, scope: ChartScope, rule: Rule): CheckOutcome {
  const installed = scope.installed ?? resolveInstalled(scope.chart, scope.version)
  // Gates are asked again and again (per release of a window, for an unknown version): resolve each path once.
  const values = new Map<string, unknown>()
  const valueOf = (path: string): unknown => {
    if (!values.has(path)) values.set(path, resolveKey(release.layers, scope.prefix, path).res.value)
    return values.get(path)
  }
  const at = applicability(rule, installed.version, valueOf)
  if (at.kind === 'not-applicable') {
    const results = installed.known ? [] : olderReleaseNotes(release, scope, rule, installed.version, valueOf)
    return { applicable: false, nativeOnly: false, results }
  }
  const results: Result[] = []
  if (rule.code === 'TKI001') {
    // Custom job templates replace `jobPodAnnotations` for the templates they replace; below the key's releases
    // they are the only knob.
    const custom = judgeCustomJobTemplates({
      release,
      scope,
      version: installed.version,
      layers: release.layers
    })
    if (custom) {
      for (const finding of custom.findings) results.push({ finding, edit: custom.editOf.get(finding) })
      if (!custom.judgeJobPodAnnotations) return { applicable: true, nativeOnly: false, results }
    }
  }
  if (at.kind === 'needs-change') {
    const req = rule.requirements[0]
    const path = joinSetPath(resolveKey(release.layers, scope.prefix, req.path).path)
    results.push({
      finding: needsChangeFinding(release, rule, installed.version, at, path, expectedValue(req))
    })
    return { applicable: true, nativeOnly: false, results }
  }
  let requirements = at.requirements
  let hint: string | null = null
  if (rule.code === 'TKI006') {
    const mode = globalTemplateMode(release, scope, installed.version, valueOf)
    if (mode.finding) results.push({ finding: mode.finding, edit: mode.edit })
    if (mode.stop) return { applicable: true, nativeOnly: false, results }
    requirements = requirements.filter(r => !mode.handled.has(r.path))
    if (mode.inlineHint) hint = mode.inlineHint
  }
  let native = false
  for (const req of requirements) {
    const outcome = judgeRequirement(release, scope, rule, req)
    if (outcome === 'ok') continue
    if (outcome === 'native') native = true
    else {
      if (hint && outcome.finding.ruleId === rule.code)
        outcome.finding = { ...outcome.finding, message: `${outcome.finding.message} ${hint}` }
      results.push(outcome)
    }
  }
  // Native only: every key that failed is satisfied by `nativeSidecar: "true"`, and nothing else was reported.
  return { applicable: true, nativeOnly: native && results.length === 0, results }
}

/**
 * An unknown version, judged as the newest release, where the check's pod does not exist: the check is still
 * needed if the release is older. Judge it at the newest release of its window where the values leave the pod on,
 * and report each failing key as a note that names the window (the guide's full list stays visible and fails
 * nothing).
 */
function olderReleaseNotes(
  release: Release,
  scope: ChartScope,
  rule: Rule,
  judgedAs: string,
  valueOf: ValueOf
): Result[] {
  const older = newestApplicableRelease(rule, valueOf)
  if (!older) return []
  const out: Result[] = []
  for (const req of older.requirements) {
    const outcome = judgeRequirement(release, scope, rule, req)
    if (outcome === 'ok' || outcome === 'native') continue
    out.push({ finding: asOlderReleaseNote(outcome.finding, rule, judgedAs, declared(release), valueOf) })
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------
// One key

type Outcome = 'ok' | 'native' | { finding: Finding; edit?: PlannedEdit }

function judgeRequirement(release: Release, scope: ChartScope, rule: Rule, req: Requirement): Outcome {
  const layers = release.layers
  const { path, res } = resolveKey(layers, scope.prefix, req.path)
  const orSet = orSetValue(layers, scope.prefix, req)
  let verdict: Verdict = evaluate(req, res.value, orSet)
  if (verdict === 'ok') return 'ok'
  if (verdict !== 'wrong-type' && req.annotation && nativeSidecarOn(layers, scope.prefix, req.path))
    return 'native'
  if (verdict === 'missing' && res.blockedBy && isTemplatedValue(res.blockedBy.value)) verdict = 'templated'

  const display = joinSetPath(path)
  const winner = res.layerIndex !== null ? layers[res.layerIndex] : null
  const expected = fixValue(req, res.value) ?? expectedValue(req)
  const actual = shownValue(res, winner)
  const base = { releaseId: release.id, path: display, expected, actual }
  const orSetPath =
    req.predicate.kind === 'true-or-set'
      ? joinSetPath(resolveKey(layers, scope.prefix, req.predicate.orSet).path)
      : undefined
  const state = stateText(req, res, winner, orSetPath)

  if (verdict === 'templated') {
    const where = winner ? ` in ${winner.label}` : ''
    const what = res.blockedBy
      ? `${display} cannot be checked: ${joinSetPath(res.blockedBy.path)} is templated${where}`
      : `${display} is templated${where}, so ${rule.code} cannot check it`
    return {
      finding: {
        ...base,
        ruleId: 'TKI102',
        level: levelOf('TKI102'),
        ...declared(release),
        fixable: false,
        message: `${what}. Make sure it renders as ${show(expected)}.`
      }
    }
  }

  if (verdict === 'wrong-type') {
    const tki010 = getRule('TKI010')
    const plan = winner?.readOnlyReason
      ? ({ ok: false, why: readOnlyWhy(winner) } as const)
      : planFix(release, scope, req, path, res, 'TKI010')
    const head = `${display} is ${describe(res.value)}${winner ? ` in ${winner.label}` : ''}, not a string: ${tki010.consequence}.`
    return withPlan(release, plan, {
      ...base,
      ruleId: 'TKI010',
      level: tki010.level,
      message: plan.ok
        ? `${head} Write it as ${show(expected)}${sameLayer(plan, res) ? '' : ` in ${layers[plan.layerIndex].label}`} (${rule.code}).`
        : `${head} Write it as ${show(expected)} by hand (${rule.code}): ${plan.why}.`
    })
  }

  // missing or wrong
  if (winner?.readOnlyReason) {
    return {
      finding: {
        ...base,
        ruleId: 'TKI102',
        level: levelOf('TKI102'),
        ...declared(release),
        fixable: false,
        message:
          `${display} ${state}, which the tool does not edit (${winner.readOnlyReason}); ` +
          `${rule.code} needs ${show(expected)}.`
      }
    }
  }

  const plan = planFix(release, scope, req, path, res, rule.code)
  if (!plan.ok) {
    const hidden = relevantOpaque(layers, res.opaqueAbove)
    if (hidden.length > 0) {
      const layer = layers[hidden[hidden.length - 1]]
      return {
        finding: {
          ...base,
          ruleId: 'TKI102',
          level: levelOf('TKI102'),
          ...declared(release),
          fixable: false,
          message:
            `${display} ${state}, and ${layer.label} may set it but cannot be read` +
            ` (${opaqueReason(layer)}); ${rule.code} needs ${show(expected)}.`
        }
      }
    }
  }
  const head = `${display} ${state}, so ${rule.consequence}.`
  let action: string
  if (!plan.ok) action = `Set it to ${show(expected)} by hand: ${plan.why}.`
  else if (plan.edit.op === 'merge-proxy-config' && res.defined)
    action = `Add ${HOLD_SETTING}: true to it (other settings are kept).`
  else if (sameLayer(plan, res)) action = `Set it to ${show(expected)} there.`
  else action = `Set it to ${show(expected)} in ${layers[plan.layerIndex].label}.`
  if (plan.ok) action += unreadableBelow(layers, plan.layerIndex)
  return withPlan(release, plan, {
    ...base,
    ruleId: rule.code,
    level: rule.level,
    message: `${head} ${action}`
  })
}

function sameLayer(plan: Plan, res: Resolution): boolean {
  return plan.ok && plan.layerIndex === res.layerIndex
}

function withPlan(
  release: Release,
  plan: Plan,
  f: Omit<Finding, 'file' | 'line' | 'fixable'>
): { finding: Finding; edit?: PlannedEdit } {
  if (!plan.ok) return { finding: { ...f, ...declared(release), fixable: false } }
  return { finding: { ...f, file: plan.edit.target.file, line: plan.line, fixable: true }, edit: plan.edit }
}

// ---------------------------------------------------------------------------------------------------------
// Words

function declared(release: Release): { file: string; line: number } {
  return { file: release.file, line: release.line }
}

function levelOf(code: RuleCode): Level {
  return getRule(code).level
}

/** The checked key's value, for `actual`; nothing read from a Secret is ever shown. */
function shownValue(res: Resolution, winner: ValueLayer | null): unknown {
  if (!res.defined || winner?.kind === 'secret') return null
  return res.value
}

/** "is not set", "is "true" in helm.values", "is null in values.yaml"… */
function stateText(req: Requirement, res: Resolution, winner: ValueLayer | null, orSetPath?: string): string {
  const where = winner ? ` in ${winner.label}` : ''
  if (res.defined) {
    if (orSetPath) return `is ${describe(res.value)}${where} and ${orSetPath} is not set`
    if (req.predicate.kind === 'proxy-config-hold' && typeof res.value === 'string')
      return `does not set ${HOLD_SETTING}: true${where}`
    if (winner?.kind === 'secret') return `is wrong${where}`
    return `is ${describe(res.value)}${where}`
  }
  const nor = orSetPath ? ` (nor is ${orSetPath})` : ''
  if (res.blockedBy)
    return `is not set (${joinSetPath(res.blockedBy.path)} is ${describeKind(res.blockedBy.value)}${where})${nor}`
  if (winner && res.via === 'path') return `is null${where}${nor}`
  return `is not set${nor}`
}

/** A value in a message, whole (see values/display.ts). */
function show(v: unknown): string {
  return formatValue(v, Infinity)
}

function note(
  release: Release,
  code: RuleCode,
  loc: { file: string; line: number },
  message: string
): Finding {
  return {
    ruleId: code,
    level: levelOf(code),
    releaseId: release.id,
    path: '',
    expected: null,
    actual: null,
    file: loc.file,
    line: loc.line,
    fixable: false,
    message
  }
}

function meshNote(release: Release, code: 'TKI100' | 'TKI101' | 'TKI103'): Finding {
  const rule = getRule(code)
  const mesh = release.mesh
  const loc = mesh?.evidence[0] ?? { file: release.file, line: release.line }
  const reason = mesh?.reason ? ` (${mesh.reason})` : ''
  const message =
    code === 'TKI101' ? `${rule.title}${reason}: ${rule.consequence}.` : `${rule.title}${reason}.`
  return note(release, code, loc, message)
}
