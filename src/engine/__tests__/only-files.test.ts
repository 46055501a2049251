import { describe, expect, it } from '@jest/globals'
import type { Release, ValueLayer } from '../../model.js'
import { errorsTouching, releasesTouching } from '../only-files.js'

const layer = (file: string | null): ValueLayer => ({
  label: 'l',
  kind: 'values-file',
  file,
  line: 1,
  yamlPath: '',
  values: {}
})
const release = (file: string, layers: (string | null)[]): Release => ({
  id: file,
  name: 'tk',
  namespace: null,
  source: 'argocd-application',
  file,
  line: 1,
  chart: 'testkube',
  chartVersion: null,
  valuesPrefix: '',
  layers: layers.map(layer),
  scopes: []
})

describe('releases and problems of some files', () => {
  const app = release('apps/tk.yaml', ['values/tk.yaml', null, 'apps/tk.yaml'])
  const plain = release('standalone/values.yaml', ['standalone/values.yaml'])

  it('keeps a release declared in a file or fed by one, however low its layer', () => {
    expect(releasesTouching([app, plain], new Set(['values/tk.yaml']))).toEqual([app])
    expect(releasesTouching([app, plain], new Set(['apps/tk.yaml', 'standalone/values.yaml']))).toEqual([
      app,
      plain
    ])
    expect(releasesTouching([app, plain], new Set(['README.md']))).toEqual([])
  })

  it("keeps the problems of the files, of the kept releases' files, and those of no file", () => {
    const errors = [
      { file: 'broken.yaml', line: 3, message: 'bad' },
      { file: 'values/tk.yaml', line: 1, message: 'fix failed' },
      { file: 'other.yaml', line: 1, message: 'bad' },
      { file: '.', line: 1, message: 'reader failed' }
    ]
    expect(errorsTouching(errors, new Set(['broken.yaml', 'apps/tk.yaml']), [app]).map(e => e.file)).toEqual([
      'broken.yaml',
      'values/tk.yaml',
      '.'
    ])
  })
})
