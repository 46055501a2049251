/**
 * Plain-JS helpers the fixer verifies its edits with: what a document should read like after an edit is the
 * old document's tree with the edited values set, and nothing else changed.
 */
import type { NodePath } from '../model.js'

export function isRecord(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
  )
}

/**
 * A deep copy that does NOT keep shared references: yaml's toJS gives an alias the same object as its anchor,
 * and an expected tree must not change an alias's copy when the anchor's copy is set.
 */
export function cloneTree<T>(v: T): T {
  if (Array.isArray(v)) return v.map(x => cloneTree(x) as unknown) as T
  if (isRecord(v)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = cloneTree(x)
    return out as T
  }
  return v
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return equalIn(a, b, new Map())
}

/**
 * deepEqual with the pairs of objects met so far. yaml's toJS gives an alias the very object of its anchor, so
 * a document whose alias sits inside its own anchor (`&a {x: *a}`) is a cyclic tree, and one with aliases a
 * shared one: a pair met before compares equal here (a difference shows where the pair was first compared), which
 * ends the loop and compares a shared node once.
 */
function equalIn(a: unknown, b: unknown, seen: Map<object, Set<object>>): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const met = seen.get(a)
  if (met?.has(b)) return true
  if (met) met.add(b)
  else seen.set(a, new Set([b]))
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => equalIn(x, b[i], seen))
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return false
    return [...a].every(([k, v]) => b.has(k) && equalIn(v, b.get(k), seen))
  }
  if (a instanceof Set || b instanceof Set) {
    if (!(a instanceof Set) || !(b instanceof Set) || a.size !== b.size) return false
    return [...a].every(x => b.has(x))
  }
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b)) return false
    return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
      Buffer.from(b.buffer, b.byteOffset, b.byteLength)
    )
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const rb = b as Record<string, unknown>
  return ka.every(
    k =>
      Object.prototype.hasOwnProperty.call(rb, k) && equalIn((a as Record<string, unknown>)[k], rb[k], seen)
  )
}

/** Look a node path up in a plain tree (map keys and list indexes). */
export function getAt(tree: unknown, path: NodePath): { found: boolean; value: unknown } {
  let cur = tree
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(cur) || seg < 0 || seg >= cur.length) return { found: false, value: undefined }
      cur = cur[seg]
    } else {
      if (!isRecord(cur) || !Object.prototype.hasOwnProperty.call(cur, seg))
        return { found: false, value: undefined }
      cur = cur[seg]
    }
  }
  return { found: true, value: cur }
}

/** Set a value at a path in place, creating maps where a key is missing or null; returns the (new) root. */
export function setAt(tree: unknown, path: NodePath, value: unknown): unknown {
  if (path.length === 0) return value
  const root: unknown = tree == null ? {} : tree
  let cur = root
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    const last = i === path.length - 1
    if (typeof seg === 'number') {
      if (!Array.isArray(cur)) throw new Error(`not a list at ${path.slice(0, i).join('.')}`)
      if (last) cur[seg] = value
      else cur = cur[seg] = cur[seg] == null ? {} : cur[seg]
    } else {
      if (!isRecord(cur)) throw new Error(`not a map at ${path.slice(0, i).join('.')}`)
      if (last) cur[seg] = value
      else cur = cur[seg] = cur[seg] == null ? {} : cur[seg]
    }
  }
  return root
}

/** Deep-merge `patch` into `base`. Keys the patch sets move to the end, so the settings it adds read last. */
export function mergeMoveToEnd(
  base: Record<string, unknown>,
  patch: Record<string, unknown>
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(base)) if (!Object.prototype.hasOwnProperty.call(patch, k)) out[k] = v
  for (const [k, v] of Object.entries(patch)) {
    const old = base[k]
    out[k] = isRecord(old) && isRecord(v) ? mergeMoveToEnd(old, v) : v
  }
  return out
}

/** True when every value of `patch` is already in `base`. */
export function containsAll(base: Record<string, unknown>, patch: Record<string, unknown>): boolean {
  return Object.entries(patch).every(([k, v]) => {
    if (!Object.prototype.hasOwnProperty.call(base, k)) return false
    const old = base[k]
    return isRecord(old) && isRecord(v) ? containsAll(old, v) : deepEqual(old, v)
  })
}
