/**
 * Helm `--set` path syntax (helm/pkg/strvals): `.` separates keys, `\` makes the next character literal,
 * so `testkube-api.jobPodAnnotations.sidecar\.istio\.io/inject` is three keys. List indexes (`a[0]`) are kept as
 * numbers; the rules never need them but parameters in the wild use them.
 */
import type { ValuePath } from '../model.js'

export function splitSetPath(s: string): (string | number)[] {
  const out: (string | number)[] = []
  let cur = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\' && i + 1 < s.length) {
      cur += s[++i]
      continue
    }
    if (c === '.') {
      out.push(cur)
      cur = ''
      continue
    }
    if (c === '[') {
      const j = s.indexOf(']', i)
      if (j > i && /^\d+$/.test(s.slice(i + 1, j))) {
        if (cur !== '') out.push(cur)
        out.push(Number(s.slice(i + 1, j)))
        cur = ''
        i = j
        if (s[i + 1] === '.') i++
        continue
      }
    }
    cur += c
  }
  if (cur !== '' || out.length === 0) out.push(cur)
  return out
}

/** The inverse of splitSetPath for key-only paths. */
export function joinSetPath(path: readonly (string | number)[]): string {
  return path
    .map(x => (typeof x === 'number' ? `[${x}]` : x.replace(/[\\.[\],=]/g, m => '\\' + m)))
    .join('.')
    .replace(/\.\[/g, '[')
}

/** `testkube.` + `a.b` → the key path of a `--set` prefix (trailing dot) and a rule path. */
export function prefixedPath(prefix: string, path: string): ValuePath {
  return splitSetPath(prefix + path).map(String)
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Look a key path up in a values tree. `found` is false when a key along the way is missing. */
export function getPath(tree: unknown, path: ValuePath): { found: boolean; value: unknown } {
  let cur: unknown = tree
  for (const key of path) {
    if (!isPlainObject(cur) || !Object.prototype.hasOwnProperty.call(cur, key))
      return { found: false, value: undefined }
    cur = cur[key]
  }
  return { found: true, value: cur }
}
