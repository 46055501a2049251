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
