/**
 * Turning bytes into text a scan can trust: binary files (a NUL byte) and non-UTF-8 files are skipped with a
 * reason, a UTF-8 BOM is dropped (and restored by the fixer, see fix/write.ts).
 */

/** Files larger than this are not parsed (they are still read for the text test). */
export const MAX_PARSE_BYTES = 8 * 1024 * 1024

export type Decoded = { text: string; bom: boolean } | { skip: string }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function decodeText(buf: Buffer): Decoded {
  const probe = buf.subarray(0, Math.min(buf.length, 8192))
  if (probe.includes(0)) return { skip: 'skipped: binary file (NUL byte)' }
  let text: string
  try {
    text = utf8.decode(buf)
  } catch {
    return { skip: 'skipped: not UTF-8 text' }
  }
  if (text.charCodeAt(0) === 0xfeff) return { text: text.slice(1), bom: true }
  return { text, bom: false }
}
