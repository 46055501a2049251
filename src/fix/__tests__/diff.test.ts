import { describe, expect, it } from '@jest/globals'
import { applyPatch } from 'diff'
import { unifiedDiff } from '../diff.js'
import { applyEdits } from '../apply.js'
import { mapEdit, readFixture } from './support.js'

const lines = (n: number, eol = '\n'): string =>
  Array.from({ length: n }, (_, i) => `k${i}: ${i}`).join(eol) + eol

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a.yaml', 'x: 1\n', 'x: 1\n')).toBe('')
  })

  it('writes a git-style diff with a/ b/ headers and 3 lines of context', () => {
    const before = lines(10)
    const after = before.replace('k5: 5\n', 'k5: 5\nnew: 1\n')
    expect(unifiedDiff('dir/values.yaml', before, after)).toBe(
      [
        'diff --git a/dir/values.yaml b/dir/values.yaml',
        '--- a/dir/values.yaml',
        '+++ b/dir/values.yaml',
        '@@ -4,6 +4,7 @@',
        ' k3: 3',
        ' k4: 4',
        ' k5: 5',
        '+new: 1',
        ' k6: 6',
        ' k7: 7',
        ' k8: 8',
        ''
      ].join('\n')
    )
  })

  it('shows only the touched lines of a CRLF file', () => {
    const before = readFixture('crlf.yaml')
    const after = applyEdits('crlf.yaml', before, [mapEdit([], 'mongodb.podAnnotations.x', 'y')]).text
    const diff = unifiedDiff('crlf.yaml', before, after)
    const changed = diff.split('\n').filter(l => /^[+-][^+-]/.test(l))
    expect(changed).toEqual(['+  podAnnotations:\r', '+    x: "y"\r'])
    expect(applyPatch(before, diff)).toBe(after)
  })

  it('marks a missing final newline', () => {
    const diff = unifiedDiff('a.yaml', 'a: 1', 'a: 1\nb: 2')
    expect(diff).toContain(
      '-a: 1\n\\ No newline at end of file\n+a: 1\n+b: 2\n\\ No newline at end of file\n'
    )
  })

  it('round-trips through applyPatch', () => {
    const before = readFixture('comments.yaml')
    const after = readFixture('comments.fixed.yaml')
    expect(applyPatch(before, unifiedDiff('comments.yaml', before, after))).toBe(after)
  })
})
