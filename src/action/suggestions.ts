/**
 * Review suggestions from the fixer's file changes. Each hunk of `before → after` (no context) becomes one
 * suggestion that replaces exactly the lines it anchors to: the hunk's removed lines, or, for a pure insertion,
 * the line before it (repeated in the suggestion, so nothing is lost when it is applied).
 */
import { createHash } from 'node:crypto'
import { structuredPatch } from 'diff'
import type { FileChange } from '../engine/scan.js'
import { applyEdits } from '../fix/apply.js'
import { redactLines } from '../fix/redact.js'
import type { Finding, PlannedEdit } from '../model.js'
import { findingKey } from '../report/run.js'

export interface Suggestion {
  /** Repo-relative path. */
  file: string
  /** First and last line (1-based, inclusive) of the head-side file that the suggestion replaces. */
  startLine: number
  endLine: number
  /** The lines replaced, as they are now. */
  original: string[]
  /** What replaces them; may be empty (the lines are deleted). */
  replacement: string[]
  /** The findings this change resolves (at least one when the file has a fixable finding). */
  findings: Finding[]
  /** Stable across runs while the change and its findings are the same; not tied to line numbers. */
  fingerprint: string
}

/** A replacement of lines `start..end` (1-based) of one file; `end = start - 1` inserts before `start`. */
interface Hunk {
  start: number
  end: number
  added: string[]
}

/**
 * Suggestions for every change, with the fixable findings of each file attached to the hunks that fix them.
 * `toRepoPath` maps a scan-root-relative path to the repository path used by the pull request. With the
 * planned `edits`, a finding is attached to exactly the hunks its own edits make.
 */
export function suggestionsFromChanges(
  changes: readonly FileChange[],
  findings: readonly Finding[],
  toRepoPath: (file: string) => string = f => f,
  editOf: ReadonlyMap<Finding, PlannedEdit> = new Map()
): Suggestion[] {
  const out: Suggestion[] = []
  for (const change of changes) {
    const beforeLines = splitLines(change.before)
    const hunks = changeHunks(change.before, change.after)
    const fixable = findings.filter(f => f.fixable && f.file === change.file)
    const attached = attachFindings(change, hunks, fixable, editOf)
    hunks.forEach((h, i) => {
      const anchored = anchor(h, beforeLines)
      const file = toRepoPath(change.file)
      const found = attached[i] as Finding[]
      out.push({
        file,
        ...anchored,
        findings: found,
        fingerprint: suggestionFingerprint(file, anchored.original, anchored.replacement, found)
      })
    })
  }
  return out
}

/** The hunks of a change: structuredPatch with no context, in head-side line numbers. */
function changeHunks(before: string, after: string): Hunk[] {
  const patch = structuredPatch('a', 'b', before, after, '', '', { context: 0 })
  return patch.hunks.map(h => {
    const added = h.lines.filter(l => l.startsWith('+')).map(l => l.slice(1))
    // jsdiff gives a pure insertion's oldStart as the line it goes before.
    if (h.oldLines === 0) return { start: h.oldStart, end: h.oldStart - 1, added }
    return { start: h.oldStart, end: h.oldStart + h.oldLines - 1, added }
  })
}

/** Turn a hunk into a range of existing lines and their replacement. */
function anchor(h: Hunk, lines: readonly string[]): Omit<Suggestion, 'file' | 'findings' | 'fingerprint'> {
  if (h.end >= h.start)
    return {
      startLine: h.start,
      endLine: h.end,
      original: lines.slice(h.start - 1, h.end),
      replacement: h.added
    }
  if (h.start > 1) {
    // Insert after line start-1: anchor to it and repeat it first.
    const prev = lines[h.start - 2] as string
    return { startLine: h.start - 1, endLine: h.start - 1, original: [prev], replacement: [prev, ...h.added] }
  }
  // Insert at the very top: anchor to line 1 and repeat it last.
  const first = lines[0] ?? ''
  return { startLine: 1, endLine: 1, original: [first], replacement: [...h.added, first] }
}

/**
 * Which hunks fix which finding: the hunks its edit (the judge's, see ScanReport.editOf) makes when applied
 * alone, worked out once per edit however many findings share it. Without an edit in this file, the finding's
 * line (where its fix goes) decides: the hunk that covers it, else the first hunk below it, else the closest
 * one. A hunk left without a finding shares the findings of its nearest neighbour that has some.
 */
function attachFindings(
  change: FileChange,
  hunks: readonly Hunk[],
  findings: readonly Finding[],
  editOf: ReadonlyMap<Finding, PlannedEdit>
): Finding[][] {
  const out: Finding[][] = hunks.map(() => [])
  if (hunks.length === 0) return out
  // Findings that share a key's edit share the edit object (see judgeRelease): worked out once per edit.
  const hunksOfEdit = new Map<PlannedEdit, Set<number>>()
  const hunksOf = (edit: PlannedEdit): Set<number> => {
    let found = hunksOfEdit.get(edit)
    if (!found) {
      const mine = new Set<number>()
      const alone = applyEdits(change.file, change.before, [edit]).text
      for (const h2 of alone === change.before ? [] : changeHunks(change.before, alone))
        hunks.forEach((h, i) => {
          if (touches(h, h2)) mine.add(i)
        })
      hunksOfEdit.set(edit, mine)
      found = mine
    }
    return found
  }
  for (const f of findings) {
    const edit = editOf.get(f)
    const found = edit && edit.target.file === change.file ? hunksOf(edit) : new Set<number>()
    for (const i of found.size > 0 ? found : [nearest(hunks, f.line)]) (out[i] as Finding[]).push(f)
  }
  for (let i = 0; i < out.length; i++) {
    if ((out[i] as Finding[]).length > 0) continue
    let near = -1
    for (let d = 1; d < out.length && near < 0; d++) {
      if (i - d >= 0 && (out[i - d] as Finding[]).length > 0) near = i - d
      else if (i + d < out.length && (out[i + d] as Finding[]).length > 0) near = i + d
    }
    if (near >= 0) out[i] = [...(out[near] as Finding[])]
  }
  return out
}

/** Hunks as spans between lines of the original (position k = just after line k); touching counts. */
function touches(a: Hunk, b: Hunk): boolean {
  return a.start - 1 <= Math.max(b.end, b.start - 1) && b.start - 1 <= Math.max(a.end, a.start - 1)
}

function nearest(hunks: readonly Hunk[], line: number): number {
  let best = 0
  let bestScore = Infinity
  hunks.forEach((h, i) => {
    const lo = h.start - 1
    const hi = Math.max(h.end, h.start)
    const score = line >= lo && line <= hi ? 0 : lo > line ? lo - line : 10_000 + (line - hi)
    if (score < bestScore) {
      bestScore = score
      best = i
    }
  })
  return best
}

/**
 * Whether a suggestion would show a credential: it repeats the lines it replaces (the line above an insertion
 * too), and a suggestion must hold the real text to apply, so it cannot be masked. Such fixes go to the
 * summary comment, whose diff is masked.
 */
export function exposesSecret(s: Pick<Suggestion, 'original' | 'replacement'>): boolean {
  for (const lines of [s.original, s.replacement]) {
    if (lines.length === 0) continue
    const masked = redactLines(lines.join('\n'))
    if (masked.some((line, i) => line !== lines[i])) return true
  }
  return false
}

/** A code fence longer than any backtick run in the content, so nested fences stay literal. */
export function fenceFor(content: string): string {
  let longest = 0
  for (const m of content.matchAll(/`+/g)) longest = Math.max(longest, m[0].length)
  return '`'.repeat(Math.max(3, longest + 1))
}

/** The markdown block that GitHub applies: the replacement lines, nothing else. */
export function suggestionBlock(replacement: readonly string[]): string {
  const content = replacement.join('\n')
  const fence = fenceFor(content)
  return replacement.length === 0
    ? `${fence}suggestion\n${fence}`
    : `${fence}suggestion\n${content}\n${fence}`
}

/** A finding's identity across runs (rule, release, value path; never a line), short enough for a marker. */
export function findingFingerprint(f: Pick<Finding, 'ruleId' | 'releaseId' | 'path'>): string {
  return hash(findingKey(f), 12)
}

function suggestionFingerprint(
  file: string,
  original: readonly string[],
  replacement: readonly string[],
  findings: readonly Finding[]
): string {
  const keys = findings.map(findingFingerprint).sort().join(',')
  return hash([file, original.join('\n'), replacement.join('\n'), keys].join('\u0000'), 16)
}

function hash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

/** Lines of a text as an editor numbers them (a final newline does not start a new line). */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** Apply some suggestions to a text (used to show what is left to do once they are accepted). */
export function applySuggestions(text: string, suggestions: readonly Suggestion[]): string {
  const lines = splitLines(text)
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const sorted = [...suggestions].sort((a, b) => b.startLine - a.startLine)
  for (const s of sorted) lines.splice(s.startLine - 1, s.endLine - s.startLine + 1, ...s.replacement)
  const trailing = text === '' || /\r?\n$/.test(text) ? eol : ''
  return lines.length === 0 ? '' : lines.join(eol) + trailing
}
