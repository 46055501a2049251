import { describe, expect, it } from '@jest/globals'
import { renderText } from '../text.js'
import { SECRET, sampleFixRun, sampleReport } from './sample.js'

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/

describe('renderText', () => {
  const text = renderText(sampleReport())

  it('groups findings by release with chart, version, source, place and mesh mode', () => {
    expect(text).toContain(
      'testkube (namespace testkube)  testkube 2.1.50  argocd-application apps/testkube.yaml:4'
    )
    expect(text).toContain('mesh: sidecar: no native-sidecar configuration found')
    expect(text).toContain(
      'mesh: native-sidecars: ENABLE_NATIVE_SIDECARS is "true" in the istiod values (istio/istiod.yaml:12)'
    )
    expect(text).toContain('note: repository not verified (alias kubeshop)')
    expect(text).toContain(
      'values, lowest first: chart defaults (read-only) < helm.values (apps/testkube.yaml:20)'
    )
  })

  it('shows each finding with file:line, rule code and the value to set', () => {
    expect(text).toMatch(/error +TKI001 +apps\/testkube\.yaml:21 .*\[fixable\]/)
    expect(text).toContain(
      // The key as YAML writes it, not in --set syntax.
      'set testkube-api.jobPodAnnotations."sidecar.istio.io/inject" = "false" (now: not set)'
    )
    // TKI010's message already says "false": no second line repeating it.
    expect(text).not.toContain('(now: false)')
    expect(text).toMatch(/note +TKI100 +values\/runner\.yaml:1/)
  })

  it('lists unreadable files and ends with a summary line', () => {
    expect(text).toMatch(/warning +TKI900 +broken\.yaml:3 +bad indentation/)
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Summary: 2 releases, 4 findings (2 errors, 1 warning, 1 note), 2 fixable, 1 file problem, 7 YAML files scanned.'
    )
    expect(text).toContain('run with --fix')
    expect(text).not.toContain('+++ b/apps/testkube.yaml')
  })

  it('shows the diff of each fix and what it resolved with --fix', () => {
    const fixed = renderText(sampleFixRun())
    expect(fixed).toContain('Fixes written to 1 file:')
    expect(fixed).toContain('+          sidecar.istio.io/inject: "false"')
    expect(fixed).toMatch(/TKI001 .*\[fixed\]/)
    expect(fixed).toContain('2 fixed, 2 remaining (1 warning, 1 note)')
  })

  it('says a dry run wrote nothing', () => {
    const dry = renderText({ ...sampleFixRun(), mode: 'dry-run', after: undefined, written: [] })
    expect(dry).toContain('(dry run, nothing written)')
    expect(dry).toContain('+++ b/apps/testkube.yaml')
    expect(dry).not.toContain('[fixed]')
  })

  it('colours only when asked, and never shows layer values', () => {
    expect(text).not.toMatch(ANSI)
    expect(renderText(sampleReport(), { color: true })).toMatch(ANSI)
    expect(text).not.toContain(SECRET)
  })

  it('says when no release was found', () => {
    const empty = { ...sampleReport(), releases: [], findings: [], fixes: [], errors: [] }
    expect(renderText(empty)).toContain('No Testkube release found.')
  })
})
