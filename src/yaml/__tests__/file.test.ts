import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { Document, isMap, isPair, isSeq, visit } from 'yaml'
import {
  cleanYamlMessage,
  isTemplatedValue,
  maskTemplates,
  MAX_ALIAS_COUNT,
  MAX_DOCUMENTS,
  MAX_NESTING_DEPTH,
  MAX_NODES,
  MAX_PARSE_ERRORS,
  parseRepoFile,
  scanStructure,
  templateSpans
} from '../file.js'

describe('parseRepoFile', () => {
  it('reads YAML 1.1 booleans the way Helm does', () => {
    const f = parseRepoFile('v.yaml', 'a: no\nb: "no"\nc: off\n')
    expect(f.js(0)).toEqual({ a: false, b: 'no', c: false })
  })

  it('keeps an unquoted template a templated scalar instead of a flow map', () => {
    const f = parseRepoFile('a.yaml', 'spec:\n  version: {{ .Values.version }}\n  name: x\n')
    expect(f.templated).toBe(true)
    expect(f.problems).toEqual([])
    expect(f.js(0)).toEqual({ spec: { version: '{{ .Values.version }}', name: 'x' } })
  })

  it('restores templates inside quoted and plain scalars, and blanks whole-line templates', () => {
    const text = '{{- range .apps }}\nname: "app-{{ .name }}"\nns: {{ .ns }}-prod\n{{- end }}\n'
    const f = parseRepoFile('b.yaml', text)
    expect(f.js(0)).toEqual({ name: 'app-{{ .name }}', ns: '{{ .ns }}-prod' })
    expect(isTemplatedValue((f.js(0) as Record<string, unknown>).ns)).toBe(true)
  })

  it('leaves a file that parses cleanly with templates inside strings untouched', () => {
    const f = parseRepoFile('c.yaml', "domain: '{{ .Values.global.domain }}'\n")
    expect(f.templated).toBe(false)
    expect(f.js(0)).toEqual({ domain: '{{ .Values.global.domain }}' })
  })

  it('reports a parse error with its line and keeps the other documents', () => {
    const f = parseRepoFile('d.yaml', 'a: 1\n---\nb: [1, 2\nc: 3\n---\nd: 4\n')
    expect(f.problems.length).toBeGreaterThan(0)
    expect(f.problems[0].line).toBeGreaterThanOrEqual(3)
    expect(f.docs.map(d => f.js(d.index))).toEqual([{ a: 1 }, { d: 4 }])
  })

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`
      )
    const f = parseRepoFile('bomb.yaml', bomb.join('\n') + '\n')
    expect(f.js(0)).toBeUndefined()
    expect(f.problems.some(p => /alias|resource/i.test(p.message))).toBe(true)
  })

  it('gives line numbers for CRLF files', () => {
    const f = parseRepoFile('e.yaml', 'a: 1\r\n---\r\nb: 2\r\n')
    expect(f.docs[1].line).toBe(3)
  })
})

// Hostile input is bounded by what the parser does (the limits fire, the file is refused), not by a clock: tests
// do not time anything (the bench does). A hang would stop CI.
describe('hostile input', () => {
  it('refuses flow nesting past the limit before parsing, at the line where it happens', () => {
    const depth = 100_000
    const text = `a: 1\nb:\n  c: ${'['.repeat(depth)}${']'.repeat(depth)}\n`
    const f = parseRepoFile('deep.yaml', text)
    expect(f.docs).toEqual([])
    expect(f.problems).toEqual([
      {
        line: 3,
        message: `refused: YAML nested more than ${MAX_NESTING_DEPTH} levels deep; the file is not read`
      }
    ])
  })

  it('refuses block nesting (indentation, compact sequences, sequences under keys)', () => {
    const staircase = Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')
    const compact = `x:\n  - ${'- '.repeat(400)}a\n`
    const seqUnderKey = Array.from(
      { length: 200 },
      (_, i) => `${' '.repeat(2 * i)}k:\n${' '.repeat(2 * i)}- `
    ).join('\n')
    expect(parseRepoFile('a', staircase).problems[0].line).toBe(MAX_NESTING_DEPTH + 1)
    expect(parseRepoFile('b', compact).problems[0].line).toBe(2)
    expect(parseRepoFile('c', seqUnderKey).problems[0].message).toMatch(/nested more than/)
  })

  it('reads nesting just under the limit, and every level of it', () => {
    const depth = MAX_NESTING_DEPTH - 10
    const text = `${'a: {'.repeat(depth)}b: 1${'}'.repeat(depth)}\n`
    const f = parseRepoFile('ok.yaml', text)
    expect(f.problems).toEqual([])
    let node = f.js(0) as Record<string, unknown>
    for (let i = 0; i < depth; i++) node = node.a as Record<string, unknown>
    expect(node).toEqual({ b: 1 })
  })

  it('does not count brackets in quotes, comments, plain scalars and block scalars', () => {
    const many = '['.repeat(5000)
    const text = [
      `a: "${many}"`,
      `b: '${many}'`,
      `c: x${many}`,
      `# ${many}`,
      `d: 1 # ${many}`,
      'e: |',
      `  ${many}`,
      `    ${'{'.repeat(5000)}`,
      'f: [ "]]]", \'}}}\', {g: "[["} ]',
      ''
    ].join('\n')
    expect(scanStructure(text).tooDeepLine).toBeNull()
    expect(parseRepoFile('q.yaml', text).problems).toEqual([])
  })

  it('estimates the depth of real documents within two levels', () => {
    type Tree = { [k: string]: Tree | Tree[] | number }
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>(tie => ({
      node: fc.dictionary(
        fc.constantFrom('a', 'b', 'c d', '"q"'),
        fc.oneof(
          { depthSize: 'large', maxDepth: 40 },
          fc.integer(),
          tie('node'),
          fc.array(tie('node'), { maxLength: 2 })
        ),
        { minKeys: 1, maxKeys: 2 }
      )
    })).node
    fc.assert(
      fc.property(tree, fc.boolean(), fc.integer({ min: 2, max: 4 }), (t, flowSome, indent) => {
        const doc = new Document(t, { version: '1.1' })
        let n = 0
        visit(doc, {
          Collection(_k, c) {
            if (flowSome && n++ % 4 === 3) c.flow = true
          }
        })
        const text = doc.toString({ indent })
        const depth = realDepth(doc.contents)
        expect(scanStructure(text, depth + 2).tooDeepLine).toBeNull()
        if (depth > 3) expect(scanStructure(text, depth - 3).tooDeepLine).not.toBeNull()
      }),
      { numRuns: Number(process.env.DEPTH_RUNS ?? 200), seed: process.env.DEPTH_RUNS ? undefined : 424242 }
    )
  })

  it('refuses an alias loop, an alias with no anchor, and too many aliases, with their lines', () => {
    expect(parseRepoFile('l', 'a: 1\nb: &x\n  c: [1, *x]\n').problems).toEqual([
      { line: 3, message: 'document refused: the alias *x is inside the node &x it repeats (a loop)' }
    ])
    expect(parseRepoFile('m', 'a: 1\nb: *nope\n').problems).toEqual([
      { line: 2, message: 'document refused: the alias *nope has no anchor &nope before it' }
    ])
    const many = `a: &a 1\nb: [${Array(MAX_ALIAS_COUNT + 1)
      .fill('*a')
      .join(', ')}]\n`
    expect(parseRepoFile('n', many).problems[0].message).toMatch(/more than 1000 aliases/)
  })

  it('follows anchors on keys and in flow pairs, and finds a loop through a map inside a sequence', () => {
    const keys = parseRepoFile('k', '&k a: 1\nb: *k\ns: [&p x: 2, *p]\n')
    expect(keys.problems).toEqual([])
    expect(keys.js(0)).toEqual({ a: 1, b: 'a', s: [{ x: 2 }, 'x'] })
    expect(parseRepoFile('q', 'a: &m\n  - k: [*m]\n').problems).toEqual([
      { line: 2, message: 'document refused: the alias *m is inside the node &m it repeats (a loop)' }
    ])
    // An anchor counts from its node on: the alias before it names nothing yet.
    expect(parseRepoFile('r', 'a: [*late, &late 1]\n').problems).toEqual([
      { line: 1, message: 'document refused: the alias *late has no anchor &late before it' }
    ])
  })

  it('refuses a document with a refused alias but keeps the other documents of the file', () => {
    const f = parseRepoFile('s', 'a: &x [*x]\n---\nb: &y 1\nc: *y\n')
    expect(f.docs.map(d => d.index)).toEqual([1])
    expect(f.js(1)).toEqual({ b: 1, c: 1 })
    expect(f.problems).toHaveLength(1)
  })

  it('bounds a file of errors and a stream of documents', () => {
    const closers = parseRepoFile('c', '}'.repeat(5_000_000))
    expect(closers.problems).toEqual([
      { line: 1, message: `refused: more than ${MAX_PARSE_ERRORS} YAML errors; the file is not read` }
    ])
    // Errors the composer finds itself (through its onError hook), not the parser's error tokens.
    const tabs = parseRepoFile('t', `a:\n${'\tb: 1\n'.repeat(MAX_PARSE_ERRORS + 10)}`)
    expect(tabs.problems).toEqual([
      {
        line: expect.any(Number),
        message: `refused: more than ${MAX_PARSE_ERRORS} YAML errors; the file is not read`
      }
    ])
    const docs = parseRepoFile('d', '---\n'.repeat(MAX_DOCUMENTS * 10))
    expect(docs.problems).toEqual([
      {
        line: MAX_DOCUMENTS + 1,
        message: `refused: more than ${MAX_DOCUMENTS} YAML documents; the file is not read`
      }
    ])
  })

  it('refuses a file of more nodes than the budget before parsing it', () => {
    const f = parseRepoFile(
      'n',
      `a: [${Array(MAX_NODES + 1)
        .fill('1')
        .join(',')}]\n`
    )
    expect(f.problems).toEqual([
      { line: 1, message: `refused: more than ${MAX_NODES} YAML nodes; the file is not read` }
    ])
  })

  it('masks a long line of templates, and one that never closes', () => {
    const text = `testkube-api:\n  x: ${'{{ .x }} '.repeat(200_000)}\n  y: "${'{{ '.repeat(200_000)}"\n`
    const f = parseRepoFile('t', text)
    expect(f.templated).toBe(true)
    expect(f.problems).toEqual([])
  })

  it('finds template spans like the lazy regex did, and masks them like before', () => {
    const legacySpan = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g
    const legacyMask = (text: string): string =>
      text.replace(legacySpan, (span, offset: number) => {
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1
        let lineEnd = text.indexOf('\n', offset + span.length)
        if (lineEnd < 0) lineEnd = text.length
        const alone =
          text.slice(lineStart, offset).trim() === '' &&
          text.slice(offset + span.length, lineEnd).trim() === ''
        return span.replace(/[^\r\n]/g, alone ? ' ' : '§')
      })
    const chars = fc.constantFrom('{', '}', '%', '#', ' ', '\n', '\r\n', 'a', ':', '\t')
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), parts => {
        const text = parts.join('')
        expect(templateSpans(text)).toEqual(
          [...text.matchAll(legacySpan)].map(m => ({ start: m.index, end: m.index + m[0].length }))
        )
        expect(maskTemplates(text)).toBe(legacyMask(text))
      }),
      { numRuns: 2000, seed: 777 }
    )
  })

  it('tells templated values like the regex did, a long run of unclosed `${` included', () => {
    const legacy = (v: string): boolean => v.includes('{{') || /\$\{[^}]*\}/.test(v)
    fc.assert(
      fc.property(fc.array(fc.constantFrom('$', '{', '}', 'a', '{{'), { maxLength: 12 }), parts => {
        const v = parts.join('')
        expect(isTemplatedValue(v)).toBe(legacy(v))
      }),
      { numRuns: 2000, seed: 5 }
    )
    expect(isTemplatedValue('${'.repeat(2_000_000))).toBe(false)
  })

  it('notes duplicate keys with both lines, outside templated files and merge keys', () => {
    const f = parseRepoFile('dup', 'a: 1\nb:\n  c: 1\n  c: 2\na: 3\n<<: {x: 1}\n<<: {y: 2}\n')
    expect(f.problems).toEqual([])
    expect(f.warnings).toEqual([
      { line: 4, message: 'duplicate key "c" (also on line 3): Helm reads the last one' },
      { line: 5, message: 'duplicate key "a" (also on line 1): Helm reads the last one' }
    ])
    expect(f.js(0)).toMatchObject({ a: 3, b: { c: 2 } })
    const templated = parseRepoFile('t', '{{ if .x }}\na: {{ .y }}\n{{ else }}\na: 2\n{{ end }}\n')
    expect(templated.templated).toBe(true)
    expect(templated.warnings).toEqual([])
  })

  it('reads empty files, `---` alone and comments alone as empty documents, without problems', () => {
    for (const text of ['', '---\n', '---\n---\n', '# only a comment\n', '\n\n', '...\n']) {
      const f = parseRepoFile('e', text)
      expect(f.problems).toEqual([])
      expect(f.docs.every(d => d.empty)).toBe(true)
    }
  })

  it('keeps going after a parse error and names its line; tabs too', () => {
    const f = parseRepoFile('t', 'a:\n\tb: 1\n---\nc: 2\n')
    expect(f.problems[0]).toEqual({ line: 2, message: 'Tabs are not allowed as indentation' })
    expect(f.docs.map(d => f.js(d.index))).toEqual([{ c: 2 }])
  })

  it('names a stack overflow for what it is', () => {
    expect(cleanYamlMessage('Maximum call stack size exceeded at line 3, column 1:\n\n…')).toBe(
      'nesting too deep'
    )
  })
})

function realDepth(node: unknown): number {
  if (isMap(node) || isSeq(node)) {
    let deepest = 0
    for (const item of node.items as unknown[]) {
      const d = isPair(item) ? Math.max(realDepth(item.key), realDepth(item.value)) : realDepth(item)
      if (d > deepest) deepest = d
    }
    return deepest + 1
  }
  return 0
}
