import { describe, expect, it } from '@jest/globals'
import { applyEdits } from '../apply.js'
import { editHeredoc, findHeredocs, heredocYaml } from '../heredoc.js'
import type { PlannedEdit } from '../../model.js'

const TF = [
  'resource "helm_release" "a" {',
  '  # values = [<<EOT is only a comment',
  '  values = [<<-EOT',
  '    a:',
  '      b: 1',
  '    EOT',
  '  , <<YAML',
  'c: 2',
  'YAML',
  '  ]',
  '}',
  ''
].join('\n')

function edit(heredoc: number, path: string[], value: unknown): PlannedEdit {
  return {
    target: { type: 'hcl-heredoc', file: 'main.tf', docIndex: 0, nodePath: [], heredoc },
    path,
    op: 'set',
    value,
    ruleId: 'TKI001',
    releaseId: 'r'
  }
}

describe('Terraform heredocs', () => {
  it('finds each heredoc, its body and whether its indentation is stripped, skipping comments', () => {
    const spans = findHeredocs(TF)
    expect(spans.map(s => [s.openLine, s.ident, s.strip])).toEqual([
      [3, 'EOT', true],
      [7, 'YAML', false]
    ])
    expect(heredocYaml(TF, spans[0])).toEqual({ yaml: 'a:\n  b: 1\n', indent: '    ' })
    expect(heredocYaml(TF, spans[1])).toEqual({ yaml: 'c: 2\n', indent: '' })
  })

  it('edits one heredoc keeping its indentation, and later heredocs are still found by their ordinal', () => {
    const out = applyEdits('main.tf', TF, [edit(0, ['a', 'x'], 'false'), edit(1, ['d'], true)])
    expect(out.problems).toEqual([])
    expect(out.text).toBe(
      [
        'resource "helm_release" "a" {',
        '  # values = [<<EOT is only a comment',
        '  values = [<<-EOT',
        '    a:',
        '      b: 1',
        '      x: "false"',
        '    EOT',
        '  , <<YAML',
        'c: 2',
        'd: true',
        'YAML',
        '  ]',
        '}',
        ''
      ].join('\n')
    )
    // A second run changes nothing.
    expect(applyEdits('main.tf', out.text, [edit(0, ['a', 'x'], 'false')]).text).toBe(out.text)
  })

  it('refuses an edit of a heredoc that is gone', () => {
    expect(editHeredoc(TF, 5, y => ({ text: y }))).toEqual({
      problem: 'heredoc #6 is no longer in the file',
      line: 1
    })
  })
})
