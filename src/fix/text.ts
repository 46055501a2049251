/**
 * The fixer's view of a YAML text: its documents parsed like the scanner parses them (YAML 1.1, templates masked
 * when they break the parse), offsets turned into lines and columns, text splices, and how new keys and values
 * are spelled.
 */
import { isMap, isScalar, parseDocument, Scalar } from 'yaml'
import type { Document } from 'yaml'
import {
  computeLineStarts,
  describeError,
  lineOfOffset,
  MAX_ALIAS_COUNT,
  PARSE_OPTIONS,
  parseYamlDocuments,
  scanStructure
} from '../yaml/file.js'
import type { RepoFile } from '../yaml/file.js'
import { isRecord } from './tree.js'

/** Replace `text.slice(start, end)` with `text`. */
export interface Splice {
  start: number
  end: number
  text: string
}

export interface ParsedText {
  text: string
  /** Every document, with or without errors ([] for a stream with no document). */
  docs: Document.Parsed[]
  /** True when the documents come from the template-masked copy (see yaml/file.ts). */
  masked: boolean
  lineStarts: number[]
  /** The file's main line ending, for lines added where no neighbour says better. */
  eol: '\n' | '\r\n'
  /** Plain JS of a document; `{ error }` when it has errors or cannot be converted. */
  js(docIndex: number): { value: unknown } | { error: string }
  line(offset: number): number
  col(offset: number): number
}

/** `eol`: the file's ending, carried from edit to edit (by default the one most of `text`'s lines use). */
export function parseText(text: string, eol: '\n' | '\r\n' = mainEol(text)): ParsedText {
  const lineStarts = computeLineStarts(text)
  // Parsed as parseRepoFile parses, so document indexes and node paths agree with the readers'.
  let docs: Document.Parsed[] = []
  let masked = false
  try {
    ;({ docs, templated: masked } = parseYamlDocuments(text, lineStarts, scanStructure(text).bareTemplate))
  } catch {
    // Past a parse limit: no documents, so every edit is refused.
  }
  return parsedText(text, docs, masked, lineStarts, eol)
}

/**
 * The scan's own parse of a file, for the fixer's first plan: the same documents parseText would make, without
 * parsing the file again. Only for a file read cleanly (every document kept, no problem) with no alias in it: the
 * scan expands aliases in place, and a document with an error is left out of the scan's list.
 */
export function parsedTextOf(file: RepoFile): ParsedText | null {
  if (file.problems.length > 0 || file.docs.length === 0 || file.text.includes('*')) return null
  if (file.docs.some((d, i) => d.index !== i)) return null
  const docs = file.docs.map(d => d.doc)
  if (docs.some(d => d.errors.length > 0)) return null
  return parsedText(file.text, docs, file.templated, computeLineStarts(file.text), mainEol(file.text))
}

function parsedText(
  text: string,
  docs: Document.Parsed[],
  masked: boolean,
  lineStarts: number[],
  eol: '\n' | '\r\n'
): ParsedText {
  const cache = new Map<number, { value: unknown } | { error: string }>()
  const line = (offset: number): number => lineOfOffset(lineStarts, offset)
  return {
    text,
    docs,
    masked,
    lineStarts,
    eol,
    line,
    col: offset => offset - lineStarts[line(offset) - 1],
    js(docIndex) {
      const hit = cache.get(docIndex)
      if (hit) return hit
      const doc = docs[docIndex]
      let out: { value: unknown } | { error: string }
      if (!doc) out = { error: `no document #${docIndex + 1}` }
      else if (doc.errors.length > 0) out = { error: describeError(doc.errors[0]) }
      else {
        try {
          out = { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) }
        } catch (err) {
          out = { error: describeError(err) }
        }
      }
      cache.set(docIndex, out)
      return out
    }
  }
}

/** The ending most lines use; LF when there is none. */
function mainEol(text: string): '\n' | '\r\n' {
  let crlf = 0
  let lf = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (text[i - 1] === '\r') crlf++
    else lf++
  }
  return crlf > lf ? '\r\n' : '\n'
}

/** Apply non-overlapping splices (any order); throws on overlap, which is a planner bug. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  const sorted = [...splices].sort((a, b) => b.start - a.start || b.end - a.end)
  let out = text
  let limit = Infinity
  for (const s of sorted) {
    if (s.end > limit || s.start > s.end) throw new Error('overlapping edits')
    out = out.slice(0, s.start) + s.text + out.slice(s.end)
    limit = s.start
  }
  return out
}

/**
 * Where new lines go after the line holding offset `p - 1` (the end of some content): the start of the next
 * line, or the end of the text with `leadingEol` when the last line has no line ending.
 */
export function lineAfter(text: string, p: number): { pos: number; leadingEol: boolean } {
  if (p > 0 && text[p - 1] === '\n') return { pos: p, leadingEol: false }
  const nl = text.indexOf('\n', p)
  if (nl < 0) return { pos: text.length, leadingEol: true }
  return { pos: nl + 1, leadingEol: false }
}

/** The line ending of the line that ends right before `pos` (or of the last line before it). */
export function eolBefore(pt: ParsedText, pos: number): '\n' | '\r\n' {
  const nl = pt.text.lastIndexOf('\n', pos - 1)
  if (nl < 0) return pt.eol
  return pt.text[nl - 1] === '\r' ? '\r\n' : '\n'
}

/** Lines (without endings) to insert at `pos`, joined the way the spot needs. */
export function joinLines(lines: readonly string[], eol: string, leadingEol: boolean): string {
  return leadingEol ? eol + lines.join(eol) : lines.join(eol) + eol
}

/** The offset right after the `:` that follows a key ending at `keyEnd`, or -1. */
export function colonAfter(text: string, keyEnd: number): number {
  let i = keyEnd
  while (text[i] === ' ' || text[i] === '\t') i++
  return text[i] === ':' ? i + 1 : -1
}

/** Skip spaces and tabs from `i`. */
export function skipBlanks(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i++
  return i
}

/** Back over spaces, tabs and line breaks, but not before `min`. */
export function trimBack(text: string, end: number, min: number): number {
  let e = end
  while (e > min && /[ \t\r\n]/.test(text[e - 1])) e--
  return e
}

// ---------------------------------------------------------------------------------------------------------------
// Spelling keys and values

/** How a string value is quoted. */
export type StringStyle =
  /** Double quotes, or the existing quote style when it keeps the value a string (annotations, plain values). */
  | 'default'
  /** Always quoted: single when the old value was single-quoted, else double (set-list values). */
  | 'quoted'
  /** A JSON text: single quotes when it holds a double quote (proxy config). */
  | 'json'

const plainCache = new Map<string, boolean>()

/** Whether `s` reads back as the same string when written plain, as a key or a value, in block or flow context. */
export function isPlainSafe(s: string, role: 'key' | 'value', flow: boolean): boolean {
  if (s === '' || /[\r\n]/.test(s) || s !== s.trim()) return false
  const cacheKey = `${role}${flow ? 'f' : 'b'}${s}`
  const hit = plainCache.get(cacheKey)
  if (hit !== undefined) return hit
  const src = role === 'key' ? (flow ? `{${s}: 0}` : `${s}: 0`) : flow ? `{k: ${s}}` : `k: ${s}`
  let ok = false
  try {
    const doc = parseDocument(src, PARSE_OPTIONS)
    const map = doc.contents
    if (doc.errors.length === 0 && isMap(map) && map.items.length === 1) {
      const node = role === 'key' ? map.items[0].key : map.items[0].value
      ok = isScalar(node) && node.type === Scalar.PLAIN && node.value === s
    }
  } catch {
    ok = false
  }
  if (plainCache.size > 5000) plainCache.clear()
  plainCache.set(cacheKey, ok)
  return ok
}

export function doubleQuoted(s: string): string {
  return JSON.stringify(s)
}

/** A single-quoted scalar, or null when the string holds characters only double quotes can escape. */
export function singleQuoted(s: string): string | null {
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f\u2028\u2029]/.test(s)) return null
  return `'${s.replace(/'/g, "''")}'`
}

export function formatKey(key: string, flow: boolean): string {
  return isPlainSafe(key, 'key', flow) ? key : doubleQuoted(key)
}

/** A value on one line: scalars, or flow collections for maps and lists. */
export function formatInline(value: unknown, style: StringStyle, flow: boolean, existing?: Scalar): string {
  if (typeof value === 'string') return formatString(value, style, flow, existing)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan'
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf'
    return String(value)
  }
  if (value === null || value === undefined) return 'null'
  if (Array.isArray(value)) return `[${value.map(v => formatInline(v, style, true)).join(', ')}]`
  if (isRecord(value)) {
    const entries = Object.entries(value).map(
      ([k, v]) => `${formatKey(k, true)}: ${formatInline(v, style, true)}`
    )
    return `{${entries.join(', ')}}`
  }
  return doubleQuoted(String(value))
}

function formatString(s: string, style: StringStyle, flow: boolean, existing?: Scalar): string {
  if (style === 'json') return s.includes('"') ? (singleQuoted(s) ?? doubleQuoted(s)) : doubleQuoted(s)
  if (existing?.type === Scalar.QUOTE_SINGLE) return singleQuoted(s) ?? doubleQuoted(s)
  if (
    style === 'default' &&
    existing?.type === Scalar.PLAIN &&
    typeof existing.value === 'string' &&
    isPlainSafe(s, 'value', flow)
  ) {
    return s
  }
  return doubleQuoted(s)
}

/**
 * Block lines for `k1: / k2: / … kn: value`, the first key at column `col`, each level `step` deeper.
 * A non-empty map value becomes nested block lines; anything else is written inline.
 */
export function blockLines(
  keys: readonly string[],
  value: unknown,
  col: number,
  step: number,
  style: StringStyle
): string[] {
  const lines: string[] = []
  keys.forEach((key, i) => {
    const pad = ' '.repeat(col + i * step)
    const k = formatKey(key, false)
    if (i < keys.length - 1) lines.push(`${pad}${k}:`)
    else if (isRecord(value) && Object.keys(value).length > 0) {
      lines.push(`${pad}${k}:`)
      for (const [ck, cv] of Object.entries(value))
        lines.push(...blockLines([ck], cv, col + (i + 1) * step, step, style))
    } else lines.push(`${pad}${k}: ${formatInline(value, style, false)}`)
  })
  return lines
}

/** `k1: {k2: {… kn: value}}` for flow maps. */
export function flowEntry(keys: readonly string[], value: unknown, style: StringStyle): string {
  const [first, ...rest] = keys
  const inner = rest.length === 0 ? formatInline(value, style, true) : `{${flowEntry(rest, value, style)}}`
  return `${formatKey(first, true)}: ${inner}`
}
