/**
 * Globs are bounded before picomatch compiles them: several stars in one path segment backtrack exponentially
 * against a name that almost matches, and a glob may come from the repository itself.
 */
import { describe, expect, it } from '@jest/globals'
import { compileGlobs, globProblem, MAX_GLOB_LENGTH } from '../globs.js'

describe('globProblem', () => {
  it('accepts the globs people write', () => {
    for (const g of [
      'apps/**',
      '**/*.yaml',
      '**/*testkube*.yaml',
      'env/*/values-*.{yaml,yml}',
      '*.yaml',
      'a/**/b/*'
    ])
      expect({ g, problem: globProblem(g) }).toEqual({ g, problem: null })
  })

  it('refuses more than two stars in one segment, and overlong globs', () => {
    const pathological = `${'a*'.repeat(10)}b`
    expect(globProblem(pathological)).toMatch(/10 wildcards in one path segment/)
    expect(globProblem('*a*a*b')).toMatch(/3 wildcards/)
    expect(globProblem('x'.repeat(MAX_GLOB_LENGTH + 1))).toMatch(/longer than/)
    expect(() => compileGlobs([pathological])).toThrow(/wildcards/)
  })

  it('treats extglob syntax as plain characters', () => {
    const match = compileGlobs(['+(a|aa).yaml']) as (p: string) => boolean
    expect(match('+(a|aa).yaml')).toBe(true)
    expect(match('aa.yaml')).toBe(false)
  })

  it('matches dot files and nested paths as before', () => {
    const match = compileGlobs(['apps/**', '**/*.yml']) as (p: string) => boolean
    expect(['apps/x/.hidden.yaml', 'a/b/c.yml', 'b/c.yaml'].map(match)).toEqual([true, true, false])
    expect(compileGlobs([])).toBeNull()
  })
})
