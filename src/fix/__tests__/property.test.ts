/**
 * Random documents in many styles (indentation, flow maps, null spellings, comments, CRLF, no final newline) and
 * random edits: an edit either lands (the value is there, everything else is as before, a second run changes
 * nothing) or is refused with a reason, and never produces text that fails its own read-back check.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { Document, isMap, isScalar, visit } from 'yaml'
import { parseRepoFile } from '../../yaml/file.js'
import { applyEdits } from '../apply.js'
import { cloneTree, setAt } from '../tree.js'
import type { PlannedEdit } from '../../model.js'

const KEYS = ['a', 'b', 'testkube-api', 'podAnnotations', 'sidecar.istio.io/inject', 'x y', '1', 'on', 'k#c']

type Tree = { [k: string]: Tree | string | number | boolean | null }

const leaf = fc.oneof(
  fc.constantFrom('false', 'text', '', 'a: b', '#x'),
  fc.boolean(),
  fc.integer(),
  fc.constant(null)
)
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>(tie => ({
  node: fc.dictionary(fc.constantFrom(...KEYS), fc.oneof({ depthSize: 'small' }, leaf, tie('node')), {
    maxKeys: 4
  })
})).node

const style = fc.record({
  indent: fc.integer({ min: 2, max: 4 }),
  flowEmpty: fc.boolean(),
  flowSome: fc.boolean(),
  nullStr: fc.constantFrom('null', '~', ''),
  comments: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
  docStart: fc.boolean()
})

function render(t: Tree, s: Style): string {
  const doc = new Document(t, { version: '1.1' })
  let n = 0
  visit(doc, {
    Map(_key, m) {
      if (m.items.length === 0 && s.flowEmpty) m.flow = true
      else if (s.flowSome && n++ % 3 === 2) m.flow = true
    },
    Pair(_key, pair) {
      if (!s.comments) return
      if (isScalar(pair.key) && n++ % 2 === 0) pair.key.commentBefore = ' before'
      if (isScalar(pair.value) && n++ % 3 === 0) pair.value.comment = ' after'
      if (isMap(pair.value) && !pair.value.flow && n++ % 2 === 0) pair.value.comment = ' trailing'
    }
  })
  let text = doc.toString({ indent: s.indent, nullStr: s.nullStr, directives: s.docStart ? true : undefined })
  if (!s.finalNewline) text = text.replace(/\n$/, '')
  if (s.crlf) text = text.replace(/\n/g, '\r\n')
  return text
}

interface Style {
  indent: number
  flowEmpty: boolean
  flowSome: boolean
  nullStr: string
  comments: boolean
  crlf: boolean
  finalNewline: boolean
  docStart: boolean
}

const edit = fc.record({
  path: fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 4 }),
  value: fc.constantFrom<unknown>('false', true, 3, 'on', '{"a":1}')
})

function mapEdit(path: string[], value: unknown): PlannedEdit {
  return {
    target: { type: 'yaml-map', file: 'f', docIndex: 0, nodePath: [] },
    path,
    op: 'set',
    value,
    ruleId: 'T',
    releaseId: 'r'
  }
}

describe('random documents and edits', () => {
  it('either fixes exactly what was asked or refuses, and is idempotent', () => {
    fc.assert(
      fc.property(tree, style, fc.array(edit, { minLength: 1, maxLength: 3 }), (t, s, edits) => {
        const text = render(t, s)
        const before = parseRepoFile('f', text)
        if (before.problems.length > 0) return // yaml wrote something it cannot read back: not ours to test
        const planned = edits.map(e => mapEdit(e.path, e.value))
        const result = applyEdits('f', text, planned)
        for (const pr of result.problems) {
          expect(pr.message).not.toContain('did not read back')
          expect(pr.message).toMatch(/is not a map|merge key/)
        }
        // What the document must read as: the old tree with the edits that were not refused.
        let expected: unknown = cloneTree(before.js(0))
        planned.forEach(e => {
          if (
            !result.problems.some(pr =>
              pr.message.startsWith(`cannot fix T (${e.path.map(k => k.replace(/\./g, '\\.')).join('.')})`)
            )
          )
            expected = setAt(expected, e.path, e.value)
        })
        const after = parseRepoFile('f', result.text)
        expect(after.problems).toEqual([])
        if (result.problems.length === 0) expect(after.js(0)).toEqual(expected)
        // The parse it hands the scan after writing reads as a parse of its text does.
        const handed = parseRepoFile('f', result.text, {
          docs: result.parsed.docs,
          templated: result.parsed.masked
        })
        expect(result.parsed.text).toBe(result.text)
        expect(handed.js(0)).toEqual(after.js(0))
        expect(applyEdits('f', result.text, planned).text).toBe(result.text)
        // line endings: a CRLF file stays CRLF, an LF file stays LF
        if (text.includes('\r\n')) expect(result.text.replace(/\r\n/g, '')).not.toContain('\n')
        else expect(result.text).not.toContain('\r')
      }),
      { numRuns: Number(process.env.FIX_RUNS ?? 400), seed: process.env.FIX_RUNS ? undefined : 20240611 }
    )
  })

  it('gives the same text for edits joined under a new key as for the same edits made one at a time', () => {
    // applyEdits joins the edits that create the same missing key into one edit (one parse to check it);
    // `together: false` is the plain sequence. The two must give the same text, byte for byte.
    fc.assert(
      fc.property(tree, style, fc.array(edit, { minLength: 2, maxLength: 6 }), (t, s, edits) => {
        const text = render(t, s)
        if (parseRepoFile('f', text).problems.length > 0) return
        // The same edits, of the document itself and of the document held as a string (Argo CD's helm.values).
        const planned = edits.map(e => mapEdit(e.path, e.value))
        const together = applyEdits('f', text, planned)
        const alone = applyEdits('f', text, planned, { together: false })
        const outer = new Document({ spec: { helm: { values: text.replace(/\r\n/g, '\n') } } }).toString()
        const embedded = planned.map(e => ({
          ...e,
          target: {
            type: 'yaml-embedded' as const,
            file: 'f',
            docIndex: 0,
            nodePath: ['spec', 'helm', 'values']
          }
        }))
        expect(applyEdits('f', outer, embedded).text).toBe(
          applyEdits('f', outer, embedded, { together: false }).text
        )
        expect(together.text).toBe(alone.text)
        // The same problems; the line of a refusal is read on the text at the time, which may already hold a
        // joined edit's later members.
        expect(together.problems.map(p => p.message)).toEqual(alone.problems.map(p => p.message))
      }),
      { numRuns: Number(process.env.FIX_RUNS ?? 400), seed: process.env.FIX_RUNS ? undefined : 20261203 }
    )
  })

  it('edits embedded values the same way, keeping the outer document as it was', () => {
    fc.assert(
      fc.property(
        tree,
        style,
        fc.array(edit, { minLength: 1, maxLength: 2 }),
        fc.boolean(),
        (t, s, edits, crlf) => {
          const inner = render(t, { ...s, crlf: false })
          const outerDoc = new Document(
            { spec: { helm: { values: inner, releaseName: 'tk' } } },
            { version: '1.1' }
          )
          let text = outerDoc.toString()
          if (crlf) text = text.replace(/\n/g, '\r\n')
          const before = parseRepoFile('f', text)
          if (before.problems.length > 0 || parseRepoFile('inner', inner).problems.length > 0) return
          const planned = edits.map(e => ({
            ...mapEdit(e.path, e.value),
            target: {
              type: 'yaml-embedded' as const,
              file: 'f',
              docIndex: 0,
              nodePath: ['spec', 'helm', 'values']
            }
          }))
          const result = applyEdits('f', text, planned)
          for (const pr of result.problems) {
            expect(pr.message).not.toContain('did not read back')
            expect(pr.message).toMatch(/is not a map|merge key|several YAML documents/)
          }
          const after = parseRepoFile('f', result.text)
          expect(after.problems).toEqual([])
          const js = after.js(0) as { spec: { helm: { values: string; releaseName: string } } }
          expect(js.spec.helm.releaseName).toBe('tk')
          if (result.problems.length === 0) {
            let expected: unknown = cloneTree(parseRepoFile('inner', inner).js(0))
            for (const e of planned) expected = setAt(expected, e.path, e.value)
            expect(parseRepoFile('inner', js.spec.helm.values).js(0)).toEqual(expected)
          }
          expect(applyEdits('f', result.text, planned).text).toBe(result.text)
          if (crlf) expect(result.text.replace(/\r\n/g, '')).not.toContain('\n')
        }
      ),
      { numRuns: Number(process.env.FIX_RUNS ?? 300), seed: process.env.FIX_RUNS ? undefined : 20240612 }
    )
  })
})
