/**
 * Turning the places Flux reads values from into value layers: a values file in the repository, YAML text held
 * in a ConfigMap's data, and `targetPath` assignments (helm-controller's `replacePathValue`).
 */
import type { NodePath, SetEntry, ValueLayer } from '../../model.js'
import type { ExtractContext } from '../types.js'
import { parseRepoFile } from '../../yaml/file.js'
import { splitSetPath } from '../../values/setpath.js'
import { obj } from './nodes.js'

type LayerHead = Pick<ValueLayer, 'label' | 'kind'> & Partial<ValueLayer>

/** A whole repository file read like `-f <file>`; the fixer may write to it. */
export function valuesFileLayer(ctx: ExtractContext, path: string, head: LayerHead): ValueLayer {
  const base = { ...head, file: path, line: 1, yamlPath: '' }
  const f = ctx.getFile(path)
  if (!f) return { ...base, values: null, readOnlyReason: `${path} not found in the repository` }
  const doc = f.docs.find(d => !d.empty) ?? f.docs[0]
  if (!doc) {
    if (f.problems.length > 0)
      return { ...base, values: null, readOnlyReason: `${path} does not parse as YAML` }
    return { ...base, values: {}, target: { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] } }
  }
  const v = f.js(doc.index)
  const layer: ValueLayer = {
    ...base,
    line: doc.line,
    values: null,
    target: { type: 'yaml-map', file: path, docIndex: doc.index, nodePath: [] }
  }
  if (v === undefined) return { ...layer, target: undefined, readOnlyReason: `${path} could not be read` }
  if (v === null) return { ...layer, values: {} }
  const m = obj(v)
  if (!m) return { ...layer, target: undefined, readOnlyReason: `${path} is not a map of values` }
  return { ...layer, values: m }
}

/**
 * YAML text held by a string scalar (a ConfigMap's `data["values.yaml"]`), parsed with the same YAML 1.1
 * rules and template masking as a repository file. Problems are reported at the scalar's line.
 */
export function embeddedLayer(
  ctx: ExtractContext,
  text: unknown,
  where: { file: string; docIndex: number; nodePath: NodePath; line: number | null },
  head: LayerHead
): ValueLayer {
  const base = { ...head, file: where.file, line: where.line, yamlPath: yamlPathOf(where.nodePath) }
  if (typeof text !== 'string') {
    if (text === null || text === undefined) return { ...base, values: {} }
    return { ...base, values: null, readOnlyReason: 'the ConfigMap value is not a string' }
  }
  const parsed = parseRepoFile(`${where.file}#${base.yamlPath}`, text)
  for (const p of parsed.problems)
    ctx.report({
      file: where.file,
      line: (where.line ?? 1) + p.line,
      message: `${base.yamlPath}: ${p.message}`
    })
  const target = {
    type: 'yaml-embedded' as const,
    file: where.file,
    docIndex: where.docIndex,
    nodePath: where.nodePath
  }
  const doc = parsed.docs.find(d => !d.empty) ?? parsed.docs[0]
  if (!doc) {
    if (parsed.problems.length > 0)
      return { ...base, values: null, readOnlyReason: `${base.yamlPath} does not parse as YAML` }
    return { ...base, values: {}, target }
  }
  const v = parsed.js(doc.index)
  if (v === null) return { ...base, values: {}, target }
  const m = obj(v)
  if (!m) return { ...base, values: null, readOnlyReason: `${base.yamlPath} is not a map of values` }
  return { ...base, values: m, target }
}

/** `['data', 'values.yaml']` → `data["values.yaml"]`, `['spec', 'values']` → `spec.values`. */
export function yamlPathOf(path: NodePath): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) out += out ? `.${seg}` : seg
    else out += `[${JSON.stringify(seg)}]`
  }
  return out
}

/**
 * The value helm-controller sets at a `targetPath`: a value wrapped in single or double quotes is a string
 * (quotes trimmed); otherwise Helm's `--set` typing applies (true/false/null, integers without a leading zero).
 * `literal: true` keeps the text as it is.
 */
export function targetPathValue(raw: string, literal: boolean): { value: unknown; forceString: boolean } {
  if (literal) return { value: raw, forceString: true }
  const quoted = raw.length > 0 && /^['"]/.test(raw) && /['"]$/.test(raw)
  if (quoted) return { value: raw.replace(/^['"]+|['"]+$/g, ''), forceString: true }
  const lower = raw.toLowerCase()
  if (lower === 'true') return { value: true, forceString: false }
  if (lower === 'false') return { value: false, forceString: false }
  if (lower === 'null') return { value: null, forceString: false }
  if (raw === '0') return { value: 0, forceString: false }
  if (/^[+-]?\d+$/.test(raw) && raw[0] !== '0' && Number.isSafeInteger(Number(raw)))
    return { value: Number(raw), forceString: false }
  return { value: raw, forceString: false }
}

export function targetPathEntry(
  targetPath: string,
  raw: string,
  literal: boolean,
  index: number,
  line: number | null
): SetEntry {
  return { path: splitSetPath(targetPath).map(String), ...targetPathValue(raw, literal), index, line }
}
