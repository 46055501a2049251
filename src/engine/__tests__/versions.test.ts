import { describe, expect, it } from '@jest/globals'
import { installVersions } from '../versions.js'
import type { Release } from '../../model.js'

function release(over: Partial<Release> = {}): Release {
  return {
    id: 'values.yaml',
    name: 'testkube',
    namespace: 'testkube',
    source: 'helm-values',
    file: 'envs/prod/values.yaml',
    line: 1,
    chart: 'testkube',
    chartVersion: null,
    valuesPrefix: '',
    layers: [],
    scopes: [],
    ...over
  }
}

describe('installVersions', () => {
  it('gives every scope its installed version and the release its resolved version and note', () => {
    const r = release({ chartVersion: '~1.16.0' })
    installVersions(r)
    expect(r.resolvedVersion).toBe('1.16.63')
    expect(r.scopes[0].installed).toMatchObject({ version: '1.16.63', basis: 'range' })
    expect(r.notes).toEqual(['the range ~1.16.0 resolves to 1.16.63'])
  })

  it('applies a pin to an unknown version only, matched by chart, release or path', () => {
    const pins = [
      { chart: 'testkube-runner' as const, version: '2.1.0', origin: '--chart-version' },
      { release: 'testkube/testkube', path: 'envs/prod/**', version: '1.16.17', origin: 'config' }
    ]
    const unknown = release()
    installVersions(unknown, pins)
    expect(unknown.scopes[0].installed).toMatchObject({ version: '1.16.17', basis: 'override', known: true })
    const elsewhere = release({ file: 'envs/dev/values.yaml' })
    installVersions(elsewhere, pins)
    expect(elsewhere.scopes[0].installed).toMatchObject({ basis: 'unknown', known: false })
    // Not judged at a version, so none is shown as resolved.
    expect(elsewhere.resolvedVersion).toBeNull()
    const pinned = release({ chartVersion: '2.1.50' })
    installVersions(pinned, pins)
    expect(pinned.resolvedVersion).toBe('2.1.50')
  })
})
