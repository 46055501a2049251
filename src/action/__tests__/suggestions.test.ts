import { describe, expect, it } from '@jest/globals'
import type { Finding, PlannedEdit } from '../../model.js'
import { applySuggestions, fenceFor, suggestionBlock, suggestionsFromChanges } from '../suggestions.js'

function finding(line: number, over: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'TKI001',
    level: 'error',
    releaseId: 'values.yaml#0/testkube',
    path: 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject',
    expected: 'false',
    actual: undefined,
    file: 'values.yaml',
    line,
    fixable: true,
    message: 'm',
    ...over
  }
}

describe('suggestionsFromChanges', () => {
  it('anchors a replacement to the removed lines', () => {
    const before = 'a: 1\nb: false\nc: 3\n'
    const after = 'a: 1\nb: "false"\nc: 3\n'
    const [s] = suggestionsFromChanges([{ file: 'values.yaml', before, after }], [finding(2)])
    expect(s).toMatchObject({ startLine: 2, endLine: 2, original: ['b: false'], replacement: ['b: "false"'] })
    expect(s?.findings).toHaveLength(1)
  })

  it("gives each hunk the findings whose edit (the judge's) makes it, whatever their lines say", () => {
    const before = 'a:\n  x: 1\nb: 0\nc:\n  y: 1\n'
    const after = 'a:\n  x: 2\nb: 0\nc:\n  y: 2\n'
    const edit = (path: string[], ruleId: string): PlannedEdit => ({
      target: { type: 'yaml-map', file: 'values.yaml', docIndex: 0, nodePath: [] },
      path,
      op: 'set',
      value: 2,
      ruleId,
      releaseId: 'values.yaml#0/testkube'
    })
    // Lines swapped on purpose: only the edits can tell which fix is which.
    const first = finding(5, { ruleId: 'TKI002', path: 'a.x' })
    const second = finding(2, { ruleId: 'TKI003', path: 'c.y' })
    const shared = finding(5, { ruleId: 'TKI010', path: 'a.x' })
    const editOf = new Map<Finding, PlannedEdit>([
      [first, edit(['a', 'x'], 'TKI002')],
      [second, edit(['c', 'y'], 'TKI003')],
      [shared, edit(['a', 'x'], 'TKI002')]
    ])
    const list = suggestionsFromChanges(
      [{ file: 'values.yaml', before, after }],
      [first, second, shared],
      f => f,
      editOf
    )
    expect(list.map(s => [s.startLine, s.findings.map(f => f.ruleId)])).toEqual([
      [2, ['TKI002', 'TKI010']],
      [5, ['TKI003']]
    ])
  })

  it('anchors a pure insertion to the line before and repeats it', () => {
    const before = 'testkube-api:\n  replicas: 1\nother: x\n'
    const after =
      'testkube-api:\n  replicas: 1\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "false"\nother: x\n'
    const [s] = suggestionsFromChanges([{ file: 'values.yaml', before, after }], [finding(1)])
    expect(s).toMatchObject({
      startLine: 2,
      endLine: 2,
      original: ['  replicas: 1'],
      replacement: ['  replicas: 1', '  jobPodAnnotations:', '    sidecar.istio.io/inject: "false"']
    })
    expect(applySuggestions(before, [s!])).toBe(after)
  })

  it('anchors an insertion at the top to line 1, repeated last; and at the end to the last line', () => {
    const top = suggestionsFromChanges([{ file: 'v.yaml', before: 'b: 1\n', after: 'a: 0\nb: 1\n' }], [])[0]!
    expect(top).toMatchObject({ startLine: 1, endLine: 1, replacement: ['a: 0', 'b: 1'] })
    const end = suggestionsFromChanges(
      [{ file: 'v.yaml', before: 'a: 1\nb: 2\n', after: 'a: 1\nb: 2\nc: 3\n' }],
      []
    )[0]!
    expect(end).toMatchObject({ startLine: 2, endLine: 2, replacement: ['b: 2', 'c: 3'] })
    expect(applySuggestions('a: 1\nb: 2\n', [end])).toBe('a: 1\nb: 2\nc: 3\n')
  })

  it('turns every hunk into a suggestion that applies back to the fixed text', () => {
    const before = ['x:', '  a: 1', '  b: 2', 'y:', '  c: 3', 'z: 4', ''].join('\n')
    const after = ['x:', '  a: 1', '  b: "2"', '  n: new', 'y:', '  c: 3', ''].join('\n')
    const list = suggestionsFromChanges(
      [{ file: 'v.yaml', before, after }],
      [finding(3, { file: 'v.yaml' }), finding(6, { file: 'v.yaml', ruleId: 'TKI002' })]
    )
    expect(list.length).toBeGreaterThanOrEqual(2)
    expect(applySuggestions(before, list)).toBe(after)
    // A deletion suggestion is an empty block.
    const del = list.find(s => s.replacement.length === 0)
    expect(del).toMatchObject({ original: ['z: 4'] })
    for (const s of list) expect(s.findings.length).toBeGreaterThan(0)
    // Fingerprints do not depend on line numbers.
    const shifted = suggestionsFromChanges(
      [{ file: 'v.yaml', before: `# head\n${before}`, after: `# head\n${after}` }],
      [finding(4, { file: 'v.yaml' }), finding(7, { file: 'v.yaml', ruleId: 'TKI002' })]
    )
    expect(shifted.map(s => s.fingerprint)).toEqual(list.map(s => s.fingerprint))
  })

  it('maps paths to the repository and attaches findings of that file only', () => {
    const [s] = suggestionsFromChanges(
      [{ file: 'values.yaml', before: 'a: 1\n', after: 'a: 2\n' }],
      [finding(1, { file: 'other.yaml' }), finding(1, { fixable: false })],
      f => `deploy/${f}`
    )
    expect(s?.file).toBe('deploy/values.yaml')
    expect(s?.findings).toEqual([])
  })
})

describe('suggestion blocks', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(fenceFor('plain')).toBe('```')
    expect(fenceFor('a ```` b')).toBe('`````')
    const block = suggestionBlock(['x: "```"'])
    expect(block).toBe('````suggestion\nx: "```"\n````')
    expect(suggestionBlock([])).toBe('```suggestion\n```')
  })
})

describe('exposesSecret', () => {
  it('keeps a fix next to a credential out of line comments', async () => {
    const { exposesSecret } = await import('../suggestions.js')
    expect(
      exposesSecret({
        original: ['    key: tkcagnt_0123456789abcdef0123456789abcd'],
        replacement: ['    key: tkcagnt_0123456789abcdef0123456789abcd', '  jobPodAnnotations:']
      })
    ).toBe(true)
    expect(
      exposesSecret({
        original: ['      sidecar.istio.io/inject: false'],
        replacement: ['      sidecar.istio.io/inject: "false"']
      })
    ).toBe(false)
  })
})
