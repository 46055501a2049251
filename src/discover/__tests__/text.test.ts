import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { decodeText, textForTests, firstInvalidUtf8 } from '../text.js'

describe('decodeText', () => {
  it('skips a file with a NUL byte anywhere, naming its line', () => {
    expect(decodeText(Buffer.from('a: 1\nb: 2\0\n'))).toEqual({
      skip: 'skipped: binary file (NUL byte on line 2)'
    })
    const late = Buffer.concat([Buffer.from('a: 1\n'.repeat(10_000)), Buffer.from([0])])
    expect(decodeText(late)).toEqual({ skip: 'skipped: binary file (NUL byte on line 10001)' })
  })

  it('skips text that is not UTF-8, naming the line of the first bad byte', () => {
    const latin1 = Buffer.from('# ok\nname: caf\xe9\n', 'latin1')
    expect(decodeText(latin1)).toEqual({ skip: 'skipped: not UTF-8 text (invalid byte on line 2)' })
  })

  it('skips UTF-16 with a byte order mark (either order) as UTF-16, and tests it in its own encoding', () => {
    const le = Buffer.from('\ufefftestkube-api: {}\n', 'utf16le')
    const be = Buffer.from(le).swap16()
    for (const buf of [le, be]) {
      expect(decodeText(buf)).toEqual({ skip: expect.stringMatching(/^skipped: UTF-16 text \(/) })
      expect(textForTests(buf)).toBe('testkube-api: {}\n')
    }
    // Anything else is tested as latin1: one character per byte.
    expect(textForTests(Buffer.from('caf\xe9', 'latin1'))).toBe('caf\xe9')
    expect(textForTests(Buffer.from([0xff]))).toBe('\xff')
  })

  it('drops a UTF-8 BOM and says so; keeps CR, LF and their mix as they are', () => {
    const text = 'a: 1\r\nb: 2\nc: 3\r\n'
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      bom: true
    })
    expect(decodeText(Buffer.from(text))).toEqual({ text, bom: false })
  })

  it('reads an empty file as empty text', () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ text: '', bom: false })
  })

  it('finds the first invalid UTF-8 byte exactly where a strict decoder fails', () => {
    const strict = new TextDecoder('utf-8', { fatal: true })
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.array(fc.string({ unit: 'grapheme', maxLength: 6 }), { maxLength: 4 }).map(parts => {
        const buf = Buffer.from(parts.join(''))
        return buf.subarray(0, Math.max(0, buf.length - (buf.length % 3)))
      })
    )
    fc.assert(
      fc.property(bytes, buf => {
        const bad = firstInvalidUtf8(buf)
        let valid = true
        try {
          strict.decode(buf)
        } catch {
          valid = false
        }
        expect(bad === -1).toBe(valid)
        if (bad > 0) expect(() => strict.decode(buf.subarray(0, bad))).not.toThrow()
      }),
      { numRuns: 3000, seed: 99 }
    )
  })
})
