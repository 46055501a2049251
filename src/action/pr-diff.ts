/**
 * The pull request's diff, parsed into hunks per file, so that every review-comment anchor is checked before
 * it is sent: GitHub rejects a whole review (422) when one comment's lines are not in the diff, and a
 * multi-line comment must stay inside one hunk.
 */

export interface DiffHunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
}

export interface DiffFile {
  /** Path on the head side; for a deleted file, the old path. */
  path: string
  deleted: boolean
  hunks: DiffHunk[]
}

export type PrDiff = Map<string, DiffFile>

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

/** Parses `git diff` / `application/vnd.github.diff` text. Binary files and mode-only changes get no hunks. */
export function parsePrDiff(text: string): PrDiff {
  const files: PrDiff = new Map()
  let current: DiffFile | null = null
  let oldLeft = 0
  let newLeft = 0
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (oldLeft > 0 || newLeft > 0) {
      // Inside a hunk body: count, so that a body line starting with `+++` or `diff` is not read as a header.
      if (line.startsWith('\\')) continue
      const c = line[0]
      if (c === '+') newLeft--
      else if (c === '-') oldLeft--
      else {
        oldLeft--
        newLeft--
      }
      continue
    }
    if (line.startsWith('diff --git ')) {
      const paths = gitHeaderPaths(line.slice('diff --git '.length))
      current = { path: paths?.b ?? '', deleted: false, hunks: [] }
      if (current.path) files.set(current.path, current)
      continue
    }
    if (!current) continue
    if (line.startsWith('+++ ')) {
      const p = stripPrefix(unquote(line.slice(4).trim()), 'b/')
      if (p === '/dev/null') current.deleted = true
      else if (p !== current.path) {
        if (current.path) files.delete(current.path)
        current.path = p
        files.set(p, current)
      }
      continue
    }
    if (line.startsWith('--- ')) {
      // The new path follows on `+++`; a deleted file keeps the path from `diff --git`.
      continue
    }
    if (line.startsWith('rename to ')) {
      const p = unquote(line.slice('rename to '.length).trim())
      if (current.path) files.delete(current.path)
      current.path = p
      files.set(p, current)
      continue
    }
    const m = HUNK.exec(line)
    if (m) {
      const hunk: DiffHunk = {
        oldStart: Number(m[1]),
        oldLines: m[2] === undefined ? 1 : Number(m[2]),
        newStart: Number(m[3]),
        newLines: m[4] === undefined ? 1 : Number(m[4])
      }
      current.hunks.push(hunk)
      oldLeft = hunk.oldLines
      newLeft = hunk.newLines
    }
  }
  return files
}

/** The diff of `GET /pulls/{n}/files` (used when the whole diff is too large): each file's `patch` holds its hunks. */
export function diffFromFiles(
  files: readonly { filename: string; status?: string; patch?: string }[]
): PrDiff {
  const out: PrDiff = new Map()
  for (const f of files) {
    const parsed = f.patch ? parsePrDiff(`diff --git a/${f.filename} b/${f.filename}\n${f.patch}\n`) : null
    out.set(f.filename, {
      path: f.filename,
      deleted: f.status === 'removed',
      hunks: parsed?.get(f.filename)?.hunks ?? []
    })
  }
  return out
}

/**
 * The hunk that holds head-side lines `start..end` (1-based, inclusive), or undefined when the range is not
 * commentable on the RIGHT side: GitHub needs both ends of a comment in the same hunk.
 */
export function hunkFor(diff: PrDiff, path: string, start: number, end: number): DiffHunk | undefined {
  const file = diff.get(path)
  if (!file || file.deleted || start > end || start < 1) return undefined
  return file.hunks.find(h => h.newLines > 0 && start >= h.newStart && end <= h.newStart + h.newLines - 1)
}

function gitHeaderPaths(rest: string): { a: string; b: string } | null {
  if (rest.startsWith('"')) {
    const m = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*"|\S.*)$/.exec(rest)
    if (!m) return null
    return { a: stripPrefix(unquote(m[1] as string), 'a/'), b: stripPrefix(unquote(m[2] as string), 'b/') }
  }
  // `a/x b/x`: with equal names the split is in the middle; renames are corrected by `+++` / `rename to`.
  const half = (rest.length - 1) / 2
  if (Number.isInteger(half) && rest[half] === ' ') {
    const a = rest.slice(0, half)
    const b = rest.slice(half + 1)
    if (a.slice(2) === b.slice(2)) return { a: stripPrefix(a, 'a/'), b: stripPrefix(b, 'b/') }
  }
  const m = /^(\S+) (\S.*)$/.exec(rest)
  if (!m) return null
  return { a: stripPrefix(unquote(m[1] as string), 'a/'), b: stripPrefix(unquote(m[2] as string), 'b/') }
}

function stripPrefix(p: string, prefix: string): string {
  return p.startsWith(prefix) ? p.slice(prefix.length) : p
}

/** Git quotes paths with special bytes in C style, with octal escapes for UTF-8 bytes. */
function unquote(p: string): string {
  if (!p.startsWith('"') || !p.endsWith('"')) return p
  const bytes: number[] = []
  const body = p.slice(1, -1)
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 }
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'))
      continue
    }
    const next = body[i + 1] as string
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8))
      i += 3
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0))
      i += 1
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
