/**
 * Terragrunt: a `terragrunt.hcl` whose `inputs` feed a Terraform module that installs a chart.
 * - A module in this repository (`terraform { source = "../modules/testkube" }`): its `helm_release` resources
 *   are read with the inputs as the module's variables.
 * - A module elsewhere (a git or registry source): the module cannot be read, so the inputs are read by the
 *   names generic Helm modules give them (`chart`, `official_chart_name`, `helm_version`, `helm_values`, …),
 *   and the release says so in a note.
 */
import type { ExtractContext } from '../types.js'
import type { ValueLayer } from '../../model.js'
import { dirOf } from '../helmfile/layers.js'
import { kids, lineOf, type HclNode } from './hcl.js'
import { evalExpr, objectKey, unwrap, Unknown, type Scope, type Val } from './eval.js'
import { attributesOf, blocksOf, fileBody, type HclFile, type TerraformFiles } from './files.js'
import { buildRelease, entryLayer, identify, valuesLayers, type Outcome } from './release.js'
import { localModuleDir, readModuleReleases } from './modules.js'

/** Input names generic Helm modules use, most specific first. */
const INPUT_NAMES = {
  chart: ['chart', 'chart_name', 'official_chart_name', 'helm_chart', 'helm_chart_name'],
  repository: ['repository', 'chart_repository', 'helm_repository', 'repo', 'repository_url'],
  version: ['chart_version', 'helm_version', 'helm_chart_version', 'version'],
  namespace: ['namespace', 'helm_namespace', 'k8s_namespace', 'kubernetes_namespace'],
  name: ['release_name', 'user_chart_name', 'helm_release_name', 'name'],
  values: ['values', 'helm_values', 'values_yaml', 'chart_values']
} as const

export function readTerragrunt(ctx: ExtractContext, files: TerraformFiles, file: HclFile): Outcome[] {
  const body = fileBody(file)
  const dir = dirOf(file.path)
  const attrs = attributesOf(body)
  const inputsAttr = attrs.get('inputs')
  if (!inputsAttr) return [{ skipped: 'has no inputs' }]
  const tgScope = terragruntScope(body, dir)
  const inputNodes = objectElems(inputsAttr.expr, tgScope)
  const inputs = new Map<string, Val>()
  for (const [k, node] of inputNodes) inputs.set(k, evalExpr(node, tgScope))

  const source = terraformSource(body, tgScope)
  const moduleDir = typeof source === 'string' ? localModuleDir(dir, source) : null
  if (moduleDir !== null) {
    const exprs = new Map([...inputNodes].map(([k, expr]) => [k, { expr, file, scope: tgScope }]))
    const out = readModuleReleases(ctx, files, file.path, moduleDir, inputs, exprs)
    return out.length > 0 ? out : [{ skipped: `feeds ${moduleDir}, which has no helm_release` }]
  }

  // A module the tool cannot read: the inputs by their conventional names.
  const pick = (names: readonly string[]): { name: string; value: Val } | null => {
    for (const n of names) if (inputs.has(n)) return { name: n, value: inputs.get(n) as Val }
    return null
  }
  const chart = pick(INPUT_NAMES.chart)
  if (!chart) return [{ skipped: 'has inputs but none names a chart' }]
  const fields = {
    chart: chart.value,
    repository: pick(INPUT_NAMES.repository)?.value ?? null,
    version: pick(INPUT_NAMES.version)?.value ?? null,
    namespace: pick(INPUT_NAMES.namespace)?.value ?? null,
    name: pick(INPUT_NAMES.name)?.value ?? 'release'
  }
  const head = identify(fields)
  if ('skipped' in head)
    return [{ skipped: `inputs.${chart.name} ${head.skipped.replace(/^has chart/, 'is')}` }]
  const sourceText = typeof source === 'string' ? source : source instanceof Unknown ? source.text : 'none'
  const used = [chart, pick(INPUT_NAMES.version), pick(INPUT_NAMES.values)].filter(Boolean).map(p => p!.name)
  const notes = [
    `module source ${sourceText} is not in this repository: its inputs are read by name (${used.join(', ')}), the module itself is not read`,
    ...head.notes
  ]
  const layers: ValueLayer[] = []
  const valuesName = INPUT_NAMES.values.find(n => inputNodes.has(n))
  if (valuesName) {
    const node = inputNodes.get(valuesName) as HclNode
    const line = lineOf(node)
    if (unwrap(node).type === 'tuple') layers.push(...valuesLayers(ctx, file, node, line, tgScope, notes))
    else {
      const layer = entryLayer(ctx, file, node, 0, tgScope, notes)
      layer.label = layer.label.replace(/^values\[0\]/, `inputs.${valuesName}`)
      layers.push(layer)
    }
  }
  return [
    {
      release: buildRelease(file, inputsAttr.line, 'inputs', fields, head, layers, notes)
    }
  ]
}

/** `local.x` from the terragrunt file's own `locals` (functions like read_terragrunt_config stay unknown). */
function terragruntScope(body: HclNode | null, dir: string): Scope {
  const exprs = new Map<string, HclNode>()
  for (const b of blocksOf(body))
    if (b.type === 'locals') for (const [k, a] of attributesOf(b.body)) exprs.set(k, a.expr)
  const seen = new Map<string, Val>()
  const scope: Scope = {
    moduleDir: dir,
    variable: () => undefined,
    local(name) {
      if (seen.has(name)) return seen.get(name)
      const e = exprs.get(name)
      if (!e) return undefined
      seen.set(name, new Unknown(`local.${name}`, `local.${name} refers to itself`))
      const v = evalExpr(e, scope)
      seen.set(name, v)
      return v
    }
  }
  return scope
}

function terraformSource(body: HclNode | null, scope: Scope): Val | null {
  const tf = blocksOf(body).find(b => b.type === 'terraform')
  const src = tf ? attributesOf(tf.body).get('source') : undefined
  return src ? evalExpr(src.expr, scope) : null
}

/** The elements of an object expression by key, as nodes (so that `file(…)` calls can be read as layers). */
function objectElems(expr: HclNode, scope: Scope): Map<string, HclNode> {
  const out = new Map<string, HclNode>()
  const obj = unwrap(expr)
  if (obj.type !== 'object') return out
  for (const elem of kids(obj)) {
    if (elem.type !== 'object_elem') continue
    const k = elem.childForFieldName('key')
    const v = elem.childForFieldName('val')
    const key = k ? objectKey(k, scope) : null
    if (key !== null && v) out.set(key, v)
  }
  return out
}
