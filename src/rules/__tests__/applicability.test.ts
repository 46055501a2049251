/**
 * The fast version lookups the judge asks through (release masks built from intervals, memoised answers) against
 * semver itself: for every range the windows table holds, every released version of its chart, and versions
 * between releases.
 */
import { describe, expect, it } from '@jest/globals'
import Range from 'semver/classes/range.js'
import type { ChartName } from '../../model.js'
import { nextRelease, releasesOf } from '../../charts/releases.js'
import { firstReleaseIn, inReleases, releaseMask } from '../applicability.js'
import { CHECK_VERSIONS, CUSTOM_TEMPLATE_KEYS, GLOBAL_TEMPLATE_MODES } from '../windows.js'

/** Every range string in a value of the table (the windows hold them under several field names). */
function rangesIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string' && /\d|\*/.test(value) && new Range(value).set.length > 0) out.add(value)
  else if (Array.isArray(value)) for (const v of value) rangesIn(v, out)
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) rangesIn(v, out)
  return out
}

function tableRanges(): { chart: ChartName; range: string }[] {
  const out: { chart: ChartName; range: string }[] = []
  for (const w of Object.values(CHECK_VERSIONS))
    for (const range of rangesIn({ ...w, chart: undefined, podWithoutKeyWhy: undefined }, new Set()))
      out.push({ chart: w.chart, range })
  for (const range of rangesIn([CUSTOM_TEMPLATE_KEYS.map(k => k.readBy), GLOBAL_TEMPLATE_MODES], new Set()))
    out.push({ chart: 'testkube', range })
  return out
}

const ranges = tableRanges()

describe('release masks', () => {
  it('find the ranges of the table', () => {
    // TKI001's window alone holds keyRead, podWithoutKey and an off-switch; the table holds dozens.
    expect(ranges.length).toBeGreaterThan(20)
    expect(ranges.some(r => r.range.includes('||'))).toBe(true)
  })

  it.each(ranges.map(r => [r.chart, r.range] as const))(
    '%s %s: the mask is what semver says',
    (chart, range) => {
      const semver = new Range(range, { includePrerelease: true })
      const expected = releasesOf(chart).map(r => (semver.test(r.version) ? 1 : 0))
      expect([...releaseMask(chart, range)]).toEqual(expected)
      for (const r of releasesOf(chart)) expect(inReleases(r.version, range)).toBe(semver.test(r.version))
    }
  )

  it('handle exact versions, open bounds, unions and every release', () => {
    const list = releasesOf('testkube').map(r => r.version)
    const at = (v: string): number => list.indexOf(v)
    const ones = (range: string): number[] =>
      [...releaseMask('testkube', range)].flatMap((bit, i) => (bit ? [i] : []))
    expect(ones('1.13.30')).toEqual([at('1.13.30')])
    expect(ones('>1.13.30 <=1.13.32')).toEqual([at('1.13.31'), at('1.13.32')])
    expect(ones('<0.0.0-0 || >=99.0.0')).toEqual([])
    expect(ones('*')).toHaveLength(list.length)
    // A bound that is not itself a release: the releases on either side of it.
    expect(ones('>=1.13.30-zzz <1.13.31')).toEqual([at('1.13.30')])
  })
})

describe('firstReleaseIn', () => {
  it('is the first release at or after a version in the range, released or not', () => {
    const keyRead = CHECK_VERSIONS.TKI001.keyRead
    expect(firstReleaseIn('testkube', keyRead, '1.5.28')).toBe('1.17.63')
    expect(firstReleaseIn('testkube', keyRead, '1.17.63')).toBe('1.17.63')
    expect(firstReleaseIn('testkube', keyRead, '1.17.62-zzz')).toBe('1.17.63')
    expect(firstReleaseIn('testkube', '<1.0.0', '1.5.28')).toBeNull()
    expect(nextRelease('testkube', '1.17.62')).toBe('1.17.63')
  })

  it('says no for a version semver cannot read', () => {
    expect(inReleases('not-a-version', '*')).toBe(false)
  })
})
