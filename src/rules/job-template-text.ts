/**
 * The text of a custom Testkube job template (a Go template that renders a Job or a Pod): where its pod template's
 * annotations are, whether they carry `sidecar.istio.io/inject: "false"`, and the text edit that adds it.
 *
 * A Go template is not always YAML (`{{- if … }}` lines, `{{ .Name }}` in values), so the text is read through a
 * mask of the same length: a line holding only directives becomes blank, any other directive becomes filler
 * characters. The masked text is parsed as YAML (duplicate keys allowed, as `if`/`else` branches repeat them) and its
 * offsets are the template's offsets. An edit is a splice of the original text: every directive stays byte for byte,
 * and a place inside an `if`/`range`/`with` block, or a key that appears twice, is never edited (ambiguous).
 */
import { isMap, isScalar, parseDocument, Scalar } from 'yaml'
import type { Node, Pair, YAMLMap } from 'yaml'

export const INJECT_KEY = 'sidecar.istio.io/inject'
const NATIVE_KEY = 'sidecar.istio.io/nativeSidecar'

/** Which pod template a custom template holds: a Job's `spec.template`, or a Pod itself. */
export type TemplateKind = 'job' | 'pod'

export type TextVerdict =
  | { state: 'ok' }
  | { state: 'missing' | 'wrong' | 'not-string'; edit: TextEdit | { refused: string } }
  | { state: 'templated' }
  | { state: 'unreadable'; why: string }

export interface TextEdit {
  text: string
}

const DIRECTIVE = /\{\{[\s\S]*?\}\}/g

/** The Go template directives of a text, in order: an edit must keep this list as it is. */
export function directives(text: string): string[] {
  return text.match(DIRECTIVE) ?? []
}

/** Same length as `text`: directive-only lines blank, other directives replaced by `x`. */
export function maskTemplate(text: string): string {
  const chars = text.split('')
  for (const m of text.matchAll(DIRECTIVE)) {
    for (let i = m.index; i < m.index + m[0].length; i++)
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = 'x'
  }
  const masked = chars.join('')
  // A line whose content is only filler from directives holds no YAML.
  let out = ''
  let pos = 0
  for (const line of masked.split('\n')) {
    const orig = text.slice(pos, pos + line.length)
    const onlyDirectives = line.trim() !== '' && orig.replace(DIRECTIVE, '').trim() === ''
    out += (onlyDirectives ? line.replace(/[^\r]/g, ' ') : line) + '\n'
    pos += line.length + 1
  }
  return out.slice(0, -1)
}

/** How many `if`/`range`/`with`/`define`/`block` blocks are open at `offset`. */
export function blockDepth(text: string, offset: number): number {
  let depth = 0
  for (const m of text.matchAll(DIRECTIVE)) {
    if (m.index >= offset) break
    const word = /^\{\{-?\s*(\w+)/.exec(m[0])?.[1]
    if (word === 'if' || word === 'range' || word === 'with' || word === 'define' || word === 'block') depth++
    else if (word === 'end') depth--
  }
  return depth
}

interface Reading {
  text: string
  masked: string
  root: YAMLMap
  eol: string
  lineStarts: number[]
}

function read(text: string): Reading | { why: string } {
  const masked = maskTemplate(text)
  let doc
  try {
    doc = parseDocument(masked, { uniqueKeys: false, version: '1.1', keepSourceTokens: false })
  } catch (err) {
    return { why: `it does not read as YAML (${(err as Error).message})` }
  }
  if (doc.errors.length > 0) return { why: 'it does not read as YAML, even with its Go directives set aside' }
  if (!isMap(doc.contents)) return { why: 'it is not a YAML map' }
  const lineStarts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const crlf = (text.match(/\r\n/g) ?? []).length
  const lf = (text.match(/\n/g) ?? []).length - crlf
  return { text, masked, root: doc.contents, eol: crlf > lf ? '\r\n' : '\n', lineStarts }
}

function podPath(kind: TemplateKind): string[] {
  return kind === 'job' ? ['spec', 'template', 'metadata', 'annotations'] : ['metadata', 'annotations']
}

function pairsOf(map: YAMLMap, key: string): Pair[] {
  return map.items.filter(p => isScalar(p.key) && String(p.key.value) === key)
}

function lineOf(r: Reading, offset: number): number {
  let lo = 0
  let hi = r.lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (r.lineStarts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

function colOf(r: Reading, offset: number): number {
  return offset - r.lineStarts[lineOf(r, offset)]
}

/** Start of the line after the one holding `offset` (the text's end when there is none). */
function nextLineStart(r: Reading, offset: number): number | null {
  const l = lineOf(r, offset)
  return l + 1 < r.lineStarts.length ? r.lineStarts[l + 1] : null
}

function keyCol(r: Reading, map: YAMLMap): number | null {
  const first = map.items[0]?.key as Node | undefined
  return first?.range ? colOf(r, first.range[0]) : null
}

/** Judge a custom template's pod annotations and plan the edit that sets the inject annotation to "false". */
export function judgeTemplateText(text: string, kind: TemplateKind): TextVerdict {
  const r = read(text)
  if ('why' in r) return { state: 'unreadable', why: r.why }
  const path = podPath(kind)
  let map: YAMLMap = r.root
  let holder: Pair | null = null
  let step = 2
  for (let i = 0; i < path.length; i++) {
    const found = pairsOf(map, path[i])
    if (found.length > 1)
      return {
        state: 'unreadable',
        why: `${path.slice(0, i + 1).join('.')} appears more than once (template branches)`
      }
    if (found.length === 0) return { state: 'missing', edit: insertInto(r, map, holder, path.slice(i), step) }
    const pair = found[0]
    const col = keyCol(r, map)
    const value = pair.value as Node | null
    if (isMap(value) && !value.flow && value.items.length > 0) {
      const inner = keyCol(r, value)
      if (col !== null && inner !== null && inner > col) step = inner - col
    }
    if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) {
      if (isScalar(value) && value.range && value.range[1] > value.range[0])
        return { state: 'missing', edit: { refused: `${path.slice(0, i + 1).join('.')} is not a block map` } }
      return { state: 'missing', edit: insertUnderEmpty(r, map, pair, path.slice(i + 1), step) }
    }
    if (!isMap(value)) {
      const src = value.range ? text.slice(value.range[0], value.range[1]) : ''
      if (src.includes('{{')) return { state: 'templated' }
      return { state: 'unreadable', why: `${path.slice(0, i + 1).join('.')} is not a map` }
    }
    if (value.flow)
      return { state: 'missing', edit: { refused: `${path.slice(0, i + 1).join('.')} is a flow map` } }
    holder = pair
    map = value
  }
  return judgeLeaf(r, map)
}

function judgeLeaf(r: Reading, annotations: YAMLMap): TextVerdict {
  const native = pairsOf(annotations, NATIVE_KEY)
  const found = pairsOf(annotations, INJECT_KEY)
  if (found.length > 1)
    return { state: 'unreadable', why: `${INJECT_KEY} appears more than once (template branches)` }
  const pair = found[0]
  if (native.length === 1 && isScalar(native[0].value) && native[0].value.value === 'true' && !pair)
    return { state: 'ok' }
  if (!pair) return { state: 'missing', edit: insertInto(r, annotations, null, [INJECT_KEY], 2) }
  const v = pair.value as Node | null
  const src = v?.range ? r.text.slice(v.range[0], v.range[1]) : ''
  if (src.includes('{{')) return { state: 'templated' }
  if (isScalar(v) && v.value === 'false') return { state: 'ok' }
  const state = isScalar(v) && typeof v.value === 'string' ? 'wrong' : 'not-string'
  if (!v?.range || v.range[1] <= v.range[0] || !isScalar(v) || v.type === Scalar.BLOCK_LITERAL)
    return { state, edit: { refused: `${INJECT_KEY} has a value the tool does not rewrite` } }
  if (blockDepth(r.text, v.range[0]) !== 0)
    return { state, edit: { refused: `${INJECT_KEY} sits inside a template block` } }
  return { state, edit: { text: r.text.slice(0, v.range[0]) + '"false"' + r.text.slice(v.range[1]) } }
}

/** Lines `k1:` / `  k2:` / … / `kn: "false"` at column `col`. */
function lines(keys: readonly string[], col: number, step: number, eol: string): string {
  return keys
    .map((k, i) => ' '.repeat(col + i * step) + k + ':' + (i === keys.length - 1 ? ' "false"' : ''))
    .map(l => l + eol)
    .join('')
}

function withInject(keys: readonly string[]): string[] {
  return keys[keys.length - 1] === INJECT_KEY ? [...keys] : [...keys, INJECT_KEY]
}

/** `map` (a block map) lacks `keys[0]`: add the rest as its first entry, right under its own key line. */
function insertInto(
  r: Reading,
  map: YAMLMap,
  holder: Pair | null,
  keys: readonly string[],
  step: number
): TextEdit | { refused: string } {
  const col = keyCol(r, map)
  if (col === null) return { refused: 'the map to add to is empty' }
  const first = map.items[0].key as Node
  const at = holder
    ? nextLineStart(r, (holder.key as Node).range![1])
    : r.lineStarts[lineOf(r, first.range![0])]
  if (at === null) return { refused: 'there is no line to add to' }
  if (blockDepth(r.text, at) !== 0) return { refused: 'the place to add it sits inside a template block' }
  return { text: r.text.slice(0, at) + lines(withInject(keys), col, step, r.eol) + r.text.slice(at) }
}

/** `key:` with no value: the rest goes on the lines under it, one step deeper. */
function insertUnderEmpty(
  r: Reading,
  map: YAMLMap,
  pair: Pair,
  keys: readonly string[],
  step: number
): TextEdit | { refused: string } {
  const col = keyCol(r, map)
  const keyEnd = (pair.key as Node).range![1]
  if (col === null) return { refused: 'the map to add to is empty' }
  const next = nextLineStart(r, keyEnd)
  const at = next ?? r.text.length
  if (blockDepth(r.text, at) !== 0) return { refused: 'the place to add it sits inside a template block' }
  const lead = next === null ? r.eol : ''
  return {
    text: r.text.slice(0, at) + lead + lines(withInject(keys), col + step, step, r.eol) + r.text.slice(at)
  }
}
