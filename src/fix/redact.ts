/**
 * Keeping credentials out of what the tool prints: the one redaction every output goes through. Diffs (and the
 * suggestions of review comments) are masked line by line with their YAML context (`redactLines`); the free text
 * of findings and file problems (messages, the `expected` and `actual` values, so text, JSON, SARIF, the job
 * summary, review comments and pull request bodies) with `redactText` and `redactValue`, once, by the scan.
 *
 * The fixer only writes keys it owns (Istio annotations, the
 * global template), but a diff shows the lines around a fix: a neighbouring `password:`, an agent key in the same
 * Argo CD `helm.values`, a Secret's `data:` in the same stream. `redactLines` masks, line by line, the value of a
 * key whose name says it is a credential, the `value:` that follows a `name:` naming one (Argo CD parameters,
 * helmfile `set`, env lists), the lines of a block scalar or map under such a key, the data of a Secret, and any
 * value that looks like a token whatever its key. A diff with a masked line no longer applies with `git apply`.
 *
 * Every step is linear in the line's length (no backtracking regex on what a file may hold): a diff is made of
 * the whole file, and a file may hold a megabyte line. A line longer than LONG_LINE is masked whole when it
 * mentions anything credential-like.
 */

export const REDACTED = '<redacted>'

/** Key names that hold credentials (matched against the last segment of a dotted or slashed name, and whole). */
const SENSITIVE_KEY =
  /(pass(word|wd|phrase)?|secret|token|credential|private|api[-_]?key|access[-_]?key|license|cert(ificate)?|^auth$|auth[-_]?(key|header)|^key$|[-_.]key$|[a-z]Key$|dsn|cookie|session|signature|salt)/i

/**
 * Values that look like a credential whatever their key: known token prefixes, JWTs, PEM blocks, and long runs of
 * base64 letters holding digits, lower and upper case (tried only where such a run starts).
 */
const TOKEN_VALUE =
  /tkc(agnt|api|root|priv)_[A-Za-z0-9]+|gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]+|glpat-[A-Za-z0-9_-]+|xox[abpr]-[A-Za-z0-9-]+|AKIA[0-9A-Z]{12,}|ASIA[0-9A-Z]{12,}|sk_live_[A-Za-z0-9]+|AIza[0-9A-Za-z_-]{20,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]*)?|-----BEGIN [A-Z]+( [A-Z]+)* PRIVATE KEY-----|(?<![A-Za-z0-9+/=_-])(?=[A-Za-z0-9+/_-]*[0-9])(?=[A-Za-z0-9+/_-]*[a-z])(?=[A-Za-z0-9+/_-]*[A-Z])[A-Za-z0-9+/_-]{24,}={0,2}/g

/** Any hint of a credential, for lines too long to take apart. */
const SENSITIVE_WORD =
  /pass|secret|token|credential|private|key|license|cert|auth|dsn|cookie|session|signature/i

/** Lines longer than this are not taken apart. */
const LONG_LINE = 10_000

export function isSensitiveKey(key: string): boolean {
  const bare = unquote(key.trim())
  const last = bare.slice(Math.max(bare.lastIndexOf('.'), bare.lastIndexOf('/')) + 1)
  return SENSITIVE_KEY.test(last) || SENSITIVE_KEY.test(bare)
}

export function looksLikeToken(value: string): boolean {
  TOKEN_VALUE.lastIndex = 0
  const found = TOKEN_VALUE.test(value)
  TOKEN_VALUE.lastIndex = 0
  return found
}

/**
 * A line-by-line redactor: it remembers, from one line to the next, a block scalar or map being masked, and a
 * `name:` that names a credential. `secret` says the lines are those of a Secret manifest.
 */
class Redactor {
  /** Lines indented deeper than this are masked (a block scalar, a map, the data of a Secret); -1 when none. */
  private maskDeeperThan = -1
  private sensitiveName = false

  constructor(public secret = false) {}

  line(text: string): string {
    let indent = 0
    while (indent < text.length && (text[indent] === ' ' || text[indent] === '\t')) indent++
    if (this.maskDeeperThan >= 0) {
      if (indent === text.length) return text
      if (indent > this.maskDeeperThan) return `${text.slice(0, indent)}${REDACTED}`
      this.maskDeeperThan = -1
    }
    if (text.length > LONG_LINE) {
      this.sensitiveName = false
      return SENSITIVE_WORD.test(text) || looksLikeToken(text) ? `${text.slice(0, indent)}${REDACTED}` : text
    }
    const kv = splitKeyLine(text)
    if (!kv) {
      this.sensitiveName = false
      return redactText(text)
    }
    const { lead, key, sep, rest } = kv
    const name = unquote(key)
    const value = stripComment(rest).trim()
    const previousNamedSecret = this.sensitiveName
    this.sensitiveName = name === 'name' && isSensitiveKey(value)
    const sensitive =
      isSensitiveKey(name) ||
      (previousNamedSecret && name === 'value') ||
      (this.secret && lead === '' && (name === 'data' || name === 'stringData'))
    if (!sensitive) return `${lead}${key}${sep}${maskKeyedValues(maskFlow(maskTokens(rest)))}`
    if (value === '' || isBlockHeader(value)) {
      // The value is on the lines below: a block scalar, or a map (a Secret's data).
      this.maskDeeperThan = lead.length
      return text
    }
    if (/^[&*!]\S*$/.test(value)) return text // an anchor, alias or tag alone: no value on this line
    return `${lead}${key}${sep}${REDACTED}`
  }
}

/**
 * Free text that may quote what a file holds (a message's `now: '{"auth": "…"}'`, a JSON or YAML string value):
 * tokens masked, and the value after any key that names a credential (`"password": "…"`, `token=…`,
 * `auth: …`), however the key and value are quoted (`\"` included: JSON inside a YAML string). Linear.
 */
export function redactText(text: string): string {
  return maskKeyedValues(maskTokens(text))
}

/** A value read from a file (a finding's `expected` or `actual`): credential keys and strings masked. */
export function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value)
  if (Array.isArray(value)) return value.map(redactValue)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, isSensitiveKey(k) ? REDACTED : redactValue(v)])
    )
  return value
}

/** How far back from a `:` or `=` a key is looked for: longer keys are not credential names. */
const MAX_KEY_LENGTH = 128
const KEY_CHAR = /[\w./-]/
const QUOTES = new Set(['"', "'"])

/**
 * Mask the value after every `:` or `=` whose key names a credential. The key is the quoted string or the run of
 * key characters just before it; the value is a quoted string (its quotes kept) or the text up to a delimiter.
 * Each key is looked for at most MAX_KEY_LENGTH characters back and each value is skipped once: linear.
 */
function maskKeyedValues(text: string): string {
  if (!text.includes(':') && !text.includes('=')) return text
  const n = text.length
  let out = ''
  let done = 0
  for (let i = 0; i < n; i++) {
    const c = text[i]
    if (c !== ':' && c !== '=') continue
    const key = keyBefore(text, i)
    if (key === null || !isSensitiveKey(key)) continue
    let v = i + 1
    while (v < n && isBlank(text[v])) v++
    const escaped = text[v] === '\\' && QUOTES.has(text[v + 1])
    const q = escaped ? text[v + 1] : text[v]
    let start: number
    let end: number
    if (QUOTES.has(q)) {
      start = v + (escaped ? 2 : 1)
      end = escaped ? text.indexOf(`\\${q}`, start) : closingQuote(text, v)
      if (end < 0) end = n
    } else {
      start = v
      end = v
      while (end < n && !VALUE_END.has(text[end])) end++
    }
    if (end <= start) continue
    out += text.slice(done, start) + REDACTED
    done = end
    i = end - 1
  }
  return done === 0 ? text : out + text.slice(done)
}

const VALUE_END = new Set([',', '}', ']', ')', '\n', '\r', '"', "'", ' ', '\t'])

/** The key just before the `:` or `=` at `at` (blanks between allowed), unquoted; null when there is none. */
function keyBefore(text: string, at: number): string | null {
  let j = at - 1
  while (j >= 0 && isBlank(text[j])) j--
  if (j < 0) return null
  const stop = Math.max(0, j - MAX_KEY_LENGTH)
  if (QUOTES.has(text[j])) {
    const q = text[j]
    let k = j - 1
    while (k >= stop && text[k] !== q) k--
    if (k < stop) return null
    const inner = text.slice(k + 1, j)
    return inner.endsWith('\\') ? inner.slice(0, -1) : inner
  }
  let k = j
  while (k >= stop && KEY_CHAR.test(text[k])) k--
  return k === j ? null : text.slice(k + 1, j + 1)
}

/**
 * The lines of a YAML text (split at `\n`, a `\r` kept at the end of its line), masked. Documents are taken one
 * by one, so that a Secret's data is masked wherever its `kind` line is.
 */
export function redactLines(text: string): string[] {
  const lines = text.split('\n')
  const out: string[] = []
  for (let start = 0; start < lines.length;) {
    let end = start + 1
    while (end < lines.length && !isDocumentStart(lines[end])) end++
    let secret = false
    for (let i = start; i < end && !secret; i++) secret = isSecretKind(lines[i])
    const r = new Redactor(secret)
    for (let i = start; i < end; i++) {
      const l = lines[i]
      const cr = l.endsWith('\r')
      const masked = r.line(cr ? l.slice(0, -1) : l)
      out.push(cr ? `${masked}\r` : masked)
    }
    start = end
  }
  return out
}

function isDocumentStart(line: string): boolean {
  return (
    line.startsWith('---') && (line.length === 3 || line[3] === ' ' || line[3] === '\t' || line[3] === '\r')
  )
}

function isSecretKind(line: string): boolean {
  if (!line.startsWith('kind:') || line.length > 64) return false
  return /^kind:[ \t]*["']?Secret["']?[ \t]*(#.*)?\r?$/.test(line)
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t'
}

function isBlockHeader(value: string): boolean {
  return /^[|>][-+0-9]{0,3}$/.test(value)
}

function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s
}

/** The offset of the quote closing the one at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  const q = text[open]
  for (let i = open + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++
      else return i
    }
  }
  return -1
}

/** `  - key: value  # comment` → the indent and `- ` indicators, the key, `: `, and the rest; null for no key. */
function splitKeyLine(text: string): { lead: string; key: string; sep: string; rest: string } | null {
  const n = text.length
  let p = 0
  while (p < n && isBlank(text[p])) p++
  while (text[p] === '-' && (p + 1 === n || isBlank(text[p + 1]))) {
    p++
    while (p < n && isBlank(text[p])) p++
  }
  const keyStart = p
  const c = text[p]
  if (c === undefined || c === '#' || c === '{' || c === '[') return null
  let keyEnd: number
  if (c === '"' || c === "'") {
    const close = closingQuote(text, p)
    if (close < 0) return null
    keyEnd = close + 1
    p = keyEnd
    while (p < n && isBlank(text[p])) p++
    if (text[p] !== ':') return null
  } else {
    for (; p < n; p++) {
      if (text[p] === ':' && (p + 1 === n || isBlank(text[p + 1]))) break
      if (text[p] === '#' && isBlank(text[p - 1])) return null
    }
    if (p >= n) return null
    keyEnd = p
    while (keyEnd > keyStart && isBlank(text[keyEnd - 1])) keyEnd--
  }
  let q = p + 1
  while (q < n && isBlank(text[q])) q++
  return {
    lead: text.slice(0, keyStart),
    key: text.slice(keyStart, keyEnd),
    sep: text.slice(keyEnd, q),
    rest: text.slice(q)
  }
}

/** A value without its trailing comment (a `#` at the start or after a blank). */
function stripComment(rest: string): string {
  for (let i = rest.indexOf('#'); i >= 0; i = rest.indexOf('#', i + 1))
    if (i === 0 || isBlank(rest[i - 1])) return rest.slice(0, i)
  return rest
}

function maskTokens(text: string): string {
  return looksLikeToken(text) ? text.replace(TOKEN_VALUE, REDACTED) : text
}

const FLOW_KEY_CHAR = /[\w./-]/

/** Inside flow maps on one line: `{user: a, password: b}`. */
function maskFlow(text: string): string {
  if (!text.includes('{')) return text
  const n = text.length
  let out = ''
  let done = 0
  let quote = ''
  for (let i = 0; i < n; i++) {
    const c = text[i]
    if (quote) {
      if (quote === '"' && c === '\\') i++
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++
        else quote = ''
      }
      continue
    }
    if (c === '"' || c === "'") {
      quote = c
      continue
    }
    if (c !== '{' && c !== ',') continue
    let k = i + 1
    while (k < n && isBlank(text[k])) k++
    let keyEnd: number
    if (text[k] === '"' || text[k] === "'") {
      const close = closingQuote(text, k)
      if (close < 0) continue
      keyEnd = close + 1
    } else {
      keyEnd = k
      while (keyEnd < n && FLOW_KEY_CHAR.test(text[keyEnd])) keyEnd++
      if (keyEnd === k) continue
    }
    let s = keyEnd
    while (s < n && isBlank(text[s])) s++
    if (text[s] !== ':') continue
    s++
    while (s < n && isBlank(text[s])) s++
    let v = s
    if (text[v] === '"' || text[v] === "'") {
      const close = closingQuote(text, v)
      v = close < 0 ? n : close + 1
    } else while (v < n && text[v] !== ',' && text[v] !== '}' && text[v] !== ']') v++
    if (isSensitiveKey(text.slice(k, keyEnd)) && text.slice(s, v).trim() !== '') {
      out += text.slice(done, s) + REDACTED
      done = v
    }
    i = v - 1
  }
  return out + text.slice(done)
}
