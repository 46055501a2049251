import { describe, expect, it } from '@jest/globals'
import { ConfigError, parseConfig, type ConfigProblem } from '../parse.js'

const FILE = '.testkube-istio-guard.yaml'

function problems(text: string): ConfigProblem[] {
  try {
    parseConfig(text, FILE)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as ConfigError).problems
  }
  throw new Error('the config was accepted')
}

const COMPLETE = `# yaml-language-server: $schema=../docs/schema/config.schema.json
include: ["clusters/**"]
exclude: ["clusters/legacy/**"]
failOn: warning
nativeSidecars: auto
chartVersions:
  - chart: testkube
    path: clusters/dev/**
    version: 1.16.17
  - release: testkube/testkube
    version: "2.x"
mesh:
  - namespace: testkube-sandbox
    injection: disabled
    reason: the sandbox namespace has no istio-injection label
  - path: clusters/prod/**
    nativeSidecars: "on"
ignore:
  - rule: TKI002
    release: testkube/testkube
    reason: we run MongoDB upgrades by hand
    expires: 2027-01-31
  - rule: "*"
    path: clusters/legacy-values.yaml
    reason: decommissioned in Q1
rules:
  TKI010:
    level: note
  TKI101:
    level: "off"
`

describe('parseConfig', () => {
  it('reads a complete file, with the line of every entry', () => {
    const config = parseConfig(COMPLETE, FILE)
    expect(config.include).toEqual(['clusters/**'])
    expect(config.exclude).toEqual(['clusters/legacy/**'])
    expect(config.failOn).toBe('warning')
    expect(config.nativeSidecars).toBe('auto')
    expect(config.chartVersions).toEqual([
      { chart: 'testkube', path: 'clusters/dev/**', version: '1.16.17', origin: `${FILE}:chartVersions[0]` },
      { release: 'testkube/testkube', version: '2.x', origin: `${FILE}:chartVersions[1]` }
    ])
    expect(config.mesh.map(m => [m.line, m.namespace ?? m.path, m.injection ?? m.nativeSidecars])).toEqual([
      [13, 'testkube-sandbox', 'disabled'],
      [16, 'clusters/prod/**', 'on']
    ])
    expect(config.ignore.map(e => [e.line, e.rule, e.expires ?? null])).toEqual([
      [19, 'TKI002', '2027-01-31'],
      [23, '*', null]
    ])
    expect(config.rules).toEqual({ TKI010: 'note', TKI101: 'off' })
  })

  it('accepts an empty file', () => {
    expect(parseConfig('# nothing yet\n', FILE).ignore).toEqual([])
  })

  it.each([
    [
      'an unknown top-level key',
      'failon: error\n',
      1,
      1,
      "the config: unknown key 'failon' (allowed: include, exclude, failOn, nativeSidecars, chartVersions, mesh, ignore, rules)"
    ],
    [
      'an unknown key in an entry',
      'ignore:\n  - rule: TKI002\n    resaon: x\n    reason: y\n',
      3,
      5,
      "ignore[0]: unknown key 'resaon' (allowed: rule, path, release, reason, expires)"
    ],
    [
      'an ignore entry without a reason',
      'ignore:\n  - rule: TKI002\n',
      2,
      5,
      "ignore[0]: missing required key 'reason'"
    ],
    [
      'a blank reason',
      'ignore:\n  - rule: TKI002\n    reason: "  "\n',
      3,
      13,
      'ignore[0].reason: must say why'
    ],
    [
      'an expiry that is not a date',
      'ignore:\n  - rule: TKI002\n    reason: x\n    expires: next week\n',
      4,
      14,
      'ignore[0].expires: must be a date, YYYY-MM-DD'
    ],
    [
      'a rule that is not a code',
      'ignore:\n  - rule: mongodb\n    reason: x\n',
      2,
      11,
      'ignore[0].rule: must be a rule code (TKInnn) or *'
    ],
    ['an unknown rule code', 'ignore:\n  - rule: TKI077\n    reason: x\n', 2, 11, 'unknown rule code TKI077'],
    ['an unknown code under rules', 'rules:\n  TKI077:\n    level: note\n', 2, 3, 'unknown rule code TKI077'],
    [
      'a key under rules that is not a code',
      'rules:\n  mongo:\n    level: note\n',
      2,
      3,
      "rules: 'mongo' is not a rule code (TKInnn)"
    ],
    [
      'a level out of range',
      'rules:\n  TKI002:\n    level: fatal\n',
      3,
      12,
      'rules.TKI002.level: must be one of error, warning, note, off'
    ],
    ['failOn out of range', 'failOn: always\n', 1, 9, 'failOn: must be one of error, warning, never'],
    ['include that is not a list', 'include: clusters/**\n', 1, 10, 'include: must be a list'],
    [
      'a bad version pin',
      'chartVersions:\n  - chart: testkube\n    version: latest\n',
      3,
      14,
      "'latest' is not a version or a version range"
    ],
    [
      'a pin for an unknown chart',
      'chartVersions:\n  - chart: istiod\n    version: 1.2.3\n',
      2,
      12,
      'chartVersions[0].chart: must be one of testkube, testkube-enterprise, testkube-runner'
    ],
    ['a bad glob', 'exclude: ["clusters/[a-"]\n', 1, 11, "'clusters/[a-' is not a valid glob"],
    [
      'a mesh entry that matches nothing',
      'mesh:\n  - injection: disabled\n',
      2,
      5,
      'a mesh entry needs a path or a namespace'
    ],
    [
      'a mesh entry that says nothing',
      'mesh:\n  - namespace: testkube\n',
      2,
      5,
      'a mesh entry needs nativeSidecars or injection'
    ],
    [
      'a release that is not a name',
      'ignore:\n  - rule: TKI002\n    release: a/b/c\n    reason: x\n',
      3,
      14,
      'ignore[0].release: must be a release name or namespace/name'
    ],
    ['a duplicate key', 'failOn: error\nfailOn: warning\n', 2, 1, 'Map keys must be unique'],
    ['broken YAML', 'ignore:\n  - rule: [TKI002\n', 3, 1, ''],
    ['a list at the top', '- rule: TKI002\n', 1, 1, 'the config: must be a map']
  ])('refuses %s with file:line:column and the reason', (_name, text, line, column, message) => {
    const found = problems(text)
    expect(found.length).toBeGreaterThan(0)
    const first = found[0]
    expect([first.file, first.line, first.column]).toEqual([FILE, line, column])
    expect(first.message).toContain(message)
  })

  it('reports every problem, each once', () => {
    const found = problems('failon: error\nignore:\n  - rule: TKI002\n  - rule: x\n    reason: y\n')
    expect(found.map(p => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      "1:1: the config: unknown key 'failon' (allowed: include, exclude, failOn, nativeSidecars, chartVersions, mesh, ignore, rules)",
      "3:5: ignore[0]: missing required key 'reason'",
      '4:11: ignore[1].rule: must be a rule code (TKInnn) or *'
    ])
    expect(new ConfigError(found).message.split('\n')[0]).toBe(
      `${FILE}:1:1: the config: unknown key 'failon' (allowed: include, exclude, failOn, nativeSidecars, chartVersions, mesh, ignore, rules)`
    )
  })
})
