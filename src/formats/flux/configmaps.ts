/**
 * The ConfigMaps a HelmRelease's `valuesFrom` can name: plain ConfigMap manifests and kustomize
 * `configMapGenerator` entries (`behavior: merge|replace` overlays included), plus the names of Secrets.
 * Secret data is never read: a Secret manifest contributes its name and nothing else.
 *
 * Looked up by name: only the files that hold the name as a word are read (see ExtractContext.mentioning).
 */
import type { ExtractContext, ReferencePool } from '../types.js'
import { nameWords } from '../words.js'
import type { Behavior, DataSource, Kustomization, KustomizeIndex } from './kustomize.js'
import { lineAt, name, obj, str } from './nodes.js'

/** A ConfigMap, Secret or SealedSecret manifest's `kind` (plain, quoted, JSON style). */
const CONFIG_KIND = /\bkind["']?\s*:\s*["']?(?:ConfigMap|Secret|SealedSecret)\b/

/** Files that may hold a ConfigMap, Secret or SealedSecret manifest. */
export const CONFIG_OBJECTS: ReferencePool = {
  name: 'configmaps-and-secrets',
  contains: (_path, text) => mayHoldConfigObject(text),
  words: (_path, text) => configObjectNames(text)
}

/** `Secret` is in `SealedSecret`; the plain searches spare the regex most files of a tree. */
function mayHoldConfigObject(text: string): boolean {
  return (text.includes('ConfigMap') || text.includes('Secret')) && CONFIG_KIND.test(text)
}

/** A `---` marker at the start of a line: it ends a document wherever it stands, even inside a scalar. */
const DOCUMENT_MARKER = /^---(?=[ \t\r\n]|$)/gm

/**
 * The `name:` words (see nameWords) of the documents of `text` that may be a ConfigMap, Secret or SealedSecret:
 * a lookup asks for the name of one of those. A manifest file often holds the Deployment that mounts the
 * ConfigMap too, whose names (containers, ports, volumes) no lookup wants. Null when a document's names are not
 * words of their lines: then the whole file must be read.
 */
export function configObjectNames(text: string): string[] | null {
  const words: string[] = []
  let start = 0
  for (;;) {
    DOCUMENT_MARKER.lastIndex = start
    const marker = DOCUMENT_MARKER.exec(text)
    const document = text.slice(start, marker ? marker.index : text.length)
    if (mayHoldConfigObject(document)) {
      const names = nameWords(document)
      if (names === null) return null
      for (const n of names) words.push(n)
    }
    if (!marker) return words
    start = marker.index + 3
  }
}

export interface ConfigMapDef {
  name: string
  /** The namespace it is created in, as far as the repository says. */
  namespace?: string
  behavior: Behavior
  keys: Map<string, DataSource>
  /** `ConfigMap x in a.yaml` / `configMapGenerator x in k/kustomization.yaml`, for notes. */
  where: string
  file: string
  line: number | null
  /** The kustomizations that build it (its own for a generator, plus every one above). */
  builtBy: Set<Kustomization>
  /** How many kustomizations build it: an inner generator (more of them) applies before an outer merge. */
  depth: number
}

export interface ResolvedConfigMap {
  keys: Map<string, DataSource>
  /** The definitions used, first the one that creates it. */
  defs: ConfigMapDef[]
  notes: string[]
}

export class ConfigMapIndex {
  private readonly named = new Map<string, { defs: ConfigMapDef[]; secret: boolean }>()

  constructor(
    private readonly ctx: ExtractContext,
    private readonly kustomize: KustomizeIndex
  ) {}

  /**
   * Every definition of the ConfigMap `n` (manifests by file, then generators by kustomization) and whether a
   * Secret of that name is declared.
   */
  private lookup(n: string): { defs: ConfigMapDef[]; secret: boolean } {
    const cached = this.named.get(n)
    if (cached) return cached
    const defs: ConfigMapDef[] = []
    let secret = false
    for (const path of this.ctx.mentioning(CONFIG_OBJECTS, n)) {
      const file = this.ctx.getFile(path)
      if (!file) continue
      for (const doc of file.docs) {
        if (doc.empty) continue
        const o = obj(file.js(doc.index))
        if (!o) continue
        const kind = str(o.kind)
        const meta = obj(o.metadata)
        if (name(meta?.name) !== n) continue
        if (kind === 'Secret' || kind === 'SealedSecret') {
          secret = true
          continue
        }
        if (kind !== 'ConfigMap' || !str(o.apiVersion)?.match(/^v1$/)) continue
        const keys = new Map<string, DataSource>()
        const data = obj(o.data) ?? {}
        for (const key of Object.keys(data)) {
          keys.set(key, {
            kind: 'manifest',
            file: file.path,
            docIndex: doc.index,
            nodePath: ['data', key],
            line: lineAt(file, doc, ['data', key]),
            value: data[key]
          })
        }
        for (const key of Object.keys(obj(o.binaryData) ?? {})) {
          keys.set(key, {
            kind: 'unreadable',
            reason: 'binaryData is not read',
            file: file.path,
            line: lineAt(file, doc, ['binaryData', key])
          })
        }
        const ns = this.kustomize.namespaceOf(file.path)
        const builtBy = this.kustomize.ancestors(file.path)
        defs.push({
          name: n,
          namespace: ns?.namespace ?? name(meta?.namespace),
          behavior: 'create',
          keys,
          where: `ConfigMap ${n} in ${file.path}`,
          file: file.path,
          line: lineAt(file, doc, []),
          builtBy,
          depth: 0
        })
      }
    }
    for (const k of this.kustomize.mentioning(n)) {
      if (k.secretNames.includes(n)) secret = true
      const generators = k.configMaps.filter(g => g.name === n)
      if (generators.length === 0) continue
      const builtBy = this.kustomize.ancestors(k)
      const ns = this.kustomize.namespaceOf(k)
      for (const g of generators) {
        defs.push({
          name: g.name,
          namespace: g.namespace ?? ns?.namespace,
          behavior: g.behavior,
          keys: g.keys,
          where: `configMapGenerator ${g.name} in ${k.file}`,
          file: k.file,
          line: g.line,
          builtBy,
          depth: builtBy.size
        })
      }
    }
    const found = { defs, secret }
    this.named.set(n, found)
    return found
  }

  hasSecret(n: string): boolean {
    return this.lookup(n).secret
  }

  /**
   * The ConfigMap `n` as built for a HelmRelease in namespace `ns` by the kustomization chain whose outermost
   * kustomization is `top` (null when the HelmRelease is not built by any kustomization). Definitions built by
   * the same top win; otherwise any definition of that name in the repository, preferring the namespace.
   */
  resolve(n: string, ns: string | null, top: Kustomization | null): ResolvedConfigMap | null {
    const named = this.lookup(n).defs
    if (named.length === 0) return null
    const notes: string[] = []
    const inBuild = top ? named.filter(d => d.builtBy.has(top)) : []
    let creates = inBuild.filter(d => d.behavior === 'create')
    let merges = inBuild.filter(d => d.behavior !== 'create')
    if (creates.length === 0) {
      merges = []
      const all = named.filter(d => d.behavior === 'create')
      const sameNs = all.filter(d => ns !== null && d.namespace === ns)
      creates = sameNs.length > 0 ? sameNs : all
      if (creates.length === 0) {
        // Only overlays (`behavior: merge`) define it: use the first, so the keys can still be read.
        creates = [named[0]]
      }
      if (creates.length > 1) {
        notes.push(
          `ConfigMap ${n} is defined ${creates.length} times (${creates.map(d => d.file).join(', ')}); ` +
            `using the one in ${creates[0].file}`
        )
      }
    } else if (creates.length > 1) {
      notes.push(`ConfigMap ${n} is generated more than once in one build; using ${creates[0].where}`)
    }
    const base = creates[0]
    const keys = new Map(base.keys)
    const used = [base]
    // Inner kustomizations are built first; an outer `behavior: merge` overrides their keys.
    for (const m of [...merges].sort((a, b) => b.depth - a.depth)) {
      if (m.behavior === 'replace') keys.clear()
      for (const [k, v] of m.keys) keys.set(k, v)
      used.push(m)
    }
    return { keys, defs: used, notes }
  }
}
