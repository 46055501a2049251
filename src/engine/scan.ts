/**
 * The scan pipeline, top to bottom: find files, parse the candidates once, let every format reader turn them
 * into releases, report each release once, decide the mesh mode, judge the effective values against the
 * catalogue, plan the edits and turn them into file changes. Only the context (./context.ts) reads files, and
 * only `writeFixes` writes them.
 */
import type { FileFix, Finding, PlannedEdit, Release, ScanError } from '../model.js'
import type { FormatReader } from '../formats/types.js'
import { discoverFiles } from '../discover/files.js'
import { READ_AHEAD_MIN_FILES, startReadAhead, type ReadAhead } from '../discover/read-ahead.js'
import { createContext, type Pass, type ScanContext } from './context.js'
import { ALL_READERS } from '../formats/index.js'
import { dedupeReleases } from './dedupe.js'
import { installVersions, type ChartVersionPin } from './versions.js'
import { judgeRelease } from './judge.js'
import { wordFindings } from '../report/wording.js'
import { applyEdits } from '../fix/apply.js'
import { parsedTextOf, type ParsedText } from '../fix/text.js'
import type { RepoFile } from '../yaml/file.js'
import { removeStaleTemps, writeChanges } from '../fix/write.js'
import { unifiedDiff } from '../fix/diff.js'
import { redactText, redactValue } from '../fix/redact.js'
import { editLine } from '../fix/locate.js'
import { decideMesh, detectMeshFacts, MESH_FILTER, type NativeSidecarsSetting } from '../mesh/detect.js'
import { settleFindings, type Settled, type SuppressionSettings } from './suppress.js'
import type { BaselineEntry } from './baseline.js'
import type { MeshEntry } from '../config/parse.js'
import { nativeSidecarsFor } from '../config/match.js'
import { compileGlobs } from '../discover/globs.js'
import { errorsTouching, releasesTouching } from './only-files.js'

export interface ScanOptions {
  root: string
  /**
   * Globs (relative to the root) of the files in scope: only releases declared in them are reported, and only
   * they are ever written (a fix that would go elsewhere is reported, not made). Every other file is still read
   * as context: the namespaces, istiod's values, a values file a release names. Empty: every file.
   */
  include?: string[]
  /** Globs of files the scan does not read at all, as if they were not there. */
  exclude?: string[]
  nativeSidecars?: NativeSidecarsSetting
  /** URLs of this repository, to resolve Argo CD `$ref` sources (the `origin` remote is added when found). */
  repoUrls?: string[]
  readers?: readonly FormatReader[]
  /**
   * Turn the planned edits into file changes and diffs (default true). A plain check does not need them: the
   * fixer parses each file again after every edit to verify it, which is most of a small scan's time.
   */
  planFixes?: boolean
  /** Read the files on a worker thread on a large tree (default true; see discover/read-ahead.ts). */
  readAhead?: boolean
  /**
   * Only judge, fix and count the releases declared in or fed by one of these files (repo-relative, `/`): the
   * whole tree is still read (see ./only-files.ts). Undefined means every release.
   */
  onlyFiles?: readonly string[]
  /** Versions for releases whose chart version is unknown (`--chart-version`, the config file). */
  chartVersions?: ChartVersionPin[]
  /** The config file's `mesh` entries: `nativeSidecars` per path glob or namespace (over `nativeSidecars`). */
  nativeSidecarsBy?: readonly MeshEntry[]
  /** The config, baseline and date that decide which findings are accepted (engine/suppress.ts). */
  suppress?: SuppressionSettings
}

/** The environment variable that keeps a scan on one thread (`off`, `0`, `false` or `no`): CLI and Action. */
export const READ_AHEAD_ENV = 'TESTKUBE_ISTIO_GUARD_READ_AHEAD'

/** `readAhead` as the environment sets it. */
export function readAheadFromEnv(env: Record<string, string | undefined>): boolean {
  return !/^(off|0|false|no)$/i.test((env[READ_AHEAD_ENV] ?? '').trim())
}

/** A file the fixes change: its text before and after. */
export interface FileChange {
  file: string
  before: string
  after: string
}

export interface ScanReport {
  root: string
  releases: Release[]
  /** Findings that count (not accepted): these fail the run and get fixes, comments and annotations. */
  findings: Finding[]
  /** Accepted findings, each with its `suppression`; reported, never fixed. Absent on hand-made reports. */
  suppressed?: Finding[]
  /** With a baseline: its file, the fingerprints it holds, and its entries this scan no longer finds. */
  baseline?: { file: string; fingerprints: ReadonlySet<string>; absent: BaselineEntry[] }
  edits: PlannedEdit[]
  /** The edit that resolves each fixable finding (several findings may share one edit). */
  editOf: ReadonlyMap<Finding, PlannedEdit>
  /** Empty when the scan ran with `planFixes: false`. */
  changes: FileChange[]
  fixes: FileFix[]
  errors: ScanError[]
  /** What readers said about files that declare no Testkube release (see ExtractContext.note). */
  notices?: ScanError[]
  stats: { filesSeen: number; filesParsed: number; millis: number }
}

/** The pass behind each report, for `scanAgain`. Held weakly: a report that is dropped takes its pass along. */
const passes = new WeakMap<ScanReport, Pass>()

/** The pass behind a report of `scan` or `scanAgain` in this process (for the tests of what it keeps). */
export function passOf(report: ScanReport): Pass | undefined {
  return passes.get(report)
}

export async function scan(opts: ScanOptions): Promise<ScanReport> {
  const started = performance.now()
  const readers = opts.readers ?? ALL_READERS
  compileGlobs(opts.include) // a glob it refuses ends the scan before the walk
  // On a large tree, a worker thread reads the files while this one tests and parses them (see
  // discover/read-ahead.ts). It starts as soon as the walk has found that many files, and is ready when the walk is
  // done; a small tree never starts it (its start-up and end would cost a small scan about a tenth of its time).
  let readAhead: ReadAhead | null = null
  let ctx: ScanContext
  try {
    const found = await discoverFiles(opts.root, {
      exclude: opts.exclude,
      whenLarge:
        opts.readAhead === false
          ? undefined
          : { files: READ_AHEAD_MIN_FILES, call: () => (readAhead = startReadAhead()) }
    })
    await prepareReaders(readers, found.allPaths)
    ctx = await createContext(opts.root, found, [...readers, MESH_FILTER], opts.repoUrls ?? [], { readAhead })
  } finally {
    await (readAhead as ReadAhead | null)?.stop()
  }
  return judgeTree(opts, readers, ctx, started)
}

/**
 * Scan the tree of `previous` again after the files in `changed` were written (by --fix), with the same options:
 * the walk and the pass over every file are not repeated; the changed files and the candidates are read again.
 * Falls back to a full scan when `previous` did not come from `scan` in this process.
 */
export async function scanAgain(
  previous: ScanReport,
  opts: ScanOptions,
  changed: readonly string[]
): Promise<ScanReport> {
  const pass = passes.get(previous)
  if (!pass) return scan(opts)
  const started = performance.now()
  const readers = opts.readers ?? ALL_READERS
  await prepareReaders(readers, pass.found.allPaths)
  const ctx = await createContext(opts.root, pass.found, [...readers, MESH_FILTER], opts.repoUrls ?? [], {
    reuse: { pass, changed }
  })
  return judgeTree(opts, readers, ctx, started)
}

/** What `writeFixes` wrote, what it could not, and the scan of the tree as it is afterwards. */
export interface WrittenFixes {
  written: string[]
  problems: ScanError[]
  after: ScanReport
}

/**
 * Write a report's file changes (atomically, never outside the root; see fix/write.ts), then scan again to learn
 * what is left: only the written files changed, so the second scan starts from the first one's pass.
 */
export async function writeFixes(report: ScanReport, opts: ScanOptions): Promise<WrittenFixes> {
  // What an earlier run killed half-way through a write left behind (a copy of a file, secrets and all).
  const listed = passes.get(report)?.found
  if (listed) await removeStaleTemps(listed.root, listed.allPaths)
  const outcome = await writeChanges(opts.root, report.changes)
  const after = await scanAgain(report, { ...opts, planFixes: false }, outcome.written)
  const problems = outcome.problems.map(e => ({ ...e, message: redactText(e.message) }))
  return { written: outcome.written, problems, after }
}

/** The readers' asynchronous set-up (a WASM parser's load), before the synchronous extract. */
async function prepareReaders(readers: readonly FormatReader[], paths: readonly string[]): Promise<void> {
  await Promise.all(readers.map(r => r.prepare?.(paths)))
}

/** Everything after reading: extract, dedupe, mesh, judge, plan the fixes. */
function judgeTree(
  opts: ScanOptions,
  readers: readonly FormatReader[],
  ctx: ScanContext,
  started: number
): ScanReport {
  const found = ctx.pass().found
  const included = compileGlobs(opts.include)
  const inScope = (file: string): boolean => included === null || included(file)

  const extracted: Release[] = []
  for (const reader of readers) {
    try {
      extracted.push(...reader.extract(ctx))
    } catch (err) {
      // A reader bug must not end the run for every other format.
      ctx.report({
        file: '.',
        line: 1,
        message: `${reader.displayName} reader failed: ${(err as Error).message}`
      })
    }
  }
  const all = dedupeReleases(extracted)
  const onlyFiles = opts.onlyFiles === undefined ? null : new Set(opts.onlyFiles)
  const everyRelease = all.filter(r => r.chart !== 'istiod' && inScope(r.file))
  const releases = onlyFiles ? releasesTouching(everyRelease, onlyFiles) : everyRelease
  ctx.markFeeding(feedingFiles(everyRelease))
  const meshFacts = detectMeshFacts(
    ctx,
    all.filter(r => r.chart === 'istiod')
  )

  const findings: Finding[] = []
  const edits: PlannedEdit[] = []
  const editOf = new Map<Finding, PlannedEdit>()
  const lineOfEdit = new Map<PlannedEdit, number | null>()
  for (const release of releases) {
    installVersions(release, opts.chartVersions)
    const nativeSidecars = nativeSidecarsFor(
      release,
      opts.nativeSidecarsBy ?? [],
      opts.nativeSidecars ?? 'auto'
    )
    release.mesh = decideMesh(release, meshFacts, nativeSidecars)
    const judged = judgeRelease(release)
    // A fixable finding points at the line its fix changes (the key, or the parent new keys go under), found
    // once per edit however many findings share it.
    for (const [finding, edit] of judged.editOf) {
      if (!inScope(edit.target.file)) {
        finding.fixable = false
        finding.message += ` Not fixed: ${edit.target.file} is outside the include globs.`
        continue
      }
      editOf.set(finding, edit)
      let line = lineOfEdit.get(edit)
      if (line === undefined) {
        const file = ctx.getFile(edit.target.file)
        line = file ? editLine(file, edit) : null
        lineOfEdit.set(edit, line)
      }
      if (line !== null) finding.line = line
    }
    wordFindings(judged.findings, release)
    findings.push(...judged.findings)
    edits.push(...judged.edits.filter(e => inScope(e.target.file)))
  }

  // Every output (text, JSON, SARIF, the Action's summary, comments and pull request) is made from this report,
  // and its diffs are masked where they are made: masking the findings' text here keeps credentials out of all.
  for (const f of findings) {
    f.message = redactText(f.message)
    f.expected = redactValue(f.expected)
    f.actual = redactValue(f.actual)
  }
  const settled = settleFindings(
    findings,
    releases,
    file => ctx.getFile(file)?.text,
    opts.suppress ?? NO_SUPPRESSION
  )
  const { keptEdits, keptEditOf } = editsThatCount(settled, edits, editOf)

  const planned = opts.planFixes === false ? null : planChanges(keptEdits, ctx.getFile, ctx.report)
  const changes = planned?.changes ?? []
  const fixes = changes.map(c => ({ file: c.file, diff: unifiedDiff(c.file, c.before, c.after) }))
  const report: ScanReport = {
    root: opts.root,
    releases,
    findings: settled.findings,
    suppressed: settled.suppressed,
    ...(opts.suppress?.baseline
      ? {
          baseline: {
            file: opts.suppress.baseline.file,
            fingerprints: new Set(opts.suppress.baseline.entries.map(e => e.fingerprint)),
            absent: settled.absent
          }
        }
      : {}),
    edits: keptEdits,
    editOf: keptEditOf,
    changes,
    fixes,
    errors: (onlyFiles ? errorsTouching(ctx.errors(), onlyFiles, releases) : ctx.errors()).map(e => ({
      ...e,
      message: redactText(e.message)
    })),
    notices: ctx.notices(),
    stats: {
      filesSeen: included ? found.files.filter(f => included(f.path)).length : found.files.length,
      filesParsed: ctx.parsedCount(),
      millis: performance.now() - started
    }
  }
  passes.set(report, { ...ctx.pass(), written: planned?.parsed ?? new Map() })
  return report
}

const NO_SUPPRESSION: SuppressionSettings = { today: '' }

/**
 * An accepted finding gets no fix: an edit stays when a finding that counts needs it (or no finding claims it),
 * and each finding that counts keeps the edit the judge planned for it.
 */
function editsThatCount(
  settled: Settled,
  edits: readonly PlannedEdit[],
  editOf: ReadonlyMap<Finding, PlannedEdit>
): { keptEdits: PlannedEdit[]; keptEditOf: Map<Finding, PlannedEdit> } {
  const keptEditOf = new Map<Finding, PlannedEdit>()
  for (const f of settled.findings) {
    const judged = settled.judgedOf.get(f)
    const edit = judged && editOf.get(judged)
    if (edit) keptEditOf.set(f, edit)
  }
  const needed = new Set(keptEditOf.values())
  const claimed = new Set(editOf.values())
  return { keptEdits: edits.filter(e => needed.has(e) || !claimed.has(e)), keptEditOf }
}

/** The files that declare the releases or hold their values. */
function feedingFiles(releases: readonly Release[]): Set<string> {
  const files = new Set<string>()
  for (const r of releases) {
    files.add(r.file)
    for (const layer of r.layers) if (layer.file !== null) files.add(layer.file)
  }
  return files
}

/** Group edits by file and apply them to the text; a file whose edits fail is left unchanged and reported. */
function planChanges(
  edits: readonly PlannedEdit[],
  getFile: (p: string) => RepoFile | undefined,
  report: (e: ScanError) => void
): { changes: FileChange[]; parsed: Map<string, ParsedText> } {
  const byFile = new Map<string, PlannedEdit[]>()
  for (const e of edits) {
    const list = byFile.get(e.target.file) ?? []
    list.push(e)
    byFile.set(e.target.file, list)
  }
  const changes: FileChange[] = []
  // Each new text as the fixer's read-back check parsed it: the scan after writing takes it instead of a parse.
  const parsed = new Map<string, ParsedText>()
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const src = getFile(file)
    if (!src) {
      // Never in silence: findings called fixable whose fix is not made must say why.
      report({ file, line: 1, message: 'cannot fix: the file could not be read again to apply the fixes' })
      continue
    }
    const result = applyEdits(file, src.text, list, { parsed: parsedTextOf(src) })
    for (const problem of result.problems) report({ file, line: problem.line, message: problem.message })
    if (result.text === src.text) continue
    changes.push({ file, before: src.text, after: result.text })
    parsed.set(file, result.parsed)
  }
  return { changes, parsed }
}
