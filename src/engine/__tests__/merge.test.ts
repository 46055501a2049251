import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { SetEntry, ValueLayer, ValuePath } from '../../model.js'
import { getPath } from '../../values/setpath.js'
import { effectiveTree, mergeOver, resolve, setIn } from '../merge.js'

const tree = (values: Record<string, unknown> | null, extra: Partial<ValueLayer> = {}): ValueLayer => ({
  label: extra.label ?? 'values',
  kind: 'inline',
  file: 'a.yaml',
  line: 1,
  yamlPath: '',
  values,
  ...extra
})

const sets = (entries: [string[], unknown][], extra: Partial<ValueLayer> = {}): ValueLayer => ({
  label: 'parameters',
  kind: 'parameters',
  file: 'a.yaml',
  line: 1,
  yamlPath: '',
  values: null,
  sets: entries.map(([path, value], index) => ({ path, value, forceString: false, index, line: 10 + index })),
  ...extra
})

const P = ['testkube-api', 'jobPodAnnotations', 'sidecar.istio.io/inject']

describe('mergeOver (Helm -f semantics)', () => {
  it('merges maps, replaces lists and scalars, deletes on null', () => {
    expect(mergeOver({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3], e: null }, d: null })).toEqual({
      a: { b: 1, c: [3] }
    })
    expect(mergeOver({ a: 'x' }, { a: { b: 1 } })).toEqual({ a: { b: 1 } })
    expect(mergeOver({ a: { b: 1 } }, { a: 'x' })).toEqual({ a: 'x' })
  })
})

describe('setIn (--set semantics)', () => {
  it('creates parents, replaces scalar parents, deletes on null, never mutates', () => {
    const t = { a: 'x', k: 1 }
    expect(setIn(t, ['a', 'b'], 1)).toEqual({ a: { b: 1 }, k: 1 })
    expect(setIn(t, ['k'], null)).toEqual({ a: 'x' })
    expect(t).toEqual({ a: 'x', k: 1 })
  })
})

describe('resolve', () => {
  it('finds the highest tree layer that sets the key', () => {
    const layers = [
      tree({ 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'true' } } }),
      tree({ x: 1 }),
      tree({ 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } } })
    ]
    const r = resolve(layers, P)
    expect(r).toMatchObject({
      defined: true,
      value: 'false',
      layerIndex: 2,
      via: 'path',
      entry: null,
      shadowedByOpaque: false
    })
  })

  it('reports undefined with no layer when nothing sets it', () => {
    expect(resolve([tree({ a: 1 })], P)).toMatchObject({
      defined: false,
      value: undefined,
      layerIndex: null,
      via: null
    })
  })

  it('null deletes the key; the deleting layer decides', () => {
    const layers = [
      tree({ 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } } }),
      tree({ 'testkube-api': { jobPodAnnotations: null } })
    ]
    const r = resolve(layers, P)
    expect(r).toMatchObject({
      defined: false,
      layerIndex: 1,
      via: 'ancestor',
      blockedBy: { path: ['testkube-api', 'jobPodAnnotations'], value: null }
    })
  })

  it('a scalar parent cuts the path off; a later map restores it as undefined', () => {
    const layers = [tree({ a: { b: 'x' } }), tree({ a: '{{ .Values.a }}' })]
    expect(resolve(layers, ['a', 'b'])).toMatchObject({
      defined: false,
      layerIndex: 1,
      blockedBy: { path: ['a'], value: '{{ .Values.a }}' }
    })
    const restored = resolve([...layers, tree({ a: { c: 1 } })], ['a', 'b'])
    expect(restored).toMatchObject({ defined: false, layerIndex: null, blockedBy: null })
  })

  it('a higher --set layer overrides a lower tree', () => {
    const layers = [
      tree({ 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } } }),
      sets([[P, 'true']])
    ]
    const r = resolve(layers, P)
    expect(r).toMatchObject({ defined: true, value: 'true', layerIndex: 1, via: 'path' })
    expect(r.entry?.line).toBe(10)
  })

  it('a --set on a parent path replaces the whole subtree', () => {
    const layers = [
      tree({ 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false', other: 'x' } } }),
      sets([[['testkube-api', 'jobPodAnnotations'], 'none']])
    ]
    const r = resolve(layers, P)
    expect(r).toMatchObject({
      defined: false,
      layerIndex: 1,
      via: 'ancestor',
      blockedBy: { path: ['testkube-api', 'jobPodAnnotations'] }
    })
    expect(getPath(effectiveTree(layers), ['testkube-api', 'jobPodAnnotations']).value).toBe('none')
    // A map value on the parent is looked into.
    const withMap = [
      layers[0],
      sets([[['testkube-api', 'jobPodAnnotations'], { 'sidecar.istio.io/inject': 'false' }]])
    ]
    expect(resolve(withMap, P)).toMatchObject({ defined: true, value: 'false', via: 'ancestor' })
    expect(resolve(withMap, ['testkube-api', 'jobPodAnnotations', 'other']).defined).toBe(false)
  })

  it('a --set on a child path makes the path a map (merged with what is below)', () => {
    const path = ['a', 'config']
    const r = resolve([tree({ a: { config: { x: 1 } } }), sets([[['a', 'config', 'hold'], true]])], path)
    expect(r).toMatchObject({ defined: true, value: { x: 1, hold: true }, layerIndex: 1, via: 'descendant' })
  })

  it('later entries of one sets layer win over earlier ones', () => {
    expect(
      resolve(
        [
          sets([
            [P, 'true'],
            [P, 'false']
          ])
        ],
        P
      )
    ).toMatchObject({ value: 'false' })
    expect(
      resolve(
        [
          sets([
            [P, 'true'],
            [P, null]
          ])
        ],
        P
      )
    ).toMatchObject({ defined: false, layerIndex: 0 })
  })

  it('a tree above a sets layer merges over it (position decides)', () => {
    expect(
      resolve(
        [
          sets([[P, 'true']]),
          tree({ 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } } })
        ],
        P
      )
    ).toMatchObject({ value: 'false', layerIndex: 1 })
  })

  it('flags opaque layers above the winner only', () => {
    const secret = tree(null, { kind: 'secret', label: 'Secret s', readOnlyReason: 'a Secret' })
    const set = tree({ 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } } })
    expect(resolve([secret, set], P)).toMatchObject({
      defined: true,
      shadowedByOpaque: false,
      opaqueAbove: []
    })
    expect(resolve([set, secret], P)).toMatchObject({
      defined: true,
      shadowedByOpaque: true,
      opaqueAbove: [1]
    })
    expect(resolve([secret, tree({ a: 1 })], P)).toMatchObject({
      defined: false,
      shadowedByOpaque: true,
      opaqueAbove: [0]
    })
  })

  it('merges a map value at the path from every layer', () => {
    const r = resolve([tree({ a: { m: { x: 1, y: 2 } } }), tree({ a: { m: { y: null, z: 3 } } })], ['a', 'm'])
    expect(r.value).toEqual({ x: 1, z: 3 })
  })
})

// Property: resolve agrees with the whole-tree merge for every path.
const KEYS = ['a', 'b', 'c']
const leaf = fc.oneof(
  fc.constant(null),
  fc.constant('s'),
  fc.constant(false),
  fc.constant(0),
  fc.constant([1])
)
const valueTree: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{
  node: unknown
  map: Record<string, unknown>
}>(tie => ({
  node: fc.oneof({ maxDepth: 3 }, leaf, tie('map')),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 3 })
})).map
const path = fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 4 })
const entry = fc.record({ path, value: fc.oneof(leaf, valueTree) })
const layer: fc.Arbitrary<ValueLayer> = fc.oneof(
  valueTree.map(v => tree(v)),
  fc.array(entry, { maxLength: 3 }).map(es => sets(es.map(e => [e.path, e.value] as [string[], unknown]))),
  fc.constant(tree(null, { kind: 'secret' }))
)

describe('resolve vs effectiveTree', () => {
  it('gives the same value for any path', () => {
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 5 }), path, (layers, p: ValuePath) => {
        const r = resolve(layers, p)
        const whole = getPath(effectiveTree(layers), p)
        const expected = whole.found && whole.value !== null ? whole.value : undefined
        expect(r.value).toEqual(expected)
        expect(r.defined).toBe(expected !== undefined)
        if (r.layerIndex !== null) expect(r.layerIndex).toBeLessThan(layers.length)
        if (r.blockedBy) {
          // What cut the path off is really there in the merged tree (a null is simply gone).
          const at = getPath(effectiveTree(layers), r.blockedBy.path)
          if (r.blockedBy.value === null) expect(at.found).toBe(false)
          else expect(at).toEqual({ found: true, value: r.blockedBy.value })
        }
        if (r.entry) expect((layers[r.layerIndex ?? -1].sets ?? []).includes(r.entry as SetEntry)).toBe(true)
      }),
      { numRuns: 1500 }
    )
  })
})
