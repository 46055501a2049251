/**
 * Flux source objects (`source.toolkit.fluxcd.io`): HelmRepository, OCIRepository, HelmChart, GitRepository
 * and Bucket, indexed by kind, name and namespace so a HelmRelease's `sourceRef` / `chartRef` can be followed
 * across files and directories.
 */
import type { RepoFile, YamlDoc } from '../../yaml/file.js'
import type { KustomizeIndex } from './kustomize.js'
import { lineAt, name, obj, type Obj, str } from './nodes.js'

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
  private readonly sources: FluxSource[] = []

  constructor(candidates: readonly RepoFile[], kustomize: KustomizeIndex) {
    for (const file of candidates) {
      for (const doc of file.docs) {
        if (doc.empty) continue
        const o = obj(file.js(doc.index))
        if (!o || !str(o.apiVersion)?.startsWith('source.toolkit.fluxcd.io/')) continue
        const kind = str(o.kind)
        const meta = obj(o.metadata)
        const n = name(meta?.name)
        if (!kind || !SOURCE_KINDS.has(kind) || !n) continue
        const ns = kustomize.namespaceOf(file.path)?.namespace ?? name(meta?.namespace) ?? null
        this.sources.push({
          kind: kind as SourceKind,
          name: n,
          namespace: ns,
          spec: obj(o.spec) ?? {},
          file,
          doc,
          line: lineAt(file, doc, []) ?? doc.line
        })
      }
    }
  }

  /**
   * Find `kind`/`name` in `namespace`; failing that, by kind and name alone (Flux itself needs the namespace,
   * but post-build substitutions and kustomize transformers often hide it from a static reader).
   */
  find(kind: string, n: string, namespace: string | null): SourceLookup {
    const same = this.sources.filter(s => s.kind === kind && s.name === n)
    const where = `${kind} ${namespace ? `${namespace}/` : ''}${n}`
    if (same.length === 0) return { note: `${where} not found in the repository` }
    const exact = same.filter(s => namespace !== null && s.namespace === namespace)
    if (exact.length >= 1) return { source: exact[0] }
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
