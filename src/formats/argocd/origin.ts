/**
 * Where a group of Argo CD source fields was read from, and how to point at them: the manifest itself, a
 * `.argocd-source*.yaml` override file, or the YAML held by an ApplicationSet's `spec.templatePatch` string.
 * Every layer and message takes its file, node path and line from an Origin.
 */
import { isMap, isScalar, isSeq, Scalar } from 'yaml'
import type { Document, Node } from 'yaml'
import type { NodePath } from '../../model.js'
import type { RepoFile } from '../../yaml/file.js'

export interface Origin {
  /** The repository file the fields are in (the outer file for a templatePatch). */
  file: RepoFile
  docIndex: number
  /** Node path of the source map in the document: `helm` and `chart` live under it. */
  base: NodePath
  /** `base` for people: `spec.sources[1]`, '' for an override file's root. */
  yamlBase: string
  /** Set when nothing read from here may be written (a templatePatch). */
  readOnly?: string
  /** 1-based line of the key (or list item) at `sub` under `base`; the source's own line for `[]`. */
  line(sub: NodePath): number | null
  /** 1-based line where the value at `sub` starts (a block scalar's first content line). */
  valueLine(sub: NodePath): number | null
  /** The source text of the node at `sub`, to see a template that YAML read as a flow map. */
  text(sub: NodePath): string | undefined
}

/** An origin inside one parsed document of a repository file. */
export function docOrigin(
  file: RepoFile,
  docIndex: number,
  base: NodePath,
  yamlBase: string,
  readOnly?: string
): Origin {
  const doc = file.docs.find(d => d.index === docIndex)?.doc
  return nodeOrigin(file, docIndex, base, yamlBase, doc, file.text, file.lineAt, readOnly)
}

/**
 * An origin inside YAML text held by a string scalar of `file` (a templatePatch): lines are mapped back to the
 * outer file from `firstLine`, the outer line of the text's first line.
 */
export function embeddedOrigin(
  file: RepoFile,
  docIndex: number,
  inner: RepoFile,
  firstLine: number,
  base: NodePath,
  yamlBase: string,
  readOnly: string
): Origin {
  const doc = inner.docs[0]?.doc
  const lineAt = (offset: number): number => firstLine + inner.lineAt(offset) - 1
  return nodeOrigin(file, docIndex, base, yamlBase, doc, inner.text, lineAt, readOnly)
}

function nodeOrigin(
  file: RepoFile,
  docIndex: number,
  base: NodePath,
  yamlBase: string,
  doc: Document.Parsed | undefined,
  text: string,
  lineAt: (offset: number) => number,
  readOnly: string | undefined
): Origin {
  const nodeAt = (path: NodePath): Node | undefined =>
    doc ? (doc.getIn(path as (string | number)[], true) as Node | undefined) : undefined
  const startLine = (node: unknown): number | null => {
    const range = (node as Node | undefined)?.range
    return range ? lineAt(range[0]) : null
  }
  return {
    file,
    docIndex,
    base,
    yamlBase,
    readOnly,
    line(sub) {
      const path = [...base, ...sub]
      if (path.length === 0) return startLine(doc?.contents) ?? 1
      const parent = nodeAt(path.slice(0, -1))
      const last = path[path.length - 1]
      if (isMap(parent)) {
        const pair = parent.items.find(p => isScalar(p.key) && String(p.key.value) === String(last))
        if (pair) return startLine(pair.key)
      } else if (isSeq(parent) && typeof last === 'number') {
        return startLine(parent.items[last])
      }
      return sub.length > 0 ? this.line(sub.slice(0, -1)) : null
    },
    valueLine(sub) {
      const node = nodeAt([...base, ...sub])
      const line = startLine(node)
      if (line === null) return this.line(sub)
      const block =
        isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)
      return block ? line + 1 : line
    },
    text(sub) {
      const range = nodeAt([...base, ...sub])?.range
      return range ? text.slice(range[0], range[1]).trim() : undefined
    }
  }
}

export function joinYamlPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`
  return base ? `${base}.${key}` : key
}
