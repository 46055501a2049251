/**
 * Suppressions end to end on a real fixture repository (src/engine/__fixtures__/suppressions): its config file
 * and inline comments, read by loadConfig and applied by the scan, with the date given (tests never read the
 * clock).
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scan, type ScanReport } from '../scan.js'
import { effectiveSettings, loadConfig } from '../../config/load.js'
import { parseConfig } from '../../config/parse.js'
import { parseBaseline, renderBaseline } from '../baseline.js'
import { settleFindings } from '../suppress.js'
import type { Finding, Release } from '../../model.js'

const ROOT = resolve(process.cwd(), 'src/engine/__fixtures__/suppressions')
const TODAY = '2026-06-15'

async function scanFixture(
  extra: { baselineText?: string; today?: string; planFixes?: boolean } = {}
): Promise<ScanReport> {
  const config = await loadConfig(ROOT, null, ROOT)
  const baseline = extra.baselineText ? parseBaseline(extra.baselineText, 'baseline.json') : undefined
  const settings = effectiveSettings(
    { include: [], exclude: [], chartVersions: [] },
    config,
    baseline,
    extra.today ?? TODAY
  )
  return scan({ root: ROOT, ...settings.scan, planFixes: extra.planFixes ?? true, readAhead: false })
}

const line = (f: Finding): string =>
  `${f.ruleId} ${f.file}:${f.line}${f.suppression ? ` ${f.suppression.kind} ${f.suppression.file}:${f.suppression.line} ${f.suppression.reason}` : ''}`

describe('suppressions', () => {
  it('accepts findings by inline comment, config entry and mesh injection, each with its reason', async () => {
    const report = await scanFixture()
    expect((report.suppressed ?? []).map(line).sort()).toEqual(
      [
        // Inline, on its own line above the release's declaration (`chart:`, the line the report names).
        'TKI002 apps/testkube.yaml:16 inline apps/testkube.yaml:12 we run MongoDB upgrades by hand',
        // Inline, at the end of the line the finding is reported at.
        'TKI003 apps/testkube.yaml:21 inline apps/testkube.yaml:21 NATS is upgraded in a maintenance window',
        // A config entry by release name (namespace/name would match too).
        'TKI005 apps/testkube.yaml:23 config .testkube-istio-guard.yaml:20 the operator webhook certificates are made by cert-manager',
        // `rule: "*"` with a path glob, not expired.
        ...['TKI002', 'TKI003', 'TKI004', 'TKI005'].map(
          c => `${c} legacy/testkube-values.yaml:2 config .testkube-istio-guard.yaml:12 decommissioned in Q1`
        ),
        // A path that is not injected: the sidecar checks are moot there.
        ...['TKI002', 'TKI003', 'TKI004', 'TKI005'].map(
          c =>
            `${c} values/sandbox.yaml:2 config .testkube-istio-guard.yaml:8 the sandbox namespace has no istio-injection label`
        )
      ].sort()
    )
  })

  it('reports what cannot suppress as TKI901 warnings, and those suppress nothing', async () => {
    const report = await scanFixture()
    const problems = report.findings.filter(f => f.ruleId === 'TKI901')
    expect(problems.map(f => `${f.level} ${f.file}:${f.line} ${f.message}`)).toEqual([
      'warning apps/testkube.yaml:25 the ignore comment for TKI004 has no reason ("-- why") and suppresses nothing',
      'warning values/sandbox.yaml:4 unknown rule code TKI077 in an ignore comment: it suppresses nothing',
      'warning .testkube-istio-guard.yaml:16 the ignore entry for TKI005 expired on 2000-01-01 and suppresses nothing: renew it or delete it (reason: the operator webhook is off in this cluster)'
    ])
    // The comment without a reason left TKI004 of the Application counting, and fixable.
    const tki004 = report.findings.find(f => f.ruleId === 'TKI004' && f.file === 'apps/testkube.yaml')
    expect(tki004).toMatchObject({ level: 'warning', fixable: true })
    expect(tki004?.suppression).toBeUndefined()
  })

  it('applies level overrides to every finding of the rule, suppressed or not (TKI004 a warning, TKI006 off)', async () => {
    const report = await scanFixture()
    const tki004 = [...report.findings, ...(report.suppressed ?? [])].filter(f => f.ruleId === 'TKI004')
    expect(tki004.map(f => `${f.level} ${f.file}`).sort()).toEqual([
      'warning apps/testkube.yaml',
      'warning legacy/testkube-values.yaml',
      'warning values/sandbox.yaml'
    ])
    // TKI006 is off: the judge finds it in every file, the report has it nowhere (and plans no edit for it).
    expect([...report.findings, ...(report.suppressed ?? [])].some(f => f.ruleId === 'TKI006')).toBe(false)
    expect(report.edits.some(e => e.ruleId === 'TKI006')).toBe(false)
  })

  it('plans no edit for an accepted finding', async () => {
    const report = await scanFixture()
    const editRules = report.edits.map(e => `${e.ruleId} ${e.target.file}`)
    expect(editRules).toEqual(['TKI004 apps/testkube.yaml'])
    expect(report.changes.map(c => c.file)).toEqual(['apps/testkube.yaml'])
    expect(report.changes[0].after).not.toMatch(/preUpgradeHook:\n/)
    expect([...report.editOf.keys()].every(f => !f.suppression)).toBe(true)
  })

  it('stops suppressing the day after an entry expires', async () => {
    const legacy = (r: ScanReport): string[] =>
      (r.suppressed ?? []).filter(f => f.file === 'legacy/testkube-values.yaml').map(f => f.ruleId)
    expect(legacy(await scanFixture({ today: '2999-12-31' }))).toHaveLength(4)
    const after = await scanFixture({ today: '3000-01-01' })
    expect(legacy(after)).toEqual([])
    expect(after.findings.filter(f => f.file === 'legacy/testkube-values.yaml').map(f => f.ruleId)).toEqual([
      'TKI002',
      'TKI003',
      'TKI004',
      'TKI005'
    ])
    expect(after.findings.map(f => f.message)).toContainEqual(
      expect.stringContaining('the ignore entry for every rule expired on 2999-12-31')
    )
  })

  it('baselines what is left, and reports baseline entries that are gone as absent', async () => {
    const first = await scanFixture()
    const text = renderBaseline([...first.findings, ...(first.suppressed ?? [])], f => f.fingerprint ?? '')
    const written = JSON.parse(text) as { findings: { ruleId: string; file: string }[] }
    // Findings accepted by a comment or the config stay accepted there: the baseline holds the rest.
    expect(written.findings.map(f => `${f.ruleId} ${f.file}`).sort()).toEqual([
      'TKI004 apps/testkube.yaml',
      'TKI901 .testkube-istio-guard.yaml',
      'TKI901 apps/testkube.yaml',
      'TKI901 values/sandbox.yaml'
    ])
    const withGone = JSON.stringify({
      schemaVersion: 1,
      findings: [
        ...written.findings,
        { fingerprint: 'f'.repeat(32), ruleId: 'TKI001', file: 'gone.yaml', line: 3, message: 'was here' }
      ]
    })
    const second = await scanFixture({ baselineText: withGone })
    const baselined = (second.suppressed ?? []).filter(f => f.suppression?.kind === 'baseline')
    expect(baselined.map(f => f.ruleId)).toEqual(['TKI004'])
    expect(baselined[0].suppression).toEqual({
      kind: 'baseline',
      reason: 'in the baseline baseline.json',
      file: 'baseline.json',
      line: 1
    })
    // TKI901 is never suppressed, not even by a baseline.
    expect(second.findings.map(f => f.ruleId).sort()).toEqual(['TKI901', 'TKI901', 'TKI901'])
    expect(second.baseline?.absent.map(e => `${e.ruleId} ${e.file}:${e.line}`)).toEqual([
      'TKI001 gone.yaml:3'
    ])
    expect(second.edits).toEqual([])
  })
})

describe('precedence between suppressions', () => {
  const release: Release = {
    id: 'r',
    name: 'testkube',
    namespace: 'testkube',
    source: 'helm-values',
    file: 'values.yaml',
    line: 1,
    chart: 'testkube',
    chartVersion: '1.16.17',
    valuesPrefix: '',
    layers: [],
    scopes: []
  }
  const finding: Finding = {
    ruleId: 'TKI002',
    level: 'error',
    releaseId: 'r',
    path: 'preUpgradeHook.podAnnotations.sidecar\\.istio\\.io/inject',
    expected: 'false',
    actual: undefined,
    file: 'values.yaml',
    line: 5,
    fixable: true,
    message: 'not set'
  }
  const text =
    'a: 1\nb: 2\nc: 3\n# testkube-istio-guard: ignore TKI002 -- inline reason\npreUpgradeHook: {}\n'
  const config = parseConfig(
    [
      'mesh:',
      '  - namespace: testkube',
      '    injection: disabled',
      'ignore:',
      '  - rule: TKI002',
      '    reason: config reason',
      '    expires: 2026-06-15'
    ].join('\n'),
    'cfg.yaml'
  )
  const noMesh = { ...config, mesh: [] }
  const baseline = {
    file: 'b.json',
    entries: [] as { fingerprint: string; ruleId: string; file: string; line: number; message: string }[]
  }
  const settle = (
    cfg: typeof config | undefined,
    readText: string | undefined,
    withBaseline: boolean,
    today = '2026-06-15'
  ): string => {
    const fp = settleFindings([finding], [release], () => undefined, { today }).findings[0].fingerprint ?? ''
    const b = withBaseline
      ? {
          ...baseline,
          entries: [{ fingerprint: fp, ruleId: 'TKI002', file: 'values.yaml', line: 5, message: '' }]
        }
      : undefined
    const out = settleFindings([finding], [release], () => readText, {
      today,
      ...(cfg ? { config: cfg } : {}),
      ...(b ? { baseline: b } : {})
    })
    const s = out.suppressed[0]?.suppression
    return s ? `${s.kind}: ${s.reason}` : 'not suppressed'
  }

  it('inline first, then a namespace without injection, then ignore entries, then the baseline', () => {
    expect(settle(config, text, true)).toBe('inline: inline reason')
    expect(settle(config, undefined, true)).toBe(
      'config: Istio injects no sidecar in namespace testkube (mesh: injection: disabled)'
    )
    expect(settle(noMesh, undefined, true)).toBe('config: config reason')
    expect(settle(undefined, undefined, true)).toBe('baseline: in the baseline b.json')
    expect(settle(undefined, undefined, false)).toBe('not suppressed')
  })

  it('keeps an entry on its expiry day, and not the day after', () => {
    expect(settle(noMesh, undefined, false, '2026-06-15')).toBe('config: config reason')
    expect(settle(noMesh, undefined, false, '2026-06-16')).toBe('not suppressed')
  })

  it("drops a rule's findings at level off, and changes the level of others", () => {
    const off = parseConfig('rules:\n  TKI002:\n    level: "off"\n', 'c.yaml')
    expect(
      settleFindings([finding], [release], () => undefined, { today: '', config: off }).findings
    ).toEqual([])
    const note = parseConfig('rules:\n  TKI002:\n    level: note\n', 'c.yaml')
    expect(
      settleFindings([finding], [release], () => undefined, { today: '', config: note }).findings[0].level
    ).toBe('note')
  })
})

describe('effectiveSettings: flags over the file over the defaults', () => {
  const config = parseConfig(
    [
      'include: ["a/**"]',
      'exclude: ["b/**"]',
      'failOn: warning',
      'nativeSidecars: "off"',
      'chartVersions:',
      '  - chart: testkube',
      '    version: 1.16.17',
      'mesh:',
      '  - path: dev/**',
      '    nativeSidecars: "on"'
    ].join('\n'),
    'c.yaml'
  )
  const none = { include: [], exclude: [], chartVersions: [] }

  it('takes the file where no flag is given', () => {
    const e = effectiveSettings(none, config, undefined, 'today')
    expect(e.failOn).toBe('warning')
    expect(e.scan).toMatchObject({ include: ['a/**'], exclude: ['b/**'], nativeSidecars: 'off' })
    expect(e.scan.nativeSidecarsBy?.map(m => m.path)).toEqual(['dev/**'])
    expect(e.scan.chartVersions?.map(p => p.version)).toEqual(['1.16.17'])
  })

  it('lets every given flag win, native sidecars over the mesh entries too; pins of both, the flags first', () => {
    const e = effectiveSettings(
      {
        include: ['x/**'],
        exclude: ['y/**'],
        failOn: 'never',
        nativeSidecars: 'auto',
        chartVersions: [{ chart: 'testkube', version: '2.1.0', origin: '--chart-version' }]
      },
      config,
      undefined,
      'today'
    )
    expect(e.failOn).toBe('never')
    expect(e.scan).toMatchObject({
      include: ['x/**'],
      exclude: ['y/**'],
      nativeSidecars: 'auto',
      nativeSidecarsBy: []
    })
    expect(e.scan.chartVersions?.map(p => p.version)).toEqual(['2.1.0', '1.16.17'])
  })

  it('has the defaults without a file', () => {
    const e = effectiveSettings(none, null, undefined, 'today')
    expect(e.failOn).toBe('error')
    expect(e.scan).toMatchObject({ include: [], exclude: [], nativeSidecars: 'auto', nativeSidecarsBy: [] })
  })
})
