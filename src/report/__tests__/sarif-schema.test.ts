/**
 * The SARIF this tool writes is valid against the official SARIF 2.1.0 schema (vendored in __fixtures__), with
 * every feature in use: rules, fixable findings, suppressions of each kind, baseline states including absent
 * results, and files that could not be read.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv04Module from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import { scan } from '../../engine/scan.js'
import { effectiveSettings, loadConfig } from '../../config/load.js'
import { parseBaseline, renderBaseline } from '../../engine/baseline.js'
import { toSarif } from '../sarif.js'
import { sampleReport } from './sample.js'

type Validator = ((data: unknown) => boolean) & { errors?: unknown[] | null }
const Ajv04 = Ajv04Module as unknown as new (opts: object) => { compile(schema: object): Validator }
const addFormats = addFormatsModule as unknown as (ajv: object) => void

const schema = JSON.parse(
  readFileSync(resolve(process.cwd(), 'src/report/__tests__/__fixtures__/sarif-schema-2.1.0.json'), 'utf8')
) as object
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is not a valid u-flag regex
addFormats(ajv)
const validate = ajv.compile(schema)

const ROOT = resolve(process.cwd(), 'src/engine/__fixtures__/suppressions')

describe('SARIF against the official 2.1.0 schema', () => {
  it('refuses what is not SARIF (the check can fail)', () => {
    expect(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ level: 'fatal' }] }]
      })
    ).toBe(false)
  })

  it('accepts the renderer test report', () => {
    expect(validate(toSarif(sampleReport()))).toBe(true)
  })

  it('accepts suppressions of each kind, baseline states and absent results', async () => {
    const config = await loadConfig(ROOT, null, ROOT)
    const plain = effectiveSettings(
      { include: [], exclude: [], chartVersions: [] },
      config,
      undefined,
      '2026-06-15'
    )
    const first = await scan({ root: ROOT, ...plain.scan, readAhead: false })
    const baselineText = renderBaseline(first.findings.slice(0, 1), f => f.fingerprint ?? '')
    const gone = JSON.stringify({
      schemaVersion: 1,
      findings: [
        ...JSON.parse(baselineText).findings,
        { fingerprint: 'a'.repeat(32), ruleId: 'TKI001', file: 'gone.yaml', line: 2, message: 'gone' }
      ]
    })
    const settings = effectiveSettings(
      { include: [], exclude: [], chartVersions: [] },
      config,
      parseBaseline(gone, 'baseline.json'),
      '2026-06-15'
    )
    const report = await scan({ root: ROOT, ...settings.scan, readAhead: false })
    const log = toSarif(report, { uriPrefix: 'src/engine/__fixtures__/suppressions/' })
    const ok = validate(log)
    if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2))
    const results = log.runs[0].results ?? []
    const kinds = new Set(
      results.flatMap(r => (r.suppressions ?? []).map(s => `${s.kind} ${String(s.properties?.kind)}`))
    )
    expect([...kinds].sort()).toEqual(['external baseline', 'external config', 'inSource inline'])
    expect(new Set(results.map(r => r.baselineState))).toEqual(new Set(['new', 'unchanged', 'absent']))
    const inline = results.find(r => r.suppressions?.[0]?.kind === 'inSource')
    expect(inline?.suppressions?.[0]).toMatchObject({
      status: 'accepted',
      justification: expect.any(String),
      location: {
        physicalLocation: {
          artifactLocation: { uri: 'src/engine/__fixtures__/suppressions/apps/testkube.yaml' }
        }
      }
    })
    const absent = results.filter(r => r.baselineState === 'absent')
    expect(absent).toHaveLength(1)
    expect(absent[0]).toMatchObject({ ruleId: 'TKI001', kind: 'pass', level: 'none' })
    expect(absent[0].partialFingerprints).toBeUndefined()
  })

  it('reads its own SARIF back as a baseline: the accepted-elsewhere and absent results are left out', async () => {
    const config = await loadConfig(ROOT, null, ROOT)
    const settings = effectiveSettings(
      { include: [], exclude: [], chartVersions: [] },
      config,
      undefined,
      '2026-06-15'
    )
    const report = await scan({ root: ROOT, ...settings.scan, readAhead: false })
    const baseline = parseBaseline(JSON.stringify(toSarif(report)), 'old.sarif')
    expect(baseline.entries.map(e => e.fingerprint).sort()).toEqual(
      report.findings.map(f => f.fingerprint).sort()
    )
    expect(baseline.entries.find(e => e.ruleId === 'TKI004')).toMatchObject({
      file: 'apps/testkube.yaml',
      line: 25
    })
  })
})
