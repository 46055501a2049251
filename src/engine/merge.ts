/**
 * Effective values of a release, from its ordered layers (lowest precedence first), with Helm's semantics:
 *
 * - A tree layer (`values`) is deep-merged over what lies below it like a `-f` file: maps merge, lists and
 *   scalars replace, and `null` deletes the key (Helm drops null keys when it coalesces).
 * - A `sets` layer is applied like `--set`, entry by entry in order: an entry replaces the value at its path
 *   (so an entry on a parent path replaces the whole subtree), creates missing parents and replaces a scalar
 *   parent with a map; a null value deletes. Where the layer sits in the list is where it applies (readers
 *   put Argo CD parameters last, Flux `targetPath` entries after the inline values).
 * - A layer whose `values` is null and that has no `sets` is opaque: it could set anything (a Secret, a file
 *   outside the repository, a remote chart's own values).
 *
 * Paths are key paths (ValuePath); list indexes are not followed (the rules never need them): a list is a
 * value like any scalar.
 *
 * `resolve` answers for one path without building the whole tree: which layer decides it, and whether an
 * opaque layer above could still change it. `effectiveTree` builds the whole tree (tests use it as the oracle).
 */
import type { SetEntry, ValueLayer, ValuePath } from '../model.js'
import { isPlainObject } from '../values/setpath.js'

export type Tree = Record<string, unknown>

export interface Resolution {
  /** True when the path holds a non-null value in the effective tree. */
  defined: boolean
  /** The effective value (a map merged from every layer that contributed), undefined when not defined. */
  value: unknown
  /**
   * The layer whose write decided the value: it set the path, replaced or deleted it through a parent, or (a
   * `--set` on a child) created it. null when no readable layer touches the path.
   */
  layerIndex: number | null
  /** The set entry that decided it, when the deciding layer is a `sets` layer. */
  entry: SetEntry | null
  /**
   * How the deciding layer reached the path: `path` (the key itself, possibly null), `ancestor` (a parent
   * replaced or deleted the subtree), `descendant` (a `--set` on a child key created a map here).
   */
  via: 'path' | 'ancestor' | 'descendant' | null
  /** With `via: 'ancestor'`: the parent path and the non-map value (scalar, list, null) that cut the path off. */
  blockedBy: { path: ValuePath; value: unknown } | null
  /** Opaque layers above the deciding layer (all of them when nothing decides): they might change the path. */
  opaqueAbove: number[]
  shadowedByOpaque: boolean
}

export function isOpaque(layer: ValueLayer): boolean {
  return !layer.sets && layer.values === null
}

/** Which layer wins `path`, and with what value. */
export function resolve(layers: readonly ValueLayer[], path: ValuePath): Resolution {
  // The value at `path` after each layer, plus how it got there. `floor` is the last layer that decided the
  // path; opaque layers at or below it cannot matter any more.
  let state: unknown = undefined
  let layerIndex: number | null = null
  let entry: SetEntry | null = null
  let via: Resolution['via'] = null
  let blockedBy: Resolution['blockedBy'] = null
  let floor = -1
  const opaque: number[] = []

  const decide = (i: number, step: Step, e: SetEntry | null): void => {
    floor = i
    state = step.state
    if (step.via === null) {
      // A parent map replaced the scalar that cut the path off: the path is simply undefined again.
      layerIndex = null
      entry = null
      via = null
      blockedBy = null
      return
    }
    layerIndex = i
    entry = e
    via = step.via
    blockedBy = step.blockedBy ?? null
  }

  layers.forEach((layer, i) => {
    if (layer.sets) {
      for (const e of layer.sets) {
        const step = applySetAt(state, path, e, blockedBy)
        if (step) decide(i, step, e)
      }
      return
    }
    if (layer.values === null) {
      opaque.push(i)
      return
    }
    const step = applyTreeAt(state, path, layer.values, blockedBy)
    if (step) decide(i, step, null)
  })

  const opaqueAbove = opaque.filter(i => i > floor)
  const defined = state !== undefined && state !== null
  return {
    defined,
    value: defined ? state : undefined,
    layerIndex,
    entry,
    via,
    blockedBy,
    opaqueAbove,
    shadowedByOpaque: opaqueAbove.length > 0
  }
}

interface Step {
  state: unknown
  via: Resolution['via']
  blockedBy?: { path: ValuePath; value: unknown }
}

/** Merge a tree layer over the value at `path`; null when the layer does not touch the path. */
function applyTreeAt(
  state: unknown,
  path: ValuePath,
  values: Tree,
  blocked: Resolution['blockedBy']
): Step | null {
  if (path.length === 0) return { state: mergeOver(state, values), via: 'path' }
  let node: Tree = values
  for (let i = 0; i < path.length; i++) {
    const key = path[i]
    if (!Object.prototype.hasOwnProperty.call(node, key)) {
      // The layer has maps down to depth i. If a lower layer cut the path off at or above that depth, this
      // map replaces that scalar and the path is undefined again.
      if (blocked && blocked.path.length <= i) return { state: undefined, via: null }
      return null
    }
    const v = node[key]
    if (i === path.length - 1) {
      if (v === null) return { state: undefined, via: 'path' }
      return { state: mergeOver(state, v), via: 'path' }
    }
    if (!isPlainObject(v))
      return { state: undefined, via: 'ancestor', blockedBy: { path: path.slice(0, i + 1), value: v } }
    node = v
  }
  return null
}

/** Apply one `--set` entry to the value at `path`; null when the entry does not touch the path. */
function applySetAt(
  state: unknown,
  path: ValuePath,
  e: SetEntry,
  blocked: Resolution['blockedBy']
): Step | null {
  const q = e.path
  const common = commonPrefix(q, path)
  if (common === q.length && common === path.length) {
    return { state: isPlainObject(e.value) ? stripNulls(e.value) : (e.value ?? undefined), via: 'path' }
  }
  if (common === q.length) {
    // A parent of the path: its value replaces the subtree; look the rest of the path up inside it.
    let node: unknown = e.value
    for (let i = q.length; i < path.length; i++) {
      if (!isPlainObject(node))
        return {
          state: undefined,
          via: 'ancestor',
          blockedBy: { path: path.slice(0, i), value: node ?? null }
        }
      if (!Object.prototype.hasOwnProperty.call(node, path[i])) return { state: undefined, via: 'ancestor' }
      node = node[path[i]]
    }
    return { state: isPlainObject(node) ? stripNulls(node) : (node ?? undefined), via: 'ancestor' }
  }
  if (common === path.length) {
    // A child of the path: the path becomes (or stays) a map holding it.
    const base = isPlainObject(state) ? state : {}
    return { state: setIn(base, q.slice(path.length), e.value), via: 'descendant' }
  }
  // Diverges below depth `common`: it creates maps down to there, replacing a scalar that cut the path off.
  if (blocked && blocked.path.length <= common) return { state: undefined, via: null }
  return null
}

function commonPrefix(a: ValuePath, b: ValuePath): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** Helm's merge of one value over another: maps merge, anything else replaces; nulls delete. */
export function mergeOver(base: unknown, over: unknown): unknown {
  if (over === null) return undefined
  if (!isPlainObject(over)) return over
  if (!isPlainObject(base)) return stripNulls(over)
  const out: Tree = { ...base }
  for (const [k, v] of Object.entries(over)) {
    if (v === null) {
      delete out[k]
      continue
    }
    const merged = mergeOver(out[k], v)
    if (merged === undefined) delete out[k]
    else out[k] = merged
  }
  return out
}

/** A copy of a map without null values (at any depth). */
export function stripNulls(tree: Tree): Tree {
  const out: Tree = {}
  for (const [k, v] of Object.entries(tree)) {
    if (v === null) continue
    out[k] = isPlainObject(v) ? stripNulls(v) : v
  }
  return out
}

/**
 * A copy of `tree` with `path` set to `value` like `--set` does: missing or non-map parents become maps, a
 * null value deletes the key. The input is not changed.
 */
export function setIn(tree: Tree, path: ValuePath, value: unknown): Tree {
  if (path.length === 0) return isPlainObject(value) ? stripNulls(value) : {}
  const [key, ...rest] = path
  const out: Tree = { ...tree }
  if (rest.length === 0) {
    if (value === null || value === undefined) delete out[key]
    else out[key] = isPlainObject(value) ? stripNulls(value) : value
    return out
  }
  const child = out[key]
  out[key] = setIn(isPlainObject(child) ? child : {}, rest, value)
  return out
}

/** The whole effective values tree (opaque layers contribute nothing). */
export function effectiveTree(layers: readonly ValueLayer[]): Tree {
  let tree: Tree = {}
  for (const layer of layers) {
    if (layer.sets) {
      for (const e of layer.sets) tree = setIn(tree, e.path, e.value)
      continue
    }
    if (layer.values === null) continue
    tree = mergeOver(tree, layer.values) as Tree
  }
  return tree
}
