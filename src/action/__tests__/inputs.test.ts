import { describe, expect, it } from '@jest/globals'
import { getInputs, InputError, list, resolveMode } from '../inputs.js'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('inputs', () => {
  it('resolves auto by event', () => {
    expect(resolveMode('auto', 'pull_request')).toBe('review')
    expect(resolveMode('auto', 'pull_request_target')).toBe('review')
    expect(resolveMode('auto', 'schedule')).toBe('pull-request')
    expect(resolveMode('auto', 'workflow_dispatch')).toBe('pull-request')
    expect(resolveMode('auto', 'push')).toBe('pull-request')
    expect(resolveMode('auto', 'merge_group')).toBe('check')
    expect(resolveMode('commit', 'pull_request')).toBe('commit')
  })

  it('reads lists and defaults', () => {
    expect(list('a/**\n b.yaml, c.yaml\n# comment\n')).toEqual(['a/**', 'b.yaml', 'c.yaml'])
    const i = getInputs(reader({ token: 't', exclude: 'x/**' }))
    expect(i).toMatchObject({
      mode: 'auto',
      path: '.',
      include: [],
      exclude: ['x/**'],
      failOn: 'error',
      nativeSidecars: 'auto'
    })
    expect(i.fixBranch).toBe('testkube-istio-guard/fixes')
  })

  it('refuses values out of range with the input named', () => {
    expect(() => getInputs(reader({ mode: 'fix' }))).toThrow(InputError)
    expect(() => getInputs(reader({ mode: 'fix' }))).toThrow(/'mode'/)
    expect(() => getInputs(reader({ 'fail-on': 'notes' }))).toThrow(/'fail-on'/)
    expect(() => getInputs(reader({ 'native-sidecars': 'yes' }))).toThrow(/'native-sidecars'/)
    expect(() => getInputs(reader({ 'fix-branch': 'a..b' }))).toThrow(/'fix-branch'/)
    expect(getInputs(reader({ 'fix-branch': 'refs/heads/bot/fix' })).fixBranch).toBe('bot/fix')
  })
})
