import { describe, expect, it } from '@jest/globals'
import type { PlannedEdit } from '../../model.js'
import { parseRepoFile } from '../../yaml/file.js'
import { editLine } from '../locate.js'

const edit = (target: PlannedEdit['target'], path: string[]): PlannedEdit => ({
  target,
  path,
  op: 'set',
  value: 'false',
  ruleId: 'TKI001',
  releaseId: 'r'
})

describe('editLine', () => {
  const values = parseRepoFile(
    'v.yaml',
    '# header\ntestkube-api:\n  minio:\n    enabled: true\n  jobPodAnnotations:\n    sidecar.istio.io/inject: false\n'
  )

  it('points at the key an edit changes', () => {
    const e = edit({ type: 'yaml-map', file: 'v.yaml', docIndex: 0, nodePath: [] }, [
      'testkube-api',
      'jobPodAnnotations',
      'sidecar.istio.io/inject'
    ])
    expect(editLine(values, e)).toBe(6)
  })

  it('points at the deepest existing parent of a key to add', () => {
    const e = edit({ type: 'yaml-map', file: 'v.yaml', docIndex: 0, nodePath: [] }, [
      'testkube-api',
      'minio',
      'podAnnotations',
      'x'
    ])
    expect(editLine(values, e)).toBe(3)
  })

  it('maps a key inside an embedded block string onto the file', () => {
    const app = parseRepoFile(
      'app.yaml',
      'spec:\n  source:\n    helm:\n      values: |\n        # agent\n        testkube-api:\n          jobPodAnnotations:\n            a: b\n'
    )
    const e = edit(
      {
        type: 'yaml-embedded',
        file: 'app.yaml',
        docIndex: 0,
        nodePath: ['spec', 'source', 'helm', 'values']
      },
      ['testkube-api', 'jobPodAnnotations', 'sidecar.istio.io/inject']
    )
    expect(editLine(app, e)).toBe(7)
  })

  it('lands on the key of a folded block string, whose value lines are not the file lines', () => {
    const app = parseRepoFile(
      'app.yaml',
      'spec:\n  source:\n    helm:\n      values: >\n        a: 1\n\n\n        testkube-api:\n          x: 1\n'
    )
    const e = edit(
      {
        type: 'yaml-embedded',
        file: 'app.yaml',
        docIndex: 0,
        nodePath: ['spec', 'source', 'helm', 'values']
      },
      ['testkube-api', 'x']
    )
    expect(editLine(app, e)).toBe(4)
  })

  it('finds the document an edit targets in a multi-document file', () => {
    const multi = parseRepoFile('m.yaml', 'a: 1\n---\nspec:\n  values:\n    x: 1\n')
    const e = edit({ type: 'yaml-map', file: 'm.yaml', docIndex: 1, nodePath: ['spec', 'values'] }, ['x'])
    expect(editLine(multi, e)).toBe(5)
  })
})
