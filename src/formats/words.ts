/**
 * The words a reference pool indexes a file by (see ReferencePool): cheap cuts of the raw text that hold every
 * name or path a reader will look the file up by, so that a lookup can skip every file that does not hold it.
 * They are cut from the raw text, so a value spelled with YAML escapes (`"a\x2db"`) is not found by its meaning;
 * every other way of writing a scalar on one line (plain, quoted, in a flow collection, after an anchor or a
 * tag) is.
 */

/** Where a word ends: blanks, quotes, flow indicators, comments, and `=` (kustomize's `key=path`). */
export const WORD_CUT = /[\s'"`,[\]{}#=]+/

/** A `name:` key (plain, quoted, JSON style) and the first word of its value on the same line. */
const NAME_VALUE =
  /(?:^|[\s{,])["']?name["']?[ \t]*:[ \t]*(?:&\S*[ \t]+)?(?:!\S*[ \t]+)?(["']?)([^\s'"`,[\]{}#]*)/gm

/**
 * The values of the `name:` keys of a manifest file (`metadata.name` among them), or null when one of them is
 * not a word of its line (on the next line, a block scalar, an alias, an escape): then the file must be read.
 */
export function nameWords(text: string): Set<string> | null {
  const words = new Set<string>()
  for (const m of text.matchAll(NAME_VALUE)) {
    const value = m[2]
    const end = (m.index ?? 0) + m[0].length
    // A templated name (`{{ include … }}`) is no literal a lookup asks for; a lookup of a template holds `{`
    // and gets every file anyway.
    if (value === '' && text.startsWith('{{', end)) continue
    if (value === '' || /^[*|>]/.test(value) || (m[1] && text[end] !== m[1]) || value.includes('\\'))
      return null
    words.add(value)
  }
  return words
}

/** The first word of a block list item (`- x`, `- "x"`, `- &a x`). */
const LIST_ITEM = /^[ \t]*-[ \t]+(?:&\S*[ \t]+)?(?:!\S*[ \t]+)?["']?([^\s'"`,[\]{}#]+)/gm
/** The first word of a `path:` value. */
const PATH_VALUE = /\bpath["']?[ \t]*:[ \t]+(?:&\S*[ \t]+)?(?:!\S*[ \t]+)?["']?([^\s'"`,[\]{}#]+)/g
/** A flow sequence (`[a, b]`, over several lines too). */
const FLOW_SEQUENCE = /\[([^\]]*)\]/g

/**
 * The words of a YAML text where a list item or a `path:` value starts, and every word of its flow sequences:
 * the paths a kustomization lists (resources, components, bases, patches, patchesStrategicMerge) are among them.
 */
export function listWords(text: string): Set<string> {
  const words = new Set<string>()
  for (const m of text.matchAll(LIST_ITEM)) words.add(m[1])
  for (const m of text.matchAll(PATH_VALUE)) words.add(m[1])
  for (const m of text.matchAll(FLOW_SEQUENCE)) for (const w of m[1].split(WORD_CUT)) if (w) words.add(w)
  return words
}
