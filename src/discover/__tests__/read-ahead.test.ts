import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { readRest, startReadAhead, type ReadAhead, type ReadOutcome } from '../read-ahead.js'
import { NOT_A_FILE, readRegularFileSync } from '../open-file.js'

/** What a visit saw of one file: a copy of its bytes (the view is only valid during the visit), or the error. */
type Seen = { index: number; bytes: string } | { index: number; error: string }

const readSync = (abs: string): Buffer => readRegularFileSync(abs)

function recorder(): { seen: Seen[]; visit: (index: number, outcome: ReadOutcome) => void } {
  const seen: Seen[] = []
  return {
    seen,
    visit: (index, outcome) =>
      seen.push(
        'error' in outcome
          ? { index, error: outcome.error }
          : 'tooLarge' in outcome
            ? { index, error: `too large: ${outcome.tooLarge}` }
            : { index, bytes: outcome.bytes.toString('latin1') }
      )
  }
}

let dir: string
let paths: string[]

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tkig-read-ahead-'))
  paths = []
  const add = (name: string, content: Buffer | string | null): void => {
    const abs = join(dir, name)
    if (content !== null) writeFileSync(abs, content)
    paths.push(abs)
  }
  // Small files that fill batches, with every byte value (the transfer must not decode anything).
  for (let i = 0; i < 300; i++)
    add(`f${i}.yaml`, Buffer.from([...`k${i}: v\r\n`].map(c => c.charCodeAt(0)).concat([i % 256])))
  add('empty.yaml', '')
  add('missing.yaml', null) // never written: ENOENT
  mkdirSync(join(dir, 'a-directory.yaml'))
  paths.push(join(dir, 'a-directory.yaml')) // EISDIR on read
  // Larger than any batch, twice over: read to the end into a buffer of its own.
  add('large.yaml', Buffer.alloc(2_500_000, 'x'))
  for (let i = 0; i < 50; i++) add(`g${i}.yaml`, `after: ${i}\n`.repeat(i + 1))
  // What a listed file may have become since the walk: a FIFO (an ordinary open waits for a writer) and a
  // device whose read never ends. Both are refused, not read.
  try {
    execFileSync('mkfifo', [join(dir, 'became-a-fifo.yaml')])
    paths.push(join(dir, 'became-a-fifo.yaml'))
  } catch {
    // no mkfifo (Windows): nothing to test
  }
  if (existsSync('/dev/zero')) paths.push('/dev/zero')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The outcomes read on this thread: what the worker must match. */
function inThread(list: readonly string[]): Seen[] {
  const r = recorder()
  readRest(list, 0, readSync, r.visit)
  return r.seen
}

async function withWorker(
  list: readonly string[],
  sizes?: Parameters<typeof startReadAhead>[0]
): Promise<{ seen: Seen[]; ahead: ReadAhead }> {
  const ahead = startReadAhead(sizes)
  if (!ahead) throw new Error('worker threads are not available')
  const r = recorder()
  try {
    await ahead.readEach(list, readSync, r.visit)
  } finally {
    await ahead.stop()
  }
  return { seen: r.seen, ahead }
}

describe('paths after a prefix', () => {
  it('reads each file at the prefix and its path, on either thread, as with absolute paths', async () => {
    const inDir = paths.filter(p => p.startsWith(dir + sep))
    const rel = inDir.map(p => p.slice(dir.length + 1))
    const expected = inThread(inDir)
    const r = recorder()
    readRest(rel, 0, readSync, r.visit, dir + sep)
    expect(r.seen).toEqual(expected)
    const ahead = startReadAhead()
    if (!ahead) throw new Error('worker threads are not available')
    const w = recorder()
    try {
      await ahead.readEach(rel, readSync, w.visit, dir + sep)
    } finally {
      await ahead.stop()
    }
    expect(w.seen).toEqual(expected)
    expect(expected.filter(s => 'bytes' in s).length).toBeGreaterThan(300)
  })
})

describe('readRest', () => {
  it('reads every file in order and gives the error code of a file it cannot read', () => {
    const seen = inThread(paths)
    expect(seen.map(s => s.index)).toEqual(paths.map((_, i) => i))
    expect(seen[300]).toEqual({ index: 300, bytes: '' })
    expect(seen[301]).toEqual({ index: 301, error: 'ENOENT' })
    expect(seen[302]).toEqual({ index: 302, error: 'EISDIR' })
    expect(seen[303]).toMatchObject({ index: 303 })
    expect((seen[303] as { bytes: string }).bytes.length).toBe(2_500_000)
    for (const special of ['became-a-fifo.yaml', '/dev/zero']) {
      const index = paths.findIndex(p => p.endsWith(special))
      if (index >= 0) expect(seen[index]).toEqual({ index, error: NOT_A_FILE })
    }
  })
})

describe('startReadAhead', () => {
  it('hands over the same bytes and errors as a read on this thread, in the same order', async () => {
    const { seen } = await withWorker(paths)
    expect(seen).toEqual(inThread(paths))
  })

  it('matches with tiny batches and one batch ahead, so that files cross batches and the worker waits', async () => {
    const { seen } = await withWorker(paths, { firstBatchBytes: 8, batchBytes: 64, batchesAhead: 1 })
    expect(seen).toEqual(inThread(paths))
  })

  it('never reads more batches ahead than allowed, however slow the caller', async () => {
    const list = paths.slice(0, 200)
    const ahead = startReadAhead({ firstBatchBytes: 64, batchBytes: 64, batchesAhead: 3 })
    if (!ahead) throw new Error('worker threads are not available')
    const seen: number[] = []
    try {
      await ahead.readEach(list, readSync, index => {
        seen.push(index)
        // Long enough for the worker to read all 200 files (about 40 batches) if nothing held it back.
        if (index === 0) {
          const start = Date.now()
          while (Date.now() - start < 300);
        }
      })
    } finally {
      await ahead.stop()
    }
    expect(seen).toEqual(list.map((_, i) => i))
    expect(ahead.mostAhead()).toBe(3)
  })

  it('reads on this thread when the worker was stopped before it was asked', async () => {
    const ahead = startReadAhead()
    if (!ahead) throw new Error('worker threads are not available')
    await ahead.stop()
    const r = recorder()
    await ahead.readEach(paths, readSync, r.visit)
    expect(r.seen).toEqual(inThread(paths))
  })

  it('serves one list: a second one is read on this thread, with the same results', async () => {
    const ahead = startReadAhead()
    if (!ahead) throw new Error('worker threads are not available')
    try {
      const first = recorder()
      await ahead.readEach(paths.slice(0, 10), readSync, first.visit)
      const second = recorder()
      await ahead.readEach(paths, readSync, second.visit)
      expect(first.seen).toEqual(inThread(paths.slice(0, 10)))
      expect(second.seen).toEqual(inThread(paths))
    } finally {
      await ahead.stop()
    }
  })

  it('takes a file that changes between the list and the read as it is when read', async () => {
    const changing = join(dir, 'changing.yaml')
    writeFileSync(changing, 'a: 1\n')
    const list = [changing]
    const ahead = startReadAhead()
    if (!ahead) throw new Error('worker threads are not available')
    unlinkSync(changing)
    const r = recorder()
    try {
      await ahead.readEach(list, readSync, r.visit)
    } finally {
      await ahead.stop()
    }
    expect(r.seen).toEqual([{ index: 0, error: 'ENOENT' }])
  })

  it('a visit that throws stops the reading, and the worker ends', async () => {
    const ahead = startReadAhead({ firstBatchBytes: 64, batchBytes: 64, batchesAhead: 1 })
    if (!ahead) throw new Error('worker threads are not available')
    let visits = 0
    await expect(
      ahead.readEach(paths, readSync, () => {
        if (++visits === 5) throw new Error('reader bug')
      })
    ).rejects.toThrow('reader bug')
    await ahead.stop()
    expect(visits).toBe(5)
  })
})
