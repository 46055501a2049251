/** Small text helpers the renderers share: counted nouns, and colour that can be switched off. */

export interface Palette {
  red(s: string): string
  yellow(s: string): string
  green(s: string): string
  cyan(s: string): string
  dim(s: string): string
  bold(s: string): string
}

const sgr =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`

const identity = (s: string): string => s

export function palette(enabled: boolean): Palette {
  if (!enabled)
    return { red: identity, yellow: identity, green: identity, cyan: identity, dim: identity, bold: identity }
  return {
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    cyan: sgr(36, 39),
    dim: sgr(2, 22),
    bold: sgr(1, 22)
  }
}

/**
 * Whether text output gets colour: `--no-color` wins, then FORCE_COLOR (`0`/`false` turn it off, anything
 * else on), then NO_COLOR (any non-empty value turns it off), then whether the output is a terminal.
 */
export function useColor(flag: boolean, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (!flag) return false
  const force = env.FORCE_COLOR
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false')
  if (env.NO_COLOR) return false
  return isTTY
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * Characters that must not reach a terminal or a page raw from a file name or a file's text: C0 and C1 controls
 * (an ESC sequence repaints a terminal, a newline forges a line of the report), DEL, and the bidirectional
 * overrides that reorder what is shown. A tab stays, and a `\r` that ends its line (a CRLF file's diff).
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001b\[(?:1|2|22|31|32|33|36|39)m|[\u0000-\u0008\u000a-\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!$)/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\u001b': '\\e' }

/**
 * One line of output with every unprintable character escaped (`\n`, `\e`, `\x07`, `\u{202e}`). With
 * `keepColour`, the colour codes this tool's palette writes are kept (the text is escaped before it is coloured,
 * so only a file name that spells one exactly gets one through: it changes a colour, and can do nothing else).
 */
export function printable(line: string, keepColour = false): string {
  return line.replace(UNPRINTABLE, c => {
    if (c.length > 1) return keepColour ? c : `\\e${c.slice(1)}`
    const named = NAMED[c]
    if (named) return named
    const code = c.charCodeAt(0)
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
  })
}
