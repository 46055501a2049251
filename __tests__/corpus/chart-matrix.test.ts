/**
 * The windows table (src/rules/windows.ts) against the release-by-release evidence in
 * ../shared/reference/chart-matrix.json: for every released `testkube` version, the check's key is read exactly
 * where the matrix says the value is consumed. Runs with the corpus tests (CI has ../shared; a fresh clone does not).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Range from 'semver/classes/range.js'
import { releasesOf } from '../../src/charts/releases.js'
import { inReleases } from '../../src/rules/applicability.js'
import { CHECK_VERSIONS } from '../../src/rules/windows.js'

const MATRIX = resolve(process.cwd(), '../shared/reference/chart-matrix.json')

interface MatrixRange {
  range: string
  consumed: boolean
  class: string
}

/** Check → matrix value, and the matrix classes that do not make the key fixable. */
const VALUE_OF: Record<string, { value: string; notFixable?: string[] }> = {
  TKI001: { value: 'V1' },
  TKI002: { value: 'V2' },
  TKI003: { value: 'V3' },
  TKI004: { value: 'V4' },
  TKI005: { value: 'V5' },
  // V6 1.17.25 renders only the template name (no resource): the pod has no template there.
  TKI006: { value: 'V6', notFixable: ['env-name-only'] }
}

describe('windows.ts agrees with chart-matrix.json', () => {
  it('finds the matrix beside the checkout', () => {
    expect(existsSync(MATRIX)).toBe(true)
  })

  const matrix = existsSync(MATRIX)
    ? (JSON.parse(readFileSync(MATRIX, 'utf8')) as {
        values: Record<string, { ranges: MatrixRange[] }>
      })
    : null

  for (const [code, { value, notFixable = [] }] of Object.entries(VALUE_OF)) {
    it(`${code} reads its key exactly where ${value} is consumed`, () => {
      if (!matrix) throw new Error(`${MATRIX} is missing`)
      const ranges = matrix.values[value].ranges.map(r => ({
        ...r,
        compiled: new Range(r.range, { includePrerelease: true })
      }))
      const keyRead = CHECK_VERSIONS[code as keyof typeof CHECK_VERSIONS].keyRead
      const wrong: string[] = []
      for (const { version } of releasesOf('testkube')) {
        const r = ranges.find(x => x.compiled.test(version))
        if (!r) continue
        const consumed = r.consumed && !notFixable.includes(r.class)
        if (consumed !== inReleases(version, keyRead)) wrong.push(`${version} (${r.class})`)
      }
      expect(wrong).toEqual([])
    })
  }
})
