/**
 * The action, top to bottom: read the inputs, decide the mode (and whether the token may write at all),
 * scan, carry out the mode (review, commit, pull-request or check), then report the same way in every mode:
 * annotations, job summary, SARIF file, outputs, and the step's result per `fail-on`.
 */
import { existsSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import {
  readAheadFromEnv,
  scan,
  writeFixes,
  type ScanOptions,
  type ScanReport,
  type WrittenFixes
} from '../engine/scan.js'
import { renderSarif } from '../report/sarif.js'
import { fails, findingKey, fixedKeys, summarise, type RunResult } from '../report/run.js'
import { emitAnnotations, planAnnotations } from './annotations.js'
import { checkoutMatchesHead, commitFixes } from './commit.js'
import { runFixPr } from './fix-pr.js'
import { GitHubHelper, PermissionError, StaleHeadError } from './github-helper.js'
import { getInputs, InputError, resolveMode, DEFAULTS, type Inputs, type Mode } from './inputs.js'
import { createClient, type Client } from './octokit-client.js'
import { runReview } from './review.js'
import { findingFingerprint } from './suggestions.js'
import { renderJobSummary } from './summary.js'
import { writeJobSummary } from './step-summary.js'
import { plural } from '../report/format.js'
import { ConfigError } from '../config/parse.js'
import { effectiveSettings, loadBaseline, loadConfig, todayUtc } from '../config/load.js'
import { BaselineError } from '../engine/baseline.js'

type Context = typeof github.context

interface PullPayload {
  number: number
  head: { sha: string; ref: string; repo: { full_name: string } | null }
  base: { ref: string; repo: { full_name: string } }
}

/** What a mode hands back to the reporting that every mode shares. */
interface ModeResult {
  outcome: string[]
  /** Fixes applied in the workspace and rescanned (commit and pull-request modes). */
  written?: WrittenFixes
  fixedBy: string
  /** findingKey → how this run offered its fix without applying it (a review comment, the summary's diff). */
  offered: Map<string, string>
  commitSha: string
  prNumber: string
  prUrl: string
  /** The step fails with this, whatever `fail-on` says (a moved head, a checkout that cannot be committed). */
  failure?: string
}

export async function run(): Promise<void> {
  try {
    await runAction(getInputs(), github.context)
  } catch (err) {
    const message =
      err instanceof InputError ? err.message : `testkube-istio-guard failed: ${(err as Error).message}`
    core.debug((err as Error).stack ?? String(err))
    core.setFailed(message)
  }
}

export async function runAction(inputs: Inputs, ctx: Context): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE || process.cwd())
  const root = resolve(workspace, inputs.path)
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new InputError(`Input 'path' is not a directory: ${inputs.path}`)
  const rel = relative(workspace, root)
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new InputError(`Input 'path' must be inside the workspace: ${inputs.path}`)
  const prefix = rel === '' ? '' : `${rel.split(sep).join('/')}/`
  const toRepoPath = (file: string): string => `${prefix}${file}`

  const pr = ctx.payload.pull_request as PullPayload | undefined
  let mode: Mode = resolveMode(inputs.mode, ctx.eventName)
  const degraded: string[] = []
  // Said as a warning, not a notice: a run that was asked to write and cannot must not look fine.
  const warned: string[] = []
  const degrade = (why: string, asWarning = false): void => {
    ;(asWarning ? warned : degraded).push(why)
    mode = 'check'
  }
  // Up front: a fork's pull_request token is read-only, and its branch is never ours to commit to.
  const fork = pr !== undefined && pr.head.repo?.full_name !== pr.base.repo.full_name
  if (mode !== 'check' && fork && ctx.eventName === 'pull_request')
    degrade(
      `Pull request from a fork (${pr?.head.repo?.full_name ?? 'a deleted repository'}): its token is read-only, so the results are in the annotations, the job summary and the SARIF file only.`
    )
  else if (mode === 'commit' && fork)
    degrade('Pull request from a fork: this action never commits to a fork’s branch; reporting only.')
  else if (mode === 'review' && !pr)
    degrade(`Mode review needs a pull_request event (this is ${ctx.eventName}); reporting only.`)
  else if (mode !== 'check' && !inputs.token)
    degrade(
      `No token: mode ${mode} needs the token input (default \${{ github.token }}) to write; reporting only.`,
      true
    )

  const settings = await configuredSettings(inputs, root, workspace)
  const failOn = settings.failOn
  const options: ScanOptions = {
    root,
    ...settings.scan,
    repoUrls: [`${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}`],
    readAhead: readAheadFromEnv(process.env)
  }
  // Only the modes that offer or write fixes need them as file changes; a check needs the findings alone.
  const report = await scan({ ...options, planFixes: mode !== 'check' })
  const toFix = new Set(report.edits.map(e => e.target.file)).size
  core.info(
    `Scanned ${report.stats.filesSeen} files: ${report.releases.length} Testkube releases, ${report.findings.length} findings, ${toFix} files to fix.`
  )

  let client: Client | null = null
  let result: ModeResult = emptyResult()
  if (mode !== 'check') {
    client = createClient(inputs.token)
    const gh = new GitHubHelper(client.octokit, ctx.repo)
    try {
      result = await runMode(mode, { inputs, ctx, pr, gh, report, options, root, workspace, toRepoPath })
    } catch (err) {
      if (err instanceof PermissionError) {
        degrade(
          `GitHub refused to let this run write (${err.message}): the results are in the annotations, the job summary and the SARIF file only. Give the workflow the permissions: it needs (see the README).`
        )
        result = emptyResult()
      } else {
        // Any other API failure still gets the annotations, job summary and SARIF below.
        core.debug((err as Error).stack ?? String(err))
        const why = `The GitHub API failed in ${mode} mode: ${(err as Error).message}`
        result = { ...emptyResult(), outcome: [why], failure: why }
      }
    }
  }

  const runResult: RunResult = result.written
    ? {
        report,
        mode: 'fix',
        after: result.written.after,
        written: result.written.written,
        writeProblems: result.written.problems
      }
    : { report, mode: 'check', written: [], writeProblems: [] }
  const counts = summarise(runResult)

  // SARIF: the CLI's renderer, with paths from the repository root.
  const sarifPath = inputs.sarifFile
    ? resolve(workspace, inputs.sarifFile)
    : resolve(process.env.RUNNER_TEMP || workspace, DEFAULTS.sarifName)
  await mkdir(dirname(sarifPath), { recursive: true })
  await writeFile(sarifPath, renderSarif(runResult, { uriPrefix: prefix }))

  // Annotations on what the workspace holds at the end (the findings a fix left, when fixes were written).
  const final = runResult.after ?? report
  for (const why of degraded) core.notice(why, { title: 'testkube-istio-guard' })
  for (const why of warned) core.warning(why, { title: 'testkube-istio-guard' })
  const annotations = planAnnotations(
    final.findings,
    [...final.errors, ...runResult.writeProblems],
    toRepoPath,
    { notice: degraded.length, warning: warned.length }
  )
  emitAnnotations(annotations)

  const requests = client ? client.requests() : 0
  if (client) core.info(`GitHub API requests this run: ${requests}`)
  const summary = renderJobSummary({
    mode: degraded.length + warned.length ? `${mode} (degraded)` : mode,
    outcome: [
      ...warned,
      ...degraded,
      ...result.outcome,
      ...(client ? [`${requests} GitHub API requests.`] : [])
    ],
    releases: report.releases,
    findings: report.findings,
    suppressed: final.suppressed ?? [],
    fixed: fixedKeys(runResult),
    fixedBy: result.fixedBy,
    offered: result.offered,
    errors: counts.errors,
    annotations,
    toRepoPath,
    sarifFile: sarifPath
  })
  try {
    await writeJobSummary(summary)
  } catch (err) {
    core.warning(`Could not write the job summary: ${(err as Error).message}`)
  }

  core.setOutput('releases', counts.releases)
  core.setOutput('findings', report.findings.length)
  core.setOutput('fixable', counts.fixable)
  core.setOutput('fixed', counts.fixed)
  core.setOutput('sarif-file', sarifPath)
  core.setOutput('commit-sha', result.commitSha)
  core.setOutput('pr-number', result.prNumber)
  core.setOutput('pr-url', result.prUrl)
  core.setOutput('suppressed', (final.suppressed ?? []).length)

  if (result.failure) core.setFailed(result.failure)
  else if (fails(runResult, failOn)) {
    const left = counts.remaining
    core.setFailed(
      `Findings remain at or above fail-on '${failOn}': ${left.error} errors, ${left.warning} warnings${counts.errors ? `, ${counts.errors} files not read` : ''}.`
    )
  }
}

interface ModeArgs {
  inputs: Inputs
  ctx: Context
  pr: PullPayload | undefined
  gh: GitHubHelper
  report: ScanReport
  options: ScanOptions
  root: string
  workspace: string
  toRepoPath: (file: string) => string
}

async function runMode(mode: Mode, a: ModeArgs): Promise<ModeResult> {
  if (mode === 'review') return reviewMode(a)
  if (mode === 'commit') return commitMode(a)
  if (mode === 'pull-request') return fixPrMode(a)
  return emptyResult()
}

async function reviewMode(a: ModeArgs): Promise<ModeResult> {
  const pr = a.pr as PullPayload
  const changed = a.report.changes.map(c => a.toRepoPath(c.file))
  const headCheckedOut =
    changed.length === 0 || (await checkoutMatchesHead(a.workspace, pr.head.sha, changed))
  const r = await runReview({
    gh: a.gh,
    pullNumber: pr.number,
    headSha: pr.head.sha,
    report: a.report,
    toRepoPath: a.toRepoPath,
    headCheckedOut
  })
  const outcome = [
    r.inlinePosted
      ? `Posted a review with ${plural(r.inlinePosted, 'suggestion')}${r.reviewUrl ? `: ${r.reviewUrl}` : ''}.`
      : 'No new review comments.',
    ...(r.inlineAlreadyThere
      ? [`${r.inlineAlreadyThere} suggestions were already posted by an earlier run.`]
      : []),
    stickyLine(r.sticky, r.stickyUrl, r.resolved),
    ...(r.threadsResolved
      ? [`Resolved ${plural(r.threadsResolved, 'review thread')} whose findings are fixed.`]
      : []),
    ...r.notes
  ]
  const offered = new Map(
    a.report.findings
      .filter(f => f.fixable)
      .map(f => [
        findingKey(f),
        r.inlineKeys.has(findingFingerprint(f))
          ? 'suggested in a review comment'
          : 'in the summary comment’s diff'
      ])
  )
  return { ...emptyResult(), outcome, offered }
}

function stickyLine(outcome: string, url: string | undefined, resolved: number): string {
  const r = resolved ? ` (${resolved} resolved)` : ''
  if (outcome === 'created') return `Posted the summary comment${r}${url ? `: ${url}` : ''}.`
  if (outcome === 'updated') return `Updated the summary comment${r}${url ? `: ${url}` : ''}.`
  if (outcome === 'unchanged') return 'The summary comment is up to date.'
  return 'Nothing to comment.'
}

async function commitMode(a: ModeArgs): Promise<ModeResult> {
  const target = a.pr
    ? { branch: a.pr.head.ref, headSha: a.pr.head.sha }
    : a.ctx.ref.startsWith('refs/heads/')
      ? { branch: a.ctx.ref.slice('refs/heads/'.length), headSha: a.ctx.sha }
      : null
  if (!target)
    return {
      ...emptyResult(),
      outcome: [`Mode commit needs a branch or a pull request (ref ${a.ctx.ref}); reporting only.`]
    }
  const changes = a.report.changes.filter(c => c.after !== c.before)
  if (changes.length === 0) return { ...emptyResult(), outcome: ['Nothing to commit.'] }
  if (
    !(await checkoutMatchesHead(
      a.workspace,
      target.headSha,
      changes.map(c => a.toRepoPath(c.file))
    ))
  )
    return {
      ...emptyResult(),
      outcome: ['No commit: the checked-out files are not those of the branch head.'],
      failure: `Mode commit builds its commit from the checked-out files, but they are not those of ${target.branch} at ${target.headSha.slice(0, 7)}. Check out the branch head (actions/checkout with ref: \${{ github.head_ref }}).`
    }
  try {
    const c = await commitFixes({
      gh: a.gh,
      target,
      changes,
      toRepoPath: a.toRepoPath,
      message: a.inputs.commitMessage
    })
    if (c.status !== 'committed') return { ...emptyResult(), outcome: ['Nothing to commit.'] }
    const written = await writeFixes(a.report, a.options)
    return {
      ...emptyResult(),
      written,
      outcome: [`Committed the fixes to ${target.branch}: ${c.url}`],
      fixedBy: `committed ${c.sha.slice(0, 7)}`,
      commitSha: c.sha
    }
  } catch (err) {
    if (!(err instanceof StaleHeadError)) throw err
    return { ...emptyResult(), outcome: [err.message], failure: err.message }
  }
}

async function fixPrMode(a: ModeArgs): Promise<ModeResult> {
  if (!a.ctx.ref.startsWith('refs/heads/'))
    return {
      ...emptyResult(),
      outcome: [
        `Mode pull-request runs on a branch (schedule, workflow_dispatch, push); this run is on ${a.ctx.ref}. Reporting only.`
      ]
    }
  const base = a.ctx.ref.slice('refs/heads/'.length)
  if (base === a.inputs.fixBranch)
    return { ...emptyResult(), outcome: [`This run is on the fix branch ${base} itself; reporting only.`] }
  const r = await runFixPr({
    gh: a.gh,
    base,
    baseSha: a.ctx.sha,
    branch: a.inputs.fixBranch,
    title: a.inputs.prTitle,
    commitMessage: a.inputs.commitMessage,
    changes: a.report.changes,
    findings: a.report.findings,
    diffs: a.report.fixes.map(f => ({ file: a.toRepoPath(f.file), diff: f.diff })),
    toRepoPath: a.toRepoPath
  })
  if (r.status === 'nothing-to-fix')
    return { ...emptyResult(), outcome: ['Nothing to fix; no pull request is open.'] }
  if (r.status === 'closed')
    return {
      ...emptyResult(),
      outcome: [
        `Nothing is left to fix: closed the stale pull request #${r.number} and deleted ${a.inputs.fixBranch}.`
      ],
      prNumber: String(r.number),
      prUrl: r.url
    }
  const verb = { opened: 'Opened', updated: 'Updated', unchanged: 'Unchanged:' }[r.status]
  const written = await writeFixes(a.report, a.options)
  return {
    ...emptyResult(),
    written,
    outcome: [`${verb} pull request #${r.number} with the fixes: ${r.url}`],
    fixedBy: `pull request #${r.number}`,
    commitSha: r.sha ?? '',
    prNumber: String(r.number),
    prUrl: r.url
  }
}

/**
 * The config file and baseline merged with the inputs (inputs that are given win). A bad config or baseline
 * stops the run with every problem as an error annotation on its line, like the CLI's exit 2.
 */
async function configuredSettings(
  inputs: Inputs,
  root: string,
  workspace: string
): Promise<ReturnType<typeof effectiveSettings>> {
  try {
    const config = await loadConfig(root, inputs.config || null, workspace)
    const baseline = inputs.baseline ? await loadBaseline(inputs.baseline, workspace) : undefined
    return effectiveSettings(
      {
        include: inputs.include,
        exclude: inputs.exclude,
        chartVersions: inputs.chartVersions,
        ...(inputs.given.includes('failOn') ? { failOn: inputs.failOn } : {}),
        ...(inputs.given.includes('nativeSidecars') ? { nativeSidecars: inputs.nativeSidecars } : {})
      },
      config,
      baseline,
      todayUtc()
    )
  } catch (err) {
    if (err instanceof ConfigError) {
      const repoPath = (file: string): string => relative(workspace, resolve(root, file)).split(sep).join('/')
      for (const p of err.problems)
        core.error(p.message, {
          title: 'testkube-istio-guard config',
          file: repoPath(p.file),
          startLine: p.line,
          startColumn: p.column
        })
      throw new InputError(`The config file is not valid:\n${err.message}`)
    }
    if (err instanceof BaselineError) throw new InputError(`The baseline cannot be used: ${err.message}`)
    throw err
  }
}

function emptyResult(): ModeResult {
  return {
    outcome: [],
    fixedBy: '',
    offered: new Map(),
    commitSha: '',
    prNumber: '',
    prUrl: ''
  }
}
