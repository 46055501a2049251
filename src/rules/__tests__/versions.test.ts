import { describe, expect, it } from '@jest/globals'
import { classifyVersion } from '../versions.js'

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
