/**
 * A patch that `git apply` takes and that holds no secret. The diffs shown to people (diff.ts) mask credentials on
 * the lines around a fix, and a masked context line breaks `git apply`. Here each hunk keeps only the context lines
 * between the change and the nearest line redactLines would mask (git takes uneven context). A file is left out of
 * the patch, and named, when a changed line or a line between two changes would need masking, or when a secret
 * sits right after a change that is not at the end of the file (git needs a trailing context line there): the
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
  /** Files in the patch, with the fewest context lines one of their hunks kept. */
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
  const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
    context: DIFF_CONTEXT
  })
  let least = DIFF_CONTEXT
  for (const hunk of patch.hunks) {
    // Which lines of the hunk would be masked, each as the old or new line it is.
    let o = hunk.oldStart - 1
    let n = hunk.newStart - 1
    const secret = hunk.lines.map(line => {
      const sign = line[0]
      if (sign === ' ') {
        const masked = [secretOld(o++), secretNew(n++)]
        return masked[0] || masked[1]
      }
      if (sign === '-') return secretOld(o++)
      if (sign === '+') return secretNew(n++)
      return false
    })
    const isChange = (i: number): boolean => hunk.lines[i][0] === '-' || hunk.lines[i][0] === '+'
    const firstChange = hunk.lines.findIndex((_, i) => isChange(i))
    let lastChange = hunk.lines.length - 1
    while (lastChange > firstChange && !isChange(lastChange)) lastChange--
    // A changed line, or a context line between two changes, cannot be left out: the file is withheld.
    if (secret.slice(firstChange, lastChange + 1).some(Boolean)) return null
    // Leading context: the lines after the last secret before the first change.
    const leadSecret = secret.lastIndexOf(true, firstChange)
    const leadFrom = leadSecret >= 0 && leadSecret < firstChange ? leadSecret + 1 : 0
    // Trailing context: the lines before the first secret after the last change.
    const trailSecret = secret.indexOf(true, lastChange + 1)
    const trailTo = trailSecret >= 0 ? trailSecret : hunk.lines.length
    const reachesEnd = hunk.oldStart - 1 + hunk.oldLines >= oldLines.length - 1
    // git apply takes a hunk with no trailing context only at the end of the file.
    if (trailTo === lastChange + 1 && !(trailSecret < 0 && reachesEnd)) return null
    const dropped = hunk.lines.slice(0, leadFrom)
    const kept = hunk.lines.slice(leadFrom, trailTo)
    const tail = hunk.lines.slice(trailTo)
    const count = (lines: string[], signs: string): number => lines.filter(l => signs.includes(l[0])).length
    hunk.oldStart += count(dropped, ' -')
    hunk.newStart += count(dropped, ' +')
    hunk.oldLines -= count(dropped, ' -') + count(tail, ' -')
    hunk.newLines -= count(dropped, ' +') + count(tail, ' +')
    hunk.lines = kept
    least = Math.min(least, firstChange - leadFrom, trailTo - lastChange - 1)
  }
  return { text: formatPatch({ ...patch, isGit: true }), context: least }
}
