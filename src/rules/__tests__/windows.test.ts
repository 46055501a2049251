/**
 * Every bound of the windows table, tested at its boundary releases (last before, first in, last in, first after),
 * through the whole judge. The boundaries are generated from the same table the judge reads; the expected outcome
 * at each one is what rules.md says a release in (or out of) the window gets. A literal list from rules.md pins
 * the facts themselves, and __tests__/corpus/chart-matrix.test.ts holds the table against chart-matrix.json.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ChartName, Finding } from '../../model.js'
import { judgeRelease } from '../../engine/judge.js'
import { nextRelease, previousRelease, releasesOf } from '../../charts/releases.js'
import { inReleases } from '../applicability.js'
import { getRule, type RuleCode } from '../catalogue.js'
import { CHECK_VERSIONS, type GateTerm, type Releases } from '../windows.js'
import { setIn } from '../../engine/merge.js'
import { splitSetPath } from '../../values/setpath.js'
import { valuesFileRelease } from '../../testing/release.js'

const release = valuesFileRelease

/** Runs of consecutive released versions in a range: [first, last] each. */
function runs(chart: ChartName, releases: Releases): [string, string][] {
  const out: [string, string][] = []
  let open: [string, string] | null = null
  for (const r of releasesOf(chart)) {
    if (inReleases(r.version, releases)) {
      if (open) open[1] = r.version
      else open = [r.version, r.version]
    } else if (open) {
      out.push(open)
      open = null
    }
  }
  if (open) out.push(open)
  return out
}

/** last before, first in, last in, first after (the outer two when they exist). */
function boundaries(chart: ChartName, releases: Releases): string[] {
  const out = new Set<string>()
  for (const [first, last] of runs(chart, releases)) {
    const before = previousRelease(chart, first)
    const after = nextRelease(chart, last)
    for (const v of [before, first, last, after]) if (v) out.add(v)
  }
  return [...out]
}

/** Values that turn every off-switch of a check off, so its pod renders wherever the chart has it. */
function podOnValues(code: keyof typeof CHECK_VERSIONS): Record<string, unknown> {
  let values: Record<string, unknown> = {}
  const set = (t: GateTerm): void => {
    if ('anyOf' in t) {
      // (a or b or c) must be false: every term at its other value.
      t.anyOf.forEach(set)
      return
    }
    values = setIn(values, splitSetPath(t.path).map(String), !t.is)
  }
  for (const s of CHECK_VERSIONS[code].offSwitches) {
    // An off-switch holds only when all its terms hold: one term at its other value keeps the pod on.
    const first = s.when[0]
    set(first)
  }
  return values
}

type Outcome = 'fixable' | 'needs-change' | 'none'

function outcome(findings: Finding[], code: string): Outcome {
  const own = findings.filter(f => f.ruleId === code && f.level === 'error')
  if (own.length === 0) return 'none'
  if (own.every(f => f.fixable)) return 'fixable'
  if (own.some(f => !f.fixable && f.requiresChartVersion !== undefined)) return 'needs-change'
  throw new Error(`unexpected findings: ${JSON.stringify(own)}`)
}

function expected(code: keyof typeof CHECK_VERSIONS, version: string): Outcome {
  const w = CHECK_VERSIONS[code]
  if (inReleases(version, w.keyRead)) return 'fixable'
  if (w.podWithoutKey !== null && inReleases(version, w.podWithoutKey)) return 'needs-change'
  return 'none'
}

const CODES = Object.keys(CHECK_VERSIONS) as (keyof typeof CHECK_VERSIONS)[]

describe('the windows table at its boundary releases', () => {
  for (const code of CODES) {
    const w = CHECK_VERSIONS[code]
    const ranges = [w.keyRead, ...(w.podWithoutKey ? [w.podWithoutKey] : [])]
    const versions = [...new Set(ranges.flatMap(r => boundaries(w.chart, r)))]
    it(`${code}: ${versions.length} boundary releases`, () => {
      const values = podOnValues(code)
      for (const v of versions) {
        const got = outcome(judgeRelease(release(w.chart, v, values)).findings, code)
        expect([code, v, got]).toEqual([code, v, expected(code, v)])
      }
    })
  }

  for (const code of CODES) {
    const w = CHECK_VERSIONS[code]
    w.offSwitches.forEach((s, i) => {
      it(`${code}: off-switch ${i + 1} is read exactly in its releases`, () => {
        // Every term at its off value; where the chart reads the switch, the pod is gone.
        let values: Record<string, unknown> = {}
        const setOff = (t: GateTerm): void => {
          if ('anyOf' in t) setOff(t.anyOf[0])
          else values = setIn(values, splitSetPath(t.path).map(String), t.is)
        }
        s.when.forEach(setOff)
        for (const v of boundaries(w.chart, s.in)) {
          const got = outcome(judgeRelease(release(w.chart, v, values)).findings, code)
          const other = w.offSwitches.some(
            (o, j) => j !== i && inReleases(v, o.in) && offByDefault(o.when, v)
          )
          const want = inReleases(v, s.in) || other ? 'none' : expected(code, v)
          expect([code, v, got]).toEqual([code, v, want])
        }
      })
    })
  }
})

/** An off-switch that holds on the chart defaults alone (no value set). */
function offByDefault(terms: readonly GateTerm[], version: string): boolean {
  const holds = (t: GateTerm): boolean => {
    if ('anyOf' in t) return t.anyOf.some(holds)
    const d = t.defaults.find(x => inReleases(version, x.in))?.value ?? true
    return d === t.is
  }
  return terms.every(holds)
}

/** The facts of rules.md, release by release (code, version, outcome with nothing set). */
const FACTS: [RuleCode, ChartName, string, Outcome][] = [
  ['TKI001', 'testkube', '1.17.62', 'needs-change'],
  ['TKI001', 'testkube', '1.17.63', 'fixable'],
  ['TKI001', 'testkube', '2.4.4', 'fixable'],
  ['TKI001', 'testkube', '2.5.0-rc.0', 'none'],
  ['TKI002', 'testkube', '1.4.54', 'none'],
  ['TKI002', 'testkube', '1.4.55', 'needs-change'],
  ['TKI002', 'testkube', '1.4.56', 'none'],
  ['TKI002', 'testkube', '1.5.17', 'none'],
  ['TKI002', 'testkube', '1.5.18', 'needs-change'],
  ['TKI002', 'testkube', '1.15.0', 'needs-change'],
  ['TKI002', 'testkube', '1.15.1', 'fixable'],
  ['TKI002', 'testkube', '2.1.60', 'fixable'],
  ['TKI002', 'testkube', '2.1.61', 'none'],
  ['TKI003', 'testkube', '1.16.34', 'none'],
  ['TKI003', 'testkube', '1.16.35', 'fixable'],
  ['TKI003', 'testkube', '2.1.61', 'none'],
  ['TKI004', 'testkube', '1.10.384', 'none'],
  ['TKI004', 'testkube', '1.10.385', 'needs-change'],
  ['TKI004', 'testkube', '1.13.29', 'needs-change'],
  ['TKI004', 'testkube', '1.13.30', 'fixable'],
  ['TKI004', 'testkube', '1.13.31', 'needs-change'],
  ['TKI004', 'testkube', '1.13.32', 'fixable'],
  ['TKI004', 'testkube', '1.13.33', 'needs-change'],
  ['TKI004', 'testkube', '1.13.34', 'needs-change'],
  ['TKI004', 'testkube', '1.13.35', 'fixable'],
  ['TKI004', 'testkube', '2.1.60', 'fixable'],
  ['TKI004', 'testkube', '2.1.61', 'none'],
  ['TKI005', 'testkube', '1.4.46', 'none'],
  ['TKI005', 'testkube', '1.4.47', 'needs-change'],
  ['TKI005', 'testkube', '1.5.98', 'needs-change'],
  ['TKI005', 'testkube', '1.5.99', 'fixable'],
  ['TKI005', 'testkube', '2.1.238', 'fixable'],
  ['TKI005', 'testkube', '2.1.239', 'none'],
  ['TKI006', 'testkube', '1.17.23', 'none'],
  ['TKI006', 'testkube', '1.17.24', 'fixable'],
  ['TKI006', 'testkube', '1.17.25', 'needs-change'],
  ['TKI006', 'testkube', '1.17.26', 'fixable'],
  ['TKI011', 'testkube', '2.12.1', 'none'],
  ['TKI011', 'testkube', '2.12.2', 'fixable'],
  ['TKI011', 'testkube', '2.13.0-rc.0', 'fixable'],
  ['TKI012', 'testkube', '2.8.1', 'none'],
  ['TKI009', 'testkube-runner', '2.1.0', 'fixable']
]

describe('rules.md, release by release', () => {
  it.each(FACTS)('%s on %s %s: %s', (code, chart, version, want) => {
    expect(outcome(judgeRelease(release(chart, version)).findings, code)).toBe(want)
  })

  it('names the first release that reads the key and the ways out at that version', () => {
    const at = (code: string, version: string): Finding | undefined =>
      judgeRelease(release('testkube', version)).findings.find(f => f.ruleId === code)
    expect(at('TKI004', '1.13.31')?.requiresChartVersion).toBe('1.13.32')
    expect(at('TKI004', '1.11.0')?.requiresChartVersion).toBe('1.13.30')
    const tki002 = at('TKI002', '1.7.71')
    expect(tki002?.requiresChartVersion).toBe('1.15.1')
    expect(tki002?.message).toContain('upgrade the chart to 1.15.1 or later')
    expect(tki002?.message).toContain(
      'set preUpgradeHook.enabled is false, which skips the MongoDB upgrade step'
    )
    // Before 1.7.71 the hook has no off-switch.
    expect(at('TKI002', '1.7.70')?.message).not.toContain('preUpgradeHook.enabled')
    const tki001 = at('TKI001', '1.12.22')
    expect(tki001?.requiresChartVersion).toBe('1.17.63')
    expect(tki001?.message).toContain('testkube-api.templates.job (base64)')
    expect(tki001?.message).toContain('testkube-api.configValues')
    expect(at('TKI001', '1.12.21')?.message).not.toContain('configValues')
    expect(at('TKI001', '1.9.124')?.message).not.toContain('templates.job')
    expect(at('TKI005', '1.5.0')?.requiresChartVersion).toBe('1.5.99')
    expect(at('TKI006', '1.17.25')?.requiresChartVersion).toBe('1.17.26')
    expect(getRule('TKI006').window?.podWithoutKey).toBe('1.17.25')
  })

  it('never plans an edit for a check that needs another change', () => {
    const { findings, edits } = judgeRelease(release('testkube', '1.5.28'))
    expect(findings.filter(f => f.fixable)).toEqual([])
    expect(edits).toEqual([])
    expect(findings.map(f => f.ruleId)).toEqual(['TKI001', 'TKI002', 'TKI005'])
  })

  it('gates take the chart default at that version, and an explicit value over it', () => {
    const on = { 'testkube-operator': { enabled: true } }
    expect(outcome(judgeRelease(release('testkube', '2.1.239', on)).findings, 'TKI005')).toBe('fixable')
    const mongoOff = { mongodb: { enabled: false } }
    // mongodb.enabled gates the MongoDB hook only from 1.16.42.
    expect(outcome(judgeRelease(release('testkube', '1.16.41', mongoOff)).findings, 'TKI002')).toBe('fixable')
    expect(outcome(judgeRelease(release('testkube', '1.16.42', mongoOff)).findings, 'TKI002')).toBe('none')
    const fcv = { mongodb: { preUpgradeFCVJob: { enabled: true } } }
    expect(outcome(judgeRelease(release('testkube', '2.8.0', fcv)).findings, 'TKI012')).toBe('none')
    expect(outcome(judgeRelease(release('testkube', '2.8.1', fcv)).findings, 'TKI012')).toBe('fixable')
    const legacyOff = { 'testkube-api': { next: { legacyTests: { enabled: false } } } }
    expect(outcome(judgeRelease(release('testkube', '2.1.133', legacyOff)).findings, 'TKI001')).toBe(
      'fixable'
    )
    expect(outcome(judgeRelease(release('testkube', '2.1.134', legacyOff)).findings, 'TKI001')).toBe('none')
    const nextOff = { 'testkube-api': { next: { enabled: false, legacyTests: { enabled: false } } } }
    expect(outcome(judgeRelease(release('testkube', '2.1.134', nextOff)).findings, 'TKI001')).toBe('fixable')
    // A templated flag is neither true nor false: the pod stays on.
    const templated = { preUpgradeHook: { enabled: '{{ .Values.hook }}' } }
    expect(outcome(judgeRelease(release('testkube', '2.1.50', templated)).findings, 'TKI002')).toBe('fixable')
  })

  it('TKI011 renders when service-account templates or the CR-mode global template are on', () => {
    const at = (values: Record<string, unknown>): Outcome =>
      outcome(judgeRelease(release('testkube', '2.12.2', values)).findings, 'TKI011')
    const tw = (t: Record<string, unknown>): Record<string, unknown> => ({ global: { testWorkflows: t } })
    expect(at(tw({ createServiceAccountTemplates: false }))).toBe('none')
    expect(at(tw({ createServiceAccountTemplates: false, globalTemplate: { enabled: true } }))).toBe(
      'fixable'
    )
    expect(
      at(tw({ createServiceAccountTemplates: false, globalTemplate: { enabled: true, inline: true } }))
    ).toBe('none')
    expect(
      at(tw({ createServiceAccountTemplates: false, globalTemplate: { enabled: true, external: true } }))
    ).toBe('none')
  })
})

describe('one table of version facts', () => {
  it('no chart version is spelled in the rules or the engine outside windows.ts', () => {
    const dirs = ['src/rules', 'src/engine']
    const offenders: string[] = []
    for (const dir of dirs) {
      for (const name of readdirSync(dir)) {
        if (!name.endsWith('.ts') || name === 'windows.ts') continue
        const lines = readFileSync(join(dir, name), 'utf8').split('\n')
        lines.forEach((line, i) => {
          const code = line.replace(/^\s*(\/?\*|\/\/).*$/, '').replace(/\/\/.*$/, '')
          if (/\b\d+\.\d+\.\d+\b/.test(code)) offenders.push(`${dir}/${name}:${i + 1}: ${line.trim()}`)
        })
      }
    }
    expect(offenders).toEqual([])
  })
})

describe('TKI006 modes by release', () => {
  const gt = (t: Record<string, unknown>): Record<string, unknown> => ({
    global: { testWorkflows: { globalTemplate: t } }
  })
  const own = (version: string, t: Record<string, unknown>): Finding[] =>
    judgeRelease(release('testkube', version, gt(t))).findings.filter(
      f => f.path.startsWith('global.testWorkflows.globalTemplate') && f.ruleId !== 'TKI011'
    )
  const annotated = { pod: { annotations: { 'sidecar.istio.io/inject': 'false' } } }

  it('external: true hides the template where the chart reads it (2.1.39, 2.1.41+), not at 2.1.40', () => {
    expect(own('2.1.39', { external: true }).map(f => f.ruleId)).toEqual(['TKI102'])
    expect(own('2.1.41', { external: true }).map(f => f.ruleId)).toEqual(['TKI102'])
    expect(own('2.1.40', { external: true }).map(f => f.ruleId)).toEqual(['TKI006', 'TKI006'])
    expect(own('2.1.38', { external: true }).map(f => f.ruleId)).toEqual(['TKI006', 'TKI006'])
  })

  it('inline: true yields no template at 2.1.134 to 2.1.144, and works from 2.1.145', () => {
    const broken = own('2.1.144', { enabled: true, inline: true, spec: annotated })
    expect(broken.map(f => [f.ruleId, f.fixable, f.requiresChartVersion])).toEqual([
      ['TKI006', false, '2.1.145']
    ])
    expect(own('2.1.134', { enabled: true, inline: true, spec: annotated })).toHaveLength(1)
    expect(own('2.1.145', { enabled: true, inline: true, spec: annotated })).toEqual([])
    // Before 2.1.134 the chart does not read inline: the template resource is created as usual.
    expect(own('2.1.133', { enabled: true, inline: true, spec: annotated })).toEqual([])
  })

  it('spec as a YAML string is judged inside the string from 2.1.135', () => {
    const good = 'pod:\n  annotations:\n    sidecar.istio.io/inject: "false"\n'
    expect(own('2.1.135', { enabled: true, spec: good })).toEqual([])
    const spec = '# the pod of every execution\npod:\n  labels: {team: qa}\n'
    const bad = own('2.1.135', { enabled: true, spec })
    expect(bad.map(f => [f.ruleId, f.path, f.fixable])).toEqual([
      ['TKI006', 'global.testWorkflows.globalTemplate.spec', true]
    ])
    // Fixed inside the string: the annotation added, the comment and the labels kept.
    const { edits } = judgeRelease(release('testkube', '2.1.135', gt({ enabled: true, spec })))
    const e = edits.find(x => x.ruleId === 'TKI006')
    expect(e).toMatchObject({ op: 'replace-string', from: spec })
    expect(e?.value).toBe(
      '# the pod of every execution\npod:\n  labels: { team: qa }\n  annotations:\n    sidecar.istio.io/inject: "false"\n'
    )
    expect(
      own('2.1.135', { enabled: true, spec: 'pod:\n  annotations:\n    sidecar.istio.io/inject: false\n' })[0]
        .ruleId
    ).toBe('TKI010')
    // 2.1.134 does not read a string spec: the annotation is simply not set.
    expect(own('2.1.134', { enabled: true, spec: good }).map(f => f.ruleId)).toEqual(['TKI006'])
  })

  it('tells agents connected to a Control Plane to use inline where it works', () => {
    expect(own('2.1.145', {})[0].message).toContain(
      'also set global.testWorkflows.globalTemplate.inline: true'
    )
    expect(own('2.1.144', {})[0].message).not.toContain('globalTemplate.inline: true')
  })
})
