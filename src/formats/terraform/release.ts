/**
 * A Terraform `helm_release` resource (or a module input set that stands for one, see terragrunt.ts) as a
 * Release: chart, repository, version, name, namespace, and the value layers in Helm's order as the Helm
 * provider applies them: each `values` entry in order, then `set`, `set_list`, `set_sensitive`.
 */
import { posix } from 'node:path'
import type { ChartName, Release, SetEntry, ValueLayer } from '../../model.js'
import type { ExtractContext } from '../types.js'
import { identifyChart, type KnownChart } from '../charts.js'
import { isPlainObject, splitSetPath } from '../../values/setpath.js'
import { parseSetValue } from '../helmfile/extract.js'
import { resolvePath, unreadableLayer, valuesFileLayer } from '../helmfile/layers.js'
import { parseRepoFile } from '../../yaml/file.js'
import { findHeredocs, heredocYaml } from '../../fix/heredoc.js'
import { kids, lineOf, type HclNode } from './hcl.js'
import {
  asCall,
  evalExpr,
  hasUnknown,
  toValues,
  unwrap,
  Unknown,
  type Defined,
  type Scope,
  type Val
} from './eval.js'
import { attributesOf, blocksOf, type Block, type HclFile } from './files.js'

/** What a helm_release says, each field as an expression (or a value given by a caller). */
export interface ReleaseFields {
  chart: Val
  repository: Val
  version: Val
  name: Val
  namespace: Val
}

/** Why a helm_release is not a Testkube release, or the release. */
export type Outcome = { release: Release } | { skipped: string }

export function readHelmRelease(ctx: ExtractContext, file: HclFile, block: Block, scope: Scope): Outcome {
  const label = block.labels[1] ?? block.labels[0] ?? 'release'
  const attrs = attributesOf(block.body)
  const val = (name: string): Val => (attrs.has(name) ? evalExpr(attrs.get(name)!.expr, scope) : null)
  const fields: ReleaseFields = {
    chart: val('chart'),
    repository: val('repository'),
    version: val('version'),
    name: attrs.has('name') ? val('name') : label,
    namespace: attrs.has('namespace') ? val('namespace') : 'default'
  }
  // No version: the Helm provider installs the newest release, as `*` does.
  const head = identify(fields, '*')
  if ('skipped' in head) return { skipped: `helm_release "${label}" ${head.skipped}` }

  const notes: string[] = [...head.notes]
  const layers: ValueLayer[] = []
  const values = attrs.get('values')
  if (values) layers.push(...valuesLayers(ctx, file, values.expr, values.line, scope, notes))
  layers.push(...setLayers(file, block, scope))
  return {
    release: buildRelease(file, block.line, `helm_release.${label}`, fields, head, layers, notes)
  }
}

interface Identified {
  chart: KnownChart
  version: string | null
  notes: string[]
}

/** The chart a release installs, or why it is none this tool knows. */
export function identify(
  fields: ReleaseFields,
  noVersion: '*' | null = null
): Identified | { skipped: string } {
  const { chart, repository, version } = fields
  if (typeof chart !== 'string')
    return {
      skipped:
        chart instanceof Unknown
          ? `has chart = ${chart.text}, which the tool cannot resolve (${chart.why})`
          : 'has no chart'
    }
  const repo = typeof repository === 'string' ? repository : null
  const identity = identifyChart(repo ? posix.basename(chart) : chart, repo)
  if (!identity) return { skipped: `installs chart "${chart}", not a Testkube chart` }
  const notes: string[] = []
  if (identity.note) notes.push(identity.note)
  if (repository instanceof Unknown) notes.push(`repository is ${repository.text}, not resolved`)
  let pinned: string | null = null
  if (typeof version === 'string' && version.trim() !== '' && !version.includes('${')) pinned = version.trim()
  else if (typeof version === 'number') pinned = String(version)
  else if (version === null && noVersion) pinned = noVersion
  else if (version instanceof Unknown || (typeof version === 'string' && version.includes('${')))
    notes.push(
      `version is ${version instanceof Unknown ? version.text : version}, which the tool cannot resolve: the version is unknown`
    )
  return { chart: identity.chart, version: pinned, notes }
}

export function buildRelease(
  file: HclFile,
  line: number,
  idTail: string,
  fields: ReleaseFields,
  head: Identified,
  layers: ValueLayer[],
  notes: string[]
): Release {
  // New keys go into the last values file or heredoc the tool may write: Helm merges later entries over earlier.
  for (let i = layers.length - 1; i >= 0; i--) {
    const l = layers[i]
    if (l.target && !l.readOnlyReason && !l.sets && l.values !== null) {
      l.addTarget = true
      break
    }
  }
  if (!layers.some(l => l.addTarget))
    notes.push(
      'add a values entry the tool can edit (file("values.yaml"), or a heredoc) so that missing keys can be added'
    )
  const name = typeof fields.name === 'string' ? fields.name : idTail
  const namespace = typeof fields.namespace === 'string' ? fields.namespace : null
  return {
    id: `${file.path}#${idTail}`,
    name,
    namespace,
    source: 'terraform-helm-release',
    file: file.path,
    line,
    chart: head.chart,
    chartVersion: head.version,
    valuesPrefix: '',
    layers,
    scopes:
      head.chart === 'istiod' ? [] : [{ chart: head.chart as ChartName, version: head.version, prefix: '' }],
    notes: notes.length > 0 ? notes : undefined
  }
}

/** The `values` list: one layer per entry, in order. */
export function valuesLayers(
  ctx: ExtractContext,
  file: HclFile,
  expr: HclNode,
  line: number,
  scope: Scope,
  notes: string[],
  depth = 0
): ValueLayer[] {
  const list = unwrap(expr)
  const defined = list.type !== 'tuple' && depth < 8 ? definition(expr, scope) : undefined
  if (defined && unwrap(defined.expr).type === 'tuple')
    return valuesLayers(ctx, defined.file, defined.expr, line, defined.scope ?? scope, notes, depth + 1)
  if (list.type !== 'tuple') {
    // `values = var.values` and the like: a list the tool may know from a variable's default.
    const v = evalExpr(expr, scope)
    if (Array.isArray(v))
      return v.map((item, i) => literalLayer(`values[${i}] (${expr.text})`, file.path, line, item))
    return [
      unreadableLayer(
        `values (${expr.text})`,
        'inline',
        line,
        `values is ${expr.text}, which the tool cannot resolve`
      )
    ]
  }
  const entries = kids(list).filter(k => k.type === 'expression')
  return entries.map((entry, i) => entryLayer(ctx, file, entry, i, scope, notes))
}

export function entryLayer(
  ctx: ExtractContext,
  file: HclFile,
  entry: HclNode,
  index: number,
  scope: Scope,
  notes: string[],
  depth = 0
): ValueLayer {
  const line = lineOf(entry)
  const at = `values[${index}]`
  // `local.x` or a variable a caller gives (a file() call, a heredoc, yamlencode): read what defines it.
  const defined = depth < 8 ? definition(entry, scope) : undefined
  if (defined)
    return entryLayer(ctx, defined.file, defined.expr, index, defined.scope ?? scope, notes, depth + 1)
  const call = asCall(entry)
  if (call && (call.name === 'file' || call.name === 'templatefile') && call.args[0]) {
    const path = evalExpr(call.args[0], scope)
    const label = `${at}: ${call.name}(${call.args[0].text})`
    if (typeof path !== 'string' || path.includes('${'))
      return unreadableLayer(label, 'values-file', line, `the path ${call.args[0].text} is not resolved`)
    const where = resolvePath(scope.moduleDir, path)
    if (where.kind !== 'repo')
      return unreadableLayer(
        label,
        'values-file',
        line,
        `${path} is ${where.kind === 'remote' ? 'a URL' : 'outside the repository'}`
      )
    const layer = valuesFileLayer(ctx, where.path, { label: `${at}: ${where.path}` })
    if (!layer) return unreadableLayer(label, 'values-file', line, `${where.path} does not exist`)
    const text = ctx.getFile(where.path)?.text ?? ''
    if (call.name === 'templatefile' && /%\{|\$\$\{/.test(text)) {
      layer.readOnlyReason = `${where.path} holds template directives that templatefile() renders first`
      delete layer.target
    }
    return layer
  }
  if (call && (call.name === 'yamlencode' || call.name === 'jsonencode') && call.args[0]) {
    const v = evalExpr(call.args[0], scope)
    const tree = toValues(v)
    const label = `${at}: ${call.name}({…})`
    if (!isPlainObject(tree))
      return unreadableLayer(label, 'inline', line, `${call.name} of ${call.args[0].text} is not a map`)
    notes.push(
      `${label} is read but not edited: the tool cannot write HCL and keep its formatting; move the values to a file() or a heredoc to get fixes`
    )
    if (hasUnknown(v)) notes.push(`${label} refers to values known only when Terraform runs (shown as \${…})`)
    return { label, kind: 'inline', file: file.path, line, yamlPath: at, values: tree }
  }
  const inner = unwrap(entry)
  if (inner.type === 'heredoc_template') return heredocLayer(file, entry, inner, at, scope)
  const v = evalExpr(entry, scope)
  if (typeof v === 'string') return literalLayer(`${at} (string)`, file.path, line, v)
  return unreadableLayer(
    `${at} (${shorten(entry.text)})`,
    'inline',
    line,
    `${shorten(entry.text)} is not resolved`
  )
}

/** What `local.x` or `var.x` (when a caller gives it) is defined by. */
function definition(expr: HclNode, scope: Scope): Defined | undefined {
  const ref = /^(local|var)\.([A-Za-z_][\w-]*)$/.exec(expr.text.trim())
  if (!ref) return undefined
  return ref[1] === 'local' ? scope.localExpr?.(ref[2]) : scope.variableExpr?.(ref[2])
}

/**
 * A heredoc of YAML, edited in place unless it holds `%{…}` directives. It is read as written: its `${…}`
 * interpolations stay placeholders (TKI102 where a rule needs one), as in a templatefile(), so that a fix never
 * writes over one even where a variable's default would fill it in.
 */
function heredocLayer(file: HclFile, entry: HclNode, node: HclNode, at: string, scope: Scope): ValueLayer {
  const line = lineOf(entry)
  const label = `${at} (heredoc)`
  const v = evalExpr(entry, scope)
  const ordinal = findHeredocs(file.text).findIndex(h => h.openLine === lineOf(node))
  if (v instanceof Unknown || ordinal < 0)
    return unreadableLayer(
      label,
      'embedded-yaml',
      line,
      v instanceof Unknown ? v.why : 'a heredoc the tool cannot find'
    )
  const span = findHeredocs(file.text)[ordinal]
  const layer = yamlTextLayer(
    label,
    file.path,
    line,
    heredocYaml(file.text, span).yaml.replace(/\$\$\{/g, '${')
  )
  layer.kind = 'embedded-yaml'
  if (layer.values !== null && !layer.readOnlyReason)
    layer.target = { type: 'hcl-heredoc', file: file.path, docIndex: 0, nodePath: [], heredoc: ordinal }
  return layer
}

/** A literal YAML string (a variable default, a quoted string): read, not written. */
function literalLayer(label: string, file: string, line: number, v: Val): ValueLayer {
  if (typeof v !== 'string')
    return unreadableLayer(label, 'inline', line, v instanceof Unknown ? v.why : 'not a YAML string')
  return yamlTextLayer(label, file, line, v)
}

function yamlTextLayer(label: string, file: string, line: number, yaml: string): ValueLayer {
  const parsed = parseRepoFile(file, yaml)
  const layer: ValueLayer = { label, kind: 'inline', file, line, yamlPath: '', values: null }
  if (parsed.problems.length > 0) {
    layer.readOnlyReason = `its YAML does not parse (line ${parsed.problems[0].line}: ${parsed.problems[0].message})`
    return layer
  }
  const doc = parsed.docs[0]
  const tree = !doc || doc.empty ? {} : parsed.js(0)
  if (!isPlainObject(tree)) {
    layer.readOnlyReason = 'its YAML is not a map of values'
    return layer
  }
  layer.values = tree
  return layer
}

/** `set`, `set_list`, `set_sensitive`: blocks (provider 2) or lists of objects (provider 3), in that order. */
function setLayers(file: HclFile, block: Block, scope: Scope): ValueLayer[] {
  const out: ValueLayer[] = []
  const blocks = blocksOf(block.body)
  const attrs = attributesOf(block.body)
  for (const kind of ['set', 'set_list', 'set_sensitive'] as const) {
    const entries: { body: Record<string, Val>; line: number }[] = []
    for (const b of blocks.filter(x => x.type === kind)) {
      const fields: Record<string, Val> = {}
      for (const [k, a] of attributesOf(b.body)) fields[k] = evalExpr(a.expr, scope)
      entries.push({ body: fields, line: b.line })
    }
    const attr = attrs.get(kind)
    if (attr) {
      const v = evalExpr(attr.expr, scope)
      if (Array.isArray(v)) {
        for (const item of v)
          if (item !== null && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Unknown))
            entries.push({ body: item, line: attr.line })
      } else
        out.push(
          unreadableLayer(
            kind,
            'parameters',
            attr.line,
            `${kind} is ${shorten(attr.expr.text)}, not resolved`
          )
        )
    }
    const sets: SetEntry[] = []
    let opaque: string | null = null
    entries.forEach((e, index) => {
      const name = e.body.name
      if (typeof name !== 'string') {
        opaque ??= `a ${kind} entry's name is not resolved`
        return
      }
      const forceString = e.body.type === 'string'
      const raw = e.body.value
      let value: unknown
      if (kind === 'set_list')
        value = Array.isArray(raw) ? raw.map(x => setValue(x, false)) : setValue(raw, false)
      else value = setValue(raw, forceString)
      sets.push({ path: splitSetPath(name).map(String), value, forceString, index, line: e.line })
    })
    if (sets.length > 0) {
      const layer: ValueLayer = {
        label: kind,
        kind: kind === 'set_sensitive' ? 'secret' : 'parameters',
        file: file.path,
        line: sets[0].line,
        yamlPath: kind,
        values: null,
        sets
      }
      if (kind === 'set_sensitive')
        layer.readOnlyReason = 'set_sensitive: the tool never shows or writes sensitive values'
      out.push(layer)
    }
    if (opaque) out.push(unreadableLayer(kind, 'parameters', entries[0]?.line ?? block.line, opaque))
  }
  for (const d of blocks.filter(b => b.type === 'dynamic' && /^set/.test(b.labels[0] ?? '')))
    out.push(
      unreadableLayer(
        `dynamic "${d.labels[0]}"`,
        'parameters',
        d.line,
        `dynamic "${d.labels[0]}" entries are known only when Terraform runs`
      )
    )
  return out
}

/** A set value as the provider passes it to Helm's --set parser (type = "string": as a string). */
function setValue(v: Val | undefined, forceString: boolean): unknown {
  if (v instanceof Unknown) return `\${${v.text}}`
  if (v === undefined || v === null) return null
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(toValues(v)) : String(v)
  return forceString ? s : parseSetValue(s)
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim()
  return one.length > 60 ? `${one.slice(0, 57)}...` : one
}
