/**
 * Random Testkube values documents for the fix properties: the keys the rules look at (present, absent, wrong,
 * right) among filler keys, written in many styles: block and flow collections, plain, single- and
 * double-quoted and block scalars, comments before keys, after values and on the document, anchors with aliases
 * and merge keys, indentation 2 or 4, `---`, a BOM, CRLF, with or without a final newline.
 */
import fc from 'fast-check'
import { Document, isMap, isScalar, isSeq, Lexer, Scalar, visit } from 'yaml'
import type { Node } from 'yaml'

type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

const FILLER_KEYS = ['alpha', 'beta gamma', 'ключ', '1', 'x.y/z', 'with: colon', 'on', '#hash']

const scalar: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom<Value>(
    'false',
    'yes',
    'no',
    '~',
    '',
    'a: b',
    '#not a comment',
    "it's",
    '"q"',
    'ü €',
    '  lead'
  ),
  fc.constantFrom<Value>('two\nlines\n', 'tab\there', '{{ .Values.x }}', 'x'.repeat(90)),
  fc.integer({ min: -1000, max: 1000 }),
  fc.boolean(),
  fc.constant(null)
)

const filler: fc.Arbitrary<Value> = fc.letrec<{ node: Value }>(tie => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    scalar,
    fc.dictionary(fc.constantFrom(...FILLER_KEYS), tie('node'), { maxKeys: 3 }),
    fc.array(tie('node'), { maxLength: 3 })
  )
})).node

interface TestkubePart {
  inject: Value | undefined
  otherAnnotation: boolean
  apiExtra: Record<string, Value>
  hook: string
  template: boolean | undefined
  operator: boolean
}

/** What the rules read, in every state a repository may leave them. */
const testkubePart: fc.Arbitrary<TestkubePart> = fc.record({
  inject: fc.constantFrom<Value | undefined>(undefined, false, 'false', true, 'true', 'no'),
  otherAnnotation: fc.boolean(),
  apiExtra: fc.dictionary(fc.constantFrom(...FILLER_KEYS), filler, { maxKeys: 2 }),
  hook: fc.constantFrom('absent', 'empty', 'null', 'set', 'wrong'),
  template: fc.constantFrom<boolean | undefined>(undefined, true, false),
  operator: fc.boolean()
})

export interface DocStyle {
  indent: number
  flowEvery: number
  quote: 'plain' | 'double' | 'single' | 'mixed'
  comments: boolean
  docComment: boolean
  anchors: boolean
  mergeKey: boolean
  crlf: boolean
  bom: boolean
  finalNewline: boolean
  docStart: boolean
  order: number
}

const style: fc.Arbitrary<DocStyle> = fc.record({
  indent: fc.constantFrom(2, 4),
  flowEvery: fc.constantFrom(0, 2, 3),
  quote: fc.constantFrom('plain', 'double', 'single', 'mixed'),
  comments: fc.boolean(),
  docComment: fc.boolean(),
  anchors: fc.boolean(),
  mergeKey: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  docStart: fc.boolean(),
  order: fc.integer({ min: 0, max: 1000 })
})

export interface ValuesCase {
  /** The file's text, BOM included when there is one. */
  text: string
  style: DocStyle
}

/** A whole values file. */
export const valuesFile: fc.Arbitrary<ValuesCase> = fc
  .tuple(testkubePart, fc.dictionary(fc.constantFrom(...FILLER_KEYS), filler, { maxKeys: 3 }), style)
  .map(([tk, extra, s]) => ({ text: render(tree(tk, extra), s), style: s }))

function tree(tk: TestkubePart, extra: Record<string, Value>): Record<string, Value> {
  const api: Record<string, Value> = { ...tk.apiExtra }
  const annotations: Record<string, Value> = {}
  if (tk.otherAnnotation) annotations['example.com/owner'] = 'team-a'
  if (tk.inject !== undefined) annotations['sidecar.istio.io/inject'] = tk.inject
  if (tk.inject !== undefined || tk.otherAnnotation) api.jobPodAnnotations = annotations
  const out: Record<string, Value> = { 'testkube-api': api }
  if (tk.hook === 'empty') out.preUpgradeHook = { podAnnotations: {} }
  if (tk.hook === 'null') out.preUpgradeHook = { podAnnotations: null }
  if (tk.hook === 'set') out.preUpgradeHook = { podAnnotations: { 'sidecar.istio.io/inject': 'false' } }
  if (tk.hook === 'wrong')
    out.preUpgradeHook = { enabled: true, podAnnotations: { 'sidecar.istio.io/inject': 'true' } }
  if (tk.template !== undefined) out.global = { testWorkflows: { globalTemplate: { enabled: tk.template } } }
  if (tk.operator) out['testkube-operator'] = { enabled: true }
  return { ...out, ...extra }
}

function render(values: Record<string, Value>, s: DocStyle): string {
  const doc = new Document(values, { version: '1.1' })
  const root = doc.contents as Node
  // Key order: a rotation of the top-level keys.
  if (isMap(root) && root.items.length > 1) {
    const k = s.order % root.items.length
    root.items = [...root.items.slice(k), ...root.items.slice(0, k)]
  }
  let n = 0
  let anchored: Node | null = null
  let anchoredAt = -1 // the index of the top-level pair that holds the anchor
  visit(doc, {
    Collection(_key, node, path) {
      n++
      if (s.flowEvery > 0 && n % s.flowEvery === 0 && node !== root) node.flow = true
      if (s.anchors && !anchored && node !== root && isMap(node) && node.items.length > 0 && isMap(root)) {
        node.anchor = 'shared'
        anchored = node
        anchoredAt = root.items.indexOf(path[2] as never)
      }
    },
    Scalar(key, node) {
      n++
      if (typeof node.value === 'string' && key !== 'key') {
        const pick = s.quote === 'mixed' ? (['plain', 'double', 'single'] as const)[n % 3] : s.quote
        if (node.value.includes('\n') && n % 2 === 0) node.type = Scalar.BLOCK_LITERAL
        else if (pick === 'double') node.type = Scalar.QUOTE_DOUBLE
        else if (pick === 'single') node.type = Scalar.QUOTE_SINGLE
      }
    },
    Pair(_key, pair) {
      if (!s.comments) return
      n++
      if (isScalar(pair.key) && n % 3 === 0) pair.key.commentBefore = ` comment ${n} before`
      if (isScalar(pair.value) && n % 4 === 1) pair.value.comment = ` comment ${n} after`
      if ((isMap(pair.value) || isSeq(pair.value)) && !pair.value.flow && n % 5 === 2)
        pair.value.commentBefore = ` comment ${n} above`
    }
  })
  if (anchored && isMap(root)) {
    root.items.push(doc.createPair('copy-of-shared', doc.createAlias(anchored as never, 'shared')))
    // A merge key in testkube-api, when the anchor comes before it (an alias must follow its anchor).
    const apiAt = root.items.findIndex(p => isScalar(p.key) && p.key.value === 'testkube-api')
    const api = root.items[apiAt]?.value
    if (s.mergeKey && anchoredAt >= 0 && anchoredAt < apiAt && isMap(api) && !api.flow)
      api.items.unshift(doc.createPair('<<', doc.createAlias(anchored as never, 'shared')))
  }
  if (s.docComment) doc.commentBefore = ' Testkube values, written by a property test'
  let text = doc.toString({ indent: s.indent, directives: s.docStart ? true : undefined, lineWidth: 0 })
  if (!s.finalNewline) text = text.replace(/\n$/, '')
  if (s.crlf) text = text.replace(/\n/g, '\r\n')
  return (s.bom ? '\ufeff' : '') + text
}

/** The comments of a YAML text, as the lexer finds them (never `#` inside a scalar), trailing blanks trimmed. */
export function commentsOf(text: string): string[] {
  return [...new Lexer().lex(text.replace(/^\ufeff/, ''))]
    .filter(t => t.startsWith('#'))
    .map(t => t.trimEnd())
}

/** True when every comment of `before` is in `after`, as many times. */
export function keepsComments(before: string, after: string): boolean {
  const left = new Map<string, number>()
  for (const c of commentsOf(after)) left.set(c, (left.get(c) ?? 0) + 1)
  for (const c of commentsOf(before)) {
    const k = left.get(c) ?? 0
    if (k === 0) return false
    left.set(c, k - 1)
  }
  return true
}
