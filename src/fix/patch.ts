/**
 * A patch that `git apply` takes and that holds no secret. The diffs shown to people (diff.ts) mask credentials on
 * the lines around a fix, and a masked context line breaks `git apply`. Here a file's diff is made with as much
 * context as stays clear of anything redactLines would mask (3 lines, else 2, else 1); a file whose changed lines
 * themselves, or whose every line next to them, would need masking is left out of the patch and named, so the
 * patch never lies and never leaks.
 */
import { formatPatch, structuredPatch } from 'diff'
import { redactLines } from './redact.js'
import { DIFF_CONTEXT } from './diff.js'

export interface PatchInput {
  /** Repo-relative, with `/`. */
  file: string
  before: string
  after: string
}

export interface SafePatch {
  /** The git-style patch of the files it holds ('' when none). */
  patch: string
  /** Files, with the context lines used, in the patch. */
  included: { file: string; context: number }[]
  /** Files left out: a secret sits on or right next to a changed line. */
  withheld: string[]
}

export function safePatch(changes: readonly PatchInput[]): SafePatch {
  const out: SafePatch = { patch: '', included: [], withheld: [] }
  const parts: string[] = []
  for (const change of changes) {
    if (change.before === change.after) continue
    const made = clearPatch(change)
    if (made === null) out.withheld.push(change.file)
    else {
      parts.push(made.text)
      out.included.push({ file: change.file, context: made.context })
    }
  }
  out.patch = parts.join('')
  return out
}

function clearPatch({ file, before, after }: PatchInput): { text: string; context: number } | null {
  const [oldLines, newLines] = [before.split('\n'), after.split('\n')]
  const [oldMasked, newMasked] = [redactLines(before), redactLines(after)]
  const secretOld = (i: number): boolean => oldMasked[i] !== oldLines[i]
  const secretNew = (i: number): boolean => newMasked[i] !== newLines[i]
  for (let context = DIFF_CONTEXT; context >= 1; context--) {
    const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context })
    let clear = true
    for (const hunk of patch.hunks) {
      let o = hunk.oldStart - 1
      let n = hunk.newStart - 1
      for (const line of hunk.lines) {
        const sign = line[0]
        if (sign === ' ') clear &&= !secretOld(o++) && !secretNew(n++)
        else if (sign === '-') clear &&= !secretOld(o++)
        else if (sign === '+') clear &&= !secretNew(n++)
      }
    }
    if (clear) return { text: formatPatch({ ...patch, isGit: true }), context }
  }
  return null
}
