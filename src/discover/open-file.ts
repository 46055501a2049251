/**
 * Opening a listed file to read it. The walk lists regular files only (discover/files.ts), but a path can change
 * between the walk and the read: a FIFO put in its place blocks an ordinary open until some process writes to it,
 * and a device such as /dev/zero never ends. So a file is opened without blocking and refused unless it is
 * still a regular file. A directory is let through: its read fails with EISDIR, as it always did.
 *
 * The read-ahead worker (read-ahead.ts) is plain JavaScript with no imports: it repeats these few lines, and its
 * tests compare it with readRegularFileSync.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs'

/** The error code of a path that is no longer a regular file when it is read (`cannot read: …`). */
export const NOT_A_FILE = 'not a regular file'

/** Read-only, and without blocking on a FIFO (Windows has no O_NONBLOCK and no FIFOs in the tree). */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** Open `abs` to read it; throws (with `code`) when it cannot be opened or is not a regular file or directory. */
export function openForReading(abs: string): number {
  return openWithSize(abs).fd
}

/** openForReading, with the file's size as the open file has it (no second stat). */
export function openWithSize(abs: string): { fd: number; size: number } {
  const fd = openSync(abs, READ_FLAGS)
  let regular = false
  let size = 0
  try {
    const st = fstatSync(fd)
    regular = st.isFile() || st.isDirectory()
    size = st.size
  } finally {
    if (!regular) closeSync(fd)
  }
  if (!regular) throw Object.assign(new Error(`${abs}: ${NOT_A_FILE}`), { code: NOT_A_FILE })
  return { fd, size }
}

/** A file over the size the scan reads whole (discover/text.ts MAX_PARSE_BYTES): refused before it is read. */
export class FileTooLarge extends Error {
  readonly code = 'too large'
  constructor(readonly size: number) {
    super(`${size} bytes`)
  }
}

const CHUNK_BYTES = 1024 * 1024
/** The most of a file testInChunks reads: past it, a file is taken to hold none of the words (time stays bounded). */
export const MAX_TESTED_BYTES = 64 * 1024 * 1024
/** Bytes each chunk repeats from the one before, so that a word cut by a chunk's end is still seen whole. */
const CHUNK_OVERLAP = 512

/**
 * Put a file that is too large to read whole to text tests, one chunk (latin1, 1 MiB) at a time, up to
 * MAX_TESTED_BYTES: which of `tests` hold for some chunk. Memory stays at one chunk whatever the file's size.
 */
export function testInChunks(abs: string, tests: readonly ((text: string) => boolean)[]): boolean[] {
  const found = tests.map(() => false)
  let fd: number
  try {
    fd = openForReading(abs)
  } catch {
    return found
  }
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES + CHUNK_OVERLAP)
    let kept = 0
    for (let total = 0; total < MAX_TESTED_BYTES;) {
      const got = readSync(fd, buf, kept, buf.length - kept, null)
      if (got === 0) break
      total += got
      const end = kept + got
      const text = buf.toString('latin1', 0, end)
      tests.forEach((test, i) => (found[i] ||= test(text)))
      if (found.every(Boolean)) break
      kept = Math.min(CHUNK_OVERLAP, end)
      buf.copy(buf, 0, end - kept, end)
    }
  } finally {
    closeSync(fd)
  }
  return found
}

/** The whole file, read through openForReading. */
export function readRegularFileSync(abs: string): Buffer {
  const fd = openForReading(abs)
  try {
    return readFileSync(fd)
  } finally {
    closeSync(fd)
  }
}
