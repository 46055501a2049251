/**
 * Reading fields out of parsed YAML nodes the way helmfile and kustomize see them: through YAML 1.1 merge keys
 * (`<<: *base`), with the node path of every value so that an edit can be aimed at the node that really holds it,
 * and with Go templates kept as their source text. Shared by the helmfile and kustomize readers.
 */
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, Scalar, visit } from 'yaml'
import type { Document, Node, YAMLMap } from 'yaml'
import type { NodePath } from '../../model.js'
import { hasTemplates, maskTemplates, MAX_ALIAS_COUNT, type RepoFile } from '../../yaml/file.js'

/** Node path of every collection in a document, so a map reached through an alias can be addressed. */
export function indexPaths(contents: unknown): Map<unknown, NodePath> {
  const out = new Map<unknown, NodePath>()
  const walk = (node: unknown, path: NodePath, depth: number): void => {
    if (depth > 200) return
    if (isMap(node)) {
      out.set(node, path)
      for (const pair of node.items) {
        const k = keyName(pair.key)
        if (k !== null) walk(pair.value, [...path, k], depth + 1)
      }
    } else if (isSeq(node)) {
      out.set(node, path)
      node.items.forEach((item, i) => walk(item, [...path, i], depth + 1))
    }
  }
  walk(contents, [], 0)
  return out
}

export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false
  const v = key.value
  return (
    (v === '<<' && (!key.type || key.type === Scalar.PLAIN)) ||
    (typeof v === 'symbol' && v.description === '<<')
  )
}

/** A map key as helmfile's Go structs see it (scalars only). */
export function keyName(key: unknown): string | null {
  if (isScalar(key)) {
    if (typeof key.value === 'symbol') return null
    return key.value === null ? '' : String(key.value)
  }
  return typeof key === 'string' ? key : null
}

/** A value found in a map, possibly through a merge key. */
export interface FieldRef {
  /** The value node (null for `key:` with nothing after it). */
  node: Node | null
  /** Node path of the value inside its document. */
  path: NodePath
  /** Line of the key. */
  keyOffset: number
  /** False when the value comes from a merge source (`<<: *anchor`), i.e. a node shared with other maps. */
  own: boolean
  /** The anchor the value came through, for messages. */
  via?: string
}

/**
 * `map[key]` with YAML 1.1 merge semantics: the map's own key wins (the last one, as duplicate keys resolve),
 * then merge sources in order (earlier sources win).
 */
export function getField(
  doc: Document,
  map: YAMLMap,
  key: string,
  mapPath: NodePath,
  paths: Map<unknown, NodePath>,
  depth = 0
): FieldRef | undefined {
  let own: FieldRef | undefined
  for (const pair of map.items) {
    if (keyName(pair.key) !== key || isMergeKey(pair.key)) continue
    const keyNode = pair.key as Node
    own = {
      node: (pair.value as Node | null) ?? null,
      path: [...mapPath, key],
      keyOffset: keyNode?.range?.[0] ?? 0,
      own: true
    }
  }
  if (own || depth > 20) return own
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue
    for (const { source, anchor } of mergeSources(doc, pair.value)) {
      const sourcePath = paths.get(source)
      if (!sourcePath) continue
      const found = getField(doc, source, key, sourcePath, paths, depth + 1)
      if (found) return { ...found, own: false, via: found.via ?? anchor }
    }
  }
  return undefined
}

/** Keys of a map including those merged in, own keys first. */
export function fieldNames(doc: Document, map: YAMLMap, depth = 0): string[] {
  const names = new Set<string>()
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) continue
    const k = keyName(pair.key)
    if (k !== null) names.add(k)
  }
  if (depth > 20) return [...names]
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue
    for (const { source } of mergeSources(doc, pair.value)) {
      for (const k of fieldNames(doc, source, depth + 1)) names.add(k)
    }
  }
  return [...names]
}

function mergeSources(doc: Document, value: unknown): { source: YAMLMap; anchor?: string }[] {
  const out: { source: YAMLMap; anchor?: string }[] = []
  const add = (v: unknown): void => {
    if (isAlias(v)) {
      const target = safeResolve(doc, v)
      if (isMap(target)) out.push({ source: target, anchor: v.source })
    } else if (isMap(v)) {
      out.push({ source: v })
    }
  }
  if (isSeq(value)) value.items.forEach(add)
  else add(value)
  return out
}

/** An alias's target, or the node itself. */
export function deref(doc: Document, node: unknown): Node | null {
  if (isAlias(node)) return (safeResolve(doc, node) as Node | undefined) ?? null
  return (node as Node | null) ?? null
}

function safeResolve(doc: Document, alias: unknown): unknown {
  try {
    return isAlias(alias) ? alias.resolve(doc) : undefined
  } catch {
    return undefined
  }
}

/** The Go template a flow collection really is: `{{ .Values.x }}` parses as nested flow maps when unquoted. */
function templateCollection(text: string, node: unknown): boolean {
  return isCollection(node) && !!node.flow && !!node.range && text.startsWith('{{', node.range[0])
}

/**
 * A scalar's text as a Go struct's string field receives it: plain scalars keep their source spelling
 * (`no` stays "no", `1.10` stays "1.10"), quoted and block scalars their value; an unquoted template is its text.
 */
export function scalarText(file: RepoFile, node: unknown): string | null {
  if (isScalar(node)) {
    const v = node.value
    if (v === null || v === undefined) return null
    if (typeof v === 'string') return v
    if (node.range && (!node.type || node.type === Scalar.PLAIN)) {
      return file.text.slice(node.range[0], node.range[1]).trim()
    }
    return String(v)
  }
  if (templateCollection(file.text, node)) {
    const range = (node as Node).range as [number, number, number]
    return file.text.slice(range[0], range[1]).trim()
  }
  return null
}

/**
 * Plain JS of a node. An unquoted `{{ .Values.x }}` that parsed as nested flow maps (the file then never needed
 * masking) becomes its source text again, so a template never poses as a map with a strange key.
 */
export function nodeToJs(file: RepoFile, doc: Document, node: Node | null): unknown {
  if (node === null) return null
  if (templateCollection(file.text, node)) return scalarText(file, node)
  let target: Node = node
  if (!file.templated && hasTemplates(file.text)) {
    target = node.clone() as Node
    visit(target, {
      Collection(_key, n) {
        if (!templateCollection(file.text, n)) return undefined
        const range = n.range as [number, number, number]
        return new Scalar(file.text.slice(range[0], range[1]).trim())
      }
    })
  }
  try {
    return target.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT })
  } catch {
    return undefined
  }
}

/** 1-based line where a node starts. */
export function lineOf(file: RepoFile, node: unknown, fallback: number): number {
  const range = isPair(node) ? (node.key as Node | null)?.range : (node as Node | null)?.range
  return range ? file.lineAt(range[0]) : fallback
}

/**
 * Whether Go templates shape a node rather than sit inside one of its scalars: a template alone on its line
 * inside the node (`{{- if }}`, `{{ range }}`, `{{ toYaml .x | nindent 4 }}`), or right after it before the next
 * YAML line (generated entries, an `{{ else }}` branch). The node's literal text is then not what helmfile
 * renders, and it must not be edited. A template inside a scalar (`password: {{ env "X" }}`) does not count, nor
 * an `{{ end }}` right after the node (it closes a block opened before it, around the whole release).
 */
export function hasStructuralTemplate(file: RepoFile, node: Node | null): boolean {
  if (!node?.range || !file.text.includes('{{')) return false
  const text = file.text
  const end = node.range[2]
  if (hasTemplateLines(file, node)) return true
  const after = text.slice(end).split('\n')
  // The rest of the line the node ends on, then whole lines.
  if (after[0].trim() !== '' && !isTemplateLine(after[0])) return false
  for (const line of after) {
    const t = line.trim()
    if (t === '' || t.startsWith('#')) continue
    if (!isTemplateLine(line)) return false
    if (!/^\{\{-?\s*end\s*-?\}\}$/.test(t)) return true
  }
  return false
}

/** Whether a template stands alone on a line inside the node's own text. */
export function hasTemplateLines(file: RepoFile, node: Node | null): boolean {
  if (!node?.range || !file.text.includes('{{')) return false
  return file.text.slice(node.range[0], node.range[2]).split('\n').some(isTemplateLine)
}

function isTemplateLine(line: string): boolean {
  return line.includes('{{') && maskTemplates(line).trim() === ''
}

/** `releases[3].values[1]` for a node path. */
export function pathLabel(path: NodePath): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else out += out === '' ? seg : `.${seg}`
  }
  return out
}
