/**
 * Small read helpers over parsed YAML documents: plain-JS field access with Kubernetes' string view of scalars,
 * and 1-based lines of nodes (the key's line for a map entry, the dash's line for a list item).
 */
import { isMap, isScalar, isSeq } from 'yaml'
import type { Node } from 'yaml'
import type { NodePath } from '../../model.js'
import { isPlainObject } from '../../values/setpath.js'
import { normaliseRel } from '../../engine/context.js'
import type { RepoFile, YamlDoc } from '../../yaml/file.js'

export type Obj = Record<string, unknown>

export function obj(v: unknown): Obj | undefined {
  return isPlainObject(v) ? v : undefined
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : []
}

/**
 * A scalar as the string Kubernetes would see: strings as they are, numbers and booleans by their text
 * (`version: 1.10` is read back from the source so that it stays `1.10`, not `1.1`).
 */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return undefined
}

/** A non-empty trimmed string, or undefined. */
export function name(v: unknown): string | undefined {
  const s = str(v)?.trim()
  return s ? s : undefined
}

function child(node: unknown, key: string | number): { key: Node | null; value: Node | null } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key
      const ks = isScalar(k) ? String(k.value) : k
      if (ks === key || (typeof key === 'number' && ks === String(key)))
        return { key: (k as Node) ?? null, value: (pair.value as Node) ?? null }
    }
    return undefined
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key] as Node | undefined
    return item ? { key: null, value: item } : undefined
  }
  return undefined
}

/** The node at `path` (undefined when a step is missing). */
export function nodeAt(doc: YamlDoc, path: NodePath): Node | null | undefined {
  let cur: Node | null | undefined = doc.doc.contents as Node | null
  for (const key of path) {
    const c = child(cur, key)
    if (!c) return undefined
    cur = c.value
  }
  return cur
}

/** 1-based line of the entry at `path`: its key for a map entry, the item for a list entry. */
export function lineAt(file: RepoFile, doc: YamlDoc, path: NodePath): number | null {
  if (path.length === 0) return doc.line
  const parent = nodeAt(doc, path.slice(0, -1))
  const c = child(parent, path[path.length - 1])
  const node = c?.key ?? c?.value
  const start = node?.range?.[0]
  return start === undefined ? null : file.lineAt(start)
}

/** The source text of a scalar (for versions: `1.10` stays `1.10`). */
export function scalarSource(file: RepoFile, doc: YamlDoc, path: NodePath): string | undefined {
  const node = nodeAt(doc, path)
  if (!isScalar(node)) return undefined
  if (typeof node.value === 'string') return node.value
  if (node.value === null || node.value === undefined) return undefined
  const range = node.range
  if (!range) return String(node.value)
  return file.text.slice(range[0], range[1]).trim()
}

/** The directory of a repo-relative path ('' at the root). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Join a repo-relative directory and a relative reference; null when it climbs out of the root. */
export function joinRel(dir: string, ref: string): string | null {
  // The reference is relative to the directory even when it starts with a slash.
  return normaliseRel(`${dir}/${ref}`.replace(/^[/\\]+/, ''))
}

/** Is `path` the directory `dir` or inside it? */
export function isUnder(path: string, dir: string): boolean {
  return dir === '' || path === dir || path.startsWith(`${dir}/`)
}
