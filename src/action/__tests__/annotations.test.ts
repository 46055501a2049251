import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../model.js'
import { planAnnotations } from '../annotations.js'

const f = (level: Finding['level'], line: number): Finding => ({
  ruleId: level === 'note' ? 'TKI100' : 'TKI001',
  level,
  releaseId: 'r',
  path: 'p',
  expected: null,
  actual: null,
  file: 'v.yaml',
  line,
  fixable: level === 'error',
  message: 'm'
})

describe('planAnnotations', () => {
  it('emits the first 10 of each kind, most severe first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 14 }, (_, i) => f('error', 20 - i)),
      ...Array.from({ length: 3 }, (_, i) => f('warning', i + 1)),
      ...Array.from({ length: 11 }, (_, i) => f('note', i + 1))
    ]
    const plan = planAnnotations(
      findings,
      [{ file: 'bad.yaml', line: 0, message: 'cannot parse' }],
      p => `repo/${p}`,
      { notice: 1 }
    )
    expect(plan.emit.filter(a => a.kind === 'error')).toHaveLength(10)
    expect(plan.emit.filter(a => a.kind === 'warning')).toHaveLength(4)
    expect(plan.emit.filter(a => a.kind === 'notice')).toHaveLength(9)
    expect(plan.dropped).toEqual({ error: 4, warning: 0, notice: 2 })
    expect(plan.emit[0]).toMatchObject({
      kind: 'error',
      line: 7,
      file: 'repo/v.yaml',
      title: 'TKI001 (fixable)'
    })
    expect(plan.emit.find(a => a.title === 'TKI900')).toMatchObject({ file: 'repo/bad.yaml', line: 1 })
  })
})
