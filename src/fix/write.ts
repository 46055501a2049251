/**
 * Writing fixed files back: the only place the fixer touches the disk.
 *
 * Each file is written atomically (a temporary file in the same directory, then a rename), keeps its mode, and
 * gets its UTF-8 BOM back when it had one (the scan reads text without it, see discover/text.ts). A file is
 * refused when its path leaves the repository (`..`, an absolute path, or a symlink that resolves outside the
 * root), when it is not a regular file, or when its content on disk is no longer the text the fix was made from.
 * A symlink that stays inside the root is followed: the file it points to is written, the link stays a link.
 * A file this process may not write in place (its permissions say read-only for this user) is refused rather
 * than replaced: a rename would get round the file's own permissions. The owner is kept when the process may set
 * it (as root), and the temporary file lives next to the target, so nothing is ever created outside the root.
 * Line endings (CRLF, LF, a mix) are whatever the fix's text holds: this module adds or converts none.
 *
 * A run killed between writing a temporary file and renaming it leaves it behind: a full copy of the file,
 * credentials included. The next run that writes fixes removes those of processes that no longer run
 * (`removeStaleTemps`).
 */
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { access, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { ScanError } from '../model.js'
import { decodeText } from '../discover/text.js'
import { isInside } from '../discover/files.js'
import { READ_FLAGS } from '../discover/open-file.js'

export interface FileChangeToWrite {
  /** Repo-relative, with `/`. */
  file: string
  /** The text the fix was made from (without a BOM), as the scan read it. */
  before: string
  after: string
}

export interface WriteOptions {
  /** Check everything but write nothing. */
  dryRun?: boolean
}

export async function writeChanges(
  root: string,
  changes: readonly FileChangeToWrite[],
  opts: WriteOptions = {}
): Promise<{ written: string[]; problems: ScanError[] }> {
  const written: string[] = []
  const problems: ScanError[] = []
  let realRoot: string
  try {
    realRoot = await realpath(root)
  } catch (err) {
    const message = `not written: cannot open the repository root ${root} (${describe(err)})`
    return { written, problems: changes.map(c => ({ file: c.file, line: 1, message })) }
  }
  const todo = changes.filter(c => c.before !== c.after)
  // A few files at a time: each write waits on the disk (its fsync), and the files are independent. Two paths
  // of one file (a link beside its target) are not: a later one is written after the others, as in a plain
  // sequence, where it finds the file changed. The outcomes are kept in the order of the changes.
  const outcomes: ({ refusal: string | null } | { error: unknown })[] = new Array(todo.length)
  const seen = new Set<string>()
  const first: number[] = []
  const later: number[] = []
  const reals = await Promise.all(todo.map(c => realTarget(realRoot, c.file)))
  for (const [i, real] of reals.entries()) {
    const key = 'real' in real ? real.real : null
    if (key !== null && seen.has(key)) later.push(i)
    else first.push(i)
    if (key !== null) seen.add(key)
  }
  const writeAt = async (i: number): Promise<void> => {
    try {
      outcomes[i] = { refusal: await writeOne(realRoot, todo[i], reals[i], opts) }
    } catch (error) {
      outcomes[i] = { error }
    }
  }
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < first.length) await writeAt(first[next++])
  }
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, first.length) }, worker))
  for (const i of later) await writeAt(i)
  todo.forEach((change, i) => {
    const outcome = outcomes[i]
    if ('error' in outcome)
      problems.push({ file: change.file, line: 1, message: `not written: ${describe(outcome.error)}` })
    else if (outcome.refusal)
      problems.push({ file: change.file, line: 1, message: `not written: ${outcome.refusal}` })
    else written.push(change.file)
  })
  return { written, problems }
}

/** Files written at the same time. */
const WRITES_AT_ONCE = 8

/** `.NAME.PID.HEX.tmp`: the temporary file writeOne makes next to NAME while it writes it. */
const TEMP_FILE = /^\.(.+)\.(\d+)\.([0-9a-f]{12})\.tmp$/

/**
 * Remove the temporary files (`paths`: repo-relative, as the walk listed them) that a run left when it was killed
 * before its rename: those whose process is gone. A file of a process that still runs (this one, another fix in
 * progress) is left alone. Returns the paths removed.
 */
export async function removeStaleTemps(root: string, paths: readonly string[]): Promise<string[]> {
  const removed: string[] = []
  for (const rel of paths) {
    const m = TEMP_FILE.exec(rel.slice(rel.lastIndexOf('/') + 1))
    if (!m) continue
    const pid = Number(m[2])
    if (pid === process.pid || isRunning(pid)) continue
    const abs = path.resolve(root, ...rel.split('/'))
    if (!inside(root, abs)) continue
    try {
      if (!(await lstat(abs)).isFile()) continue
      await unlink(abs)
      removed.push(rel)
    } catch {
      // Gone already, or not ours to remove: nothing to do.
    }
  }
  return removed
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Strictly inside the root: the root itself is not a file to write. */
function inside(root: string, p: string): boolean {
  return path.relative(root, p) !== '' && isInside(root, p)
}

/** Where a change would be written: the real path of its file, or why there is none. */
async function realTarget(root: string, file: string): Promise<{ real: string } | { refusal: string }> {
  if (file.includes('\0') || path.isAbsolute(file) || path.win32.isAbsolute(file))
    return { refusal: 'the path is not repo-relative' }
  const target = path.resolve(root, ...file.split('/'))
  if (!inside(root, target)) return { refusal: 'the path leads outside the repository' }
  try {
    return { real: await realpath(target) }
  } catch (err) {
    return {
      refusal: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file no longer exists' : describe(err)
    }
  }
}

/** Write one file to its real path (realTarget); a string says why it was refused. */
async function writeOne(
  root: string,
  change: FileChangeToWrite,
  target: { real: string } | { refusal: string },
  opts: WriteOptions
): Promise<string | null> {
  if ('refusal' in target) return target.refusal
  const real = target.real
  if (!inside(root, real)) return 'the path goes through a symlink that leads outside the repository'
  const info = await stat(real)
  if (!info.isFile()) return 'not a regular file'
  try {
    await access(real, constants.W_OK)
  } catch {
    return 'the file is read-only'
  }

  const original = await readRegular(real)
  if (!original) return 'not a regular file'
  const decoded = decodeText(original)
  if ('skip' in decoded) return 'the file on disk is no longer UTF-8 text'
  // decodeText drops one BOM and says so: the fixed text gets it back.
  if (decoded.text !== change.before) return 'the file changed on disk since it was scanned'
  if (opts.dryRun) return null

  const content = (decoded.bom ? '\uFEFF' : '') + change.after
  const mode = info.mode & 0o7777
  const tmp = path.join(
    path.dirname(real),
    `.${path.basename(real)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  )
  let renamed = false
  try {
    const handle = await open(tmp, 'wx', mode)
    try {
      await handle.writeFile(content, 'utf8')
      await handle.chmod(mode) // open's mode is filtered by the umask
      if (info.uid !== process.getuid?.() || info.gid !== process.getgid?.())
        await handle.chown(info.uid, info.gid).catch(() => undefined) // only root may; others keep their own
      await handle.sync()
    } finally {
      await handle.close()
    }
    // Last look before replacing: someone may have written the file while we prepared ours.
    if (!(await readRegular(real))?.equals(original))
      return 'the file changed on disk while it was being written'
    await rename(tmp, real)
    renamed = true
    return null
  } finally {
    if (!renamed) await unlink(tmp).catch(() => undefined)
  }
}

/**
 * The bytes of a file that is still a regular one, or null. Opened as the scan opens files (open-file.ts): a FIFO
 * put in its place since the stat above must not block the fix until some process writes to it.
 */
async function readRegular(file: string): Promise<Buffer | null> {
  const handle = await open(file, READ_FLAGS)
  try {
    return (await handle.stat()).isFile() ? await handle.readFile() : null
  } finally {
    await handle.close()
  }
}

/** An error in a few words: `EACCES (permission denied)` rather than a message with absolute temp paths in it. */
function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException
  if (e && typeof e.code === 'string') {
    const why = /^[A-Z]+: ([^,]+)/.exec(e.message ?? '')
    return why ? `${e.code} (${why[1]})` : e.code
  }
  return err instanceof Error ? err.message : String(err)
}
