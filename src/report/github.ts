/**
 * `--format github`: one workflow command per finding (`::error file=…,line=…,title=…::message`), so that any
 * Actions step running the CLI gets annotations without the Action. Paths are repository-relative (`root` is the
 * scanned directory's place in the repository), as GitHub places them. Values are escaped the way the Actions
 * toolkit escapes them (`%`, CR and LF in the message; also `:` and `,` in properties). GitHub shows at most 10
 * of each kind per step; all are written, the rest are in the log.
 */
import type { ScanReport } from '../engine/scan.js'
import type { Level } from '../model.js'
import { asRun, finalErrors, remainingFindings, type RunResult } from './run.js'

export interface GithubOptions {
  /** The scanned directory's place in the repository, `/`-terminated ('' at the top). */
  root?: string
}

const COMMAND: Record<Level, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  note: 'notice'
}

export function renderGithub(input: ScanReport | RunResult, opts: GithubOptions = {}): string {
  const run = asRun(input)
  const root = opts.root ?? ''
  const lines = remainingFindings(run).map(f =>
    command(
      COMMAND[f.level],
      `${root}${f.file}`,
      f.line,
      `${f.ruleId}${f.fixable ? ' (fixable)' : ''}`,
      f.message
    )
  )
  for (const e of finalErrors(run))
    lines.push(command('warning', `${root}${e.file}`, e.line, 'TKI900', e.message))
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

function command(kind: string, file: string, line: number, title: string, message: string): string {
  const props = [
    `file=${escapeProperty(file)}`,
    `line=${Math.max(1, line)}`,
    `title=${escapeProperty(title)}`
  ]
  return `::${kind} ${props.join(',')}::${escapeData(message)}`
}

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
