/**
 * A repository file parsed once into YAML documents, shared by every format module.
 *
 * Values are parsed with the YAML 1.1 schema because that is what Helm and Kubernetes clients read
 * (go-yaml v2 via sigs.k8s.io/yaml): `inject: no` is the boolean false to Helm, and must be judged so.
 *
 * Go templates (`{{ }}`) make many GitOps files invalid YAML. When a file does not parse and holds templates,
 * it is parsed again from a copy in which each template span keeps its length (so offsets and lines still point
 * into the real text): a template alone on its line becomes blanks, one inside a line becomes a run of `§`.
 * Scalars that overlap a template get back their original text, so templated values stay visibly templated.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, visit } from 'yaml'
import type { Node, Document } from 'yaml'

export const TEMPLATE_FILL = '§'
/** Aliases allowed per document before it is refused (an alias bomb expands exponentially). */
export const MAX_ALIAS_COUNT = 1000

export interface YamlDoc {
  index: number
  doc: Document.Parsed
  /** 1-based line of the document's first content. */
  line: number
  /** True when the document holds nothing (a lone `---`, comments only). */
  empty: boolean
}

export interface ParseProblem {
  line: number
  message: string
}

export interface RepoFile {
  /** Repo-relative, with `/`. */
  path: string
  text: string
  eol: '\n' | '\r\n'
  docs: YamlDoc[]
  /** Parse errors and refusals; a document with errors is left out of `docs`. */
  problems: ParseProblem[]
  /** True when the file only parsed with its templates masked. */
  templated: boolean
  lineAt(offset: number): number
  /** Plain JS of a document (cached); undefined when it cannot be converted (alias bomb). */
  js(docIndex: number): unknown
}

const TEMPLATE_SPAN = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g

export function hasTemplates(text: string): boolean {
  return text.includes('{{') || text.includes('{%')
}

/** A template span in the original text and what the masked copy holds there. */
interface TemplateSpan {
  start: number
  end: number
  text: string
}

/** Replace templates keeping every offset: whole-line templates become blanks, inline ones `§` runs. */
export function maskTemplates(text: string, spans: TemplateSpan[] = []): string {
  return text.replace(TEMPLATE_SPAN, (span, offset: number) => {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1
    let lineEnd = text.indexOf('\n', offset + span.length)
    if (lineEnd < 0) lineEnd = text.length
    const before = text.slice(lineStart, offset)
    const after = text.slice(offset + span.length, lineEnd)
    const aloneOnLine = before.trim() === '' && after.trim() === ''
    if (!aloneOnLine) spans.push({ start: offset, end: offset + span.length, text: span })
    return span.replace(/[^\r\n]/g, aloneOnLine ? ' ' : TEMPLATE_FILL)
  })
}

export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n')
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n'
}

export const PARSE_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  strict: false
}

/** Parse `text` (already decoded, BOM removed) as the file at `path`. Never throws. */
export function parseRepoFile(path: string, text: string): RepoFile {
  const lineStarts = computeLineStarts(text)
  const problems: ParseProblem[] = []
  let templated = false
  let parsed: Document.Parsed[] = []
  try {
    parsed = parseAllDocuments(text, PARSE_OPTIONS) as Document.Parsed[]
    if (!Array.isArray(parsed)) parsed = [] // an empty stream yields an EmptyStream object
    // `key: {{ .x }}` is valid YAML (a flow map inside a flow map) but means a templated scalar: a file whose
    // parse fails, or yields collection keys, is parsed again with its templates masked.
    if (hasTemplates(text) && parsed.some(d => d.errors.length > 0 || hasCollectionKey(d))) {
      const spans: TemplateSpan[] = []
      const masked = maskTemplates(text, spans)
      const retry = parseAllDocuments(masked, PARSE_OPTIONS) as Document.Parsed[]
      if (Array.isArray(retry)) {
        parsed = retry
        templated = true
        restoreTemplatedScalars(parsed, spans)
      }
    }
  } catch (err) {
    problems.push({ line: 1, message: `cannot parse: ${describeError(err)}` })
    parsed = []
  }
  const lineAt = (offset: number): number => lineOfOffset(lineStarts, offset)

  const docs: YamlDoc[] = []
  parsed.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors.slice(0, 3)) {
        problems.push({ line: lineAt(e.pos[0]), message: cleanYamlMessage(e.message) })
      }
      return
    }
    const contents = doc.contents as Node | null
    const start = contents?.range?.[0] ?? doc.range[0]
    docs.push({ index, doc, line: lineAt(start), empty: contents == null || isEmptyScalar(contents) })
  })

  const cache = new Map<number, unknown>()
  return {
    path,
    text,
    eol: detectEol(text),
    docs,
    problems,
    templated,
    lineAt,
    js(docIndex: number): unknown {
      if (cache.has(docIndex)) return cache.get(docIndex)
      const d = docs.find(x => x.index === docIndex)
      let value: unknown
      if (d) {
        try {
          value = d.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
        } catch (err) {
          problems.push({ line: d.line, message: `document refused: ${describeError(err)}` })
          value = undefined
        }
      }
      cache.set(docIndex, value)
      return value
    }
  }
}

function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && (node.value === null || node.value === '')
}

export function computeLineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 1-based line of a character offset (binary search over line starts). */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid] <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

function hasCollectionKey(doc: Document.Parsed): boolean {
  let found = false
  visit(doc, {
    Pair(_key, pair) {
      if (isMap(pair.key) || isSeq(pair.key)) {
        found = true
        return visit.BREAK
      }
    }
  })
  return found
}

/**
 * After a masked parse, give scalars that covered a template their template text back: each run of `§` in the
 * scalar's value is, in order, one masked span inside the scalar's source range.
 */
function restoreTemplatedScalars(docs: Document.Parsed[], spans: readonly TemplateSpan[]): void {
  if (spans.length === 0) return
  for (const doc of docs) {
    visit(doc, {
      Scalar(_key, node) {
        const range = node.range
        if (!range || typeof node.value !== 'string' || !node.value.includes(TEMPLATE_FILL)) return
        const inside = spans.filter(sp => sp.start >= range[0] && sp.end <= range[2])
        let i = 0
        node.value = node.value.replace(/§+/g, run => (i < inside.length ? inside[i++].text : run))
      }
    })
  }
}

export function describeError(err: unknown): string {
  if (err instanceof RangeError) return 'nesting too deep'
  const msg = err instanceof Error ? err.message : String(err)
  return cleanYamlMessage(msg)
}

/** yaml's messages end with a code frame and position; keep the first sentence. */
export function cleanYamlMessage(message: string): string {
  return message
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim()
}

/** Values a template engine (Go, Flux/Terraform `${}`) fills in later: never judged as literal, never rewritten. */
export function isTemplatedValue(value: unknown): boolean {
  return typeof value === 'string' && (value.includes('{{') || /\$\{[^}]*\}/.test(value))
}
