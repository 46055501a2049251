/**
 * File names as the system has them: a backslash is part of a name outside Windows (`back\slash/values.yaml` is
 * a folder `back\slash`), so such a file is scanned, fixed and written like any other.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { scan, writeFixes } from '../scan.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

const VALUES = 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "true"\n'

describe('a backslash in a folder name', () => {
  const posix = sep === '/' ? it : it.skip
  posix('is scanned, fixed and written like any other name', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tkig-paths-'))
    dirs.push(root)
    mkdirSync(join(root, 'back\\slash'))
    writeFileSync(join(root, 'back\\slash', 'values.yaml'), VALUES)
    const opts = { root }
    const report = await scan(opts)
    expect(report.releases.map(r => r.file)).toEqual(['back\\slash/values.yaml'])
    expect(report.findings.some(f => f.fixable)).toBe(true)
    expect(report.changes.map(c => c.file)).toEqual(['back\\slash/values.yaml'])
    const { written, problems, after } = await writeFixes(report, opts)
    expect({ written, problems }).toEqual({ written: ['back\\slash/values.yaml'], problems: [] })
    expect(readFileSync(join(root, 'back\\slash', 'values.yaml'), 'utf8')).toContain(
      'sidecar.istio.io/inject: "false"'
    )
    expect(after.findings.filter(f => f.fixable)).toEqual([])
    expect(after.errors).toEqual([])
  })
})
