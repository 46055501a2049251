/**
 * An umbrella chart's lock file (`Chart.lock` for apiVersion v2, `requirements.lock` for v1) pins each
 * dependency to the exact version `helm dependency build` fetched; `helm install` of the directory uses that one,
 * whatever range `Chart.yaml` allows (rules.md, "Which version is installed"). This reads the pins.
 */
import type { ChartScope } from '../model.js'
import type { ExtractContext } from './types.js'
import { isPlainObject } from '../values/setpath.js'
import valid from 'semver/functions/valid.js'

/** The locked version of each dependency name, or an empty map when the directory has no readable lock file. */
export function lockedVersions(ctx: ExtractContext, dir: string, apiV1: boolean): Map<string, string> {
  const path = `${dir ? `${dir}/` : ''}${apiV1 ? 'requirements.lock' : 'Chart.lock'}`
  const file = ctx.getFile(path)
  const doc = file?.docs.find(d => !d.empty)
  const lock = file && doc ? file.js(doc.index) : undefined
  const out = new Map<string, string>()
  if (!isPlainObject(lock) || !Array.isArray(lock.dependencies)) return out
  for (const dep of lock.dependencies) {
    if (!isPlainObject(dep) || typeof dep.name !== 'string') continue
    const version = typeof dep.version === 'string' ? dep.version.trim() : String(dep.version ?? '')
    // A lock holds exact versions; anything else is not a pin the tool can use.
    if (valid(version, { loose: true }) && !out.has(dep.name)) out.set(dep.name, version)
  }
  return out
}

/** The scope at its locked version (the lock file wins over Chart.yaml), with a note when that changed it. */
export function lockScope(
  scope: ChartScope,
  locked: string | undefined,
  lockFile: string
): { scope: ChartScope; note?: string } {
  if (!locked || locked === scope.version)
    return { scope: locked ? { ...scope, versionBasis: 'lock' } : scope }
  return {
    scope: { ...scope, version: locked, versionBasis: 'lock' },
    note: `${lockFile} locks ${scope.chart} at ${locked}${scope.version ? ` (Chart.yaml: ${scope.version})` : ''}`
  }
}
