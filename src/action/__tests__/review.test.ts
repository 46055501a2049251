import { describe, expect, it } from '@jest/globals'
import { parsePrDiff } from '../pr-diff.js'
import { planReview, reviewComment } from '../review.js'
import { MAX_BODY, readMarker } from '../sticky-comment.js'
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

  it('sends a suggestion too long for one comment to the summary, measuring the comment as posted', () => {
    const big = { ...suggestion('a.yaml', 2, 2, 'big'), replacement: ['x'.repeat(70_000)] }
    expect(planReview([big], diff, new Set()).elsewhere).toEqual([big])
    // Just under the limit once written out: still an inline comment.
    const base = suggestion('a.yaml', 2, 2, 'near')
    const room = MAX_BODY - reviewComment({ ...base, replacement: [''] }, f => f).body.length
    const near = { ...base, replacement: ['y'.repeat(room)] }
    expect(reviewComment(near, f => f).body.length).toBe(MAX_BODY)
    expect(planReview([near], diff, new Set()).post).toEqual([near])
    const over = { ...base, replacement: ['y'.repeat(room + 1)] }
    expect(planReview([over], diff, new Set()).elsewhere).toEqual([over])
    // The repository path of each finding is part of the comment: a long one tips it over.
    expect(planReview([near], diff, new Set(), 30, f => `deploy/${f}`).elsewhere).toEqual([near])
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
