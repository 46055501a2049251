/**
 * Inline suppressions: `# testkube-istio-guard: ignore TKI002 -- we run MongoDB upgrades by hand` at the end of a
 * line, or on its own line above it (several such comment lines may stack above one line). The line it is
 * about is the release's declaration or the key a finding names. Pure: a file's text in, its directives out.
 */

export interface InlineDirective {
  file: string
  /** The line the comment is on. */
  line: number
  /** The line it is about: its own line for a trailing comment, else the next line that is not a comment. */
  target: number
  /** As written, upper-cased; may hold codes the catalogue does not know. */
  codes: string[]
  /** '' when no reason follows ` -- `. */
  reason: string
}

const DIRECTIVE = /(?:^|\s)#\s*testkube-istio-guard:\s*ignore\b(.*)$/
const COMMENT_ONLY = /^\s*#/

/** Every directive in the text of one file. */
export function inlineDirectives(file: string, text: string): InlineDirective[] {
  if (!text.includes('testkube-istio-guard:')) return []
  const lines = text.split(/\r\n|\n|\r/)
  const out: InlineDirective[] = []
  lines.forEach((content, i) => {
    const m = DIRECTIVE.exec(content)
    if (!m) return
    const rest = m[1]
    const dashes = rest.search(/(^|\s)--(\s|$)/)
    const codesText = dashes < 0 ? rest : rest.slice(0, dashes)
    const reason =
      dashes < 0
        ? ''
        : rest
            .slice(dashes)
            .replace(/^\s*--/, '')
            .trim()
    let target = i
    if (COMMENT_ONLY.test(content)) {
      target = i + 1
      while (target < lines.length && COMMENT_ONLY.test(lines[target])) target++
      // A comment on the last lines of a file is about nothing below it: it names its own line.
      if (target >= lines.length) target = i
    }
    out.push({
      file,
      line: i + 1,
      target: target + 1,
      codes: codesText
        .split(/[\s,]+/)
        .filter(c => c !== '')
        .map(c => c.toUpperCase()),
      reason
    })
  })
  return out
}

/** Whether the directive is about this line of this file (or is itself that line, as a file's first comment). */
export function directiveCovers(d: InlineDirective, file: string, line: number): boolean {
  return d.file === file && (d.target === line || d.line === line)
}
