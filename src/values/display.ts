import { isTemplatedValue } from '../yaml/file.js'
import { splitSetPath } from './setpath.js'

/**
 * A value as a person reads it, the same in the judge's messages and in the reports: strings quoted (so `"false"`
 * and `false` differ), unset said so (a YAML null is unset for Helm too).
 */
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

/** A key segment YAML reads as written (a plain scalar that holds no `.`, so the dotted path stays unambiguous). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/

/**
 * A key path as a person writes it in YAML, for prose: segments joined with `.`, a segment holding a dot (or any
 * character a plain key would not) double-quoted: `testkube-api.jobPodAnnotations."sidecar.istio.io/inject"`.
 * `--set` syntax (`sidecar\.istio\.io/inject`) belongs only where the user types `--set`; see joinSetPath.
 */
export function displayPath(path: readonly (string | number)[]): string {
  return path
    .map(seg => (typeof seg === 'number' ? `[${seg}]` : PLAIN_KEY.test(seg) ? seg : JSON.stringify(seg)))
    .join('.')
    .replace(/\.\[/g, '[')
}

/** A word of prose: linear to find whatever the text holds (a message may quote a long hostile key). */
const WORD = /[^\s,;:()"'`]+/g

/**
 * Prose with every escaped `--set` path in it written as YAML names it (see displayPath):
 * `testkube-api.jobPodAnnotations.sidecar\.istio\.io/inject is not set` →
 * `testkube-api.jobPodAnnotations."sidecar.istio.io/inject" is not set`. Paths without escapes read the same
 * either way and are left alone, as is everything else.
 */
export function setPathsAsYaml(text: string): string {
  if (!text.includes('\\')) return text
  return text.replace(WORD, word => {
    if (!word.includes('\\')) return word
    // A sentence's full stop is not part of the path (an escaped dot would be `\.`).
    let end = word.length
    while (end > 0 && word[end - 1] === '.' && word[end - 2] !== '\\') end--
    return displayPath(splitSetPath(word.slice(0, end))) + word.slice(end)
  })
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
