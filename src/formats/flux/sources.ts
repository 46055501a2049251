/**
 * Flux source objects (`source.toolkit.fluxcd.io`): HelmRepository, OCIRepository, HelmChart, GitRepository
 * and Bucket, looked up by kind, name and namespace so a HelmRelease's `sourceRef` / `chartRef` can be followed
 * across files and directories. Only the files that hold the name as a word are read.
 */
import type { RepoFile, YamlDoc } from '../../yaml/file.js'
import type { ExtractContext, ReferencePool } from '../types.js'
import type { KustomizeIndex } from './kustomize.js'
import { nameWords } from '../words.js'
import { lineAt, name, obj, type Obj, str } from './nodes.js'

/** Files that may hold a Flux source object. */
export const FLUX_SOURCES: ReferencePool = {
  name: 'flux-sources',
  contains: (_path, text) => text.includes('source.toolkit.fluxcd.io/'),
  words: (_path, text) => nameWords(text)
}

export type SourceKind = 'HelmRepository' | 'OCIRepository' | 'HelmChart' | 'GitRepository' | 'Bucket'

const SOURCE_KINDS = new Set<string>([
  'HelmRepository',
  'OCIRepository',
  'HelmChart',
  'GitRepository',
  'Bucket'
])

export interface FluxSource {
  kind: SourceKind
  name: string
  namespace: string | null
  spec: Obj
  file: RepoFile
  doc: YamlDoc
  line: number
}

export interface SourceLookup {
  source?: FluxSource
  /** Why the match is uncertain or failed. */
  note?: string
}

export class SourceIndex {
  /** The source objects of each file read so far, by file. */
  private readonly byFile = new Map<string, FluxSource[]>()

  constructor(
    private readonly ctx: ExtractContext,
    private readonly kustomize: KustomizeIndex
  ) {}

  /**
   * The source objects of `kind` named `n`, in file and document order. A generator: the files that hold the
   * name are read one at a time, so a lookup that stops at the first match reads no further.
   */
  private *named(kind: string, n: string): Generator<FluxSource> {
    for (const path of this.ctx.mentioning(FLUX_SOURCES, n)) {
      for (const s of this.sourcesIn(path)) if (s.kind === kind && s.name === n) yield s
    }
  }

  private sourcesIn(path: string): FluxSource[] {
    let sources = this.byFile.get(path)
    if (sources) return sources
    sources = []
    const file = this.ctx.getFile(path)
    let fileNs: string | null | undefined
    for (const doc of file?.docs ?? []) {
      if (!file || doc.empty) continue
      const o = obj(file.js(doc.index))
      if (!o || !str(o.apiVersion)?.startsWith('source.toolkit.fluxcd.io/')) continue
      const kind = str(o.kind)
      const meta = obj(o.metadata)
      const n = name(meta?.name)
      if (!kind || !SOURCE_KINDS.has(kind) || !n) continue
      // The namespace kustomize gives the file wins over metadata.namespace.
      if (fileNs === undefined) fileNs = this.kustomize.namespaceOf(file.path)?.namespace ?? null
      sources.push({
        kind: kind as SourceKind,
        name: n,
        namespace: fileNs ?? name(meta?.namespace) ?? null,
        spec: obj(o.spec) ?? {},
        file,
        doc,
        line: lineAt(file, doc, []) ?? doc.line
      })
    }
    this.byFile.set(path, sources)
    return sources
  }

  /**
   * Find `kind`/`name` in `namespace`; failing that, by kind and name alone (Flux itself needs the namespace,
   * but post-build substitutions and kustomize transformers often hide it from a static reader).
   */
  find(kind: string, n: string, namespace: string | null): SourceLookup {
    const same: FluxSource[] = []
    for (const s of this.named(kind, n)) {
      // The first one in the namespace wins: the others need not be read.
      if (namespace !== null && s.namespace === namespace) return { source: s }
      same.push(s)
    }
    const where = `${kind} ${namespace ? `${namespace}/` : ''}${n}`
    if (same.length === 0) return { note: `${where} not found in the repository` }
    if (same.length === 1) {
      const s = same[0]
      if (namespace === null || s.namespace === null) return { source: s }
      return {
        source: s,
        note: `${where} matched by name only (found in namespace ${s.namespace}, ${s.file.path})`
      }
    }
    const urls = new Set(same.map(s => str(s.spec.url) ?? ''))
    if (urls.size === 1) return { source: same[0] }
    return {
      note: `${where} is ambiguous: ${same.length} ${kind} objects named ${n} (${same.map(s => s.file.path).join(', ')})`
    }
  }
}
