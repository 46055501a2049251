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
  /** Every YAML file that passed some format's text test, parsed. */
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
  /** Is this git URL (https, ssh, `git@host:owner/repo`) this repository? */
  isThisRepo(url: string): boolean
  /**
   * Whether any URL of this repository is known (given, or read from `.git/config`). When none is, a reader may
   * take a path that a git source names and that exists in this checkout as this repository's.
   */
  knowsOwnUrl?(): boolean
  report(error: ScanError): void
}

export interface FormatReader {
  source: ReleaseSource
  /** Short name for docs and --help. */
  displayName: string
  /**
   * Cheap test on the raw text, before any parse. Returning true makes the file a candidate for every reader;
   * keep it loose rather than miss a file.
   */
  mayContain(path: string, text: string): boolean
  extract(ctx: ExtractContext): Release[]
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
