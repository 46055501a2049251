/**
 * Where a rule key lives under a chart scope and what it resolves to: `--set` paths split once, Helm's global
 * coalescing (a parent chart's `global` wins over a dependency's own), and the alternative and native-sidecar
 * keys a requirement may be satisfied by.
 */
import type { ValueLayer, ValuePath } from '../model.js'
import { NATIVE_SIDECAR_ANNOTATION, type Requirement } from '../rules/catalogue.js'
import { joinSetPath, splitSetPath } from '../values/setpath.js'
import { resolve, type Resolution } from './merge.js'

/**
 * A `--set` path as keys, split once: the judge resolves the same few rule paths under the same few prefixes for
 * every release, and splitting is most of a lookup's cost. Callers copy before they change the keys.
 */
const splitKeys = new Map<string, readonly string[]>()
export function keysOf(setPath: string): readonly string[] {
  let keys = splitKeys.get(setPath)
  if (!keys) {
    keys = splitSetPath(setPath).map(String)
    splitKeys.set(setPath, keys)
  }
  return keys
}

export function prefixKeys(prefix: string): readonly string[] {
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

export interface Resolved {
  path: ValuePath
  res: Resolution
}

/** Resolve a rule key: the outermost candidate that is defined wins; else the scope's own path. */
export function resolveKey(layers: readonly ValueLayer[], prefix: string, rulePath: string): Resolved {
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

export function orSetValue(layers: readonly ValueLayer[], prefix: string, req: Requirement): unknown {
  if (req.predicate.kind !== 'true-or-set') return undefined
  return resolveKey(layers, prefix, req.predicate.orSet).res.value
}

/** `sidecar.istio.io/nativeSidecar: "true"` in the annotation map that holds the requirement's key. */
export function nativeSidecarOn(layers: readonly ValueLayer[], prefix: string, rulePath: string): boolean {
  const keys = keysOf(rulePath)
  const mapPath = joinSetPath(keys.slice(0, -1))
  const native = resolveKey(layers, prefix, `${mapPath}.${joinSetPath([NATIVE_SIDECAR_ANNOTATION])}`).res
  return native.value === 'true'
}
