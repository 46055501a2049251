/**
 * The read-back check: when the spliced text does not read as intended, the whole file is left unchanged.
 * A fault is injected into the splicer (the engine itself gets these cases right).
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { Splice } from '../text.js'
import { embeddedEdit, mapEdit } from './support.js'

const real = await import('../text.js')
let corrupt: ((text: string) => string) | null = null
let calls = 0
let corruptFromCall = 1

jest.unstable_mockModule('../text.js', () => ({
  ...real,
  applySplices(text: string, splices: readonly Splice[]): string {
    const out = real.applySplices(text, splices)
    calls++
    return corrupt && calls >= corruptFromCall ? corrupt(out) : out
  }
}))
const { applyEdits } = await import('../apply.js')

beforeEach(() => {
  corrupt = null
  calls = 0
  corruptFromCall = 1
})

describe('verification', () => {
  const text = 'keep: 1\ntestkube-api:\n  x: 1\n'

  it('leaves the file unchanged when another value changed', () => {
    corrupt = s => s.replace('keep: 1', 'keep: 2')
    const r = applyEdits('values.yaml', text, [mapEdit([], 'testkube-api.inject', 'false')])
    expect(r.text).toBe(text)
    expect(r.problems).toEqual([
      {
        line: 3,
        message:
          'fix for TKI001 (testkube-api.inject) did not read back as intended (document #1 changed more than the fix); ' +
          'values.yaml is left unchanged'
      }
    ])
  })

  it('leaves the file unchanged when the value did not land', () => {
    corrupt = s => s.replace('inject: "false"', 'inject: false')
    const r = applyEdits('values.yaml', text, [mapEdit([], 'testkube-api.inject', 'false')])
    expect(r.text).toBe(text)
    expect(r.problems[0].message).toContain('changed more than the fix')
  })

  it('leaves the file unchanged when the result is not YAML', () => {
    corrupt = s => s + 'a: [\n'
    const r = applyEdits('values.yaml', text, [mapEdit([], 'testkube-api.inject', 'false')])
    expect(r.text).toBe(text)
    expect(r.problems[0].message).toContain('no longer parses')
  })

  it('drops the edits already made to the file too', () => {
    corruptFromCall = 2
    corrupt = s => s.replace('keep: 1', 'keep: 2')
    const r = applyEdits(
      'values.yaml',
      text,
      [mapEdit([], 'testkube-api.inject', 'false'), mapEdit([], 'testkube-api.z', 'false')],
      { together: false }
    )
    expect(r.text).toBe(text)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0].message).toContain('TKI001 (testkube-api.z)')
  })

  it('makes new keys of one map one by one when together they do not read back, naming the edit that fails', () => {
    // Call 1 is the two new keys at once; 2 and 3 are the keys one by one, and only the second of those is bad.
    const edits = [mapEdit([], 'testkube-api.inject', 'false'), mapEdit([], 'testkube-api.z', 'false')]
    corruptFromCall = 1
    corrupt = s => (calls === 2 ? s : s.replace('keep: 1', 'keep: 2'))
    const r = applyEdits('values.yaml', text, edits)
    expect(calls).toBe(3)
    expect(r.text).toBe(text)
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0].message).toContain('TKI001 (testkube-api.z)')
    // Without the fault, both keys are made in one go.
    corrupt = null
    calls = 0
    const good = applyEdits('values.yaml', text, edits)
    expect(calls).toBe(1)
    expect(good.text).toBe('keep: 1\ntestkube-api:\n  x: 1\n  inject: "false"\n  z: "false"\n')
  })

  it('checks the text inside embedded values', () => {
    const argo = 'spec:\n  values: |\n    a: 1\n    b: 2\n'
    corrupt = s => s.replace('b: 2', 'b: 3')
    const r = applyEdits('app.yaml', argo, [embeddedEdit(['spec', 'values'], 'c', 'false')])
    expect(r.text).toBe(argo)
    expect(r.problems[0].message).toContain('embedded values changed more than the fix')
  })
})
