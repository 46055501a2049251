/**
 * TKI900's level: a file that cannot be read or parsed is an error when it mentions Testkube or feeds a
 * release's values (the release, or the values, go unchecked), and a warning for any other file. At the default
 * `--fail-on error`, the first fails the run and the second does not.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileProblemLevel } from '../../model.js'
import { checkRun, fails } from '../../report/run.js'
import { scan } from '../scan.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'tkig-problems-'))
  dirs.push(root)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
  return root
}

async function problems(files: Record<string, string | Buffer>) {
  const report = await scan({ root: tree(files), repoUrls: ['https://github.com/example/gitops.git'] })
  return {
    problems: report.errors.map(e => ({ file: e.file, level: fileProblemLevel(e) })),
    failsAtError: fails(checkRun(report), 'error')
  }
}

const APP_WITH_VALUE_FILE = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: tk
spec:
  sources:
    - repoURL: https://kubeshop.github.io/helm-charts
      chart: testkube
      targetRevision: 2.4.0
      helm:
        valueFiles:
          - $values/values/overrides.yaml
        valuesObject:
          testkube-api:
            jobPodAnnotations:
              sidecar.istio.io/inject: "false"
          global:
            testWorkflows:
              globalTemplate:
                enabled: true
                spec:
                  pod:
                    annotations:
                      sidecar.istio.io/inject: "false"
    - repoURL: https://github.com/example/gitops.git
      ref: values
`

describe('TKI900 level', () => {
  it('is an error for a broken file that mentions Testkube, which fails the run', async () => {
    expect(await problems({ 'v.yaml': 'testkube-api:\n  minio: {}\nfoo: : bar\n' })).toEqual({
      problems: [{ file: 'v.yaml', level: 'error' }],
      failsAtError: true
    })
  })

  it('is an error for a broken values file a release reads, though it does not name Testkube', async () => {
    expect(
      await problems({
        'apps/tk.yaml': APP_WITH_VALUE_FILE,
        'values/overrides.yaml': 'api:\n  foo: : bar\n'
      })
    ).toEqual({ problems: [{ file: 'values/overrides.yaml', level: 'error' }], failsAtError: true })
  })

  it('is an error for a Testkube file that is not UTF-8', async () => {
    const latin1 = Buffer.concat([Buffer.from('testkube-api:\n  note: caf'), Buffer.from([0xe9, 0x0a])])
    expect(await problems({ 'v.yaml': latin1 })).toEqual({
      problems: [{ file: 'v.yaml', level: 'error' }],
      failsAtError: true
    })
  })

  it('stays a warning for broken YAML that has nothing to do with Testkube', async () => {
    // An istiod HelmRelease is a candidate (parsed, so its problem is seen) that does not name Testkube.
    const istiod =
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: istiod\nspec:\n' +
      '  chart:\n    spec:\n      chart: istiod\n  values:\n    foo: : bar\n'
    expect(await problems({ 'mesh/istiod.yaml': istiod })).toEqual({
      problems: [{ file: 'mesh/istiod.yaml', level: 'warning' }],
      failsAtError: false
    })
  })

  it('leaves duplicate keys a warning, in a file that feeds a release', async () => {
    const result = await problems({ 'v.yaml': 'testkube-api:\n  a: 1\n  a: 2\n' })
    expect(result.problems.map(p => p.level)).toEqual(['warning'])
  })
})
