/**
 * Surgical edits of one YAML document: set the value at a node path by splicing the text, never by printing the
 * document again. Comments, quoting, blank lines, indentation and line endings outside the edited spot stay as
 * they are.
 *
 * - An existing scalar leaf: only its text is replaced.
 * - A missing key: new lines go right after the last entry of the deepest existing map (before the blank lines
 *   and comments that follow it), at that map's column; nested maps that must be created use the indentation
 *   step the neighbourhood uses (2 when nothing says otherwise).
 * - A key with no value (`testkube-api:`): the new lines go right under it.
 * - `{}` as a block map's value becomes a block map; a non-empty flow map gets the new entry inside it.
 * - An empty document (null, comments only, a lone `---`) gets a new root map.
 * - Aliases, and anchors that an alias reuses, are refused: a fix there would change more than one place.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, Scalar, visit } from 'yaml'
import type { Document, Node, Pair, YAMLMap } from 'yaml'
import type { NodePath } from '../model.js'
import { getAt } from './tree.js'
import {
  blockLines,
  colonAfter,
  eolBefore,
  flowEntry,
  formatInline,
  joinLines,
  lineAfter,
  skipBlanks,
  trimBack
} from './text.js'
import type { ParsedText, Splice, StringStyle } from './text.js'

/** Template syntax (Go/Helm/Jinja, Flux and Terraform `${}`) in the source of a value. */
export const TEMPLATED = /\{\{|\{%|\$\{/

export type Plan =
  | { kind: 'noop' }
  | { kind: 'refuse'; line: number; message: string }
  | { kind: 'edit'; splices: Splice[]; line: number }

/** A node reached by walking a node path: the node, and the map and pair holding it when there is one. */
export interface Located {
  node: Node | null
  map: YAMLMap | null
  pair: Pair | null
  /** The map holding `map` as a pair value, for indentation. */
  grandMap: YAMLMap | null
}

interface Ctx {
  pt: ParsedText
  doc: Document.Parsed
  docIndex: number
  used: Set<string>
  path: NodePath
  value: unknown
  style: StringStyle
  step?: number
}

export function refuse(line: number, message: string): Plan {
  return { kind: 'refuse', line, message }
}

/** `spec.sources[0].helm.values`, or `the document root`. */
export function describePath(path: NodePath): string {
  if (path.length === 0) return 'the document root'
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function range(node: Node | Pair['key']): [number, number, number] {
  const r = (node as Node | null)?.range
  if (!r) throw new Error('YAML node without a source range')
  return r
}

function isNullScalar(node: unknown): node is Scalar {
  return isScalar(node) && node.value === null
}

/** The last pair whose key reads as `key` (the one toJS and Helm keep when keys repeat). */
export function findPair(map: YAMLMap, key: string): Pair | null {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const k = map.items[i].key
    if (isScalar(k) && k.value !== undefined && String(k.value ?? '') === key) return map.items[i]
  }
  return null
}

function usedAnchors(doc: Document.Parsed): Set<string> {
  const used = new Set<string>()
  visit(doc, {
    Alias(_key, node) {
      used.add(node.source)
    }
  })
  return used
}

/** Open a document for editing, or say why it cannot be. */
export function openDoc(
  pt: ParsedText,
  docIndex: number
): { doc: Document.Parsed; used: Set<string> } | Plan {
  const doc = pt.docs[docIndex]
  if (!doc) return refuse(1, `the file has no document #${docIndex + 1}`)
  if (doc.errors.length > 0) {
    return refuse(
      pt.line(doc.errors[0].pos[0]),
      `document #${docIndex + 1} has YAML errors; it is not edited`
    )
  }
  return { doc, used: usedAnchors(doc) }
}

/** Refuse to go into or change an alias, or an anchor some alias reuses. */
export function sharedNodeProblem(
  pt: ParsedText,
  node: Node,
  used: Set<string>,
  path: NodePath
): Plan | null {
  if (isAlias(node)) {
    return refuse(
      pt.line(range(node)[0]),
      `${describePath(path)} is an alias (*${node.source}); a fix there would change the anchor &${node.source} ` +
        'and every other place that uses it'
    )
  }
  const anchor = (node as { anchor?: string }).anchor
  if (anchor && used.has(anchor)) {
    return refuse(
      pt.line(range(node)[0]),
      `${describePath(path)} carries the anchor &${anchor} that an alias (*${anchor}) reuses; a fix there would ` +
        'change every place that uses it'
    )
  }
  return null
}

/** Walk an existing node path (no creation): for embedded values and set lists. */
export function locate(
  pt: ParsedText,
  doc: Document.Parsed,
  used: Set<string>,
  path: NodePath
): Located | Plan {
  let node = doc.contents as Node | null
  let map: YAMLMap | null = null
  let grandMap: YAMLMap | null = null
  let pair: Pair | null = null
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    const here = path.slice(0, i)
    if (node == null) return refuse(1, `${describePath(path)} does not exist`)
    const shared = sharedNodeProblem(pt, node, used, here)
    if (shared) return shared
    if (typeof seg === 'number') {
      if (!isSeq(node) || seg < 0 || seg >= node.items.length) {
        return refuse(pt.line(range(node)[0]), `${describePath(path)} does not exist`)
      }
      node = node.items[seg] as Node | null
      map = null
      grandMap = null
      pair = null
      continue
    }
    if (!isMap(node)) return refuse(pt.line(range(node)[0]), `${describePath(here)} is not a map`)
    const found = findPair(node, seg)
    if (!found) return refuse(pt.line(range(node)[0]), `${describePath(path)} does not exist`)
    grandMap = map
    map = node
    pair = found
    node = found.value as Node | null
  }
  if (node != null) {
    const shared = sharedNodeProblem(pt, node, used, path)
    if (shared) return shared
  }
  return { node, map, pair, grandMap }
}

export function isPlan(x: unknown): x is Plan {
  return typeof x === 'object' && x !== null && 'kind' in x
}

/**
 * Plan setting `value` at `path` (map keys and list indexes from the document root). Missing maps on the way
 * are created; list items are never created.
 */
export function planSet(
  pt: ParsedText,
  docIndex: number,
  path: NodePath,
  value: unknown,
  style: StringStyle
): Plan {
  if (path.length === 0) return refuse(1, 'nothing to set: the path is empty')
  if (pt.docs.length === 0 && docIndex === 0) return createInEmptyStream(pt, path, value, style)
  const opened = openDoc(pt, docIndex)
  if (isPlan(opened)) return opened
  const ctx: Ctx = { pt, doc: opened.doc, docIndex, used: opened.used, path, value, style }

  let node = opened.doc.contents as Node | null
  if (node == null || isNullScalar(node)) return createAtRoot(ctx, node)
  let parentMap: YAMLMap | null = null
  let grandMap: YAMLMap | null = null
  let pair: Pair | null = null
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    const here = path.slice(0, i)
    const shared = sharedNodeProblem(pt, node, ctx.used, here)
    if (shared) return shared
    if (typeof seg === 'number') {
      if (!isSeq(node) || seg < 0 || seg >= node.items.length || node.items[seg] == null) {
        return refuse(pt.line(range(node)[0]), `${describePath(path.slice(0, i + 1))} does not exist`)
      }
      node = node.items[seg] as Node
      parentMap = null
      grandMap = null
      pair = null
      continue
    }
    if (!isMap(node)) {
      return refuse(
        pt.line(range(node)[0]),
        `${describePath(here)} is not a map, so ${seg} cannot be set in it`
      )
    }
    const found = findPair(node, seg)
    if (!found) return insertIntoMap(ctx, node, parentMap, pair, grandMap, i)
    grandMap = parentMap
    parentMap = node
    pair = found
    const v = found.value as Node | null
    if (v == null || isNullScalar(v)) {
      if (v != null) {
        const sharedLeaf = sharedNodeProblem(pt, v, ctx.used, path.slice(0, i + 1))
        if (sharedLeaf) return sharedLeaf
      }
      if (i === path.length - 1) return setNullValue(ctx, node, found, value)
      return createUnderNull(ctx, node, grandMap, found, i + 1)
    }
    node = v
  }
  const shared = sharedNodeProblem(pt, node, ctx.used, path)
  if (shared) return shared
  return replaceLeaf(ctx, node, parentMap, pair)
}

// ---------------------------------------------------------------------------------------------------------------

function keysFrom(ctx: Ctx, from: number): string[] | Plan {
  const rest = ctx.path.slice(from)
  if (rest.some(s => typeof s !== 'string')) {
    return refuse(1, `${describePath(ctx.path)}: list items are never created`)
  }
  return rest as string[]
}

/** The column of a block map: that of its first key without an anchor or tag in front of it. */
export function mapCol(pt: ParsedText, map: YAMLMap): number {
  for (const p of map.items) {
    const key = p.key as (Node & { anchor?: string; tag?: string }) | null
    if (key?.range && !key.anchor && !key.tag) return pt.col(key.range[0])
  }
  // Every key has props: the map starts where its first line's indentation (and `- ` indicators) end.
  const start = range(map)[0]
  const lineStart = pt.lineStarts[pt.line(start) - 1]
  return /^ *(?:-[ \t]+)*/.exec(pt.text.slice(lineStart, start))![0].length
}

/**
 * Indentation step below `map`: the one most of its nested maps use, else the one it sits at below its parent,
 * else the one most of the document uses (2 when nothing says).
 */
function detectStep(ctx: Ctx, map: YAMLMap | null, parent: YAMLMap | null): number {
  if (map && !map.flow && map.items.length > 0) {
    const own = mostCommon(childSteps(ctx.pt, map))
    if (own) return own
    if (parent && !parent.flow && parent.items.length > 0) {
      const d = mapCol(ctx.pt, map) - mapCol(ctx.pt, parent)
      if (d > 0) return d
    }
  }
  if (ctx.step === undefined) {
    const all: number[] = []
    visit(ctx.doc, {
      Map(_key, m) {
        if (!m.flow && m.items.length > 0) all.push(...childSteps(ctx.pt, m))
      }
    })
    ctx.step = mostCommon(all) ?? 2
  }
  return ctx.step
}

function childSteps(pt: ParsedText, map: YAMLMap): number[] {
  const c = mapCol(pt, map)
  const steps: number[] = []
  for (const p of map.items) {
    const v = p.value
    if (isMap(v) && !v.flow && v.items.length > 0) {
      const d = mapCol(pt, v) - c
      if (d > 0) steps.push(d)
    }
  }
  return steps
}

/** The most frequent value (the earliest on a tie), or undefined for none. */
function mostCommon(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>()
  let best: number | undefined
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1
    counts.set(v, n)
    if (best === undefined || n > (counts.get(best) ?? 0)) best = v
  }
  return best
}

/**
 * Where lines added after `p` go: past the comment lines indented deeper than `col` that follow (they belong to
 * the content above: a commented-out child of the last entry), but before blank lines and comments at `col` or
 * less (those introduce what comes next).
 */
function insertionPoint(text: string, p: number, col: number): { pos: number; leadingEol: boolean } {
  let at = lineAfter(text, p)
  let q = at.pos
  while (!at.leadingEol && q < text.length) {
    const nl = text.indexOf('\n', q)
    const line = text.slice(q, nl < 0 ? text.length : nl).replace(/\r$/, '')
    const next = nl < 0 ? text.length : nl + 1
    if (line.trim() !== '') {
      const m = /^( *)#/.exec(line)
      if (!m || m[1].length <= col) break
      at = nl < 0 ? { pos: text.length, leadingEol: true } : { pos: next, leadingEol: false }
    }
    q = next
  }
  return at
}

/** Where a node's content ends, ignoring comments and blank lines after it. */
function contentEnd(text: string, node: Node): number {
  if (isCollection(node) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1]
    if (isPair(last)) {
      const v = last.value as Node | null
      if (v?.range && v.range[1] > v.range[0]) return contentEnd(text, v)
      // `key:` without a value ends at its ':'
      const keyEnd = range(last.key as Node)[1]
      const colon = colonAfter(text, keyEnd)
      return colon < 0 ? keyEnd : colon
    }
    return contentEnd(text, last as Node)
  }
  return range(node)[1]
}

function edit(splices: Splice[], line: number): Plan {
  return { kind: 'edit', splices, line }
}

/** The file has no document at all (empty, or comments only): the new map goes at the end. */
function createInEmptyStream(pt: ParsedText, path: NodePath, value: unknown, style: StringStyle): Plan {
  if (path.some(s => typeof s !== 'string')) {
    return refuse(1, `${describePath(path)}: list items are never created`)
  }
  const lines = blockLines(path as string[], value, 0, 2, style)
  const text = pt.text
  const leadingEol = text.length > 0 && !text.endsWith('\n')
  return edit(
    [{ start: text.length, end: text.length, text: joinLines(lines, pt.eol, leadingEol) }],
    pt.line(text.length)
  )
}

/** The document is empty (null, `~`, comments only, a lone `---`): it becomes a map. */
function createAtRoot(ctx: Ctx, node: Node | null): Plan {
  const keys = keysFrom(ctx, 0)
  if (isPlan(keys)) return keys
  const { pt } = ctx
  const text = pt.text
  const splices: Splice[] = []
  let after: number
  if (node?.range) {
    const [start, end, nodeEnd] = node.range
    if (end > start) {
      let s = start
      while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--
      splices.push({ start: s, end, text: '' })
    }
    after = Math.max(end, nodeEnd)
  } else after = ctx.doc.range[1]
  const { pos, leadingEol } = lineAfter(text, after)
  const lines = blockLines(keys, ctx.value, 0, detectStep(ctx, null, null), ctx.style)
  splices.push({ start: pos, end: pos, text: joinLines(lines, eolBefore(pt, pos), leadingEol) })
  return edit(splices, pt.line(pos))
}

/** `key:` has no value (or `~`) and the path goes on below it: the new lines go right under the key. */
function createUnderNull(ctx: Ctx, map: YAMLMap, mapParent: YAMLMap | null, pair: Pair, from: number): Plan {
  const keys = keysFrom(ctx, from)
  if (isPlan(keys)) return keys
  if (map.flow) return setNullValue(ctx, map, pair, nest(keys, ctx.value))
  const { pt } = ctx
  const text = pt.text
  const v = pair.value as Scalar | null
  const splices: Splice[] = []
  let after = colonAfter(text, range(pair.key as Node)[1])
  if (after < 0)
    return refuse(
      pt.line(range(pair.key as Node)[0]),
      `cannot find the ':' after ${describePath(ctx.path.slice(0, from))}`
    )
  if (v?.range && v.range[1] > v.range[0]) {
    let s = v.range[0]
    while (s > after && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--
    splices.push({ start: s, end: v.range[1], text: '' })
    after = v.range[1]
  }
  const step = detectStep(ctx, map, mapParent)
  const keyCol = mapCol(pt, map)
  const col = keyCol + step
  const { pos, leadingEol } = insertionPoint(text, after, keyCol)
  splices.push({
    start: pos,
    end: pos,
    text: joinLines(blockLines(keys, ctx.value, col, step, ctx.style), eolBefore(pt, pos), leadingEol)
  })
  return edit(splices, pt.line(range(pair.key as Node)[0]))
}

function nest(keys: readonly string[], value: unknown): unknown {
  let out = value
  for (let i = keys.length - 1; i >= 0; i--) out = { [keys[i]]: out }
  return out
}

/** `key:` / `key: ~` / `key: null` gets a value on its own line. */
function setNullValue(ctx: Ctx, map: YAMLMap, pair: Pair, value: unknown): Plan {
  const { pt } = ctx
  const v = pair.value as Scalar | null
  const line = pt.line(range(pair.key as Node)[0])
  const rendered = formatInline(value, ctx.style, map.flow === true)
  if (v?.range && v.range[1] > v.range[0])
    return edit([{ start: v.range[0], end: v.range[1], text: rendered }], line)
  const colon = colonAfter(pt.text, range(pair.key as Node)[1])
  if (colon < 0) return refuse(line, `cannot find the ':' after ${describePath(ctx.path)}`)
  return edit([{ start: colon, end: colon, text: ` ${rendered}` }], line)
}

/** The map exists but lacks `path[from]`: add the rest of the path to it. */
function insertIntoMap(
  ctx: Ctx,
  map: YAMLMap,
  parentMap: YAMLMap | null,
  pairOfMap: Pair | null,
  grandMap: YAMLMap | null,
  from: number
): Plan {
  const keys = keysFrom(ctx, from)
  if (isPlan(keys)) return keys
  const { pt } = ctx
  const text = pt.text
  const line = pt.line(range(map)[0])

  // A key that only comes from a `<<` merge: an own key would hide the rest of the merged map.
  if (from < ctx.path.length - 1) {
    const js = pt.js(ctx.docIndex)
    if ('value' in js && getAt(js.value, ctx.path.slice(0, from + 1)).found) {
      return refuse(
        line,
        `${describePath(ctx.path.slice(0, from + 1))} comes from a '<<' merge key; adding it here would hide the ` +
          'merged values'
      )
    }
  }

  if (map.flow) {
    const [start, end] = range(map)
    if (map.items.length === 0) {
      // `values: {}` in a block map, or a whole document `{}`: becomes a block map.
      if (pairOfMap && parentMap && !parentMap.flow) {
        let s = start
        while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--
        const step = detectStep(ctx, parentMap, grandMap)
        const keyCol = mapCol(pt, parentMap)
        const { pos, leadingEol } = insertionPoint(text, end, keyCol)
        const col = keyCol + step
        const lines = blockLines(keys, ctx.value, col, step, ctx.style)
        return edit(
          [
            { start: s, end, text: '' },
            { start: pos, end: pos, text: joinLines(lines, eolBefore(pt, pos), leadingEol) }
          ],
          line
        )
      }
      if (map === ctx.doc.contents && pt.col(start) === 0) {
        const lines = blockLines(keys, ctx.value, 0, detectStep(ctx, null, null), ctx.style)
        return edit([{ start, end, text: lines.join(eolBefore(pt, end + 1)) }], line)
      }
      if (text[start] !== '{')
        return refuse(line, `cannot find the '{' of ${describePath(ctx.path.slice(0, from))}`)
      return edit([{ start: start + 1, end: start + 1, text: flowEntry(keys, ctx.value, ctx.style) }], line)
    }
    const last = map.items[map.items.length - 1]
    const lastEnd = Math.max(range(last.key as Node)[1], (last.value as Node | null)?.range?.[1] ?? 0)
    return edit([{ start: lastEnd, end: lastEnd, text: `, ${flowEntry(keys, ctx.value, ctx.style)}` }], line)
  }

  const col = mapCol(pt, map)
  const step = detectStep(ctx, map, parentMap)
  const { pos, leadingEol } = insertionPoint(text, contentEnd(text, map), col)
  const lines = blockLines(keys, ctx.value, col, step, ctx.style)
  return edit([{ start: pos, end: pos, text: joinLines(lines, eolBefore(pt, pos), leadingEol) }], line)
}

/** The leaf exists: replace its text (a scalar's text only; a collection from the ':' on). */
function replaceLeaf(ctx: Ctx, node: Node, parentMap: YAMLMap | null, pair: Pair | null): Plan {
  const { pt } = ctx
  const text = pt.text
  const [start0, end0] = range(node)
  const line = pt.line(start0)
  // A template may even parse as YAML (`{{ .Values.x }}` is a flow map): whatever it reads as, it is not ours.
  if (TEMPLATED.test(text.slice(start0, end0))) {
    return refuse(line, `${describePath(ctx.path)} is templated; it is not rewritten`)
  }
  const flow = parentMap?.flow === true
  const existing = isScalar(node) ? node : undefined
  let rendered = formatInline(ctx.value, ctx.style, flow, existing)
  let start = start0
  let end = end0
  const props = node as { tag?: string; anchor?: string }
  const colon = pair ? colonAfter(text, range(pair.key as Node)[1]) : -1

  if (isCollection(node) && !node.flow) {
    if (colon < 0) return refuse(line, `cannot find the ':' before ${describePath(ctx.path)}`)
    return edit([{ start: colon, end: contentEnd(text, node), text: ` ${rendered}` }], line)
  }
  if (isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)) {
    end = trimBack(text, end0, start0 + 1)
  }
  if ((props.tag || props.anchor) && colon >= 0) {
    const propsStart = skipBlanks(text, colon)
    if (propsStart < start) {
      start = propsStart
      rendered = (props.anchor ? `&${props.anchor} ` : '') + rendered
    }
  }
  return edit([{ start, end, text: rendered }], line)
}
