import { describe, expect, it } from '@jest/globals'
import { getRule, type Requirement } from '../catalogue.js'
import { evaluate, fixValue, mergedProxyConfig, parseProxyConfig, proxyConfigHolds } from '../predicates.js'

const inject = getRule('TKI001').requirements[0]
const enabled = getRule('TKI006').requirements[0]
const proxy = getRule('TKI007').requirements[0]
const inline = getRule('TKI009').requirements[1]

describe('string-equals (annotations)', () => {
  it('holds only for the string', () => {
    expect(evaluate(inject, 'false')).toBe('ok')
    expect(evaluate(inject, 'true')).toBe('wrong')
    expect(evaluate(inject, undefined)).toBe('missing')
    expect(evaluate(inject, null)).toBe('missing')
  })
  it('is wrong-type (TKI010) for anything not a string', () => {
    for (const v of [false, true, 0, { a: 1 }, ['false']]) expect(evaluate(inject, v)).toBe('wrong-type')
  })
  it('is templated for a template', () => {
    expect(evaluate(inject, '{{ .Values.inject }}')).toBe('templated')
    expect(evaluate(inject, '${INJECT}')).toBe('templated')
  })
})

describe('bool-equals (flags)', () => {
  it('wants the YAML boolean', () => {
    expect(evaluate(enabled, true)).toBe('ok')
    expect(evaluate(enabled, false)).toBe('wrong')
    expect(evaluate(enabled, 'true')).toBe('wrong')
    expect(evaluate(enabled, '{{ .Values.x }}')).toBe('templated')
  })
})

describe('true-or-set (TKI009 inline or name)', () => {
  it('holds for inline true or a name', () => {
    expect(evaluate(inline, true)).toBe('ok')
    expect(evaluate(inline, undefined, 'my-template')).toBe('ok')
    expect(evaluate(inline, false, 'my-template')).toBe('ok')
    expect(evaluate(inline, false, '')).toBe('wrong')
    expect(evaluate(inline, undefined)).toBe('missing')
    expect(fixValue(inline, false)).toBe(true)
  })
})

describe('proxy-config-hold', () => {
  it('reads JSON (with spaces) and YAML in the string', () => {
    expect(proxyConfigHolds('{ "holdApplicationUntilProxyStarts": true }')).toBe(true)
    expect(proxyConfigHolds('holdApplicationUntilProxyStarts: true\nterminationDrainDuration: 30s')).toBe(
      true
    )
    expect(proxyConfigHolds('{"holdApplicationUntilProxyStarts": false}')).toBe(false)
    expect(parseProxyConfig('')).toEqual({})
    expect(parseProxyConfig('not a map')).toBeNull()
  })
  it('judges the value', () => {
    expect(evaluate(proxy, '{"holdApplicationUntilProxyStarts":true}')).toBe('ok')
    expect(evaluate(proxy, '{"tracing":{"sampling":10}}')).toBe('wrong')
    expect(evaluate(proxy, { holdApplicationUntilProxyStarts: true })).toBe('wrong-type')
    expect(evaluate(proxy, undefined)).toBe('missing')
  })
  it('merges, keeping other settings, into one-line JSON', () => {
    expect(mergedProxyConfig('{ "tracing": { "sampling": 10 } }')).toBe(
      '{"tracing":{"sampling":10},"holdApplicationUntilProxyStarts":true}'
    )
    expect(mergedProxyConfig('terminationDrainDuration: 30s\n')).toBe(
      '{"terminationDrainDuration":"30s","holdApplicationUntilProxyStarts":true}'
    )
    expect(mergedProxyConfig({ holdApplicationUntilProxyStarts: true, a: 1 })).toBe(
      '{"a":1,"holdApplicationUntilProxyStarts":true}'
    )
    expect(mergedProxyConfig('{"holdApplicationUntilProxyStarts": false, "b": 2}')).toBe(
      '{"b":2,"holdApplicationUntilProxyStarts":true}'
    )
    expect(mergedProxyConfig(undefined)).toBe('{"holdApplicationUntilProxyStarts":true}')
    expect(mergedProxyConfig('[1, 2]')).toBeNull()
  })
})

it('every requirement kind has a fix value', () => {
  const reqs: Requirement[] = [inject, enabled, proxy, inline]
  expect(reqs.map(r => fixValue(r, undefined))).toEqual([
    'false',
    true,
    '{"holdApplicationUntilProxyStarts":true}',
    true
  ])
})
