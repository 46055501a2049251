/** Test support: run one or more readers over a fixture directory exactly as a scan does. */
import { discoverFiles } from '../discover/files.js'
import { createContext, type ScanContext } from '../engine/context.js'
import type { FormatReader } from '../formats/types.js'
import type { Release } from '../model.js'

export async function extractFromDir(
  readers: readonly FormatReader[],
  dir: string,
  repoUrls: string[] = []
): Promise<{ releases: Release[]; ctx: ScanContext }> {
  const found = await discoverFiles(dir)
  await Promise.all(readers.map(r => r.prepare?.(found.allPaths)))
  const ctx = await createContext(dir, found, readers, repoUrls)
  const releases = readers.flatMap(r => r.extract(ctx))
  return { releases, ctx }
}
