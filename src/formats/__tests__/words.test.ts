import { describe, expect, it } from '@jest/globals'
import { listWords, nameWords } from '../words.js'

describe('nameWords', () => {
  it('takes the value of every name key, however quoted', () => {
    const text =
      'metadata:\n  name: a\n---\nmetadata: {name: "b", x: 1}\n---\n{"name": \'c\'}\n- name: &x d\n'
    expect(nameWords(text)).toEqual(new Set(['a', 'b', 'c', 'd']))
  })
  it('skips templated names', () => {
    expect(nameWords('name: {{ .Values.x }}\nname: "{{ include "x" . }}"\nname: y')).toEqual(new Set(['y']))
  })
  it('gives up (null) on a name it cannot read from its line', () => {
    expect(nameWords('name: *alias')).toBeNull()
    expect(nameWords('name: |\n  x')).toBeNull()
    expect(nameWords('name:\n  x')).toBeNull()
    expect(nameWords('name: "a b"')).toBeNull()
    expect(nameWords('name: "a\\x62"')).toBeNull()
  })
  it('ignores keys that only end in name', () => {
    expect(nameWords('hostname: h\nfullname: f\nname: n')).toEqual(new Set(['n']))
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
