/** Which releases and files a config entry is about: a path glob, a namespace, a release name. */
import picomatch from 'picomatch'
import type { Release } from '../model.js'
import type { NativeSidecarsSetting } from '../mesh/detect.js'
import type { MeshEntry } from './parse.js'

const globs = new Map<string, (path: string) => boolean>()

/** Whether a repository-relative path matches the glob (dot files included). */
export function globMatches(glob: string, path: string): boolean {
  let match = globs.get(glob)
  if (!match) {
    match = picomatch(glob, { dot: true })
    globs.set(glob, match)
  }
  return match(path)
}

/** `name` matches a release of that name in any namespace; `namespace/name` only that one. */
export function releaseNameMatches(wanted: string, release: Pick<Release, 'name' | 'namespace'>): boolean {
  return (
    wanted === release.name ||
    (release.namespace !== null && wanted === `${release.namespace}/${release.name}`)
  )
}

/** Whether a mesh entry is about the release: its path glob matches the declaring file, its namespace matches. */
export function meshEntryMatches(entry: MeshEntry, release: Pick<Release, 'file' | 'namespace'>): boolean {
  if (entry.path !== undefined && !globMatches(entry.path, release.file)) return false
  if (entry.namespace !== undefined && entry.namespace !== release.namespace) return false
  return true
}

/** The release's native-sidecars setting: the last mesh entry about it that sets one, else the fallback. */
export function nativeSidecarsFor(
  release: Pick<Release, 'file' | 'namespace'>,
  mesh: readonly MeshEntry[],
  fallback: NativeSidecarsSetting
): NativeSidecarsSetting {
  let setting = fallback
  for (const entry of mesh)
    if (entry.nativeSidecars && meshEntryMatches(entry, release)) setting = entry.nativeSidecars
  return setting
}

/** The last mesh entry about the release that says whether it is injected, if one does. */
export function injectionEntryFor(
  release: Pick<Release, 'file' | 'namespace'>,
  mesh: readonly MeshEntry[]
): MeshEntry | null {
  let found: MeshEntry | null = null
  for (const entry of mesh) if (entry.injection && meshEntryMatches(entry, release)) found = entry
  return found
}
