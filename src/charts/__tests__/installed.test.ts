import { describe, expect, it } from '@jest/globals'
import { resolveInstalled } from '../installed.js'
import { enterpriseAgentPin, newestStable, nextRelease, previousRelease, releasesOf } from '../releases.js'
import { RELEASE_DATA } from '../releases.data.js'

describe('released versions', () => {
  it('holds every release of the data, ascending, with the index flags', () => {
    expect(releasesOf('testkube')).toHaveLength(RELEASE_DATA.testkube.versions.length)
    expect(releasesOf('testkube')[0].version).toBe(RELEASE_DATA.testkube.versions[0])
    const notIn = releasesOf('testkube').filter(r => !r.inIndex)
    expect(notIn.map(r => r.version)).toEqual([...RELEASE_DATA.testkube.notInIndex])
  })

  it('finds the neighbours of a version, released or not', () => {
    expect(nextRelease('testkube', '1.17.62')).toBe('1.17.63')
    expect(previousRelease('testkube', '1.17.63')).toBe('1.17.62')
    expect(nextRelease('testkube', '1.13.30')).toBe('1.13.31')
    expect(previousRelease('testkube', '0.0.1')).toBeNull()
    expect(nextRelease('testkube', '99.0.0')).toBeNull()
  })

  it('knows the newest stable release of each chart', () => {
    expect(newestStable('testkube')).toBe('2.12.2')
    expect(newestStable('testkube-runner')).toBe('2.12.2')
    expect(newestStable('testkube-enterprise')).toBe('2.326.6')
  })

  it('knows the agent an enterprise release bundles, where the data pins it exactly', () => {
    expect(enterpriseAgentPin('2.319.0')).toBe('2.1.235')
    expect(enterpriseAgentPin('1.62.0')).toBe('1.17.28')
    expect(enterpriseAgentPin('2.320.0-rc.0')).toBe('2.1.239')
    expect(enterpriseAgentPin('2.326.6')).toBeNull()
  })
})

describe('resolveInstalled', () => {
  // chart-releases.md, "Example resolutions (inIndex, stable)".
  it.each([
    ['2.x', '2.12.2'],
    ['>=1.16.0', '2.12.2'],
    ['~1.16.0', '1.16.63'],
    ['1.x', '1.17.99'],
    ['~1.17.0', '1.17.99'],
    ['~2.1.0', '2.1.262'],
    ['0.x', '0.9.96'],
    ['*', '2.12.2'],
    ['2.x.x', '2.12.2']
  ])('resolves the range %s to %s, as Helm does', (range, version) => {
    const got = resolveInstalled('testkube', range)
    expect(got).toMatchObject({ version, basis: 'range', known: true })
  })

  it('never picks a prerelease for a range that names none, and may when it names one', () => {
    expect(resolveInstalled('testkube', '>=2.12.0').version).toBe('2.12.2')
    expect(resolveInstalled('testkube', '>=2.13.0-rc.0').version).toBe('2.13.0-rc.0')
  })

  it('skips versions that are not in the index', () => {
    // 2.1.76 is a tag only (chart-releases.md): ~2.1.76 cannot resolve to it.
    expect(RELEASE_DATA.testkube.notInIndex).toContain('2.1.76')
    expect(resolveInstalled('testkube', '>=2.1.76 <2.1.77').basis).toBe('unknown')
  })

  it('says when a range also admits releases newer than the data knows', () => {
    expect(resolveInstalled('testkube', '2.x').note).toMatch(/newer than 2\.13\.0-rc\.0/)
    expect(resolveInstalled('testkube', '~1.16.0').note).toBe('the range ~1.16.0 resolves to 1.16.63')
  })

  it('takes a pinned version as it is, prereleases and a v prefix included', () => {
    expect(resolveInstalled('testkube', '2.5.0-rc.0')).toMatchObject({
      version: '2.5.0-rc.0',
      basis: 'pinned'
    })
    expect(resolveInstalled('testkube', 'v2.1.50')).toMatchObject({ version: '2.1.50', known: true })
    expect(resolveInstalled('testkube', '1.5.28', null, 'lock').basis).toBe('lock')
  })

  it('judges a version newer than every known release as the newest known, with a note', () => {
    const got = resolveInstalled('testkube', '3.0.0')
    expect(got).toMatchObject({ version: '2.12.2', known: true })
    expect(got.note).toMatch(/newer than every release/)
  })

  it('says when a pinned version was never released, or cannot be installed from the index', () => {
    expect(resolveInstalled('testkube', '1.5.200').note).toBe(
      'testkube 1.5.200 is not a released version of the chart'
    )
    expect(resolveInstalled('testkube', '2.1.76').note).toMatch(/not in the chart repository's index/)
    expect(resolveInstalled('testkube', '2.1.75').note).toBeNull()
  })

  it('marks an unknown version known: false, says every check applies, and how to pin it', () => {
    for (const declared of [null, '{{ .Values.version }}', '${TK_VERSION}']) {
      const got = resolveInstalled('testkube', declared)
      expect(got).toMatchObject({ version: '2.12.2', basis: 'unknown', known: false })
      expect(got.note).toMatch(
        /the checks only older releases need are notes; pin it with --chart-version testkube=VERSION$/
      )
    }
  })

  it('uses a pin only where the version is unknown', () => {
    expect(resolveInstalled('testkube', null, '1.16.17')).toMatchObject({
      version: '1.16.17',
      basis: 'override',
      known: true
    })
    expect(resolveInstalled('testkube', '2.1.50', '1.16.17').version).toBe('2.1.50')
  })
})
