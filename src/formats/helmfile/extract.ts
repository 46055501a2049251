/**
 * helmfile state files: `releases[]` with the repositories they resolve through, release templates (`inherit`,
 * `defaultInherit`) and YAML merge keys, and every place a release's values come from, in helmfile's order
 * (pkg/state/release.go, state.go): `valuesTemplate` (prepended, lowest), `values[]` in list order (files and
 * inline maps interleaved), `secrets[]`, then `set` (`--set`), `setString` (`--set-string`) and `set[].file`
 * (`--set-file`), which Helm applies by flag type after every values file.
 */
import picomatch from 'picomatch'
import { isMap, isScalar, isSeq } from 'yaml'
import type { Document, YAMLMap, YAMLSeq } from 'yaml'
import type { ChartName, ChartScope, NodePath, Release, SetEntry, ValueLayer } from '../../model.js'
import { mayNameKnownChart, type CandidateHints, type ExtractContext } from '../types.js'
import { hasTemplates, type RepoFile } from '../../yaml/file.js'
import { identifyChart, type ChartIdentity, type KnownChart } from '../charts.js'
import { isPlainObject, splitSetPath } from '../../values/setpath.js'
import {
  deref,
  getField,
  hasStructuralTemplate,
  hasTemplateLines,
  indexPaths,
  lineOf,
  nodeToJs,
  pathLabel,
  scalarText,
  type FieldRef
} from './yamlnodes.js'
import { dirOf, resolvePath, unreadableLayer, valuesFileLayer } from './layers.js'
import { isChartDir, readLocalChart, type LocalChart } from './localchart.js'

const HELMFILE_PATH = /(^|\/)(helmfile\.ya?ml(\.gotmpl)?|helmfile\.d\/[^/]+\.ya?ml(\.gotmpl)?)$/
const RELEASES_KEY = /^releases[ \t]*:/m

/** A state file whose releases install a known chart names it, or the directory of a local chart that does. */
export function mayContainHelmfile(path: string, text: string, hints?: CandidateHints): boolean {
  // The plain search first: the line-anchored regex tries every line, and this runs on every YAML file.
  return (
    (HELMFILE_PATH.test(path) || (text.includes('releases') && RELEASES_KEY.test(text))) &&
    mayNameKnownChart(text, hints)
  )
}

export function isHelmfilePath(path: string): boolean {
  return HELMFILE_PATH.test(path)
}

export function extractHelmfiles(ctx: ExtractContext): Release[] {
  const releases: Release[] = []
  for (const file of ctx.candidates) {
    if (!isHelmfilePath(file.path) && !looksLikeHelmfile(file)) continue
    releases.push(...readHelmfile(ctx, file))
  }
  return releases
}

/**
 * A file not named like a helmfile counts only when a document has a top-level `releases` list with a
 * `{name, chart}` entry and is not a Kubernetes object.
 */
function looksLikeHelmfile(file: RepoFile): boolean {
  return file.docs.some(d => {
    const c = d.doc.contents
    if (!isMap(c) || c.has('apiVersion') || c.has('kind')) return false
    const rel = c.get('releases', true)
    return isSeq(rel) && rel.items.some(it => isMap(it) && it.has('name') && it.has('chart'))
  })
}

interface Repository {
  url: string
  oci: boolean
}

/** One document of a state file, with what its releases resolve through. */
interface DocState {
  file: RepoFile
  dir: string
  docIndex: number
  doc: Document
  root: YAMLMap
  paths: Map<unknown, NodePath>
  repositories: Map<string, Repository>
  templates: YAMLMap | null
  defaultInherit: string[]
}

interface ReadState {
  ctx: ExtractContext
  file: RepoFile
  docs: DocState[]
}

export function readHelmfile(ctx: ExtractContext, file: RepoFile): Release[] {
  const dir = dirOf(file.path)
  const docs: DocState[] = []
  for (const d of file.docs) {
    const root = d.doc.contents
    if (d.empty || !isMap(root)) continue
    const paths = indexPaths(root)
    const state: DocState = {
      file,
      dir,
      docIndex: d.index,
      doc: d.doc,
      root,
      paths,
      repositories: new Map(),
      templates: null,
      defaultInherit: []
    }
    const repos = deref(d.doc, root.get('repositories', true))
    if (isSeq(repos)) readRepositories(file, d.doc, repos, state.repositories)
    const bases = deref(d.doc, root.get('bases', true))
    if (isSeq(bases)) readBaseRepositories(ctx, file, dir, bases, state.repositories)
    const templates = deref(d.doc, root.get('templates', true))
    if (isMap(templates)) state.templates = templates
    const di = deref(d.doc, root.get('defaultInherit', true))
    if (isSeq(di)) state.defaultInherit = di.items.map(it => scalarText(file, it)).filter(isString)
    else if (di) state.defaultInherit = [scalarText(file, di)].filter(isString)
    docs.push(state)
  }

  const st: ReadState = { ctx, file, docs }
  const releases: Release[] = []
  docs.forEach((ds, n) => {
    const seq = deref(ds.doc, ds.root.get('releases', true))
    if (!isSeq(seq)) return
    const laterReleases = docs.slice(n + 1).some(o => o.root.has('releases'))
    const names = seq.items.map(it => (isMap(it) ? scalarText(file, it.get('name', true)) : null))
    seq.items.forEach((item, i) => {
      if (!isMap(item)) return
      const dup = names.filter(x => x !== null && x === names[i]).length > 1
      releases.push(...readRelease(st, ds, item, i, dup, laterReleases))
    })
  })
  return releases
}

function readRepositories(file: RepoFile, doc: Document, seq: YAMLSeq, into: Map<string, Repository>): void {
  for (const item of seq.items) {
    const m = deref(doc, item)
    if (!isMap(m)) continue
    const name = scalarText(file, m.get('name', true))
    const url = scalarText(file, m.get('url', true))
    if (!name || !url) continue
    const oci = m.get('oci')
    into.set(name, { url, oci: oci === true || oci === 'true' })
  }
}

/** Repositories declared in `bases:` files (their own state files, merged before this one). */
function readBaseRepositories(
  ctx: ExtractContext,
  file: RepoFile,
  dir: string,
  seq: YAMLSeq,
  into: Map<string, Repository>
): void {
  for (const item of seq.items) {
    const raw = scalarText(file, item)
    if (!raw) continue
    const resolved = resolvePath(dir, raw)
    if (resolved.kind !== 'repo') continue
    const base = ctx.getFile(resolved.path)
    if (!base) continue
    for (const d of base.docs) {
      const root = d.doc.contents
      if (!isMap(root)) continue
      const repos = deref(d.doc, root.get('repositories', true))
      const found = new Map<string, Repository>()
      if (isSeq(repos)) readRepositories(base, d.doc, repos, found)
      for (const [k, v] of found) if (!into.has(k)) into.set(k, v)
    }
  }
}

/** A list field (`values`, `set`, …) of a release or of a template it inherits. */
interface ListSource {
  seq: YAMLSeq
  path: NodePath
  /** Written on the release itself (not a template, not a merge-key anchor): edits may go there. */
  own: boolean
  /** `release`, `template 'default'`, `anchor 'base'`. */
  origin: string
}

interface ScalarSource {
  text: string
  ref: FieldRef
  origin: string
}

interface Spec {
  scalars: Map<string, ScalarSource>
  lists: Map<string, ListSource[]>
}

const SCALAR_FIELDS = ['name', 'chart', 'version', 'namespace', 'missingFileHandler', 'installed'] as const
const LIST_FIELDS = ['valuesTemplate', 'values', 'secrets', 'setTemplate', 'set', 'setString'] as const

/**
 * A release (or template) with its inherited templates applied as helmfile does (releaseWithInheritedTemplate):
 * templates merge first in `inherit` order, then the release; scalars fill only what is still empty (so a
 * template's field beats the release's), lists append (template entries first, the release's own last).
 */
function resolveSpec(
  st: ReadState,
  ds: DocState,
  map: YAMLMap,
  mapPath: NodePath,
  origin: string,
  own: boolean,
  chain: string[],
  notes: string[]
): Spec {
  const spec: Spec = { scalars: new Map(), lists: new Map() }
  const file = st.file

  const inherits: { template: string; except: string[] }[] = []
  const explicit = getField(ds.doc, map, 'inherit', mapPath, ds.paths)
  const inheritSeq = deref(ds.doc, explicit?.node)
  const explicitList: { template: string; except: string[] }[] = []
  if (isSeq(inheritSeq)) {
    for (const it of inheritSeq.items) {
      const m = deref(ds.doc, it)
      if (!isMap(m)) continue
      const template = scalarText(file, m.get('template', true))
      if (!template) continue
      const ex = deref(ds.doc, m.get('except', true))
      const except = isSeq(ex) ? ex.items.map(e => scalarText(file, e)).filter(isString) : []
      explicitList.push({ template, except })
    }
  }
  if (chain.length === 0) {
    // defaultInherit applies to releases, before their own inherit list, without repeating a template.
    for (const t of ds.defaultInherit) {
      if (!explicitList.some(e => e.template === t)) inherits.push({ template: t, except: [] })
    }
  }
  inherits.push(...explicitList)

  for (const inh of inherits) {
    if (chain.includes(inh.template)) {
      notes.push(`template '${inh.template}' inherits itself (${[...chain, inh.template].join(' -> ')})`)
      continue
    }
    const found = findTemplate(st, ds, inh.template)
    if (!found) {
      notes.push(`template '${inh.template}' is not defined in this file`)
      continue
    }
    const tspec = resolveSpec(
      st,
      found.ds,
      found.map,
      found.path,
      `template '${inh.template}'`,
      false,
      [...chain, inh.template],
      notes
    )
    for (const k of inh.except) tspec.lists.delete(k)
    mergeSpec(spec, tspec)
  }

  const ownSpec: Spec = { scalars: new Map(), lists: new Map() }
  for (const key of SCALAR_FIELDS) {
    const ref = getField(ds.doc, map, key, mapPath, ds.paths)
    const text = ref ? scalarText(file, ref.node) : null
    if (ref && text !== null && text !== '') {
      ownSpec.scalars.set(key, { text, ref, origin: ref.own ? origin : `anchor '${ref.via ?? '?'}'` })
    }
  }
  for (const key of LIST_FIELDS) {
    const ref = getField(ds.doc, map, key, mapPath, ds.paths)
    if (!ref) continue
    const node = deref(ds.doc, ref.node)
    if (!isSeq(node)) {
      if (node !== null && !(isScalar(node) && node.value === null)) {
        notes.push(`${pathLabel(ref.path)} is not a list; helmfile rejects it`)
      }
      continue
    }
    const path = ds.paths.get(node) ?? ref.path
    const isOwn = own && ref.own && !(ref.node && !isSeq(ref.node))
    ownSpec.lists.set(key, [
      { seq: node, path, own: isOwn, origin: ref.own ? origin : `anchor '${ref.via ?? '?'}'` }
    ])
  }
  mergeSpec(spec, ownSpec)
  return spec
}

function mergeSpec(into: Spec, from: Spec): void {
  for (const [k, v] of from.scalars) if (!into.scalars.has(k)) into.scalars.set(k, v)
  for (const [k, v] of from.lists) into.lists.set(k, [...(into.lists.get(k) ?? []), ...v])
}

/** A release template by name: this document first, then the file's other documents (layers of one state). */
function findTemplate(
  st: ReadState,
  ds: DocState,
  name: string
): { ds: DocState; map: YAMLMap; path: NodePath } | null {
  for (const d of [ds, ...st.docs.filter(o => o !== ds)]) {
    if (!d.templates) continue
    const node = deref(d.doc, d.templates.get(name, true))
    if (isMap(node)) return { ds: d, map: node, path: d.paths.get(node) ?? ['templates', name] }
  }
  return null
}

function readRelease(
  st: ReadState,
  ds: DocState,
  item: YAMLMap,
  index: number,
  duplicateName: boolean,
  laterReleases: boolean
): Release[] {
  const { ctx, file } = st
  const relPath: NodePath = ['releases', index]
  const notes: string[] = []
  const spec = resolveSpec(st, ds, item, relPath, 'release', true, [], notes)

  const name = spec.scalars.get('name')?.text
  const chartRef = spec.scalars.get('chart')
  if (!name || !chartRef) return []
  const installed = spec.scalars.get('installed')?.text
  if (installed !== undefined && /^(false|no|off)$/i.test(installed)) return []
  const chartText = chartRef.text.trim()
  if (chartText.includes('{{')) return []

  const releaseLine = lineOf(file, item, 1)
  const chartLine = chartRef.origin === 'release' ? file.lineAt(chartRef.ref.keyOffset) : releaseLine
  const versionText = spec.scalars.get('version')?.text ?? null
  let version: string | null = versionText
  if (versionText && versionText.includes('{{')) {
    version = null
    notes.push(`version is templated (${versionText})`)
  }
  const namespace = spec.scalars.get('namespace')?.text ?? null

  // What the chart reference points to.
  const targets: { chart: KnownChart; scopes: ChartScope[]; prefix: string; version: string | null }[] = []
  let local: LocalChart[] = []
  const localDir = localChartDir(ctx, ds.dir, chartText)
  if (localDir !== null) {
    local = readLocalChart(ctx, localDir)
    if (local.length === 0) return []
    for (const lc of local) {
      targets.push({ chart: lc.chart, scopes: lc.scopes, prefix: lc.valuesPrefix, version: lc.version })
    }
  } else {
    const identity = identifyReleaseChart(st, ds, chartText)
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

  if (hasTemplates(file.text)) {
    notes.push('the helmfile holds Go templates: templated parts are read as their text and never written')
  }
  if (laterReleases) {
    notes.push('a later document of this file also declares releases; helmfile keeps only the last list')
  }

  const missingOk = /^(warn|info|debug)$/i.test(spec.scalars.get('missingFileHandler')?.text ?? '')
  const ctxLayers: LayerContext = { st, ds, releaseName: name, missingOk, notes }
  const baseLayers = local.length > 0 ? local[0].layers.map(l => ({ ...l })) : []
  const valueLayers = [
    ...valuesLayers(ctxLayers, spec.lists.get('valuesTemplate') ?? [], 'valuesTemplate'),
    ...valuesLayers(ctxLayers, spec.lists.get('values') ?? [], 'values')
  ]
  const secretLayers = secretsLayers(ctxLayers, spec.lists.get('secrets') ?? [])
  const setLayers = [
    ...setsLayers(ctxLayers, spec.lists.get('setTemplate') ?? [], 'setTemplate', false),
    ...setsLayers(ctxLayers, spec.lists.get('set') ?? [], 'set', false),
    ...setsLayers(ctxLayers, spec.lists.get('setString') ?? [], 'setString', true)
  ]
  const fileSetLayers = [
    ...setFileLayers(ctxLayers, spec.lists.get('setTemplate') ?? [], 'setTemplate'),
    ...setFileLayers(ctxLayers, spec.lists.get('set') ?? [], 'set')
  ]
  const layers = [...baseLayers, ...valueLayers, ...secretLayers, ...setLayers, ...fileSetLayers]

  // Where a missing key goes: the last writable inline map, else the last writable values file, else the
  // chart directory's own values.yaml. helmfile has no single map to create (values is a list), so a release
  // with none of these cannot take new keys.
  const pick =
    findLast(valueLayers, l => l.kind === 'inline' && isWritableMap(l)) ??
    findLast(valueLayers, l => l.kind === 'values-file' && isWritableMap(l)) ??
    findLast(baseLayers, l => isWritableMap(l))
  if (pick) pick.addTarget = true
  else
    notes.push(
      `add a values file or an inline values map to release '${name}' so that missing keys can be added`
    )

  const baseId = `${file.path}#${ds.docIndex}/${name}${duplicateName ? `[${index}]` : ''}`
  return targets.map((t, n) => ({
    id: n === 0 ? baseId : `${baseId}#${t.chart}`,
    name,
    namespace,
    source: 'helmfile' as const,
    file: file.path,
    line: chartLine,
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

function isWritableMap(l: ValueLayer): boolean {
  return l.target?.type === 'yaml-map' && !l.readOnlyReason && l.values !== null
}

function findLast<T>(list: readonly T[], pred: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i])) return list[i]
  return undefined
}

/**
 * The repository-relative directory of a local chart, or null for a chart from a repository. helmfile treats
 * `./x`, `../x` and absolute paths as local, and a bare name or `a/b` too when that directory exists.
 */
function localChartDir(ctx: ExtractContext, dir: string, chart: string): string | null {
  if (chart.startsWith('oci://') || /^[a-z][a-z0-9+.-]*:\/\//i.test(chart)) return null
  const explicit = chart.startsWith('./') || chart.startsWith('../') || chart === '.' || chart === '..'
  const resolved = resolvePath(dir, chart)
  if (resolved.kind !== 'repo') return null
  if (explicit || isChartDir(ctx, resolved.path)) return resolved.path
  return null
}

/** `repo/chart` through the file's repositories, `oci://…/chart`, or a bare chart name. */
function identifyReleaseChart(st: ReadState, ds: DocState, chart: string): ChartIdentity | null {
  if (chart.startsWith('oci://')) return identifyChart(chart)
  const slash = chart.indexOf('/')
  if (slash < 0) return identifyChart(chart)
  const repoName = chart.slice(0, slash)
  const chartName = chart.slice(chart.lastIndexOf('/') + 1)
  const repo = lookupRepository(st, ds, repoName)
  if (!repo) return identifyChart(chart)
  const url = repo.oci && !repo.url.startsWith('oci://') ? `oci://${repo.url}` : repo.url
  const middle = chart.slice(slash + 1, chart.lastIndexOf('/'))
  return identifyChart(chartName, middle ? `${url.replace(/\/+$/, '')}/${middle}` : url)
}

/** A repository by name: this document's list, then the nearest earlier document's, then later ones. */
function lookupRepository(st: ReadState, ds: DocState, name: string): Repository | undefined {
  const own = ds.repositories.get(name)
  if (own) return own
  const i = st.docs.indexOf(ds)
  const order = [...st.docs.slice(0, i).reverse(), ...st.docs.slice(i + 1)]
  for (const d of order) {
    const r = d.repositories.get(name)
    if (r) return r
  }
  return undefined
}

interface LayerContext {
  st: ReadState
  ds: DocState
  releaseName: string
  missingOk: boolean
  notes: string[]
}

function sourceLabel(src: ListSource, field: string, j: number): string {
  return src.origin === 'release' ? `${field}[${j}]` : `${pathLabel(src.path)}[${j}]`
}

function inheritedReason(src: ListSource): string {
  return `inherited from ${src.origin}, which other releases may share; write the value on the release itself`
}

/** `values[]` / `valuesTemplate[]` entries: a file path (string) or an inline map, in list order. */
function valuesLayers(lc: LayerContext, sources: readonly ListSource[], field: string): ValueLayer[] {
  const { st, ds } = lc
  const file = st.file
  const out: ValueLayer[] = []
  for (const src of sources) {
    src.seq.items.forEach((item, j) => {
      const label = sourceLabel(src, field, j)
      const line = lineOf(file, item, lineOf(file, src.seq, 1))
      const node = deref(ds.doc, item)
      const path = isMap(node) ? (ds.paths.get(node) ?? [...src.path, j]) : [...src.path, j]
      if (isMap(node)) {
        const values = nodeToJs(file, ds.doc, node)
        if (!isPlainObject(values)) return
        const layer: ValueLayer = {
          label,
          kind: 'inline',
          file: file.path,
          line,
          yamlPath: pathLabel(path),
          values
        }
        const aliased = item !== node
        if (!src.own || aliased) {
          layer.readOnlyReason = aliased
            ? `a YAML alias of a map that other places share; write the value on the release itself`
            : inheritedReason(src)
        } else if (hasTemplateLines(file, src.seq) || hasStructuralTemplate(file, node)) {
          layer.readOnlyReason = 'holds Go template control flow that helmfile renders first'
        } else if (field === 'valuesTemplate' && JSON.stringify(values).includes('{{')) {
          layer.readOnlyReason = 'valuesTemplate is rendered per release by helmfile'
        } else {
          layer.target = { type: 'yaml-map', file: file.path, docIndex: ds.docIndex, nodePath: path }
        }
        out.push(layer)
        return
      }
      const raw = scalarText(file, node)
      if (!raw) return
      out.push(...fileLayers(lc, raw, label, line))
    })
  }
  return out
}

/** Layers for a values path written in the helmfile (relative to the helmfile's directory). */
function fileLayers(lc: LayerContext, raw: string, label: string, line: number): ValueLayer[] {
  const { st, ds } = lc
  const { ctx } = st
  const resolved = resolvePath(ds.dir, raw)
  if (resolved.kind === 'templated') {
    return [unreadableLayer(`${label} (${raw})`, 'values-file', line, 'the path is a Go template')]
  }
  if (resolved.kind === 'remote') {
    return [
      unreadableLayer(`${label} (${raw})`, 'remote', line, 'remote values file, outside the repository')
    ]
  }
  if (resolved.kind === 'outside') {
    return [unreadableLayer(`${label} (${raw})`, 'values-file', line, 'the file is outside the repository')]
  }
  let paths = [resolved.path]
  if (/[*?[{]/.test(resolved.path)) {
    const match = picomatch(resolved.path, { dot: true })
    paths = ctx.allFiles().filter(p => match(p))
  }
  const out: ValueLayer[] = []
  for (const path of paths) {
    const layer = valuesFileLayer(ctx, path, { label, rendered: path.endsWith('.gotmpl') })
    if (layer) {
      out.push(layer)
    } else if (ctx.exists(path)) {
      out.push(unreadableLayer(`${label} (${raw})`, 'values-file', line, `${path} could not be read`))
    }
  }
  if (out.length === 0 && !paths.some(p => ctx.exists(p))) {
    if (lc.missingOk) {
      lc.notes.push(`values file '${raw}' does not exist (missingFileHandler lets helmfile skip it)`)
    } else {
      ctx.report({
        file: st.file.path,
        line,
        message: `helmfile release '${lc.releaseName}': values file '${raw}' not found`
      })
    }
  }
  return out
}

/** `secrets[]`: files (or maps) helmfile decrypts with helm-secrets; never read nor written. */
function secretsLayers(lc: LayerContext, sources: readonly ListSource[]): ValueLayer[] {
  const { st, ds } = lc
  const file = st.file
  const out: ValueLayer[] = []
  for (const src of sources) {
    src.seq.items.forEach((item, j) => {
      const label = sourceLabel(src, 'secrets', j)
      const line = lineOf(file, item, 1)
      const raw = scalarText(file, deref(ds.doc, item))
      const resolved = raw ? resolvePath(ds.dir, raw) : null
      const inRepo = resolved?.kind === 'repo' && st.ctx.exists(resolved.path) ? resolved.path : null
      out.push({
        label: raw ? `${label} (${raw})` : label,
        kind: 'secret',
        file: inRepo,
        line: inRepo ? 1 : line,
        yamlPath: inRepo ? '' : pathLabel([...src.path, j]),
        values: null,
        readOnlyReason: 'helmfile secrets (encrypted)'
      })
    })
  }
  return out
}

/** `set` / `setString` / `setTemplate` entries with `value` or `values`, one layer per list. */
function setsLayers(
  lc: LayerContext,
  sources: readonly ListSource[],
  field: string,
  forceString: boolean
): ValueLayer[] {
  const { st, ds } = lc
  const file = st.file
  const out: ValueLayer[] = []
  for (const src of sources) {
    const sets: SetEntry[] = []
    src.seq.items.forEach((item, j) => {
      const m = deref(ds.doc, item)
      if (!isMap(m)) return
      const name = scalarText(file, m.get('name', true))
      if (!name) return
      const line = lineOf(file, m, 1)
      const valueText = scalarText(file, m.get('value', true))
      let value: unknown
      if (valueText !== null && valueText !== '') {
        value = forceString ? valueText : parseSetValue(valueText)
      } else if (m.has('file') && scalarText(file, m.get('file', true))) {
        return // --set-file, see setFileLayers
      } else {
        const list = deref(ds.doc, m.get('values', true))
        if (!isSeq(list) || list.items.length === 0) return
        const items = list.items.map(x => scalarText(file, deref(ds.doc, x)) ?? '')
        value = forceString ? items : items.map(parseSetValue)
      }
      sets.push({ path: splitSetPath(name).map(String), value, forceString, index: j, line })
    })
    if (sets.length === 0) continue
    const layer: ValueLayer = {
      label: src.origin === 'release' ? field : pathLabel(src.path),
      kind: 'parameters',
      file: file.path,
      line: lineOf(file, src.seq, 1),
      yamlPath: pathLabel(src.path),
      values: null,
      sets
    }
    if (!src.own) layer.readOnlyReason = inheritedReason(src)
    else if (field === 'setTemplate') layer.readOnlyReason = 'setTemplate is rendered per release by helmfile'
    else if (hasStructuralTemplate(file, src.seq)) {
      layer.readOnlyReason = 'holds Go template control flow that helmfile renders first'
    } else {
      layer.target = {
        type: 'set-list',
        file: file.path,
        docIndex: ds.docIndex,
        nodePath: src.path,
        style: 'helmfile'
      }
    }
    out.push(layer)
  }
  return out
}

/** `set[].file` (`--set-file`): the value is a file's content, applied after every `--set`. Read-only. */
function setFileLayers(lc: LayerContext, sources: readonly ListSource[], field: string): ValueLayer[] {
  const { st, ds } = lc
  const file = st.file
  const out: ValueLayer[] = []
  for (const src of sources) {
    const sets: SetEntry[] = []
    src.seq.items.forEach((item, j) => {
      const m = deref(ds.doc, item)
      if (!isMap(m)) return
      const name = scalarText(file, m.get('name', true))
      const valueText = scalarText(file, m.get('value', true))
      const raw = scalarText(file, m.get('file', true))
      if (!name || (valueText !== null && valueText !== '') || !raw) return
      // The value is the file's content, which is not read: the layer only tells that the path is taken.
      sets.push({
        path: splitSetPath(name).map(String),
        value: null,
        forceString: true,
        index: j,
        line: lineOf(file, m, 1)
      })
    })
    if (sets.length === 0) continue
    out.push({
      label: `${src.origin === 'release' ? field : pathLabel(src.path)} (file)`,
      kind: 'parameters',
      file: file.path,
      line: lineOf(file, src.seq, 1),
      yamlPath: pathLabel(src.path),
      values: null,
      sets,
      readOnlyReason: 'set from a file (--set-file)'
    })
  }
  return out
}

/** A `--set` value as Helm's strvals types it: true/false/null (any case), integers without a leading zero. */
export function parseSetValue(s: string): unknown {
  if (/^true$/i.test(s)) return true
  if (/^false$/i.test(s)) return false
  if (/^null$/i.test(s)) return null
  if (s === '0') return 0
  if (s[0] !== '0' && /^[-+]?\d+$/.test(s)) {
    const n = Number(s)
    if (Number.isSafeInteger(n)) return n
  }
  return s
}

function isString(x: string | null): x is string {
  return typeof x === 'string' && x !== ''
}
