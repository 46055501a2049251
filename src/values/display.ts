/**
 * A value as a person reads it, the same in the judge's messages and in the reports: strings quoted (so `"false"`
 * and `false` differ), unset said so (a YAML null is unset for Helm too).
 */
import { isTemplatedValue } from '../yaml/file.js'
export function formatValue(value: unknown, max = 100): string {
  if (value === undefined || value === null) return 'not set'
  let text: string
  try {
    // A string holding double quotes (a proxy config's JSON) reads better single-quoted, as YAML writes it.
    if (typeof value === 'string' && value.includes('"') && !value.includes("'")) text = `'${value}'`
    else text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** The kind of a value the tool does not own (a parent of a checked key): never its content. */
export function describeKind(v: unknown): string {
  if (typeof v === 'string') return isTemplatedValue(v) ? 'templated' : 'a string'
  if (typeof v === 'number') return 'a number'
  return describeValue(v)
}

/** A checked value for people. Maps and lists are named, never printed. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'boolean') return `the boolean ${v}`
  if (typeof v === 'number') return `the number ${v}`
  if (typeof v === 'string') return isTemplatedValue(v) ? 'templated' : formatValue(v, Infinity)
  if (Array.isArray(v)) return 'a list'
  return 'a map'
}
