import { describe, expect, it } from '@jest/globals'
import {
  findSticky,
  MAX_BODY,
  marker,
  ownedBy,
  readMarker,
  renderSummary,
  resolvedSince,
  SUMMARY_MARKER,
  type SummaryItem,
  type SummaryState
} from '../sticky-comment.js'

function item(i: number, status: SummaryItem['status'] = 'diff'): SummaryItem {
  return {
    key: `k${i}`,
    status,
    ruleId: 'TKI001',
    level: 'error',
    where: `values/v${i}.yaml:3`,
    message: `testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject must be "false" | pipe ${i}`,
    title: `TKI001 path (values/v${i}.yaml)`
  }
}

describe('sticky summary', () => {
  it('round-trips hidden markers whatever the data holds', () => {
    const data = { t: 'a --> b <!-- c' }
    const m = marker('state', data)
    expect(m).not.toContain('-->' + ' b')
    expect(readMarker('state', `x\n${m}\n`)).toEqual(data)
    expect(readMarker('state', 'nothing')).toBeNull()
  })

  it('starts with the marker, counts statuses, escapes pipes, keeps state', () => {
    const body = renderSummary({
      items: [item(1), item(2, 'inline'), item(3, 'manual')],
      resolved: [],
      diff: '--- a/x\n+++ b/x\n',
      notes: ['a note']
    })
    expect(body.startsWith(SUMMARY_MARKER)).toBe(true)
    expect(body).toContain(
      '**3 findings**: 1 suggested as review comments, 1 fixed by the diff below, 1 to fix by hand.'
    )
    expect(body).toContain('\\| pipe 1')
    expect(body).toContain('> a note')
    expect(body).toContain('```diff\n--- a/x\n+++ b/x\n```')
    expect(readMarker<SummaryState>('state', body)?.open.map(o => o.k)).toEqual(['k1', 'k2', 'k3'])
    expect(
      findSticky([
        { id: 1, body: 'hello', userType: 'User', userLogin: 'x' },
        { id: 2, body, userType: 'Bot', userLogin: 'b' }
      ])?.id
    ).toBe(2)
  })

  it('marks findings that are gone as resolved and keeps them listed', () => {
    const previous: SummaryState = {
      open: [
        { k: 'k1', t: 'TKI001 a (x)' },
        { k: 'k2', t: 'TKI002 b (y)' }
      ],
      resolved: [{ k: 'k0', t: 'TKI003 c (z)' }]
    }
    const resolved = resolvedSince(previous, new Set(['k2']))
    expect(resolved.map(r => r.k).sort()).toEqual(['k0', 'k1'])
    const body = renderSummary({ items: [], resolved, diff: '', notes: [] })
    expect(body).toContain('✅ Every finding listed earlier is resolved.')
    expect(body).toContain('~~TKI001 a (x)~~')
    expect(resolvedSince(null, new Set())).toEqual([])
  })

  it('stays under GitHub’s comment limit: the diff is cut first, then rows', () => {
    const items = Array.from({ length: 2000 }, (_, i) => item(i))
    const diff = 'x'.repeat(100) + '\n'
    const body = renderSummary({ items, resolved: [], diff: diff.repeat(2000), notes: [] })
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(body).toContain('more not shown')
    expect(readMarker<SummaryState>('state', body)).not.toBeNull()
  })
})

describe('ownedBy', () => {
  const person = { id: 1, body: SUMMARY_MARKER, userType: 'User', userLogin: 'alice' }
  const bot = { id: 2, body: SUMMARY_MARKER, userType: 'Bot', userLogin: 'github-actions[bot]' }
  const otherApp = { id: 3, body: SUMMARY_MARKER, userType: 'Bot', userLogin: 'renovate[bot]' }
  it('counts only the token’s own comments, and never a person’s when GitHub does not say who the token is', () => {
    expect([person, bot, otherApp].filter(ownedBy('github-actions[bot]')).map(c => c.id)).toEqual([2])
    expect([person, bot, otherApp].filter(ownedBy(null)).map(c => c.id)).toEqual([2, 3])
    expect(findSticky([person, bot].filter(ownedBy('github-actions[bot]')))?.id).toBe(2)
  })
})
