/**
 * Planning and verifying a fix (values-precedence.md §0.5): the layer that wins for the key (or the reader's
 * layer for new keys), the edit, and a check that applying it in memory makes the key hold with nothing of higher
 * precedence overriding it. A plan that cannot be verified says why, for the finding.
 */
import type { ChartScope, PlannedEdit, Release, ValueLayer, ValuePath } from '../model.js'
import { HOLD_SETTING, type Requirement } from '../rules/catalogue.js'
import { evaluate, fixValue } from '../rules/predicates.js'
import { isPlainObject, joinSetPath } from '../values/setpath.js'
import { isOpaque, setIn, type Resolution } from './merge.js'
import { orSetValue, resolveKey } from './rule-keys.js'
import { describeKind } from '../values/display.js'

export type Plan =
  { ok: true; edit: PlannedEdit; layerIndex: number; line: number } | { ok: false; why: string }

export function planFix(
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
export function nonMapParent(
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
export function relevantOpaque(layers: readonly ValueLayer[], indexes: readonly number[]): number[] {
  return indexes.filter(i => layers[i].kind !== 'chart-defaults')
}

/**
 * An unreadable layer of lower precedence than the one fixed does not block the check (rules.md, "Values"): the
 * fix wins over whatever it sets. The message names it, so nobody wonders where that value went.
 */
export function unreadableBelow(layers: readonly ValueLayer[], fixed: number): string {
  const below = relevantOpaque(
    layers,
    layers.map((_, i) => i).filter(i => i < fixed && isOpaque(layers[i]))
  )
  if (below.length === 0) return ''
  const names = below.map(i => `${layers[i].label} (${opaqueReason(layers[i])})`).join(', ')
  return ` ${names} cannot be read, but ${layers[fixed].label} comes after it and wins.`
}

export function opaqueReason(layer: ValueLayer): string {
  return layer.readOnlyReason ?? (layer.kind === 'secret' ? 'a Secret' : 'unreadable')
}

export function readOnlyWhy(layer: ValueLayer): string {
  return `${layer.label} is not edited by the tool (${layer.readOnlyReason})`
}
