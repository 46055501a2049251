/**
 * A long double-quoted scalar (a 7 MB single-line value) is read in one slice, not a character at a time: the
 * scan and the fixer (which parses the file again after every edit) stay linear in time and bounded in memory
 * (a --fix --dry-run took 18 s and 2.3 GB). The scalar reads exactly as before, double-quoted style included.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isScalar, type Scalar } from 'yaml'
import { parseRepoFile } from '../file.js'
import { scan } from '../../engine/scan.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

const big = (n: number, body = 'ab') => body.repeat(n / body.length)

describe('a long double-quoted scalar', () => {
  it('reads as the same value with the same style, and keeps its range', () => {
    for (const inner of [big(200_000), `${big(100_000)}"x`, `${big(100_000)}\\n`, `${big(100_000)}'q`]) {
      const text = `a: "${inner.replace(/"/g, '\\"')}"\nb: 1\n`
      const file = parseRepoFile('v.yaml', text)
      const node = file.docs[0]?.doc.get('a', true) as Scalar
      expect(isScalar(node)).toBe(true)
      expect(node.type).toBe('QUOTE_DOUBLE')
      expect(node.value).toBe(JSON.parse(`"${inner.replace(/"/g, '\\"')}"`))
      expect(node.range?.[0]).toBe(3)
      expect(file.js(0)).toEqual({ a: node.value, b: 1 })
    }
  })

  it('is fixed without the memory a character-at-a-time read takes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tkig-long-'))
    dirs.push(root)
    writeFileSync(join(root, 'values.yaml'), `testkube-api:\n  minio: {}\nbig: "${big(7 * 1024 * 1024)}"\n`)
    const before = process.resourceUsage().maxRSS
    const report = await scan({
      root,
      chartVersions: [{ chart: 'testkube', version: '2.1.50', origin: 'test' }]
    })
    // maxRSS is the process's peak in KiB; reading the scalar a character at a time took gigabytes here.
    expect(process.resourceUsage().maxRSS - before).toBeLessThan(600 * 1024)
    expect(report.changes).toHaveLength(1)
    expect(report.fixes[0]?.diff).toContain('+    sidecar.istio.io/inject: "false"')
  })
})
