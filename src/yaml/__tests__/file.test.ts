import { describe, expect, it } from '@jest/globals'
import { isTemplatedValue, parseRepoFile } from '../file.js'

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
    expect(f.eol).toBe('\r\n')
    expect(f.docs[1].line).toBe(3)
  })
})
