/**
 * One Argo CD source → one release with its ordered value layers (values-precedence.md §3-§4). Shared by the
 * Application and ApplicationSet readers, which only differ in where the source sits and how much of it may be
 * templated.
 *
 * Order, lowest first: the chart directory's values.yaml (git path in this repository) < `valueFiles` (in list
 * order, globs expanded in place) < `valuesObject` (or `values`, which Argo CD ignores when `valuesObject` is
 * set) < `parameters` < `fileParameters`. `.argocd-source.yaml` / `.argocd-source-<app>.yaml` in the chart
 * directory are merged over the source like Argo CD's repo server does (a JSON merge patch: lists and strings
 * replace, `valuesObject` merges).
 */
import picomatch from 'picomatch'
import { Scalar, visit } from 'yaml'
import type { Document, YAMLMap, YAMLSeq } from 'yaml'
import type { ChartScope, NodePath, Release, ReleaseSource, SetEntry, ValueLayer } from '../../model.js'
import type { ExtractContext } from '../types.js'
import { normaliseRepoUrl } from '../types.js'
import { identifyChart, type KnownChart } from '../charts.js'
import { isTemplatedValue, parseRepoFile, type RepoFile } from '../../yaml/file.js'
import { isPlainObject, splitSetPath } from '../../values/setpath.js'
import { normaliseRel } from '../../engine/context.js'
import { docOrigin, joinYamlPath, type Origin } from './origin.js'
import { joinRel, readChartDir } from '../chartdir.js'
import { CHARTS_IN_TESTKUBE_REPO_FROM, HELM_CHARTS_FROZEN_AT, newestStable } from '../../charts/releases.js'
import lt from 'semver/functions/lt.js'
import valid from 'semver/functions/valid.js'

/** One Application, or the template of one ApplicationSet, as the readers hand it over. */
export interface AppManifest {
  source: Extract<ReleaseSource, 'argocd-application' | 'argocd-applicationset'>
  file: RepoFile
  docIndex: number
  /** `metadata.name` (of the ApplicationSet for a template), for ids and messages. */
  name: string
  /** The generated Application's literal name, for `.argocd-source-<name>.yaml`; null when templated. */
  appName: string | null
  namespace: string | null
  /** The Application spec (`spec`, or `spec.template.spec` of an ApplicationSet). */
  spec: Record<string, unknown>
  specPath: NodePath
  yamlSpec: string
  /** ApplicationSet rules: a `helm.values` string or a path holding `{{` is read-only. */
  templated: boolean
  notes: string[]
  /** An ApplicationSet's `spec.templatePatch`, parsed. */
  patch?: {
    spec: Record<string, unknown>
    origin(base: NodePath, yamlBase: string): Origin
  }
}

/** The sources of one Application, each read into a release when it installs a known chart. */
export function readAppSources(ctx: ExtractContext, app: AppManifest): Release[] {
  const sites = collectSites(app)
  const out: Release[] = []
  for (const site of sites) {
    const release = readSource(ctx, app, site, sites)
    if (release) out.push(release)
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------
// Sources

interface Site {
  /** The source's fields (identity fields of a templatePatch `source` merged over the template's). */
  raw: Record<string, unknown>
  origin: Origin
  /** `helm` maps merged over the source's own, in order (a templatePatch). */
  patches: { helm: unknown; origin: Origin }[]
  idSuffix: string
}

function collectSites(app: AppManifest): Site[] {
  const patchSpec = app.patch?.spec
  if (app.patch && patchSpec && Array.isArray(patchSpec.sources) && patchSpec.sources.length > 0) {
    // A strategic merge patch replaces a list that has no merge key: the patch's sources are the sources.
    const patch = app.patch
    app.notes.push('spec.templatePatch sets spec.sources, which replace the template sources')
    return patchSpec.sources.flatMap((raw, i) =>
      isPlainObject(raw)
        ? [
            {
              raw,
              origin: patch.origin(['spec', 'sources', i], `spec.sources[${i}]`),
              patches: [],
              idSuffix: `/templatePatch/sources[${i}]`
            }
          ]
        : []
    )
  }
  const sources = app.spec.sources
  if (Array.isArray(sources) && sources.length > 0) {
    // Argo CD ignores `source` when `sources` is set.
    return sources.flatMap((raw, i) =>
      isPlainObject(raw)
        ? [
            {
              raw,
              origin: docOrigin(
                app.file,
                app.docIndex,
                [...app.specPath, 'sources', i],
                joinYamlPath(`${app.yamlSpec}.sources`, i)
              ),
              patches: [],
              idSuffix: `/sources[${i}]`
            }
          ]
        : []
    )
  }
  const own = isPlainObject(app.spec.source) ? app.spec.source : null
  const patched = app.patch && patchSpec && isPlainObject(patchSpec.source) ? patchSpec.source : null
  const patchOrigin = patched && app.patch ? app.patch.origin(['spec', 'source'], 'spec.source') : null
  if (own) {
    const { helm: _helm, ...identity } = patched ?? {}
    return [
      {
        raw: { ...own, ...identity },
        origin: docOrigin(app.file, app.docIndex, [...app.specPath, 'source'], `${app.yamlSpec}.source`),
        patches:
          patched && patchOrigin && 'helm' in patched ? [{ helm: patched.helm, origin: patchOrigin }] : [],
        idSuffix: ''
      }
    ]
  }
  if (patched && patchOrigin) return [{ raw: patched, origin: patchOrigin, patches: [], idSuffix: '' }]
  return []
}

interface Install {
  chart: KnownChart
  version: string | null
  prefix: string
  scopes: ChartScope[]
  /** Where plain `valueFiles` paths point. */
  files: { kind: 'package' } | { kind: 'remote-git' } | { kind: 'local'; dir: string }
  /** The chart directory's values.yaml, lowest layer. */
  base?: ValueLayer
  consumes?: string[]
  line: number
}

function readSource(
  ctx: ExtractContext,
  app: AppManifest,
  site: Site,
  siblings: readonly Site[]
): Release | null {
  const notes = [...app.notes]
  const install = identify(ctx, site, notes)
  if (!install) return null

  const helm = collectHelm(ctx, app, site, install, notes)
  const layers: ValueLayer[] = []
  if (install.base) layers.push(install.base)
  if (helm.valueFiles) layers.push(...valueFileLayers(ctx, app, helm, install, siblings, notes))

  let addTo: ValueLayer | undefined
  const valuesObjects = helm.valuesObject.map(f => valuesObjectLayer(f, app))
  if (valuesObjects.length > 0) {
    layers.push(...valuesObjects)
    if (helm.values) notes.push(`${describe(helm.values)} is ignored: helm.valuesObject is set`)
    // A missing key goes into the manifest, not into an override file (often written by a tool such as
    // argocd-image-updater) nor a templatePatch.
    addTo = valuesObjects.filter((l, i) => editable(l) && helm.valuesObject[i].origin.file === app.file).pop()
  } else if (helm.values) {
    const valuesLayer = valuesStringLayer(ctx, app, helm.values)
    layers.push(valuesLayer)
    if (editable(valuesLayer) && helm.values.origin.file === app.file) addTo = valuesLayer
  }
  addTo ??= layers.filter(l => l.kind === 'values-file' && editable(l)).pop()
  // Never a new valuesObject beside a `values` (it would disable it), wherever either comes from.
  if (!addTo && valuesObjects.length === 0 && !helm.values) {
    const created = newValuesObject(app, site, helm)
    if (created) {
      layers.push(created)
      addTo = created
    }
  }
  if (addTo) addTo.addTarget = true

  if (helm.parameters) layers.push(parametersLayer(ctx, app, helm.parameters, notes))
  if (helm.fileParameters) layers.push(fileParametersLayer(helm.fileParameters, app))

  return {
    id: `${app.file.path}#${app.docIndex}/${app.name}${site.idSuffix}`,
    name: app.name,
    namespace: app.namespace,
    source: app.source,
    file: app.file.path,
    line: install.line,
    chart: install.chart,
    chartVersion: install.version,
    valuesPrefix: install.prefix,
    layers,
    scopes: install.scopes,
    ...(install.consumes ? { consumes: install.consumes } : {}),
    ...(notes.length > 0 ? { notes: [...new Set(notes)] } : {})
  }
}

/** Charts that kubeshop publishes from git, by normalised repository and path. */
const UPSTREAM_GIT: readonly { repo: string; path: RegExp }[] = [
  {
    repo: 'github.com/kubeshop/helm-charts',
    path: /^charts\/(testkube|testkube-enterprise|testkube-runner)$/
  },
  { repo: 'github.com/kubeshop/testkube', path: /^k8s\/helm\/(testkube|testkube-runner)$/ },
  { repo: 'github.com/kubeshop/testkube-cloud-charts', path: /^charts\/(testkube-enterprise)$/ }
]

function identify(ctx: ExtractContext, site: Site, notes: string[]): Install | null {
  const { raw, origin } = site
  // A config management plugin renders the directory itself (kubeshop/testkube-argocd): not a chart install.
  if (raw.plugin != null) return null
  const repo = fieldText(origin, ['repoURL'], raw.repoURL)?.trim()
  const revision = fieldText(origin, ['targetRevision'], raw.targetRevision)?.trim()
  const templatedRepo = repo !== undefined && isTemplatedValue(repo)

  if (raw.chart != null) {
    const chart = fieldText(origin, ['chart'], raw.chart)?.trim()
    if (!chart || isTemplatedValue(chart)) return null
    const id = identifyChart(chart, templatedRepo ? null : repo)
    if (!id) return null
    if (templatedRepo) notes.push(`repoURL is templated (${repo})`)
    else if (id.note) notes.push(id.note)
    return chartInstall(id.chart, chartVersion(revision, notes), origin.line(['chart']))
  }

  const path = fieldText(origin, ['path'], raw.path)?.trim()
  if (repo?.startsWith('oci://') && (path === undefined || path === '' || path === '.' || path === './')) {
    // `repoURL: oci://host/path/testkube` with `path: .` names the chart in the URL.
    const id = identifyChart(repo, null)
    if (!id) return null
    if (id.note) notes.push(id.note)
    return chartInstall(id.chart, chartVersion(revision, notes), origin.line(['repoURL']))
  }

  if (path === undefined || isTemplatedValue(path)) return null
  if (raw.kustomize != null || raw.directory != null) return null
  const dir = normaliseRel(path)
  if (dir === null) return null
  const where = locality(ctx, repo)
  const upstream =
    where !== 'this' && repo && !templatedRepo
      ? UPSTREAM_GIT.find(u => u.repo === normaliseRepoUrl(repo) && u.path.test(dir))
      : undefined
  if (upstream) {
    const chart = upstream.path.exec(dir)?.[1] as KnownChart
    const pinned = upstreamGitVersion(upstream.repo, chart, revision)
    notes.push(
      `chart from git: ${repo} path ${dir} at ${revision || 'HEAD'}` +
        (pinned ? ` (holds ${chart} ${pinned.version}: ${pinned.why})` : ' (version not known)')
    )
    const install = chartInstall(chart, pinned?.version ?? null, origin.line(['path']))
    if (pinned) install.scopes = install.scopes.map(s => ({ ...s, versionBasis: 'git' }))
    return { ...install, files: { kind: 'remote-git' } }
  }
  if (where === 'other' || !ctx.exists(dir)) return null
  const local = readChartDir(ctx, dir)
  if (!local) return null
  if (where === 'unknown') {
    notes.push(
      repo
        ? `repoURL ${repo} is not known to be this repository; read ${dir || '.'} from this checkout`
        : `no repoURL; read ${dir || '.'} from this checkout`
    )
  }
  notes.push(...local.notes)
  const valuesFile = joinRel(dir, 'values.yaml')
  const file = valuesFile ? ctx.getFile(valuesFile) : undefined
  const base = file
    ? local.role === 'own-chart'
      ? fileLayer(file, `chart defaults ${file.path}`, 'chart-defaults')
      : fileLayer(file, `umbrella chart values ${file.path}`, 'values-file')
    : undefined
  return {
    chart: local.chart,
    version: local.version,
    prefix: local.prefix,
    scopes: local.scopes,
    files: { kind: 'local', dir },
    base,
    consumes: [`chart-dir:${dir}`],
    line: origin.line(['path']) ?? 1
  }
}

/**
 * The chart version a git source of the upstream charts holds (rules.md, "Which version is installed"):
 * kubeshop/helm-charts is frozen, so any branch holds testkube 2.3.0 and a tag `testkube-<v>` holds `<v>`;
 * kubeshop/testkube holds `<v>` at a tag `<v>` and the newest known release on a branch.
 */
function upstreamGitVersion(
  repo: string,
  chart: KnownChart,
  revision: string | undefined
): { version: string; why: string } | null {
  if (chart === 'istiod' || (revision && isTemplatedValue(revision))) return null
  const ref = (revision ?? '').replace(/^refs\/(tags|heads)\//, '')
  if (repo === 'github.com/kubeshop/helm-charts') {
    const tagged = new RegExp(`^${chart}-(v?\\d+\\.\\d+\\.\\d+\\S*)$`).exec(ref)?.[1]
    if (tagged && valid(tagged)) return { version: valid(tagged) as string, why: `the tag ${ref}` }
    if (chart === 'testkube' && !/^[0-9a-f]{7,40}$/.test(ref))
      return { version: HELM_CHARTS_FROZEN_AT, why: 'kubeshop/helm-charts is frozen, every branch holds it' }
    return null
  }
  if (repo === 'github.com/kubeshop/testkube') {
    const tagged = valid(ref)
    if (tagged) {
      if (lt(tagged, CHARTS_IN_TESTKUBE_REPO_FROM)) return null
      return { version: tagged, why: `the tag ${ref}` }
    }
    if (!/^[0-9a-f]{7,40}$/.test(ref)) {
      const newest = newestStable(chart)
      return { version: newest, why: `a branch of kubeshop/testkube: the newest known release` }
    }
  }
  return null
}

function chartInstall(chart: KnownChart, version: string | null, line: number | null): Install {
  return {
    chart,
    version,
    prefix: '',
    scopes: chart === 'istiod' ? [] : [{ chart, version, prefix: '' }],
    files: { kind: 'package' },
    line: line ?? 1
  }
}

function chartVersion(revision: string | undefined, notes: string[]): string | null {
  if (!revision) return null
  if (isTemplatedValue(revision)) {
    notes.push(`targetRevision is templated (${revision})`)
    return null
  }
  return revision
}

/**
 * Is a repository URL this repository? 'unknown' when the URL is missing, templated or a placeholder, or when no
 * URL of this repository is known at all: then a path that exists in this checkout is taken to be ours.
 */
function locality(ctx: ExtractContext, url: string | undefined): 'this' | 'other' | 'unknown' {
  if (!url || isTemplatedValue(url) || /^\$|<[^>]*>/.test(url)) return 'unknown'
  if (ctx.isThisRepo(url)) return 'this'
  if (ctx.knowsOwnUrl && !ctx.knowsOwnUrl()) return 'unknown'
  return 'other'
}

// ---------------------------------------------------------------------------------------------------------
// helm fields, with the origin of each

type HelmKey = 'valueFiles' | 'values' | 'valuesObject' | 'parameters' | 'fileParameters'

interface Field {
  key: HelmKey
  value: unknown
  origin: Origin
}

interface HelmSpec {
  valueFiles?: Field
  values?: Field
  valuesObject: Field[]
  parameters?: Field
  fileParameters?: Field
  ignoreMissing: boolean
  /** `helm` is not a map here (a template): nothing may be created under it. */
  opaque: boolean
}

const HELM_KEYS: readonly HelmKey[] = ['valueFiles', 'values', 'valuesObject', 'parameters', 'fileParameters']

function collectHelm(
  ctx: ExtractContext,
  app: AppManifest,
  site: Site,
  install: Install,
  notes: string[]
): HelmSpec {
  const spec: HelmSpec = { valuesObject: [], ignoreMissing: false, opaque: false }
  const own = site.raw.helm
  if (own != null && !isPlainObject(own)) {
    spec.opaque = true
    notes.push(`helm is templated (${site.origin.text(['helm']) ?? String(own)})`)
  }
  mergeHelm(spec, own, site.origin, true, notes)
  if (isPlainObject(own)) {
    const releaseName = fieldText(site.origin, ['helm', 'releaseName'], own.releaseName)
    if (releaseName && releaseName !== app.name) notes.push(`Helm release name '${releaseName}'`)
  }
  for (const patch of site.patches) mergeHelm(spec, patch.helm, patch.origin, false, notes)

  // Parameter override files in the chart directory (Argo CD's repo server merges them, generic file first).
  if (install.files.kind === 'local') {
    const names = ['.argocd-source.yaml', ...(app.appName ? [`.argocd-source-${app.appName}.yaml`] : [])]
    for (const name of names) {
      const path = joinRel(install.files.dir, name)
      const file = path ? ctx.getFile(path) : undefined
      const doc = file?.docs[0]
      if (!file || !doc) continue
      const js = file.js(doc.index)
      if (!isPlainObject(js) || !isPlainObject(js.helm)) continue
      notes.push(`helm settings merged from ${file.path}`)
      mergeHelm(spec, js.helm, docOrigin(file, doc.index, [], ''), false, notes)
    }
  }
  return spec
}

function mergeHelm(spec: HelmSpec, helm: unknown, origin: Origin, first: boolean, notes: string[]): void {
  if (!isPlainObject(helm)) return
  if ('ignoreMissingValueFiles' in helm) {
    const v = helm.ignoreMissingValueFiles
    spec.ignoreMissing = v === true || v === 'true'
  }
  for (const key of HELM_KEYS) {
    if (!(key in helm)) continue
    const value = helm[key]
    if (value === null || value === undefined) {
      // null is "not set" in the manifest, and deletes the field in a merge patch.
      if (!first) {
        if (key === 'valuesObject') spec.valuesObject = []
        else delete spec[key]
      }
      continue
    }
    const field: Field = { key, value, origin }
    if (key === 'valuesObject') {
      spec.valuesObject.push(field)
      continue
    }
    const previous = spec[key]
    if (previous && !first) notes.push(`${describe(previous)} is replaced by ${describe(field)}`)
    spec[key] = field
  }
}

function describe(field: Field): string {
  const where = field.origin.yamlBase ? `${field.origin.yamlBase}.helm.${field.key}` : `helm.${field.key}`
  return `${where} in ${field.origin.file.path}`
}

function yamlPathOf(field: Field): string {
  return joinYamlPath(joinYamlPath(field.origin.yamlBase, 'helm'), field.key)
}

function labelOf(field: Field, app: AppManifest): string {
  const label = `helm.${field.key}`
  if (field.origin.file !== app.file) return `${label} (${field.origin.file.path})`
  return field.origin.readOnly ? `${label} (spec.templatePatch)` : label
}

function nodePathOf(field: Field): NodePath {
  return [...field.origin.base, 'helm', field.key]
}

function editable(layer: ValueLayer): boolean {
  return layer.target !== undefined && layer.readOnlyReason === undefined && layer.values !== null
}

// ---------------------------------------------------------------------------------------------------------
// Layers

function valueFileLayers(
  ctx: ExtractContext,
  app: AppManifest,
  helm: HelmSpec,
  install: Install,
  siblings: readonly Site[],
  notes: string[]
): ValueLayer[] {
  const field = helm.valueFiles as Field
  const { origin } = field
  const sub: NodePath = ['helm', 'valueFiles']
  if (!Array.isArray(field.value)) {
    const text = origin.text(sub) ?? ''
    if (!isTemplatedValue(text)) {
      ctx.report({
        file: origin.file.path,
        line: origin.line(sub) ?? 1,
        message: 'helm.valueFiles is not a list'
      })
    }
    return [remoteLayer(`helm.valueFiles ${text}`.trim(), 'templated', origin.file, origin.line(sub))]
  }
  const entries = field.value.map((v, i) => ({ i, text: fieldText(origin, [...sub, i], v)?.trim() ?? '' }))
  const resolved = entries.map(e => resolveEntry(ctx, e.text, install, siblings))
  // A file listed by name keeps its own place; a glob does not add it again (Argo CD "Deduplication").
  const explicit = new Set(resolved.flatMap(r => (r.kind === 'local' && !r.glob ? [r.path] : [])))
  const placed = new Set<string>()
  const layers: ValueLayer[] = []
  for (const [n, r] of resolved.entries()) {
    const { i, text } = entries[n]
    const line = origin.line([...sub, i])
    const label = `valueFiles[${i}] ${text}`
    if (r.kind === 'skip') continue
    if (r.kind === 'read-only') {
      if (r.error)
        ctx.report({ file: origin.file.path, line: line ?? 1, message: `helm.valueFiles[${i}]: ${r.error}` })
      layers.push(remoteLayer(label, r.reason, null, null))
      continue
    }
    const matches = r.glob ? picomatch(r.path, { dot: true }) : null
    const paths = matches
      ? ctx
          .allFiles()
          .filter(p => matches(p) && !explicit.has(p))
          .sort()
      : [r.path]
    if (r.glob && paths.length === 0 && !helm.ignoreMissing) notes.push(`${label} matches no file`)
    for (const path of paths) {
      if (!r.glob && !isFile(ctx, path)) {
        if (!helm.ignoreMissing) {
          ctx.report({
            file: origin.file.path,
            line: line ?? 1,
            message: `helm.valueFiles[${i}]: ${path} not found (set ignoreMissingValueFiles to skip it)`
          })
        }
        continue
      }
      if (r.glob && placed.has(path)) continue
      placed.add(path)
      const file = ctx.getFile(path)
      const fileLabel = r.glob ? `valueFiles[${i}] ${path}` : label
      layers.push(
        file
          ? fileLayer(file, fileLabel, 'values-file')
          : remoteLayer(fileLabel, 'cannot be read', null, null)
      )
    }
  }
  if (origin.readOnly) {
    for (const l of layers) {
      delete l.target
      l.readOnlyReason ??= origin.readOnly
    }
  }
  return layers
}

type Resolved =
  | { kind: 'local'; path: string; glob: boolean }
  | { kind: 'read-only'; reason: string; error?: string }
  | { kind: 'skip' }

function resolveEntry(
  ctx: ExtractContext,
  text: string,
  install: Install,
  siblings: readonly Site[]
): Resolved {
  if (!text) return { kind: 'skip' }
  if (isTemplatedValue(text)) return { kind: 'read-only', reason: 'templated path' }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return { kind: 'read-only', reason: 'a remote URL' }
  const glob = /[*?[]/.test(text)
  const ref = /^\$([^/]+)\/(.*)$/.exec(text)
  if (ref) {
    const sibling = siblings.find(s => fieldText(s.origin, ['ref'], s.raw.ref)?.trim() === ref[1])
    if (!sibling)
      return { kind: 'read-only', reason: 'unresolved $ref', error: `no source has ref '${ref[1]}'` }
    const repo = fieldText(sibling.origin, ['repoURL'], sibling.raw.repoURL)?.trim()
    const where = locality(ctx, repo)
    const path = joinRel('', ref[2])
    if (path === null) return { kind: 'read-only', reason: 'outside the repository' }
    if (where === 'this' || (where === 'unknown' && (glob || ctx.exists(path))))
      return { kind: 'local', path, glob }
    return { kind: 'read-only', reason: 'file in another repository' }
  }
  if (text.startsWith('$'))
    return { kind: 'read-only', reason: 'unresolved $ref', error: `cannot read '${text}'` }
  if (install.files.kind === 'package') return { kind: 'read-only', reason: 'inside the chart package' }
  if (install.files.kind === 'remote-git')
    return { kind: 'read-only', reason: 'in the remote chart repository' }
  const path = joinRel(install.files.dir, text)
  if (path === null)
    return { kind: 'read-only', reason: 'outside the repository', error: `${text} leaves the repository` }
  return { kind: 'local', path, glob }
}

const fileSets = new WeakMap<ExtractContext, Set<string>>()

function isFile(ctx: ExtractContext, path: string): boolean {
  let set = fileSets.get(ctx)
  if (!set) {
    set = new Set(ctx.allFiles())
    fileSets.set(ctx, set)
  }
  return set.has(path)
}

/** A repository values file read like Helm's `-f`: the first document, a map. */
export function fileLayer(file: RepoFile, label: string, kind: 'values-file' | 'chart-defaults'): ValueLayer {
  const common = { label, kind, file: file.path, yamlPath: '' }
  const doc = file.docs[0]
  if (!doc) {
    if (file.problems.length > 0) {
      return { ...common, line: file.problems[0].line, values: null, readOnlyReason: 'not valid YAML' }
    }
    return {
      ...common,
      line: 1,
      values: {},
      target: { type: 'yaml-map', file: file.path, docIndex: 0, nodePath: [] }
    }
  }
  if (doc.index !== 0) return { ...common, line: doc.line, values: null, readOnlyReason: 'not valid YAML' }
  const js = file.js(doc.index)
  if (js === undefined && !doc.empty) {
    return { ...common, line: doc.line, values: null, readOnlyReason: 'cannot be read' }
  }
  if (js != null && !isPlainObject(js)) {
    return { ...common, line: doc.line, values: null, readOnlyReason: 'not a map of values' }
  }
  const values = (js ?? {}) as Record<string, unknown>
  if (file.templated) return { ...common, line: doc.line, values, readOnlyReason: 'templated' }
  return {
    ...common,
    line: doc.line,
    values,
    target: { type: 'yaml-map', file: file.path, docIndex: doc.index, nodePath: [] }
  }
}

function remoteLayer(label: string, reason: string, file: RepoFile | null, line: number | null): ValueLayer {
  return {
    label,
    kind: reason === 'templated' || reason === 'templated path' ? 'values-file' : 'remote',
    file: file?.path ?? null,
    line: file ? line : null,
    yamlPath: '',
    values: null,
    readOnlyReason: reason
  }
}

function valuesObjectLayer(field: Field, app: AppManifest): ValueLayer {
  const { origin, value } = field
  const common = {
    label: labelOf(field, app),
    kind: 'inline' as const,
    file: origin.file.path,
    line: origin.line(['helm', 'valuesObject']),
    yamlPath: yamlPathOf(field)
  }
  if (!isPlainObject(value)) {
    const text = origin.text(['helm', 'valuesObject']) ?? ''
    return { ...common, values: null, readOnlyReason: isTemplatedValue(text) ? 'templated' : 'not a map' }
  }
  if (origin.readOnly) return { ...common, values: value, readOnlyReason: origin.readOnly }
  return {
    ...common,
    values: value,
    target: {
      type: 'yaml-map',
      file: origin.file.path,
      docIndex: origin.docIndex,
      nodePath: nodePathOf(field)
    }
  }
}

function valuesStringLayer(ctx: ExtractContext, app: AppManifest, field: Field): ValueLayer {
  const { origin, value } = field
  const sub: NodePath = ['helm', 'values']
  const common = {
    label: labelOf(field, app),
    kind: 'embedded-yaml' as const,
    file: origin.file.path,
    line: origin.line(sub),
    yamlPath: yamlPathOf(field)
  }
  if (typeof value !== 'string') {
    const text = origin.text(sub) ?? ''
    if (isTemplatedValue(text)) return { ...common, values: null, readOnlyReason: 'templated' }
    ctx.report({ file: origin.file.path, line: common.line ?? 1, message: 'helm.values is not a string' })
    return { ...common, values: null, readOnlyReason: 'helm.values is not a string' }
  }
  // Parsed like a values file (YAML 1.1; templates masked when they break the YAML). Keys such as
  // `testkube-api.minio.enabled` stay literal keys: Helm does not expand them.
  const inner = parseRepoFile(`${origin.file.path}#${common.yamlPath}`, value)
  const doc = inner.docs[0]
  if (inner.problems.length > 0 || (doc && doc.index !== 0)) {
    const first = origin.valueLine(sub) ?? common.line ?? 1
    const p = inner.problems[0] ?? { line: 1, message: 'the first document does not parse' }
    ctx.report({
      file: origin.file.path,
      line: first + p.line - 1,
      message: `${common.yamlPath} is not valid YAML: ${p.message}`
    })
    return { ...common, values: null, readOnlyReason: 'not valid YAML' }
  }
  const misread = doc ? unreadTemplates(doc.doc, value) : false
  const js = doc ? inner.js(doc.index) : null
  if (js != null && !isPlainObject(js)) {
    ctx.report({ file: origin.file.path, line: common.line ?? 1, message: `${common.yamlPath} is not a map` })
    return { ...common, values: null, readOnlyReason: 'not a map of values' }
  }
  const values = (js ?? {}) as Record<string, unknown>
  const readOnly =
    origin.readOnly ??
    (inner.templated || misread || (app.templated && value.includes('{{')) ? 'templated' : undefined)
  if (readOnly) return { ...common, values, readOnlyReason: readOnly }
  return {
    ...common,
    values,
    target: {
      type: 'yaml-embedded',
      file: origin.file.path,
      docIndex: origin.docIndex,
      nodePath: nodePathOf(field)
    }
  }
}

/**
 * `host: {{ .Values.host }}` is valid YAML: a flow map inside a flow map. Put such templates back as the text
 * they are, so the values hold the template rather than a map; true when there was one.
 */
function unreadTemplates(doc: Document.Parsed, text: string): boolean {
  let found = false
  const visitor = (_key: unknown, node: YAMLMap | YAMLSeq): Scalar | undefined => {
    const range = node.range
    if (!node.flow || !range) return undefined
    const source = text.slice(range[0], range[1]).trim()
    if (!source.startsWith('{{')) return undefined
    found = true
    const scalar = new Scalar(source)
    scalar.range = range
    return scalar
  }
  visit(doc, { Map: visitor, Seq: visitor })
  return found
}

/** Where a missing key goes when there is no `valuesObject`, no `values` and no repository values file. */
function newValuesObject(app: AppManifest, site: Site, helm: HelmSpec): ValueLayer | null {
  const { origin } = site
  // Never into a templatePatch or a file that only parsed with its templates masked.
  if (helm.opaque || origin.readOnly || origin.file !== app.file || app.file.templated) return null
  const nodePath: NodePath = [...origin.base, 'helm', 'valuesObject']
  return {
    label: 'helm.valuesObject (new)',
    kind: 'inline',
    file: app.file.path,
    line: origin.line(['helm']) ?? origin.line([]),
    yamlPath: joinYamlPath(joinYamlPath(origin.yamlBase, 'helm'), 'valuesObject'),
    values: {},
    target: { type: 'yaml-map', file: app.file.path, docIndex: app.docIndex, nodePath }
  }
}

function parametersLayer(ctx: ExtractContext, app: AppManifest, field: Field, notes: string[]): ValueLayer {
  const { origin, value } = field
  const sub: NodePath = ['helm', 'parameters']
  const common = {
    label: labelOf(field, app),
    kind: 'parameters' as const,
    file: origin.file.path,
    line: origin.line(sub),
    yamlPath: yamlPathOf(field)
  }
  if (!Array.isArray(value)) {
    const text = origin.text(sub) ?? ''
    if (!isTemplatedValue(text)) {
      ctx.report({ file: origin.file.path, line: common.line ?? 1, message: 'helm.parameters is not a list' })
    }
    return { ...common, values: null, readOnlyReason: isTemplatedValue(text) ? 'templated' : 'not a list' }
  }
  const sets: SetEntry[] = []
  value.forEach((p, index) => {
    if (!isPlainObject(p)) return
    const name = fieldText(origin, [...sub, index, 'name'], p.name)?.trim()
    if (!name) return
    const raw =
      p.value == null ? '' : (fieldText(origin, [...sub, index, 'value'], p.value) ?? String(p.value))
    // Argo CD reads override files with Go's case-insensitive JSON decoding; the CRD only knows `forceString`.
    const flag = Object.keys(p).find(k => k.toLowerCase() === 'forcestring')
    const forceString = flag !== undefined && (p[flag] === true || p[flag] === 'true')
    if (flag && flag !== 'forceString' && origin.file === app.file) {
      notes.push(`parameter '${name}' spells '${flag}'; the Application field is 'forceString'`)
    }
    sets.push({
      path: splitSetPath(name).map(String),
      value: forceString ? raw : typedSetValue(raw),
      forceString,
      index,
      line: origin.line([...sub, index])
    })
  })
  if (origin.readOnly) return { ...common, values: null, sets, readOnlyReason: origin.readOnly }
  return {
    ...common,
    values: null,
    sets,
    target: {
      type: 'set-list',
      file: origin.file.path,
      docIndex: origin.docIndex,
      nodePath: nodePathOf(field),
      style: 'argocd'
    }
  }
}

/**
 * `--set-file` entries: the paths they set are known, their values are file contents read at render time. The
 * layer names those paths (so only they are unverifiable) and is never written.
 */
function fileParametersLayer(field: Field, app: AppManifest): ValueLayer {
  const { origin, value } = field
  const sub: NodePath = ['helm', 'fileParameters']
  const common = {
    label: labelOf(field, app),
    kind: 'parameters' as const,
    file: origin.file.path,
    line: origin.line(sub),
    yamlPath: yamlPathOf(field),
    values: null,
    readOnlyReason: 'set from files at render time (helm.fileParameters)'
  }
  if (!Array.isArray(value)) return common
  const sets: SetEntry[] = []
  value.forEach((p, index) => {
    if (!isPlainObject(p)) return
    const name = fieldText(origin, [...sub, index, 'name'], p.name)?.trim()
    if (!name) return
    const path = fieldText(origin, [...sub, index, 'path'], p.path)?.trim() ?? '?'
    sets.push({
      path: splitSetPath(name).map(String),
      value: `(contents of ${path})`,
      forceString: true,
      index,
      line: origin.line([...sub, index])
    })
  })
  return { ...common, sets }
}

/** A `--set` value as Helm types it (helm/pkg/strvals `typedVal`). */
export function typedSetValue(s: string): unknown {
  const lower = s.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  if (lower === 'null') return null
  if (s === '0') return 0
  if (s !== '' && s[0] !== '0' && /^[+-]?\d+$/.test(s)) {
    const n = Number(s)
    if (Number.isSafeInteger(n)) return n
  }
  return s
}

/**
 * A field as text: strings as they are, numbers and booleans as written, and a template that YAML read as a
 * flow map (`{{ .x }}` unquoted) as its source text.
 */
export function fieldText(origin: Origin, sub: NodePath, value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return origin.text(sub) ?? String(value)
  if (value !== null && typeof value === 'object') {
    const text = origin.text(sub)
    if (text?.startsWith('{{')) return text
  }
  return undefined
}
