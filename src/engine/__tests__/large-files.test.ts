/**
 * A file over the size limit is refused by its size, before it is read: memory stays bounded whatever the file
 * holds (three 50 MB files used to take 370 MB). Its text tests run a chunk at a time, so a large file that
 * mentions Testkube is still an error-level TKI900, and one that mentions nothing is not reported.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileProblemLevel } from '../../model.js'
import { MAX_PARSE_BYTES } from '../../discover/text.js'
import { startReadAhead } from '../../discover/read-ahead.js'
import { scan } from '../scan.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

/** A sparse file of `size` bytes that starts with `head`: no disk, and only a real read would fill memory. */
function sparse(path: string, head: string, size: number): void {
  const fd = openSync(path, 'w')
  try {
    writeSync(fd, head)
    writeSync(fd, '\n', size - 1)
  } finally {
    closeSync(fd)
  }
}

describe('a file over the size limit', () => {
  it('is refused by its size without being read into memory, and reported at its level', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tkig-large-'))
    dirs.push(root)
    const GiB = 1024 * 1024 * 1024
    sparse(join(root, 'testkube.yaml'), 'testkube-api:\n  minio: {}\n', GiB)
    sparse(join(root, 'other.yaml'), 'a: 1\n', GiB)
    writeFileSync(join(root, 'small.yaml'), 'testkube-api:\n  minio: {}\n')
    const before = process.resourceUsage().maxRSS
    const report = await scan({ root, readAhead: false })
    // maxRSS is the process's peak, in KiB: reading either file whole would have raised it by a GiB.
    expect(process.resourceUsage().maxRSS - before).toBeLessThan(256 * 1024)
    expect(
      report.errors.map(e => ({ file: e.file, level: fileProblemLevel(e), message: e.message }))
    ).toEqual([
      {
        file: 'testkube.yaml',
        level: 'error',
        message: `skipped: ${GiB} bytes is over the ${MAX_PARSE_BYTES}-byte limit for a YAML file`
      }
    ])
    expect(report.releases.map(r => r.file)).toEqual(['small.yaml'])
  })

  it('is not read by the read-ahead worker either: its size comes back instead', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tkig-large-'))
    dirs.push(root)
    writeFileSync(join(root, 'a.yaml'), 'x'.repeat(200))
    writeFileSync(join(root, 'b.yaml'), 'b: 1\n')
    const ahead = startReadAhead({ firstBatchBytes: 64, batchBytes: 256, batchesAhead: 2, maxFileBytes: 100 })
    if (!ahead) return // no worker threads here: the caller's thread reads, and the test above covers it
    const seen: unknown[] = []
    try {
      await ahead.readEach(
        [join(root, 'a.yaml'), join(root, 'b.yaml')],
        () => {
          throw new Error('read on the caller’s thread')
        },
        (i, o) => seen.push('bytes' in o ? { i, text: o.bytes.toString('latin1') } : { i, ...o })
      )
    } finally {
      await ahead.stop()
    }
    expect(seen).toEqual([
      { i: 0, tooLarge: 200 },
      { i: 1, text: 'b: 1\n' }
    ])
  })
})
