/**
 * A chart directory of this repository that a deployer installs by its path (an Argo CD git source's `path:`,
 * a Flux HelmRelease's chart in a GitRepository): either a Testkube chart itself (the chart's own repository, a
 * vendored copy) or an umbrella chart with a Testkube dependency. Read as Helm reads it: `Chart.yaml`, the
 * dependencies of a v1 chart in `requirements.yaml`, an alias as the dependency's values key, the first
 * `condition` path.
 */
import type { ChartScope } from '../model.js'
import type { ExtractContext } from './types.js'
import { identifyChart, type KnownChart } from './charts.js'
import { isPlainObject } from '../values/setpath.js'
import { firstCondition, identifyDependency } from './helm-umbrella/extract.js'
import { isTemplatedValue } from '../yaml/file.js'
import { normaliseRel } from '../engine/context.js'
import { lockedVersions, lockScope } from './chartlock.js'

export interface ChartDirInstall {
  /** The Testkube (or istiod) chart reported for the release. */
  chart: KnownChart
  version: string | null
  /** `--set` prefix of `chart` ('' when the directory is the chart itself). */
  prefix: string
  scopes: ChartScope[]
  /** The directory's values.yaml plays the chart's defaults (own chart) or the parent values (umbrella). */
  role: 'own-chart' | 'umbrella'
  chartFile: string
  notes: string[]
}

/** `a` + `b/c.yaml` → `a/b/c.yaml`, normalised; null when it leaves the repository. */
export function joinRel(dir: string, path: string): string | null {
  if (path.startsWith('/')) return normaliseRel(path.replace(/^\/+/, ''))
  return normaliseRel(dir ? `${dir}/${path}` : path)
}

export function readChartDir(ctx: ExtractContext, dir: string): ChartDirInstall | null {
  const chartFile = joinRel(dir, 'Chart.yaml')
  if (chartFile === null) return null
  const chart = firstDoc(ctx, chartFile)
  if (!isPlainObject(chart)) return null
  const name = typeof chart.name === 'string' ? chart.name.trim() : ''
  const version = literalString(chart.version)
  let deps = chart.dependencies
  // apiVersion v1 charts list their dependencies in requirements.yaml (as the umbrella reader reads them).
  if (chart.apiVersion !== 'v2' && deps === undefined) {
    const requirementsFile = joinRel(dir, 'requirements.yaml')
    const requirements = requirementsFile ? firstDoc(ctx, requirementsFile) : undefined
    deps = isPlainObject(requirements) ? requirements.dependencies : undefined
  }
  const depList: unknown[] = Array.isArray(deps) ? deps : []

  // A chart named like a Testkube chart is that chart, unless it wraps a dependency of the same name (an
  // umbrella called `testkube` around the `testkube` chart). testkube-enterprise wraps `testkube` as its agent.
  const own = identifyChart(name, null)
  const wrapsItself = depList.some(d => isPlainObject(d) && d.name === name)
  if (own && !name.includes('/') && !wrapsItself) {
    const scopes: ChartScope[] = own.chart === 'istiod' ? [] : [{ chart: own.chart, version, prefix: '' }]
    if (own.chart === 'testkube-enterprise') {
      const agent = enterpriseAgentScope(ctx, dir, chart, depList)
      if (agent) scopes.push(agent)
    }
    return {
      chart: own.chart,
      version,
      prefix: '',
      scopes,
      role: 'own-chart',
      chartFile,
      notes: [`${chartFile} is the ${own.chart} chart itself`]
    }
  }

  const notes: string[] = []
  const scopes: ChartScope[] = []
  const apiV1 = chart.apiVersion !== 'v2' && chart.dependencies === undefined
  const locked = lockedVersions(ctx, dir, apiV1)
  const lockFile = joinRel(dir, apiV1 ? 'requirements.lock' : 'Chart.lock') ?? 'Chart.lock'
  let istiod: { prefix: string; version: string | null } | null = null
  for (const dep of depList) {
    if (!isPlainObject(dep) || typeof dep.name !== 'string') continue
    const id = identifyDependency(dep.name, literalString(dep.repository))
    if (!id) continue
    const alias = typeof dep.alias === 'string' && dep.alias.trim() ? dep.alias.trim() : dep.name.trim()
    const depVersion = literalString(dep.version)
    if (id.note) notes.push(`dependency '${alias}': ${id.note}`)
    if (id.chart === 'istiod') {
      istiod ??= { prefix: `${alias}.`, version: depVersion }
      continue
    }
    const declared: ChartScope = { chart: id.chart, version: depVersion, prefix: `${alias}.` }
    if (typeof dep.condition === 'string' && dep.condition.trim())
      declared.enabledBy = { path: firstCondition(dep.condition), defaultEnabled: true }
    const { scope, note } = lockScope(declared, locked.get(dep.name), lockFile)
    if (note) notes.push(note)
    scopes.push(scope)
  }
  if (scopes.length > 0) {
    return {
      chart: scopes[0].chart,
      version: scopes[0].version,
      prefix: scopes[0].prefix,
      scopes,
      role: 'umbrella',
      chartFile,
      notes: [`umbrella chart ${chartFile}`, ...notes]
    }
  }
  if (istiod) {
    return { chart: 'istiod', ...istiod, scopes: [], role: 'umbrella', chartFile, notes }
  }
  return null
}

/**
 * The `testkube` agent a `testkube-enterprise` chart directory bundles (dependency alias `testkube-agent`), at
 * the version its Chart.lock pins, else its Chart.yaml declares (rules.md: the agent is judged at the version
 * the enterprise release pins). Off unless `testkube-agent.enabled`.
 */
function enterpriseAgentScope(
  ctx: ExtractContext,
  dir: string,
  chart: Record<string, unknown>,
  depList: readonly unknown[]
): ChartScope | null {
  const dep = depList.find(
    (d): d is Record<string, unknown> =>
      isPlainObject(d) && d.name === 'testkube' && (d.alias === undefined || d.alias === 'testkube-agent')
  )
  if (!dep) return null
  const alias = typeof dep.alias === 'string' ? dep.alias : 'testkube'
  const apiV1 = chart.apiVersion !== 'v2' && chart.dependencies === undefined
  const declared: ChartScope = {
    chart: 'testkube',
    version: literalString(dep.version),
    prefix: `${alias}.`,
    enabledBy: { path: [alias, 'enabled'], defaultEnabled: false }
  }
  const lockFile = joinRel(dir, apiV1 ? 'requirements.lock' : 'Chart.lock') ?? 'Chart.lock'
  return lockScope(declared, lockedVersions(ctx, dir, apiV1).get('testkube'), lockFile).scope
}

/** The chart directory a file sits in (the nearest ancestor with a Chart.yaml), read as readChartDir reads it. */
export function enclosingChartDir(ctx: ExtractContext, path: string): ChartDirInstall | null {
  const parts = path.split('/').slice(0, -1)
  for (let i = parts.length; i >= 0; i--) {
    const dir = parts.slice(0, i).join('/')
    if (ctx.exists(dir ? `${dir}/Chart.yaml` : 'Chart.yaml')) return readChartDir(ctx, dir)
  }
  return null
}

/** The first document of a file that holds something (a file may start with a comment-only document). */
function firstDoc(ctx: ExtractContext, path: string): unknown {
  const file = ctx.getFile(path)
  const doc = file?.docs.find(d => !d.empty)
  return file && doc ? file.js(doc.index) : undefined
}

function literalString(v: unknown): string | null {
  if (typeof v === 'number') return String(v)
  if (typeof v !== 'string' || v.trim() === '' || isTemplatedValue(v)) return null
  return v.trim()
}
