/**
 * The predicate kinds of the catalogue, evaluated on an effective value. Pure functions: the judge resolves the
 * value, these say whether it holds and what a fix writes.
 */
import { parse as parseYaml } from 'yaml'
import { isTemplatedValue } from '../yaml/file.js'
import { isPlainObject } from '../values/setpath.js'
import { HOLD_SETTING, type Predicate, type Requirement } from './catalogue.js'

/**
 * - `ok`: the value holds.
 * - `wrong-type`: an annotation value that is not a string (TKI010 only, not the rule's own code).
 * - `templated`: filled in by a template engine later; cannot be judged (TKI102).
 * - `missing`: not set (or set to null).
 * - `wrong`: set, of the right type, to something else.
 */
export type Verdict = 'ok' | 'wrong-type' | 'templated' | 'missing' | 'wrong'

/**
 * @param value the effective value (undefined when not defined)
 * @param orSetValue for `true-or-set`, the effective value of the alternative key
 */
export function evaluate(req: Requirement, value: unknown, orSetValue?: unknown): Verdict {
  const p = req.predicate
  if (value === undefined || value === null) {
    if (p.kind === 'true-or-set' && isSetString(orSetValue)) return 'ok'
    return 'missing'
  }
  if (satisfies(p, value, orSetValue)) return 'ok'
  if (req.annotation && typeof value !== 'string') return 'wrong-type'
  if (isTemplatedValue(value)) return 'templated'
  return 'wrong'
}

function satisfies(p: Predicate, value: unknown, orSetValue: unknown): boolean {
  switch (p.kind) {
    case 'string-equals':
      return value === p.value
    case 'bool-equals':
      return value === p.value
    case 'true-or-set':
      return value === true || isSetString(orSetValue)
    case 'proxy-config-hold':
      return typeof value === 'string' && proxyConfigHolds(value)
  }
}

function isSetString(v: unknown): boolean {
  return typeof v === 'string' && v.trim() !== ''
}

/**
 * The settings in a `proxy.istio.io/config` string: JSON, or YAML (read as YAML 1.1, like Istio's Go parser).
 * An empty string is no settings; null when the text is not a map.
 */
export function parseProxyConfig(text: string): Record<string, unknown> | null {
  if (text.trim() === '') return {}
  try {
    const json: unknown = JSON.parse(text)
    return isPlainObject(json) ? json : null
  } catch {
    // not JSON: try YAML
  }
  try {
    const yaml: unknown = parseYaml(text, { version: '1.1', prettyErrors: false })
    return isPlainObject(yaml) ? yaml : null
  } catch {
    return null
  }
}

export function proxyConfigHolds(text: string): boolean {
  const settings = parseProxyConfig(text)
  return settings !== null && settings[HOLD_SETTING] === true
}

/** The one-line JSON a fix writes: the existing settings (a string or, for TKI010, a map), then the hold. */
export function mergedProxyConfig(existing: unknown): string | null {
  let settings: Record<string, unknown> = {}
  if (typeof existing === 'string') {
    const parsed = parseProxyConfig(existing)
    if (parsed === null) return null
    settings = parsed
  } else if (isPlainObject(existing)) {
    settings = existing
  }
  // The hold goes last, as the fixer writes it (src/fix: mergeMoveToEnd).
  const rest = Object.fromEntries(Object.entries(settings).filter(([k]) => k !== HOLD_SETTING))
  return JSON.stringify({ ...rest, [HOLD_SETTING]: true })
}

/** The value a fix writes for a requirement, given the current effective value; null when none can be built. */
export function fixValue(req: Requirement, current: unknown): unknown {
  const p = req.predicate
  switch (p.kind) {
    case 'string-equals':
    case 'bool-equals':
      return p.value
    case 'true-or-set':
      return true
    case 'proxy-config-hold':
      return mergedProxyConfig(current)
  }
}

/** The value a rule expects, for findings (`expected`) and docs. */
export function expectedValue(req: Requirement): unknown {
  return fixValue(req, undefined)
}
