/**
 * Opening a listed file to read it. The walk lists regular files only (discover/files.ts), but a path can change
 * between the walk and the read: a FIFO put in its place blocks an ordinary open until some process writes to it,
 * and a device such as /dev/zero never ends. So a file is opened without blocking and refused unless it is
 * still a regular file. A directory is let through: its read fails with EISDIR, as it always did.
 *
 * The read-ahead worker (read-ahead.ts) is plain JavaScript with no imports: it repeats these few lines, and its
 * tests compare it with readRegularFileSync.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs'

/** The error code of a path that is no longer a regular file when it is read (`cannot read: …`). */
export const NOT_A_FILE = 'not a regular file'

/** Read-only, and without blocking on a FIFO (Windows has no O_NONBLOCK and no FIFOs in the tree). */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** Open `abs` to read it; throws (with `code`) when it cannot be opened or is not a regular file or directory. */
export function openForReading(abs: string): number {
  const fd = openSync(abs, READ_FLAGS)
  let regular = false
  try {
    const st = fstatSync(fd)
    regular = st.isFile() || st.isDirectory()
  } finally {
    if (!regular) closeSync(fd)
  }
  if (!regular) throw Object.assign(new Error(`${abs}: ${NOT_A_FILE}`), { code: NOT_A_FILE })
  return fd
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
