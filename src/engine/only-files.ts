/**
 * `scan DIR FILE...` (a pre-commit hook passes the files being committed): the whole repository is still read,
 * because a release's values live in other files than the one that changed, but only the releases that one of the
 * files declares or feeds values to are judged, fixed and counted. Problems are kept for those files and for the
 * files of the releases kept; a problem that names no file of the tree (a reader that failed) is always kept.
 */
import type { Release, ScanError } from '../model.js'

/** The files a release is read from: where it is declared and every layer of its values in the repository. */
export function releaseFiles(release: Release): string[] {
  const files = [release.file]
  for (const layer of release.layers) if (layer.file !== null) files.push(layer.file)
  return files
}

/** The releases whose declaration or value sources include one of `files` (repo-relative, `/`-separated). */
export function releasesTouching(releases: readonly Release[], files: ReadonlySet<string>): Release[] {
  return releases.filter(r => releaseFiles(r).some(f => files.has(f)))
}

/** The problems worth showing beside those releases. */
export function errorsTouching(
  errors: readonly ScanError[],
  files: ReadonlySet<string>,
  kept: readonly Release[]
): ScanError[] {
  const shown = new Set(files)
  for (const release of kept) for (const f of releaseFiles(release)) shown.add(f)
  return errors.filter(e => e.file === '.' || shown.has(e.file))
}
