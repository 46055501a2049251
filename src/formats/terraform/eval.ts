/**
 * Evaluating HCL expressions as far as they are literal: strings (with their interpolations resolved when the
 * referenced values are literal), numbers, bools, null, tuples, objects, `var.x` and `local.x` (from the module's
 * scope, see scope.ts), `path.module`. Anything else (a resource attribute, a function call, a conditional) is an
 * Unknown that keeps its source text, so that a message can show it and the judge sees a placeholder (TKI102).
 */
import { commonIndent } from '../../fix/heredoc.js'
import { kids, type HclNode } from './hcl.js'

/** A value the tool cannot know from the files: `text` is the expression as written. */
export class Unknown {
  constructor(
    readonly text: string,
    readonly why: string
  ) {}
}

export type Val = null | boolean | number | string | Unknown | Val[] | { [key: string]: Val }

/** Where `var.x`, `local.x` and `path.module` come from. */
export interface Scope {
  /** Repo-relative directory of the module ('' at the root). */
  moduleDir: string
  variable(name: string): Val | undefined
  local(name: string): Val | undefined
  /** The expression a local is defined by, to read `values = [local.x]` where x is a file() call or a heredoc. */
  localExpr?(name: string): Defined | undefined
  /** The expression a caller (a module block, Terragrunt inputs) gives a variable, read in the caller's scope. */
  variableExpr?(name: string): Defined | undefined
}

/** An expression, the file it is written in, and the scope it is read in. */
export interface Defined {
  expr: HclNode
  file: { path: string; text: string; root: HclNode }
  /** Absent: the scope of the reference. */
  scope?: Scope
}

export const EMPTY_SCOPE: Scope = { moduleDir: '', variable: () => undefined, local: () => undefined }

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown
}

/** Any Unknown inside a value. */
export function hasUnknown(v: Val): boolean {
  if (v instanceof Unknown) return true
  if (Array.isArray(v)) return v.some(hasUnknown)
  if (v !== null && typeof v === 'object') return Object.values(v).some(hasUnknown)
  return false
}

/** The expression a node is (an `expression` wrapper's content), for type tests. */
export function unwrap(node: HclNode): HclNode {
  let n = node
  while (n.type === 'expression' && n.namedChildCount === 1) n = n.namedChildren[0] as HclNode
  if (n.type === 'literal_value' || n.type === 'collection_value' || n.type === 'template_expr')
    return n.namedChildren[0] as HclNode
  return n
}

export function evalExpr(node: HclNode, scope: Scope, depth = 0): Val {
  if (depth > 64) return new Unknown(node.text, 'nested too deeply')
  if (node.type === 'expression') {
    const parts = kids(node)
    if (parts.length === 1) return evalExpr(parts[0], scope, depth + 1)
    return evalTraversal(node, parts, scope, depth)
  }
  switch (node.type) {
    case 'literal_value':
    case 'collection_value':
    case 'template_expr':
      return evalExpr(node.namedChildren[0] as HclNode, scope, depth + 1)
    case 'string_lit':
      return unescapeQuoted(
        kids(node)
          .filter(k => k.type === 'template_literal')
          .map(k => k.text)
          .join('')
      )
    case 'numeric_lit':
      return Number(node.text)
    case 'bool_lit':
      return node.text === 'true'
    case 'null_lit':
      return null
    case 'quoted_template':
      return evalTemplate(node, scope, depth, true)
    case 'heredoc_template':
      return heredocValue(node, scope, depth)
    case 'tuple':
      return kids(node)
        .filter(k => k.type === 'expression')
        .map(k => evalExpr(k, scope, depth + 1))
    case 'object':
      return evalObject(node, scope, depth)
    case 'variable_expr':
      return new Unknown(node.text, `${node.text} is not a value the tool can read`)
    case 'operation': {
      const op = kids(node)[0]
      if (op?.type === 'unary_operation' && op.text.trim().startsWith('-')) {
        const inner = kids(op)[0]
        const v = inner ? evalExpr(inner, scope, depth + 1) : null
        if (typeof v === 'number') return -v
      }
      return new Unknown(node.text, 'an operation')
    }
    default:
      return new Unknown(node.text, `${node.type.replace(/_/g, ' ')} is not evaluated`)
  }
}

function evalObject(node: HclNode, scope: Scope, depth: number): Val {
  const out: Record<string, Val> = {}
  for (const elem of kids(node)) {
    if (elem.type !== 'object_elem') continue
    const keyNode = elem.childForFieldName('key')
    const valNode = elem.childForFieldName('val')
    if (!keyNode || !valNode) continue
    const key = objectKey(keyNode, scope, depth)
    if (key === null) continue
    out[key] = evalExpr(valNode, scope, depth + 1)
  }
  return out
}

/** An object key: a bare identifier is the literal name; a string or a parenthesised expression is evaluated. */
export function objectKey(keyNode: HclNode, scope: Scope, depth = 0): string | null {
  const inner = unwrap(keyNode)
  if (inner.type === 'variable_expr' && keyNode.namedChildCount === 1) return inner.text
  const v = evalExpr(keyNode, scope, depth + 1)
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null
}

/** `var.x`, `local.x.y`, `path.module`, `a[0]`: a root and a chain of attributes and indexes. */
function evalTraversal(node: HclNode, parts: HclNode[], scope: Scope, depth: number): Val {
  const [head, ...rest] = parts
  let steps = rest
  let value: Val | undefined
  if (head.type === 'variable_expr' && rest[0]?.type === 'get_attr') {
    const root = head.text
    const name = attrName(rest[0])
    if (root === 'var') value = scope.variable(name)
    else if (root === 'local') value = scope.local(name)
    // Relative paths are resolved against the module's directory: `path.module` is that directory itself.
    else if (root === 'path' && (name === 'module' || name === 'root' || name === 'cwd')) value = '.'
    else return new Unknown(node.text, `${root}.${name} is known only when Terraform runs`)
    if (value === undefined) return new Unknown(node.text, `${root}.${name} has no literal value here`)
    steps = rest.slice(1)
  } else {
    value = evalExpr(head, scope, depth + 1)
  }
  for (const step of steps) {
    if (value instanceof Unknown) return new Unknown(node.text, value.why)
    if (step.type === 'get_attr') value = member(value, attrName(step))
    else if (step.type === 'index') {
      const idx = kids(step).find(k => k.type === 'expression')
      const key = idx ? evalExpr(idx, scope, depth + 1) : null
      value =
        typeof key === 'number' && Array.isArray(value)
          ? value[key]
          : typeof key === 'string'
            ? member(value, key)
            : undefined
    } else return new Unknown(node.text, `${step.type.replace(/_/g, ' ')} is not evaluated`)
    if (value === undefined) return new Unknown(node.text, `${node.text} is not defined`)
  }
  return value ?? new Unknown(node.text, `${node.text} is not defined`)
}

function member(value: Val | undefined, name: string): Val | undefined {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value))
    return undefined
  if (value instanceof Unknown) return value
  return Object.prototype.hasOwnProperty.call(value, name) ? value[name] : undefined
}

function attrName(getAttr: HclNode): string {
  return kids(getAttr).find(k => k.type === 'identifier')?.text ?? getAttr.text.replace(/^\./, '')
}

/**
 * A quoted or heredoc template: literal parts and `${…}` interpolations. An interpolation whose value is a
 * literal string, number or bool is put in; any other keeps its `${…}` text, which marks the result templated.
 * A template with `%{…}` directives is kept as written.
 */
function evalTemplate(node: HclNode, scope: Scope, depth: number, quoted: boolean): Val {
  let out = ''
  for (const part of kids(node)) {
    switch (part.type) {
      case 'template_literal':
        out += quoted ? unescapeQuoted(part.text) : unescapeHeredoc(part.text)
        break
      case 'template_interpolation': {
        const inner = kids(part).find(k => k.type === 'expression')
        const v = inner ? evalExpr(inner, scope, depth + 1) : null
        out +=
          typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : part.text
        break
      }
      case 'template_directive':
        return new Unknown(node.text, 'a template with %{…} directives')
      default:
        break
    }
  }
  return out
}

/** A heredoc's text as Terraform reads it: `<<-` strips the smallest indentation of its lines. */
function heredocValue(node: HclNode, scope: Scope, depth: number): Val {
  if (kids(node).some(k => k.type === 'template_directive'))
    return new Unknown(node.text, 'a template with %{…} directives')
  const rendered = evalTemplate(node, scope, depth, false)
  const strip =
    kids(node)
      .find(k => k.type === 'heredoc_start')
      ?.text.includes('-') ?? false
  if (typeof rendered !== 'string' || !strip) return rendered
  const indent = commonIndent(rendered)
  return rendered
    .split('\n')
    .map(l => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))
    .join('\n')
}

function unescapeHeredoc(s: string): string {
  return s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
}

/** HCL quoted-string escapes, and `$${` / `%%{` for a literal `${` / `%{`. */
export function unescapeQuoted(s: string): string {
  return s
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16))
      return e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{')
}

/** A value for a values tree: an Unknown becomes a `${…}` placeholder, which the judge reads as templated. */
export function toValues(v: Val): unknown {
  if (v instanceof Unknown) return v.text.startsWith('${') ? v.text : `\${${v.text}}`
  if (Array.isArray(v)) return v.map(toValues)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = toValues(x)
    return out
  }
  return v
}

/** The function a call expression calls and its argument nodes, or null for anything else. */
export function asCall(node: HclNode): { name: string; args: HclNode[] } | null {
  const inner = unwrap(node)
  if (inner.type !== 'function_call' || (node.type === 'expression' && node.namedChildCount !== 1))
    return null
  const name = kids(inner).find(k => k.type === 'identifier')?.text ?? ''
  const argList = kids(inner).find(k => k.type === 'function_arguments')
  return { name, args: argList ? kids(argList).filter(k => k.type === 'expression') : [] }
}
