/**
 * The boundary every format reader implements. A format is one module in `src/formats/<name>/`: a cheap text
 * test, and an extract function that turns the repository's parsed documents into releases with their ordered
 * value layers. Readers never write files and never throw for bad input: they report a ScanError and go on.
 */
import type { Release, ReleaseSource, ScanError } from '../model.js'
import type { RepoFile } from '../yaml/file.js'

export interface ExtractContext {
  /** Absolute root of the scanned tree. */
  root: string
  /** Every YAML file that passed some format's text test, parsed, sorted by path. */
  candidates: readonly RepoFile[]
  /**
   * Any file inside the root by repo-relative path (read and parsed on first use, then cached), or undefined
   * when it does not exist, is outside the root, is excluded, or cannot be read (the reason is reported once).
   */
  getFile(relPath: string): RepoFile | undefined
  /** Whether a repo-relative directory or file exists inside the root. */
  exists(relPath: string): boolean
  /** Repo-relative paths of every file in the tree (after ignore rules), sorted; for `valueFiles` globs. */
  allFiles(): readonly string[]
  /**
   * Whether the scan's pass read the file and put it to every text test (a YAML file that --include admits).
   * Such a file that is not among the candidates was rejected by every reader: there is no need to read it again.
   */
  scanned(relPath: string): boolean
  /**
   * The files of a reference pool (see ReferencePool) that may name `word`: those whose words hold it, and those
   * whose words could not be told; sorted, repo-relative. A superset: the caller reads them (`getFile`) and
   * checks the documents. A word holding a WORD_CUT character may be in any file of the pool: all are returned.
   */
  mentioning(pool: ReferencePool, word: string): readonly string[]
  /** Is this git URL (https, ssh, `git@host:owner/repo`) this repository? */
  isThisRepo(url: string): boolean
  /**
   * Whether any URL of this repository is known (given, or read from `.git/config`). When none is, a reader may
   * take a path that a git source names and that exists in this checkout as this repository's.
   */
  knowsOwnUrl?(): boolean
  report(error: ScanError): void
  /**
   * Something worth saying that is not a problem with a file: a file that was read and declares no Testkube
   * release, and why (shown when no release is found). Optional: a context made for a test may leave it out.
   */
  note?(notice: ScanError): void
}

export interface FormatReader {
  source: ReleaseSource
  /** Short name for docs and --help. */
  displayName: string
  /**
   * Cheap test on the raw text (latin1: every byte one character), before any parse. Returning true makes the
   * file a candidate for every reader, parsed up front. It must hold for every file that can declare a release
   * of this format, and should hold for little else: on a large repository the candidates' parse is most of
   * the scan. Files a reader only follows references into belong in `references`, not here.
   */
  mayContain(path: string, text: string, hints?: CandidateHints): boolean
  /** Pools of files this reader looks up by name (kustomizations, Flux sources, ConfigMaps); see ReferencePool. */
  references?: readonly ReferencePool[]
  /**
   * Asynchronous set-up, awaited once by the scan before any reader extracts (a parser compiled to WASM loads
   * that way), given the repo-relative paths of every file of the tree; a reader skips it when none is its.
   */
  prepare?(paths: readonly string[]): Promise<void>
  extract(ctx: ExtractContext): Release[]
}

/**
 * What the scan knows before it reads the bulk of the files, for the readers' text tests. Absent (a test that
 * calls `mayContain` alone), a reader assumes the text may name a known chart.
 */
export interface CandidateHints {
  /**
   * Whether the text may name a chart this tool knows: it spells `testkube` or `istiod` (every Testkube chart
   * name, every istiod chart), or the name of a directory of this repository whose Chart.yaml or
   * requirements.yaml does, or a path that can point at such a directory without spelling its name (`..`).
   */
  mayNameKnownChart(text: string): boolean
}

/**
 * Files a reader follows references into without them being releases: kustomizations that build a HelmRelease,
 * the Flux sources and ConfigMaps it names. The scan does not parse them up front; it indexes the words of each
 * file that passes `contains` (a cheap text test, like `mayContain`) and parses only the files that a lookup
 * (`ExtractContext.mentioning`) returns.
 */
export interface ReferencePool {
  /** Unique among the readers of a scan. */
  name: string
  contains(path: string, text: string): boolean
  /**
   * The words a lookup may find the file by (see words.ts), from its text (latin1): at least every word a reader
   * looks the file up by when its documents hold that word. Null when they cannot be told: every lookup then
   * returns the file.
   */
  words(path: string, text: string): Iterable<string> | null
}

/** `hints.mayNameKnownChart(text)`, loose when there are no hints. */
export function mayNameKnownChart(text: string, hints: CandidateHints | undefined): boolean {
  return hints ? hints.mayNameKnownChart(text) : true
}

/** Normalise a git or Helm repository URL for comparison: no scheme, no credentials, no `.git`, lower case. */
export function normaliseRepoUrl(url: string): string {
  let u = url.trim().toLowerCase()
  u = u.replace(/^[a-z+]+:\/\//, '')
  u = u.replace(/^[^@/]+@/, '')
  u = u.replace(/^([^/:]+):(?!\d)/, '$1/') // git@github.com:owner/repo
  u = u.replace(/:\d+\//, '/')
  u = u.replace(/\.git$/, '').replace(/\/+$/, '')
  return u
}
