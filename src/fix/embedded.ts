/**
 * Edits inside YAML held by a string scalar (Argo CD `helm.values: |`, a ConfigMap's `values.yaml: |`).
 *
 * The inner text is edited with the same engine as any file. For a literal block scalar (`|`, `|-`, `|+`, with or
 * without an indentation indicator) every inner line is one outer line shifted by the block's indentation, so the
 * inner splices are mapped onto the outer text and nothing else of the block moves (blank lines, trailing
 * spaces, CRLF). Any other scalar (quoted, plain, folded) is written again as a literal block.
 */
import { isScalar, Scalar } from 'yaml'
import type { Node } from 'yaml'
import type { NodePath } from '../model.js'
import { computeLineStarts, lineOfOffset } from '../yaml/file.js'
import { describePath, isPlan, locate, mapCol, openDoc, planSet, refuse, TEMPLATED } from './edit.js'
import type { Located, Plan } from './edit.js'
import { getAt } from './tree.js'
import {
  applySplices,
  colonAfter,
  doubleQuoted,
  eolBefore,
  isPlainSafe,
  parseText,
  singleQuoted,
  skipBlanks,
  trimBack
} from './text.js'
import type { ParsedText, Splice, StringStyle } from './text.js'

/** What to write inside, decided from the inner document's current value. */
export type Decide = (current: {
  found: boolean
  value: unknown
}) => { value: unknown } | 'noop' | { refuse: string }

export type EmbeddedPlan =
  | Plan
  | {
      kind: 'embedded'
      splices: Splice[]
      line: number
      nodePath: NodePath
      inner: string
      innerPath: NodePath
      value: unknown
    }

/** How the edit inside the embedded text is planned: setting a value, or replacing a whole string. */
export type InnerPlanner = (ipt: ParsedText, innerPath: NodePath, value: unknown, style: StringStyle) => Plan

const setInner: InnerPlanner = (ipt, innerPath, value, style) => planSet(ipt, 0, innerPath, value, style)

export function planEmbedded(
  pt: ParsedText,
  docIndex: number,
  nodePath: NodePath,
  innerPath: NodePath,
  decide: Decide,
  style: StringStyle,
  planInner: InnerPlanner = setInner
): EmbeddedPlan {
  const opened = openEmbedded(pt, docIndex, nodePath)
  if (isPlan(opened)) return opened
  const { node, loc, line, inner, ipt, where } = opened
  const js = ipt.docs.length === 0 ? { value: null } : ipt.js(0)
  if ('error' in js) return refuse(line, `the values embedded in ${where} cannot be read: ${js.error}`)

  const decided = decide(getAt(js.value, innerPath))
  if (decided === 'noop') return { kind: 'noop' }
  if ('refuse' in decided) return refuse(line, decided.refuse)
  const innerPlan = planInner(ipt, innerPath, decided.value, style)
  if (innerPlan.kind === 'noop') return innerPlan
  if (innerPlan.kind === 'refuse') return refuse(line + innerPlan.line, `in ${where}: ${innerPlan.message}`)
  const newInner = applySplices(inner, innerPlan.splices)

  const mapped = mapOntoLiteral(pt, node, inner, innerPlan.splices)
  const splices = mapped ?? rewriteAsLiteral(pt, node, loc, newInner)
  if (isPlan(splices)) return splices
  return {
    kind: 'embedded',
    splices,
    line: line + innerPlan.line,
    nodePath,
    inner: newInner,
    innerPath,
    value: decided.value
  }
}

/** Embedded values that can be edited: the string's node, where it is, its text and that text parsed. */
export interface OpenedEmbedded {
  node: Scalar
  loc: Located
  line: number
  where: string
  inner: string
  ipt: ParsedText
}

/** The embedded values at `nodePath`, or why they cannot be edited. */
export function openEmbedded(pt: ParsedText, docIndex: number, nodePath: NodePath): OpenedEmbedded | Plan {
  const opened = openDoc(pt, docIndex)
  if (isPlan(opened)) return opened
  const loc = locate(pt, opened.doc, opened.used, nodePath)
  if (isPlan(loc)) return loc
  const { node } = loc
  const where = describePath(nodePath)
  if (!isScalar(node) || node.value === null) {
    const line = node?.range ? pt.line(node.range[0]) : 1
    return refuse(line, `${where} holds no embedded values to fix`)
  }
  if (typeof node.value !== 'string')
    return refuse(pt.line(node.range![0]), `${where} is not a string of YAML`)
  const [start, end] = node.range!
  const line = pt.line(start)
  if (pt.masked && TEMPLATED.test(pt.text.slice(start, end))) {
    return refuse(line, `${where} is templated; it is not rewritten`)
  }

  const inner = node.value
  const ipt = parseText(inner)
  const broken = ipt.docs.find(d => d.errors.length > 0)
  if (broken) {
    return refuse(
      line + ipt.line(broken.errors[0].pos[0]),
      `the values embedded in ${where} are not valid YAML`
    )
  }
  if (ipt.docs.length > 1) return refuse(line, `the values embedded in ${where} hold several YAML documents`)
  return { node, loc, line, where, inner, ipt }
}

/**
 * The splices that put `newInner` (the embedded values after several edits) in place of the opened string, as
 * planEmbedded puts one edit's: onto the lines of a literal block where they map, else as a new literal block.
 */
export function rewriteEmbedded(pt: ParsedText, opened: OpenedEmbedded, newInner: string): Splice[] | Plan {
  const { node, loc, inner } = opened
  return (
    mapOntoLiteral(pt, node, inner, [changedPart(inner, newInner)]) ??
    rewriteAsLiteral(pt, node, loc, newInner)
  )
}

/** The one splice that turns `old` into `value`: what lies between their common start and their common end. */
function changedPart(old: string, value: string): Splice {
  let p = 0
  while (p < old.length && p < value.length && old[p] === value[p]) p++
  let q = 0
  while (
    q < old.length - p &&
    q < value.length - p &&
    old[old.length - 1 - q] === value[value.length - 1 - q]
  )
    q++
  return { start: p, end: old.length - q, text: value.slice(p, value.length - q) }
}

interface Layout {
  /** Offsets of the outer lines that hold inner line 0, 1, … */
  lines: number[]
  indent: number
  /** End of the block's content lines in the outer text. */
  end: number
  endsWithNewline: boolean
  eol: string
}

/** How a literal block scalar's lines sit in the outer text, or null when it is not one we can map. */
function literalLayout(text: string, node: Scalar): Layout | null {
  if (node.type !== Scalar.BLOCK_LITERAL || typeof node.value !== 'string' || !node.range) return null
  const [start, end] = node.range
  const nl = text.indexOf('\n', start)
  if (nl < 0 || nl + 1 > end) return null
  const header = text
    .slice(start, nl)
    .replace(/\r$/, '')
    .replace(/\s+#.*$/, '')
    .trim()
  const m = /^\|(?:([1-9])([+-])?|([+-])([1-9])?)?$/.exec(header)
  if (!m) return null
  const chomp = m[2] ?? m[3] ?? ''
  const starts: number[] = []
  const raw: string[] = []
  for (let p = nl + 1; p < end;) {
    const q = text.indexOf('\n', p)
    const lineEnd = q < 0 || q >= end ? end : q
    starts.push(p)
    raw.push(text.slice(p, lineEnd).replace(/\r$/, ''))
    p = lineEnd + 1
  }
  const endsWithNewline = text[end - 1] === '\n'
  const firstContent = raw.find(l => l.trim() !== '')
  if (firstContent === undefined) return null
  const detected = firstContent.length - firstContent.trimStart().length
  for (let n = detected; n >= 1; n--) {
    if (reconstruct(raw, n, endsWithNewline, chomp) === node.value) {
      return { lines: starts, indent: n, end, endsWithNewline, eol: text[nl - 1] === '\r' ? '\r\n' : '\n' }
    }
  }
  return null
}

function reconstruct(
  raw: readonly string[],
  n: number,
  endsWithNewline: boolean,
  chomp: string
): string | null {
  const pad = ' '.repeat(n)
  const parts: string[] = []
  for (const l of raw) {
    if (l.length <= n && /^ *$/.test(l)) parts.push('')
    else if (l.startsWith(pad)) parts.push(l.slice(n))
    else return null
  }
  const joined = parts.join('\n') + (endsWithNewline ? '\n' : '')
  if (chomp === '+') return joined
  const stripped = joined.replace(/\n+$/, '')
  if (chomp === '-') return stripped
  return stripped === '' ? '' : stripped + '\n'
}

/** Map splices of the inner text onto the outer literal block, or null when the block cannot be mapped. */
function mapOntoLiteral(
  pt: ParsedText,
  node: Scalar,
  inner: string,
  splices: readonly Splice[]
): Splice[] | null {
  const layout = literalLayout(pt.text, node)
  if (!layout) return null
  const innerStarts = computeLineStarts(inner)
  const indent = ' '.repeat(layout.indent)
  const at = (o: number): { pos: number; atStart: boolean; leadingEol: boolean } | null => {
    const i = lineOfOffset(innerStarts, o) - 1
    const c = o - innerStarts[i]
    if (i < layout.lines.length) {
      return c === 0
        ? { pos: layout.lines[i], atStart: true, leadingEol: false }
        : { pos: layout.lines[i] + layout.indent + c, atStart: false, leadingEol: false }
    }
    if (i === layout.lines.length && c === 0) {
      return { pos: layout.end, atStart: true, leadingEol: !layout.endsWithNewline }
    }
    return null
  }
  const out: Splice[] = []
  for (const s of splices) {
    const a = at(s.start)
    const b = at(s.end)
    if (!a || !b) return null
    let t = s.text
      .split('\n')
      .map((piece, j) => (piece === '' || (j === 0 && !a.atStart) ? piece : indent + piece))
      .join(layout.eol)
    if (a.leadingEol) {
      t = layout.eol + t
      if (t.endsWith(layout.eol)) t = t.slice(0, -layout.eol.length)
    }
    out.push({ start: a.pos, end: b.pos, text: t })
  }
  return out
}

/** Write the scalar again as a literal block holding `inner`, indented one step below its key. */
function rewriteAsLiteral(pt: ParsedText, node: Scalar, loc: Located, inner: string): Splice[] | Plan {
  const text = pt.text
  const [start0, end0] = node.range!
  const line = pt.line(start0)
  const where = 'the embedded values'
  if (!loc.pair || !loc.map || loc.map.flow)
    return refuse(line, `${where} sit in a flow collection; they are not rewritten`)
  // eslint-disable-next-line no-control-regex
  if (/[\r\x00-\x08\x0b-\x1f\x7f]/.test(inner))
    return refuse(line, `${where} hold characters a block scalar cannot`)
  const keyNode = loc.pair.key as Node
  const keyCol = mapCol(pt, loc.map)
  // One step below the key: the step this map sits at below its parent (2 when that is unknown).
  let step = 2
  if (loc.grandMap && !loc.grandMap.flow) {
    const d = keyCol - mapCol(pt, loc.grandMap)
    if (d > 0 && d <= 9) step = d
  }
  const indent = ' '.repeat(keyCol + step)

  let start = start0
  let end = end0
  let comment = ''
  const colon = colonAfter(text, keyNode.range![1])
  if ((node.tag || node.anchor) && colon >= 0) {
    const propsStart = skipBlanks(text, colon)
    if (propsStart < start) start = propsStart
  }
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const nl = text.indexOf('\n', start0)
    const header = text.slice(start0, nl < 0 ? end0 : nl).replace(/\r$/, '')
    comment = /\s(#.*)$/.exec(header)?.[1] ?? ''
    end = trimBack(text, end0, start0 + 1)
  } else {
    let lineEnd = text.indexOf('\n', end0)
    if (lineEnd < 0) lineEnd = text.length
    if (text[lineEnd - 1] === '\r') lineEnd--
    const rest = text.slice(end0, lineEnd).trim()
    if (rest.startsWith('#')) {
      comment = rest
      end = lineEnd
    } else if (rest !== '')
      return refuse(line, `${where} are followed by more text on their line; they are not rewritten`)
  }

  const trailing = /\n*$/.exec(inner)![0].length
  const chomp = trailing === 1 ? '' : trailing === 0 ? '-' : '+'
  const body = trailing === 0 ? inner : inner.slice(0, -1)
  const firstContent = body.split('\n').find(l => l !== '')
  const indicator = firstContent?.startsWith(' ') ? String(step) : ''
  const eol = eolBefore(pt, text.indexOf('\n', start0) + 1)
  const lines = body.split('\n').map(l => (l === '' ? '' : indent + l))
  const prefix = node.anchor ? `&${node.anchor} ` : ''
  const header = `${prefix}|${indicator}${chomp}${comment ? ' ' + comment : ''}`
  return [{ start, end, text: header + eol + lines.join(eol) }]
}

/**
 * Replace the whole string held by the scalar at `path` with `value`, in the scalar's own style: a literal block
 * keeps its header and indentation and only the lines that differ change; a quoted or plain scalar stays quoted or
 * plain when the new string allows it. The scalar's old text is not checked for templates: the string is replaced
 * as a whole by a caller that judged it (a custom job template is a Go template by nature).
 */
export function planStringReplace(pt: ParsedText, docIndex: number, path: NodePath, value: string): Plan {
  const opened = openDoc(pt, docIndex)
  if (isPlan(opened)) return opened
  const loc = locate(pt, opened.doc, opened.used, path)
  if (isPlan(loc)) return loc
  const { node } = loc
  const where = describePath(path)
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range)
    return refuse(node?.range ? pt.line(node.range[0]) : 1, `${where} is not a string`)
  const old = node.value
  const line = pt.line(node.range[0])
  if (old === value) return { kind: 'noop' }
  if (node.type === Scalar.BLOCK_LITERAL) {
    const splice = changedPart(old, value)
    const mapped = mapOntoLiteral(pt, node, old, [splice])
    const splices = mapped ?? rewriteAsLiteral(pt, node, loc, value)
    return isPlan(splices) ? splices : { kind: 'edit', splices, line }
  }
  if (node.type === Scalar.BLOCK_FOLDED) {
    const splices = rewriteAsLiteral(pt, node, loc, value)
    return isPlan(splices) ? splices : { kind: 'edit', splices, line }
  }
  const flow = loc.map?.flow === true
  const rendered =
    node.type === Scalar.QUOTE_SINGLE
      ? (singleQuoted(value) ?? doubleQuoted(value))
      : node.type === Scalar.PLAIN && isPlainSafe(value, 'value', flow)
        ? value
        : doubleQuoted(value)
  return { kind: 'edit', splices: [{ start: node.range[0], end: node.range[1], text: rendered }], line }
}
