import { describe, expect, it } from '@jest/globals'
import { parsePrDiff } from '../pr-diff.js'
import { planReview, reviewComment } from '../review.js'
import { readMarker } from '../sticky-comment.js'
import type { Suggestion } from '../suggestions.js'

function suggestion(file: string, start: number, end: number, fp: string, findings = 1): Suggestion {
  return {
    file,
    startLine: start,
    endLine: end,
    original: ['x'],
    replacement: ['y'],
    fingerprint: fp,
    findings: Array.from({ length: findings }, (_, i) => ({
      ruleId: `TKI00${i + 1}`,
      level: 'error' as const,
      releaseId: 'r',
      path: `p${i}`,
      expected: 'false',
      actual: undefined,
      file,
      line: start,
      fixable: true,
      message: 'fix it'
    }))
  }
}

const diff = parsePrDiff(`diff --git a/a.yaml b/a.yaml
--- a/a.yaml
+++ b/a.yaml
@@ -1,2 +1,5 @@
 a: 1
+b: 2
+c: 3
+d: 4
 e: 5
`)

describe('planReview', () => {
  it('comments inside the diff, sends the rest to the summary, skips what is posted, bounds the review', () => {
    const list = [
      suggestion('a.yaml', 2, 3, 'in'),
      suggestion('a.yaml', 5, 6, 'across-the-end'),
      suggestion('b.yaml', 1, 1, 'other-file'),
      suggestion('a.yaml', 4, 4, 'posted'),
      suggestion('a.yaml', 1, 1, 'over-limit'),
      suggestion('a.yaml', 1, 1, 'no-finding', 0)
    ]
    const plan = planReview(list, diff, new Set(['posted']), 1)
    expect(plan.post.map(s => s.fingerprint)).toEqual(['in'])
    expect(plan.posted.map(s => s.fingerprint)).toEqual(['posted'])
    expect(plan.elsewhere.map(s => s.fingerprint)).toEqual([
      'across-the-end',
      'other-file',
      'over-limit',
      'no-finding'
    ])
    expect(plan.overLimit).toBe(1)
  })

  it('sends a suggestion too long for one comment to the summary', () => {
    const big = { ...suggestion('a.yaml', 2, 2, 'big'), replacement: ['x'.repeat(70_000)] }
    expect(planReview([big], diff, new Set()).elsewhere).toEqual([big])
  })

  it('writes a multi-line RIGHT-side comment with its fingerprint', () => {
    const c = reviewComment(suggestion('a.yaml', 2, 3, 'fp1', 2), f => f)
    expect(c).toMatchObject({ path: 'a.yaml', line: 3, start_line: 2, side: 'RIGHT', start_side: 'RIGHT' })
    expect(c.body).toContain('```suggestion\ny\n```')
    expect(c.body).toContain('**TKI001** (error): fix it')
    expect(readMarker<{ fp: string; f: unknown[] }>('suggestion', c.body)).toMatchObject({ fp: 'fp1' })
    const single = reviewComment(suggestion('a.yaml', 4, 4, 'fp2'), f => f)
    expect(single.start_line).toBeUndefined()
  })
})
