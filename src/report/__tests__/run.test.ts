import { describe, expect, it } from '@jest/globals'
import { useColor } from '../format.js'
import { checkRun, fails } from '../run.js'
import { sampleFixRun, sampleReport } from './sample.js'

describe('fails', () => {
  it('fails at error while an error finding remains', () => {
    expect(fails(checkRun(sampleReport()), 'error')).toBe(true)
    expect(fails(sampleFixRun(), 'error')).toBe(false)
  })

  it('counts warnings and unreadable files at warning', () => {
    expect(fails(sampleFixRun(), 'warning')).toBe(true)
    const clean = sampleFixRun()
    clean.after = { ...sampleReport(), findings: [], errors: [] }
    expect(fails(clean, 'warning')).toBe(false)
    clean.writeProblems = [{ file: 'a.yaml', line: 1, message: 'EACCES' }]
    expect(fails(clean, 'warning')).toBe(true)
    expect(fails(clean, 'error')).toBe(false)
  })

  it('never fails at never', () => {
    expect(fails(checkRun(sampleReport()), 'never')).toBe(false)
  })
})

describe('useColor', () => {
  it('follows --no-color, FORCE_COLOR, NO_COLOR and the terminal, in that order', () => {
    expect(useColor(true, {}, true)).toBe(true)
    expect(useColor(true, {}, false)).toBe(false)
    expect(useColor(false, { FORCE_COLOR: '1' }, true)).toBe(false)
    expect(useColor(true, { FORCE_COLOR: '1' }, false)).toBe(true)
    expect(useColor(true, { FORCE_COLOR: '0' }, true)).toBe(false)
    expect(useColor(true, { NO_COLOR: '1' }, true)).toBe(false)
    expect(useColor(true, { NO_COLOR: '' }, true)).toBe(true)
  })
})
