/**
 * Carry out planned edits on one file's text: text in, text out, nothing read or written.
 *
 * Each edit becomes a few text splices planned from the parsed documents' node ranges (./edit.ts), applied, and
 * checked by parsing the result again: the edited document must read as before with only the edited values
 * changed, every other document exactly as before. Edits apply one after the other, each on the previous result,
 * so several edits in one map or one file compose, and an edit whose value is already there changes nothing (a
 * second run is a no-op, byte for byte).
 *
 * An edit that cannot be made safely (an alias, a templated value, an entry that is not there, embedded values
 * that are not YAML) is skipped with a problem and the others still apply. A result that does not read back as
 * intended is a bug: the whole file is then left unchanged and a problem says so.
 */
import { parseDocument } from 'yaml'
import type { NodePath, PlannedEdit } from '../model.js'
import { PARSE_OPTIONS } from '../yaml/file.js'
import { joinSetPath, splitSetPath } from '../values/setpath.js'
import { findPair, isPlan, locate, openDoc, planSet, describePath, refuse } from './edit.js'
import type { Plan } from './edit.js'
import { openEmbedded, planEmbedded, planStringReplace, rewriteEmbedded } from './embedded.js'
import type { Decide, EmbeddedPlan, InnerPlanner } from './embedded.js'
import { applySplices, parseText } from './text.js'
import { editHeredoc } from './heredoc.js'
import type { ParsedText, StringStyle } from './text.js'
import { cloneTree, containsAll, deepEqual, getAt, isRecord, mergeMoveToEnd, setAt } from './tree.js'
import { isMap, isScalar, isSeq } from 'yaml'

export interface ApplyProblem {
  line: number
  message: string
}

export function applyEdits(
  file: string,
  text: string,
  edits: readonly PlannedEdit[],
  opts: {
    /** false: every edit alone, in order, with no new keys joined (see newKeyGroups); the tests compare the two. */
    together?: boolean
    /** `text` as the scan parsed it (parsedTextOf), so that the first plan needs no parse of its own. */
    parsed?: ParsedText | null
  } = {}
): {
  text: string
  problems: { line: number; message: string }[]
  /** `text` parsed (the last read-back check's parse when the edits changed it); the scan after --fix reuses it. */
  parsed: ParsedText
} {
  const problems: ApplyProblem[] = []
  const first = opts.parsed?.text === text ? opts.parsed : parseText(text)
  let pt = first
  const work: WorkItem[] =
    opts.together === false ? edits.map(edit => ({ kind: 'edit', edit })) : newKeyGroups(pt, edits)
  let siblings = opts.together !== false
  for (let i = 0; i < work.length; i++) {
    if (siblings) {
      const run = newSiblings(pt, work, i)
      if (run === 'failed') siblings = false
      else if (run) {
        pt = run.pt
        i += run.count - 1
        continue
      }
    }
    const item = work[i]
    if (item.kind === 'embedded') {
      const made = embeddedTogether(file, pt, item.members)
      if (made) {
        pt = made
        continue
      }
    }
    if (item.kind === 'group') {
      // The group's new key with all its members' values: one edit, one read-back check. If it cannot be made,
      // its members are made one by one, so that each problem names its own edit.
      const outcome = attempt(pt, item.edit)
      if (outcome.kind === 'done') {
        pt = outcome.pt
        continue
      }
    }
    for (const e of item.kind === 'edit' ? [item.edit] : item.members) {
      const outcome = attempt(pt, e)
      if (outcome.kind === 'done') pt = outcome.pt
      else if (outcome.kind === 'skip')
        problems.push({ line: outcome.line, message: `cannot fix ${label(e)}: ${outcome.message}` })
      else {
        problems.push({
          line: outcome.line,
          message: `fix for ${label(e)} did not read back as intended (${outcome.detail}); ${file} is left unchanged`
        })
        return { text, problems, parsed: first }
      }
    }
  }
  return { text: pt.text, problems, parsed: pt }
}

/**
 * New keys of existing maps that all end at one place, from `work[from]` on (each a plain edit or a group): made
 * at once, with one read-back check. Made one after the other, each new key of a map would go at the end of the
 * map, right after the one before, with the same indentation: the text is the same, with a parse of the file saved
 * per key. The maps may be nested (`testkube-api:` last in the values, both ending on its last line): a key of the
 * inner map then goes before the outer map's, wherever it comes in the run, as made one by one it would (the inner
 * map still ends before the outer map's new keys). Only a run of pure insertions at one offset, under maps on one
 * chain, is taken; null when there are fewer than two, 'failed' when the run did not read back as intended (the
 * edits are then made one by one, each checked on its own).
 */
export function newSiblings(
  pt: ParsedText,
  work: readonly WorkItem[],
  from: number
): { pt: ParsedText; count: number } | null | 'failed' {
  const taken: { step: Step; text: string; parent: NodePath }[] = []
  let at: { docIndex: number; offset: number } | null = null
  for (let j = from; j < work.length; j++) {
    const e = work[j].edit
    const t = e.target
    if (!isNewKeySet(e)) break
    let planned: ReturnType<typeof planMapEdit>
    try {
      planned = planMapEdit(pt, e)
    } catch {
      break
    }
    if (planned.kind !== 'plan' || planned.plan.kind !== 'edit' || planned.plan.splices.length !== 1) break
    const splice = planned.plan.splices[0]
    const parent = existingParent(pt, t.docIndex, planned.step.path)
    if (splice.start !== splice.end || parent === null) break
    if (at && (at.docIndex !== t.docIndex || at.offset !== splice.start)) break
    if (!taken.every(o => isPrefix(o.parent, parent) || isPrefix(parent, o.parent))) break
    // Two edits of one new key are a group already (newKeyGroups); a second one here would write it twice.
    const key = planned.step.path[parent.length]
    if (taken.some(o => o.parent.length === parent.length && o.step.path[parent.length] === key)) break
    at = { docIndex: t.docIndex, offset: splice.start }
    taken.push({ step: planned.step, text: splice.text, parent })
  }
  if (taken.length < 2 || at === null) return null
  // Deepest map first; the keys of one map in the order of the run (the sort is stable).
  const placed = [...taken].sort((a, b) => b.parent.length - a.parent.length)
  let after: ParsedText
  try {
    const text = applySplices(pt.text, [
      { start: at.offset, end: at.offset, text: placed.map(o => o.text).join('') }
    ])
    after = parseText(text, pt.eol)
  } catch {
    return 'failed'
  }
  const sets = taken.map(o => ({ path: o.step.path, value: o.step.value }))
  return verify(pt, after, at.docIndex, sets) === null ? { pt: after, count: taken.length } : 'failed'
}

/** The longest part of `path` the document has, when it is a map: where a set of `path` adds its new key. */
function existingParent(pt: ParsedText, docIndex: number, path: NodePath): NodePath | null {
  const js = pt.js(docIndex)
  const missing = 'error' in js ? null : firstMissing(js.value, path)
  return missing === null ? null : path.slice(0, missing)
}

/**
 * The index of the first segment of `path` that `tree` does not have, a map's key, every segment before it being
 * a map's key or an item of a list it has (a helmfile's `releases[0].values[0]`); null when the whole path is
 * there, or a segment before the missing one is neither.
 */
function firstMissing(tree: unknown, path: NodePath): number | null {
  let cur = tree
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    if (Array.isArray(cur) && typeof seg === 'number' && seg >= 0 && seg < cur.length) {
      cur = cur[seg]
      continue
    }
    if (!isRecord(cur) || typeof seg !== 'string') return null
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return i
    cur = cur[seg]
  }
  return null
}

/**
 * The edits of one embedded string made on the string, as the edits of a file are (new keys joined, one check for
 * several), then put back in one outer edit, checked as any edit is: the outer document must read as before with
 * only the string changed, and the string as before with only the edited values set (applyEdits checks that of the
 * inner text). Null, with nothing made, when any inner edit has a problem: the edits are then made one by one,
 * so that each problem is said as it always is.
 */
function embeddedTogether(file: string, pt: ParsedText, edits: readonly PlannedEdit[]): ParsedText | null {
  const t = edits[0].target
  if (t.type !== 'yaml-embedded') return null
  const opened = openEmbedded(pt, t.docIndex, t.nodePath)
  if (isPlan(opened)) return null
  const inner = applyEdits(
    file,
    opened.inner,
    edits.map(e => ({ ...e, target: { type: 'yaml-map', file: e.target.file, docIndex: 0, nodePath: [] } }))
  )
  if (inner.problems.length > 0) return null
  if (inner.text === opened.inner) return pt
  const splices = rewriteEmbedded(pt, opened, inner.text)
  if (isPlan(splices)) return null
  const outcome = carryOut(pt, t.docIndex, { kind: 'edit', splices, line: opened.line }, [
    { path: t.nodePath, value: inner.text, style: 'default' }
  ])
  return outcome.kind === 'done' ? outcome.pt : null
}

function attempt(pt: ParsedText, e: PlannedEdit): Outcome {
  try {
    return runEdit(pt, e)
  } catch (err) {
    return { kind: 'fail', line: 1, detail: `internal error: ${(err as Error).message}` }
  }
}

export type WorkItem =
  | { kind: 'edit'; edit: PlannedEdit }
  | { kind: 'group'; edit: PlannedEdit; members: PlannedEdit[] }
  | { kind: 'embedded'; edit: PlannedEdit; members: PlannedEdit[] }

/**
 * The edits in order, where those that create the same missing key of a YAML map (`testkube-operator.preUpgrade…`
 * and `testkube-operator.webhook…` in a file without `testkube-operator`) become one edit that writes that key with
 * all their values, at the place of the first. Made one after the other, the first would write the key and each
 * next one add its part at the end of it, which is the text the one edit writes; but each edit costs a parse of
 * the whole file to check it, most of a fix's time. Only plain sets of unrelated paths are joined: a path inside
 * another's, a list item in the edit's own path, a proxy config or a string replacement each stay an edit of their own.
 */
export function newKeyGroups(pt: ParsedText, edits: readonly PlannedEdit[]): WorkItem[] {
  const items: WorkItem[] = []
  // The edits of one embedded string (Argo CD's helm.values): made together on the string (embeddedTogether).
  const embeddedKey = (e: PlannedEdit): string | null =>
    e.target.type === 'yaml-embedded' ? JSON.stringify([e.target.docIndex, e.target.nodePath]) : null
  const ofString = new Map<string, PlannedEdit[]>()
  for (const e of edits) {
    const key = embeddedKey(e)
    if (key !== null) ofString.set(key, [...(ofString.get(key) ?? []), e])
  }
  const groups = new Map<string, { item: WorkItem; members: PlannedEdit[]; at: NodePath; rest: NodePath[] }>()
  for (const e of edits) {
    const together = ofString.get(embeddedKey(e) ?? '')
    if (together && together.length > 1) {
      if (together[0] === e) items.push({ kind: 'embedded', edit: e, members: together })
      continue
    }
    const created = createdKey(pt, e)
    if (!created) {
      items.push({ kind: 'edit', edit: e })
      continue
    }
    const key = JSON.stringify([e.target.type, e.target.docIndex, e.target.nodePath, created.at])
    const group = groups.get(key)
    const item: WorkItem = { kind: 'edit', edit: e }
    items.push(item)
    if (group && !group.rest.some(r => isPrefix(r, created.rest) || isPrefix(created.rest, r))) {
      group.members.push(e)
      group.rest.push(created.rest)
    } else if (!group) groups.set(key, { item, members: [e], at: created.at, rest: [created.rest] })
  }
  const crosses = (e: PlannedEdit, at: NodePath, docIndex: number): boolean => {
    if (e.target.type === 'hcl-heredoc' || e.target.docIndex !== docIndex) return false
    const full = [...e.target.nodePath, ...e.path]
    return isPrefix(at, full) || isPrefix(full, at)
  }
  for (const g of groups.values()) {
    const first = g.members[0]
    const docIndex = first.target.docIndex
    // Another edit under the new key (a proxy config, a path inside a member's), or of the key or a key above it
    // (a later member may then be refused), keeps its place among them.
    if (edits.some(e => !g.members.includes(e) && crosses(e, g.at, docIndex))) g.members.length = 1
    if (g.members.length < 2) continue
    let value: unknown = {}
    g.members.forEach((m, i) => (value = setAt(value, g.rest[i], m.value)))
    const path = g.at.slice(first.target.nodePath.length)
    Object.assign(g.item, { kind: 'group', members: g.members, edit: { ...first, path, value } })
  }
  // A member after the first is made with its group.
  const joined = new Set([...groups.values()].flatMap(g => (g.members.length > 1 ? g.members.slice(1) : [])))
  return items.filter(i => i.kind !== 'edit' || !joined.has(i.edit))
}

/**
 * The key a plain set of a YAML map would create: the first segment of its path that the document does not have,
 * below a map it has (`at`, the path to that key from the document's root), and the rest of the path under it.
 * Null for any other edit, and for a new leaf (nothing to join under it). The edits of an embedded string are
 * joined on the string itself (embeddedTogether), as a map's.
 */
function createdKey(pt: ParsedText, e: PlannedEdit): { at: NodePath; rest: NodePath } | null {
  const t = e.target
  if (!isNewKeySet(e) || pt.docs.length === 0) return null
  const full = [...t.nodePath, ...e.path]
  const js = pt.js(t.docIndex)
  if ('error' in js) return null
  const missing = firstMissing(js.value, full)
  if (missing === null || missing < t.nodePath.length || missing === full.length - 1) return null
  const rest = full.slice(missing + 1)
  // A JavaScript object lists integer-like keys first, whatever the order they were set in.
  if (rest.some(seg => INTEGER_LIKE.test(String(seg)))) return null
  return { at: full.slice(0, missing + 1), rest }
}

const INTEGER_LIKE = /^(0|[1-9]\d*)$/

/**
 * A plain set in a YAML map of names only: the kind of edit joined with others. The values map itself may sit in
 * a list (helmfile's `releases[0].values[0]`, kustomize `helmCharts`); a list item in the edit's own path stays alone.
 */
function isNewKeySet(e: PlannedEdit): boolean {
  return e.target.type === 'yaml-map' && e.op === 'set' && e.path.every(seg => typeof seg === 'string')
}

function isPrefix(a: NodePath, b: NodePath): boolean {
  return a.length <= b.length && a.every((k, i) => k === b[i])
}

type Outcome =
  | { kind: 'done'; pt: ParsedText }
  | { kind: 'skip'; line: number; message: string }
  | { kind: 'fail'; line: number; detail: string }

function label(e: PlannedEdit): string {
  return `${e.ruleId} (${joinSetPath(e.path)})`
}

/** One value to write at a node path of the target document. */
interface Step {
  path: NodePath
  value: unknown
  style: StringStyle
  /** Replace the whole string in its own style (`replace-string`). */
  replace?: boolean
}

/** A whole new string, written only over the string it was planned on. */
function replaceString(
  current: { found: boolean; value: unknown },
  e: PlannedEdit
): { value: unknown } | 'noop' | { refuse: string } {
  if (current.found && current.value === e.value) return 'noop'
  if (!current.found || typeof current.value !== 'string' || current.value !== e.from)
    return { refuse: 'the string changed since it was judged' }
  return { value: e.value }
}

function runEdit(pt: ParsedText, e: PlannedEdit): Outcome {
  const t = e.target
  const style: StringStyle = e.op === 'merge-proxy-config' ? 'json' : 'default'
  if (t.type === 'hcl-heredoc') return heredocEdit(pt, e, t.heredoc)
  if (t.type === 'yaml-embedded') {
    const inner: InnerPlanner | undefined =
      e.op === 'replace-string'
        ? (ipt, path, value) => planStringReplace(ipt, 0, path, String(value))
        : undefined
    const plan = planEmbedded(pt, t.docIndex, t.nodePath, e.path, decideFor(e), style, inner)
    return carryOut(pt, t.docIndex, plan, [])
  }
  if (t.type === 'yaml-map') {
    const planned = planMapEdit(pt, e)
    if (planned.kind === 'noop') return { kind: 'done', pt }
    if (planned.kind === 'skip') return planned
    return carryOut(pt, t.docIndex, planned.plan, [planned.step])
  }
  // set-list: patch the entry that sets the path; a forced string may take a second step.
  const steps = setListSteps(pt, e)
  if (isPlan(steps)) return carryOut(pt, t.docIndex, steps, [])
  let cur = pt
  for (const step of steps) {
    const plan = step.replace
      ? planStringReplace(cur, t.docIndex, step.path, String(step.value))
      : planSet(cur, t.docIndex, step.path, step.value, step.style)
    const outcome = carryOut(cur, t.docIndex, plan, [step])
    if (outcome.kind !== 'done') return outcome
    cur = outcome.pt
  }
  return { kind: 'done', pt: cur }
}

/** The splices of an edit of a YAML map, planned on `pt`, and the value it sets; or why there are none. */
function planMapEdit(
  pt: ParsedText,
  e: PlannedEdit
):
  | { kind: 'noop' }
  | { kind: 'skip'; line: number; message: string }
  | { kind: 'plan'; plan: Plan; step: Step } {
  const t = e.target
  if (t.type !== 'yaml-map') return { kind: 'skip', line: 1, message: 'not a YAML map' }
  const style: StringStyle = e.op === 'merge-proxy-config' ? 'json' : 'default'
  const fullPath = [...t.nodePath, ...e.path]
  let current = { found: false, value: undefined as unknown }
  if (pt.docs.length > 0) {
    const js = pt.js(t.docIndex)
    if ('error' in js) return { kind: 'skip', line: 1, message: js.error }
    current = getAt(js.value, fullPath)
  }
  const decided = decideFor(e)(current)
  if (decided === 'noop') return { kind: 'noop' }
  if ('refuse' in decided) return { kind: 'skip', line: 1, message: decided.refuse }
  const step = { path: fullPath, value: decided.value, style }
  const plan =
    e.op === 'replace-string'
      ? planStringReplace(pt, t.docIndex, step.path, String(step.value))
      : planSet(pt, t.docIndex, step.path, step.value, step.style)
  return { kind: 'plan', plan, step }
}

/** An edit of the YAML in a Terraform heredoc: made (and verified) on the body alone, then put back. */
function heredocEdit(pt: ParsedText, e: PlannedEdit, ordinal: number): Outcome {
  const inner: PlannedEdit = {
    ...e,
    target: { type: 'yaml-map', file: e.target.file, docIndex: 0, nodePath: [] }
  }
  const out = editHeredoc(pt.text, ordinal, yaml => {
    const result = applyEdits(e.target.file, yaml, [inner])
    return result.problems.length > 0 ? { problem: result.problems[0].message } : { text: result.text }
  })
  if ('problem' in out) return { kind: 'skip', line: out.line, message: out.problem }
  return out.text === pt.text ? { kind: 'done', pt } : { kind: 'done', pt: parseText(out.text, pt.eol) }
}

function decideFor(e: PlannedEdit): Decide {
  if (e.op === 'merge-proxy-config') return current => mergeProxyConfig(current, e.value)
  if (e.op === 'replace-string') return current => replaceString(current, e)
  return current => (current.found && deepEqual(current.value, e.value) ? 'noop' : { value: e.value })
}

/** Apply a plan and check that the result reads as the old documents with `steps` set. */
function carryOut(pt: ParsedText, docIndex: number, plan: EmbeddedPlan, steps: readonly Step[]): Outcome {
  if (plan.kind === 'noop') return { kind: 'done', pt }
  if (plan.kind === 'refuse') return { kind: 'skip', line: plan.line, message: plan.message }
  const text = applySplices(pt.text, plan.splices)
  if (text === pt.text) return { kind: 'done', pt }
  const sets: { path: NodePath; value: unknown }[] = steps.map(s => ({ path: s.path, value: s.value }))
  if (plan.kind === 'embedded') {
    const problem = checkInner(pt, docIndex, plan)
    if (problem) return { kind: 'fail', line: plan.line, detail: problem }
    sets.push({ path: plan.nodePath, value: plan.inner })
  }
  const after = parseText(text, pt.eol)
  const problem = verify(pt, after, docIndex, sets)
  if (problem) return { kind: 'fail', line: plan.line, detail: problem }
  return { kind: 'done', pt: after }
}

/** The new embedded text must read as the old one with the value set. */
function checkInner(
  pt: ParsedText,
  docIndex: number,
  plan: Extract<EmbeddedPlan, { kind: 'embedded' }>
): string | null {
  const outer = pt.js(docIndex)
  if ('error' in outer) return outer.error
  const old = getAt(outer.value, plan.nodePath).value
  if (typeof old !== 'string') return 'the embedded values are not a string'
  const before = parseText(old)
  const beforeJs = before.docs.length === 0 ? { value: null } : before.js(0)
  const after = parseText(plan.inner)
  const afterJs = after.docs.length === 0 ? { value: null } : after.js(0)
  if ('error' in beforeJs) return beforeJs.error
  if ('error' in afterJs) return `the embedded values no longer parse: ${afterJs.error}`
  const expected = setAt(cloneTree(beforeJs.value), plan.innerPath, plan.value)
  return deepEqual(afterJs.value, expected) ? null : 'the embedded values changed more than the fix'
}

function verify(
  before: ParsedText,
  after: ParsedText,
  docIndex: number,
  sets: readonly { path: NodePath; value: unknown }[]
): string | null {
  const count = Math.max(before.docs.length, docIndex + 1)
  if (after.docs.length !== count)
    return `the file now holds ${after.docs.length} YAML documents instead of ${count}`
  for (let i = 0; i < count; i++) {
    const b = before.docs[i]
    if (b && b.errors.length > 0) continue
    const a = after.js(i)
    if ('error' in a) return `document #${i + 1} no longer parses: ${a.error}`
    const bj = b ? before.js(i) : { value: null }
    if ('error' in bj) {
      if (i === docIndex) return `document #${i + 1} could not be read before the fix`
      continue
    }
    let expected = bj.value
    if (i === docIndex) {
      expected = cloneTree(expected)
      for (const s of sets) expected = setAt(expected, s.path, s.value)
    }
    if (!deepEqual(a.value, expected)) {
      return i === docIndex ? `document #${i + 1} changed more than the fix` : `document #${i + 1} changed`
    }
  }
  return null
}

// ---------------------------------------------------------------------------------------------------------------
// Proxy config: a string holding JSON or YAML

/** Merge `patch` into the proxy config string at the leaf, keeping its other settings; one-line JSON out. */
export function mergeProxyConfig(
  current: { found: boolean; value: unknown },
  patch: unknown
): { value: string } | 'noop' | { refuse: string } {
  if (!isRecord(patch)) return { refuse: 'the proxy settings to merge are not a map' }
  const v = current.found ? current.value : undefined
  let base: Record<string, unknown> = {}
  if (typeof v === 'string') {
    if (v.trim() !== '') {
      const parsed = parseConfig(v)
      if (isRecord(parsed)) base = parsed
      else if (parsed !== null) return { refuse: 'the proxy config is not a JSON or YAML map' }
    }
    if (containsAll(base, patch)) return 'noop'
  } else if (isRecord(v)) base = v
  else if (v != null) return { refuse: 'the proxy config is neither a string nor a map' }
  return { value: JSON.stringify(mergeMoveToEnd(base, patch)) }
}

function parseConfig(s: string): unknown {
  try {
    return JSON.parse(s) as unknown
  } catch {
    // not JSON: try YAML
  }
  try {
    const doc = parseDocument(s, PARSE_OPTIONS)
    if (doc.errors.length > 0) return undefined
    return doc.toJS({ maxAliasCount: 100 }) as unknown
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Set lists: Argo CD `helm.parameters`, helmfile `set`

function setListSteps(pt: ParsedText, e: PlannedEdit): Step[] | Plan {
  const t = e.target
  if (t.type !== 'set-list') return refuse(1, 'not a set list')
  const opened = openDoc(pt, t.docIndex)
  if (isPlan(opened)) return opened
  const loc = locate(pt, opened.doc, opened.used, t.nodePath)
  if (isPlan(loc)) return loc
  const seq = loc.node
  const where = describePath(t.nodePath)
  if (!isSeq(seq)) return refuse(seq?.range ? pt.line(seq.range[0]) : 1, `${where} is not a list`)

  const want = e.path.map(String)
  let index = -1
  seq.items.forEach((item, i) => {
    if (!isMap(item)) return
    const name = findPair(item, 'name')?.value
    if (!isScalar(name) || name.value == null) return
    const got = splitSetPath(String(name.value)).map(String)
    if (got.length === want.length && got.every((k, j) => k === want[j])) index = i
  })
  if (index < 0)
    return refuse(seq.range ? pt.line(seq.range[0]) : 1, `no entry of ${where} sets ${joinSetPath(e.path)}`)

  const js = pt.js(t.docIndex)
  if ('error' in js) return refuse(1, js.error)
  const entryPath = [...t.nodePath, index]
  const entry = getAt(js.value, entryPath).value
  if (!isRecord(entry)) return refuse(1, `${describePath(entryPath)} is not a map`)
  const current = { found: Object.prototype.hasOwnProperty.call(entry, 'value'), value: entry.value }

  const steps: Step[] = []
  if (e.op === 'merge-proxy-config') {
    const merged = mergeProxyConfig(current, e.value)
    if (merged !== 'noop' && 'refuse' in merged) return refuse(1, merged.refuse)
    if (merged !== 'noop') steps.push({ path: [...entryPath, 'value'], value: merged.value, style: 'json' })
  } else if (e.op === 'replace-string') {
    const decided = replaceString(current, e)
    if (decided !== 'noop' && 'refuse' in decided) return refuse(1, decided.refuse)
    if (decided !== 'noop')
      steps.push({ path: [...entryPath, 'value'], value: decided.value, style: 'default', replace: true })
  } else {
    const str = toSetString(e.value)
    if (!(current.found && current.value === str))
      steps.push({ path: [...entryPath, 'value'], value: str, style: 'quoted' })
  }
  if (t.style === 'argocd' && e.forceString) {
    const item = seq.items[index]
    const own = isMap(item)
      ? [...item.items].reverse().find(p => isScalar(p.key) && /^forcestring$/i.test(String(p.key.value)))
      : undefined
    const key = own && isScalar(own.key) ? String(own.key.value) : 'forceString'
    if (entry[key] !== true) steps.push({ path: [...entryPath, key], value: true, style: 'default' })
  }
  return steps
}

/** How a `--set` value is written as a string. */
function toSetString(v: unknown): string {
  if (typeof v === 'string') return v
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}
