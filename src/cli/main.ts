/**
 * The CLI's one job, top to bottom: parse the arguments, scan the directory, write the fixes when asked and
 * scan again to learn what remains, render the report, and turn the outcome into an exit code
 * (0 clean at --fail-on, 1 findings remain, 2 usage or configuration error). Streams and environment are
 * passed in so that tests run it in-process.
 */
import { existsSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { readAheadFromEnv, scan, writeFixes, type ScanOptions } from '../engine/scan.js'
import { ConfigError } from '../config/parse.js'
import { effectiveSettings, loadBaseline, loadConfig, todayUtc } from '../config/load.js'
import { BaselineError, renderBaseline } from '../engine/baseline.js'
import { fingerprintFor } from '../report/json.js'
import { renderJson } from '../report/json.js'
import { renderSarif } from '../report/sarif.js'
import { renderText } from '../report/text.js'
import { renderGithub } from '../report/github.js'
import { renderMarkdown } from '../report/markdown.js'
import { renderJunit } from '../report/junit.js'
import { renderCodeClimate } from '../report/codeclimate.js'
import { renderPatch } from '../report/patch.js'
import { useColor } from '../report/format.js'
import { fails, type RunResult } from '../report/run.js'
import { TOOL_NAME, TOOL_VERSION } from '../report/tool.js'
import { parseCliArgs, USAGE, UsageError, type OutputFormat, type ScanArgs } from './args.js'

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  env: Record<string, string | undefined>
  cwd: string
}

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    const args = parseCliArgs(
      argv,
      path => statSync(resolve(io.cwd, path), { throwIfNoEntry: false })?.isDirectory() === true
    )
    if (args.command === 'help') {
      io.stdout.write(USAGE)
      return EXIT_OK
    }
    if (args.command === 'version') {
      io.stdout.write(`${TOOL_VERSION}\n`)
      return EXIT_OK
    }
    return await runScan(args, io)
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`${TOOL_NAME}: ${err.message} (see --help)\n`)
      return EXIT_USAGE
    }
    if (err instanceof ConfigError) {
      for (const p of err.problems)
        io.stderr.write(`${TOOL_NAME}: ${p.file}:${p.line}:${p.column}: ${p.message}\n`)
      return EXIT_USAGE
    }
    if (err instanceof BaselineError) {
      io.stderr.write(`${TOOL_NAME}: ${err.message}\n`)
      return EXIT_USAGE
    }
    // A bug or an environment problem (disk full, permissions): say what, without a stack trace by default.
    const detail = io.env.DEBUG ? ((err as Error).stack ?? String(err)) : (err as Error).message
    io.stderr.write(`${TOOL_NAME}: ${detail}\n`)
    return EXIT_USAGE
  }
}

async function runScan(args: ScanArgs, io: CliIo): Promise<number> {
  // The arguments named DIR only if it is a directory (see args.ts), so `root` is one.
  const root = resolve(io.cwd, args.dir)
  const onlyFiles = args.files.length > 0 ? filesInRoot(args.files, io.cwd, root) : undefined

  const config = await loadConfig(root, args.config, io.cwd)
  const baseline = args.baseline === null ? undefined : await loadBaseline(args.baseline, io.cwd)
  const given = {
    include: args.include,
    exclude: args.exclude,
    chartVersions: args.chartVersions,
    ...(args.given.includes('failOn') ? { failOn: args.failOn } : {}),
    ...(args.given.includes('nativeSidecars') ? { nativeSidecars: args.nativeSidecars } : {})
  }
  const settings = effectiveSettings(given, config, baseline, todayUtc())
  const options: ScanOptions = {
    root,
    ...settings.scan,
    repoUrls: args.repoUrls,
    readAhead: readAheadFromEnv(io.env),
    onlyFiles
  }
  // Diffs are shown (and carried in JSON `fixes[]`) with --fix or --dry-run; a plain check only
  // needs to know which findings are fixable, which the judge already decided.
  // A patch is made of the planned changes, so `--format patch` plans them without --fix.
  const wantsPatch = args.reports.some(r => r.format === 'patch')
  const report = await scan({ ...options, planFixes: args.fix || wantsPatch })
  const run: RunResult = { report, mode: 'check', written: [], writeProblems: [] }
  if (args.fix) run.mode = args.dryRun ? 'dry-run' : 'fix'
  if (run.mode === 'fix' && report.changes.length > 0) {
    const outcome = await writeFixes(report, options)
    run.written = outcome.written
    run.writeProblems = outcome.problems
    run.after = outcome.after
  }

  const prefix = repoPrefix(root)
  // Every report is rendered before any is written, so that a bad --output path leaves no half set behind.
  // A check plans the changes only for the patch: the other reports show none, as in any check.
  const unplanned: RunResult = wantsPatch && !args.fix ? { ...run, report: { ...report, fixes: [] } } : run
  const rendered = args.reports.map(r => {
    const toFile = r.output !== null
    return {
      ...r,
      text: renderReport(r.format, r.format === 'patch' ? run : unplanned, {
        root: prefix,
        color: useColor(args.color, io.env, !toFile && io.stdout.isTTY === true),
        showSuppressed: args.showSuppressed
      })
    }
  })
  for (const r of rendered) {
    if (r.output === null) io.stdout.write(r.text)
    else await writeFile(resolve(io.cwd, r.output), r.text)
  }
  if (args.writeBaseline !== null) {
    const final = run.after ?? run.report
    const findings = [...final.findings, ...(final.suppressed ?? [])]
    await writeFile(
      resolve(io.cwd, args.writeBaseline),
      renderBaseline(findings, f => fingerprintFor(f, final.releases))
    )
  }
  return fails(run, settings.failOn) ? EXIT_FINDINGS : EXIT_OK
}

function renderReport(
  format: OutputFormat,
  run: RunResult,
  opts: { root: string; color: boolean; showSuppressed: boolean }
): string {
  switch (format) {
    case 'json':
      return renderJson(run, { root: opts.root })
    case 'sarif':
      return renderSarif(run, { uriPrefix: opts.root })
    case 'github':
      return renderGithub(run, { root: opts.root })
    case 'markdown':
      return renderMarkdown(run, { root: opts.root })
    case 'junit':
      return renderJunit(run, { root: opts.root })
    case 'codeclimate':
      return renderCodeClimate(run, { root: opts.root })
    case 'patch':
      return renderPatch(run, { root: opts.root })
    case 'text':
      return renderText(run, { color: opts.color, showSuppressed: opts.showSuppressed })
  }
}

/**
 * FILE arguments as the scan names files: relative to DIR with `/`. Each must exist (a lone mistyped DIR lands
 * here too, so the message says both). A file outside DIR can feed no release in it and is left out.
 */
function filesInRoot(files: readonly string[], cwd: string, root: string): string[] {
  const inRoot: string[] = []
  for (const file of files) {
    const path = resolve(cwd, file)
    if (!existsSync(path)) throw new UsageError(`no such directory or file: ${file}`)
    const rel = relative(root, path)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue
    inRoot.push(rel.split(sep).join('/'))
  }
  return inRoot
}

/**
 * SARIF locations must be relative to the repository root for GitHub to place them; when DIR is a folder of a
 * git checkout, that folder is the prefix of every path ('' when DIR is the top or no checkout is found).
 */
export function repoPrefix(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.git'))) {
      const rel = relative(dir, root)
      return rel === '' ? '' : `${rel.split(sep).join('/')}/`
    }
    if (dirname(dir) === dir) return ''
  }
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }
}
