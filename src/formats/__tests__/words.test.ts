import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { listWords, nameWords } from '../words.js'

/** nameWords as it was written first, with the regex tried at every character (matchAll): what it must match. */
function nameWordsByMatchAll(text: string): string[] | null {
  const NAME_VALUE =
    /(?:^|[\s{,])["']?name["']?[ \t]*:[ \t]*(?:&\S*[ \t]+)?(?:!\S*[ \t]+)?(["']?)([^\s'"`,[\]{}#]*)/gm
  const words: string[] = []
  for (const m of text.matchAll(NAME_VALUE)) {
    const value = m[2]
    const end = (m.index ?? 0) + m[0].length
    if (value === '' && text.startsWith('{{', end)) continue
    if (value === '' || /^[*|>]/.test(value) || (m[1] && text[end] !== m[1]) || value.includes('\\'))
      return null
    words.push(value)
  }
  return words
}

describe('nameWords', () => {
  it('takes the value of every name key, however quoted', () => {
    const text =
      'metadata:\n  name: a\n---\nmetadata: {name: "b", x: 1}\n---\n{"name": \'c\'}\n- name: &x d\n'
    expect(new Set(nameWords(text))).toEqual(new Set(['a', 'b', 'c', 'd']))
  })
  it('skips templated names', () => {
    expect(nameWords('name: {{ .Values.x }}\nname: "{{ include "x" . }}"\nname: y')).toEqual(['y'])
  })
  it('gives up (null) on a name it cannot read from its line', () => {
    expect(nameWords('name: *alias')).toBeNull()
    expect(nameWords('name: |\n  x')).toBeNull()
    expect(nameWords('name:\n  x')).toBeNull()
    expect(nameWords('name: "a b"')).toBeNull()
    expect(nameWords('name: "a\\x62"')).toBeNull()
  })
  it('ignores keys that only end in name', () => {
    expect(nameWords('hostname: h\nfullname: f\nname: n')).toEqual(['n'])
  })
  it('finds what the regex tried at every character finds, names inside names and values included', () => {
    const pieces = [
      'name',
      'name:',
      ' ',
      '\n',
      '\t',
      ':',
      '"',
      "'",
      '{',
      '}',
      ',',
      '-',
      'a',
      'nname',
      '&x ',
      '!t ',
      '{{',
      '#',
      'na',
      'me'
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), parts => {
        const text = parts.join('')
        expect(nameWords(text)).toEqual(nameWordsByMatchAll(text))
      }),
      { numRuns: 3000 }
    )
    for (const text of [
      'name: name: x',
      'name:name\nname: b',
      '{name: a,name: b}',
      ' "name": name',
      'xname: a name: b'
    ])
      expect(nameWords(text)).toEqual(nameWordsByMatchAll(text))
  })
})

describe('listWords', () => {
  it('takes list items, path values and flow sequence entries', () => {
    const text =
      'resources:\n  - ../base\n  - "./hr.yaml" # a comment\npatches:\n  - path: patch.yaml\n    target: {kind: HelmRelease}\n' +
      'components: [ ../c ,\n  d ]\n'
    const words = listWords(text)
    for (const w of ['../base', './hr.yaml', 'patch.yaml', '../c', 'd']) expect(words).toContain(w)
    expect(words).not.toContain('HelmRelease')
    expect(words).not.toContain('resources:')
  })
})
