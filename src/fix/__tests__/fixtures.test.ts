/**
 * Golden files: each fixture is fixed with the edits a scan would plan for it, and must give exactly its
 * `.fixed.yaml`; a second run on the result must change nothing, and the result must read back with every edited
 * value in place and every other value as before.
 */
import { describe, expect, it } from '@jest/globals'
import type { PlannedEdit } from '../../model.js'
import { parseRepoFile } from '../../yaml/file.js'
import { getPath, joinSetPath } from '../../values/setpath.js'
import { applyEdits } from '../apply.js'
import {
  embeddedEdit,
  golden,
  INJECT,
  mapEdit,
  proxyEdit,
  PROXY,
  readFixture,
  setListEdit
} from './support.js'

const inj = (prefix: string): string => `${prefix}.sidecar\\.istio\\.io/inject`
const proxy = (prefix: string): string => `${prefix}.proxy\\.istio\\.io/config`

interface Case {
  fixture: string
  edits: PlannedEdit[]
  /** Substrings of the problems expected (in order); none by default. */
  problems?: string[]
}

const CASES: Case[] = [
  {
    fixture: 'comments.yaml',
    edits: [
      mapEdit([], inj('testkube-api.jobPodAnnotations'), 'false'),
      mapEdit([], inj('preUpgradeHook.podAnnotations'), 'false', { ruleId: 'TKI002' }),
      mapEdit([], inj('testkube-operator.preUpgrade.podAnnotations'), 'false', { ruleId: 'TKI004' }),
      mapEdit([], inj('testkube-operator.webhook.patch.podAnnotations'), 'false', { ruleId: 'TKI005' }),
      mapEdit([], 'global.testWorkflows.globalTemplate.enabled', true, { ruleId: 'TKI006' }),
      mapEdit([], inj('global.testWorkflows.globalTemplate.spec.pod.annotations'), 'false', {
        ruleId: 'TKI006'
      })
    ]
  },
  {
    fixture: 'flux-empty-values.yaml',
    edits: [
      mapEdit(['spec', 'values'], inj('testkube-api.jobPodAnnotations'), 'false'),
      mapEdit(['spec', 'values'], inj('testkube-operator.webhook.patch.podAnnotations'), 'false')
    ]
  },
  {
    fixture: 'multi-doc.yaml',
    edits: [
      mapEdit(['spec', 'values'], inj('testkube-api.jobPodAnnotations'), 'false', { docIndex: 1 }),
      mapEdit(['spec', 'values'], 'global.testWorkflows.globalTemplate.enabled', true, { docIndex: 1 })
    ]
  },
  {
    fixture: 'anchors.yaml',
    edits: [
      mapEdit([], inj('testkube-api.podAnnotations'), 'false'),
      mapEdit([], inj('testkube-operator.preUpgrade.podAnnotations'), 'false'),
      mapEdit([], inj('preUpgradeHook.podAnnotations'), 'false'),
      mapEdit([], inj('testkube-dashboard.podAnnotations'), 'false')
    ],
    problems: [
      'testkube-api is an alias (*common)',
      'testkube-operator carries the anchor &op',
      "'<<' merge key"
    ]
  },
  {
    fixture: 'argo-embedded.yaml',
    edits: [
      embeddedEdit(['spec', 'source', 'helm', 'values'], inj('testkube-api.jobPodAnnotations'), 'false'),
      embeddedEdit(['spec', 'source', 'helm', 'values'], inj('preUpgradeHook.podAnnotations'), 'false'),
      embeddedEdit(['spec', 'source', 'helm', 'values'], 'mongodb.enabled', false)
    ]
  },
  {
    fixture: 'configmap-embedded.yaml',
    edits: [
      embeddedEdit(['data', 'values.yaml'], inj('testkube-api.jobPodAnnotations'), 'false'),
      embeddedEdit(['data', 'values.yaml'], inj('testkube-operator.webhook.patch.podAnnotations'), 'false')
    ]
  },
  {
    fixture: 'argo-parameters.yaml',
    edits: [
      setListEdit(
        ['spec', 'source', 'helm', 'parameters'],
        inj('testkube-api.jobPodAnnotations'),
        'false',
        'argocd'
      ),
      setListEdit(
        ['spec', 'source', 'helm', 'parameters'],
        inj('preUpgradeHook.podAnnotations'),
        'false',
        'argocd'
      )
    ]
  },
  {
    fixture: 'helmfile-set.yaml',
    edits: [setListEdit(['releases', 0, 'set'], inj('testkube-api.jobPodAnnotations'), 'false', 'helmfile')]
  },
  {
    fixture: 'enterprise-proxy.yaml',
    edits: [
      proxyEdit([], proxy('testkube-cloud-api.podAnnotations')),
      proxyEdit([], proxy('testkube-worker-service.podAnnotations'), { ruleId: 'TKI008' })
    ]
  },
  {
    fixture: 'crlf.yaml',
    edits: [
      mapEdit([], inj('testkube-api.jobPodAnnotations'), 'false'),
      mapEdit([], inj('preUpgradeHook.podAnnotations'), 'false'),
      mapEdit([], inj('global.podAnnotations'), 'false')
    ]
  },
  {
    fixture: 'mixed-eol.yaml',
    edits: [
      mapEdit([], inj('testkube-api.jobPodAnnotations'), 'false'),
      mapEdit([], inj('mongodb.podAnnotations'), 'false'),
      mapEdit([], inj('preUpgradeHook.podAnnotations'), 'false')
    ]
  },
  // Real files from the corpus
  {
    fixture: 'corpus/testkube-enterprise.values.demo.yaml',
    edits: [
      proxyEdit([], proxy('testkube-cloud-api.podAnnotations')),
      proxyEdit([], proxy('testkube-worker-service.podAnnotations'), { ruleId: 'TKI008' }),
      mapEdit([], inj('testkube-agent.testkube-api.jobPodAnnotations'), 'false'),
      mapEdit([], 'testkube-agent.global.testWorkflows.globalTemplate.enabled', true, { ruleId: 'TKI006' }),
      mapEdit([], inj('testkube-agent.global.testWorkflows.globalTemplate.spec.pod.annotations'), 'false', {
        ruleId: 'TKI006'
      })
    ]
  },
  {
    fixture: 'corpus/harsha1163.testkube_values.yaml',
    edits: [
      mapEdit([], inj('testkube-api.jobPodAnnotations'), 'false'),
      mapEdit([], inj('testkube-api.cliIngress.annotations'), 'false'),
      mapEdit([], inj('ingress.podAnnotations'), 'false'),
      mapEdit([], inj('preUpgradeHook.podAnnotations'), 'false', { ruleId: 'TKI002' })
    ]
  },
  {
    fixture: 'corpus/konstructio.application.yaml',
    edits: [
      embeddedEdit(['spec', 'source', 'helm', 'values'], inj('testkube-api.jobPodAnnotations'), 'false')
    ]
  },
  {
    fixture: 'corpus/rodrigodelmonte.cm.yaml',
    edits: [
      embeddedEdit(['data', 'values.yaml'], inj('testkube-api.jobPodAnnotations'), 'false'),
      embeddedEdit(['data', 'values.yaml'], inj('preUpgradeHook.podAnnotations'), 'false', {
        ruleId: 'TKI002'
      }),
      embeddedEdit(['data', 'values.yaml'], inj('testkube-operator.webhook.patch.podAnnotations'), 'false', {
        ruleId: 'TKI005'
      })
    ]
  },
  {
    fixture: 'corpus/managedkube.values.yaml',
    edits: [mapEdit([], inj('testkube-api.jobPodAnnotations'), 'false')]
  },
  {
    fixture: 'corpus/kubrix.values-kubrix-default.yaml',
    edits: [
      mapEdit([], inj('testkube.testkube-api.jobPodAnnotations'), 'false'),
      mapEdit([], inj('testkube.testkube-api.cliIngress.podAnnotations'), 'false')
    ]
  }
]

/** Where an edit's value lands in the file's plain JS. */
function valueAt(text: string, e: PlannedEdit): unknown {
  const file = parseRepoFile('f.yaml', text)
  let tree = file.js(e.target.docIndex)
  for (const seg of e.target.nodePath) tree = (tree as Record<string | number, unknown>)[seg]
  if (e.target.type === 'yaml-embedded') tree = parseRepoFile('inner.yaml', tree as string).js(0)
  if (e.target.type === 'set-list') {
    const entry = (tree as { name: string; value: unknown }[]).find(x => x.name === joinSetPath(e.path))
    return entry?.value
  }
  return getPath(tree, e.path).value
}

describe('fixing real-looking files', () => {
  for (const c of CASES) {
    describe(c.fixture, () => {
      const before = readFixture(c.fixture)
      const result = applyEdits(c.fixture, before, c.edits)

      it('gives the golden result', () => {
        expect(result.text).toBe(golden(c.fixture, result.text))
        const expected = c.problems ?? []
        expect(result.problems).toHaveLength(expected.length)
        expected.forEach((s, i) => expect(result.problems[i].message).toContain(s))
      })

      it('writes every value it could', () => {
        const refused = new Set(result.problems.map(x => x.message))
        for (const e of c.edits) {
          if ([...refused].some(m => m.includes(joinSetPath(e.path)))) continue
          const got = valueAt(result.text, e)
          if (e.op === 'merge-proxy-config') {
            expect(JSON.parse(got as string)).toMatchObject({ holdApplicationUntilProxyStarts: true })
          } else expect(got).toEqual(e.target.type === 'set-list' ? String(e.value) : e.value)
        }
      })

      it('is a no-op the second time', () => {
        const again = applyEdits(c.fixture, result.text, c.edits)
        expect(again.text).toBe(result.text)
      })

      it('keeps every line ending and never adds a final newline', () => {
        const eols = (s: string): { crlf: number; lf: number } => ({
          crlf: (s.match(/\r\n/g) ?? []).length,
          lf: (s.match(/(?<!\r)\n/g) ?? []).length
        })
        const b = eols(before)
        const a = eols(result.text)
        if (b.lf === 0 && b.crlf > 0) expect(a.lf).toBe(0)
        if (b.crlf === 0) expect(a.crlf).toBe(0)
        expect(result.text.endsWith('\n')).toBe(before.endsWith('\n') || before === '')
      })
    })
  }
})

describe('sanity of the fixture table', () => {
  it('uses the rule paths in --set syntax', () => {
    expect(mapEdit([], inj('a'), 'false').path).toEqual(['a', INJECT])
    expect(proxyEdit([], proxy('a')).path).toEqual(['a', PROXY])
  })
})
