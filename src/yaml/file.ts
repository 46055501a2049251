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
 *
 * Hostile or broken input is refused with a message that names a line, never with a crash or a hang:
 * - nesting deeper than MAX_NESTING_DEPTH (`[[[[…`, a staircase of indented keys) is found by a linear text
 *   scan before the YAML parser sees the file, since the parser recurses once per level and a stack overflow
 *   inside it can take the whole process down; the file is refused whole (the fixer parses whole files);
 * - so is a file of more than MAX_NODES nodes (counted in the same scan): the parser needs about 1 KB per node;
 * - the parse stops at MAX_PARSE_ERRORS errors or MAX_DOCUMENTS documents, and refuses the file: a file of
 *   `}}}}…` or of `---` lines would otherwise cost an error object or a document per byte or two;
 * - a document whose aliases point nowhere, into themselves (a loop), or expand past MAX_ALIAS_COUNT (an alias
 *   bomb), or that has more aliases than that, is refused when parsed, so that readers never see it;
 * - a parse error drops its document only: the other documents of the file are still read.
 * Duplicate keys are allowed (Helm reads the last one, as `toJS` does) and noted in `warnings`.
 */
import { Composer, CST, isAlias, isMap, isPair, isScalar, isSeq, Parser, visit } from 'yaml'
import type { Document, Node, Pair } from 'yaml'

export const TEMPLATE_FILL = '§'
/** Aliases allowed per document before it is refused (an alias bomb expands exponentially). */
export const MAX_ALIAS_COUNT = 1000
/**
 * Block and flow levels allowed in a file. Real values files stay far below 50; the YAML parser overflows its
 * stack somewhere past 800, and every reader and the fixer recurse once per level too.
 */
export const MAX_NESTING_DEPTH = 256
/** Parse errors in a file past which it is refused: each costs the parser time and memory (a file of `}}}}…`). */
export const MAX_PARSE_ERRORS = 1000
/** Documents in a file past which it is refused (a stream of a million `---` takes the parser seconds and GBs). */
export const MAX_DOCUMENTS = 100_000
/**
 * Nodes (roughly counted before parsing) in a file past which it is refused: the parser takes about 1 KB and
 * 10 µs per node, so a file of a few MB holding only `[1,1,1,…` would take a minute and gigabytes. A large real
 * file (8 MB of Kubernetes manifests) has about 400,000.
 */
export const MAX_NODES = 1_000_000

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
  docs: YamlDoc[]
  /** Parse errors and refusals; a document with errors is left out of `docs`. */
  problems: ParseProblem[]
  /** Things worth saying that do not stop the file being read (duplicate keys). */
  warnings: ParseProblem[]
  /** True when the file only parsed with its templates masked. */
  templated: boolean
  lineAt(offset: number): number
  /** Plain JS of a document (cached); undefined when it cannot be converted (alias bomb). */
  js(docIndex: number): unknown
}

export function hasTemplates(text: string): boolean {
  return text.includes('{{') || text.includes('{%')
}

/** A template span in the original text and what the masked copy holds there. */
interface TemplateSpan {
  start: number
  end: number
  text: string
}

const TEMPLATE_CLOSER: Record<string, string> = { '{': '}}', '%': '%}', '#': '#}' }

/**
 * The `{{ }}`, `{% %}` and `{# #}` spans of a text, in order, each ending at the first closer after its opener.
 * Linear: an opener whose closer no longer occurs is not looked for again (a lazy regex would rescan the rest
 * of the text from every unclosed `{{`).
 */
export function templateSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  const dead = new Set<string>()
  for (let j = text.indexOf('{'); j >= 0 && dead.size < 3;) {
    const kind = text[j + 1]
    const closer = TEMPLATE_CLOSER[kind]
    if (closer === undefined || dead.has(kind)) {
      j = text.indexOf('{', j + 1)
      continue
    }
    const close = text.indexOf(closer, j + 2)
    if (close < 0) {
      dead.add(kind)
      j = text.indexOf('{', j + 1)
      continue
    }
    out.push({ start: j, end: close + 2 })
    j = text.indexOf('{', close + 2)
  }
  return out
}

const WHITESPACE = /\s/

/** Replace templates keeping every offset: whole-line templates become blanks, inline ones `§` runs. */
export function maskTemplates(
  text: string,
  spans: TemplateSpan[] = [],
  lineStarts: readonly number[] = computeLineStarts(text)
): string {
  const found = templateSpans(text)
  if (found.length === 0) return text
  // First and last non-blank offsets of a line, computed once per line: a template is alone on its line when
  // nothing but blanks comes before it on its first line and after it on its last.
  const first = new Map<number, number>()
  const last = new Map<number, number>()
  const lineEnd = (line: number): number => (line < lineStarts.length ? lineStarts[line] - 1 : text.length)
  const firstNonBlank = (line: number): number => {
    let at = first.get(line)
    if (at === undefined) {
      const end = lineEnd(line)
      at = lineStarts[line - 1]
      while (at < end && WHITESPACE.test(text[at])) at++
      first.set(line, at)
    }
    return at
  }
  const lastNonBlank = (line: number): number => {
    let at = last.get(line)
    if (at === undefined) {
      const start = lineStarts[line - 1]
      at = lineEnd(line) - 1
      while (at >= start && WHITESPACE.test(text[at])) at--
      last.set(line, at)
    }
    return at
  }
  const out: string[] = []
  let done = 0
  for (const { start, end } of found) {
    const aloneOnLine =
      firstNonBlank(lineOfOffset(lineStarts, start)) >= start &&
      lastNonBlank(lineOfOffset(lineStarts, end)) < end
    const span = text.slice(start, end)
    if (!aloneOnLine) spans.push({ start, end, text: span })
    out.push(text.slice(done, start), span.replace(/[^\r\n]/g, aloneOnLine ? ' ' : TEMPLATE_FILL))
    done = end
  }
  out.push(text.slice(done))
  return out.join('')
}

export const PARSE_OPTIONS = {
  version: '1.1' as const,
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  strict: false
}

/** A file that is not YAML (Terraform): its text and lines, no documents. */
export function textFile(path: string, text: string): RepoFile {
  const lineStarts = computeLineStarts(text)
  return {
    path,
    text,
    docs: [],
    problems: [],
    warnings: [],
    templated: false,
    lineAt: offset => lineOfOffset(lineStarts, offset),
    js: () => undefined
  }
}

/**
 * Parse `text` (already decoded, BOM removed) as the file at `path`. Never throws.
 *
 * `parsed`: the documents of this very `text` as parseYamlDocuments read them, when someone already did (the
 * fixer's read-back check of the text it wrote); they are taken as they are, and everything else is as without.
 */
export function parseRepoFile(
  path: string,
  text: string,
  parsed?: { docs: Document.Parsed[]; templated: boolean }
): RepoFile {
  const lineStarts = computeLineStarts(text)
  const lineAt = (offset: number): number => lineOfOffset(lineStarts, offset)
  const problems: ParseProblem[] = []
  const warnings: ParseProblem[] = []
  let templated = false
  let documents: Document.Parsed[] = []
  const shape = scanStructure(text)
  if (shape.tooDeepLine !== null) {
    problems.push({
      line: shape.tooDeepLine,
      message: `refused: YAML nested more than ${MAX_NESTING_DEPTH} levels deep; the file is not read`
    })
  } else if (shape.tooManyNodesLine !== null) {
    problems.push({
      line: shape.tooManyNodesLine,
      message: `refused: more than ${MAX_NODES} YAML nodes; the file is not read`
    })
  } else if (parsed) {
    ;({ docs: documents, templated } = parsed)
  } else {
    try {
      ;({ docs: documents, templated } = parseYamlDocuments(text, lineStarts, shape.bareTemplate))
    } catch (err) {
      const line = err instanceof ParseLimit ? lineAt(err.offset) : 1
      const message =
        err instanceof ParseLimit
          ? `refused: ${err.message}; the file is not read`
          : `cannot parse: ${describeError(err)}`
      problems.push({ line, message })
      documents = []
    }
  }

  const cache = new Map<number, unknown>()
  const docs: YamlDoc[] = []
  const mayHaveAliases = text.includes('*')
  documents.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors.slice(0, 3)) {
        problems.push({
          line: lineAt(errorOffset(text, e.pos[0], e.message)),
          message: cleanYamlMessage(e.message)
        })
      }
      return
    }
    const contents = doc.contents as Node | null
    const start = contents?.range?.[0] ?? doc.range[0]
    const line = lineAt(start)
    const checked = inspectDocument(doc, mayHaveAliases, !templated)
    for (const d of checked.duplicates.sort((a, b) => a.offset - b.offset))
      warnings.push({
        line: lineAt(d.offset),
        message: `duplicate key ${JSON.stringify(d.key)} (also on line ${lineAt(d.firstOffset)}): Helm reads the last one`
      })
    if (checked.hasAliases) {
      // Refused here rather than when a reader asks for the values, so that the refusal is reported with the
      // file and no reader sees a document it cannot use.
      const refusal = checked.aliasProblem ?? expandAliases(doc, index, cache)
      if (refusal) {
        problems.push({
          line: lineAt(refusal.offset ?? start),
          message: `document refused: ${refusal.message}`
        })
        return
      }
    }
    docs.push({ index, doc, line, empty: contents == null || isEmptyScalar(contents) })
  })
  const byIndex = new Map(docs.map(d => [d.index, d]))

  return {
    path,
    text,
    docs,
    problems,
    warnings,
    templated,
    lineAt,
    js(docIndex: number): unknown {
      if (cache.has(docIndex)) return cache.get(docIndex)
      const d = byIndex.get(docIndex)
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

/**
 * The documents of a text, read the one way the scan and the fixer share (so that document indexes and node paths
 * agree between them). `key: {{ .x }}` is valid YAML (a flow map inside a flow map) but means a templated scalar:
 * a text whose parse fails, or yields collection keys, is parsed again with its templates masked, and the
 * scalars over a template get their text back. A `{{` where a node starts (`bareTemplate`, see scanStructure)
 * always does one or the other, so such a text is parsed masked at once: parsing it as it is costs an error
 * object per template, which on a long line of templates is minutes and gigabytes. Throws ParseLimit past the
 * parse limits.
 */
export function parseYamlDocuments(
  text: string,
  lineStarts: readonly number[],
  bareTemplate: boolean
): { docs: Document.Parsed[]; templated: boolean } {
  const templates = hasTemplates(text)
  const docs = bareTemplate && templates ? [] : parseDocuments(text)
  if (!templates || !(bareTemplate || docs.some(d => d.errors.length > 0 || hasCollectionKey(d))))
    return { docs, templated: false }
  const spans: TemplateSpan[] = []
  const masked = parseDocuments(maskTemplates(text, spans, lineStarts))
  restoreTemplatedScalars(masked, spans)
  return { docs: masked, templated: true }
}

/** A file past one of the parse limits; `offset` is where the limit was crossed. */
class ParseLimit extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

type ErrorSource = number | [number, number] | { offset: number }

/**
 * `parseAllDocuments`, bounded: the parse stops at the MAX_PARSE_ERRORS-th error or the MAX_DOCUMENTS-th
 * document (throwing ParseLimit), and yaml's errors are made without a stack trace, which is most of what an
 * error costs. Errors reach the composer two ways: as `error` tokens of the parser, and through its `onError`.
 */
function parseDocuments(text: string): Document.Parsed[] {
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    const limits = new ParseLimits()
    const composer = new Composer(PARSE_OPTIONS)
    const hook = composer as unknown as {
      onError: (source: ErrorSource, code: string, message: string, warning?: boolean) => void
    }
    const onError = hook.onError
    hook.onError = (source, code, message, warning) => {
      if (!warning)
        limits.error(typeof source === 'number' ? source : Array.isArray(source) ? source[0] : source.offset)
      onError(source, code, message, warning)
    }
    const swapped = new Set<number>()
    const tokens = new CountedTokens(new Parser().parse(text), limits, swapped)
    const docs = Array.from(composer.compose(tokens)) as Document.Parsed[]
    if (swapped.size > 0) restoreDoubleQuoted(docs, swapped)
    return docs
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

/** The errors and documents of one parse, counted against the limits. */
class ParseLimits {
  private errors = 0
  private documents = 0

  error(offset: number): void {
    if (++this.errors > MAX_PARSE_ERRORS)
      throw new ParseLimit(`more than ${MAX_PARSE_ERRORS} YAML errors`, offset)
  }

  document(offset: number): void {
    if (++this.documents > MAX_DOCUMENTS)
      throw new ParseLimit(`more than ${MAX_DOCUMENTS} YAML documents`, offset)
  }
}

/**
 * The parser's tokens on their way to the composer, counted. A plain iterator rather than a generator: the
 * parser already stacks generators, and the one that counted here showed as about a tenth of the parsing time in
 * CPU profiles of a scan (a few hundred small files, parsed while the code is cold). With it and inspectDocument's
 * own walk, a process parsing the 20,000-file benchmark's candidates runs 4–7% fewer instructions (callgrind).
 */
class CountedTokens implements IterableIterator<CST.Token> {
  constructor(
    private readonly tokens: Iterator<CST.Token>,
    private readonly limits: ParseLimits,
    /** Offsets of the long double-quoted scalars read as single-quoted ones (see readLongQuotedFast). */
    private readonly swapped: Set<number>
  ) {}

  [Symbol.iterator](): this {
    return this
  }

  next(): IteratorResult<CST.Token> {
    const step = this.tokens.next()
    if (step.done !== true) {
      const token = step.value
      if (token.type === 'error') this.limits.error(token.offset)
      else if (token.type === 'document') {
        this.limits.document(token.offset)
        readLongQuotedFast(token, this.swapped)
      }
    }
    return step
  }
}

/** Double-quoted scalars longer than this are read the fast way when they can be (readLongQuotedFast). */
const LONG_QUOTED = 64 * 1024

/**
 * yaml reads a double-quoted scalar a character at a time into a string (a 7 MB one took two seconds and 300 MB,
 * and the fixer parses a file again after every edit), and a single-quoted one in one slice. A long double-quoted
 * scalar with no escape, no line break and no `'` means exactly what the same text single-quoted means: its
 * token is read as that, and the scalar gets its double-quoted style back after composing (restoreDoubleQuoted).
 */
function readLongQuotedFast(doc: CST.Document, swapped: Set<number>): void {
  const swap = (t: CST.Token | undefined): void => {
    if (t?.type !== 'double-quoted-scalar' || t.source.length <= LONG_QUOTED) return
    if (/[\\\n\r']/.test(t.source.slice(1, -1))) return
    t.type = 'single-quoted-scalar'
    t.source = `'${t.source.slice(1, -1)}'`
    swapped.add(t.offset)
  }
  swap(doc.value)
  CST.visit(doc, item => {
    swap(item.key ?? undefined)
    swap(item.value)
  })
}

function restoreDoubleQuoted(docs: readonly Document.Parsed[], swapped: ReadonlySet<number>): void {
  for (const doc of docs)
    visit(doc, {
      Scalar(_, node) {
        if (node.range && swapped.has(node.range[0])) node.type = 'QUOTE_DOUBLE'
      }
    })
}

interface AliasProblem {
  offset?: number
  message: string
}

interface DocumentFacts {
  hasAliases: boolean
  /** An alias that names no anchor before it, or sits inside the node it names (a loop). */
  aliasProblem: AliasProblem | null
  duplicates: { key: string; offset: number; firstOffset: number }[]
}

/**
 * One walk over a document: its aliases (when the text has a `*` at all) and its duplicate keys. A walk of its
 * own rather than yaml's `visit`, which copies the path of ancestors for every node it visits; the aliases' loop
 * check needs only the collections above the alias, kept here in one stack.
 */
function inspectDocument(
  doc: Document.Parsed,
  lookForAliases: boolean,
  lookForDuplicates: boolean
): DocumentFacts {
  const facts: DocumentFacts = { hasAliases: false, aliasProblem: null, duplicates: [] }
  if (!lookForAliases && !lookForDuplicates) return facts
  const anchors = new Map<string, Node>()
  const ancestors: Node[] = []
  let aliases = 0
  /** Visit `node` and what it holds in document order (an anchor counts from its node on); false: stop. */
  const walk = (node: unknown): boolean => {
    if (isAlias(node)) {
      if (!lookForAliases) return true
      facts.hasAliases = true
      // yaml resolves each alias by a scan of the anchors and aliases before it: quadratic in their number.
      if (++aliases > MAX_ALIAS_COUNT) {
        facts.aliasProblem = { offset: node.range?.[0], message: `more than ${MAX_ALIAS_COUNT} aliases` }
        return false
      }
      const target = anchors.get(node.source)
      const offset = node.range?.[0]
      if (target === undefined) {
        facts.aliasProblem = {
          offset,
          message: `the alias *${node.source} has no anchor &${node.source} before it`
        }
        return false
      }
      if (ancestors.includes(target)) {
        facts.aliasProblem = {
          offset,
          message: `the alias *${node.source} is inside the node &${node.source} it repeats (a loop)`
        }
        return false
      }
      return true
    }
    const isCollection = isMap(node) || isSeq(node)
    if (!isCollection && !isScalar(node)) return true
    if (lookForAliases && node.anchor) anchors.set(node.anchor, node)
    if (!isCollection) return true
    if (lookForDuplicates && isMap(node) && node.items.length > 1)
      findDuplicateKeys(node.items as Pair[], facts)
    ancestors.push(node)
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        if (!walk(item.key) || !walk(item.value)) return false
      } else if (!walk(item)) return false
    }
    ancestors.pop()
    return true
  }
  walk(doc.contents)
  return facts
}

function findDuplicateKeys(pairs: readonly Pair[], facts: DocumentFacts): void {
  const seen = new Map<string, number>()
  for (const pair of pairs) {
    const key = pair.key as Node | null
    if (!isScalar(key) || typeof key.value === 'symbol' || key.value === '<<' || key.range == null) continue
    const name = String(key.value)
    const first = seen.get(name)
    if (first === undefined) seen.set(name, key.range[0])
    else facts.duplicates.push({ key: name, offset: key.range[0], firstOffset: first })
  }
}

/** Convert a document with aliases now, under the alias cap; the refusal, or null with the value cached. */
function expandAliases(
  doc: Document.Parsed,
  index: number,
  cache: Map<number, unknown>
): AliasProblem | null {
  try {
    cache.set(index, doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))
    return null
  } catch (err) {
    if (err instanceof ReferenceError && /excessive alias count/i.test(err.message))
      return { message: `its aliases expand too far (more than ${MAX_ALIAS_COUNT} copies: an alias bomb?)` }
    return { message: describeError(err) }
  }
}

export interface TextStructure {
  /** The first line where the text nests deeper than the limit, or null. */
  tooDeepLine: number | null
  /** The line where the text passes the node budget, or null: nodes are counted roughly (lines, keys, items). */
  tooManyNodesLine: number | null
  /** A `{{` where a YAML node starts (not inside a quoted scalar, a comment or a block scalar). */
  bareTemplate: boolean
}

/**
 * What a text's shape is, without parsing it: one pass that follows indentation, `- `/`? ` indicators, flow
 * brackets, quotes, comments and block scalars closely enough to count levels (it may miscount a level in odd
 * corners, never by much). The YAML parser, and everything that walks its result, recurses once per level; past
 * a few hundred the stack overflows. The scan stops at the first line deeper than `limit`.
 */
export function scanStructure(text: string, limit = MAX_NESTING_DEPTH, maxNodes = MAX_NODES): TextStructure {
  const n = text.length
  let bareTemplate = false
  let nodes = 0
  const done = (tooDeepLine: number | null, tooManyNodesLine: number | null): TextStructure => ({
    tooDeepLine,
    tooManyNodesLine,
    bareTemplate
  })
  // The block levels open at the current line: their indentation, and whether each is a sequence.
  const indents: number[] = []
  const seqs: boolean[] = []
  let flow = 0 // open flow collections
  let flowBase = 0 // block levels under the outermost open flow collection
  let quote = 0 // the open quote's char code, 0 when none
  let scalarIndent = -2 // > -2: inside a block scalar below a line indented this much
  let line = 0
  /** Push a block level at `column` (deeper than every open one); false past the limit. */
  const openLevel = (column: number, seq: boolean): boolean => {
    indents.push(column)
    seqs.push(seq)
    return indents.length <= limit
  }
  for (let i = 0; i < n;) {
    line++
    let end = text.indexOf('\n', i)
    if (end < 0) end = n
    let p = i
    let first = true // the next indicator or key is the one the indentation stack already counts
    let quotedKeyColumn = -1 // the column of a quoted scalar after `- `, which may be a key
    if (quote === 0 && flow === 0) {
      while (p < end && text.charCodeAt(p) === SPACE) p++
      const indent = p - i
      while (p < end && isBlank(text.charCodeAt(p))) p++
      const c = text.charCodeAt(p)
      if (p >= end || c === CR) {
        i = end + 1 // a blank line, in or out of a block scalar
        continue
      }
      if (scalarIndent > -2) {
        if (indent > scalarIndent) {
          i = end + 1
          continue
        }
        scalarIndent = -2
      }
      if (c === HASH || (indent === 0 && c === PERCENT)) {
        i = end + 1
        continue
      }
      if (++nodes > maxNodes) return done(null, line)
      if (indent === 0 && isDocumentMarker(text, p)) {
        indents.length = 0
        seqs.length = 0
        p += 3
        first = false
      } else {
        const seqItem = c === DASH && isSpaceOrEnd(text.charCodeAt(p + 1))
        while (indents.length > 0 && indents[indents.length - 1] > indent) {
          indents.pop()
          seqs.pop()
        }
        const top = indents.length - 1
        if (top >= 0 && indents[top] === indent && seqs[top] && !seqItem) {
          indents.pop() // a sequence at its parent key's indentation ends with the next key
          seqs.pop()
        }
        const now = indents.length - 1
        if (now < 0 || indents[now] < indent || (indents[now] === indent && seqItem && !seqs[now])) {
          indents.push(indent)
          seqs.push(seqItem)
          if (indents.length > limit) return done(line, null)
        }
      }
    }
    // The rest of the line: nodes in block context, or the inside of an open quote or flow collection.
    while (p < end) {
      if (quote !== 0) {
        p = skipQuoted(text, p, end, quote)
        if (p >= end) break // the quote goes on on the next line
        quote = 0
        p++
        if (quotedKeyColumn >= 0 && flow === 0) {
          // A quoted key after `- ` opens a map at its column, like a plain one.
          let q = p
          while (q < end && isBlank(text.charCodeAt(q))) q++
          if (
            text.charCodeAt(q) === COLON &&
            isSpaceOrEnd(text.charCodeAt(q + 1)) &&
            !openLevel(quotedKeyColumn, false)
          )
            return done(line, null)
        }
        quotedKeyColumn = -1
        continue
      }
      const c = text.charCodeAt(p)
      if (flow > 0) {
        if (c === OPEN_SQUARE || c === OPEN_CURLY) {
          if (c === OPEN_CURLY && text.charCodeAt(p + 1) === OPEN_CURLY) bareTemplate = true
          flow++
          if (flowBase + flow > limit) return done(line, null)
        } else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) {
          flow--
        } else if (c === COMMA) {
          if (++nodes > maxNodes) return done(null, line)
        } else if ((c === DQUOTE || c === SQUOTE) && (p === i || opensQuote(text.charCodeAt(p - 1)))) {
          quote = c
        } else if (c === HASH && (p === i || isSpace(text.charCodeAt(p - 1)))) {
          break
        }
        p++
        continue
      }
      // Block context: the start of a node.
      if (isSpace(c)) {
        p++
        continue
      }
      if (c === HASH) break
      if ((c === DASH || c === QUESTION || c === COLON) && isSpaceOrEnd(text.charCodeAt(p + 1))) {
        // A compact `- - a` or `? - a`: a level at this column, which the next lines may continue.
        if (!first && c !== COLON && !openLevel(p - i, c === DASH)) return done(line, null)
        first = false
        p++
        continue
      }
      if (c === AMPERSAND || c === BANG || c === STAR) {
        while (p < end && !isSpace(text.charCodeAt(p))) p++
        continue
      }
      if (c === OPEN_SQUARE || c === OPEN_CURLY) {
        if (c === OPEN_CURLY && text.charCodeAt(p + 1) === OPEN_CURLY) bareTemplate = true
        flowBase = indents.length
        flow = 1
        if (flowBase + flow > limit) return done(line, null)
        p++
        continue
      }
      if (c === DQUOTE || c === SQUOTE) {
        quote = c
        if (!first) quotedKeyColumn = p - i
        first = false
        p++
        continue
      }
      if (c === PIPE || c === GREATER) {
        scalarIndent = indentOf(text, i, end) // lines indented deeper than this one are the scalar's text
        break
      }
      // A plain scalar: a key when `: ` follows on this line, else the rest of the line is its text.
      let q = p
      while (q < end) {
        const d = text.charCodeAt(q)
        if (d === COLON && isSpaceOrEnd(text.charCodeAt(q + 1))) break
        if (d === HASH && isSpace(text.charCodeAt(q - 1))) {
          q = end
          break
        }
        q++
      }
      if (q >= end) break
      // A key after `- ` opens a map at its column (`- a: 1` then `  b: 2`).
      if (!first && !openLevel(p - i, false)) return done(line, null)
      if (++nodes > maxNodes) return done(null, line)
      first = false
      p = q + 1
    }
    i = end + 1
  }
  return done(null, null)
}

const SPACE = 32
const TAB = 9
const CR = 13
const LF = 10
const HASH = 35
const PERCENT = 37
const DASH = 45
const QUESTION = 63
const COLON = 58
const AMPERSAND = 38
const BANG = 33
const STAR = 42
const OPEN_SQUARE = 91
const CLOSE_SQUARE = 93
const OPEN_CURLY = 123
const CLOSE_CURLY = 125
const DQUOTE = 34
const SQUOTE = 39
const PIPE = 124
const GREATER = 62
const COMMA = 44
const BACKSLASH = 92

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB
}

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === CR || c === LF
}

/** A space, a line end or the end of the text (charCodeAt past the end is NaN). */
function isSpaceOrEnd(c: number): boolean {
  return isSpace(c) || Number.isNaN(c)
}

/** Inside a flow collection a quote opens a scalar only where a scalar can start. */
function opensQuote(prev: number): boolean {
  return isSpace(prev) || prev === OPEN_SQUARE || prev === OPEN_CURLY || prev === COMMA || prev === COLON
}

function isDocumentMarker(text: string, p: number): boolean {
  const head = text.slice(p, p + 3)
  return (head === '---' || head === '...') && isSpaceOrEnd(text.charCodeAt(p + 3))
}

function indentOf(text: string, start: number, end: number): number {
  let p = start
  while (p < end && text.charCodeAt(p) === SPACE) p++
  return p - start
}

/** The offset of the closing quote at or after `p` on this line, or `end` when the quote goes on. */
function skipQuoted(text: string, p: number, end: number, quote: number): number {
  for (let q = p; q < end; q++) {
    const c = text.charCodeAt(q)
    if (quote === DQUOTE && c === BACKSLASH) {
      q++
      continue
    }
    if (c === quote) {
      if (quote === SQUOTE && text.charCodeAt(q + 1) === SQUOTE) {
        q++
        continue
      }
      return q
    }
  }
  return end
}

/**
 * Where to point for an error: an unclosed flow collection is found where the next thing starts (the next
 * document, the end of the text), so it is pointed at the last text before that, where it was left open.
 */
function errorOffset(text: string, offset: number, message: string): number {
  if (offset < text.length && !/end with an? [}\]]/.test(message)) return offset
  let at = Math.min(offset, text.length) - 1
  while (at > 0 && /\s/.test(text[at])) at--
  return Math.max(0, at)
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
  if (/Maximum call stack size exceeded/.test(message)) return 'nesting too deep'
  return (
    message
      .split('\n')[0]
      .replace(/ at line \d+, column \d+:?$/, '')
      // Never quote the text the parser tripped on: it may be a credential.
      .replace(/: "(?:[^"\\]|\\.)*"?$/, '')
      .replace(/^(Block scalar header includes extra characters|Not a YAML token):.*$/, '$1')
      .trim()
  )
}

/** Values a template engine (Go, Flux/Terraform `${}`) fills in later: never judged as literal, never rewritten. */
export function isTemplatedValue(value: unknown): boolean {
  if (typeof value !== 'string') return false
  if (value.includes('{{')) return true
  // `${…}`; the same as /\$\{[^}]*\}/ without its rescans from every `${` of a long value.
  const open = value.indexOf('${')
  return open >= 0 && value.indexOf('}', open + 2) >= 0
}
