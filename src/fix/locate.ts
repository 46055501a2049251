/**
 * Where a planned edit lands, as a line for people and review comments: the line of the key the edit changes
 * when it exists, else the line of its deepest existing parent (where the new keys are added). Read-only: it
 * walks the documents the scan already parsed.
 */
import { isMap, isScalar, isSeq, Scalar } from 'yaml'
import type { Node, Pair } from 'yaml'
import type { NodePath, PlannedEdit } from '../model.js'
import { parseRepoFile, type RepoFile } from '../yaml/file.js'
import { findHeredocs, heredocYaml } from './heredoc.js'

/** Embedded values parsed once per string node, however many edits land in them. */
const innerFiles = new WeakMap<Scalar, RepoFile>()

interface Found {
  /** Offset of the deepest node found (a pair's key when the step went through a map). */
  offset: number
  node: Node | null
}

function walk(root: Node | null, path: NodePath, start: number): Found {
  let node = root
  let offset = root?.range?.[0] ?? start
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!isSeq(node) || !node.items[seg]) break
      node = node.items[seg] as Node
      offset = node.range?.[0] ?? offset
      continue
    }
    if (!isMap(node)) break
    const pair = node.items.find(p => keyText(p) === seg)
    if (!pair) break
    const key = pair.key as Node | null
    offset = key?.range?.[0] ?? offset
    node = pair.value as Node | null
  }
  return { offset, node }
}

function keyText(pair: Pair): string | null {
  const k = pair.key
  if (isScalar(k)) return String(k.value)
  return null
}

/** 1-based line in `file` where `edit` lands, or null when its document is gone. */
export function editLine(file: RepoFile, edit: PlannedEdit): number | null {
  if (edit.target.type === 'hcl-heredoc') return heredocLine(file, edit, edit.target.heredoc)
  const doc = file.docs.find(d => d.index === edit.target.docIndex)
  if (!doc) return null
  const contents = doc.doc.contents as Node | null
  const t = edit.target
  if (t.type === 'yaml-map') {
    return file.lineAt(walk(contents, [...t.nodePath, ...edit.path], doc.doc.range[0]).offset)
  }
  const outer = walk(contents, t.nodePath, doc.doc.range[0])
  const outerLine = file.lineAt(outer.offset)
  if (t.type === 'set-list') return outerLine
  // Embedded YAML: a literal block's lines are the value's lines, starting on the line after its header, so an
  // inner line maps onto the file by adding the header's line. A folded block joins lines, and a quoted or plain
  // string is one place: those land on the key.
  const scalar = outer.node
  if (!isScalar(scalar) || scalar.type !== Scalar.BLOCK_LITERAL || typeof scalar.value !== 'string')
    return outerLine
  if (!scalar.range) return outerLine
  let inner = innerFiles.get(scalar)
  if (!inner) {
    inner = parseRepoFile(file.path, scalar.value)
    innerFiles.set(scalar, inner)
  }
  const innerDoc = inner.docs[0]
  if (!innerDoc) return outerLine
  const found = walk(innerDoc.doc.contents as Node | null, edit.path, innerDoc.doc.range[0])
  return file.lineAt(scalar.range[0]) + inner.lineAt(found.offset)
}

/** A Terraform heredoc's body lines are the file's lines after its opener. */
function heredocLine(file: RepoFile, edit: PlannedEdit, ordinal: number): number | null {
  const span = findHeredocs(file.text)[ordinal]
  if (!span) return null
  const inner = parseRepoFile(file.path, heredocYaml(file.text, span).yaml)
  const doc = inner.docs[0]
  if (!doc) return span.openLine
  const found = walk(doc.doc.contents as Node | null, edit.path, doc.doc.range[0])
  return span.openLine + inner.lineAt(found.offset)
}
