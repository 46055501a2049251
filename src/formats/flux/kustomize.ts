/**
 * What the repository's kustomization.yaml files say about the objects Flux applies: which files and
 * directories each one builds (`resources`, `components`, `bases`), the namespace it forces on them, the
 * ConfigMaps and Secrets it generates, and the patches it makes to HelmReleases.
 *
 * A file is reached through chains of kustomizations (`release.yaml` ← `base/kustomization.yaml` ←
 * `overlays/prod/kustomization.yaml`); each chain that ends at a kustomization nothing else includes is one way
 * the file gets built. Kustomize's `namespace:` overrides the namespace of every object it builds, and an outer
 * kustomization's transformer runs last, so the outermost `namespace:` along a chain wins.
 *
 * A monorepo holds a kustomization for nearly every directory, and only those around a Testkube HelmRelease
 * matter: the index reads a kustomization when a question names it. Each kustomization is indexed by its names
 * and by every word read as a path from its directory (`../base` in `apps/prod` → `apps/base`), so the
 * kustomizations that may list `apps/base` are found by that path (`ExtractContext.mentioning`), then read and
 * checked.
 */
import type { NodePath } from '../../model.js'
import type { ExtractContext, ReferencePool } from '../types.js'
import { listWords, nameWords } from '../words.js'
import type { RepoFile, YamlDoc } from '../../yaml/file.js'
import { baseName, dirOf, joinRel, lineAt, list, name, obj, str } from './nodes.js'

/** Where one key of a ConfigMap's data comes from. */
export type DataSource =
  /** `data.<key>` of a ConfigMap manifest. */
  | {
      kind: 'manifest'
      file: string
      docIndex: number
      nodePath: NodePath
      line: number | null
      value: unknown
    }
  /** A configMapGenerator `files:` entry: the whole file is the key's value. */
  | { kind: 'file'; path: string; declaredIn: string; line: number | null }
  /** A configMapGenerator `literals:` entry (surrounding quotes removed, as kustomize does). */
  | { kind: 'literal'; text: string; declaredIn: string; line: number | null }
  /** `binaryData`, or a generator source this reader does not read (`envs`). */
  | { kind: 'unreadable'; reason: string; file: string; line: number | null }

export type Behavior = 'create' | 'merge' | 'replace'

export interface GeneratedConfigMap {
  name: string
  /** The generator's own `namespace:`. */
  namespace?: string
  behavior: Behavior
  line: number | null
  keys: Map<string, DataSource>
}

export interface PatchRef {
  /** The kustomization that applies the patch. */
  kustomization: string
  line: number | null
  /** `patches[0]`, `patchesStrategicMerge[1]`. */
  label: string
  /** The patch file, when the patch is not inline. */
  file?: string
  /** Inline patch text. */
  text?: string
  target?: { kind?: string; name?: string; namespace?: string }
  /** A JSON 6902 patch (a list of operations), which this reader does not apply. */
  json6902: boolean
}

export interface Kustomization {
  /** Path of the kustomization.yaml. */
  file: string
  dir: string
  namespace?: string
  resourceFiles: Set<string>
  resourceDirs: Set<string>
  configMaps: GeneratedConfigMap[]
  secretNames: string[]
  patches: PatchRef[]
}

const KUSTOMIZATION_FILE = /(^|\/)kustomization\.ya?ml$/i

export function isKustomizationPath(path: string): boolean {
  return KUSTOMIZATION_FILE.test(path)
}

/** Remote bases (`github.com/x/y//dir?ref=v1`, `https://…`) are outside the repository. */
function isRemote(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || ref.startsWith('git@') || /^(github|gitlab)\.com\//.test(ref)
}

/** kustomize's removeQuotes: one pair of matching surrounding quotes is dropped. */
export function removeQuotes(s: string): string {
  if (s.length < 2 || s[0] !== s[s.length - 1]) return s
  return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s
}

/**
 * Every kustomization.yaml of the repository, looked up by the names it holds (generated ConfigMaps and Secrets)
 * and by the repository paths its list entries resolve to (resources, components, bases, patches).
 */
export const KUSTOMIZATIONS: ReferencePool = {
  name: 'kustomizations',
  contains: path => isKustomizationPath(path),
  words(path, text) {
    // Names are looked up only for generated ConfigMaps and Secrets.
    const names = text.includes('Generator') ? nameWords(text) : []
    if (names === null) return null
    const dir = dirOf(path)
    for (const word of listWords(text)) {
      // Resolved as readKustomization resolves its entries, so that a lookup finds every kustomization it reads.
      const resolved = joinRel(dir, word)
      if (resolved !== null) names.push(pathWord(resolved))
    }
    return names
  }
}

/** The word a repository path is indexed and looked up by: the root (`''`, no word at all) is `.`. */
function pathWord(path: string): string {
  return path === '' ? '.' : path
}

export class KustomizeIndex {
  private readonly read = new Map<string, Kustomization | null>()
  private readonly fileParents = new Map<string, Kustomization[]>()
  private readonly dirParents = new Map<string, Kustomization[]>()
  private readonly files: Set<string>

  constructor(private readonly ctx: ExtractContext) {
    this.files = new Set(ctx.allFiles())
  }

  /** The kustomization in `path`, read once; null when it is not one (a Flux Kustomization, not a map). */
  private kustomization(path: string): Kustomization | null {
    let k = this.read.get(path)
    if (k === undefined) {
      const file = this.ctx.getFile(path)
      k = file ? readKustomization(file, this.files, this.ctx) : null
      this.read.set(path, k)
    }
    return k
  }

  /**
   * The kustomizations whose text holds `word`, by file: a name (of a generated ConfigMap or Secret) or a
   * repository path that one of their entries may resolve to.
   */
  mentioning(word: string): Kustomization[] {
    const out: Kustomization[] = []
    for (const path of this.ctx.mentioning(KUSTOMIZATIONS, word)) {
      const k = this.kustomization(path)
      if (k) out.push(k)
    }
    return out
  }

  /** Kustomizations that list the file `path` in their resources. */
  private parentsOfFile(path: string): Kustomization[] {
    let parents = this.fileParents.get(path)
    if (!parents) {
      parents = this.mentioning(pathWord(path)).filter(k => k.resourceFiles.has(path))
      this.fileParents.set(path, parents)
    }
    return parents
  }

  /** Kustomizations that include `k` (they list its directory). */
  parentsOf(k: Kustomization): Kustomization[] {
    let parents = this.dirParents.get(k.dir)
    if (!parents) {
      parents = this.mentioning(pathWord(k.dir)).filter(p => p.resourceDirs.has(k.dir))
      this.dirParents.set(k.dir, parents)
    }
    return parents.filter(p => p !== k)
  }

  /**
   * Every chain of kustomizations that builds `file`, innermost first, each ending at a kustomization that no
   * other includes. Empty when no kustomization lists the file. At most `limit` chains.
   */
  chainsOf(file: string, limit = 16): Kustomization[][] {
    const out: Kustomization[][] = []
    const walk = (k: Kustomization, chain: Kustomization[]): void => {
      if (out.length >= limit) return
      const next = [...chain, k]
      const parents = this.parentsOf(k).filter(p => !next.includes(p))
      if (parents.length === 0) {
        out.push(next)
        return
      }
      for (const p of parents) walk(p, next)
    }
    const direct = this.parentsOfFile(file)
    // A kustomization.yaml in the file's own directory that does not list it does not build it.
    for (const k of direct) walk(k, [])
    return out
  }

  /** Every kustomization that (directly or through others) builds `file` or the kustomization `k`. */
  ancestors(start: string | Kustomization): Set<Kustomization> {
    const seen = new Set<Kustomization>()
    const queue: Kustomization[] = typeof start === 'string' ? [...this.parentsOfFile(start)] : [start]
    for (let k = queue.shift(); k; k = queue.shift()) {
      if (seen.has(k)) continue
      seen.add(k)
      queue.push(...this.parentsOf(k))
    }
    return seen
  }

  /** The namespace a chain forces: the outermost `namespace:` along it. */
  static chainNamespace(chain: readonly Kustomization[]): { namespace: string; from: Kustomization } | null {
    for (let i = chain.length - 1; i >= 0; i--) {
      const ns = chain[i].namespace
      if (ns) return { namespace: ns, from: chain[i] }
    }
    return null
  }

  /**
   * The namespace kustomize gives objects in `file` (or generated by `k`), when every chain agrees or only
   * one forces one; `ambiguous` lists the others.
   */
  namespaceOf(
    start: string | Kustomization
  ): { namespace: string; from: Kustomization; others: string[] } | null {
    const chains = typeof start === 'string' ? this.chainsOf(start) : this.chainsFrom(start)
    const found = chains.map(c => KustomizeIndex.chainNamespace(c)).filter(x => x !== null)
    if (found.length === 0) return null
    const others = [...new Set(found.map(f => f.namespace))].filter(n => n !== found[0].namespace)
    return { ...found[0], others }
  }

  private chainsFrom(k: Kustomization): Kustomization[][] {
    const out: Kustomization[][] = []
    const walk = (cur: Kustomization, chain: Kustomization[]): void => {
      if (out.length >= 16) return
      const next = [...chain, cur]
      const parents = this.parentsOf(cur).filter(p => !next.includes(p))
      if (parents.length === 0) out.push(next)
      for (const p of parents) walk(p, next)
    }
    walk(k, [])
    return out
  }
}

function firstDoc(file: RepoFile): YamlDoc | undefined {
  return file.docs.find(d => !d.empty)
}

function readKustomization(file: RepoFile, files: Set<string>, ctx: ExtractContext): Kustomization | null {
  const doc = firstDoc(file)
  if (!doc) return null
  const k = obj(file.js(doc.index))
  if (!k) return null
  const kind = str(k.kind)
  if (kind && kind !== 'Kustomization' && kind !== 'Component') return null
  if (str(k.apiVersion)?.startsWith('kustomize.toolkit.fluxcd.io')) return null
  const dir = dirOf(file.path)
  const out: Kustomization = {
    file: file.path,
    dir,
    namespace: name(k.namespace),
    resourceFiles: new Set(),
    resourceDirs: new Set(),
    configMaps: [],
    secretNames: [],
    patches: []
  }
  for (const field of ['resources', 'components', 'bases']) {
    for (const entry of list(k[field])) {
      const ref = name(entry)
      if (!ref || isRemote(ref)) continue
      const rel = joinRel(dir, ref)
      if (rel === null) continue
      if (files.has(rel)) out.resourceFiles.add(rel)
      else if (ctx.exists(rel)) out.resourceDirs.add(rel)
    }
  }
  list(k.configMapGenerator).forEach((g, i) => {
    const gen = obj(g)
    const genName = gen && name(gen.name)
    if (!gen || !genName) return
    const behavior = str(gen.behavior)
    const keys = new Map<string, DataSource>()
    const base: NodePath = ['configMapGenerator', i]
    list(gen.files).forEach((f, j) => {
      const spec = name(f)
      if (!spec) return
      const eq = spec.indexOf('=')
      const key = eq > 0 ? spec.slice(0, eq).trim() : baseName(spec)
      const rel = joinRel(dir, eq > 0 ? spec.slice(eq + 1).trim() : spec)
      const line = lineAt(file, doc, [...base, 'files', j])
      if (rel === null)
        keys.set(key, {
          kind: 'unreadable',
          reason: `${spec} is outside the repository`,
          file: file.path,
          line
        })
      else keys.set(key, { kind: 'file', path: rel, declaredIn: file.path, line })
    })
    list(gen.literals).forEach((l, j) => {
      const spec = str(l)
      if (!spec) return
      const eq = spec.indexOf('=')
      if (eq <= 0) return
      keys.set(spec.slice(0, eq), {
        kind: 'literal',
        text: removeQuotes(spec.slice(eq + 1)),
        declaredIn: file.path,
        line: lineAt(file, doc, [...base, 'literals', j])
      })
    })
    for (const envField of ['envs', 'env']) {
      const envs = envField === 'env' ? [gen.env] : list(gen.envs)
      for (const e of envs) {
        const envFile = name(e)
        if (envFile)
          keys.set(`(env file ${envFile})`, {
            kind: 'unreadable',
            reason: `env file ${envFile} is not read`,
            file: file.path,
            line: lineAt(file, doc, [...base])
          })
      }
    }
    out.configMaps.push({
      name: genName,
      namespace: name(gen.namespace),
      behavior: behavior === 'merge' || behavior === 'replace' ? behavior : 'create',
      line: lineAt(file, doc, base),
      keys
    })
  })
  for (const g of list(k.secretGenerator)) {
    const n = name(obj(g)?.name)
    if (n) out.secretNames.push(n)
  }
  readPatches(file, doc, k, out)
  return out
}

function readPatches(file: RepoFile, doc: YamlDoc, k: Record<string, unknown>, out: Kustomization): void {
  const add = (entry: unknown, field: string, i: number, json6902: boolean): void => {
    const line = lineAt(file, doc, [field, i])
    const label = `${field}[${i}]`
    if (typeof entry === 'string') {
      // patchesStrategicMerge: a path, or an inline patch (it holds a newline or a colon).
      if (/[\n:]/.test(entry))
        out.patches.push({ kustomization: file.path, line, label, text: entry, json6902 })
      else {
        const rel = joinRel(out.dir, entry.trim())
        if (rel) out.patches.push({ kustomization: file.path, line, label, file: rel, json6902 })
      }
      return
    }
    const p = obj(entry)
    if (!p) return
    const t = obj(p.target)
    const target = t ? { kind: name(t.kind), name: name(t.name), namespace: name(t.namespace) } : undefined
    const path = name(p.path)
    const text = str(p.patch)
    if (path) {
      const rel = joinRel(out.dir, path)
      if (rel) out.patches.push({ kustomization: file.path, line, label, file: rel, target, json6902 })
    } else if (text) out.patches.push({ kustomization: file.path, line, label, text, target, json6902 })
  }
  list(k.patches).forEach((e, i) => add(e, 'patches', i, false))
  list(k.patchesStrategicMerge).forEach((e, i) => add(e, 'patchesStrategicMerge', i, false))
  list(k.patchesJson6902).forEach((e, i) => add(e, 'patchesJson6902', i, true))
}
