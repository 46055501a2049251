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
export function nameWords(text: string): string[] | null {
  // A list, not a set: a word may come twice, and the index keeps a file once per word (WordIndex.add). Most
  // files pass here, and a set would hash every word once more.
  const words: string[] = []
  for (const m of nameMatches(text)) {
    const value = m[2]
    const end = m.index + m[0].length
    // A templated name (`{{ include … }}`) is no literal a lookup asks for; a lookup of a template holds `{`
    // and gets every file anyway.
    if (value === '' && text.startsWith('{{', end)) continue
    if (value === '' || /^[*|>]/.test(value) || (m[1] && text[end] !== m[1]) || value.includes('\\'))
      return null
    words.push(value)
  }
  return words
}

/** NAME_VALUE, anchored where it is tried. */
const NAME_VALUE_AT = new RegExp(NAME_VALUE.source, 'my')

/**
 * The matches of NAME_VALUE in `text`, as `text.matchAll(NAME_VALUE)` gives them, found faster: the regex is tried
 * only just before each `name` of the text (a match starts at most two characters before its `name`: the cut and
 * a quote), not at every character. Files of every kind pass here, most with a few `name`s in kilobytes of text.
 */
function* nameMatches(text: string): Generator<RegExpExecArray> {
  let from = 0
  for (let at = text.indexOf('name'); at >= 0; at = text.indexOf('name', at + 4)) {
    for (let start = Math.max(from, at - 2); start <= at; start++) {
      NAME_VALUE_AT.lastIndex = start
      const m = NAME_VALUE_AT.exec(text)
      if (!m) continue
      yield m
      from = m.index + m[0].length
      // The value may hold `name`s of its own: the next match starts after this one, as with matchAll.
      if (from > at + 4) at = from - 4
      break
    }
  }
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
export function listWords(text: string): string[] {
  // A list, as nameWords: duplicates are left to the index.
  const words: string[] = []
  for (const m of text.matchAll(LIST_ITEM)) words.push(m[1])
  // Most kustomizations have no `path:` and no flow sequence: a plain search spares them those regexes.
  if (text.includes('path')) for (const m of text.matchAll(PATH_VALUE)) words.push(m[1])
  if (text.includes('['))
    for (const m of text.matchAll(FLOW_SEQUENCE)) for (const w of m[1].split(WORD_CUT)) if (w) words.push(w)
  return words
}
