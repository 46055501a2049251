import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../model.js'
import { splitMessage } from '../commit.js'
import { fixFingerprint, prBody } from '../fix-pr.js'
import { readMarker } from '../sticky-comment.js'

describe('fix pull request', () => {
  it('fingerprints the fixes, not their order', () => {
    const a = { file: 'a.yaml', before: 'x', after: 'y' }
    const b = { file: 'b.yaml', before: 'x', after: 'z' }
    expect(fixFingerprint([a, b])).toBe(fixFingerprint([b, a]))
    expect(fixFingerprint([a, b])).not.toBe(fixFingerprint([a, { ...b, after: 'w' }]))
  })

  it('writes a body with the findings, the diff and a hidden fingerprint', () => {
    const f: Finding = {
      ruleId: 'TKI001',
      level: 'error',
      releaseId: 'r',
      path: 'p',
      expected: 'false',
      actual: undefined,
      file: 'v.yaml',
      line: 3,
      fixable: true,
      message: 'set it'
    }
    const body = prBody(
      {
        base: 'main',
        findings: [f, { ...f, ruleId: 'TKI102', fixable: false }],
        diffs: [{ file: 'v.yaml', diff: '--- a/v.yaml\n+++ b/v.yaml\n' }],
        toRepoPath: p => `ops/${p}`
      },
      'abc'
    )
    expect(body).toContain('| TKI001 | error | `ops/v.yaml:3` | set it |')
    expect(body).toContain('1 finding cannot be fixed here')
    expect(body).toContain('```diff\n--- a/v.yaml\n+++ b/v.yaml\n```')
    expect(readMarker<{ fp: string }>('fix-pr', body)).toEqual({ fp: 'abc' })
  })

  it('splits a commit message into headline and body', () => {
    expect(splitMessage('fix: a\n\nmore\nlines')).toEqual({ headline: 'fix: a', body: 'more\nlines' })
    expect(splitMessage('  fix: a  ')).toEqual({ headline: 'fix: a' })
  })
})
