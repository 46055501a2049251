/**
 * Umbrella charts: a `Chart.yaml` (apiVersion v2, or v1 with `requirements.yaml`) whose `dependencies` include a
 * Testkube chart. The chart directory is what a deployer installs, so the release is keyed `chart-dir:<dir>` and an
 * Argo CD Application, Flux HelmRelease or helmfile release that deploys the directory consumes it. The chart's own
 * `values.yaml` is the one layer read here; the Testkube chart's values live in it under `<alias or name>:`.
 */
import { isMap, isScalar, isSeq } from 'yaml'
import type { Node } from 'yaml'
import type { ExtractContext } from '../types.js'
import { CHART_NAMES, type ChartName, type ChartScope, type Release, type ValueLayer } from '../../model.js'
import type { RepoFile } from '../../yaml/file.js'
import {
  identifyChart,
  isKnownChartName,
  KNOWN_CHART_WORD,
  type ChartIdentity,
  type KnownChart
} from '../charts.js'
import { isPlainObject } from '../../values/setpath.js'
import { filesUnder, normaliseRel } from '../../engine/context.js'
import { isYamlPath } from '../../discover/files.js'
import { lockedVersions, lockScope } from '../chartlock.js'

const CHART_FILE = /(^|\/)Chart\.yaml$/
const REQUIREMENTS_FILE = /(^|\/)requirements\.yaml$/
/** Directories of a chart that never hold values files for a deployer. */
const CHART_INTERNAL_DIRS = new Set(['templates', 'charts', 'crds'])

export function mayContainUmbrella(path: string, text: string): boolean {
  return (CHART_FILE.test(path) || REQUIREMENTS_FILE.test(path)) && KNOWN_CHART_WORD.test(text)
}

/** The identity of a chart directory, shared with every reader that deploys one. */
export function chartDirKey(dir: string): string {
  return `chart-dir:${normaliseRel(dir) ?? dir}`
}

export interface Dependency {
  name: string
  version: string | null
  repository: string | null
  alias: string | null
  condition: string | null
  tags: string[]
  /** Index in `dependencies`. */
  index: number
  /** Line of the dependency's `name`. */
  line: number
  identity: ChartIdentity
}

export function extractUmbrellaCharts(ctx: ExtractContext): Release[] {
  // A v1 chart's requirements.yaml names the dependencies; its Chart.yaml may not mention Testkube at all.
  const chartFiles = new Map<string, RepoFile>()
  for (const file of ctx.candidates) {
    if (CHART_FILE.test(file.path)) chartFiles.set(file.path, file)
    else if (REQUIREMENTS_FILE.test(file.path)) {
      const path = join(dirOf(file.path), 'Chart.yaml')
      const chart = chartFiles.get(path) ?? ctx.getFile(path)
      if (chart) chartFiles.set(path, chart)
    }
  }
  return [...chartFiles.values()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap(file => readUmbrella(ctx, file))
}

/** The releases one Chart.yaml stands for: one for its Testkube dependencies, one per istiod dependency. */
export function readUmbrella(ctx: ExtractContext, chartFile: RepoFile): Release[] {
  const chart = chartFile.js(0)
  if (!isPlainObject(chart)) return []
  const dir = dirOf(chartFile.path)
  const ownName = typeof chart.name === 'string' ? chart.name.trim() : null

  // apiVersion v1 charts list their dependencies in requirements.yaml (Helm 2 layout, still read by Helm 3).
  let depFile: RepoFile = chartFile
  if (chart.apiVersion !== 'v2' && chart.dependencies === undefined) {
    const requirements = ctx.getFile(join(dir, 'requirements.yaml'))
    if (!requirements) return []
    depFile = requirements
  }
  const deps = readDependencies(depFile)
  const testkubeDeps = deps.filter(d => isTestkubeChart(d.identity.chart))
  const istiodDeps = deps.filter(d => d.identity.chart === 'istiod')
  if (testkubeDeps.length === 0 && istiodDeps.length === 0) return []

  // A Chart.yaml named like a known chart that does not wrap that same chart is the chart's source (the
  // testkube-enterprise chart itself depends on testkube as `testkube-agent`): it is installed by someone else,
  // with values of their own, and its values.yaml holds defaults, not a user's settings.
  if (ownName && isKnownChartName(ownName) && !deps.some(d => d.identity.chart === ownName)) return []

  const notes: string[] = []
  const layer = valuesLayer(ctx, dir, notes)
  const layers = layer ? [layer] : []
  const releases: Release[] = []

  if (testkubeDeps.length > 0) {
    const locked = lockedVersions(ctx, dir, depFile !== chartFile)
    const lockFile = join(dir, depFile !== chartFile ? 'requirements.lock' : 'Chart.lock')
    const lockNotes: string[] = []
    const scopes: ChartScope[] = testkubeDeps.map(d => {
      const declared: ChartScope = {
        chart: d.identity.chart as ChartName,
        version: d.version,
        prefix: `${d.alias ?? d.name}.`,
        enabledBy: d.condition ? { path: firstCondition(d.condition), defaultEnabled: true } : undefined
      }
      const { scope, note } = lockScope(declared, locked.get(d.name), lockFile)
      if (note) lockNotes.push(note)
      return scope
    })
    const first = testkubeDeps[0]
    const depNotes = [...testkubeDeps.flatMap(dependencyNotes), ...lockNotes]
    const overlays = claimedOverlays(ctx, dir, testkubeDeps)
    if (overlays.length > 0) {
      notes.push(
        `values files next to the chart, read only when a deployer passes them: ${overlays.join(', ')}`
      )
    }
    releases.push({
      id: chartFile.path,
      name: ownName ?? (dir.split('/').pop() || chartFile.path),
      namespace: null,
      source: 'helm-umbrella',
      file: depFile.path,
      line: first.line,
      chart: first.identity.chart as ChartName,
      chartVersion: first.version,
      valuesPrefix: scopes[0].prefix,
      layers,
      scopes,
      key: chartDirKey(dir),
      consumes: overlays.map(p => `values-file:${p}`),
      notes: [...depNotes, ...notes].length > 0 ? [...depNotes, ...notes] : undefined
    })
  }

  // istiod wrapped in an umbrella: its values say whether the mesh uses native sidecars. No key, so a deployer
  // that consumes the chart directory as a Testkube release does not hide it from the mesh detector.
  for (const d of istiodDeps) {
    releases.push({
      id: `${chartFile.path}#${d.alias ?? d.name}`,
      name: ownName ?? d.name,
      namespace: null,
      source: 'helm-umbrella',
      file: depFile.path,
      line: d.line,
      chart: 'istiod',
      chartVersion: d.version,
      valuesPrefix: `${d.alias ?? d.name}.`,
      layers: layers.map(l => ({ ...l })),
      scopes: []
    })
  }
  return releases
}

function isTestkubeChart(chart: KnownChart): chart is ChartName {
  return (CHART_NAMES as readonly string[]).includes(chart)
}

/** `dependencies` (Chart.yaml v2 or requirements.yaml), each with the line of its `name`. */
export function readDependencies(file: RepoFile): Dependency[] {
  const yamlDoc = file.docs.find(d => d.index === 0)
  if (!yamlDoc) return []
  const contents = yamlDoc.doc.contents
  if (!isMap(contents)) return []
  const seq = contents.get('dependencies', true)
  if (!isSeq(seq)) return []
  const out: Dependency[] = []
  seq.items.forEach((item, index) => {
    if (!isMap(item)) return
    const dep = item.toJSON() as Record<string, unknown>
    const name = str(dep.name)
    if (!name) return
    const repository = str(dep.repository)
    const identity = identifyDependency(name, repository)
    if (!identity) return
    const nameNode = item.items.find(p => isScalar(p.key) && p.key.value === 'name')?.key as Node | undefined
    out.push({
      name,
      version: str(dep.version),
      repository,
      alias: str(dep.alias),
      condition: str(dep.condition),
      tags: Array.isArray(dep.tags) ? dep.tags.map(String) : [],
      index,
      line: nameNode?.range ? file.lineAt(nameNode.range[0]) : yamlDoc.line,
      identity
    })
  })
  return out
}

/**
 * Helm's dependency `repository`: a URL (`https://`, `oci://`), a local path (`file://`), or a repository added
 * with `helm repo add` given as `@name` or `alias:name`.
 */
export function identifyDependency(name: string, repository: string | null): ChartIdentity | null {
  const repo = repository?.trim() || null
  if (repo && (repo.startsWith('@') || repo.startsWith('alias:'))) {
    const id = identifyChart(name, null)
    return (
      id && { chart: id.chart, repoVerified: false, note: `repository given only as the alias '${repo}'` }
    )
  }
  if (repo && repo.startsWith('file://')) {
    const id = identifyChart(name, null)
    return id && { chart: id.chart, repoVerified: false, note: `chart copied into the repository (${repo})` }
  }
  return identifyChart(name, repo)
}

function dependencyNotes(d: Dependency): string[] {
  const key = d.alias ?? d.name
  const notes: string[] = []
  if (d.identity.note) notes.push(`${key}: ${d.identity.note}`)
  if (d.tags.length > 0) notes.push(`${key}: also enabled by tags ${d.tags.join(', ')} (not evaluated)`)
  if (d.condition && d.condition.includes(',')) {
    notes.push(`${key}: condition '${d.condition}' has several paths; only the first is evaluated`)
  }
  return notes
}

/** Helm evaluates a condition's first path that exists; paths are plain dotted keys. */
export function firstCondition(condition: string): string[] {
  return condition.split(',')[0].trim().split('.')
}

/** The chart's own values.yaml as the release's layer, or null with a note when there is none. */
function valuesLayer(ctx: ExtractContext, dir: string, notes: string[]): ValueLayer | null {
  const path = join(dir, 'values.yaml')
  const file = ctx.getFile(path)
  if (!file) {
    notes.push(
      ctx.exists(path)
        ? 'values.yaml next to Chart.yaml could not be read'
        : 'no values.yaml next to Chart.yaml'
    )
    return null
  }
  const layer: ValueLayer = {
    label: 'values.yaml',
    kind: 'values-file',
    file: path,
    line: 1,
    yamlPath: '',
    values: null
  }
  const doc = file.docs.find(d => d.index === 0)
  if (!doc) {
    if (file.problems.length > 0) {
      layer.readOnlyReason = 'values.yaml could not be parsed'
      return layer
    }
    // A zero-byte file: no values; the fixer writes the first document.
    layer.values = {}
    layer.target = { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] }
    layer.addTarget = true
    return layer
  }
  layer.line = doc.line
  // Comments and a lone `---` (a null root) are no values yet; the fixer writes into that document.
  const tree = doc.empty ? {} : file.js(0)
  if (!isPlainObject(tree)) {
    layer.readOnlyReason = 'values.yaml is not a map'
    return layer
  }
  layer.values = tree
  if (file.templated) {
    layer.readOnlyReason = 'values.yaml is a template that another tool renders before Helm reads it'
    return layer
  }
  layer.target = { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] }
  layer.addTarget = true
  return layer
}

/**
 * Environment overlays kept in the chart directory (`values-prod.yaml` with the umbrella's `testkube:` key): they
 * are values of this umbrella that a deployer may pass with `-f`, not releases of their own. Claimed so that the
 * values-file reader does not report them; a deployer that names them reads them as its layers.
 * Looks in the chart directory and its subdirectories (not `templates/`, `charts/`, `crds/`, nor another chart's
 * directory); for a Chart.yaml at the repository root, only the root itself.
 */
function claimedOverlays(ctx: ExtractContext, dir: string, deps: readonly Dependency[]): string[] {
  const keys = new Set(deps.map(d => d.alias ?? d.name))
  const prefix = dir ? `${dir}/` : ''
  const nestedCharts = new Set<string>()
  const files = filesUnder(ctx.allFiles(), dir).filter(p => {
    const rest = p.slice(prefix.length).split('/')
    if (!dir && rest.length > 1) return false
    if (rest.slice(0, -1).some(seg => CHART_INTERNAL_DIRS.has(seg))) return false
    if (rest.length > 1 && rest[rest.length - 1] === 'Chart.yaml') nestedCharts.add(dirOf(p))
    return true
  })
  const out: string[] = []
  for (const p of files) {
    const base = p.slice(p.lastIndexOf('/') + 1)
    if (!isYamlPath(p) || /^(Chart\.yaml|Chart\.lock|values\.yaml|requirements\.ya?ml)$/.test(base)) continue
    if ([...nestedCharts].some(c => p.startsWith(`${c}/`))) continue
    const file = ctx.getFile(p)
    if (!file || file.docs.find(d => d.index === 0) === undefined) continue
    const tree = file.js(0)
    if (!isPlainObject(tree)) continue
    if (typeof tree.apiVersion === 'string' && typeof tree.kind === 'string') continue
    if (Object.keys(tree).some(k => keys.has(k))) out.push(p)
  }
  return out
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null
  if (typeof v === 'number') return String(v)
  return null
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

function join(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name
}
