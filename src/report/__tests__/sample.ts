/** A hand-made scan report for the renderer tests: two releases, findings of every level, one fix, one error. */
import type { ScanReport } from '../../engine/scan.js'
import type { Finding, Release } from '../../model.js'
import type { RunResult } from '../run.js'

export const SECRET = 'super-secret-token-1234'

export function sampleReleases(): Release[] {
  return [
    {
      id: 'apps/testkube.yaml#0/testkube',
      name: 'testkube',
      namespace: 'testkube',
      source: 'argocd-application',
      file: 'apps/testkube.yaml',
      line: 4,
      chart: 'testkube',
      chartVersion: '2.1.50',
      valuesPrefix: '',
      layers: [
        {
          label: 'chart defaults',
          kind: 'chart-defaults',
          file: null,
          line: null,
          yamlPath: '',
          values: null,
          readOnlyReason: 'the chart package is not in the repository'
        },
        {
          label: 'helm.values',
          kind: 'embedded-yaml',
          file: 'apps/testkube.yaml',
          line: 20,
          yamlPath: 'spec.source.helm.values',
          values: { 'testkube-api': { cloud: { key: SECRET } } },
          target: { type: 'yaml-embedded', file: 'apps/testkube.yaml', docIndex: 0, nodePath: ['spec'] },
          addTarget: true
        }
      ],
      scopes: [{ chart: 'testkube', version: '2.1.50', prefix: '' }],
      notes: ['repository not verified (alias kubeshop)'],
      mesh: { mode: 'sidecar', reason: 'no native-sidecar configuration found', evidence: [] }
    },
    {
      id: 'values/runner.yaml#0',
      name: 'runner',
      namespace: null,
      source: 'helm-values',
      file: 'values/runner.yaml',
      line: 1,
      chart: 'testkube-runner',
      chartVersion: null,
      valuesPrefix: '',
      layers: [],
      scopes: [{ chart: 'testkube-runner', version: null, prefix: '' }],
      mesh: {
        mode: 'native-sidecars',
        reason: 'ENABLE_NATIVE_SIDECARS is "true" in the istiod values',
        evidence: [{ file: 'istio/istiod.yaml', line: 12 }]
      }
    }
  ]
}

export function sampleFindings(): Finding[] {
  return [
    {
      ruleId: 'TKI001',
      level: 'error',
      releaseId: 'apps/testkube.yaml#0/testkube',
      path: 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject',
      expected: 'false',
      actual: undefined,
      file: 'apps/testkube.yaml',
      line: 21,
      fixable: true,
      message: 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject is not set'
    },
    {
      ruleId: 'TKI010',
      level: 'error',
      releaseId: 'apps/testkube.yaml#0/testkube',
      path: 'global.testWorkflows.globalTemplate.spec.pod.annotations.sidecar\\.istio\\.io/inject',
      expected: 'false',
      actual: false,
      file: 'apps/testkube.yaml',
      line: 30,
      fixable: true,
      message: 'the annotation is the boolean false, not the string "false"'
    },
    {
      ruleId: 'TKI102',
      level: 'warning',
      releaseId: 'apps/testkube.yaml#0/testkube',
      path: 'preUpgradeHook.podAnnotations.sidecar\\.istio\\.io/inject',
      expected: 'false',
      actual: '{{ .Values.inject }}',
      file: 'apps/testkube.yaml',
      line: 0,
      fixable: false,
      message: 'the value is templated'
    },
    {
      ruleId: 'TKI100',
      level: 'note',
      releaseId: 'values/runner.yaml#0',
      path: '',
      expected: undefined,
      actual: undefined,
      file: 'values/runner.yaml',
      line: 1,
      fixable: false,
      message: 'native sidecars are on: the sidecar rules are not needed'
    }
  ]
}

export const SAMPLE_DIFF = [
  '--- a/apps/testkube.yaml',
  '+++ b/apps/testkube.yaml',
  '@@ -20,3 +20,6 @@',
  '     values: |',
  '       testkube-api:',
  '+        jobPodAnnotations:',
  '+          sidecar.istio.io/inject: "false"',
  ''
].join('\n')

export function sampleReport(): ScanReport {
  const findings = sampleFindings()
  // The edits of the two fixable findings, both in the Application's embedded values.
  const edits = ['TKI001', 'TKI010'].map(ruleId => ({
    target: {
      type: 'yaml-embedded' as const,
      file: 'apps/testkube.yaml',
      docIndex: 0,
      nodePath: ['spec', 'source', 'helm', 'values']
    },
    path: ['testkube-api', 'jobPodAnnotations', 'sidecar.istio.io/inject'],
    op: 'set' as const,
    value: 'false',
    ruleId,
    releaseId: 'apps/testkube.yaml#0/testkube'
  }))
  return {
    root: '/repo',
    releases: sampleReleases(),
    findings,
    edits,
    editOf: new Map(
      findings.flatMap(f => edits.filter(e => e.ruleId === f.ruleId).map(e => [f, e] as const))
    ),
    changes: [{ file: 'apps/testkube.yaml', before: 'a\n', after: 'b\n' }],
    fixes: [{ file: 'apps/testkube.yaml', diff: SAMPLE_DIFF }],
    errors: [{ file: 'broken.yaml', line: 3, message: 'bad indentation of a mapping entry' }],
    stats: { filesSeen: 7, filesParsed: 5, millis: 12 }
  }
}

/** The same report after `--fix` wrote the one change: the two fixable findings are gone. */
export function sampleFixRun(): RunResult {
  const report = sampleReport()
  const after: ScanReport = {
    ...sampleReport(),
    findings: sampleFindings().filter(f => !f.fixable),
    changes: [],
    fixes: []
  }
  return { report, mode: 'fix', after, written: ['apps/testkube.yaml'], writeProblems: [] }
}
