/**
 * YAML values in a Terraform heredoc (`values = [<<-EOT … EOT]`): finding the heredocs of a file's text, and
 * editing one in place. The heredoc is named by its ordinal among the file's heredocs, which edits inside
 * heredoc bodies do not change (they add YAML keys, never a `<<EOT` opener), so several edits in one file compose.
 * A `<<-` heredoc's body is edited without its common indentation, which is put back on every line after.
 */

export interface HeredocSpan {
  /** 1-based line of the opener (`values = [<<-EOT`). */
  openLine: number
  ident: string
  /** `<<-`: Terraform strips the common indentation of the body. */
  strip: boolean
  /** Offsets of the body: from the line after the opener to the start of the closing line. */
  start: number
  end: number
}

const OPENER = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?$/

/** Every heredoc of an HCL text, in order. */
export function findHeredocs(text: string): HeredocSpan[] {
  const out: HeredocSpan[] = []
  let offset = 0
  let line = 1
  let open: { line: number; ident: string; strip: boolean; start: number } | null = null
  while (offset <= text.length) {
    const nl = text.indexOf('\n', offset)
    const end = nl < 0 ? text.length : nl
    const content = text.slice(offset, end)
    if (open) {
      if (content.trim() === open.ident) {
        out.push({
          openLine: open.line,
          ident: open.ident,
          strip: open.strip,
          start: open.start,
          end: offset
        })
        open = null
      }
    } else {
      const m = OPENER.exec(content)
      if (m && !/^\s*(#|\/\/)/.test(content))
        open = { line, ident: m[2], strip: m[1] === '-', start: end + 1 }
    }
    if (nl < 0) break
    offset = nl + 1
    line++
  }
  return out
}

export function commonIndent(body: string): string {
  let best: string | null = null
  for (const l of body.split('\n')) {
    if (l.trim() === '') continue
    const ind = /^[ \t]*/.exec(l)?.[0] ?? ''
    if (best === null || ind.length < best.length) best = ind
  }
  return best ?? ''
}

/** The body of a heredoc as Terraform reads it (indentation stripped for `<<-`), and the indentation. */
export function heredocYaml(text: string, span: HeredocSpan): { yaml: string; indent: string } {
  const raw = text.slice(span.start, span.end)
  if (!span.strip) return { yaml: raw, indent: '' }
  const indent = commonIndent(raw)
  const yaml = raw
    .split('\n')
    .map(l => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))
    .join('\n')
  return { yaml, indent }
}

/**
 * Replace the body of the `ordinal`-th heredoc with `edit(yaml)`'s result (re-indented), or say why not.
 */
export function editHeredoc(
  text: string,
  ordinal: number,
  edit: (yaml: string) => { text: string } | { problem: string }
): { text: string } | { problem: string; line: number } {
  const span = findHeredocs(text)[ordinal]
  if (!span) return { problem: `heredoc #${ordinal + 1} is no longer in the file`, line: 1 }
  const { yaml, indent } = heredocYaml(text, span)
  const out = edit(yaml)
  if ('problem' in out) return { problem: out.problem, line: span.openLine }
  if (out.text === yaml) return { text }
  let body = out.text
  if (indent)
    body = body
      .split('\n')
      .map(l => (l.trim() === '' ? l : indent + l))
      .join('\n')
  if (!body.endsWith('\n')) body += '\n'
  return { text: text.slice(0, span.start) + body + text.slice(span.end) }
}
