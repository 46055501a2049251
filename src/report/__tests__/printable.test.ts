/**
 * Control characters in file names (and in what files hold) never reach a terminal or a GitHub page raw: an ESC
 * sequence would repaint the terminal, a newline would forge a line of the report. Text output escapes them,
 * with and without colour; diff headers quote the name as git does (the diff library); GitHub table cells and
 * annotation messages escape them.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { scan } from '../../engine/scan.js'
import { renderText } from '../text.js'
import { printable } from '../format.js'
import { checkRun } from '../run.js'
import { cell } from '../../action/sticky-comment.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

const EVIL = 'evil\u001b[2J\nerror   TKI001  forged.yaml:1  all good'

describe('control characters in file names', () => {
  const posix = sep === '/' ? it : it.skip
  posix('are escaped in text output, coloured or not, and in the diff header', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tkig-printable-'))
    dirs.push(root)
    mkdirSync(join(root, EVIL))
    writeFileSync(join(root, EVIL, 'values.yaml'), 'testkube-api:\n  minio: {}\n')
    const report = await scan({ root })
    expect(report.releases.map(r => r.file)).toEqual([`${EVIL}/values.yaml`])
    for (const color of [false, true]) {
      const text = renderText({ ...checkRun(report), mode: 'dry-run' }, { color })
      expect(text).not.toContain('\u001b[2J')
      expect(text.split('\n').filter(l => l.startsWith('error   TKI001  forged'))).toEqual([])
      expect(text).toContain('evil\\e[2J\\nerror   TKI001  forged.yaml:1  all good/values.yaml')
      if (!color) expect(text).not.toContain('\u001b')
    }
    expect(report.fixes[0]?.diff.split('\n')[0]).toBe(
      'diff --git "a/evil\\033[2J\\nerror   TKI001  forged.yaml:1  all good/values.yaml" "b/evil\\033[2J\\nerror   TKI001  forged.yaml:1  all good/values.yaml"'
    )
  })
})

describe('printable and cell', () => {
  it('escape controls, DEL, C1 and bidirectional overrides, and keep tabs and a final CR', () => {
    expect(printable('a\u0007b\u007fc\u0085d\u202ee\tf\r')).toBe('a\\x07b\\x7fc\\x85d\\u{202e}e\tf\r')
    expect(printable('a\rb')).toBe('a\\rb')
    expect(printable('\u001b[31mred\u001b[39m', true)).toBe('\u001b[31mred\u001b[39m')
    expect(printable('\u001b[31mred\u001b[39m')).toBe('\\e[31mred\\e[39m')
    expect(printable('\u001b[2J', true)).toBe('\\e[2J')
    expect(cell('x\u001b]0;title\u0007|y')).toBe('x\\e]0;title\\x07\\|y')
  })
})
