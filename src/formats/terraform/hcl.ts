/**
 * The HCL parser: tree-sitter's HCL grammar (the Terraform dialect) on web-tree-sitter. It keeps every node's
 * position, which the reader needs for lines and for editing a heredoc in place; HashiCorp's own parser compiled
 * to WASM (@cdktf/hcl2json) returns JSON without positions and is eight times the size.
 *
 * Loading the WASM is asynchronous and done once per process (`loadHclParser`, awaited by the scan before the
 * readers run, and only when the tree holds Terraform files); parsing is synchronous, like every reader.
 * The two `.wasm` files are looked for beside the running script first (the bundles in dist/ carry copies, see
 * scripts/bundle.mjs), then in the packages (tests and source runs).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Language, Parser } from 'web-tree-sitter'
import type { Node } from 'web-tree-sitter'

export type HclNode = Node

const RUNTIME_WASM = 'tree-sitter.wasm'
const GRAMMAR_WASM = 'tree-sitter-terraform.wasm'
const PACKAGE_PATHS: Record<string, string> = {
  [RUNTIME_WASM]: 'web-tree-sitter/tree-sitter.wasm',
  [GRAMMAR_WASM]: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'
}

let loading: Promise<Parser> | null = null
let parser: Parser | null = null

/** Where a WASM file is: beside this script (a bundle), else in its package. */
export function wasmPath(name: string): string {
  const here = dirname(fileURLToPath(import.meta.url))
  const beside = join(here, name)
  if (existsSync(beside)) return beside
  return createRequire(import.meta.url).resolve(PACKAGE_PATHS[name])
}

/** Load the parser once; later calls return the same promise. */
export function loadHclParser(): Promise<Parser> {
  loading ??= (async () => {
    await Parser.init({ wasmBinary: readFileSync(wasmPath(RUNTIME_WASM)) } as never)
    const language = await Language.load(readFileSync(wasmPath(GRAMMAR_WASM)))
    const p = new Parser()
    p.setLanguage(language)
    parser = p
    return p
  })()
  return loading
}

export function hclParserLoaded(): boolean {
  return parser !== null
}

export interface HclTree {
  root: HclNode
  /** Line (1-based) and text of the first syntax error, if any. */
  error: { line: number; text: string } | null
  /** Frees the tree's WASM memory; nodes are unusable afterwards. */
  dispose(): void
}

/** Parse HCL text. Throws when `loadHclParser` has not finished (a bug in the caller, not bad input). */
export function parseHcl(text: string): HclTree {
  if (!parser) throw new Error('the HCL parser is not loaded')
  const tree = parser.parse(text)
  if (!tree) throw new Error('the HCL parser returned no tree')
  const root = tree.rootNode
  let error: HclTree['error'] = null
  if (root.hasError) {
    const bad = firstError(root)
    error = bad ? { line: bad.startPosition.row + 1, text: bad.text.slice(0, 40) } : { line: 1, text: '' }
  }
  return { root, error, dispose: () => tree.delete() }
}

function firstError(node: HclNode): HclNode | null {
  if (node.type === 'ERROR' || node.isMissing) return node
  for (const child of node.children) {
    if (child && child.hasError) {
      const found = firstError(child)
      if (found) return found
    }
  }
  return null
}

/** The named children of a node, without nulls. */
export function kids(node: HclNode): HclNode[] {
  return node.namedChildren.filter((n): n is HclNode => n !== null)
}

/** 1-based line of a node. */
export function lineOf(node: HclNode): number {
  return node.startPosition.row + 1
}
