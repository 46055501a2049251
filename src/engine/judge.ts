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
import type { ChartScope, Finding, Level, PlannedEdit, Release, ValueLayer, ValuePath } from '../model.js'
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
import { versionApplies } from '../rules/versions.js'
import { isPlainObject, joinSetPath, splitSetPath } from '../values/setpath.js'
import { formatValue } from '../values/display.js'
import { isTemplatedValue } from '../yaml/file.js'
import { isOpaque, resolve, setIn, type Resolution } from './merge.js'
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

  const layers = release.layers
  const results: { finding: Finding; edit?: PlannedEdit }[] = []
  let applicable = 0
  let nativeOnly = 0
  for (const scope of judgedScopes(release)) {
    for (const rule of RULES) {
      if (rule.chart !== scope.chart || rule.requirements.length === 0) continue
      if (!ruleApplies(rule, scope, layers)) continue
      applicable++
      let failed = false
      let native = false
      for (const req of rule.requirements) {
        const outcome = judgeRequirement(release, scope, rule, req)
        if (outcome === 'ok') continue
        if (outcome === 'native') {
          native = true
          continue
        }
        failed = true
        results.push(outcome)
      }
      if (native && !failed) nativeOnly++
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
    if (!scopeEnabled(release.layers, scope)) return
    out.push(scope)
    if (scope.chart === 'testkube-enterprise') add(embeddedAgent(scope))
  }
  declared.forEach(add)
  return out
}

/**
 * The `testkube` chart embedded in `testkube-enterprise` under the alias `testkube-agent` (off by default), at
 * the version the enterprise release bundles (the release data's pin) when that is known.
 */
export function embeddedAgent(enterprise: ChartScope): ChartScope {
  const bundled =
    enterprise.installed?.known === true ? enterpriseAgentPin(enterprise.installed.version) : null
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

function ruleApplies(rule: Rule, scope: ChartScope, layers: readonly ValueLayer[]): boolean {
  if (rule.gate) {
    const gate = resolveKey(layers, scope.prefix, rule.gate.path).res
    if (gate.value === false) return false
    if (gate.value === true) return true
  }
  // TEMPORARY until the catalogue's windows land (issue 12): an unknown version keeps the guide's full list.
  return versionApplies(rule.versions, scope.installed?.known ? scope.installed.version : scope.version)
}

/**
 * A `--set` path as keys, split once: the judge resolves the same few rule paths under the same few prefixes for
 * every release, and splitting is most of a lookup's cost. Callers copy before they change the keys.
 */
const splitKeys = new Map<string, readonly string[]>()
function keysOf(setPath: string): readonly string[] {
  let keys = splitKeys.get(setPath)
  if (!keys) {
    keys = splitSetPath(setPath).map(String)
    splitKeys.set(setPath, keys)
  }
  return keys
}

function prefixKeys(prefix: string): readonly string[] {
  return prefix === '' ? [] : keysOf(prefix)
}

/**
 * Where a rule key can be set, highest precedence first. For `global.*` keys every enclosing chart's own
 * `global` is a candidate, outermost first (Helm copies parent globals down and the parent's copy wins).
 */
export function candidatePaths(prefix: string, rulePath: string): ValuePath[] {
  const scopeKeys = prefixKeys(prefix)
  const rel = keysOf(rulePath)
  if (rel[0] !== 'global') return [[...scopeKeys, ...rel]]
  const out: ValuePath[] = []
  for (let k = 0; k <= scopeKeys.length; k++) out.push([...scopeKeys.slice(0, k), ...rel])
  return out
}

interface Resolved {
  path: ValuePath
  res: Resolution
}

/** Resolve a rule key: the outermost candidate that is defined wins; else the scope's own path. */
function resolveKey(layers: readonly ValueLayer[], prefix: string, rulePath: string): Resolved {
  return resolveCandidates(layers, candidatePaths(prefix, rulePath))
}

function resolveCandidates(layers: readonly ValueLayer[], candidates: readonly ValuePath[]): Resolved {
  for (const path of candidates.slice(0, -1)) {
    const res = resolve(layers, path)
    if (res.defined) return { path, res }
  }
  const path = candidates[candidates.length - 1]
  return { path, res: resolve(layers, path) }
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
  return withPlan(release, plan, {
    ...base,
    ruleId: rule.code,
    level: rule.level,
    message: `${head} ${action}`
  })
}

function orSetValue(layers: readonly ValueLayer[], prefix: string, req: Requirement): unknown {
  if (req.predicate.kind !== 'true-or-set') return undefined
  return resolveKey(layers, prefix, req.predicate.orSet).res.value
}

/** `sidecar.istio.io/nativeSidecar: "true"` in the annotation map that holds the requirement's key. */
function nativeSidecarOn(layers: readonly ValueLayer[], prefix: string, rulePath: string): boolean {
  const keys = keysOf(rulePath)
  const mapPath = joinSetPath(keys.slice(0, -1))
  const native = resolveKey(layers, prefix, `${mapPath}.${joinSetPath([NATIVE_SIDECAR_ANNOTATION])}`).res
  return native.value === 'true'
}

// ---------------------------------------------------------------------------------------------------------
// Planning and verifying a fix

type Plan = { ok: true; edit: PlannedEdit; layerIndex: number; line: number } | { ok: false; why: string }

function planFix(
  release: Release,
  scope: ChartScope,
  req: Requirement,
  path: ValuePath,
  res: Resolution,
  ruleId: string
): Plan {
  const layers = release.layers
  const value = fixValue(req, res.value)
  if (value === null)
    return {
      ok: false,
      why: `its content is neither JSON nor YAML settings, so ${HOLD_SETTING} cannot be added`
    }

  // 1. The layer that already sets the key, when the tool may write there.
  let index: number | null = null
  let editPath: ValuePath = path
  const w = res.layerIndex !== null ? layers[res.layerIndex] : null
  if (w && res.layerIndex !== null && w.target && !w.readOnlyReason) {
    if (w.sets) {
      if (res.via === 'path' && res.entry && w.target.type === 'set-list') {
        // A helmfile `set` entry passes its value through Helm's --set parser, so a quoted "false" is still the
        // boolean false: only `setString` entries (forceString) can hold a string. helmfile applies `set` after
        // every values file, so no other layer can hold the fix either.
        if (w.target.style === 'helmfile' && typeof value === 'string' && !res.entry.forceString)
          return {
            ok: false,
            why: `${w.label} sets ${joinSetPath(res.entry.path)} through Helm's --set parser, which reads "false" as a boolean; move the entry to setString`
          }
        index = res.layerIndex
        editPath = res.entry.path
      }
    } else if (w.target.type !== 'set-list' && (res.via === 'path' || res.blockedBy?.value === null)) {
      index = res.layerIndex
    }
  }
  // 2. Else the layer the reader chose for new keys.
  if (index === null) {
    const add = layers.findIndex(
      l =>
        l.addTarget &&
        l.target &&
        l.target.type !== 'set-list' &&
        !l.readOnlyReason &&
        !l.sets &&
        l.values !== null
    )
    if (add >= 0) index = add
  }
  if (index === null) {
    return {
      ok: false,
      why:
        w && res.via === 'path'
          ? `${w.label} sets it and the tool cannot edit it there, and there is no values block to add it to`
          : 'the release has no values block the tool may write to'
    }
  }

  const layer = layers[index]
  const target = layer.target
  if (!target) return { ok: false, why: 'the release has no values block the tool may write to' }
  let op: PlannedEdit['op'] = 'set'
  let editValue: unknown = value
  let forceString: boolean | undefined
  if (layer.sets) {
    if (req.predicate.kind === 'proxy-config-hold')
      return {
        ok: false,
        why: `it is set by a --set parameter in ${layer.label}, and Helm's --set parser reads {…} as a list; move it into a values block`
      }
    forceString = typeof value === 'string'
  } else {
    const clash = nonMapParent(layer.values ?? {}, editPath)
    if (clash)
      return {
        ok: false,
        why: `${joinSetPath(clash.path)} is ${describeKind(clash.value)} in ${layer.label}, not a map`
      }
    // The fixer merges the hold into the string it finds (and writes the JSON style): right when the key is
    // missing, or when this layer holds the whole string. Elsewhere the full merged string is set.
    const mergeable =
      !res.defined || (index === res.layerIndex && res.via === 'path' && typeof res.value === 'string')
    if (req.predicate.kind === 'proxy-config-hold' && mergeable) {
      op = 'merge-proxy-config'
      editValue = { [HOLD_SETTING]: true }
    }
  }

  // 3. Verify: apply the value in memory, resolve again, check the key now holds.
  const simulated = layers.map((l, i) => (i === index ? simulateEdit(l, editPath, value, res) : l))
  const after = resolveKey(simulated, scope.prefix, req.path)
  if (evaluate(req, after.res.value, orSetValue(simulated, scope.prefix, req)) !== 'ok')
    return { ok: false, why: overriddenWhy(simulated, after.res, index) }
  const hidden = relevantOpaque(
    layers,
    layers.map((_, i) => i).filter(i => i > index && isOpaque(layers[i]))
  )
  if (hidden.length > 0) {
    const h = layers[hidden[hidden.length - 1]]
    return {
      ok: false,
      why: `${h.label} comes after ${layer.label} and cannot be read (${opaqueReason(h)}), so the fix cannot be verified`
    }
  }

  const line =
    (layer.sets && res.entry ? res.entry.line : null) ??
    layer.line ??
    (target.file === release.file ? release.line : 1)
  const edit: PlannedEdit = { target, path: editPath, op, value: editValue, ruleId, releaseId: release.id }
  if (forceString !== undefined) edit.forceString = forceString
  return { ok: true, edit, layerIndex: index, line }
}

function simulateEdit(layer: ValueLayer, path: ValuePath, value: unknown, res: Resolution): ValueLayer {
  if (layer.sets) {
    const entry = res.entry
    return {
      ...layer,
      sets: layer.sets.map(e => (e === entry ? { ...e, value } : e))
    }
  }
  return { ...layer, values: setIn(layer.values ?? {}, path, value) }
}

/** A parent of `path` in a tree that holds something other than a map or null (the fix would destroy it). */
function nonMapParent(
  tree: Record<string, unknown>,
  path: ValuePath
): { path: ValuePath; value: unknown } | null {
  let node: unknown = tree
  for (let i = 0; i < path.length - 1; i++) {
    if (!isPlainObject(node) || !Object.prototype.hasOwnProperty.call(node, path[i])) return null
    const next = node[path[i]]
    if (next === null) return null
    if (!isPlainObject(next)) return { path: path.slice(0, i + 1), value: next }
    node = next
  }
  return null
}

function overriddenWhy(layers: readonly ValueLayer[], after: Resolution, edited: number): string {
  const by = after.layerIndex
  if (by === null || by === edited) return `the value would still not take effect in ${layers[edited].label}`
  const key = after.entry
    ? joinSetPath(after.entry.path)
    : after.blockedBy
      ? joinSetPath(after.blockedBy.path)
      : null
  const what = key ? `sets ${key}` : 'sets it'
  return `${layers[by].label} ${what} after ${layers[edited].label} and would override the fix`
}

/** Unreadable layers that could hide a key (a remote chart's own defaults are known not to). */
function relevantOpaque(layers: readonly ValueLayer[], indexes: readonly number[]): number[] {
  return indexes.filter(i => layers[i].kind !== 'chart-defaults')
}

function opaqueReason(layer: ValueLayer): string {
  return layer.readOnlyReason ?? (layer.kind === 'secret' ? 'a Secret' : 'unreadable')
}

function readOnlyWhy(layer: ValueLayer): string {
  return `${layer.label} is not edited by the tool (${layer.readOnlyReason})`
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

/** The kind of a value the tool does not own (a parent of a checked key): never its content. */
function describeKind(v: unknown): string {
  if (typeof v === 'string') return isTemplatedValue(v) ? 'templated' : 'a string'
  if (typeof v === 'number') return 'a number'
  return describe(v)
}

/** A checked value for people. Maps and lists are named, never printed. */
function describe(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'boolean') return `the boolean ${v}`
  if (typeof v === 'number') return `the number ${v}`
  if (typeof v === 'string') return isTemplatedValue(v) ? 'templated' : show(v)
  if (Array.isArray(v)) return 'a list'
  return 'a map'
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

function meshNote(release: Release, code: 'TKI100' | 'TKI101'): Finding {
  const rule = getRule(code)
  const mesh = release.mesh
  const loc = mesh?.evidence[0] ?? { file: release.file, line: release.line }
  const reason = mesh?.reason ? ` (${mesh.reason})` : ''
  const message =
    code === 'TKI100' ? `${rule.title}${reason}.` : `${rule.title}${reason}: ${rule.consequence}.`
  return note(release, code, loc, message)
}
