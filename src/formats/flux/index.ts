/**
 * Flux HelmReleases (`helm.toolkit.fluxcd.io/v2beta1|v2beta2|v2`) that install a Testkube chart, with every
 * place their values come from, in helm-controller's order:
 *
 *   chart `valuesFiles` < `valuesFrom[]` without targetPath (in order) < `spec.values` < kustomize patches of
 *   `spec.values` < `valuesFrom[]` with `targetPath` (helm-controller PR #1060).
 *
 * Two passes: first the repository's Flux sources, ConfigMaps (manifests and configMapGenerators), Secret names
 * and kustomizations are indexed; then each HelmRelease is resolved against them. A HelmRelease built by
 * several kustomization overlays that give it different values is reported once per overlay.
 * See readme.md for the decisions.
 */
import type { ChartScope, Release, ValueLayer } from '../../model.js'
import { mayNameKnownChart, type CandidateHints, type ExtractContext, type FormatReader } from '../types.js'
import { identifyChart, splitOciChartUrl, type ChartIdentity, type KnownChart } from '../charts.js'
import { getPath, isPlainObject, joinSetPath } from '../../values/setpath.js'
import { hasTemplates, parseRepoFile, type RepoFile, type YamlDoc } from '../../yaml/file.js'
import { CONFIG_OBJECTS, ConfigMapIndex } from './configmaps.js'
import {
  KUSTOMIZATIONS,
  KustomizeIndex,
  type DataSource,
  type Kustomization,
  type PatchRef
} from './kustomize.js'
import { embeddedLayer, targetPathEntry, valuesFileLayer, yamlPathOf } from './layers.js'
import { readLocalChart } from './localchart.js'
import { baseName, joinRel, lineAt, list, name, obj, type Obj, scalarSource, str } from './nodes.js'
import { FLUX_SOURCES, SourceIndex } from './sources.js'

const HELM_RELEASE_API = /^helm\.toolkit\.fluxcd\.io\//

export const fluxHelmReleaseReader: FormatReader = {
  source: 'flux-helmrelease',
  displayName: 'Flux HelmRelease',
  /**
   * A HelmRelease that installs a known chart names it (`chart: testkube`, a chart directory of this repository),
   * or names the HelmChart or OCIRepository that does (`chartRef`, which is followed).
   */
  mayContain(_path: string, text: string, hints?: CandidateHints): boolean {
    return (
      text.includes('helm.toolkit.fluxcd.io') && (text.includes('chartRef') || mayNameKnownChart(text, hints))
    )
  },
  references: [KUSTOMIZATIONS, FLUX_SOURCES, CONFIG_OBJECTS],
  extract(ctx: ExtractContext): Release[] {
    return new FluxReader(ctx).extract()
  }
}

interface ChartInfo {
  chart: KnownChart
  version: string | null
  line: number
  scopes: ChartScope[]
  valuesPrefix: string
  /** Layers below valuesFrom: chart valuesFiles, or a local chart's own values.yaml. */
  low: ValueLayer[]
  notes: string[]
  consumes?: string[]
}

interface ChartSpec {
  chart: string | undefined
  version: string | null
  sourceRef: Obj | undefined
  /** The namespace a sourceRef without one points into. */
  namespace: string | null
  valuesFiles: string[]
  /** `spec.chart.spec` or `HelmChart x`, for labels. */
  where: string
  /** YAML path of the chart spec in its own document (`spec.chart.spec`, or `spec` of a HelmChart). */
  yamlBase: string
  line: number
}

class FluxReader {
  private readonly kustomize: KustomizeIndex
  private readonly sources: SourceIndex
  private readonly configMaps: ConfigMapIndex

  constructor(private readonly ctx: ExtractContext) {
    this.kustomize = new KustomizeIndex(ctx)
    this.sources = new SourceIndex(ctx, this.kustomize)
    this.configMaps = new ConfigMapIndex(ctx, this.kustomize)
  }

  extract(): Release[] {
    const out: Release[] = []
    for (const file of this.ctx.candidates) {
      if (!file.text.includes('helm.toolkit.fluxcd.io')) continue
      let patchOnly: boolean | undefined
      for (const doc of file.docs) {
        if (doc.empty) continue
        const o = obj(file.js(doc.index))
        if (!o || str(o.kind) !== 'HelmRelease' || !HELM_RELEASE_API.test(str(o.apiVersion) ?? '')) continue
        // A file only used as a kustomize patch is not a HelmRelease of its own.
        patchOnly ??= this.isPatchOnly(file.path)
        if (patchOnly) break
        out.push(...this.helmRelease(file, doc, o))
      }
    }
    return out
  }

  /** Some kustomization patches with the file and none lists it as a resource. */
  private isPatchOnly(path: string): boolean {
    const naming = this.kustomize.mentioning(path)
    return (
      naming.some(k => k.patches.some(p => p.file === path)) && !naming.some(k => k.resourceFiles.has(path))
    )
  }

  /** One release per distinct way the HelmRelease is built (usually exactly one). */
  private helmRelease(file: RepoFile, doc: YamlDoc, o: Obj): Release[] {
    const spec = obj(o.spec)
    if (!spec) return []
    const chains = this.kustomize.chainsOf(file.path)
    const views: (Kustomization[] | null)[] = chains.length > 0 ? chains : [null]
    const built: { release: Release; chain: Kustomization[] | null }[] = []
    for (const chain of views) {
      const release = this.build(file, doc, o, spec, chain)
      if (release) built.push({ release, chain })
    }
    const distinct: typeof built = []
    const seen = new Set<string>()
    for (const b of built) {
      const sig = JSON.stringify({ ...b.release, notes: undefined })
      if (seen.has(sig)) continue
      seen.add(sig)
      distinct.push(b)
    }
    if (distinct.length > 1) {
      for (const { release, chain } of distinct) {
        const top = chain?.[chain.length - 1]
        if (!top) continue
        release.id += `@${top.dir || '.'}`
        release.notes = [`as built by ${top.file}`, ...(release.notes ?? [])]
      }
    }
    return distinct.map(d => d.release)
  }

  private build(
    file: RepoFile,
    doc: YamlDoc,
    o: Obj,
    spec: Obj,
    chain: Kustomization[] | null
  ): Release | null {
    const meta = obj(o.metadata) ?? {}
    const metaName = name(meta.name) ?? '(unnamed)'
    const metaNs = name(meta.namespace) ?? null
    const notes: string[] = []
    const forced = chain ? KustomizeIndex.chainNamespace(chain) : null
    const hrNs = forced?.namespace ?? metaNs
    if (forced && metaNs && forced.namespace !== metaNs)
      notes.push(
        `namespace ${forced.namespace} set by ${forced.from.file} overrides metadata.namespace ${metaNs}`
      )
    else if (forced && !metaNs) notes.push(`namespace ${forced.namespace} set by ${forced.from.file}`)

    const chart = this.resolveChart(file, doc, spec, hrNs)
    if (!chart) return null
    notes.push(...chart.notes)

    const top = chain ? chain[chain.length - 1] : null
    const from = this.valuesFrom(file, doc, spec, hrNs, top, notes)
    const inline = this.inlineValues(file, doc, spec)
    const patched = chain ? this.patchLayers(chain, metaName, notes) : []
    const layers = [...chart.low, ...from.plain, inline, ...patched, ...from.targeted]
    if (from.targeted.length > 0) this.targetPathNotes(from.plain, [inline, ...patched], from.targeted, notes)

    if (spec.postRenderers !== undefined)
      notes.push('spec.postRenderers change the rendered manifests after Helm; they are not checked')
    if (/\$\{[^}]*\}/.test(JSON.stringify(o)))
      notes.push(
        'Flux post-build substitution (${var}) is not resolved; substituted values are treated as templated'
      )

    const targetNs = name(spec.targetNamespace)
    const release: Release = {
      id: `${file.path}#${doc.index}/${metaName}`,
      name: name(spec.releaseName) ?? (targetNs ? `${targetNs}-${metaName}` : metaName),
      namespace: targetNs ?? hrNs,
      source: 'flux-helmrelease',
      file: file.path,
      line: chart.line,
      chart: chart.chart,
      chartVersion: chart.version,
      valuesPrefix: chart.valuesPrefix,
      layers,
      scopes: chart.scopes
    }
    if (chart.consumes) release.consumes = chart.consumes
    if (notes.length > 0) release.notes = [...new Set(notes)]
    return release
  }

  // ---- chart identity ------------------------------------------------------------------------------------

  private resolveChart(file: RepoFile, doc: YamlDoc, spec: Obj, hrNs: string | null): ChartInfo | null {
    const chartSpec = obj(obj(spec.chart)?.spec)
    if (chartSpec) {
      const at = ['spec', 'chart', 'spec']
      return this.fromChartSpec({
        chart: scalarSource(file, doc, [...at, 'chart']) ?? name(chartSpec.chart),
        version: scalarSource(file, doc, [...at, 'version']) ?? null,
        sourceRef: obj(chartSpec.sourceRef),
        namespace: hrNs,
        valuesFiles: valuesFilesOf(chartSpec),
        where: 'spec.chart.spec',
        yamlBase: 'spec.chart.spec',
        line: lineAt(file, doc, [...at, 'chart']) ?? doc.line
      })
    }
    const ref = obj(spec.chartRef)
    if (!ref) return null
    const kind = name(ref.kind)
    const refName = name(ref.name)
    const ns = name(ref.namespace) ?? hrNs
    const line = lineAt(file, doc, ['spec', 'chartRef']) ?? doc.line
    if (!refName || (kind !== 'OCIRepository' && kind !== 'HelmChart')) return null
    const found = this.sources.find(kind, refName, ns)
    const src = found.source
    if (!src) {
      // The object is elsewhere (another repository, or generated): its name is the best guess at the chart.
      const id = identifyChart(refName, null)
      if (!id) return null
      return this.direct(id, null, line, [], [], `${found.note}; chart name taken from the chartRef name`)
    }
    if (kind === 'HelmChart') {
      return this.fromChartSpec({
        chart: scalarSource(src.file, src.doc, ['spec', 'chart']) ?? name(src.spec.chart),
        version: scalarSource(src.file, src.doc, ['spec', 'version']) ?? null,
        sourceRef: obj(src.spec.sourceRef),
        namespace: src.namespace ?? ns,
        valuesFiles: valuesFilesOf(src.spec),
        where: `HelmChart ${refName} (${src.file.path})`,
        yamlBase: 'spec',
        line
      })
    }
    const url = name(src.spec.url)
    const split = url ? splitOciChartUrl(url) : null
    if (!split) return null
    const id = identifyChart(split.name, split.repo)
    if (!id) return null
    const r = obj(src.spec.ref) ?? {}
    const refPath = ['spec', 'ref']
    const tag = scalarSource(src.file, src.doc, [...refPath, 'tag'])
    const semver = scalarSource(src.file, src.doc, [...refPath, 'semver'])
    const notes = found.note ? [found.note] : []
    if (name(r.digest)) notes.push(`OCIRepository ${refName} is pinned by digest ${name(r.digest)}`)
    return this.direct(id, tag ?? semver ?? null, line, [], notes)
  }

  /** A chart installed as it is (no umbrella): one scope at the top of the values. */
  private direct(
    id: ChartIdentity,
    version: string | null,
    line: number,
    low: ValueLayer[],
    notes: string[],
    unverified?: string
  ): ChartInfo {
    const all = [...notes]
    const why = unverified ?? (id.repoVerified ? undefined : (id.note ?? 'unknown repository'))
    if (why) all.push(`repository not verified: ${why}`)
    return {
      chart: id.chart,
      version,
      line,
      scopes: id.chart === 'istiod' ? [] : [{ chart: id.chart, version, prefix: '' }],
      valuesPrefix: '',
      low,
      notes: all
    }
  }

  private fromChartSpec(s: ChartSpec): ChartInfo | null {
    const chartName = s.chart?.trim()
    if (!chartName) return null
    const kind = name(s.sourceRef?.kind) ?? 'HelmRepository'
    const refName = name(s.sourceRef?.name)
    const ns = name(s.sourceRef?.namespace) ?? s.namespace
    const found = refName
      ? this.sources.find(kind, refName, ns)
      : { note: `${s.where}.sourceRef has no name` }
    const url = found.source ? name(found.source.spec.url) : undefined

    if (kind === 'HelmRepository') {
      const id = identifyChart(chartName, url ?? null)
      if (!id) return null
      const low = this.remoteValuesFiles(s)
      // Flux's HelmChart `version` defaults to `*`: the newest release in the repository.
      const version = s.version ?? '*'
      if (!found.source) return this.direct(id, version, s.line, low, [], found.note)
      return this.direct(id, version, s.line, low, found.note ? [found.note] : [])
    }

    // GitRepository / Bucket: `chart` is a path inside the source.
    const dir = joinRel('', chartName)
    // With no URL known for this checkout, a chart path that exists here is taken as this repository's.
    const ours = url ? this.ctx.isThisRepo(url) : false
    const assumed = !ours && this.ctx.knowsOwnUrl?.() === false
    if (kind === 'GitRepository' && (ours || assumed) && dir !== null) {
      const local = readLocalChart(this.ctx, dir)
      if (local) {
        const low = s.valuesFiles.length > 0 ? this.localValuesFiles(s) : local.values ? [local.values] : []
        const { install } = local
        const notes = [...install.notes]
        if (found.note) notes.push(found.note)
        if (assumed)
          notes.push(
            `${kind} ${refName ?? '?'}${url ? ` (${url})` : ''} taken as this repository: ${dir} exists here`
          )
        const consumes = [`chart-dir:${dir}`]
        if (install.role === 'own-chart') {
          const id = { chart: install.chart, repoVerified: true }
          return { ...this.direct(id, install.version, s.line, low, notes), consumes }
        }
        // An umbrella: the first Testkube dependency names the release; an istiod-only one goes to the mesh
        // detector under its prefix, with its version.
        return {
          chart: install.chart,
          version: install.version,
          line: s.line,
          scopes: install.scopes,
          valuesPrefix: install.prefix,
          low,
          notes,
          consumes
        }
      }
      // A chart of this repository that is not a Testkube chart and does not depend on one.
      if (this.ctx.exists(`${dir}/Chart.yaml`.replace(/^\//, ''))) return null
    }
    const id = identifyChart(baseName(chartName.replace(/\/+$/, '')), null)
    if (!id) return null
    const from = `${kind} ${refName ?? '?'}${url ? ` (${url})` : ''}`
    const notes = found.note ? [found.note] : []
    return this.direct(
      id,
      s.version,
      s.line,
      this.remoteValuesFiles(s),
      notes,
      `chart path ${chartName} in ${from}`
    )
  }

  /** valuesFiles of a chart from a Helm repository or another Git repository: inside the chart source. */
  private remoteValuesFiles(s: ChartSpec): ValueLayer[] {
    return s.valuesFiles.map((entry, i) => ({
      label: `${s.where} valuesFiles[${i}] (${entry})`,
      kind: 'remote' as const,
      file: null,
      line: null,
      yamlPath: `${s.yamlBase}.valuesFiles[${i}]`,
      values: null,
      readOnlyReason: 'inside the chart source'
    }))
  }

  /** valuesFiles of a chart in this repository: paths from the repository root. */
  private localValuesFiles(s: ChartSpec): ValueLayer[] {
    return s.valuesFiles.map((entry, i) => {
      const path = joinRel('', entry)
      const label = `${s.where} valuesFiles[${i}] (${entry})`
      if (path === null)
        return {
          label,
          kind: 'remote' as const,
          file: null,
          line: null,
          yamlPath: `${s.yamlBase}.valuesFiles[${i}]`,
          values: null,
          readOnlyReason: 'outside the repository'
        }
      return valuesFileLayer(this.ctx, path, { label, kind: 'values-file' })
    })
  }

  // ---- values --------------------------------------------------------------------------------------------

  private inlineValues(file: RepoFile, doc: YamlDoc, spec: Obj): ValueLayer {
    const has = Object.prototype.hasOwnProperty.call(spec, 'values')
    const v = spec.values
    const layer: ValueLayer = {
      label: 'spec.values',
      kind: 'inline',
      file: file.path,
      line: lineAt(file, doc, has ? ['spec', 'values'] : ['spec']),
      yamlPath: 'spec.values',
      values: v == null ? {} : (obj(v) ?? null),
      target: { type: 'yaml-map', file: file.path, docIndex: doc.index, nodePath: ['spec', 'values'] },
      addTarget: true
    }
    // A HelmRelease inside a Helm chart's templates is rendered first: its text is not what Flux applies.
    const template = file.templated || (/(^|\/)templates\//.test(file.path) && hasTemplates(file.text))
    const readOnly =
      layer.values === null ? 'spec.values is not a map' : template ? `${file.path} is a Go template` : null
    // An empty spec.values in a template was most likely filled by a masked `{{ toYaml … }}`: unknown, not empty.
    if (template && v == null) layer.values = null
    if (readOnly) {
      delete layer.target
      delete layer.addTarget
      layer.readOnlyReason = readOnly
    }
    return layer
  }

  private valuesFrom(
    file: RepoFile,
    doc: YamlDoc,
    spec: Obj,
    hrNs: string | null,
    top: Kustomization | null,
    notes: string[]
  ): { plain: ValueLayer[]; targeted: ValueLayer[] } {
    const plain: ValueLayer[] = []
    const targeted: ValueLayer[] = []
    list(spec.valuesFrom).forEach((entry, i) => {
      const ref = obj(entry)
      if (!ref) return
      const kind = name(ref.kind)
      const refName = name(ref.name)
      const key = name(ref.valuesKey) ?? 'values.yaml'
      const targetPath = name(ref.targetPath)
      const optional = ref.optional === true
      const literal = ref.literal === true
      const at = ['spec', 'valuesFrom', i]
      const line = lineAt(file, doc, at)
      const keyLabel = key === 'values.yaml' ? '' : ` (${key})`
      const label = `valuesFrom[${i}] ${kind ?? '?'} ${refName ?? '?'}${keyLabel}${targetPath ? ` → ${targetPath}` : ''}`
      const into = targetPath ? targeted : plain
      const here = { label, file: file.path, line, yamlPath: yamlPathOf(at) }
      if (!refName) return
      if (kind === 'Secret') {
        into.push({
          ...here,
          kind: 'secret',
          values: null,
          readOnlyReason: `Secret ${refName} (never read)`
        })
        if (!this.configMaps.hasSecret(refName))
          notes.push(`Secret ${refName} is not declared in the repository`)
        return
      }
      if (kind !== 'ConfigMap') {
        notes.push(`valuesFrom[${i}]: kind ${kind ?? '(none)'} is not one Flux reads values from`)
        return
      }
      const cm = this.configMaps.resolve(refName, hrNs, top)
      notes.push(...(cm?.notes ?? []))
      const source = cm?.keys.get(key)
      if (!source) {
        const missing = cm
          ? `ConfigMap ${refName} has no key ${key} in the repository`
          : `ConfigMap ${refName} not found in the repository`
        if (optional) {
          notes.push(`${missing}; valuesFrom[${i}] is optional and skipped`)
          return
        }
        into.push({ ...here, kind: 'remote', values: null, readOnlyReason: missing })
        return
      }
      if (targetPath) targeted.push(this.targetPathLayer(source, label, targetPath, literal, i))
      else plain.push(this.dataLayer(source, label))
    })
    return { plain, targeted }
  }

  /** A ConfigMap key read as a values document. */
  private dataLayer(source: DataSource, label: string): ValueLayer {
    switch (source.kind) {
      case 'manifest':
        return embeddedLayer(this.ctx, source.value, source, { label, kind: 'embedded-yaml' })
      case 'file':
        // The generator's source file: writing there keeps kustomize's hash-suffix rollout working.
        return {
          ...valuesFileLayer(this.ctx, source.path, {
            label: `${label} ← ${source.path}`,
            kind: 'values-file'
          })
        }
      case 'literal': {
        const parsed = parseRepoFile(`${source.declaredIn}#literal`, source.text)
        const v = parsed.docs[0] ? parsed.js(parsed.docs[0].index) : null
        const values = v == null ? {} : (obj(v) ?? null)
        const layer: ValueLayer = {
          label: `${label} (kustomize literal)`,
          kind: 'embedded-yaml',
          file: source.declaredIn,
          line: source.line,
          yamlPath: 'configMapGenerator.literals',
          values
        }
        if (values === null) layer.readOnlyReason = 'the literal is not a map of values'
        return layer
      }
      case 'unreadable':
        return {
          label,
          kind: 'remote',
          file: source.file,
          line: source.line,
          yamlPath: '',
          values: null,
          readOnlyReason: source.reason
        }
    }
  }

  /** A ConfigMap key whose text helm-controller sets at `targetPath`, like `--set`. */
  private targetPathLayer(
    source: DataSource,
    label: string,
    targetPath: string,
    literal: boolean,
    index: number
  ): ValueLayer {
    let raw: string | undefined
    let file: string
    let yamlPath = ''
    let line = source.line
    switch (source.kind) {
      case 'manifest':
        raw = str(source.value) ?? (source.value === null ? '' : undefined)
        file = source.file
        yamlPath = yamlPathOf(source.nodePath)
        break
      case 'file':
        raw = this.ctx.getFile(source.path)?.text
        file = source.path
        line = 1
        break
      case 'literal':
        raw = source.text
        file = source.declaredIn
        yamlPath = 'configMapGenerator.literals'
        break
      case 'unreadable':
        return {
          label,
          kind: 'target-path',
          file: source.file,
          line: source.line,
          yamlPath,
          values: null,
          readOnlyReason: source.reason
        }
    }
    if (raw === undefined)
      return {
        label,
        kind: 'target-path',
        file,
        line,
        yamlPath,
        values: null,
        readOnlyReason: 'the ConfigMap value cannot be read'
      }
    return {
      label,
      kind: 'target-path',
      file,
      line,
      yamlPath,
      values: null,
      sets: [targetPathEntry(targetPath, raw, literal, index, line)]
    }
  }

  /** Strategic-merge patches of this HelmRelease's `spec.values` along a kustomization chain (inner first). */
  private patchLayers(chain: Kustomization[], hrName: string, notes: string[]): ValueLayer[] {
    const out: ValueLayer[] = []
    for (const k of chain) {
      for (const p of k.patches) {
        const docs = this.patchDocs(p)
        docs.forEach(({ value, file, doc }) => {
          const where = `${p.label} in ${k.file}`
          if (Array.isArray(value) || p.json6902) {
            if (targets(p, undefined, hrName))
              notes.push(`${where} is a JSON 6902 patch of this HelmRelease; it is not applied here`)
            return
          }
          const o = obj(value)
          if (!o || !targets(p, o, hrName)) return
          const spec = obj(o.spec)
          if (!spec) return
          const others = Object.keys(spec).filter(key => key !== 'values')
          if (others.length > 0)
            notes.push(`${where} also changes spec.${others.join(', spec.')} (not followed)`)
          if (!Object.prototype.hasOwnProperty.call(spec, 'values')) return
          const v = spec.values
          const values = v == null ? {} : (obj(v) ?? null)
          const layer: ValueLayer = {
            label: `${where}: spec.values`,
            kind: 'inline',
            file: file && doc ? file.path : k.file,
            line: file && doc ? lineAt(file, doc, ['spec', 'values']) : p.line,
            yamlPath: file ? 'spec.values' : `${p.label}.patch`,
            values
          }
          if (values === null) layer.readOnlyReason = 'spec.values is not a map'
          else if (file && doc)
            layer.target = {
              type: 'yaml-map',
              file: file.path,
              docIndex: doc.index,
              nodePath: ['spec', 'values']
            }
          out.push(layer)
        })
      }
    }
    return out
  }

  private patchDocs(p: PatchRef): { value: unknown; file?: RepoFile; doc?: YamlDoc }[] {
    if (p.file) {
      const f = this.ctx.getFile(p.file)
      if (!f) return []
      return f.docs.filter(d => !d.empty).map(d => ({ value: f.js(d.index), file: f, doc: d }))
    }
    const parsed = parseRepoFile(`${p.kustomization}#${p.label}`, p.text ?? '')
    return parsed.docs.filter(d => !d.empty).map(d => ({ value: parsed.js(d.index) }))
  }

  /**
   * targetPath is applied after spec.values by current helm-controller, with one exception from its merge
   * (fluxcd/pkg chartutil MergeMaps): when an earlier valuesFrom already fills the target's parent map and
   * spec.values sets the same leaf, spec.values wins again.
   */
  private targetPathNotes(
    plain: ValueLayer[],
    inline: ValueLayer[],
    targeted: ValueLayer[],
    notes: string[]
  ): void {
    notes.push(
      'valuesFrom entries with targetPath are applied after spec.values (helm-controller v1.0+, PR #1060); ' +
        'older controllers let spec.values win'
    )
    for (const t of targeted) {
      for (const set of t.sets ?? []) {
        if (set.path.length < 2) continue
        const parent = set.path.slice(0, -1)
        const inlineSets = inline.some(l => getPath(l.values, set.path).found)
        const filled = plain.find(l => {
          const p = getPath(l.values, parent)
          return p.found && isPlainObject(p.value)
        })
        if (inlineSets && filled)
          notes.push(
            `${t.label}: spec.values also sets ${joinSetPath(set.path)} and ${filled.label} fills ` +
              `${joinSetPath(parent)}, so helm-controller keeps the spec.values value`
          )
      }
    }
  }
}

function valuesFilesOf(spec: Obj): string[] {
  const out: string[] = []
  const single = name(spec.valuesFile)
  if (single) out.push(single)
  for (const v of list(spec.valuesFiles)) {
    const n = name(v)
    if (n) out.push(n)
  }
  return out
}

/** Does a kustomize patch apply to the HelmRelease `hrName`? `target` fields are anchored regular expressions. */
function targets(p: PatchRef, doc: Obj | undefined, hrName: string): boolean {
  const t = p.target
  if (t && (t.kind || t.name)) return matches(t.kind, 'HelmRelease') && matches(t.name, hrName)
  if (!doc) return false
  return str(doc.kind) === 'HelmRelease' && name(obj(doc.metadata)?.name) === hrName
}

function matches(pattern: string | undefined, value: string): boolean {
  if (!pattern) return true
  if (pattern === value) return true
  try {
    return new RegExp(`^(?:${pattern})$`).test(value)
  } catch {
    return false
  }
}
