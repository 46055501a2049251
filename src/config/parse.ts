/**
 * The repository config file, parsed and checked: YAML syntax, the JSON Schema (./schema.ts, with ajv), then what
 * a schema cannot say (known rule codes, globs, versions, an entry that matches nothing). Every problem carries
 * the file, line and column of the YAML node it is about (the JSON pointer of a schema error mapped back to the
 * node's range), so that a bad config is reported as `file:line:column: reason` and the run stops (exit 2).
 * Pure: the text comes in, a RepoConfig or a ConfigError goes out.
 */
import { Ajv, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import picomatch from 'picomatch'
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import type { ChartName } from '../model.js'
import type { NativeSidecarsSetting } from '../mesh/detect.js'
import type { FailOn } from '../report/run.js'
import type { ChartVersionPin } from '../engine/versions.js'
import { findRule, RETIRED_CODES } from '../rules/catalogue.js'
import { classifyVersion } from '../rules/versions.js'
import { CONFIG_SCHEMA } from './schema.js'

export type RuleLevelSetting = 'error' | 'warning' | 'note' | 'off'

/** Where an entry was written, for messages and for the suppression it makes. */
export interface ConfigOrigin {
  file: string
  line: number
}

export interface IgnoreEntry extends ConfigOrigin {
  rule: string
  path?: string
  release?: string
  reason: string
  /** YYYY-MM-DD, the last day it suppresses. */
  expires?: string
}

export interface MeshEntry extends ConfigOrigin {
  path?: string
  namespace?: string
  nativeSidecars?: NativeSidecarsSetting
  injection?: 'enabled' | 'disabled'
  reason?: string
}

export interface RepoConfig {
  /** Repository-relative (to the scanned directory) or as given with --config. */
  file: string
  include?: string[]
  exclude?: string[]
  failOn?: FailOn
  nativeSidecars?: NativeSidecarsSetting
  chartVersions: ChartVersionPin[]
  mesh: MeshEntry[]
  ignore: IgnoreEntry[]
  /** Per rule code. */
  rules: Record<string, RuleLevelSetting>
}

export interface ConfigProblem {
  file: string
  line: number
  column: number
  message: string
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(p => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'))
  }
}

/** An empty config: what a repository without a config file has. */
export function emptyConfig(file = ''): RepoConfig {
  return { file, chartVersions: [], mesh: [], ignore: [], rules: {} }
}

// ajv-formats is CommonJS with a default export; under NodeNext its namespace is what the import gives.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv
let validator: ReturnType<Ajv['compile']> | null = null

function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true })
    addFormats(ajv)
    validator = ajv.compile(CONFIG_SCHEMA)
  }
  return validator(data) ? [] : (validator.errors ?? [])
}

/** Parse and check the config file's text. Throws ConfigError with every problem found. */
export function parseConfig(text: string, file: string): RepoConfig {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number, message: string): ConfigProblem => {
    const pos = lineCounter.linePos(offset)
    return { file, line: pos.line, column: pos.col, message }
  }
  const yamlErrors = doc.errors.map(e => at(e.pos[0], e.message.split('\n')[0]))
  if (yamlErrors.length > 0) throw new ConfigError(yamlErrors)
  const data: unknown = doc.toJS() ?? {}

  // A bad key under `rules` is reported once, by its propertyNames error (not by the pattern error inside it).
  const errors = validate(data).filter(e => !('propertyName' in e))
  const problems = errors.map(e => at(offsetOf(doc, e), describe(e)))
  if (problems.length > 0) throw new ConfigError(dedupe(problems))

  const lineOf = (path: (string | number)[]): number =>
    lineCounter.linePos(offsetOf(doc, { instancePath: pointer(path) })).line
  const config = toConfig(data as RawConfig, file, lineOf, (path, message, key) =>
    problems.push(
      at(
        offsetOf(
          doc,
          key === undefined
            ? { instancePath: pointer(path) }
            : { instancePath: pointer(path), keyword: 'propertyNames', params: { propertyName: key } }
        ),
        message
      )
    )
  )
  if (problems.length > 0) throw new ConfigError(problems)
  return config
}

interface RawConfig {
  include?: string[]
  exclude?: string[]
  failOn?: FailOn
  nativeSidecars?: NativeSidecarsSetting
  chartVersions?: { chart?: ChartName; release?: string; path?: string; version: string }[]
  mesh?: Omit<MeshEntry, 'file' | 'line'>[]
  ignore?: Omit<IgnoreEntry, 'file' | 'line'>[]
  rules?: Record<string, { level: RuleLevelSetting }>
}

/** A problem at the value at `path`, or at its key `key` when given. */
type Report = (path: (string | number)[], message: string, key?: string) => void

/** The schema-valid data as a RepoConfig, with the checks the schema cannot make. */
function toConfig(
  raw: RawConfig,
  file: string,
  lineOf: (path: (string | number)[]) => number,
  report: Report
): RepoConfig {
  const config = emptyConfig(file)
  const globOk = (path: (string | number)[], glob: string | undefined): void => {
    if (glob === undefined) return
    try {
      picomatch(glob, { dot: true, strictBrackets: true })
    } catch (err) {
      report(path, `'${glob}' is not a valid glob: ${(err as Error).message}`)
    }
  }
  raw.include?.forEach((g, i) => globOk(['include', i], g))
  raw.exclude?.forEach((g, i) => globOk(['exclude', i], g))
  if (raw.include) config.include = raw.include
  if (raw.exclude) config.exclude = raw.exclude
  if (raw.failOn) config.failOn = raw.failOn
  if (raw.nativeSidecars) config.nativeSidecars = raw.nativeSidecars

  raw.chartVersions?.forEach((pin, i) => {
    globOk(['chartVersions', i, 'path'], pin.path)
    if (classifyVersion(pin.version).kind === 'unknown')
      report(['chartVersions', i, 'version'], `'${pin.version}' is not a version or a version range`)
    config.chartVersions.push({ ...pin, origin: `${file}:chartVersions[${i}]` })
  })
  raw.mesh?.forEach((entry, i) => {
    globOk(['mesh', i, 'path'], entry.path)
    if (entry.path === undefined && entry.namespace === undefined)
      report(['mesh', i], 'a mesh entry needs a path or a namespace to say which releases it is about')
    if (entry.nativeSidecars === undefined && entry.injection === undefined)
      report(['mesh', i], 'a mesh entry needs nativeSidecars or injection: it says nothing')
    config.mesh.push({ ...entry, file, line: lineOf(['mesh', i]) })
  })
  raw.ignore?.forEach((entry, i) => {
    globOk(['ignore', i, 'path'], entry.path)
    if (entry.rule !== '*') checkCode(entry.rule, ['ignore', i, 'rule'], report)
    config.ignore.push({ ...entry, file, line: lineOf(['ignore', i]) })
  })
  for (const [code, setting] of Object.entries(raw.rules ?? {})) {
    checkCode(code, ['rules'], report, code)
    // Files that cannot be read are not findings of a rule: their level says how much the check is worth.
    if (code === 'TKI900')
      report(['rules'], 'TKI900 (a file that cannot be read) has no level to change', code)
    config.rules[code] = setting.level
  }
  return config
}

function checkCode(code: string, path: (string | number)[], report: Report, key?: string): void {
  if (findRule(code)) return
  const retired = RETIRED_CODES.find(r => r.code === code)
  report(path, retired ? `${code} is retired (${retired.reason})` : `unknown rule code ${code}`, key)
}

/** `/ignore/0/rule` as path segments (`~1` and `~0` unescaped; indexes as numbers). */
function segments(instancePath: string): (string | number)[] {
  if (instancePath === '') return []
  return instancePath
    .slice(1)
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(s => (/^\d+$/.test(s) ? Number(s) : s))
}

function pointer(path: (string | number)[]): string {
  return path.map(s => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('')
}

/**
 * The offset of the node a schema error is about: for an unknown key, the key itself; for a bad rule code under
 * `rules`, the key; otherwise the value at the pointer (the nearest existing parent when it is missing).
 */
function offsetOf(doc: Document, error: Pick<ErrorObject, 'instancePath'> & Partial<ErrorObject>): number {
  const path = segments(error.instancePath)
  const params = (error.params ?? {}) as { additionalProperty?: string; propertyName?: string }
  const key =
    error.keyword === 'additionalProperties'
      ? (params.additionalProperty ?? null)
      : error.keyword === 'propertyNames'
        ? (params.propertyName ?? null)
        : null
  if (key !== null) {
    const parent = doc.getIn(path, true)
    if (isMap(parent)) {
      const pair = parent.items.find(p => isPair(p) && isScalar(p.key) && p.key.value === key)
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0]
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)
    if (isNode(node) && node.range) return node.range[0]
  }
  return 0
}

/** One line per schema error, naming the key and what it must be. */
function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? 'the config' : displayPath(segments(e.instancePath))
  const params = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown key '${String(params.additionalProperty)}'${allowedKeys(e)}`
    case 'propertyNames':
      return `${where}: '${String(params.propertyName)}' is not a rule code (TKInnn)`
    case 'required':
      return `${where}: missing required key '${String(params.missingProperty)}'`
    case 'enum':
      return `${where}: must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`
    case 'type':
      return `${where}: must be ${article(String(params.type))}`
    case 'format':
      return params.format === 'date'
        ? `${where}: must be a date, YYYY-MM-DD`
        : `${where}: ${e.message ?? ''}`
    case 'minLength':
      return `${where}: must not be empty`
    case 'pattern':
      if (e.instancePath.endsWith('/rule')) return `${where}: must be a rule code (TKInnn) or *`
      if (e.instancePath.endsWith('/reason')) return `${where}: must say why`
      return `${where}: must be a release name or namespace/name`
    default:
      return `${where}: ${e.message ?? e.keyword}`
  }
}

function allowedKeys(e: ErrorObject): string {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties
  return props ? ` (allowed: ${Object.keys(props).join(', ')})` : ''
}

function article(type: string): string {
  return type === 'object' ? 'a map' : type === 'array' ? 'a list' : `a ${type}`
}

/** `ignore[0].rule`, `rules.TKI002.level`. */
function displayPath(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function dedupe(problems: ConfigProblem[]): ConfigProblem[] {
  const seen = new Set<string>()
  return problems.filter(p => {
    const key = `${p.line}:${p.column}:${p.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
