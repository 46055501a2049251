/**
 * Workflow annotations. GitHub shows at most 10 error, 10 warning and 10 notice annotations per step:
 * the first of each kind (most severe first, then by place) are emitted, and the rest are counted so the
 * job summary can say how many the annotations leave out.
 */
import * as core from '@actions/core'
import { fileProblemLevel, type Finding, type ScanError } from '../model.js'
import { printable } from '../report/format.js'

export const PER_KIND = 10

export type AnnotationKind = 'error' | 'warning' | 'notice'

export interface Annotation {
  kind: AnnotationKind
  title: string
  message: string
  file: string
  line: number
}

export interface AnnotationPlan {
  emit: Annotation[]
  /** Annotations left out, per kind. */
  dropped: Record<AnnotationKind, number>
}

const KIND: Record<Finding['level'], AnnotationKind> = { error: 'error', warning: 'warning', note: 'notice' }

/**
 * `reserved` slots per kind are kept free for the action's own messages (a degraded run says why once).
 * Files that could not be read (TKI900) come after the findings of their kind: errors when they feed a release.
 */
export function planAnnotations(
  findings: readonly Finding[],
  errors: readonly ScanError[],
  toRepoPath: (file: string) => string,
  reserved: Partial<Record<AnnotationKind, number>> = {}
): AnnotationPlan {
  const all: Annotation[] = [
    ...[...findings]
      .sort((a, b) => rank(a.level) - rank(b.level) || a.file.localeCompare(b.file) || a.line - b.line)
      .map(f => ({
        kind: KIND[f.level],
        title: `${f.ruleId}${f.fixable ? ' (fixable)' : ''}`,
        message: f.message,
        file: toRepoPath(f.file),
        line: Math.max(1, f.line)
      })),
    ...errors.map(e => ({
      kind: fileProblemLevel(e),
      title: 'TKI900',
      message: e.message,
      file: toRepoPath(e.file),
      line: Math.max(1, e.line)
    }))
  ]
  const used: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 }
  const dropped: Record<AnnotationKind, number> = { error: 0, warning: 0, notice: 0 }
  const emit: Annotation[] = []
  for (const a of all) {
    if (used[a.kind] < PER_KIND - (reserved[a.kind] ?? 0)) {
      used[a.kind]++
      emit.push(a)
    } else dropped[a.kind]++
  }
  return { emit, dropped }
}

export function emitAnnotations(plan: AnnotationPlan): void {
  for (const a of plan.emit) {
    // The file stays as it is (GitHub places the annotation by it; @actions/core escapes it for the command);
    // what people read has its control characters escaped, as in every output.
    const props = { title: printable(a.title), file: a.file, startLine: a.line }
    const message = printable(a.message)
    if (a.kind === 'error') core.error(message, props)
    else if (a.kind === 'warning') core.warning(message, props)
    else core.notice(message, props)
  }
}

function rank(level: Finding['level']): number {
  return level === 'error' ? 0 : level === 'warning' ? 1 : 2
}
