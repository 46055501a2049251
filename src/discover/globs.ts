/**
 * `--include` / `--exclude` globs (and the Action's `include` / `exclude` inputs), compiled with picomatch.
 *
 * picomatch turns a glob into a regular expression in which each `*` is a lazy `[^/]*?`; several of them in one
 * path segment backtrack against a name that almost matches (`a*a*a*a*a*b` against forty `a`s took seconds,
 * and each more star multiplies the time by the length of the name). A glob may come from a repository's own
 * files, so the patterns are bounded before they are compiled: at most MAX_STARS_PER_SEGMENT stars in a
 * segment (a whole `**` segment is not counted: it matches segments, not characters), no extglobs (`+(…)`,
 * `*(…)`: nested quantifiers; `.gitignore` has none either), and at most MAX_GLOB_LENGTH characters. Measured
 * against a 255-byte name of `a`s: two stars take up to 1.5 ms, three up to 10 ms, four seconds.
 */
import picomatch from 'picomatch'

export const MAX_STARS_PER_SEGMENT = 2
export const MAX_GLOB_LENGTH = 1000

const PICOMATCH_OPTIONS = { dot: true, noextglob: true, maxLength: MAX_GLOB_LENGTH } as const

/** Why a glob is refused, or null when it is fine. */
export function globProblem(glob: string): string | null {
  if (glob.length > MAX_GLOB_LENGTH) return `is longer than ${MAX_GLOB_LENGTH} characters`
  for (const segment of glob.split('/')) {
    if (segment === '**') continue
    const stars = segment.match(/\*+/g)?.length ?? 0
    if (stars > MAX_STARS_PER_SEGMENT)
      return `has ${stars} wildcards in one path segment ('${segment}'); at most ${MAX_STARS_PER_SEGMENT} are allowed`
  }
  return null
}

/** A matcher for repo-relative paths (`/`-separated); null for no globs. Throws for a glob globProblem refuses. */
export function compileGlobs(globs: readonly string[] | undefined): ((path: string) => boolean) | null {
  if (!globs?.length) return null
  for (const g of globs) {
    const problem = globProblem(g)
    if (problem) throw new Error(`glob '${g}' ${problem}`)
  }
  return picomatch([...globs], PICOMATCH_OPTIONS)
}
