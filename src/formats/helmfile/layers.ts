/**
 * Value layers that point at files: resolving a path written in a helmfile or kustomization to a repository file,
 * and turning that file into a layer. Shared by the helmfile and kustomize readers.
 */
import { posix } from 'node:path'
import type { ValueLayer } from '../../model.js'
import type { ExtractContext } from '../types.js'
import { hasTemplates } from '../../yaml/file.js'
import { isPlainObject } from '../../values/setpath.js'
import { nodeToJs } from './yamlnodes.js'

export type ResolvedPath =
  | { kind: 'repo'; path: string }
  | { kind: 'templated'; raw: string }
  | { kind: 'remote'; raw: string }
  | { kind: 'outside'; raw: string }

/** Where a path written in a file in `dir` points: a repository file, a template, a URL, or outside the root. */
export function resolvePath(dir: string, raw: string): ResolvedPath {
  const p = raw.trim()
  if (p.includes('{{') || /\$\{[^}]*\}/.test(p)) return { kind: 'templated', raw: p }
  // go-getter (`git::https://…//path?ref=v1`) and URLs.
  if (p.includes('::') || /^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return { kind: 'remote', raw: p }
  if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p)) return { kind: 'outside', raw: p }
  const joined = posix.normalize(posix.join(dir || '.', p.replace(/\\/g, '/')))
  if (joined === '..' || joined.startsWith('../')) return { kind: 'outside', raw: p }
  return { kind: 'repo', path: joined === '.' ? '' : joined.replace(/\/+$/, '') }
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/')
  return i < 0 ? '' : path.slice(0, i)
}

export function joinPath(dir: string, name: string): string {
  return dir ? `${dir}/${name}` : name
}

export interface FileLayerOptions {
  label: string
  /** The file is rendered as a Go template before Helm reads it (helmfile `.gotmpl`). */
  rendered?: boolean
}

/**
 * A repository values file as a layer: its first document (what Helm reads), editable at its root unless the
 * file is a template. An empty file or a comment-only document is an empty, writable map.
 */
export function valuesFileLayer(
  ctx: ExtractContext,
  path: string,
  opts: FileLayerOptions
): ValueLayer | null {
  const file = ctx.getFile(path)
  if (!file) return null
  const layer: ValueLayer = {
    label: opts.label,
    kind: 'values-file',
    file: path,
    line: 1,
    yamlPath: '',
    values: null
  }
  const doc = file.docs.find(d => d.index === 0)
  if (!doc) {
    if (file.problems.length > 0) {
      layer.readOnlyReason = `${path} could not be parsed`
      return layer
    }
    layer.values = {}
    layer.target = { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] }
    return layer
  }
  layer.line = doc.line
  const tree = doc.empty ? {} : nodeToJs(file, doc.doc, doc.doc.contents as never)
  if (!isPlainObject(tree)) {
    layer.readOnlyReason = `${path} is not a map of values`
    return layer
  }
  layer.values = tree
  if (opts.rendered && hasTemplates(file.text)) {
    layer.readOnlyReason = `${path} is a Go template that helmfile renders before Helm reads it`
    return layer
  }
  if (file.templated) {
    layer.readOnlyReason = `${path} only parses with its templates masked`
    return layer
  }
  layer.target = { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] }
  return layer
}

/** A layer the tool cannot read: a templated path, a URL, a file outside the repository. */
export function unreadableLayer(
  label: string,
  kind: ValueLayer['kind'],
  line: number,
  reason: string
): ValueLayer {
  return { label, kind, file: null, line, yamlPath: '', values: null, readOnlyReason: reason }
}
