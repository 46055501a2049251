/**
 * `--format patch`: the fixes as one patch for `git apply` (from the repository's top: paths carry `root`), with no
 * secret in it (see fix/patch.ts). Files left out because a secret sits next to their change are named in `#`
 * lines before the first diff, which `git apply` skips. With --fix, the changes written; otherwise those --fix
 * would write.
 */
import type { ScanReport } from '../engine/scan.js'
import { safePatch } from '../fix/patch.js'
import { asRun, type RunResult } from './run.js'

export interface PatchOptions {
  /** The scanned directory's place in the repository, `/`-terminated ('' at the top). */
  root?: string
}

export function renderPatch(input: ScanReport | RunResult, opts: PatchOptions = {}): string {
  const run = asRun(input)
  const root = opts.root ?? ''
  const written = new Set(run.written)
  const changes = run.report.changes
    .filter(c => run.mode !== 'fix' || written.has(c.file))
    .map(c => ({ ...c, file: `${root}${c.file}` }))
  const { patch, withheld } = safePatch(changes)
  const notes = withheld.map(
    f =>
      `# ${f}: left out of this patch, a credential sits on or next to the lines the fix changes; run --fix.\n`
  )
  return `${notes.join('')}${patch}`
}
