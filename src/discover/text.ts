/**
 * Turning bytes into text a scan can trust: binary files (a NUL byte anywhere) and non-UTF-8 files are skipped
 * with a reason that names the line, a UTF-8 BOM is dropped (and restored by the fixer, see fix/write.ts). Line
 * endings are left as they are: CRLF, LF and a mix of both are kept byte for byte by the fixer.
 *
 * UTF-16 text with a byte order mark is what Windows editors save as "Unicode"; Helm reads it (go-yaml detects
 * the encoding), so a values file in it is a real input. It is tested in its own encoding, so that a Testkube
 * file in UTF-16 is reported as skipped rather than passed over in silence, and skipped: the fixer writes UTF-8.
 */

/** Files larger than this are not parsed (they are still read for the text test). */
export const MAX_PARSE_BYTES = 8 * 1024 * 1024

export type Decoded = { text: string; bom: boolean } | { skip: string }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export function decodeText(buf: Buffer): Decoded {
  if (utf16Order(buf) !== null)
    return {
      skip: 'skipped: UTF-16 text (Helm reads it; this tool reads and writes UTF-8 only: save the file as UTF-8 to have it checked)'
    }
  const nul = buf.indexOf(0)
  if (nul >= 0) return { skip: `skipped: binary file (NUL byte on line ${lineOfByte(buf, nul)})` }
  let text: string
  try {
    text = utf8.decode(buf)
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(buf))
    return { skip: `skipped: not UTF-8 text (invalid byte on line ${lineOfByte(buf, bad)})` }
  }
  if (text.charCodeAt(0) === 0xfeff) return { text: text.slice(1), bom: true }
  return { text, bom: false }
}

/**
 * The text the scan's cheap tests look at: latin1 (one character per byte, no decoding) for every file but one
 * in UTF-16 with a byte order mark, which is decoded (its words would otherwise be split by NUL bytes).
 */
export function textForTests(buf: Buffer): string {
  const order = utf16Order(buf)
  if (order === null) return buf.toString('latin1')
  const body = buf.subarray(2, buf.length - (buf.length % 2))
  return order === 'le' ? body.toString('utf16le') : Buffer.from(body).swap16().toString('utf16le')
}

/** The byte order of a file that starts with a UTF-16 byte order mark; null for any other file. */
function utf16Order(buf: Buffer): 'le' | 'be' | null {
  if (buf.length < 2) return null
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'le'
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'be'
  return null
}

/** 1-based line of a byte offset. */
function lineOfByte(buf: Buffer, offset: number): number {
  let line = 1
  for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) line++
  return line
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence; -1 when all are. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length;) {
    const b = buf[i]
    let need: number
    let min: number
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else {
      return i
    }
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}
