/**
 * A git-style unified diff of one fixed file (`diff --git a/… b/…`, 3 lines of context), for people and for
 * `git apply`. Lines are compared with their line endings, so a CRLF file whose fix keeps CRLF shows only the
 * lines the fix touched; the `\r` stays in the output, as git prints it. Credentials on the lines shown (a
 * password next to a fixed key, an agent key in the same `helm.values`) are masked (see redact.ts); a diff with
 * a masked line does not apply with `git apply`.
 */
import { formatPatch, structuredPatch } from 'diff'
import { REDACTED, redactLines } from './redact.js'

export const DIFF_CONTEXT = 3

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return ''
  const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
    context: DIFF_CONTEXT
  })
  if (patch.hunks.length === 0) return ''
  const [oldLines, newLines] = [before.split('\n'), after.split('\n')]
  const [oldMasked, newMasked] = [redactLines(before), redactLines(after)]
  // A hunk line is the text's line at that position; were it ever not, it is hidden whole rather than shown
  // without the context (a block scalar, a Secret) that decides what to mask.
  const masked = (lines: string[], masks: string[], i: number, body: string): string =>
    lines[i] === body ? masks[i] : REDACTED
  for (const hunk of patch.hunks) {
    let o = hunk.oldStart - 1
    let n = hunk.newStart - 1
    hunk.lines = hunk.lines.map(line => {
      const sign = line[0]
      const body = line.slice(1)
      if (sign === ' ') {
        n++
        return sign + masked(oldLines, oldMasked, o++, body)
      }
      if (sign === '-') return sign + masked(oldLines, oldMasked, o++, body)
      if (sign === '+') return sign + masked(newLines, newMasked, n++, body)
      return line
    })
  }
  return formatPatch({ ...patch, isGit: true })
}
