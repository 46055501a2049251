/**
 * TKI001 through custom job templates (rules.md: a custom template replaces `jobPodAnnotations` for the template it
 * replaces; below the key's releases it is the only knob).
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../model.js'
import { valuesFileRelease } from '../../testing/release.js'
import { judgeRelease } from '../../engine/judge.js'
import { directives, judgeTemplateText } from '../job-template-text.js'

const JOB_TEMPLATE = `apiVersion: batch/v1
kind: Job
metadata:
  name: "{{ .Name }}"
  namespace: {{ .Namespace }}
spec:
  {{- if gt .ActiveDeadlineSeconds 0 }}
  activeDeadlineSeconds: {{ .ActiveDeadlineSeconds }}
  {{- end }}
  template:
    spec:
      containers:
        - name: "{{ .Name }}"
          image: {{ .Image }}
`

const ANNOTATED = JOB_TEMPLATE.replace(
  '  template:\n    spec:\n',
  '  template:\n    metadata:\n      annotations:\n        sidecar.istio.io/inject: "false"\n    spec:\n'
)

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64')
const unb64 = (s: string): string => Buffer.from(s, 'base64').toString('utf8')

const release = (version: string, api: Record<string, unknown>) =>
  valuesFileRelease('testkube', version, { 'testkube-api': api })

const tki001 = (fs: Finding[]): Finding[] => fs.filter(f => f.ruleId === 'TKI001')

describe('custom job templates', () => {
  it('a base64 templates.job without the annotation: fixed inside the template, directives kept', () => {
    const { findings, edits } = judgeRelease(release('1.15.26', { templates: { job: b64(JOB_TEMPLATE) } }))
    const own = tki001(findings)
    const custom = own.find(f => f.path === 'testkube-api.templates.job')
    expect(custom).toMatchObject({ fixable: true, level: 'error' })
    // The container and scraper templates stay at their defaults, which no key annotates before 1.17.63.
    expect(own.filter(f => !f.fixable).map(f => [f.path, f.requiresChartVersion])).toEqual([
      ['testkube-api.templates.jobContainer', '1.17.63'],
      ['testkube-api.templates.scraperContainer', '1.17.63']
    ])
    const edit = edits.find(e => e.ruleId === 'TKI001')
    expect(edit).toMatchObject({ op: 'replace-string', path: ['testkube-api', 'templates', 'job'] })
    const text = unb64(String(edit?.value))
    expect(judgeTemplateText(text, 'job')).toEqual({ state: 'ok' })
    expect(directives(text)).toEqual(directives(JOB_TEMPLATE))
    expect(text).toContain(
      '  template:\n    metadata:\n      annotations:\n        sidecar.istio.io/inject: "false"\n'
    )
  })

  it('an annotated raw configValues satisfies the Job template, from the release that reads it', () => {
    const at = (v: string): Finding[] =>
      tki001(judgeRelease(release(v, { configValues: ANNOTATED })).findings)
    expect(at('1.12.22').map(f => f.path)).toEqual([
      'testkube-api.templates.jobContainer',
      'testkube-api.templates.scraperContainer'
    ])
    // 1.12.21 does not read configValues: the default Job template is left, and no key helps.
    const before = at('1.12.21')
    expect(before.map(f => [f.fixable, f.requiresChartVersion])).toEqual([[false, '1.17.63']])
    expect(before[0].message).toContain('testkube-api.templates.job (base64)')
    expect(before[0].message).not.toContain('configValues')
  })

  it('from 1.17.63, jobPodAnnotations still covers the templates no custom one replaces', () => {
    const { findings } = judgeRelease(release('1.17.63', { templates: { job: b64(ANNOTATED) } }))
    expect(tki001(findings).map(f => [f.path, f.fixable])).toEqual([
      ['testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject', true]
    ])
  })

  it('the API no longer reads templates from 2.5.0-rc.0', () => {
    const { findings } = judgeRelease(release('2.5.0-rc.0', { templates: { job: b64(JOB_TEMPLATE) } }))
    expect(tki001(findings)).toEqual([])
  })

  it('a templated annotation is TKI102, not base64 is an error that is not fixable', () => {
    const templated = JOB_TEMPLATE.replace(
      '  template:\n    spec:\n',
      '  template:\n    metadata:\n      annotations:\n        sidecar.istio.io/inject: "{{ .Inject }}"\n    spec:\n'
    )
    const a = judgeRelease(release('1.15.26', { templates: { job: b64(templated) } })).findings
    expect(a.find(f => f.path === 'testkube-api.templates.job')?.ruleId).toBe('TKI102')
    const b = judgeRelease(release('1.15.26', { templates: { job: 'not base64!' } })).findings
    expect(b.find(f => f.path === 'testkube-api.templates.job')).toMatchObject({
      ruleId: 'TKI001',
      fixable: false
    })
  })
})
