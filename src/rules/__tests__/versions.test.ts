import { describe, expect, it } from '@jest/globals'
import { classifyVersion, versionApplies } from '../versions.js'

describe('classifyVersion', () => {
  it('tells pinned versions, ranges and unknowns apart', () => {
    expect(classifyVersion('2.1.50')).toEqual({ kind: 'pinned', version: '2.1.50' })
    expect(classifyVersion('v2.1.50')).toEqual({ kind: 'pinned', version: '2.1.50' })
    expect(classifyVersion('2.5.0-rc.0')).toEqual({ kind: 'pinned', version: '2.5.0-rc.0' })
    expect(classifyVersion('2.2.x').kind).toBe('range')
    expect(classifyVersion('~2.4.0').kind).toBe('range')
    expect(classifyVersion('*').kind).toBe('range')
    expect(classifyVersion(null).kind).toBe('unknown')
    expect(classifyVersion('{{ .Values.version }}').kind).toBe('unknown')
    expect(classifyVersion('${TK_VERSION}').kind).toBe('unknown')
    expect(classifyVersion('latest').kind).toBe('unknown')
  })
})

describe('versionApplies', () => {
  it('compares a pinned version exactly', () => {
    expect(versionApplies('<=2.1.60', '2.1.60')).toBe(true)
    expect(versionApplies('<=2.1.60', '2.1.61')).toBe(false)
    expect(versionApplies('<=2.1.60', 'v2.1.50')).toBe(true)
    expect(versionApplies('>=1.17.22', '1.17.21')).toBe(false)
    expect(versionApplies('>=1.17.22', '1.17.22')).toBe(true)
  })

  it('treats a prerelease as below its release', () => {
    expect(versionApplies('<2.5.0', '2.5.0-rc.0')).toBe(true)
    expect(versionApplies('<2.5.0', '2.5.0')).toBe(false)
    expect(versionApplies('<=2.1.60', '2.1.61-rc.1')).toBe(false)
    expect(versionApplies('>=1.17.22', '2.0.0-beta.1')).toBe(true)
  })

  it('applies when a range intersects the rule range', () => {
    expect(versionApplies('<=2.1.60', '2.1.x')).toBe(true)
    expect(versionApplies('<=2.1.60', '2.2.x')).toBe(false)
    expect(versionApplies('<2.5.0', '~2.4.0')).toBe(true)
    expect(versionApplies('<2.5.0', '>=1.0.0')).toBe(true)
    expect(versionApplies('<2.5.0', '*')).toBe(true)
    expect(versionApplies('<=2.1.238', '>=2.1.239')).toBe(false)
    // Ranges follow Helm: no prereleases unless the range names one.
    expect(versionApplies('<2.5.0', '2.5.x')).toBe(false)
    expect(versionApplies('<2.5.0', '>=2.5.0-rc.0')).toBe(true)
  })

  it('applies every rule when the version is unknown, and a null rule range to everything', () => {
    expect(versionApplies('<=2.1.60', null)).toBe(true)
    expect(versionApplies('<=2.1.60', '{{ .Values.v }}')).toBe(true)
    expect(versionApplies(null, '9.9.9')).toBe(true)
  })
})
