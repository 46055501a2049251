/**
 * A git-style unified diff of one fixed file (`diff --git a/… b/…`, 3 lines of context), for people and for
 * `git apply`. Lines are compared with their line endings, so a CRLF file whose fix keeps CRLF shows only the
 * lines the fix touched; the `\r` stays in the output, as git prints it.
 */
import { formatPatch, structuredPatch } from 'diff'

export const DIFF_CONTEXT = 3

export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return ''
  const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
    context: DIFF_CONTEXT
  })
  if (patch.hunks.length === 0) return ''
  return formatPatch({ ...patch, isGit: true })
}
