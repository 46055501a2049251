import { describe, expect, it } from '@jest/globals'
import { directiveCovers, inlineDirectives } from '../inline.js'

describe('inlineDirectives', () => {
  it('reads trailing comments and comments above, codes and reasons', () => {
    const text = [
      'a: 1 # testkube-istio-guard: ignore TKI002 -- we run MongoDB upgrades by hand',
      '# testkube-istio-guard: ignore TKI003, tki004 -- two codes',
      '# another comment between',
      'b:',
      '  c: 2 #testkube-istio-guard:ignore TKI005',
      '  d: "# testkube-istio-guard: not a directive"',
      'e: 3'
    ].join('\r\n')
    expect(inlineDirectives('v.yaml', text)).toEqual([
      { file: 'v.yaml', line: 1, target: 1, codes: ['TKI002'], reason: 'we run MongoDB upgrades by hand' },
      { file: 'v.yaml', line: 2, target: 4, codes: ['TKI003', 'TKI004'], reason: 'two codes' },
      { file: 'v.yaml', line: 5, target: 5, codes: ['TKI005'], reason: '' }
    ])
  })

  it('names its own line when nothing but comments follow', () => {
    const [last] = inlineDirectives('v.yaml', 'a: 1\n# testkube-istio-guard: ignore TKI002 -- why\n# end')
    expect(last.target).toBe(2)
  })

  it('keeps a reason that holds dashes, and needs the space-separated --', () => {
    const [d] = inlineDirectives(
      'v.yaml',
      'x: 1 # testkube-istio-guard: ignore TKI002 -- set by hand -- see ops-runbook\n'
    )
    expect(d.reason).toBe('set by hand -- see ops-runbook')
    const [e] = inlineDirectives('v.yaml', 'x: 1 # testkube-istio-guard: ignore TKI002--no space\n')
    expect(e.reason).toBe('')
  })

  it('covers its target line and its own line (a comment at the top of a values file)', () => {
    const [top] = inlineDirectives(
      'v.yaml',
      '# testkube-istio-guard: ignore TKI002 -- why\ntestkube-api: {}\n'
    )
    expect(top.target).toBe(2)
    expect(directiveCovers(top, 'v.yaml', 1)).toBe(true)
    expect(directiveCovers(top, 'v.yaml', 2)).toBe(true)
    expect(directiveCovers(top, 'v.yaml', 3)).toBe(false)
    expect(directiveCovers(top, 'w.yaml', 1)).toBe(false)
  })
})
