/**
 * kustomize `helmCharts` (HelmChartInflationGenerator): a chart pulled from `repo`, or a local chart under
 * `helmGlobals.chartHome`, inflated with `valuesFile` (instead of the chart's values.yaml), `valuesInline` merged
 * into it as `valuesMerge` says, then `additionalValuesFiles` as further `-f` files (api/types/helmchartargs.go
 * `AsHelmArgs`), so they beat `valuesInline`.
 */
import { isMap, isSeq } from 'yaml'
import type { Document, YAMLMap } from 'yaml'
import type { ChartName, ChartScope, NodePath, Release, ValueLayer } from '../../model.js'
import { mayNameKnownChart, type CandidateHints, type ExtractContext } from '../types.js'
import type { RepoFile } from '../../yaml/file.js'
import { identifyChart, type KnownChart } from '../charts.js'
import { isPlainObject } from '../../values/setpath.js'
import { deref, indexPaths, lineOf, nodeToJs, pathLabel, scalarText } from '../helmfile/yamlnodes.js'
import { dirOf, joinPath, resolvePath, unreadableLayer, valuesFileLayer } from '../helmfile/layers.js'
import { isChartDir, readLocalChart, type LocalChart } from '../helmfile/localchart.js'

/** The names kustomize reads a kustomization from. */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']

/**
 * A kustomization's path, by its last segment. Not a regex ending in `$`: this runs on every path of the tree,
 * and such a regex is tried at every character of each.
 */
export function isKustomizationFile(path: string): boolean {
  return KUSTOMIZATION_NAMES.some(
    name =>
      path.endsWith(name) && (path.length === name.length || path[path.length - name.length - 1] === '/')
  )
}

/** A chart of `helmCharts` is named by `name` (a known chart, or a local chart's directory under chartHome). */
export function mayContainKustomization(path: string, text: string, hints?: CandidateHints): boolean {
  return isKustomizationFile(path) && text.includes('helmCharts') && mayNameKnownChart(text, hints)
}

export function extractKustomizeHelmCharts(ctx: ExtractContext): Release[] {
  const releases: Release[] = []
  const candidates = new Map(ctx.candidates.map(f => [f.path, f]))
  // `Kustomization` has no .yaml extension, so the scan's pass never tests it: look for every name in the tree,
  // and read those the pass did not test (a kustomization.yaml it tested is a candidate or does not matter).
  for (const path of ctx.allFiles()) {
    if (!isKustomizationFile(path)) continue
    const file = ctx.scanned(path) ? candidates.get(path) : ctx.getFile(path)
    if (!file || !file.text.includes('helmCharts')) continue
    releases.push(...readKustomization(ctx, file))
  }
  return releases
}

type ValuesMerge = 'override' | 'merge' | 'replace'

export function readKustomization(ctx: ExtractContext, file: RepoFile): Release[] {
  const releases: Release[] = []
  for (const d of file.docs) {
    const root = d.doc.contents
    if (!isMap(root) || !isKustomizeKind(file, root)) continue
    const charts = deref(d.doc, root.get('helmCharts', true))
    if (!isSeq(charts)) continue
    const paths = indexPaths(root)
    const globals = deref(d.doc, root.get('helmGlobals', true))
    const chartHome = (isMap(globals) && scalarText(file, globals.get('chartHome', true))) || 'charts'
    const namespace = scalarText(file, root.get('namespace', true))
    const names = charts.items.map(it =>
      isMap(it)
        ? (scalarText(file, it.get('releaseName', true)) ?? scalarText(file, it.get('name', true)))
        : null
    )
    charts.items.forEach((item, i) => {
      const entry = deref(d.doc, item)
      if (!isMap(entry)) return
      const dup = names.filter(n => n !== null && n === names[i]).length > 1
      const entryPath = paths.get(entry) ?? ['helmCharts', i]
      releases.push(
        ...readHelmChart(
          { ctx, file, doc: d.doc, docIndex: d.index, entry, entryPath, index: i, dup },
          chartHome,
          namespace
        )
      )
    })
  }
  return releases
}

/** kustomize's own Kustomization or Component; never Flux's `kustomize.toolkit.fluxcd.io` Kustomization. */
function isKustomizeKind(file: RepoFile, root: YAMLMap): boolean {
  const apiVersion = scalarText(file, root.get('apiVersion', true))
  const kind = scalarText(file, root.get('kind', true))
  if (apiVersion && !apiVersion.startsWith('kustomize.config.k8s.io/')) return false
  return !kind || kind === 'Kustomization' || kind === 'Component'
}

interface EntryContext {
  ctx: ExtractContext
  file: RepoFile
  doc: Document
  docIndex: number
  entry: YAMLMap
  entryPath: NodePath
  index: number
  dup: boolean
}

function readHelmChart(ec: EntryContext, chartHome: string, kNamespace: string | null): Release[] {
  const { ctx, file, entry } = ec
  const dir = dirOf(file.path)
  const get = (key: string): string | null => scalarText(file, entry.get(key, true))
  const name = get('name')
  if (!name || name.includes('{{')) return []
  const repo = get('repo')
  const version = get('version')
  const releaseName = get('releaseName') ?? name
  const namespace = get('namespace') ?? kNamespace
  const line = lineOf(
    file,
    entry.items.find(p => scalarText(file, p.key) === 'name'),
    lineOf(file, entry, 1)
  )
  const notes: string[] = []

  // The chart: from `repo`, else a local chart directory under chartHome.
  const targets: { chart: KnownChart; scopes: ChartScope[]; prefix: string; version: string | null }[] = []
  let local: LocalChart[] = []
  const home = resolvePath(dir, chartHome)
  const localDir = home.kind === 'repo' ? joinPath(home.path, name) : null
  if (!repo && localDir !== null && isChartDir(ctx, localDir)) {
    local = readLocalChart(ctx, localDir)
    if (local.length === 0) return []
    for (const lc of local) {
      targets.push({ chart: lc.chart, scopes: lc.scopes, prefix: lc.valuesPrefix, version: lc.version })
    }
  } else {
    const identity = identifyChart(name, repo)
    if (!identity) return []
    if (identity.note) notes.push(identity.note)
    const chart = identity.chart
    targets.push({
      chart,
      scopes: chart === 'istiod' ? [] : [{ chart: chart as ChartName, version, prefix: '' }],
      prefix: '',
      version
    })
  }

  const mergeText = get('valuesMerge')
  let mode: ValuesMerge = 'override'
  if (mergeText === 'merge' || mergeText === 'replace') mode = mergeText
  else if (mergeText && mergeText !== 'override') {
    notes.push(`valuesMerge '${mergeText}' is not one kustomize accepts (override, merge, replace)`)
  }

  const chartLayers = local.length > 0 ? local[0].layers.map(l => ({ ...l })) : []
  const fileLayer = valuesFileEntry(ec, get('valuesFile'), dir, 'valuesFile', line)
  const inline = inlineLayer(ec)
  const additional = additionalLayers(ec, dir)

  // Where valuesInline sits depends on valuesMerge. With `replace`, a non-empty valuesInline is the whole file
  // and an empty one is ignored, so writing to it (or creating it) next to a valuesFile would drop that file.
  const declaredFile = get('valuesFile') !== null
  let inl = inline
  if (mode === 'replace' && inline && isEmpty(inline) && declaredFile) inl = null
  const created = inline || (mode === 'replace' && declaredFile) ? null : createdInline(ec, line)
  const il = inl ?? created
  const inlineSide = il ? [il] : []
  const fileSide = fileLayer ? [fileLayer] : []
  let layers: ValueLayer[]
  if (mode === 'merge') {
    // The values file (without one, the chart's own values.yaml) wins; valuesInline only fills gaps.
    layers =
      !fileLayer && chartLayers.length > 0
        ? [...inlineSide, ...chartLayers]
        : [...chartLayers, ...inlineSide, ...fileSide]
    if (inline) notes.push('valuesMerge: merge, so valuesInline only fills keys the values file leaves unset')
  } else if (mode === 'replace' && inl && !isEmpty(inl)) {
    layers = [...chartLayers, inl]
    if (fileLayer) notes.push('valuesMerge: replace, so valuesInline replaces valuesFile, which is not read')
  } else {
    layers = [...chartLayers, ...fileSide, ...inlineSide]
  }
  layers.push(...additional)

  // The add target: valuesInline if present, else valuesFile, else a valuesInline to create.
  const pick = [inl, fileLayer, created].find(
    l => !!l && layers.includes(l) && l.target?.type === 'yaml-map' && !l.readOnlyReason && l.values !== null
  )
  if (created && pick !== created) layers = layers.filter(l => l !== created)
  if (pick) pick.addTarget = true
  else
    notes.push(
      `add valuesInline or a values file to helmCharts[${ec.index}] so that missing keys can be added`
    )

  const baseId = `${file.path}#${ec.docIndex}/${releaseName}${ec.dup ? `[${ec.index}]` : ''}`
  return targets.map((t, n) => ({
    id: n === 0 ? baseId : `${baseId}#${t.chart}`,
    name: releaseName,
    namespace,
    source: 'kustomize-helmchart' as const,
    file: file.path,
    line,
    chart: t.chart,
    chartVersion: t.version,
    valuesPrefix: t.prefix,
    layers: n === 0 ? layers : layers.map(l => ({ ...l, addTarget: undefined })),
    scopes: t.scopes,
    consumes: local.length > 0 ? [local[0].key] : undefined,
    notes:
      [...(local[n]?.notes ?? []), ...notes].length > 0 ? [...(local[n]?.notes ?? []), ...notes] : undefined
  }))
}

function isEmpty(layer: ValueLayer): boolean {
  return layer.values !== null && Object.keys(layer.values).length === 0
}

/** `valuesFile` or one `additionalValuesFiles` entry, relative to the kustomization's directory. */
function valuesFileEntry(
  ec: EntryContext,
  raw: string | null,
  dir: string,
  label: string,
  line: number
): ValueLayer | null {
  if (!raw) return null
  const { ctx, file } = ec
  const resolved = resolvePath(dir, raw)
  if (resolved.kind === 'remote') {
    return unreadableLayer(`${label} (${raw})`, 'remote', line, 'remote values file, outside the repository')
  }
  if (resolved.kind !== 'repo') {
    return unreadableLayer(
      `${label} (${raw})`,
      'values-file',
      line,
      resolved.kind === 'templated' ? 'the path is a template' : 'the file is outside the repository'
    )
  }
  const layer = valuesFileLayer(ctx, resolved.path, { label })
  if (layer) return layer
  if (ctx.exists(resolved.path)) {
    return unreadableLayer(`${label} (${raw})`, 'values-file', line, `${resolved.path} could not be read`)
  }
  ctx.report({ file: file.path, line, message: `kustomize helmCharts: ${label} '${raw}' not found` })
  return null
}

function inlineLayer(ec: EntryContext): ValueLayer | null {
  const { file, entry, entryPath, doc, docIndex } = ec
  const pair = entry.items.find(p => scalarText(file, p.key) === 'valuesInline')
  if (!pair) return null
  const node = deref(doc, pair.value)
  const path = [...entryPath, 'valuesInline']
  const layer: ValueLayer = {
    label: 'valuesInline',
    kind: 'inline',
    file: file.path,
    line: lineOf(file, pair, 1),
    yamlPath: pathLabel(path),
    values: null
  }
  const values = node === null ? {} : nodeToJs(file, doc, node)
  if (values === null) {
    layer.values = {}
  } else if (!isPlainObject(values)) {
    layer.readOnlyReason = 'valuesInline is not a map'
    return layer
  } else {
    layer.values = values
  }
  if (node !== pair.value) {
    layer.readOnlyReason = 'valuesInline is a YAML alias of a map shared with other places'
    return layer
  }
  layer.target = { type: 'yaml-map', file: file.path, docIndex, nodePath: path }
  return layer
}

/** A `valuesInline` map that does not exist yet: the fixer creates it on the helmCharts entry. */
function createdInline(ec: EntryContext, line: number): ValueLayer {
  const path = [...ec.entryPath, 'valuesInline']
  return {
    label: 'valuesInline (to be created)',
    kind: 'inline',
    file: ec.file.path,
    line,
    yamlPath: pathLabel(path),
    values: {},
    target: { type: 'yaml-map', file: ec.file.path, docIndex: ec.docIndex, nodePath: path }
  }
}

function additionalLayers(ec: EntryContext, dir: string): ValueLayer[] {
  const { file, entry, doc } = ec
  const seq = deref(doc, entry.get('additionalValuesFiles', true))
  if (!isSeq(seq)) return []
  const out: ValueLayer[] = []
  seq.items.forEach((item, j) => {
    const raw = scalarText(file, deref(doc, item))
    const layer = valuesFileEntry(ec, raw, dir, `additionalValuesFiles[${j}]`, lineOf(file, item, 1))
    if (layer) out.push(layer)
  })
  return out
}
