/**
 * The Terraform files of one extract run: which paths are Terraform's, each file parsed once (trees are freed
 * at the end of the run), and the scope of a module directory (variables.tf defaults, tfvars, locals).
 */
import type { ExtractContext } from '../types.js'
import { filesUnder } from '../../engine/context.js'
import { kids, lineOf, parseHcl, type HclNode, type HclTree } from './hcl.js'
import { evalExpr, Unknown, type Defined, type Scope, type Val } from './eval.js'

const TF_FILE = /\.tf$/i
const TFVARS_FILE = /\.tfvars$/i
const AUTO_TFVARS = /(^|\/)(terraform\.tfvars|[^/]*\.auto\.tfvars)$/i
const TERRAGRUNT_FILE = /(^|\/)terragrunt\.hcl$/i

/** Files the Terraform reader reads: `.tf`, `.tfvars` and `terragrunt.hcl`. */
export function isTerraformPath(path: string): boolean {
  return TF_FILE.test(path) || TFVARS_FILE.test(path) || TERRAGRUNT_FILE.test(path)
}

export function isTfPath(path: string): boolean {
  return TF_FILE.test(path)
}

export function isTerragruntPath(path: string): boolean {
  return TERRAGRUNT_FILE.test(path)
}

export interface HclFile {
  path: string
  text: string
  root: HclNode
}

/** A block's type, its labels and its body. */
export interface Block {
  type: string
  labels: string[]
  body: HclNode | null
  node: HclNode
  line: number
}

export function blocksOf(body: HclNode | null): Block[] {
  if (!body) return []
  return kids(body)
    .filter(n => n.type === 'block')
    .map(n => {
      const parts = kids(n)
      return {
        type: parts[0]?.text ?? '',
        labels: parts
          .slice(1)
          .filter(p => p.type === 'string_lit' || p.type === 'identifier')
          .map(p => (p.type === 'identifier' ? p.text : p.text.replace(/^"|"$/g, ''))),
        body: parts.find(p => p.type === 'body') ?? null,
        node: n,
        line: lineOf(n)
      }
    })
}

/** A body's attributes by name (the last one wins, as HCL would refuse a duplicate). */
export function attributesOf(body: HclNode | null): Map<string, { expr: HclNode; line: number }> {
  const out = new Map<string, { expr: HclNode; line: number }>()
  if (!body) return out
  for (const n of kids(body)) {
    if (n.type !== 'attribute') continue
    const parts = kids(n)
    const expr = parts.find(p => p.type === 'expression')
    if (parts[0] && expr) out.set(parts[0].text, { expr, line: lineOf(n) })
  }
  return out
}

/** The top body of a file. */
export function fileBody(file: HclFile): HclNode | null {
  return kids(file.root).find(n => n.type === 'body') ?? null
}

export class TerraformFiles {
  private readonly trees = new Map<string, HclTree | null>()
  private readonly scopes = new Map<string, Scope>()

  constructor(private readonly ctx: ExtractContext) {}

  /** A parsed file, or null (missing, unreadable, or not HCL: reported once). */
  get(path: string): HclFile | null {
    let tree = this.trees.get(path)
    if (tree === undefined) {
      const file = this.ctx.getFile(path)
      tree = file ? parseHcl(file.text) : null
      if (tree?.error)
        this.ctx.report({
          file: path,
          line: tree.error.line,
          message: `HCL syntax error near ${JSON.stringify(tree.error.text)}; the rest of the file is read as far as it parses`
        })
      this.trees.set(path, tree)
    }
    if (!tree) return null
    const file = this.ctx.getFile(path)
    return file ? { path, text: file.text, root: tree.root } : null
  }

  /** The `.tf` files directly in a directory ('' for the root), sorted. */
  tfFilesIn(dir: string): string[] {
    return this.filesIn(dir).filter(p => TF_FILE.test(p))
  }

  filesIn(dir: string): string[] {
    const prefix = dir ? `${dir}/` : ''
    return filesUnder(this.ctx.allFiles(), dir).filter(p => !p.slice(prefix.length).includes('/'))
  }

  /**
   * The scope of the module in `dir`: `var.x` from the variables' defaults, overridden by the tfvars files
   * Terraform loads by itself (terraform.tfvars, *.auto.tfvars), then by `inputs` (a Terragrunt caller); other
   * `*.tfvars` files count when they agree (they are passed with -var-file, so any one of them may apply).
   * `local.x` from the module's `locals` blocks, evaluated on demand.
   */
  scope(dir: string, inputs?: ReadonlyMap<string, Val>, inputExprs?: ReadonlyMap<string, Defined>): Scope {
    const key = inputs ? null : dir
    const cached = key !== null ? this.scopes.get(key) : undefined
    if (cached) return cached
    const defaults = new Map<string, Val>()
    const localExprs = new Map<string, HclNode>()
    const localFiles = new Map<string, HclFile>()
    for (const path of this.tfFilesIn(dir)) {
      const file = this.get(path)
      if (!file) continue
      for (const b of blocksOf(fileBody(file))) {
        if (b.type === 'variable' && b.labels[0]) {
          const def = attributesOf(b.body).get('default')
          if (def) defaults.set(b.labels[0], evalExpr(def.expr, { ...LITERAL_SCOPE, moduleDir: dir }))
        } else if (b.type === 'locals') {
          for (const [name, attr] of attributesOf(b.body)) {
            localExprs.set(name, attr.expr)
            localFiles.set(name, file)
          }
        }
      }
    }
    const auto = new Map<string, Val>()
    const other = new Map<string, { value: Val; file: string }[]>()
    for (const path of this.filesIn(dir).filter(p => TFVARS_FILE.test(p))) {
      const file = this.get(path)
      if (!file) continue
      for (const [name, attr] of attributesOf(fileBody(file))) {
        const value = evalExpr(attr.expr, { ...LITERAL_SCOPE, moduleDir: dir })
        if (AUTO_TFVARS.test(path)) auto.set(name, value)
        else other.set(name, [...(other.get(name) ?? []), { value, file: path }])
      }
    }
    const locals = new Map<string, Val>()
    const evaluating = new Set<string>()
    const scope: Scope = {
      moduleDir: dir,
      variableExpr: name => inputExprs?.get(name),
      localExpr(name) {
        const expr = localExprs.get(name)
        const file = localFiles.get(name)
        return expr && file ? { expr, file } : undefined
      },
      variable(name) {
        if (inputs?.has(name)) return inputs.get(name)
        if (auto.has(name)) return auto.get(name)
        const given = other.get(name)
        if (given) {
          const first = JSON.stringify(given[0].value)
          if (given.every(g => JSON.stringify(g.value) === first)) return given[0].value
          return new Unknown(`var.${name}`, `var.${name} differs in ${given.map(g => g.file).join(', ')}`)
        }
        return defaults.get(name)
      },
      local(name) {
        if (locals.has(name)) return locals.get(name)
        const expr = localExprs.get(name)
        if (!expr) return undefined
        if (evaluating.has(name)) return new Unknown(`local.${name}`, `local.${name} refers to itself`)
        evaluating.add(name)
        const value = evalExpr(expr, scope)
        evaluating.delete(name)
        locals.set(name, value)
        return value
      }
    }
    if (key !== null) this.scopes.set(key, scope)
    return scope
  }

  dispose(): void {
    for (const tree of this.trees.values()) tree?.dispose()
    this.trees.clear()
    this.scopes.clear()
  }
}

/** Variable defaults and tfvars are literals: they may not refer to anything. */
const LITERAL_SCOPE: Scope = { moduleDir: '', variable: () => undefined, local: () => undefined }
