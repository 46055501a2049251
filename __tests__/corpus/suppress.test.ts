/**
 * A config file on a real corpus repository (devantler-tech__platform, read-only: the config is given as
 * --config would give it) accepts exactly one real finding, and changes nothing else.
 */
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import { scan } from '../../src/engine/scan.js'
import { effectiveSettings, loadConfig } from '../../src/config/load.js'
import { toJsonReport } from '../../src/report/json.js'
import { toSarif } from '../../src/report/sarif.js'

const ROOT = resolve(process.cwd(), '../shared/corpus/devantler-tech__platform')
const CONFIG = '__tests__/corpus/__fixtures__/devantler-tech__platform.testkube-istio-guard.yaml'

describe('a config on the corpus', () => {
  it('accepts one real finding with its reason, and leaves the others as they are', async () => {
    const plain = await scan({ root: ROOT, readAhead: false })
    const config = await loadConfig(ROOT, CONFIG, process.cwd())
    const settings = effectiveSettings(
      { include: [], exclude: [], chartVersions: [] },
      config,
      undefined,
      '2026-06-15'
    )
    const report = await scan({ root: ROOT, ...settings.scan, readAhead: false })

    const key = (f: { ruleId: string; file: string; path: string }): string =>
      `${f.ruleId} ${f.file} ${f.path}`
    expect((report.suppressed ?? []).map(key)).toEqual([
      'TKI002 k8s/infrastructure/testkube/release.yaml preUpgradeHook.podAnnotations.sidecar\\.istio\\.io/inject'
    ])
    expect(report.suppressed?.[0].suppression).toEqual({
      kind: 'config',
      reason: 'MongoDB is upgraded by hand in a maintenance window, outside the mesh',
      file: CONFIG,
      line: 5
    })
    expect(report.findings.map(key).sort()).toEqual(
      plain.findings
        .map(key)
        .filter(k => !k.startsWith('TKI002 k8s/infrastructure/testkube/release.yaml'))
        .sort()
    )
    expect(report.edits.some(e => e.ruleId === 'TKI002')).toBe(false)
    expect(plain.edits.some(e => e.ruleId === 'TKI002')).toBe(true)
    const json = toJsonReport(report)
    expect(json.summary.suppressed).toBe(1)
    const sarif = toSarif(report).runs[0].results ?? []
    expect(sarif.filter(r => r.suppressions?.length).map(r => r.suppressions?.[0].kind)).toEqual(['external'])
  })
})
