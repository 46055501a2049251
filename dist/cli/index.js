#!/usr/bin/env node
var __yamlDebug_LOG_STREAM = process.env.LOG_STREAM;
var __yamlDebug_LOG_TOKENS = process.env.LOG_TOKENS;
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5220);
/** The `testkube-istio-guard` command: everything happens in runCli (main.ts). */

// `… | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (err) => {
    if (err.code !== 'EPIPE')
        throw err;
});
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5220:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, repoPrefix

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/discover/open-file.ts
/**
 * Opening a listed file to read it. The walk lists regular files only (discover/files.ts), but a path can change
 * between the walk and the read: a FIFO put in its place blocks an ordinary open until some process writes to it,
 * and a device such as /dev/zero never ends. So a file is opened without blocking and refused unless it is
 * still a regular file. A directory is let through: its read fails with EISDIR, as it always did.
 *
 * The read-ahead worker (read-ahead.ts) is plain JavaScript with no imports: it repeats these few lines, and its
 * tests compare it with readRegularFileSync.
 */

/** The error code of a path that is no longer a regular file when it is read (`cannot read: …`). */
const NOT_A_FILE = 'not a regular file';
/** Read-only, and without blocking on a FIFO (Windows has no O_NONBLOCK and no FIFOs in the tree). */
const READ_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
/** Open `abs` to read it; throws (with `code`) when it cannot be opened or is not a regular file or directory. */
function openForReading(abs) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(abs, READ_FLAGS);
    let regular = false;
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        regular = st.isFile() || st.isDirectory();
    }
    finally {
        if (!regular)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    if (!regular)
        throw Object.assign(new Error(`${abs}: ${NOT_A_FILE}`), { code: NOT_A_FILE });
    return fd;
}
/** The whole file, read through openForReading. */
function readRegularFileSync(abs) {
    const fd = openForReading(abs);
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/discover/files.ts
/**
 * Finding the files to scan. A walk of the tree that honours `.gitignore` files (at every level, via the
 * `ignore` package, the matcher eslint uses), always skips `.git` and `node_modules`, applies `--include` /
 * `--exclude` globs (picomatch), and never follows a link out of the root or into a directory:
 * - a link to a file inside the root is not scanned on its own (the walk reaches its target under the target's
 *   own path), but it is listed in `allPaths`, so that a release may name it as a values file;
 * - a link to a directory is never entered (that also rules out link loops): a link to a directory inside the
 *   root adds nothing the walk does not see, one to a directory outside it is reported;
 * - a link that leads outside the root, or nowhere, is reported when it has a YAML name, and never read;
 * - anything that is not a regular file (a FIFO, a socket, a device) is reported when it has a YAML name, and
 *   never opened: opening a FIFO blocks until someone writes to it.
 */






const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
const YAML_FILE = /\.(ya?ml)(\.gotmpl)?$/i;
function isYamlPath(path) {
    return YAML_FILE.test(path);
}
async function discoverFiles(root, opts = {}) {
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    const errors = [];
    const include = opts.include?.length ? picomatch_default()(opts.include, { dot: true }) : null;
    const exclude = opts.exclude?.length ? picomatch_default()(opts.exclude, { dot: true }) : null;
    const allPaths = [];
    const files = [];
    // The root is a real path: a plain concatenation makes the path of everything under it (path.join would
    // normalise it again, once per entry of the tree).
    const stack = [
        { dir: realRoot.endsWith(external_node_path_namespaceObject.sep) ? realRoot : `${realRoot}${external_node_path_namespaceObject.sep}`, rel: '', rules: [] }
    ];
    while (stack.length > 0) {
        const frame = stack.pop();
        let entries;
        try {
            // Synchronous on purpose: one await per directory costs a thread-pool round trip, which was about two
            // thirds of the walk's time on a 14,000-directory tree. The order of the entries does not matter: every
            // list the walk returns is sorted at the end.
            entries = (0,external_node_fs_namespaceObject.readdirSync)(frame.dir, { withFileTypes: true });
        }
        catch (err) {
            errors.push({ file: frame.rel || '.', line: 1, message: `cannot read directory: ${code(err)}` });
            continue;
        }
        let rules = frame.rules;
        if (entries.some(e => e.name === '.gitignore' && e.isFile())) {
            try {
                // Through openForReading: a .gitignore made a FIFO since the listing must not stop the walk.
                const text = readRegularFileSync(`${frame.dir}.gitignore`).toString('utf8');
                rules = [...rules, { base: frame.rel, ig: ignore_default()().add(text) }];
            }
            catch {
                // An unreadable .gitignore ignores nothing; the file itself is not reported.
            }
        }
        const ignored = (rel, isDir) => rules.some(r => {
            const sub = r.base ? rel.slice(r.base.length + 1) : rel;
            return sub !== '' && r.ig.ignores(isDir ? `${sub}/` : sub);
        });
        for (const entry of entries) {
            if (ALWAYS_SKIPPED.has(entry.name))
                continue;
            const rel = frame.rel ? `${frame.rel}/${entry.name}` : entry.name;
            const abs = frame.dir + entry.name;
            if (entry.isDirectory()) {
                if (ignored(rel, true))
                    continue;
                stack.push({ dir: abs + external_node_path_namespaceObject.sep, rel, rules });
                continue;
            }
            if (ignored(rel, false))
                continue;
            if (exclude && exclude(rel))
                continue;
            let size;
            let scan = true;
            if (entry.isSymbolicLink()) {
                const target = await linkTarget(abs, realRoot);
                if (target.kind === 'outside' || target.kind === 'outside-dir') {
                    if (target.kind === 'outside-dir' || isYamlPath(rel))
                        errors.push({
                            file: rel,
                            line: 1,
                            message: target.kind === 'outside'
                                ? 'skipped: symbolic link points outside the repository'
                                : 'skipped: symbolic link to a folder outside the repository'
                        });
                    continue;
                }
                if (target.kind === 'broken' || target.kind === 'special') {
                    if (isYamlPath(rel))
                        errors.push({
                            file: rel,
                            line: 1,
                            message: target.kind === 'broken'
                                ? 'skipped: symbolic link that leads nowhere'
                                : 'skipped: symbolic link to something that is not a regular file'
                        });
                    continue;
                }
                if (target.kind === 'dir')
                    continue;
                size = target.size;
                // The target is scanned under its own name, unless that name is not a YAML one.
                scan = !isYamlPath(target.real);
            }
            else if (entry.isFile()) {
                size = -1;
            }
            else {
                if (isYamlPath(rel))
                    errors.push({
                        file: rel,
                        line: 1,
                        message: 'skipped: not a regular file (a FIFO, socket or device)'
                    });
                continue;
            }
            allPaths.push(rel);
            if (!scan || !isYamlPath(rel))
                continue;
            if (include && !include(rel))
                continue;
            files.push({ path: rel, size });
            if (files.length === opts.whenLarge?.files)
                opts.whenLarge.call();
        }
    }
    allPaths.sort();
    errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { root: realRoot, files, allPaths, errors };
}
/** Where a link leads, found without opening it (a loop, or a link to a FIFO, must not hang the walk). */
async function linkTarget(abs, realRoot) {
    let real;
    try {
        real = await (0,promises_namespaceObject.realpath)(abs); // ELOOP for a link loop
    }
    catch {
        return { kind: 'broken' };
    }
    let st;
    try {
        st = await (0,promises_namespaceObject.stat)(real);
    }
    catch {
        return { kind: 'broken' };
    }
    if (!isInside(realRoot, real))
        return { kind: st.isDirectory() ? 'outside-dir' : 'outside' };
    if (st.isDirectory())
        return { kind: 'dir' };
    if (!st.isFile())
        return { kind: 'special' };
    return { kind: 'file', real, size: st.size };
}
/** `abs` is the root or lies below it (`..data/x`, a ConfigMap mount's folder name, lies below it). */
function isInside(root, abs) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, abs);
    if (rel === '')
        return true;
    return rel !== '..' && !rel.startsWith(`..${external_node_path_namespaceObject.sep}`) && !(0,external_node_path_namespaceObject.isAbsolute)(rel) && !/^[a-zA-Z]:/.test(rel);
}
/** Resolve a repo-relative path to an absolute path inside the root, or null (outside, or through a link out). */
async function resolveInside(root, rel) {
    const abs = join(root, rel);
    if (!isInside(root, abs))
        return null;
    try {
        const st = await lstat(abs);
        if (st.isSymbolicLink()) {
            const real = await realpath(abs);
            return isInside(root, real) ? real : null;
        }
        const realDir = await realpath(join(abs, '..'));
        return isInside(root, realDir) ? abs : null;
    }
    catch {
        return null;
    }
}
function code(err) {
    return err?.code ?? String(err);
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/discover/read-ahead.ts
/**
 * Reading a list of files on a second thread, in order, while the caller works on the files already read.
 *
 * A scan's pass spent about a third of its time in open/read/close (the kernel's side of reading every byte),
 * and the rest testing and parsing what it read. Both ran on one thread. Now a worker thread reads the files into
 * batches (32 KiB first, so that the caller starts at once, then doubling up to 1 MiB) and hands each batch over
 * (the buffer is transferred, not copied), so the reads of the next batch overlap the tests of this one. On the
 * 20,000-file benchmark tree (2 vCPUs) the caller waits about 20 ms in all for batches, and the scan takes about
 * a tenth less time.
 *
 * The worker is a few lines of plain JavaScript run with `eval`, so that the bundles need no second entry file
 * and the tests run the same code. It holds no state a caller sees: the bytes come back in the order of the list,
 * each exactly what a synchronous read returns (read to the end), or the error code of a file it could not read.
 * If the worker cannot start or dies, the files it did not deliver are read on the caller's thread: the results
 * never depend on the worker.
 *
 * Memory is bounded: the worker sends a batch only while the caller holds fewer than `MAX_BATCHES_AHEAD` unread
 * batches (a shared counter it waits on), so a 200,000-file tree is never held in memory at once.
 */


/**
 * From this many YAML files on, a scan reads on a worker thread. Below it, the worker's start-up and end cost more
 * than the reads it takes over (1,000 files of a GitOps tree read in about 10 ms).
 */
const READ_AHEAD_MIN_FILES = 1000;
/** The size of the first batch; each next one is twice as large, up to BATCH_BYTES (a larger file travels alone). */
const FIRST_BATCH_BYTES = 32 * 1024;
const BATCH_BYTES = 1024 * 1024;
/** Batches the worker may read ahead of the caller. */
const MAX_BATCHES_AHEAD = 4;
/**
 * The worker. workerData: `credits`, an Int32Array over shared memory: [0] batches it may still send, [1] set to
 * 1 by the caller to stop it early, [2] batches sent (for `mostAhead`). It waits for one message, the absolute
 * paths to read, then sends `{ buffer, entries }` messages, entries being [offset, length, error code] per file
 * (length -1 and the code for a file it could not read) for the files after the previous message's, in list
 * order, and last `{ end: true }`. The first batch is small, so that the caller starts on it while the next ones
 * are read. A file that fails half-way leaves its bytes unused in the batch; the offsets of the others hold.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { openSync, readSync, closeSync, fstatSync } = require('node:fs')
const READ_FLAGS = ${READ_FLAGS}
const NOT_A_FILE = ${JSON.stringify(NOT_A_FILE)}
const { credits, firstBatchBytes, batchBytes } = workerData
let size = firstBatchBytes
let buffer = new Uint8Array(size)
let used = 0
let entries = []
function send() {
  if (entries.length === 0) return true
  while (Atomics.load(credits, 0) <= 0) {
    if (Atomics.load(credits, 1) !== 0) return false
    Atomics.wait(credits, 0, Atomics.load(credits, 0), 1000)
  }
  if (Atomics.load(credits, 1) !== 0) return false
  Atomics.sub(credits, 0, 1)
  parentPort.postMessage({ buffer: buffer.buffer, entries }, [buffer.buffer])
  Atomics.add(credits, 2, 1)
  size = Math.min(size * 2, batchBytes)
  buffer = new Uint8Array(size)
  used = 0
  entries = []
  return true
}
function readAll(paths) {
  for (let i = 0; i < paths.length; i++) {
    let fd
    try {
      // As openForReading (open-file.ts): no blocking on a FIFO, nothing but a regular file (or a directory).
      fd = openSync(paths[i], READ_FLAGS)
      const st = fstatSync(fd)
      if (!st.isFile() && !st.isDirectory()) {
        closeSync(fd)
        entries.push(0, -1, NOT_A_FILE)
        continue
      }
    } catch (err) {
      if (fd !== undefined) closeSync(fd)
      entries.push(0, -1, String((err && err.code) || err))
      continue
    }
    try {
      let start = used
      for (;;) {
        if (used === buffer.length) {
          // The file does not fit what is left of this batch: send the files before it (its part read so far is
          // copied first: the batch's buffer leaves with it), then give it a buffer of its own if need be.
          const partial = buffer.slice(start, used)
          if (start > 0 && !send()) return false
          if (partial.length * 2 > buffer.length) buffer = new Uint8Array(partial.length * 2)
          buffer.set(partial)
          used = partial.length
          start = 0
        }
        const got = readSync(fd, buffer, used, buffer.length - used, null)
        if (got === 0) break
        used += got
      }
      entries.push(start, used - start, '')
    } catch (err) {
      entries.push(0, -1, String((err && err.code) || err))
    } finally {
      closeSync(fd)
    }
    if (used >= buffer.length - 4096 && !send()) return false
  }
  return send()
}
parentPort.once('message', paths => {
  if (readAll(paths)) parentPort.postMessage({ end: true })
  parentPort.close()
})
`;
const DEFAULT_SIZES = {
    firstBatchBytes: FIRST_BATCH_BYTES,
    batchBytes: BATCH_BYTES,
    batchesAhead: MAX_BATCHES_AHEAD
};
/** Start the worker; null when worker threads are not available (the caller then reads on its own thread). */
function startReadAhead(sizes = DEFAULT_SIZES) {
    const credits = new Int32Array(new SharedArrayBuffer(12));
    credits[0] = sizes.batchesAhead;
    let worker;
    try {
        worker = new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { credits, firstBatchBytes: sizes.firstBatchBytes, batchBytes: sizes.batchBytes }
        });
    }
    catch {
        return null;
    }
    // Until it is asked to read, the worker must not keep the process alive.
    worker.unref();
    const queue = [];
    let visited = 0;
    let mostAhead = 0;
    let waiting = null;
    let ended = false;
    const deliver = (b) => {
        if (ended)
            return;
        if (b === null)
            ended = true;
        if (waiting) {
            const w = waiting;
            waiting = null;
            w(b);
        }
        else
            queue.push(b);
    };
    worker.on('message', (m) => {
        if (m.end)
            deliver(null);
        else if (m.buffer && m.entries)
            deliver({ bytes: Buffer.from(m.buffer), entries: m.entries });
    });
    // A failure ends the stream where it is: the caller reads the files not delivered itself.
    worker.on('error', () => deliver(null));
    let exited = false;
    const exit = new Promise(resolve => worker.once('exit', () => {
        exited = true;
        deliver(null);
        resolve();
    }));
    const next = () => queue.length > 0
        ? Promise.resolve(queue.shift())
        : new Promise(resolve => (waiting = resolve));
    let used = false;
    return {
        async readEach(paths, readSync, visit) {
            let index = 0;
            if (!used && !exited) {
                used = true;
                worker.ref();
                try {
                    worker.postMessage(paths);
                    for (let batch = await next(); batch; batch = await next()) {
                        const { bytes, entries } = batch;
                        for (let e = 0; e < entries.length; e += 3, index++) {
                            const offset = entries[e];
                            const length = entries[e + 1];
                            visit(index, length < 0
                                ? { error: entries[e + 2] }
                                : { bytes: bytes.subarray(offset, offset + length) });
                        }
                        mostAhead = Math.max(mostAhead, Atomics.load(credits, 2) - visited);
                        visited++;
                        Atomics.add(credits, 0, 1);
                        Atomics.notify(credits, 0);
                    }
                }
                finally {
                    worker.unref();
                }
            }
            readRest(paths, index, readSync, visit);
        },
        mostAhead: () => mostAhead,
        async stop() {
            Atomics.store(credits, 1, 1);
            Atomics.notify(credits, 0);
            if (!exited)
                await worker.terminate();
            await exit;
        }
    };
}
/** Read `paths` from `index` on, on this thread. */
function readRest(paths, index, readSync, visit) {
    for (; index < paths.length; index++) {
        let outcome;
        try {
            outcome = { bytes: readSync(paths[index]) };
        }
        catch (err) {
            outcome = { error: String(err.code ?? err) };
        }
        visit(index, outcome);
    }
}

;// CONCATENATED MODULE: ./src/formats/types.ts
/** `hints.mayNameKnownChart(text)`, loose when there are no hints. */
function mayNameKnownChart(text, hints) {
    return hints ? hints.mayNameKnownChart(text) : true;
}
/** Normalise a git or Helm repository URL for comparison: no scheme, no credentials, no `.git`, lower case. */
function normaliseRepoUrl(url) {
    let u = url.trim().toLowerCase();
    u = u.replace(/^[a-z+]+:\/\//, '');
    u = u.replace(/^[^@/]+@/, '');
    u = u.replace(/^([^/:]+):(?!\d)/, '$1/'); // git@github.com:owner/repo
    u = u.replace(/:\d+\//, '/');
    u = u.replace(/\.git$/, '').replace(/\/+$/, '');
    return u;
}

;// CONCATENATED MODULE: ./src/formats/charts.ts

/** Every chart this module identifies has one of these in its name: the cheap text tests look for them. */
const KNOWN_CHART_WORD = /testkube|istiod/;
/** Repositories that publish each chart (normalised: no scheme, no trailing slash). */
const PUBLISHERS = {
    testkube: [
        'kubeshop.github.io/helm-charts',
        'us-east1-docker.pkg.dev/testkube-cloud-372110/testkube',
        'registry-1.docker.io/kubeshop',
        'docker.io/kubeshop'
    ],
    'testkube-runner': [
        'kubeshop.github.io/helm-charts',
        'us-east1-docker.pkg.dev/testkube-cloud-372110/testkube',
        'registry-1.docker.io/kubeshop',
        'docker.io/kubeshop'
    ],
    'testkube-enterprise': [
        'kubeshop.github.io/testkube-cloud-charts',
        'us-east1-docker.pkg.dev/testkube-cloud-372110/testkube',
        'registry-1.docker.io/kubeshop',
        'docker.io/kubeshop'
    ],
    istiod: [
        'istio-release.storage.googleapis.com/charts',
        'gcr.io/istio-release/charts',
        'docker.io/istio',
        'registry-1.docker.io/istio'
    ]
};
const NAMES = new Set(Object.keys(PUBLISHERS));
function isKnownChartName(name) {
    return NAMES.has(name);
}
/**
 * @param name the chart name as declared (`testkube`, `kubeshop/testkube`, an OCI URL's last segment)
 * @param repoUrl the repository URL when the declaration gives one (https, oci://, or Argo's scheme-less OCI)
 */
function identifyChart(name, repoUrl) {
    if (!name)
        return null;
    let chartName = name.trim();
    let repo = repoUrl?.trim() || null;
    if (chartName.startsWith('oci://')) {
        const parts = chartName.replace(/:[^/:]*$/, '').split('/');
        chartName = parts.pop() ?? '';
        repo = parts.join('/');
    }
    else if (chartName.includes('/') && !repo) {
        // `kubeshop/testkube` (helm repo alias) or `tools/testkube`: the alias is not a URL.
        const alias = chartName.slice(0, chartName.lastIndexOf('/'));
        chartName = chartName.slice(chartName.lastIndexOf('/') + 1);
        if (!isKnownChartName(chartName))
            return null;
        return { chart: chartName, repoVerified: false, note: `repository given only as the alias '${alias}'` };
    }
    if (!isKnownChartName(chartName))
        return null;
    if (!repo)
        return { chart: chartName, repoVerified: false, note: 'repository not declared here' };
    let normal = normaliseRepoUrl(repo);
    // An OCI URL that names the chart itself (`oci://…/testkube/testkube` with Argo `path: .`).
    if (normal.endsWith(`/${chartName}`) && !PUBLISHERS[chartName].includes(normal))
        normal = normal.slice(0, -chartName.length - 1);
    if (PUBLISHERS[chartName].includes(normal))
        return { chart: chartName, repoVerified: true };
    return {
        chart: chartName,
        repoVerified: false,
        note: `chart '${chartName}' from ${repo}, not a repository that publishes it`
    };
}
/** An OCI URL naming a chart (`oci://host/path/testkube`): the chart name and the registry path. */
function splitOciChartUrl(url) {
    const u = url.trim().replace(/^oci:\/\//, '');
    const i = u.lastIndexOf('/');
    if (i <= 0)
        return null;
    return { name: u.slice(i + 1).replace(/[:@].*$/, ''), repo: u.slice(0, i) };
}

;// CONCATENATED MODULE: ./src/formats/words.ts
/**
 * The words a reference pool indexes a file by (see ReferencePool): cheap cuts of the raw text that hold every
 * name or path a reader will look the file up by, so that a lookup can skip every file that does not hold it.
 * They are cut from the raw text, so a value spelled with YAML escapes (`"a\x2db"`) is not found by its meaning;
 * every other way of writing a scalar on one line (plain, quoted, in a flow collection, after an anchor or a
 * tag) is.
 */
/** Where a word ends: blanks, quotes, flow indicators, comments, and `=` (kustomize's `key=path`). */
const WORD_CUT = /[\s'"`,[\]{}#=]+/;
/** A `name:` key (plain, quoted, JSON style) and the first word of its value on the same line. */
const NAME_VALUE = /(?:^|[\s{,])["']?name["']?[ \t]*:[ \t]*(?:&\S*[ \t]+)?(?:!\S*[ \t]+)?(["']?)([^\s'"`,[\]{}#]*)/gm;
/**
 * The values of the `name:` keys of a manifest file (`metadata.name` among them), or null when one of them is
 * not a word of its line (on the next line, a block scalar, an alias, an escape): then the file must be read.
 */
function nameWords(text) {
    // A list, not a set: a word may come twice, and the index keeps a file once per word (WordIndex.add). Most
    // files pass here, and a set would hash every word once more.
    const words = [];
    for (const m of nameMatches(text)) {
        const value = m[2];
        const end = m.index + m[0].length;
        // A templated name (`{{ include … }}`) is no literal a lookup asks for; a lookup of a template holds `{`
        // and gets every file anyway.
        if (value === '' && text.startsWith('{{', end))
            continue;
        if (value === '' || /^[*|>]/.test(value) || (m[1] && text[end] !== m[1]) || value.includes('\\'))
            return null;
        words.push(value);
    }
    return words;
}
/** NAME_VALUE, anchored where it is tried. */
const NAME_VALUE_AT = new RegExp(NAME_VALUE.source, 'my');
/**
 * The matches of NAME_VALUE in `text`, as `text.matchAll(NAME_VALUE)` gives them, found faster: the regex is tried
 * only just before each `name` of the text (a match starts at most two characters before its `name`: the cut and
 * a quote), not at every character. Files of every kind pass here, most with a few `name`s in kilobytes of text.
 */
function* nameMatches(text) {
    let from = 0;
    for (let at = text.indexOf('name'); at >= 0; at = text.indexOf('name', at + 4)) {
        for (let start = Math.max(from, at - 2); start <= at; start++) {
            NAME_VALUE_AT.lastIndex = start;
            const m = NAME_VALUE_AT.exec(text);
            if (!m)
                continue;
            yield m;
            from = m.index + m[0].length;
            // The value may hold `name`s of its own: the next match starts after this one, as with matchAll.
            if (from > at + 4)
                at = from - 4;
            break;
        }
    }
}
/** The first word of a block list item (`- x`, `- "x"`, `- &a x`). */
const LIST_ITEM = /^[ \t]*-[ \t]+(?:&\S*[ \t]+)?(?:!\S*[ \t]+)?["']?([^\s'"`,[\]{}#]+)/gm;
/** The first word of a `path:` value. */
const PATH_VALUE = /\bpath["']?[ \t]*:[ \t]+(?:&\S*[ \t]+)?(?:!\S*[ \t]+)?["']?([^\s'"`,[\]{}#]+)/g;
/** A flow sequence (`[a, b]`, over several lines too). */
const FLOW_SEQUENCE = /\[([^\]]*)\]/g;
/**
 * The words of a YAML text where a list item or a `path:` value starts, and every word of its flow sequences:
 * the paths a kustomization lists (resources, components, bases, patches, patchesStrategicMerge) are among them.
 */
function listWords(text) {
    // A list, as nameWords: duplicates are left to the index.
    const words = [];
    for (const m of text.matchAll(LIST_ITEM))
        words.push(m[1]);
    // Most kustomizations have no `path:` and no flow sequence: a plain search spares them those regexes.
    if (text.includes('path'))
        for (const m of text.matchAll(PATH_VALUE))
            words.push(m[1]);
    if (text.includes('['))
        for (const m of text.matchAll(FLOW_SEQUENCE))
            for (const w of m[1].split(WORD_CUT))
                if (w)
                    words.push(w);
    return words;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/yaml/file.ts
/**
 * A repository file parsed once into YAML documents, shared by every format module.
 *
 * Values are parsed with the YAML 1.1 schema because that is what Helm and Kubernetes clients read
 * (go-yaml v2 via sigs.k8s.io/yaml): `inject: no` is the boolean false to Helm, and must be judged so.
 *
 * Go templates (`{{ }}`) make many GitOps files invalid YAML. When a file does not parse and holds templates,
 * it is parsed again from a copy in which each template span keeps its length (so offsets and lines still point
 * into the real text): a template alone on its line becomes blanks, one inside a line becomes a run of `§`.
 * Scalars that overlap a template get back their original text, so templated values stay visibly templated.
 *
 * Hostile or broken input is refused with a message that names a line, never with a crash or a hang:
 * - nesting deeper than MAX_NESTING_DEPTH (`[[[[…`, a staircase of indented keys) is found by a linear text
 *   scan before the YAML parser sees the file, since the parser recurses once per level and a stack overflow
 *   inside it can take the whole process down; the file is refused whole (the fixer parses whole files);
 * - so is a file of more than MAX_NODES nodes (counted in the same scan): the parser needs about 1 KB per node;
 * - the parse stops at MAX_PARSE_ERRORS errors or MAX_DOCUMENTS documents, and refuses the file: a file of
 *   `}}}}…` or of `---` lines would otherwise cost an error object or a document per byte or two;
 * - a document whose aliases point nowhere, into themselves (a loop), or expand past MAX_ALIAS_COUNT (an alias
 *   bomb), or that has more aliases than that, is refused when parsed, so that readers never see it;
 * - a parse error drops its document only: the other documents of the file are still read.
 * Duplicate keys are allowed (Helm reads the last one, as `toJS` does) and noted in `warnings`.
 */

const TEMPLATE_FILL = '§';
/** Aliases allowed per document before it is refused (an alias bomb expands exponentially). */
const MAX_ALIAS_COUNT = 1000;
/**
 * Block and flow levels allowed in a file. Real values files stay far below 50; the YAML parser overflows its
 * stack somewhere past 800, and every reader and the fixer recurse once per level too.
 */
const MAX_NESTING_DEPTH = 256;
/** Parse errors in a file past which it is refused: each costs the parser time and memory (a file of `}}}}…`). */
const MAX_PARSE_ERRORS = 1000;
/** Documents in a file past which it is refused (a stream of a million `---` takes the parser seconds and GBs). */
const MAX_DOCUMENTS = 100_000;
/**
 * Nodes (roughly counted before parsing) in a file past which it is refused: the parser takes about 1 KB and
 * 10 µs per node, so a file of a few MB holding only `[1,1,1,…` would take a minute and gigabytes. A large real
 * file (8 MB of Kubernetes manifests) has about 400,000.
 */
const MAX_NODES = 1_000_000;
function hasTemplates(text) {
    return text.includes('{{') || text.includes('{%');
}
const TEMPLATE_CLOSER = { '{': '}}', '%': '%}', '#': '#}' };
/**
 * The `{{ }}`, `{% %}` and `{# #}` spans of a text, in order, each ending at the first closer after its opener.
 * Linear: an opener whose closer no longer occurs is not looked for again (a lazy regex would rescan the rest
 * of the text from every unclosed `{{`).
 */
function templateSpans(text) {
    const out = [];
    const dead = new Set();
    for (let j = text.indexOf('{'); j >= 0 && dead.size < 3;) {
        const kind = text[j + 1];
        const closer = TEMPLATE_CLOSER[kind];
        if (closer === undefined || dead.has(kind)) {
            j = text.indexOf('{', j + 1);
            continue;
        }
        const close = text.indexOf(closer, j + 2);
        if (close < 0) {
            dead.add(kind);
            j = text.indexOf('{', j + 1);
            continue;
        }
        out.push({ start: j, end: close + 2 });
        j = text.indexOf('{', close + 2);
    }
    return out;
}
const WHITESPACE = /\s/;
/** Replace templates keeping every offset: whole-line templates become blanks, inline ones `§` runs. */
function maskTemplates(text, spans = [], lineStarts = computeLineStarts(text)) {
    const found = templateSpans(text);
    if (found.length === 0)
        return text;
    // First and last non-blank offsets of a line, computed once per line: a template is alone on its line when
    // nothing but blanks comes before it on its first line and after it on its last.
    const first = new Map();
    const last = new Map();
    const lineEnd = (line) => (line < lineStarts.length ? lineStarts[line] - 1 : text.length);
    const firstNonBlank = (line) => {
        let at = first.get(line);
        if (at === undefined) {
            const end = lineEnd(line);
            at = lineStarts[line - 1];
            while (at < end && WHITESPACE.test(text[at]))
                at++;
            first.set(line, at);
        }
        return at;
    };
    const lastNonBlank = (line) => {
        let at = last.get(line);
        if (at === undefined) {
            const start = lineStarts[line - 1];
            at = lineEnd(line) - 1;
            while (at >= start && WHITESPACE.test(text[at]))
                at--;
            last.set(line, at);
        }
        return at;
    };
    const out = [];
    let done = 0;
    for (const { start, end } of found) {
        const aloneOnLine = firstNonBlank(lineOfOffset(lineStarts, start)) >= start &&
            lastNonBlank(lineOfOffset(lineStarts, end)) < end;
        const span = text.slice(start, end);
        if (!aloneOnLine)
            spans.push({ start, end, text: span });
        out.push(text.slice(done, start), span.replace(/[^\r\n]/g, aloneOnLine ? ' ' : TEMPLATE_FILL));
        done = end;
    }
    out.push(text.slice(done));
    return out.join('');
}
const PARSE_OPTIONS = {
    version: '1.1',
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
    strict: false
};
/** Parse `text` (already decoded, BOM removed) as the file at `path`. Never throws. */
function parseRepoFile(path, text) {
    const lineStarts = computeLineStarts(text);
    const lineAt = (offset) => lineOfOffset(lineStarts, offset);
    const problems = [];
    const warnings = [];
    let templated = false;
    let parsed = [];
    const shape = scanStructure(text);
    if (shape.tooDeepLine !== null) {
        problems.push({
            line: shape.tooDeepLine,
            message: `refused: YAML nested more than ${MAX_NESTING_DEPTH} levels deep; the file is not read`
        });
    }
    else if (shape.tooManyNodesLine !== null) {
        problems.push({
            line: shape.tooManyNodesLine,
            message: `refused: more than ${MAX_NODES} YAML nodes; the file is not read`
        });
    }
    else {
        try {
            ;
            ({ docs: parsed, templated } = parseYamlDocuments(text, lineStarts, shape.bareTemplate));
        }
        catch (err) {
            const line = err instanceof ParseLimit ? lineAt(err.offset) : 1;
            const message = err instanceof ParseLimit
                ? `refused: ${err.message}; the file is not read`
                : `cannot parse: ${describeError(err)}`;
            problems.push({ line, message });
            parsed = [];
        }
    }
    const cache = new Map();
    const docs = [];
    const mayHaveAliases = text.includes('*');
    parsed.forEach((doc, index) => {
        if (doc.errors.length > 0) {
            for (const e of doc.errors.slice(0, 3)) {
                problems.push({
                    line: lineAt(errorOffset(text, e.pos[0], e.message)),
                    message: cleanYamlMessage(e.message)
                });
            }
            return;
        }
        const contents = doc.contents;
        const start = contents?.range?.[0] ?? doc.range[0];
        const line = lineAt(start);
        const checked = inspectDocument(doc, mayHaveAliases, !templated);
        for (const d of checked.duplicates.sort((a, b) => a.offset - b.offset))
            warnings.push({
                line: lineAt(d.offset),
                message: `duplicate key ${JSON.stringify(d.key)} (also on line ${lineAt(d.firstOffset)}): Helm reads the last one`
            });
        if (checked.hasAliases) {
            // Refused here rather than when a reader asks for the values, so that the refusal is reported with the
            // file and no reader sees a document it cannot use.
            const refusal = checked.aliasProblem ?? expandAliases(doc, index, cache);
            if (refusal) {
                problems.push({
                    line: lineAt(refusal.offset ?? start),
                    message: `document refused: ${refusal.message}`
                });
                return;
            }
        }
        docs.push({ index, doc, line, empty: contents == null || isEmptyScalar(contents) });
    });
    const byIndex = new Map(docs.map(d => [d.index, d]));
    return {
        path,
        text,
        docs,
        problems,
        warnings,
        templated,
        lineAt,
        js(docIndex) {
            if (cache.has(docIndex))
                return cache.get(docIndex);
            const d = byIndex.get(docIndex);
            let value;
            if (d) {
                try {
                    value = d.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
                }
                catch (err) {
                    problems.push({ line: d.line, message: `document refused: ${describeError(err)}` });
                    value = undefined;
                }
            }
            cache.set(docIndex, value);
            return value;
        }
    };
}
/**
 * The documents of a text, read the one way the scan and the fixer share (so that document indexes and node paths
 * agree between them). `key: {{ .x }}` is valid YAML (a flow map inside a flow map) but means a templated scalar:
 * a text whose parse fails, or yields collection keys, is parsed again with its templates masked, and the
 * scalars over a template get their text back. A `{{` where a node starts (`bareTemplate`, see scanStructure)
 * always does one or the other, so such a text is parsed masked at once: parsing it as it is costs an error
 * object per template, which on a long line of templates is minutes and gigabytes. Throws ParseLimit past the
 * parse limits.
 */
function parseYamlDocuments(text, lineStarts, bareTemplate) {
    const templates = hasTemplates(text);
    const docs = bareTemplate && templates ? [] : parseDocuments(text);
    if (!templates || !(bareTemplate || docs.some(d => d.errors.length > 0 || hasCollectionKey(d))))
        return { docs, templated: false };
    const spans = [];
    const masked = parseDocuments(maskTemplates(text, spans, lineStarts));
    restoreTemplatedScalars(masked, spans);
    return { docs: masked, templated: true };
}
/** A file past one of the parse limits; `offset` is where the limit was crossed. */
class ParseLimit extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * `parseAllDocuments`, bounded: the parse stops at the MAX_PARSE_ERRORS-th error or the MAX_DOCUMENTS-th
 * document (throwing ParseLimit), and yaml's errors are made without a stack trace, which is most of what an
 * error costs. Errors reach the composer two ways: as `error` tokens of the parser, and through its `onError`.
 */
function parseDocuments(text) {
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        const limits = new ParseLimits();
        const composer = new dist/* Composer */.Dk(PARSE_OPTIONS);
        const hook = composer;
        const onError = hook.onError;
        hook.onError = (source, code, message, warning) => {
            if (!warning)
                limits.error(typeof source === 'number' ? source : Array.isArray(source) ? source[0] : source.offset);
            onError(source, code, message, warning);
        };
        const tokens = new CountedTokens(new dist/* Parser */.iX().parse(text), limits);
        return Array.from(composer.compose(tokens));
    }
    finally {
        Error.stackTraceLimit = stackTraceLimit;
    }
}
/** The errors and documents of one parse, counted against the limits. */
class ParseLimits {
    errors = 0;
    documents = 0;
    error(offset) {
        if (++this.errors > MAX_PARSE_ERRORS)
            throw new ParseLimit(`more than ${MAX_PARSE_ERRORS} YAML errors`, offset);
    }
    document(offset) {
        if (++this.documents > MAX_DOCUMENTS)
            throw new ParseLimit(`more than ${MAX_DOCUMENTS} YAML documents`, offset);
    }
}
/**
 * The parser's tokens on their way to the composer, counted. A plain iterator rather than a generator: the
 * parser already stacks generators, and the one that counted here showed as about a tenth of the parsing time in
 * CPU profiles of a scan (a few hundred small files, parsed while the code is cold). With it and inspectDocument's
 * own walk, a process parsing the 20,000-file benchmark's candidates runs 4–7% fewer instructions (callgrind).
 */
class CountedTokens {
    tokens;
    limits;
    constructor(tokens, limits) {
        this.tokens = tokens;
        this.limits = limits;
    }
    [Symbol.iterator]() {
        return this;
    }
    next() {
        const step = this.tokens.next();
        if (step.done !== true) {
            const token = step.value;
            if (token.type === 'error')
                this.limits.error(token.offset);
            else if (token.type === 'document')
                this.limits.document(token.offset);
        }
        return step;
    }
}
/**
 * One walk over a document: its aliases (when the text has a `*` at all) and its duplicate keys. A walk of its
 * own rather than yaml's `visit`, which copies the path of ancestors for every node it visits; the aliases' loop
 * check needs only the collections above the alias, kept here in one stack.
 */
function inspectDocument(doc, lookForAliases, lookForDuplicates) {
    const facts = { hasAliases: false, aliasProblem: null, duplicates: [] };
    if (!lookForAliases && !lookForDuplicates)
        return facts;
    const anchors = new Map();
    const ancestors = [];
    let aliases = 0;
    /** Visit `node` and what it holds in document order (an anchor counts from its node on); false: stop. */
    const walk = (node) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (!lookForAliases)
                return true;
            facts.hasAliases = true;
            // yaml resolves each alias by a scan of the anchors and aliases before it: quadratic in their number.
            if (++aliases > MAX_ALIAS_COUNT) {
                facts.aliasProblem = { offset: node.range?.[0], message: `more than ${MAX_ALIAS_COUNT} aliases` };
                return false;
            }
            const target = anchors.get(node.source);
            const offset = node.range?.[0];
            if (target === undefined) {
                facts.aliasProblem = {
                    offset,
                    message: `the alias *${node.source} has no anchor &${node.source} before it`
                };
                return false;
            }
            if (ancestors.includes(target)) {
                facts.aliasProblem = {
                    offset,
                    message: `the alias *${node.source} is inside the node &${node.source} it repeats (a loop)`
                };
                return false;
            }
            return true;
        }
        const isCollection = (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node);
        if (!isCollection && !(0,dist/* isScalar */.jn)(node))
            return true;
        if (lookForAliases && node.anchor)
            anchors.set(node.anchor, node);
        if (!isCollection)
            return true;
        if (lookForDuplicates && (0,dist/* isMap */.jh)(node) && node.items.length > 1)
            findDuplicateKeys(node.items, facts);
        ancestors.push(node);
        for (const item of node.items) {
            if ((0,dist/* isPair */.tO)(item)) {
                if (!walk(item.key) || !walk(item.value))
                    return false;
            }
            else if (!walk(item))
                return false;
        }
        ancestors.pop();
        return true;
    };
    walk(doc.contents);
    return facts;
}
function findDuplicateKeys(pairs, facts) {
    const seen = new Map();
    for (const pair of pairs) {
        const key = pair.key;
        if (!(0,dist/* isScalar */.jn)(key) || typeof key.value === 'symbol' || key.value === '<<' || key.range == null)
            continue;
        const name = String(key.value);
        const first = seen.get(name);
        if (first === undefined)
            seen.set(name, key.range[0]);
        else
            facts.duplicates.push({ key: name, offset: key.range[0], firstOffset: first });
    }
}
/** Convert a document with aliases now, under the alias cap; the refusal, or null with the value cached. */
function expandAliases(doc, index, cache) {
    try {
        cache.set(index, doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
        return null;
    }
    catch (err) {
        if (err instanceof ReferenceError && /excessive alias count/i.test(err.message))
            return { message: `its aliases expand too far (more than ${MAX_ALIAS_COUNT} copies: an alias bomb?)` };
        return { message: describeError(err) };
    }
}
/**
 * What a text's shape is, without parsing it: one pass that follows indentation, `- `/`? ` indicators, flow
 * brackets, quotes, comments and block scalars closely enough to count levels (it may miscount a level in odd
 * corners, never by much). The YAML parser, and everything that walks its result, recurses once per level; past
 * a few hundred the stack overflows. The scan stops at the first line deeper than `limit`.
 */
function scanStructure(text, limit = MAX_NESTING_DEPTH, maxNodes = MAX_NODES) {
    const n = text.length;
    let bareTemplate = false;
    let nodes = 0;
    const done = (tooDeepLine, tooManyNodesLine) => ({
        tooDeepLine,
        tooManyNodesLine,
        bareTemplate
    });
    // The block levels open at the current line: their indentation, and whether each is a sequence.
    const indents = [];
    const seqs = [];
    let flow = 0; // open flow collections
    let flowBase = 0; // block levels under the outermost open flow collection
    let quote = 0; // the open quote's char code, 0 when none
    let scalarIndent = -2; // > -2: inside a block scalar below a line indented this much
    let line = 0;
    /** Push a block level at `column` (deeper than every open one); false past the limit. */
    const openLevel = (column, seq) => {
        indents.push(column);
        seqs.push(seq);
        return indents.length <= limit;
    };
    for (let i = 0; i < n;) {
        line++;
        let end = text.indexOf('\n', i);
        if (end < 0)
            end = n;
        let p = i;
        let first = true; // the next indicator or key is the one the indentation stack already counts
        let quotedKeyColumn = -1; // the column of a quoted scalar after `- `, which may be a key
        if (quote === 0 && flow === 0) {
            while (p < end && text.charCodeAt(p) === SPACE)
                p++;
            const indent = p - i;
            while (p < end && isBlank(text.charCodeAt(p)))
                p++;
            const c = text.charCodeAt(p);
            if (p >= end || c === CR) {
                i = end + 1; // a blank line, in or out of a block scalar
                continue;
            }
            if (scalarIndent > -2) {
                if (indent > scalarIndent) {
                    i = end + 1;
                    continue;
                }
                scalarIndent = -2;
            }
            if (c === HASH || (indent === 0 && c === PERCENT)) {
                i = end + 1;
                continue;
            }
            if (++nodes > maxNodes)
                return done(null, line);
            if (indent === 0 && isDocumentMarker(text, p)) {
                indents.length = 0;
                seqs.length = 0;
                p += 3;
                first = false;
            }
            else {
                const seqItem = c === DASH && isSpaceOrEnd(text.charCodeAt(p + 1));
                while (indents.length > 0 && indents[indents.length - 1] > indent) {
                    indents.pop();
                    seqs.pop();
                }
                const top = indents.length - 1;
                if (top >= 0 && indents[top] === indent && seqs[top] && !seqItem) {
                    indents.pop(); // a sequence at its parent key's indentation ends with the next key
                    seqs.pop();
                }
                const now = indents.length - 1;
                if (now < 0 || indents[now] < indent || (indents[now] === indent && seqItem && !seqs[now])) {
                    indents.push(indent);
                    seqs.push(seqItem);
                    if (indents.length > limit)
                        return done(line, null);
                }
            }
        }
        // The rest of the line: nodes in block context, or the inside of an open quote or flow collection.
        while (p < end) {
            if (quote !== 0) {
                p = skipQuoted(text, p, end, quote);
                if (p >= end)
                    break; // the quote goes on on the next line
                quote = 0;
                p++;
                if (quotedKeyColumn >= 0 && flow === 0) {
                    // A quoted key after `- ` opens a map at its column, like a plain one.
                    let q = p;
                    while (q < end && isBlank(text.charCodeAt(q)))
                        q++;
                    if (text.charCodeAt(q) === COLON &&
                        isSpaceOrEnd(text.charCodeAt(q + 1)) &&
                        !openLevel(quotedKeyColumn, false))
                        return done(line, null);
                }
                quotedKeyColumn = -1;
                continue;
            }
            const c = text.charCodeAt(p);
            if (flow > 0) {
                if (c === OPEN_SQUARE || c === OPEN_CURLY) {
                    if (c === OPEN_CURLY && text.charCodeAt(p + 1) === OPEN_CURLY)
                        bareTemplate = true;
                    flow++;
                    if (flowBase + flow > limit)
                        return done(line, null);
                }
                else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) {
                    flow--;
                }
                else if (c === COMMA) {
                    if (++nodes > maxNodes)
                        return done(null, line);
                }
                else if ((c === DQUOTE || c === SQUOTE) && (p === i || opensQuote(text.charCodeAt(p - 1)))) {
                    quote = c;
                }
                else if (c === HASH && (p === i || isSpace(text.charCodeAt(p - 1)))) {
                    break;
                }
                p++;
                continue;
            }
            // Block context: the start of a node.
            if (isSpace(c)) {
                p++;
                continue;
            }
            if (c === HASH)
                break;
            if ((c === DASH || c === QUESTION || c === COLON) && isSpaceOrEnd(text.charCodeAt(p + 1))) {
                // A compact `- - a` or `? - a`: a level at this column, which the next lines may continue.
                if (!first && c !== COLON && !openLevel(p - i, c === DASH))
                    return done(line, null);
                first = false;
                p++;
                continue;
            }
            if (c === AMPERSAND || c === BANG || c === STAR) {
                while (p < end && !isSpace(text.charCodeAt(p)))
                    p++;
                continue;
            }
            if (c === OPEN_SQUARE || c === OPEN_CURLY) {
                if (c === OPEN_CURLY && text.charCodeAt(p + 1) === OPEN_CURLY)
                    bareTemplate = true;
                flowBase = indents.length;
                flow = 1;
                if (flowBase + flow > limit)
                    return done(line, null);
                p++;
                continue;
            }
            if (c === DQUOTE || c === SQUOTE) {
                quote = c;
                if (!first)
                    quotedKeyColumn = p - i;
                first = false;
                p++;
                continue;
            }
            if (c === PIPE || c === GREATER) {
                scalarIndent = indentOf(text, i, end); // lines indented deeper than this one are the scalar's text
                break;
            }
            // A plain scalar: a key when `: ` follows on this line, else the rest of the line is its text.
            let q = p;
            while (q < end) {
                const d = text.charCodeAt(q);
                if (d === COLON && isSpaceOrEnd(text.charCodeAt(q + 1)))
                    break;
                if (d === HASH && isSpace(text.charCodeAt(q - 1))) {
                    q = end;
                    break;
                }
                q++;
            }
            if (q >= end)
                break;
            // A key after `- ` opens a map at its column (`- a: 1` then `  b: 2`).
            if (!first && !openLevel(p - i, false))
                return done(line, null);
            if (++nodes > maxNodes)
                return done(null, line);
            first = false;
            p = q + 1;
        }
        i = end + 1;
    }
    return done(null, null);
}
const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;
const PERCENT = 37;
const DASH = 45;
const QUESTION = 63;
const COLON = 58;
const AMPERSAND = 38;
const BANG = 33;
const STAR = 42;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;
const DQUOTE = 34;
const SQUOTE = 39;
const PIPE = 124;
const GREATER = 62;
const COMMA = 44;
const BACKSLASH = 92;
function isBlank(c) {
    return c === SPACE || c === TAB;
}
function isSpace(c) {
    return c === SPACE || c === TAB || c === CR || c === LF;
}
/** A space, a line end or the end of the text (charCodeAt past the end is NaN). */
function isSpaceOrEnd(c) {
    return isSpace(c) || Number.isNaN(c);
}
/** Inside a flow collection a quote opens a scalar only where a scalar can start. */
function opensQuote(prev) {
    return isSpace(prev) || prev === OPEN_SQUARE || prev === OPEN_CURLY || prev === COMMA || prev === COLON;
}
function isDocumentMarker(text, p) {
    const head = text.slice(p, p + 3);
    return (head === '---' || head === '...') && isSpaceOrEnd(text.charCodeAt(p + 3));
}
function indentOf(text, start, end) {
    let p = start;
    while (p < end && text.charCodeAt(p) === SPACE)
        p++;
    return p - start;
}
/** The offset of the closing quote at or after `p` on this line, or `end` when the quote goes on. */
function skipQuoted(text, p, end, quote) {
    for (let q = p; q < end; q++) {
        const c = text.charCodeAt(q);
        if (quote === DQUOTE && c === BACKSLASH) {
            q++;
            continue;
        }
        if (c === quote) {
            if (quote === SQUOTE && text.charCodeAt(q + 1) === SQUOTE) {
                q++;
                continue;
            }
            return q;
        }
    }
    return end;
}
/**
 * Where to point for an error: an unclosed flow collection is found where the next thing starts (the next
 * document, the end of the text), so it is pointed at the last text before that, where it was left open.
 */
function errorOffset(text, offset, message) {
    if (offset < text.length && !/end with an? [}\]]/.test(message))
        return offset;
    let at = Math.min(offset, text.length) - 1;
    while (at > 0 && /\s/.test(text[at]))
        at--;
    return Math.max(0, at);
}
function isEmptyScalar(node) {
    return (0,dist/* isScalar */.jn)(node) && (node.value === null || node.value === '');
}
function computeLineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** 1-based line of a character offset (binary search over line starts). */
function lineOfOffset(lineStarts, offset) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
function hasCollectionKey(doc) {
    let found = false;
    (0,dist/* visit */.YR)(doc, {
        Pair(_key, pair) {
            if ((0,dist/* isMap */.jh)(pair.key) || (0,dist/* isSeq */.oP)(pair.key)) {
                found = true;
                return dist/* visit */.YR.BREAK;
            }
        }
    });
    return found;
}
/**
 * After a masked parse, give scalars that covered a template their template text back: each run of `§` in the
 * scalar's value is, in order, one masked span inside the scalar's source range.
 */
function restoreTemplatedScalars(docs, spans) {
    if (spans.length === 0)
        return;
    for (const doc of docs) {
        (0,dist/* visit */.YR)(doc, {
            Scalar(_key, node) {
                const range = node.range;
                if (!range || typeof node.value !== 'string' || !node.value.includes(TEMPLATE_FILL))
                    return;
                const inside = spans.filter(sp => sp.start >= range[0] && sp.end <= range[2]);
                let i = 0;
                node.value = node.value.replace(/§+/g, run => (i < inside.length ? inside[i++].text : run));
            }
        });
    }
}
function describeError(err) {
    if (err instanceof RangeError)
        return 'nesting too deep';
    const msg = err instanceof Error ? err.message : String(err);
    return cleanYamlMessage(msg);
}
/** yaml's messages end with a code frame and position; keep the first sentence. */
function cleanYamlMessage(message) {
    if (/Maximum call stack size exceeded/.test(message))
        return 'nesting too deep';
    return (message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '')
        // Never quote the text the parser tripped on: it may be a credential.
        .replace(/: "(?:[^"\\]|\\.)*"?$/, '')
        .replace(/^(Block scalar header includes extra characters|Not a YAML token):.*$/, '$1')
        .trim());
}
/** Values a template engine (Go, Flux/Terraform `${}`) fills in later: never judged as literal, never rewritten. */
function isTemplatedValue(value) {
    if (typeof value !== 'string')
        return false;
    if (value.includes('{{'))
        return true;
    // `${…}`; the same as /\$\{[^}]*\}/ without its rescans from every `${` of a long value.
    const open = value.indexOf('${');
    return open >= 0 && value.indexOf('}', open + 2) >= 0;
}

;// CONCATENATED MODULE: ./src/discover/text.ts
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
const MAX_PARSE_BYTES = 8 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodeText(buf) {
    if (utf16Order(buf) !== null)
        return {
            skip: 'skipped: UTF-16 text (Helm reads it; this tool reads and writes UTF-8 only: save the file as UTF-8 to have it checked)'
        };
    const nul = buf.indexOf(0);
    if (nul >= 0)
        return { skip: `skipped: binary file (NUL byte on line ${lineOfByte(buf, nul)})` };
    let text;
    try {
        text = utf8.decode(buf);
    }
    catch {
        const bad = Math.max(0, firstInvalidUtf8(buf));
        return { skip: `skipped: not UTF-8 text (invalid byte on line ${lineOfByte(buf, bad)})` };
    }
    if (text.charCodeAt(0) === 0xfeff)
        return { text: text.slice(1), bom: true };
    return { text, bom: false };
}
/**
 * The text the scan's cheap tests look at: latin1 (one character per byte, no decoding) for every file but one
 * in UTF-16 with a byte order mark, which is decoded (its words would otherwise be split by NUL bytes).
 */
function textForTests(buf) {
    const order = utf16Order(buf);
    if (order === null)
        return buf.toString('latin1');
    const body = buf.subarray(2, buf.length - (buf.length % 2));
    return order === 'le' ? body.toString('utf16le') : Buffer.from(body).swap16().toString('utf16le');
}
/** The byte order of a file that starts with a UTF-16 byte order mark; null for any other file. */
function utf16Order(buf) {
    if (buf.length < 2)
        return null;
    if (buf[0] === 0xff && buf[1] === 0xfe)
        return 'le';
    if (buf[0] === 0xfe && buf[1] === 0xff)
        return 'be';
    return null;
}
/** 1-based line of a byte offset. */
function lineOfByte(buf, offset) {
    let line = 1;
    for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1))
        line++;
    return line;
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence; -1 when all are. */
function firstInvalidUtf8(buf) {
    for (let i = 0; i < buf.length;) {
        const b = buf[i];
        let need;
        let min;
        if (b < 0x80) {
            i++;
            continue;
        }
        else if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else {
            return i;
        }
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = buf[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/engine/context.ts
/**
 * The extract context: every YAML file read once, in one pass, and put to the readers' text tests; the
 * candidates (files that may declare a release) parsed; everything else reachable on demand. All file reading
 * of a scan happens here.
 *
 * Where the time goes on a large repository: reading every byte is the floor (what `grep -r` does), and a YAML
 * parse costs tens of times a read. So the pass parses only the candidates, which the readers' tests keep to
 * files that name a known chart (about 1% of a GitOps monorepo). Files that a reader follows references into
 * (the kustomizations that build a HelmRelease, the Flux sources and ConfigMaps it names) are not parsed up
 * front: the pass indexes their words, and a reader parses the few that a lookup (`mentioning`) names. On a large
 * tree a worker thread reads the files in batches while this thread tests them (discover/read-ahead.ts); else,
 * and for the few files read later, they are read synchronously into one reused buffer: for files in the page
 * cache that is several times faster than promise-based reads. Either way the bytes of a file that no test wants
 * are dropped at once.
 */










/** Files up to this size are read into the shared buffer; a larger one gets a buffer of its own, then dropped. */
const SHARED_BUFFER_MAX = 1024 * 1024;
/** Files larger than this are not split into words: every lookup of their pool returns them. */
const MAX_INDEXED_BYTES = 256 * 1024;
/**
 * A path that names a directory without spelling its name: it ends in a `.` or `..` segment (`.`, `..`,
 * `../..`, `a/..`, `./`), or is `/` (a helmfile, Argo CD or Flux chart path).
 */
const DIR_PATH = /(?:^|[\s'"[{,=/])\.\.?\/*(?=$|[\s'"\]},#])|(?:^|[\s'"[{,=])\/+(?=$|[\s'"\]},#])/m;
/** Chart.yaml (v2 dependencies) and requirements.yaml (v1): the files that say what a chart directory installs. */
const CHART_META_FILE = /(^|\/)(Chart|requirements)\.ya?ml$/;
/**
 * Read the tree (`found`) and parse its candidates. With `reuse`, the tree is the one `reuse.pass` read, and only
 * the files in `reuse.changed` are read and tested again; the other candidates are read and parsed afresh (parsed
 * documents are not shared between scans), and the rest is taken from the pass.
 */
async function createContext(root, found, filters, repoUrls, opts = {}) {
    const reuse = opts.reuse;
    // A changed Chart.yaml may change which files name a Testkube chart (the hints): then every file is tested again.
    const start = reuse?.changed.some(p => CHART_META_FILE.test(p)) ? undefined : reuse;
    const errors = [...found.errors];
    const reported = new Set();
    const report = (e) => {
        const key = `${e.file}:${e.line}:${e.message}`;
        if (reported.has(key))
            return;
        reported.add(key);
        errors.push(e);
    };
    const parsed = new Map();
    const known = new Set(found.allPaths);
    const reader = new FileReader();
    const tooLarge = (path, bytes) => report({
        file: path,
        line: 1,
        message: `skipped: ${bytes} bytes is over the ${MAX_PARSE_BYTES}-byte limit for a YAML file`
    });
    // Paths are normalised repo-relative paths under a real root: a plain concatenation is their absolute path
    // (path.join would normalise them again, once per file of the tree).
    const rootPrefix = found.root.endsWith(external_node_path_namespaceObject.sep) ? found.root : `${found.root}${external_node_path_namespaceObject.sep}`;
    /** Read a file; on failure report it and return null. The bytes are valid until the next read. */
    const unreadable = [];
    const cannotRead = (path, code) => {
        const error = { file: path, line: 1, message: `cannot read: ${code}` };
        unreadable.push(error);
        report(error);
    };
    const read = (path) => {
        try {
            return reader.read(rootPrefix + path);
        }
        catch (err) {
            cannotRead(path, String(err.code ?? err));
            return null;
        }
    };
    const admit = (path, buf) => {
        const decoded = decodeText(buf);
        if ('skip' in decoded) {
            report({ file: path, line: 1, message: decoded.skip });
            return null;
        }
        const file = parseRepoFile(path, decoded.text);
        for (const p of [...file.problems, ...file.warnings])
            report({ file: path, line: p.line, message: p.message });
        return file;
    };
    /** Parse a candidate's bytes (already read) and record it. */
    const candidates = [];
    const admitCandidate = (path, buf) => {
        if (buf.length > MAX_PARSE_BYTES) {
            tooLarge(path, buf.length);
            parsed.set(path, null);
            return;
        }
        const file = admit(path, buf);
        parsed.set(path, file);
        if (file)
            candidates.push(file);
    };
    const readLatin1 = (path) => {
        try {
            return textForTests(reader.read(rootPrefix + path));
        }
        catch {
            return ''; // reported when a reader reads it
        }
    };
    const hints = start ? start.pass.hints : chartHints(found.allPaths, readLatin1);
    // Reference pools, from every filter that declares some; a pool shared by two readers is indexed once.
    const pools = start?.pass.pools ?? new Map();
    for (const f of filters) {
        for (const pool of f.references ?? [])
            if (!pools.has(pool.name))
                pools.set(pool.name, { pool, index: new WordIndex() });
    }
    const mayContain = (path, raw) => filters.some(f => f.mayContain(path, raw, hints));
    // Repo-relative path ↔ id in the word indexes; a scan after fixes keeps the first pass's (nothing is added).
    let ids;
    let paths;
    const candidatePaths = new Set();
    if (start) {
        // Again after fixes: the changed files are tested again; in the word indexes they become files that every
        // lookup returns (their new words are not split), which keeps lookups a superset.
        ids = start.pass.ids;
        paths = start.pass.paths;
        const changed = new Set(start.changed);
        for (const path of start.pass.candidates)
            if (!changed.has(path))
                candidatePaths.add(path);
        for (const e of start.pass.unreadable) {
            if (changed.has(e.file) || candidatePaths.has(e.file))
                continue;
            unreadable.push(e);
            report(e);
        }
        for (const path of changed) {
            const id = ids.get(path);
            const buf = id === undefined ? null : read(path);
            if (id === undefined || !buf)
                continue;
            const raw = textForTests(buf);
            for (const { pool, index } of pools.values())
                if (pool.contains(path, raw))
                    index.addUnsplit(id);
            if (mayContain(path, raw))
                candidatePaths.add(path);
        }
        for (const path of [...candidatePaths].sort()) {
            const buf = read(path);
            if (buf)
                admitCandidate(path, buf);
        }
    }
    else {
        // The pass: read every YAML file once, test it, parse the candidates, index the words of reference files.
        const idOf = new Map();
        const pathOf = [];
        ids = idOf;
        paths = pathOf;
        const files = found.files;
        const absPaths = files.map(f => rootPrefix + f.path);
        const readSync = (abs) => reader.read(abs);
        const ahead = opts.readAhead;
        const visit = (index, outcome) => {
            const next = files[index];
            const id = pathOf.length;
            pathOf.push(next.path);
            idOf.set(next.path, id);
            if ('error' in outcome) {
                cannotRead(next.path, outcome.error);
                return;
            }
            const buf = outcome.bytes;
            // The tests run on latin1 text: one character per byte, no UTF-8 decoding for the ~99% of files no reader
            // wants. Only candidates are decoded (strictly) and parsed.
            const raw = textForTests(buf);
            for (const { pool, index } of pools.values())
                if (pool.contains(next.path, raw))
                    index.add(id, wordsOf(pool, next.path, raw));
            if (!mayContain(next.path, raw))
                return;
            candidatePaths.add(next.path);
            admitCandidate(next.path, buf);
        };
        if (ahead)
            await ahead.readEach(absPaths, readSync, visit);
        else
            readRest(absPaths, 0, readSync, visit);
    }
    candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const ownUrls = new Set(repoUrls.map(normaliseRepoUrl).filter(Boolean));
    const origin = readOriginUrl(found.root);
    if (origin)
        ownUrls.add(normaliseRepoUrl(origin));
    const getFile = (relPath) => {
        const rel = normaliseRel(relPath);
        if (rel === null)
            return undefined;
        if (parsed.has(rel))
            return parsed.get(rel) ?? undefined;
        if (!known.has(rel)) {
            parsed.set(rel, null);
            return undefined;
        }
        const abs = (0,external_node_path_namespaceObject.join)(found.root, rel);
        if (!isInside(found.root, abs))
            return undefined;
        let file = null;
        const buf = read(rel);
        if (buf && buf.length > MAX_PARSE_BYTES)
            tooLarge(rel, buf.length);
        else if (buf)
            file = admit(rel, buf);
        parsed.set(rel, file);
        return file ?? undefined;
    };
    const lookups = new Map();
    const mentioning = (pool, word) => {
        const key = `${pool.name}\u0000${word}`;
        const cached = lookups.get(key);
        if (cached)
            return cached;
        let entry = pools.get(pool.name);
        if (!entry) {
            // A pool no filter declared (a reader run on a context made for others): index it now, reading again.
            entry = { pool, index: new WordIndex() };
            for (const [path, id] of ids) {
                const buf = read(path);
                const raw = buf ? textForTests(buf) : undefined;
                if (raw !== undefined && pool.contains(path, raw))
                    entry.index.add(id, wordsOf(pool, path, raw));
            }
            pools.set(pool.name, entry);
        }
        const found = entry.index.lookup(word).map(id => paths[id]);
        lookups.set(key, found);
        return found;
    };
    return {
        root: found.root,
        candidates,
        getFile,
        exists(relPath) {
            const rel = normaliseRel(relPath);
            if (rel === null)
                return false;
            // A directory exists when a file lies under it: a binary search of the sorted listing, rather than a set of
            // every directory of the tree built up front (most scans ask about a few dozen paths).
            return rel === '' || known.has(rel) || holdsFiles(found.allPaths, rel);
        },
        allFiles: () => found.allPaths,
        scanned: (relPath) => ids.has(relPath),
        mentioning,
        isThisRepo(url) {
            return ownUrls.has(normaliseRepoUrl(url));
        },
        knowsOwnUrl: () => ownUrls.size > 0,
        report,
        errors: () => errors,
        parsedCount: () => [...parsed.values()].filter(Boolean).length,
        pass: () => ({ found, hints, candidates: candidatePaths, pools, ids, paths, unreadable })
    };
}
/**
 * Reads whole files into one buffer that is reused from file to file, so that reading a tree allocates next to
 * nothing. A file larger than SHARED_BUFFER_MAX is read into a buffer of its own.
 */
class FileReader {
    shared = Buffer.allocUnsafe(64 * 1024);
    /** The file's bytes: a view into the shared buffer, valid until the next call. */
    read(abs) {
        const fd = openForReading(abs);
        try {
            let buf = this.shared;
            let length = 0;
            for (;;) {
                if (length === buf.length) {
                    const bigger = Buffer.allocUnsafe(buf.length * 2);
                    buf.copy(bigger, 0, 0, length);
                    buf = bigger;
                    if (buf.length <= SHARED_BUFFER_MAX)
                        this.shared = buf;
                }
                const got = (0,external_node_fs_namespaceObject.readSync)(fd, buf, length, buf.length - length, null);
                if (got === 0)
                    break;
                length += got;
            }
            return buf.subarray(0, length);
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}
/** A file's words for a pool's index; null (every lookup returns it) when the file is too large to split. */
function wordsOf(pool, path, text) {
    return text.length > MAX_INDEXED_BYTES ? null : pool.words(path, text);
}
/** Which files of a reference pool hold which words (ReferencePool.words), as ascending file ids. */
class WordIndex {
    /** Word → the id of the one file that holds it, or the ids of several (most words are in one file). */
    words = new Map();
    /** Files whose words are not known (too large, or changed since): every lookup returns them. */
    unsplit = [];
    every = [];
    /** Index a file by its words (ids come in ascending order); null: it holds any word. */
    add(id, words) {
        this.every.push(id);
        if (words === null) {
            this.unsplit.push(id);
            return;
        }
        for (const word of words) {
            const ids = this.words.get(word);
            if (ids === undefined)
                this.words.set(word, id);
            else if (typeof ids === 'number') {
                if (ids !== id)
                    this.words.set(word, [ids, id]);
            }
            else if (ids[ids.length - 1] !== id)
                ids.push(id);
        }
    }
    /** A file whose words are not known (any more): every lookup returns it. */
    addUnsplit(id) {
        this.unsplit = mergeSorted(this.unsplit, [id]);
        this.every = mergeSorted(this.every, [id]);
    }
    /** Ids of the files that may hold `word` (a value as the parser reads it), ascending. */
    lookup(word) {
        // The index holds latin1 text: spell the word the same way.
        const latin1 = Buffer.from(word, 'utf8').toString('latin1');
        // A word that the cuts would split could sit in any file: no index answers for it.
        if (latin1 === '' || WORD_CUT.test(latin1))
            return this.every;
        const ids = this.words.get(latin1) ?? [];
        return mergeSorted(typeof ids === 'number' ? [ids] : ids, this.unsplit);
    }
}
function mergeSorted(a, b) {
    if (b.length === 0)
        return [...a];
    if (a.length === 0)
        return [...b];
    const out = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
        if (out[out.length - 1] !== next)
            out.push(next);
    }
    return out;
}
/**
 * Hints for the readers' text tests, from the chart directories of the repository: a deployer (an Argo CD path
 * source, a Flux GitRepository chart, a helmfile or kustomize local chart) names a Testkube chart that lives in
 * this repository by the chart's directory, not by the word `testkube`. Chart.yaml and requirements.yaml files
 * are few and small: they are read here, before the pass.
 */
function chartHints(allPaths, readText) {
    const names = new Set();
    let atRoot = false;
    for (const path of allPaths) {
        if (!CHART_META_FILE.test(path) || !KNOWN_CHART_WORD.test(readText(path)))
            continue;
        const slash = path.lastIndexOf('/');
        if (slash < 0)
            atRoot = true;
        else
            names.add(path.slice(path.lastIndexOf('/', slash - 1) + 1, slash));
    }
    // A Testkube chart at the root is named by `.`, `''` or `/`: any file may deploy it.
    if (atRoot)
        return { mayNameKnownChart: () => true };
    if (names.size === 0)
        return { mayNameKnownChart: text => KNOWN_CHART_WORD.test(text) };
    // A directory's name as a word of a path or a value (`charts/platform`, `chart: platform`), never inside another
    // word: a chart in `deploy/helm` must not make every `helm.toolkit.fluxcd.io` file a candidate.
    const dirName = new RegExp(`(?:^|[\\s'"\`[{,=:/])(?:${[...names].map(escapeRegExp).join('|')})(?=$|[\\s'"\`\\]},#/])`, 'm');
    return {
        mayNameKnownChart: text => KNOWN_CHART_WORD.test(text) || dirName.test(text) || DIR_PATH.test(text)
    };
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The paths of a sorted listing (`allFiles()`) that lie under the directory `dir` ('' for the root: all of them),
 * found by binary search rather than a scan of the whole listing.
 */
function filesUnder(sorted, dir) {
    if (dir === '')
        return sorted;
    const prefix = `${dir}/`;
    const lo = firstAtOrAfter(sorted, prefix);
    let end = lo;
    while (end < sorted.length && sorted[end].startsWith(prefix))
        end++;
    return sorted.slice(lo, end);
}
/** Some path of a sorted listing lies under the directory `dir` (not '': the root always holds its files). */
function holdsFiles(sorted, dir) {
    const prefix = `${dir}/`;
    const at = firstAtOrAfter(sorted, prefix);
    return at < sorted.length && sorted[at].startsWith(prefix);
}
/** The index of the first entry of a sorted listing that is not less than `key`. */
function firstAtOrAfter(sorted, key) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** A `.` or `..` segment, an empty one (`//`, a `/` at the end), or a backslash: what normaliseRel changes. */
const NOT_NORMAL = /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$|\\/;
/** `a/./b/../c.yaml` → `a/c.yaml`; null when the path climbs out of the root or is absolute. */
function normaliseRel(p) {
    if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p))
        return null;
    // Most paths asked about (a kustomization's resources, a values file) are normal already: keep them as they are.
    if (!NOT_NORMAL.test(p))
        return p;
    const out = [];
    for (const part of p.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (out.length === 0)
                return null;
            out.pop();
            continue;
        }
        out.push(part);
    }
    return out.join('/');
}
/** The `origin` remote of a git checkout at the root, read from `.git/config` without running git. */
function readOriginUrl(root) {
    try {
        const config = readRegularFileSync((0,external_node_path_namespaceObject.join)(root, '.git', 'config')).toString('utf8');
        const m = /\[remote "origin"\][^[]*?\burl\s*=\s*(\S+)/.exec(config);
        return m ? m[1] : null;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/model.ts
/**
 * The engine's shared vocabulary: releases, the layers their values come from, findings and edits.
 * Everything here is plain data so that the core stays pure and every output can serialise it.
 */
const CHART_NAMES = ['testkube', 'testkube-enterprise', 'testkube-runner'];

;// CONCATENATED MODULE: ./src/values/setpath.ts
function splitSetPath(s) {
    const out = [];
    let cur = '';
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\' && i + 1 < s.length) {
            cur += s[++i];
            continue;
        }
        if (c === '.') {
            out.push(cur);
            cur = '';
            continue;
        }
        if (c === '[') {
            const j = s.indexOf(']', i);
            if (j > i && /^\d+$/.test(s.slice(i + 1, j))) {
                if (cur !== '')
                    out.push(cur);
                out.push(Number(s.slice(i + 1, j)));
                cur = '';
                i = j;
                if (s[i + 1] === '.')
                    i++;
                continue;
            }
        }
        cur += c;
    }
    if (cur !== '' || out.length === 0)
        out.push(cur);
    return out;
}
/** The inverse of splitSetPath for key-only paths. */
function joinSetPath(path) {
    return path
        .map(x => (typeof x === 'number' ? `[${x}]` : x.replace(/[\\.[\],=]/g, m => '\\' + m)))
        .join('.')
        .replace(/\.\[/g, '[');
}
/** `testkube.` + `a.b` → the key path of a `--set` prefix (trailing dot) and a rule path. */
function prefixedPath(prefix, path) {
    return splitSetPath(prefix + path).map(String);
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** Look a key path up in a values tree. `found` is false when a key along the way is missing. */
function getPath(tree, path) {
    let cur = tree;
    for (const key of path) {
        if (!isPlainObject(cur) || !Object.prototype.hasOwnProperty.call(cur, key))
            return { found: false, value: undefined };
        cur = cur[key];
    }
    return { found: true, value: cur };
}

;// CONCATENATED MODULE: ./src/formats/helm-umbrella/extract.ts
/**
 * Umbrella charts: a `Chart.yaml` (apiVersion v2, or v1 with `requirements.yaml`) whose `dependencies` include a
 * Testkube chart. The chart directory is what a deployer installs, so the release is keyed `chart-dir:<dir>` and an
 * Argo CD Application, Flux HelmRelease or helmfile release that deploys the directory consumes it. The chart's own
 * `values.yaml` is the one layer read here; the Testkube chart's values live in it under `<alias or name>:`.
 */






const CHART_FILE = /(^|\/)Chart\.yaml$/;
const REQUIREMENTS_FILE = /(^|\/)requirements\.yaml$/;
/** Directories of a chart that never hold values files for a deployer. */
const CHART_INTERNAL_DIRS = new Set(['templates', 'charts', 'crds']);
function mayContainUmbrella(path, text) {
    return (CHART_FILE.test(path) || REQUIREMENTS_FILE.test(path)) && KNOWN_CHART_WORD.test(text);
}
/** The identity of a chart directory, shared with every reader that deploys one. */
function chartDirKey(dir) {
    return `chart-dir:${normaliseRel(dir) ?? dir}`;
}
function extractUmbrellaCharts(ctx) {
    // A v1 chart's requirements.yaml names the dependencies; its Chart.yaml may not mention Testkube at all.
    const chartFiles = new Map();
    for (const file of ctx.candidates) {
        if (CHART_FILE.test(file.path))
            chartFiles.set(file.path, file);
        else if (REQUIREMENTS_FILE.test(file.path)) {
            const path = extract_join(dirOf(file.path), 'Chart.yaml');
            const chart = chartFiles.get(path) ?? ctx.getFile(path);
            if (chart)
                chartFiles.set(path, chart);
        }
    }
    return [...chartFiles.values()]
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .flatMap(file => readUmbrella(ctx, file));
}
/** The releases one Chart.yaml stands for: one for its Testkube dependencies, one per istiod dependency. */
function readUmbrella(ctx, chartFile) {
    const chart = chartFile.js(0);
    if (!isPlainObject(chart))
        return [];
    const dir = dirOf(chartFile.path);
    const ownName = typeof chart.name === 'string' ? chart.name.trim() : null;
    // apiVersion v1 charts list their dependencies in requirements.yaml (Helm 2 layout, still read by Helm 3).
    let depFile = chartFile;
    if (chart.apiVersion !== 'v2' && chart.dependencies === undefined) {
        const requirements = ctx.getFile(extract_join(dir, 'requirements.yaml'));
        if (!requirements)
            return [];
        depFile = requirements;
    }
    const deps = readDependencies(depFile);
    const testkubeDeps = deps.filter(d => isTestkubeChart(d.identity.chart));
    const istiodDeps = deps.filter(d => d.identity.chart === 'istiod');
    if (testkubeDeps.length === 0 && istiodDeps.length === 0)
        return [];
    // A Chart.yaml named like a known chart that does not wrap that same chart is the chart's source (the
    // testkube-enterprise chart itself depends on testkube as `testkube-agent`): it is installed by someone else,
    // with values of their own, and its values.yaml holds defaults, not a user's settings.
    if (ownName && isKnownChartName(ownName) && !deps.some(d => d.identity.chart === ownName))
        return [];
    const notes = [];
    const layer = valuesLayer(ctx, dir, notes);
    const layers = layer ? [layer] : [];
    const releases = [];
    if (testkubeDeps.length > 0) {
        const scopes = testkubeDeps.map(d => ({
            chart: d.identity.chart,
            version: d.version,
            prefix: `${d.alias ?? d.name}.`,
            enabledBy: d.condition ? { path: firstCondition(d.condition), defaultEnabled: true } : undefined
        }));
        const first = testkubeDeps[0];
        const depNotes = testkubeDeps.flatMap(dependencyNotes);
        const overlays = claimedOverlays(ctx, dir, testkubeDeps);
        if (overlays.length > 0) {
            notes.push(`values files next to the chart, read only when a deployer passes them: ${overlays.join(', ')}`);
        }
        releases.push({
            id: chartFile.path,
            name: ownName ?? (dir.split('/').pop() || chartFile.path),
            namespace: null,
            source: 'helm-umbrella',
            file: depFile.path,
            line: first.line,
            chart: first.identity.chart,
            chartVersion: first.version,
            valuesPrefix: scopes[0].prefix,
            layers,
            scopes,
            key: chartDirKey(dir),
            consumes: overlays.map(p => `values-file:${p}`),
            notes: [...depNotes, ...notes].length > 0 ? [...depNotes, ...notes] : undefined
        });
    }
    // istiod wrapped in an umbrella: its values say whether the mesh uses native sidecars. No key, so a deployer
    // that consumes the chart directory as a Testkube release does not hide it from the mesh detector.
    for (const d of istiodDeps) {
        releases.push({
            id: `${chartFile.path}#${d.alias ?? d.name}`,
            name: ownName ?? d.name,
            namespace: null,
            source: 'helm-umbrella',
            file: depFile.path,
            line: d.line,
            chart: 'istiod',
            chartVersion: d.version,
            valuesPrefix: `${d.alias ?? d.name}.`,
            layers: layers.map(l => ({ ...l })),
            scopes: []
        });
    }
    return releases;
}
function isTestkubeChart(chart) {
    return CHART_NAMES.includes(chart);
}
/** `dependencies` (Chart.yaml v2 or requirements.yaml), each with the line of its `name`. */
function readDependencies(file) {
    const yamlDoc = file.docs.find(d => d.index === 0);
    if (!yamlDoc)
        return [];
    const contents = yamlDoc.doc.contents;
    if (!(0,dist/* isMap */.jh)(contents))
        return [];
    const seq = contents.get('dependencies', true);
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    const out = [];
    seq.items.forEach((item, index) => {
        if (!(0,dist/* isMap */.jh)(item))
            return;
        const dep = item.toJSON();
        const name = str(dep.name);
        if (!name)
            return;
        const repository = str(dep.repository);
        const identity = identifyDependency(name, repository);
        if (!identity)
            return;
        const nameNode = item.items.find(p => (0,dist/* isScalar */.jn)(p.key) && p.key.value === 'name')?.key;
        out.push({
            name,
            version: str(dep.version),
            repository,
            alias: str(dep.alias),
            condition: str(dep.condition),
            tags: Array.isArray(dep.tags) ? dep.tags.map(String) : [],
            index,
            line: nameNode?.range ? file.lineAt(nameNode.range[0]) : yamlDoc.line,
            identity
        });
    });
    return out;
}
/**
 * Helm's dependency `repository`: a URL (`https://`, `oci://`), a local path (`file://`), or a repository added
 * with `helm repo add` given as `@name` or `alias:name`.
 */
function identifyDependency(name, repository) {
    const repo = repository?.trim() || null;
    if (repo && (repo.startsWith('@') || repo.startsWith('alias:'))) {
        const id = identifyChart(name, null);
        return (id && { chart: id.chart, repoVerified: false, note: `repository given only as the alias '${repo}'` });
    }
    if (repo && repo.startsWith('file://')) {
        const id = identifyChart(name, null);
        return id && { chart: id.chart, repoVerified: false, note: `chart copied into the repository (${repo})` };
    }
    return identifyChart(name, repo);
}
function dependencyNotes(d) {
    const key = d.alias ?? d.name;
    const notes = [];
    if (d.identity.note)
        notes.push(`${key}: ${d.identity.note}`);
    if (d.tags.length > 0)
        notes.push(`${key}: also enabled by tags ${d.tags.join(', ')} (not evaluated)`);
    if (d.condition && d.condition.includes(',')) {
        notes.push(`${key}: condition '${d.condition}' has several paths; only the first is evaluated`);
    }
    return notes;
}
/** Helm evaluates a condition's first path that exists; paths are plain dotted keys. */
function firstCondition(condition) {
    return condition.split(',')[0].trim().split('.');
}
/** The chart's own values.yaml as the release's layer, or null with a note when there is none. */
function valuesLayer(ctx, dir, notes) {
    const path = extract_join(dir, 'values.yaml');
    const file = ctx.getFile(path);
    if (!file) {
        notes.push(ctx.exists(path)
            ? 'values.yaml next to Chart.yaml could not be read'
            : 'no values.yaml next to Chart.yaml');
        return null;
    }
    const layer = {
        label: 'values.yaml',
        kind: 'values-file',
        file: path,
        line: 1,
        yamlPath: '',
        values: null
    };
    const doc = file.docs.find(d => d.index === 0);
    if (!doc) {
        if (file.problems.length > 0) {
            layer.readOnlyReason = 'values.yaml could not be parsed';
            return layer;
        }
        // A zero-byte file: no values; the fixer writes the first document.
        layer.values = {};
        layer.target = { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] };
        layer.addTarget = true;
        return layer;
    }
    layer.line = doc.line;
    // Comments and a lone `---` (a null root) are no values yet; the fixer writes into that document.
    const tree = doc.empty ? {} : file.js(0);
    if (!isPlainObject(tree)) {
        layer.readOnlyReason = 'values.yaml is not a map';
        return layer;
    }
    layer.values = tree;
    if (file.templated) {
        layer.readOnlyReason = 'values.yaml is a template that another tool renders before Helm reads it';
        return layer;
    }
    layer.target = { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] };
    layer.addTarget = true;
    return layer;
}
/**
 * Environment overlays kept in the chart directory (`values-prod.yaml` with the umbrella's `testkube:` key): they
 * are values of this umbrella that a deployer may pass with `-f`, not releases of their own. Claimed so that the
 * values-file reader does not report them; a deployer that names them reads them as its layers.
 * Looks in the chart directory and its subdirectories (not `templates/`, `charts/`, `crds/`, nor another chart's
 * directory); for a Chart.yaml at the repository root, only the root itself.
 */
function claimedOverlays(ctx, dir, deps) {
    const keys = new Set(deps.map(d => d.alias ?? d.name));
    const prefix = dir ? `${dir}/` : '';
    const nestedCharts = new Set();
    const files = filesUnder(ctx.allFiles(), dir).filter(p => {
        const rest = p.slice(prefix.length).split('/');
        if (!dir && rest.length > 1)
            return false;
        if (rest.slice(0, -1).some(seg => CHART_INTERNAL_DIRS.has(seg)))
            return false;
        if (rest.length > 1 && rest[rest.length - 1] === 'Chart.yaml')
            nestedCharts.add(dirOf(p));
        return true;
    });
    const out = [];
    for (const p of files) {
        const base = p.slice(p.lastIndexOf('/') + 1);
        if (!isYamlPath(p) || /^(Chart\.yaml|Chart\.lock|values\.yaml|requirements\.ya?ml)$/.test(base))
            continue;
        if ([...nestedCharts].some(c => p.startsWith(`${c}/`)))
            continue;
        const file = ctx.getFile(p);
        if (!file || file.docs.find(d => d.index === 0) === undefined)
            continue;
        const tree = file.js(0);
        if (!isPlainObject(tree))
            continue;
        if (typeof tree.apiVersion === 'string' && typeof tree.kind === 'string')
            continue;
        if (Object.keys(tree).some(k => keys.has(k)))
            out.push(p);
    }
    return out;
}
function str(v) {
    if (typeof v === 'string')
        return v.trim() || null;
    if (typeof v === 'number')
        return String(v);
    return null;
}
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
function extract_join(dir, name) {
    return dir ? `${dir}/${name}` : name;
}

;// CONCATENATED MODULE: ./src/formats/helm-umbrella/index.ts

const helmUmbrellaReader = {
    source: 'helm-umbrella',
    displayName: 'Helm umbrella chart',
    mayContain: mayContainUmbrella,
    extract: extractUmbrellaCharts
};


;// CONCATENATED MODULE: ./src/formats/argocd/origin.ts
/**
 * Where a group of Argo CD source fields was read from, and how to point at them: the manifest itself, a
 * `.argocd-source*.yaml` override file, or the YAML held by an ApplicationSet's `spec.templatePatch` string.
 * Every layer and message takes its file, node path and line from an Origin.
 */

/** An origin inside one parsed document of a repository file. */
function docOrigin(file, docIndex, base, yamlBase, readOnly) {
    const doc = file.docs.find(d => d.index === docIndex)?.doc;
    return nodeOrigin(file, docIndex, base, yamlBase, doc, file.text, file.lineAt, readOnly);
}
/**
 * An origin inside YAML text held by a string scalar of `file` (a templatePatch): lines are mapped back to the
 * outer file from `firstLine`, the outer line of the text's first line.
 */
function embeddedOrigin(file, docIndex, inner, firstLine, base, yamlBase, readOnly) {
    const doc = inner.docs[0]?.doc;
    const lineAt = (offset) => firstLine + inner.lineAt(offset) - 1;
    return nodeOrigin(file, docIndex, base, yamlBase, doc, inner.text, lineAt, readOnly);
}
function nodeOrigin(file, docIndex, base, yamlBase, doc, text, lineAt, readOnly) {
    const nodeAt = (path) => doc ? doc.getIn(path, true) : undefined;
    const startLine = (node) => {
        const range = node?.range;
        return range ? lineAt(range[0]) : null;
    };
    return {
        file,
        docIndex,
        base,
        yamlBase,
        readOnly,
        line(sub) {
            const path = [...base, ...sub];
            if (path.length === 0)
                return startLine(doc?.contents) ?? 1;
            const parent = nodeAt(path.slice(0, -1));
            const last = path[path.length - 1];
            if ((0,dist/* isMap */.jh)(parent)) {
                const pair = parent.items.find(p => (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(last));
                if (pair)
                    return startLine(pair.key);
            }
            else if ((0,dist/* isSeq */.oP)(parent) && typeof last === 'number') {
                return startLine(parent.items[last]);
            }
            return sub.length > 0 ? this.line(sub.slice(0, -1)) : null;
        },
        valueLine(sub) {
            const node = nodeAt([...base, ...sub]);
            const line = startLine(node);
            if (line === null)
                return this.line(sub);
            const block = (0,dist/* isScalar */.jn)(node) && (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED);
            return block ? line + 1 : line;
        },
        text(sub) {
            const range = nodeAt([...base, ...sub])?.range;
            return range ? text.slice(range[0], range[1]).trim() : undefined;
        }
    };
}
function joinYamlPath(base, key) {
    if (typeof key === 'number')
        return `${base}[${key}]`;
    return base ? `${base}.${key}` : key;
}

;// CONCATENATED MODULE: ./src/formats/chartdir.ts





/** `a` + `b/c.yaml` → `a/b/c.yaml`, normalised; null when it leaves the repository. */
function joinRel(dir, path) {
    if (path.startsWith('/'))
        return normaliseRel(path.replace(/^\/+/, ''));
    return normaliseRel(dir ? `${dir}/${path}` : path);
}
function readChartDir(ctx, dir) {
    const chartFile = joinRel(dir, 'Chart.yaml');
    if (chartFile === null)
        return null;
    const chart = firstDoc(ctx, chartFile);
    if (!isPlainObject(chart))
        return null;
    const name = typeof chart.name === 'string' ? chart.name.trim() : '';
    const version = literalString(chart.version);
    let deps = chart.dependencies;
    // apiVersion v1 charts list their dependencies in requirements.yaml (as the umbrella reader reads them).
    if (chart.apiVersion !== 'v2' && deps === undefined) {
        const requirementsFile = joinRel(dir, 'requirements.yaml');
        const requirements = requirementsFile ? firstDoc(ctx, requirementsFile) : undefined;
        deps = isPlainObject(requirements) ? requirements.dependencies : undefined;
    }
    const depList = Array.isArray(deps) ? deps : [];
    // A chart named like a Testkube chart is that chart, unless it wraps a dependency of the same name (an
    // umbrella called `testkube` around the `testkube` chart). testkube-enterprise wraps `testkube` as its agent.
    const own = identifyChart(name, null);
    const wrapsItself = depList.some(d => isPlainObject(d) && d.name === name);
    if (own && !name.includes('/') && !wrapsItself) {
        return {
            chart: own.chart,
            version,
            prefix: '',
            scopes: own.chart === 'istiod' ? [] : [{ chart: own.chart, version, prefix: '' }],
            role: 'own-chart',
            chartFile,
            notes: [`${chartFile} is the ${own.chart} chart itself`]
        };
    }
    const notes = [];
    const scopes = [];
    let istiod = null;
    for (const dep of depList) {
        if (!isPlainObject(dep) || typeof dep.name !== 'string')
            continue;
        const id = identifyDependency(dep.name, literalString(dep.repository));
        if (!id)
            continue;
        const alias = typeof dep.alias === 'string' && dep.alias.trim() ? dep.alias.trim() : dep.name.trim();
        const depVersion = literalString(dep.version);
        if (id.note)
            notes.push(`dependency '${alias}': ${id.note}`);
        if (id.chart === 'istiod') {
            istiod ??= { prefix: `${alias}.`, version: depVersion };
            continue;
        }
        const scope = { chart: id.chart, version: depVersion, prefix: `${alias}.` };
        if (typeof dep.condition === 'string' && dep.condition.trim())
            scope.enabledBy = { path: firstCondition(dep.condition), defaultEnabled: true };
        scopes.push(scope);
    }
    if (scopes.length > 0) {
        return {
            chart: scopes[0].chart,
            version: scopes[0].version,
            prefix: scopes[0].prefix,
            scopes,
            role: 'umbrella',
            chartFile,
            notes: [`umbrella chart ${chartFile}`, ...notes]
        };
    }
    if (istiod) {
        return { chart: 'istiod', ...istiod, scopes: [], role: 'umbrella', chartFile, notes };
    }
    return null;
}
/** The first document of a file that holds something (a file may start with a comment-only document). */
function firstDoc(ctx, path) {
    const file = ctx.getFile(path);
    const doc = file?.docs.find(d => !d.empty);
    return file && doc ? file.js(doc.index) : undefined;
}
function literalString(v) {
    if (typeof v === 'number')
        return String(v);
    if (typeof v !== 'string' || v.trim() === '' || isTemplatedValue(v))
        return null;
    return v.trim();
}

;// CONCATENATED MODULE: ./src/formats/argocd/sources.ts
/**
 * One Argo CD source → one release with its ordered value layers (values-precedence.md §3-§4). Shared by the
 * Application and ApplicationSet readers, which only differ in where the source sits and how much of it may be
 * templated.
 *
 * Order, lowest first: the chart directory's values.yaml (git path in this repository) < `valueFiles` (in list
 * order, globs expanded in place) < `valuesObject` (or `values`, which Argo CD ignores when `valuesObject` is
 * set) < `parameters` < `fileParameters`. `.argocd-source.yaml` / `.argocd-source-<app>.yaml` in the chart
 * directory are merged over the source like Argo CD's repo server does (a JSON merge patch: lists and strings
 * replace, `valuesObject` merges).
 */









/** The sources of one Application, each read into a release when it installs a known chart. */
function readAppSources(ctx, app) {
    const sites = collectSites(app);
    const out = [];
    for (const site of sites) {
        const release = readSource(ctx, app, site, sites);
        if (release)
            out.push(release);
    }
    return out;
}
function collectSites(app) {
    const patchSpec = app.patch?.spec;
    if (app.patch && patchSpec && Array.isArray(patchSpec.sources) && patchSpec.sources.length > 0) {
        // A strategic merge patch replaces a list that has no merge key: the patch's sources are the sources.
        const patch = app.patch;
        app.notes.push('spec.templatePatch sets spec.sources, which replace the template sources');
        return patchSpec.sources.flatMap((raw, i) => isPlainObject(raw)
            ? [
                {
                    raw,
                    origin: patch.origin(['spec', 'sources', i], `spec.sources[${i}]`),
                    patches: [],
                    idSuffix: `/templatePatch/sources[${i}]`
                }
            ]
            : []);
    }
    const sources = app.spec.sources;
    if (Array.isArray(sources) && sources.length > 0) {
        // Argo CD ignores `source` when `sources` is set.
        return sources.flatMap((raw, i) => isPlainObject(raw)
            ? [
                {
                    raw,
                    origin: docOrigin(app.file, app.docIndex, [...app.specPath, 'sources', i], joinYamlPath(`${app.yamlSpec}.sources`, i)),
                    patches: [],
                    idSuffix: `/sources[${i}]`
                }
            ]
            : []);
    }
    const own = isPlainObject(app.spec.source) ? app.spec.source : null;
    const patched = app.patch && patchSpec && isPlainObject(patchSpec.source) ? patchSpec.source : null;
    const patchOrigin = patched && app.patch ? app.patch.origin(['spec', 'source'], 'spec.source') : null;
    if (own) {
        const { helm: _helm, ...identity } = patched ?? {};
        return [
            {
                raw: { ...own, ...identity },
                origin: docOrigin(app.file, app.docIndex, [...app.specPath, 'source'], `${app.yamlSpec}.source`),
                patches: patched && patchOrigin && 'helm' in patched ? [{ helm: patched.helm, origin: patchOrigin }] : [],
                idSuffix: ''
            }
        ];
    }
    if (patched && patchOrigin)
        return [{ raw: patched, origin: patchOrigin, patches: [], idSuffix: '' }];
    return [];
}
function readSource(ctx, app, site, siblings) {
    const notes = [...app.notes];
    const install = identify(ctx, site, notes);
    if (!install)
        return null;
    const helm = collectHelm(ctx, app, site, install, notes);
    const layers = [];
    if (install.base)
        layers.push(install.base);
    if (helm.valueFiles)
        layers.push(...valueFileLayers(ctx, app, helm, install, siblings, notes));
    let addTo;
    const valuesObjects = helm.valuesObject.map(f => valuesObjectLayer(f, app));
    if (valuesObjects.length > 0) {
        layers.push(...valuesObjects);
        if (helm.values)
            notes.push(`${describe(helm.values)} is ignored: helm.valuesObject is set`);
        // A missing key goes into the manifest, not into an override file (often written by a tool such as
        // argocd-image-updater) nor a templatePatch.
        addTo = valuesObjects.filter((l, i) => editable(l) && helm.valuesObject[i].origin.file === app.file).pop();
    }
    else if (helm.values) {
        const valuesLayer = valuesStringLayer(ctx, app, helm.values);
        layers.push(valuesLayer);
        if (editable(valuesLayer) && helm.values.origin.file === app.file)
            addTo = valuesLayer;
    }
    addTo ??= layers.filter(l => l.kind === 'values-file' && editable(l)).pop();
    // Never a new valuesObject beside a `values` (it would disable it), wherever either comes from.
    if (!addTo && valuesObjects.length === 0 && !helm.values) {
        const created = newValuesObject(app, site, helm);
        if (created) {
            layers.push(created);
            addTo = created;
        }
    }
    if (addTo)
        addTo.addTarget = true;
    if (helm.parameters)
        layers.push(parametersLayer(ctx, app, helm.parameters, notes));
    if (helm.fileParameters)
        layers.push(fileParametersLayer(helm.fileParameters, app));
    return {
        id: `${app.file.path}#${app.docIndex}/${app.name}${site.idSuffix}`,
        name: app.name,
        namespace: app.namespace,
        source: app.source,
        file: app.file.path,
        line: install.line,
        chart: install.chart,
        chartVersion: install.version,
        valuesPrefix: install.prefix,
        layers,
        scopes: install.scopes,
        ...(install.consumes ? { consumes: install.consumes } : {}),
        ...(notes.length > 0 ? { notes: [...new Set(notes)] } : {})
    };
}
/** Charts that kubeshop publishes from git, by normalised repository and path. */
const UPSTREAM_GIT = [
    {
        repo: 'github.com/kubeshop/helm-charts',
        path: /^charts\/(testkube|testkube-enterprise|testkube-runner)$/
    },
    { repo: 'github.com/kubeshop/testkube', path: /^k8s\/helm\/(testkube|testkube-runner)$/ },
    { repo: 'github.com/kubeshop/testkube-cloud-charts', path: /^charts\/(testkube-enterprise)$/ }
];
function identify(ctx, site, notes) {
    const { raw, origin } = site;
    // A config management plugin renders the directory itself (kubeshop/testkube-argocd): not a chart install.
    if (raw.plugin != null)
        return null;
    const repo = fieldText(origin, ['repoURL'], raw.repoURL)?.trim();
    const revision = fieldText(origin, ['targetRevision'], raw.targetRevision)?.trim();
    const templatedRepo = repo !== undefined && isTemplatedValue(repo);
    if (raw.chart != null) {
        const chart = fieldText(origin, ['chart'], raw.chart)?.trim();
        if (!chart || isTemplatedValue(chart))
            return null;
        const id = identifyChart(chart, templatedRepo ? null : repo);
        if (!id)
            return null;
        if (templatedRepo)
            notes.push(`repoURL is templated (${repo})`);
        else if (id.note)
            notes.push(id.note);
        return chartInstall(id.chart, chartVersion(revision, notes), origin.line(['chart']));
    }
    const path = fieldText(origin, ['path'], raw.path)?.trim();
    if (repo?.startsWith('oci://') && (path === undefined || path === '' || path === '.' || path === './')) {
        // `repoURL: oci://host/path/testkube` with `path: .` names the chart in the URL.
        const id = identifyChart(repo, null);
        if (!id)
            return null;
        if (id.note)
            notes.push(id.note);
        return chartInstall(id.chart, chartVersion(revision, notes), origin.line(['repoURL']));
    }
    if (path === undefined || isTemplatedValue(path))
        return null;
    if (raw.kustomize != null || raw.directory != null)
        return null;
    const dir = normaliseRel(path);
    if (dir === null)
        return null;
    const where = locality(ctx, repo);
    const upstream = where !== 'this' && repo && !templatedRepo
        ? UPSTREAM_GIT.find(u => u.repo === normaliseRepoUrl(repo) && u.path.test(dir))
        : undefined;
    if (upstream) {
        const chart = upstream.path.exec(dir)?.[1];
        notes.push(`chart from git: ${repo} path ${dir} at ${revision || 'HEAD'} (version not known)`);
        return { ...chartInstall(chart, null, origin.line(['path'])), files: { kind: 'remote-git' } };
    }
    if (where === 'other' || !ctx.exists(dir))
        return null;
    const local = readChartDir(ctx, dir);
    if (!local)
        return null;
    if (where === 'unknown') {
        notes.push(repo
            ? `repoURL ${repo} is not known to be this repository; read ${dir || '.'} from this checkout`
            : `no repoURL; read ${dir || '.'} from this checkout`);
    }
    notes.push(...local.notes);
    const valuesFile = joinRel(dir, 'values.yaml');
    const file = valuesFile ? ctx.getFile(valuesFile) : undefined;
    const base = file
        ? local.role === 'own-chart'
            ? fileLayer(file, `chart defaults ${file.path}`, 'chart-defaults')
            : fileLayer(file, `umbrella chart values ${file.path}`, 'values-file')
        : undefined;
    return {
        chart: local.chart,
        version: local.version,
        prefix: local.prefix,
        scopes: local.scopes,
        files: { kind: 'local', dir },
        base,
        consumes: [`chart-dir:${dir}`],
        line: origin.line(['path']) ?? 1
    };
}
function chartInstall(chart, version, line) {
    return {
        chart,
        version,
        prefix: '',
        scopes: chart === 'istiod' ? [] : [{ chart, version, prefix: '' }],
        files: { kind: 'package' },
        line: line ?? 1
    };
}
function chartVersion(revision, notes) {
    if (!revision)
        return null;
    if (isTemplatedValue(revision)) {
        notes.push(`targetRevision is templated (${revision})`);
        return null;
    }
    return revision;
}
/**
 * Is a repository URL this repository? 'unknown' when the URL is missing, templated or a placeholder, or when no
 * URL of this repository is known at all: then a path that exists in this checkout is taken to be ours.
 */
function locality(ctx, url) {
    if (!url || isTemplatedValue(url) || /^\$|<[^>]*>/.test(url))
        return 'unknown';
    if (ctx.isThisRepo(url))
        return 'this';
    if (ctx.knowsOwnUrl && !ctx.knowsOwnUrl())
        return 'unknown';
    return 'other';
}
const HELM_KEYS = ['valueFiles', 'values', 'valuesObject', 'parameters', 'fileParameters'];
function collectHelm(ctx, app, site, install, notes) {
    const spec = { valuesObject: [], ignoreMissing: false, opaque: false };
    const own = site.raw.helm;
    if (own != null && !isPlainObject(own)) {
        spec.opaque = true;
        notes.push(`helm is templated (${site.origin.text(['helm']) ?? String(own)})`);
    }
    mergeHelm(spec, own, site.origin, true, notes);
    if (isPlainObject(own)) {
        const releaseName = fieldText(site.origin, ['helm', 'releaseName'], own.releaseName);
        if (releaseName && releaseName !== app.name)
            notes.push(`Helm release name '${releaseName}'`);
    }
    for (const patch of site.patches)
        mergeHelm(spec, patch.helm, patch.origin, false, notes);
    // Parameter override files in the chart directory (Argo CD's repo server merges them, generic file first).
    if (install.files.kind === 'local') {
        const names = ['.argocd-source.yaml', ...(app.appName ? [`.argocd-source-${app.appName}.yaml`] : [])];
        for (const name of names) {
            const path = joinRel(install.files.dir, name);
            const file = path ? ctx.getFile(path) : undefined;
            const doc = file?.docs[0];
            if (!file || !doc)
                continue;
            const js = file.js(doc.index);
            if (!isPlainObject(js) || !isPlainObject(js.helm))
                continue;
            notes.push(`helm settings merged from ${file.path}`);
            mergeHelm(spec, js.helm, docOrigin(file, doc.index, [], ''), false, notes);
        }
    }
    return spec;
}
function mergeHelm(spec, helm, origin, first, notes) {
    if (!isPlainObject(helm))
        return;
    if ('ignoreMissingValueFiles' in helm) {
        const v = helm.ignoreMissingValueFiles;
        spec.ignoreMissing = v === true || v === 'true';
    }
    for (const key of HELM_KEYS) {
        if (!(key in helm))
            continue;
        const value = helm[key];
        if (value === null || value === undefined) {
            // null is "not set" in the manifest, and deletes the field in a merge patch.
            if (!first) {
                if (key === 'valuesObject')
                    spec.valuesObject = [];
                else
                    delete spec[key];
            }
            continue;
        }
        const field = { key, value, origin };
        if (key === 'valuesObject') {
            spec.valuesObject.push(field);
            continue;
        }
        const previous = spec[key];
        if (previous && !first)
            notes.push(`${describe(previous)} is replaced by ${describe(field)}`);
        spec[key] = field;
    }
}
function describe(field) {
    const where = field.origin.yamlBase ? `${field.origin.yamlBase}.helm.${field.key}` : `helm.${field.key}`;
    return `${where} in ${field.origin.file.path}`;
}
function yamlPathOf(field) {
    return joinYamlPath(joinYamlPath(field.origin.yamlBase, 'helm'), field.key);
}
function labelOf(field, app) {
    const label = `helm.${field.key}`;
    if (field.origin.file !== app.file)
        return `${label} (${field.origin.file.path})`;
    return field.origin.readOnly ? `${label} (spec.templatePatch)` : label;
}
function nodePathOf(field) {
    return [...field.origin.base, 'helm', field.key];
}
function editable(layer) {
    return layer.target !== undefined && layer.readOnlyReason === undefined && layer.values !== null;
}
// ---------------------------------------------------------------------------------------------------------
// Layers
function valueFileLayers(ctx, app, helm, install, siblings, notes) {
    const field = helm.valueFiles;
    const { origin } = field;
    const sub = ['helm', 'valueFiles'];
    if (!Array.isArray(field.value)) {
        const text = origin.text(sub) ?? '';
        if (!isTemplatedValue(text)) {
            ctx.report({
                file: origin.file.path,
                line: origin.line(sub) ?? 1,
                message: 'helm.valueFiles is not a list'
            });
        }
        return [remoteLayer(`helm.valueFiles ${text}`.trim(), 'templated', origin.file, origin.line(sub))];
    }
    const entries = field.value.map((v, i) => ({ i, text: fieldText(origin, [...sub, i], v)?.trim() ?? '' }));
    const resolved = entries.map(e => resolveEntry(ctx, e.text, install, siblings));
    // A file listed by name keeps its own place; a glob does not add it again (Argo CD "Deduplication").
    const explicit = new Set(resolved.flatMap(r => (r.kind === 'local' && !r.glob ? [r.path] : [])));
    const placed = new Set();
    const layers = [];
    for (const [n, r] of resolved.entries()) {
        const { i, text } = entries[n];
        const line = origin.line([...sub, i]);
        const label = `valueFiles[${i}] ${text}`;
        if (r.kind === 'skip')
            continue;
        if (r.kind === 'read-only') {
            if (r.error)
                ctx.report({ file: origin.file.path, line: line ?? 1, message: `helm.valueFiles[${i}]: ${r.error}` });
            layers.push(remoteLayer(label, r.reason, null, null));
            continue;
        }
        const matches = r.glob ? picomatch_default()(r.path, { dot: true }) : null;
        const paths = matches
            ? ctx
                .allFiles()
                .filter(p => matches(p) && !explicit.has(p))
                .sort()
            : [r.path];
        if (r.glob && paths.length === 0 && !helm.ignoreMissing)
            notes.push(`${label} matches no file`);
        for (const path of paths) {
            if (!r.glob && !isFile(ctx, path)) {
                if (!helm.ignoreMissing) {
                    ctx.report({
                        file: origin.file.path,
                        line: line ?? 1,
                        message: `helm.valueFiles[${i}]: ${path} not found (set ignoreMissingValueFiles to skip it)`
                    });
                }
                continue;
            }
            if (r.glob && placed.has(path))
                continue;
            placed.add(path);
            const file = ctx.getFile(path);
            const fileLabel = r.glob ? `valueFiles[${i}] ${path}` : label;
            layers.push(file
                ? fileLayer(file, fileLabel, 'values-file')
                : remoteLayer(fileLabel, 'cannot be read', null, null));
        }
    }
    if (origin.readOnly) {
        for (const l of layers) {
            delete l.target;
            l.readOnlyReason ??= origin.readOnly;
        }
    }
    return layers;
}
function resolveEntry(ctx, text, install, siblings) {
    if (!text)
        return { kind: 'skip' };
    if (isTemplatedValue(text))
        return { kind: 'read-only', reason: 'templated path' };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text))
        return { kind: 'read-only', reason: 'a remote URL' };
    const glob = /[*?[]/.test(text);
    const ref = /^\$([^/]+)\/(.*)$/.exec(text);
    if (ref) {
        const sibling = siblings.find(s => fieldText(s.origin, ['ref'], s.raw.ref)?.trim() === ref[1]);
        if (!sibling)
            return { kind: 'read-only', reason: 'unresolved $ref', error: `no source has ref '${ref[1]}'` };
        const repo = fieldText(sibling.origin, ['repoURL'], sibling.raw.repoURL)?.trim();
        const where = locality(ctx, repo);
        const path = joinRel('', ref[2]);
        if (path === null)
            return { kind: 'read-only', reason: 'outside the repository' };
        if (where === 'this' || (where === 'unknown' && (glob || ctx.exists(path))))
            return { kind: 'local', path, glob };
        return { kind: 'read-only', reason: 'file in another repository' };
    }
    if (text.startsWith('$'))
        return { kind: 'read-only', reason: 'unresolved $ref', error: `cannot read '${text}'` };
    if (install.files.kind === 'package')
        return { kind: 'read-only', reason: 'inside the chart package' };
    if (install.files.kind === 'remote-git')
        return { kind: 'read-only', reason: 'in the remote chart repository' };
    const path = joinRel(install.files.dir, text);
    if (path === null)
        return { kind: 'read-only', reason: 'outside the repository', error: `${text} leaves the repository` };
    return { kind: 'local', path, glob };
}
const fileSets = new WeakMap();
function isFile(ctx, path) {
    let set = fileSets.get(ctx);
    if (!set) {
        set = new Set(ctx.allFiles());
        fileSets.set(ctx, set);
    }
    return set.has(path);
}
/** A repository values file read like Helm's `-f`: the first document, a map. */
function fileLayer(file, label, kind) {
    const common = { label, kind, file: file.path, yamlPath: '' };
    const doc = file.docs[0];
    if (!doc) {
        if (file.problems.length > 0) {
            return { ...common, line: file.problems[0].line, values: null, readOnlyReason: 'not valid YAML' };
        }
        return {
            ...common,
            line: 1,
            values: {},
            target: { type: 'yaml-map', file: file.path, docIndex: 0, nodePath: [] }
        };
    }
    if (doc.index !== 0)
        return { ...common, line: doc.line, values: null, readOnlyReason: 'not valid YAML' };
    const js = file.js(doc.index);
    if (js === undefined && !doc.empty) {
        return { ...common, line: doc.line, values: null, readOnlyReason: 'cannot be read' };
    }
    if (js != null && !isPlainObject(js)) {
        return { ...common, line: doc.line, values: null, readOnlyReason: 'not a map of values' };
    }
    const values = (js ?? {});
    if (file.templated)
        return { ...common, line: doc.line, values, readOnlyReason: 'templated' };
    return {
        ...common,
        line: doc.line,
        values,
        target: { type: 'yaml-map', file: file.path, docIndex: doc.index, nodePath: [] }
    };
}
function remoteLayer(label, reason, file, line) {
    return {
        label,
        kind: reason === 'templated' || reason === 'templated path' ? 'values-file' : 'remote',
        file: file?.path ?? null,
        line: file ? line : null,
        yamlPath: '',
        values: null,
        readOnlyReason: reason
    };
}
function valuesObjectLayer(field, app) {
    const { origin, value } = field;
    const common = {
        label: labelOf(field, app),
        kind: 'inline',
        file: origin.file.path,
        line: origin.line(['helm', 'valuesObject']),
        yamlPath: yamlPathOf(field)
    };
    if (!isPlainObject(value)) {
        const text = origin.text(['helm', 'valuesObject']) ?? '';
        return { ...common, values: null, readOnlyReason: isTemplatedValue(text) ? 'templated' : 'not a map' };
    }
    if (origin.readOnly)
        return { ...common, values: value, readOnlyReason: origin.readOnly };
    return {
        ...common,
        values: value,
        target: {
            type: 'yaml-map',
            file: origin.file.path,
            docIndex: origin.docIndex,
            nodePath: nodePathOf(field)
        }
    };
}
function valuesStringLayer(ctx, app, field) {
    const { origin, value } = field;
    const sub = ['helm', 'values'];
    const common = {
        label: labelOf(field, app),
        kind: 'embedded-yaml',
        file: origin.file.path,
        line: origin.line(sub),
        yamlPath: yamlPathOf(field)
    };
    if (typeof value !== 'string') {
        const text = origin.text(sub) ?? '';
        if (isTemplatedValue(text))
            return { ...common, values: null, readOnlyReason: 'templated' };
        ctx.report({ file: origin.file.path, line: common.line ?? 1, message: 'helm.values is not a string' });
        return { ...common, values: null, readOnlyReason: 'helm.values is not a string' };
    }
    // Parsed like a values file (YAML 1.1; templates masked when they break the YAML). Keys such as
    // `testkube-api.minio.enabled` stay literal keys: Helm does not expand them.
    const inner = parseRepoFile(`${origin.file.path}#${common.yamlPath}`, value);
    const doc = inner.docs[0];
    if (inner.problems.length > 0 || (doc && doc.index !== 0)) {
        const first = origin.valueLine(sub) ?? common.line ?? 1;
        const p = inner.problems[0] ?? { line: 1, message: 'the first document does not parse' };
        ctx.report({
            file: origin.file.path,
            line: first + p.line - 1,
            message: `${common.yamlPath} is not valid YAML: ${p.message}`
        });
        return { ...common, values: null, readOnlyReason: 'not valid YAML' };
    }
    const misread = doc ? unreadTemplates(doc.doc, value) : false;
    const js = doc ? inner.js(doc.index) : null;
    if (js != null && !isPlainObject(js)) {
        ctx.report({ file: origin.file.path, line: common.line ?? 1, message: `${common.yamlPath} is not a map` });
        return { ...common, values: null, readOnlyReason: 'not a map of values' };
    }
    const values = (js ?? {});
    const readOnly = origin.readOnly ??
        (inner.templated || misread || (app.templated && value.includes('{{')) ? 'templated' : undefined);
    if (readOnly)
        return { ...common, values, readOnlyReason: readOnly };
    return {
        ...common,
        values,
        target: {
            type: 'yaml-embedded',
            file: origin.file.path,
            docIndex: origin.docIndex,
            nodePath: nodePathOf(field)
        }
    };
}
/**
 * `host: {{ .Values.host }}` is valid YAML: a flow map inside a flow map. Put such templates back as the text
 * they are, so the values hold the template rather than a map; true when there was one.
 */
function unreadTemplates(doc, text) {
    let found = false;
    const visitor = (_key, node) => {
        const range = node.range;
        if (!node.flow || !range)
            return undefined;
        const source = text.slice(range[0], range[1]).trim();
        if (!source.startsWith('{{'))
            return undefined;
        found = true;
        const scalar = new dist/* Scalar */.X5(source);
        scalar.range = range;
        return scalar;
    };
    (0,dist/* visit */.YR)(doc, { Map: visitor, Seq: visitor });
    return found;
}
/** Where a missing key goes when there is no `valuesObject`, no `values` and no repository values file. */
function newValuesObject(app, site, helm) {
    const { origin } = site;
    // Never into a templatePatch or a file that only parsed with its templates masked.
    if (helm.opaque || origin.readOnly || origin.file !== app.file || app.file.templated)
        return null;
    const nodePath = [...origin.base, 'helm', 'valuesObject'];
    return {
        label: 'helm.valuesObject (new)',
        kind: 'inline',
        file: app.file.path,
        line: origin.line(['helm']) ?? origin.line([]),
        yamlPath: joinYamlPath(joinYamlPath(origin.yamlBase, 'helm'), 'valuesObject'),
        values: {},
        target: { type: 'yaml-map', file: app.file.path, docIndex: app.docIndex, nodePath }
    };
}
function parametersLayer(ctx, app, field, notes) {
    const { origin, value } = field;
    const sub = ['helm', 'parameters'];
    const common = {
        label: labelOf(field, app),
        kind: 'parameters',
        file: origin.file.path,
        line: origin.line(sub),
        yamlPath: yamlPathOf(field)
    };
    if (!Array.isArray(value)) {
        const text = origin.text(sub) ?? '';
        if (!isTemplatedValue(text)) {
            ctx.report({ file: origin.file.path, line: common.line ?? 1, message: 'helm.parameters is not a list' });
        }
        return { ...common, values: null, readOnlyReason: isTemplatedValue(text) ? 'templated' : 'not a list' };
    }
    const sets = [];
    value.forEach((p, index) => {
        if (!isPlainObject(p))
            return;
        const name = fieldText(origin, [...sub, index, 'name'], p.name)?.trim();
        if (!name)
            return;
        const raw = p.value == null ? '' : (fieldText(origin, [...sub, index, 'value'], p.value) ?? String(p.value));
        // Argo CD reads override files with Go's case-insensitive JSON decoding; the CRD only knows `forceString`.
        const flag = Object.keys(p).find(k => k.toLowerCase() === 'forcestring');
        const forceString = flag !== undefined && (p[flag] === true || p[flag] === 'true');
        if (flag && flag !== 'forceString' && origin.file === app.file) {
            notes.push(`parameter '${name}' spells '${flag}'; the Application field is 'forceString'`);
        }
        sets.push({
            path: splitSetPath(name).map(String),
            value: forceString ? raw : typedSetValue(raw),
            forceString,
            index,
            line: origin.line([...sub, index])
        });
    });
    if (origin.readOnly)
        return { ...common, values: null, sets, readOnlyReason: origin.readOnly };
    return {
        ...common,
        values: null,
        sets,
        target: {
            type: 'set-list',
            file: origin.file.path,
            docIndex: origin.docIndex,
            nodePath: nodePathOf(field),
            style: 'argocd'
        }
    };
}
/**
 * `--set-file` entries: the paths they set are known, their values are file contents read at render time. The
 * layer names those paths (so only they are unverifiable) and is never written.
 */
function fileParametersLayer(field, app) {
    const { origin, value } = field;
    const sub = ['helm', 'fileParameters'];
    const common = {
        label: labelOf(field, app),
        kind: 'parameters',
        file: origin.file.path,
        line: origin.line(sub),
        yamlPath: yamlPathOf(field),
        values: null,
        readOnlyReason: 'set from files at render time (helm.fileParameters)'
    };
    if (!Array.isArray(value))
        return common;
    const sets = [];
    value.forEach((p, index) => {
        if (!isPlainObject(p))
            return;
        const name = fieldText(origin, [...sub, index, 'name'], p.name)?.trim();
        if (!name)
            return;
        const path = fieldText(origin, [...sub, index, 'path'], p.path)?.trim() ?? '?';
        sets.push({
            path: splitSetPath(name).map(String),
            value: `(contents of ${path})`,
            forceString: true,
            index,
            line: origin.line([...sub, index])
        });
    });
    return { ...common, sets };
}
/** A `--set` value as Helm types it (helm/pkg/strvals `typedVal`). */
function typedSetValue(s) {
    const lower = s.toLowerCase();
    if (lower === 'true')
        return true;
    if (lower === 'false')
        return false;
    if (lower === 'null')
        return null;
    if (s === '0')
        return 0;
    if (s !== '' && s[0] !== '0' && /^[+-]?\d+$/.test(s)) {
        const n = Number(s);
        if (Number.isSafeInteger(n))
            return n;
    }
    return s;
}
/**
 * A field as text: strings as they are, numbers and booleans as written, and a template that YAML read as a
 * flow map (`{{ .x }}` unquoted) as its source text.
 */
function fieldText(origin, sub, value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return origin.text(sub) ?? String(value);
    if (value !== null && typeof value === 'object') {
        const text = origin.text(sub);
        if (text?.startsWith('{{'))
            return text;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/formats/argocd/index.ts





const argocdApplicationReader = {
    source: 'argocd-application',
    displayName: 'Argo CD Application',
    // A source installs a known chart only when it names it: the chart, an OCI URL, a git path into a chart
    // repository, or the directory of a chart in this repository.
    mayContain: (_path, text, hints) => text.includes('argoproj.io/') && mayNameKnownChart(text, hints),
    extract(ctx) {
        return eachArgoDoc(ctx, 'Application', (file, doc, js) => readApplication(ctx, file, doc, js));
    }
};
function readApplication(ctx, file, doc, js) {
    if (!isPlainObject(js.spec))
        return [];
    const root = docOrigin(file, doc.index, [], '');
    const name = manifestName(root, js);
    return readAppSources(ctx, {
        source: 'argocd-application',
        file,
        docIndex: doc.index,
        name: name ?? 'application',
        appName: name && !isTemplatedValue(name) ? name : null,
        namespace: destinationNamespace(root, ['spec'], js.spec),
        spec: js.spec,
        specPath: ['spec'],
        yamlSpec: 'spec',
        templated: false,
        notes: []
    });
}
/** Run `read` on every document of the candidates that is an Argo CD resource of `kind`; a failure is reported. */
function eachArgoDoc(ctx, kind, read) {
    const out = [];
    for (const file of ctx.candidates) {
        if (!file.text.includes('argoproj.io/'))
            continue;
        for (const doc of file.docs) {
            const js = file.js(doc.index);
            if (!isPlainObject(js) || js.kind !== kind)
                continue;
            if (typeof js.apiVersion !== 'string' || !js.apiVersion.trim().startsWith('argoproj.io/'))
                continue;
            try {
                out.push(...read(file, doc, js));
            }
            catch (err) {
                ctx.report({
                    file: file.path,
                    line: doc.line,
                    message: `cannot read ${kind}: ${err.message}`
                });
            }
        }
    }
    return out;
}
function manifestName(origin, js) {
    const meta = isPlainObject(js.metadata) ? js.metadata : {};
    return fieldText(origin, ['metadata', 'name'], meta.name)?.trim() || null;
}
/** `destination.namespace` when it is literal; null when missing, empty, templated or a `$PLACEHOLDER`. */
function destinationNamespace(origin, specPath, spec) {
    const dest = isPlainObject(spec.destination) ? spec.destination : {};
    const ns = fieldText(origin, [...specPath, 'destination', 'namespace'], dest.namespace)?.trim();
    if (!ns || isTemplatedValue(ns) || /^\$|<[^>]*>/.test(ns))
        return null;
    return ns;
}

;// CONCATENATED MODULE: ./src/formats/argocd-applicationset/index.ts






const PATCH_READ_ONLY = 'in spec.templatePatch, a template rendered for each Application';
const argocdApplicationSetReader = {
    source: 'argocd-applicationset',
    displayName: 'Argo CD ApplicationSet',
    mayContain: (_path, text, hints) => text.includes('argoproj.io/') && text.includes('ApplicationSet') && mayNameKnownChart(text, hints),
    extract(ctx) {
        return eachArgoDoc(ctx, 'ApplicationSet', (file, doc, js) => readApplicationSet(ctx, file, doc, js));
    }
};
function readApplicationSet(ctx, file, doc, js) {
    if (!isPlainObject(js.spec))
        return [];
    const root = docOrigin(file, doc.index, [], '');
    const spec = js.spec;
    const template = isPlainObject(spec.template) ? spec.template : {};
    const templateSpec = isPlainObject(template.spec) ? template.spec : {};
    const specPath = ['spec', 'template', 'spec'];
    const appName = manifestName(docOrigin(file, doc.index, ['spec', 'template'], 'spec.template'), template);
    const notes = ['ApplicationSet: one release stands for every Application the template generates'];
    if (appName)
        notes.push(`Application name template '${appName}'`);
    const app = {
        source: 'argocd-applicationset',
        file,
        docIndex: doc.index,
        name: manifestName(root, js) ?? 'applicationset',
        appName: appName && !isTemplatedValue(appName) ? appName : null,
        namespace: destinationNamespace(root, specPath, templateSpec),
        spec: templateSpec,
        specPath,
        yamlSpec: 'spec.template.spec',
        templated: true,
        notes
    };
    const patch = readTemplatePatch(ctx, file, doc, spec.templatePatch);
    if (patch)
        app.patch = patch;
    return readAppSources(ctx, app);
}
/**
 * `spec.templatePatch` is a string of (usually templated) YAML merged over each generated Application. It is
 * parsed with its templates masked; everything read from it is read-only, because an edit there would have to
 * go inside a template string.
 */
function readTemplatePatch(ctx, file, doc, text) {
    if (typeof text !== 'string' || text.trim() === '')
        return undefined;
    const root = docOrigin(file, doc.index, [], '');
    const firstLine = root.valueLine(['spec', 'templatePatch']) ?? doc.line;
    const inner = parseRepoFile(`${file.path}#spec.templatePatch`, text);
    if (inner.problems.length > 0) {
        for (const p of inner.problems.slice(0, 3)) {
            ctx.report({
                file: file.path,
                line: firstLine + p.line - 1,
                message: `spec.templatePatch is not YAML even with its templates masked: ${p.message}`
            });
        }
        return undefined;
    }
    const first = inner.docs[0];
    const js = first ? inner.js(first.index) : undefined;
    if (!isPlainObject(js) || !isPlainObject(js.spec))
        return undefined;
    return {
        spec: js.spec,
        origin: (base, yamlBase) => embeddedOrigin(file, doc.index, inner, firstLine, base, `spec.templatePatch:${yamlBase}`, PATCH_READ_ONLY)
    };
}

;// CONCATENATED MODULE: ./src/formats/flux/nodes.ts
/**
 * Small read helpers over parsed YAML documents: plain-JS field access with Kubernetes' string view of scalars,
 * and 1-based lines of nodes (the key's line for a map entry, the dash's line for a list item).
 */



function obj(v) {
    return isPlainObject(v) ? v : undefined;
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
/**
 * A scalar as the string Kubernetes would see: strings as they are, numbers and booleans by their text
 * (`version: 1.10` is read back from the source so that it stays `1.10`, not `1.1`).
 */
function nodes_str(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
}
/** A non-empty trimmed string, or undefined. */
function nodes_name(v) {
    const s = nodes_str(v)?.trim();
    return s ? s : undefined;
}
function child(node, key) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            const k = pair.key;
            const ks = (0,dist/* isScalar */.jn)(k) ? String(k.value) : k;
            if (ks === key || (typeof key === 'number' && ks === String(key)))
                return { key: k ?? null, value: pair.value ?? null };
        }
        return undefined;
    }
    if ((0,dist/* isSeq */.oP)(node) && typeof key === 'number') {
        const item = node.items[key];
        return item ? { key: null, value: item } : undefined;
    }
    return undefined;
}
/** The node at `path` (undefined when a step is missing). */
function nodeAt(doc, path) {
    let cur = doc.doc.contents;
    for (const key of path) {
        const c = child(cur, key);
        if (!c)
            return undefined;
        cur = c.value;
    }
    return cur;
}
/** 1-based line of the entry at `path`: its key for a map entry, the item for a list entry. */
function lineAt(file, doc, path) {
    if (path.length === 0)
        return doc.line;
    const parent = nodeAt(doc, path.slice(0, -1));
    const c = child(parent, path[path.length - 1]);
    const node = c?.key ?? c?.value;
    const start = node?.range?.[0];
    return start === undefined ? null : file.lineAt(start);
}
/** The source text of a scalar (for versions: `1.10` stays `1.10`). */
function scalarSource(file, doc, path) {
    const node = nodeAt(doc, path);
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    if (node.value === null || node.value === undefined)
        return undefined;
    const range = node.range;
    if (!range)
        return String(node.value);
    return file.text.slice(range[0], range[1]).trim();
}
/** The directory of a repo-relative path ('' at the root). */
function nodes_dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Join a repo-relative directory and a relative reference; null when it climbs out of the root. */
function nodes_joinRel(dir, ref) {
    // The reference is relative to the directory even when it starts with a slash.
    return normaliseRel(`${dir}/${ref}`.replace(/^[/\\]+/, ''));
}
/** Is `path` the directory `dir` or inside it? */
function isUnder(path, dir) {
    return dir === '' || path === dir || path.startsWith(`${dir}/`);
}

;// CONCATENATED MODULE: ./src/formats/flux/configmaps.ts


/** A ConfigMap, Secret or SealedSecret manifest's `kind` (plain, quoted, JSON style). */
const CONFIG_KIND = /\bkind["']?\s*:\s*["']?(?:ConfigMap|Secret|SealedSecret)\b/;
/** Files that may hold a ConfigMap, Secret or SealedSecret manifest. */
const CONFIG_OBJECTS = {
    name: 'configmaps-and-secrets',
    contains: (_path, text) => mayHoldConfigObject(text),
    words: (_path, text) => configObjectNames(text)
};
/** `Secret` is in `SealedSecret`; the plain searches spare the regex most files of a tree. */
function mayHoldConfigObject(text) {
    return (text.includes('ConfigMap') || text.includes('Secret')) && CONFIG_KIND.test(text);
}
/** A `---` marker at the start of a line: it ends a document wherever it stands, even inside a scalar. */
const DOCUMENT_MARKER = /^---(?=[ \t\r\n]|$)/gm;
/**
 * The `name:` words (see nameWords) of the documents of `text` that may be a ConfigMap, Secret or SealedSecret:
 * a lookup asks for the name of one of those. A manifest file often holds the Deployment that mounts the
 * ConfigMap too, whose names (containers, ports, volumes) no lookup wants. Null when a document's names are not
 * words of their lines: then the whole file must be read.
 */
function configObjectNames(text) {
    const words = [];
    let start = 0;
    for (;;) {
        DOCUMENT_MARKER.lastIndex = start;
        const marker = DOCUMENT_MARKER.exec(text);
        const document = text.slice(start, marker ? marker.index : text.length);
        if (mayHoldConfigObject(document)) {
            const names = nameWords(document);
            if (names === null)
                return null;
            for (const n of names)
                words.push(n);
        }
        if (!marker)
            return words;
        start = marker.index + 3;
    }
}
class ConfigMapIndex {
    ctx;
    kustomize;
    named = new Map();
    constructor(ctx, kustomize) {
        this.ctx = ctx;
        this.kustomize = kustomize;
    }
    /**
     * Every definition of the ConfigMap `n` (manifests by file, then generators by kustomization) and whether a
     * Secret of that name is declared.
     */
    lookup(n) {
        const cached = this.named.get(n);
        if (cached)
            return cached;
        const defs = [];
        let secret = false;
        for (const path of this.ctx.mentioning(CONFIG_OBJECTS, n)) {
            const file = this.ctx.getFile(path);
            if (!file)
                continue;
            for (const doc of file.docs) {
                if (doc.empty)
                    continue;
                const o = obj(file.js(doc.index));
                if (!o)
                    continue;
                const kind = nodes_str(o.kind);
                const meta = obj(o.metadata);
                if (nodes_name(meta?.name) !== n)
                    continue;
                if (kind === 'Secret' || kind === 'SealedSecret') {
                    secret = true;
                    continue;
                }
                if (kind !== 'ConfigMap' || !nodes_str(o.apiVersion)?.match(/^v1$/))
                    continue;
                const keys = new Map();
                const data = obj(o.data) ?? {};
                for (const key of Object.keys(data)) {
                    keys.set(key, {
                        kind: 'manifest',
                        file: file.path,
                        docIndex: doc.index,
                        nodePath: ['data', key],
                        line: lineAt(file, doc, ['data', key]),
                        value: data[key]
                    });
                }
                for (const key of Object.keys(obj(o.binaryData) ?? {})) {
                    keys.set(key, {
                        kind: 'unreadable',
                        reason: 'binaryData is not read',
                        file: file.path,
                        line: lineAt(file, doc, ['binaryData', key])
                    });
                }
                const ns = this.kustomize.namespaceOf(file.path);
                const builtBy = this.kustomize.ancestors(file.path);
                defs.push({
                    name: n,
                    namespace: ns?.namespace ?? nodes_name(meta?.namespace),
                    behavior: 'create',
                    keys,
                    where: `ConfigMap ${n} in ${file.path}`,
                    file: file.path,
                    line: lineAt(file, doc, []),
                    builtBy,
                    depth: 0
                });
            }
        }
        for (const k of this.kustomize.mentioning(n)) {
            if (k.secretNames.includes(n))
                secret = true;
            const generators = k.configMaps.filter(g => g.name === n);
            if (generators.length === 0)
                continue;
            const builtBy = this.kustomize.ancestors(k);
            const ns = this.kustomize.namespaceOf(k);
            for (const g of generators) {
                defs.push({
                    name: g.name,
                    namespace: g.namespace ?? ns?.namespace,
                    behavior: g.behavior,
                    keys: g.keys,
                    where: `configMapGenerator ${g.name} in ${k.file}`,
                    file: k.file,
                    line: g.line,
                    builtBy,
                    depth: builtBy.size
                });
            }
        }
        const found = { defs, secret };
        this.named.set(n, found);
        return found;
    }
    hasSecret(n) {
        return this.lookup(n).secret;
    }
    /**
     * The ConfigMap `n` as built for a HelmRelease in namespace `ns` by the kustomization chain whose outermost
     * kustomization is `top` (null when the HelmRelease is not built by any kustomization). Definitions built by
     * the same top win; otherwise any definition of that name in the repository, preferring the namespace.
     */
    resolve(n, ns, top) {
        const named = this.lookup(n).defs;
        if (named.length === 0)
            return null;
        const notes = [];
        const inBuild = top ? named.filter(d => d.builtBy.has(top)) : [];
        let creates = inBuild.filter(d => d.behavior === 'create');
        let merges = inBuild.filter(d => d.behavior !== 'create');
        if (creates.length === 0) {
            merges = [];
            const all = named.filter(d => d.behavior === 'create');
            const sameNs = all.filter(d => ns !== null && d.namespace === ns);
            creates = sameNs.length > 0 ? sameNs : all;
            if (creates.length === 0) {
                // Only overlays (`behavior: merge`) define it: use the first, so the keys can still be read.
                creates = [named[0]];
            }
            if (creates.length > 1) {
                notes.push(`ConfigMap ${n} is defined ${creates.length} times (${creates.map(d => d.file).join(', ')}); ` +
                    `using the one in ${creates[0].file}`);
            }
        }
        else if (creates.length > 1) {
            notes.push(`ConfigMap ${n} is generated more than once in one build; using ${creates[0].where}`);
        }
        const base = creates[0];
        const keys = new Map(base.keys);
        const used = [base];
        // Inner kustomizations are built first; an outer `behavior: merge` overrides their keys.
        for (const m of [...merges].sort((a, b) => b.depth - a.depth)) {
            if (m.behavior === 'replace')
                keys.clear();
            for (const [k, v] of m.keys)
                keys.set(k, v);
            used.push(m);
        }
        return { keys, defs: used, notes };
    }
}

;// CONCATENATED MODULE: ./src/formats/flux/kustomize.ts


const KUSTOMIZATION_FILE = /(^|\/)kustomization\.ya?ml$/i;
function isKustomizationPath(path) {
    return KUSTOMIZATION_FILE.test(path);
}
/** Remote bases (`github.com/x/y//dir?ref=v1`, `https://…`) are outside the repository. */
function isRemote(ref) {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) || ref.startsWith('git@') || /^(github|gitlab)\.com\//.test(ref);
}
/** kustomize's removeQuotes: one pair of matching surrounding quotes is dropped. */
function removeQuotes(s) {
    if (s.length < 2 || s[0] !== s[s.length - 1])
        return s;
    return s[0] === '"' || s[0] === "'" ? s.slice(1, -1) : s;
}
/**
 * Every kustomization.yaml of the repository, looked up by the names it holds (generated ConfigMaps and Secrets)
 * and by the repository paths its list entries resolve to (resources, components, bases, patches).
 */
const KUSTOMIZATIONS = {
    name: 'kustomizations',
    contains: path => isKustomizationPath(path),
    words(path, text) {
        // Names are looked up only for generated ConfigMaps and Secrets.
        const names = text.includes('Generator') ? nameWords(text) : [];
        if (names === null)
            return null;
        const dir = nodes_dirOf(path);
        for (const word of listWords(text)) {
            // Resolved as readKustomization resolves its entries, so that a lookup finds every kustomization it reads.
            const resolved = nodes_joinRel(dir, word);
            if (resolved !== null)
                names.push(pathWord(resolved));
        }
        return names;
    }
};
/** The word a repository path is indexed and looked up by: the root (`''`, no word at all) is `.`. */
function pathWord(path) {
    return path === '' ? '.' : path;
}
class KustomizeIndex {
    ctx;
    read = new Map();
    fileParents = new Map();
    dirParents = new Map();
    files;
    constructor(ctx) {
        this.ctx = ctx;
        this.files = new Set(ctx.allFiles());
    }
    /** The kustomization in `path`, read once; null when it is not one (a Flux Kustomization, not a map). */
    kustomization(path) {
        let k = this.read.get(path);
        if (k === undefined) {
            const file = this.ctx.getFile(path);
            k = file ? readKustomization(file, this.files, this.ctx) : null;
            this.read.set(path, k);
        }
        return k;
    }
    /**
     * The kustomizations whose text holds `word`, by file: a name (of a generated ConfigMap or Secret) or a
     * repository path that one of their entries may resolve to.
     */
    mentioning(word) {
        const out = [];
        for (const path of this.ctx.mentioning(KUSTOMIZATIONS, word)) {
            const k = this.kustomization(path);
            if (k)
                out.push(k);
        }
        return out;
    }
    /** Kustomizations that list the file `path` in their resources. */
    parentsOfFile(path) {
        let parents = this.fileParents.get(path);
        if (!parents) {
            parents = this.mentioning(pathWord(path)).filter(k => k.resourceFiles.has(path));
            this.fileParents.set(path, parents);
        }
        return parents;
    }
    /** Kustomizations that include `k` (they list its directory). */
    parentsOf(k) {
        let parents = this.dirParents.get(k.dir);
        if (!parents) {
            parents = this.mentioning(pathWord(k.dir)).filter(p => p.resourceDirs.has(k.dir));
            this.dirParents.set(k.dir, parents);
        }
        return parents.filter(p => p !== k);
    }
    /**
     * Every chain of kustomizations that builds `file`, innermost first, each ending at a kustomization that no
     * other includes. Empty when no kustomization lists the file. At most `limit` chains.
     */
    chainsOf(file, limit = 16) {
        const out = [];
        const walk = (k, chain) => {
            if (out.length >= limit)
                return;
            const next = [...chain, k];
            const parents = this.parentsOf(k).filter(p => !next.includes(p));
            if (parents.length === 0) {
                out.push(next);
                return;
            }
            for (const p of parents)
                walk(p, next);
        };
        const direct = this.parentsOfFile(file);
        // A kustomization.yaml in the file's own directory that does not list it does not build it.
        for (const k of direct)
            walk(k, []);
        return out;
    }
    /** Every kustomization that (directly or through others) builds `file` or the kustomization `k`. */
    ancestors(start) {
        const seen = new Set();
        const queue = typeof start === 'string' ? [...this.parentsOfFile(start)] : [start];
        for (let k = queue.shift(); k; k = queue.shift()) {
            if (seen.has(k))
                continue;
            seen.add(k);
            queue.push(...this.parentsOf(k));
        }
        return seen;
    }
    /** The namespace a chain forces: the outermost `namespace:` along it. */
    static chainNamespace(chain) {
        for (let i = chain.length - 1; i >= 0; i--) {
            const ns = chain[i].namespace;
            if (ns)
                return { namespace: ns, from: chain[i] };
        }
        return null;
    }
    /**
     * The namespace kustomize gives objects in `file` (or generated by `k`), when every chain agrees or only
     * one forces one; `ambiguous` lists the others.
     */
    namespaceOf(start) {
        const chains = typeof start === 'string' ? this.chainsOf(start) : this.chainsFrom(start);
        const found = chains.map(c => KustomizeIndex.chainNamespace(c)).filter(x => x !== null);
        if (found.length === 0)
            return null;
        const others = [...new Set(found.map(f => f.namespace))].filter(n => n !== found[0].namespace);
        return { ...found[0], others };
    }
    chainsFrom(k) {
        const out = [];
        const walk = (cur, chain) => {
            if (out.length >= 16)
                return;
            const next = [...chain, cur];
            const parents = this.parentsOf(cur).filter(p => !next.includes(p));
            if (parents.length === 0)
                out.push(next);
            for (const p of parents)
                walk(p, next);
        };
        walk(k, []);
        return out;
    }
}
function kustomize_firstDoc(file) {
    return file.docs.find(d => !d.empty);
}
function readKustomization(file, files, ctx) {
    const doc = kustomize_firstDoc(file);
    if (!doc)
        return null;
    const k = obj(file.js(doc.index));
    if (!k)
        return null;
    const kind = nodes_str(k.kind);
    if (kind && kind !== 'Kustomization' && kind !== 'Component')
        return null;
    if (nodes_str(k.apiVersion)?.startsWith('kustomize.toolkit.fluxcd.io'))
        return null;
    const dir = nodes_dirOf(file.path);
    const out = {
        file: file.path,
        dir,
        namespace: nodes_name(k.namespace),
        resourceFiles: new Set(),
        resourceDirs: new Set(),
        configMaps: [],
        secretNames: [],
        patches: []
    };
    for (const field of ['resources', 'components', 'bases']) {
        for (const entry of list(k[field])) {
            const ref = nodes_name(entry);
            if (!ref || isRemote(ref))
                continue;
            const rel = nodes_joinRel(dir, ref);
            if (rel === null)
                continue;
            if (files.has(rel))
                out.resourceFiles.add(rel);
            else if (ctx.exists(rel))
                out.resourceDirs.add(rel);
        }
    }
    list(k.configMapGenerator).forEach((g, i) => {
        const gen = obj(g);
        const genName = gen && nodes_name(gen.name);
        if (!gen || !genName)
            return;
        const behavior = nodes_str(gen.behavior);
        const keys = new Map();
        const base = ['configMapGenerator', i];
        list(gen.files).forEach((f, j) => {
            const spec = nodes_name(f);
            if (!spec)
                return;
            const eq = spec.indexOf('=');
            const key = eq > 0 ? spec.slice(0, eq).trim() : baseName(spec);
            const rel = nodes_joinRel(dir, eq > 0 ? spec.slice(eq + 1).trim() : spec);
            const line = lineAt(file, doc, [...base, 'files', j]);
            if (rel === null)
                keys.set(key, {
                    kind: 'unreadable',
                    reason: `${spec} is outside the repository`,
                    file: file.path,
                    line
                });
            else
                keys.set(key, { kind: 'file', path: rel, declaredIn: file.path, line });
        });
        list(gen.literals).forEach((l, j) => {
            const spec = nodes_str(l);
            if (!spec)
                return;
            const eq = spec.indexOf('=');
            if (eq <= 0)
                return;
            keys.set(spec.slice(0, eq), {
                kind: 'literal',
                text: removeQuotes(spec.slice(eq + 1)),
                declaredIn: file.path,
                line: lineAt(file, doc, [...base, 'literals', j])
            });
        });
        for (const envField of ['envs', 'env']) {
            const envs = envField === 'env' ? [gen.env] : list(gen.envs);
            for (const e of envs) {
                const envFile = nodes_name(e);
                if (envFile)
                    keys.set(`(env file ${envFile})`, {
                        kind: 'unreadable',
                        reason: `env file ${envFile} is not read`,
                        file: file.path,
                        line: lineAt(file, doc, [...base])
                    });
            }
        }
        out.configMaps.push({
            name: genName,
            namespace: nodes_name(gen.namespace),
            behavior: behavior === 'merge' || behavior === 'replace' ? behavior : 'create',
            line: lineAt(file, doc, base),
            keys
        });
    });
    for (const g of list(k.secretGenerator)) {
        const n = nodes_name(obj(g)?.name);
        if (n)
            out.secretNames.push(n);
    }
    readPatches(file, doc, k, out);
    return out;
}
function readPatches(file, doc, k, out) {
    const add = (entry, field, i, json6902) => {
        const line = lineAt(file, doc, [field, i]);
        const label = `${field}[${i}]`;
        if (typeof entry === 'string') {
            // patchesStrategicMerge: a path, or an inline patch (it holds a newline or a colon).
            if (/[\n:]/.test(entry))
                out.patches.push({ kustomization: file.path, line, label, text: entry, json6902 });
            else {
                const rel = nodes_joinRel(out.dir, entry.trim());
                if (rel)
                    out.patches.push({ kustomization: file.path, line, label, file: rel, json6902 });
            }
            return;
        }
        const p = obj(entry);
        if (!p)
            return;
        const t = obj(p.target);
        const target = t ? { kind: nodes_name(t.kind), name: nodes_name(t.name), namespace: nodes_name(t.namespace) } : undefined;
        const path = nodes_name(p.path);
        const text = nodes_str(p.patch);
        if (path) {
            const rel = nodes_joinRel(out.dir, path);
            if (rel)
                out.patches.push({ kustomization: file.path, line, label, file: rel, target, json6902 });
        }
        else if (text)
            out.patches.push({ kustomization: file.path, line, label, text, target, json6902 });
    };
    list(k.patches).forEach((e, i) => add(e, 'patches', i, false));
    list(k.patchesStrategicMerge).forEach((e, i) => add(e, 'patchesStrategicMerge', i, false));
    list(k.patchesJson6902).forEach((e, i) => add(e, 'patchesJson6902', i, true));
}

;// CONCATENATED MODULE: ./src/formats/flux/layers.ts



/** A whole repository file read like `-f <file>`; the fixer may write to it. */
function valuesFileLayer(ctx, path, head) {
    const base = { ...head, file: path, line: 1, yamlPath: '' };
    const f = ctx.getFile(path);
    if (!f)
        return { ...base, values: null, readOnlyReason: `${path} not found in the repository` };
    const doc = f.docs.find(d => !d.empty) ?? f.docs[0];
    if (!doc) {
        if (f.problems.length > 0)
            return { ...base, values: null, readOnlyReason: `${path} does not parse as YAML` };
        return { ...base, values: {}, target: { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] } };
    }
    const v = f.js(doc.index);
    const layer = {
        ...base,
        line: doc.line,
        values: null,
        target: { type: 'yaml-map', file: path, docIndex: doc.index, nodePath: [] }
    };
    if (v === undefined)
        return { ...layer, target: undefined, readOnlyReason: `${path} could not be read` };
    if (v === null)
        return { ...layer, values: {} };
    const m = obj(v);
    if (!m)
        return { ...layer, target: undefined, readOnlyReason: `${path} is not a map of values` };
    return { ...layer, values: m };
}
/**
 * YAML text held by a string scalar (a ConfigMap's `data["values.yaml"]`), parsed with the same YAML 1.1
 * rules and template masking as a repository file. Problems are reported at the scalar's line.
 */
function embeddedLayer(ctx, text, where, head) {
    const base = { ...head, file: where.file, line: where.line, yamlPath: layers_yamlPathOf(where.nodePath) };
    if (typeof text !== 'string') {
        if (text === null || text === undefined)
            return { ...base, values: {} };
        return { ...base, values: null, readOnlyReason: 'the ConfigMap value is not a string' };
    }
    const parsed = parseRepoFile(`${where.file}#${base.yamlPath}`, text);
    for (const p of parsed.problems)
        ctx.report({
            file: where.file,
            line: (where.line ?? 1) + p.line,
            message: `${base.yamlPath}: ${p.message}`
        });
    const target = {
        type: 'yaml-embedded',
        file: where.file,
        docIndex: where.docIndex,
        nodePath: where.nodePath
    };
    const doc = parsed.docs.find(d => !d.empty) ?? parsed.docs[0];
    if (!doc) {
        if (parsed.problems.length > 0)
            return { ...base, values: null, readOnlyReason: `${base.yamlPath} does not parse as YAML` };
        return { ...base, values: {}, target };
    }
    const v = parsed.js(doc.index);
    if (v === null)
        return { ...base, values: {}, target };
    const m = obj(v);
    if (!m)
        return { ...base, values: null, readOnlyReason: `${base.yamlPath} is not a map of values` };
    return { ...base, values: m, target };
}
/** `['data', 'values.yaml']` → `data["values.yaml"]`, `['spec', 'values']` → `spec.values`. */
function layers_yamlPathOf(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_][\w-]*$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out;
}
/**
 * The value helm-controller sets at a `targetPath`: a value wrapped in single or double quotes is a string
 * (quotes trimmed); otherwise Helm's `--set` typing applies (true/false/null, integers without a leading zero).
 * `literal: true` keeps the text as it is.
 */
function targetPathValue(raw, literal) {
    if (literal)
        return { value: raw, forceString: true };
    const quoted = raw.length > 0 && /^['"]/.test(raw) && /['"]$/.test(raw);
    if (quoted)
        return { value: raw.replace(/^['"]+|['"]+$/g, ''), forceString: true };
    const lower = raw.toLowerCase();
    if (lower === 'true')
        return { value: true, forceString: false };
    if (lower === 'false')
        return { value: false, forceString: false };
    if (lower === 'null')
        return { value: null, forceString: false };
    if (raw === '0')
        return { value: 0, forceString: false };
    if (/^[+-]?\d+$/.test(raw) && raw[0] !== '0' && Number.isSafeInteger(Number(raw)))
        return { value: Number(raw), forceString: false };
    return { value: raw, forceString: false };
}
function targetPathEntry(targetPath, raw, literal, index, line) {
    return { path: splitSetPath(targetPath).map(String), ...targetPathValue(raw, literal), index, line };
}

;// CONCATENATED MODULE: ./src/formats/flux/localchart.ts


function readLocalChart(ctx, dir) {
    const install = readChartDir(ctx, dir);
    if (!install)
        return null;
    const valuesPath = joinRel(dir, 'values.yaml');
    if (!valuesPath || !ctx.exists(valuesPath))
        return { install };
    const own = install.role === 'own-chart';
    const values = valuesFileLayer(ctx, valuesPath, {
        label: own ? `chart defaults (${valuesPath})` : `umbrella values (${valuesPath})`,
        kind: own ? 'chart-defaults' : 'values-file'
    });
    return { install, values };
}

;// CONCATENATED MODULE: ./src/formats/flux/sources.ts


/** Files that may hold a Flux source object. */
const FLUX_SOURCES = {
    name: 'flux-sources',
    contains: (_path, text) => text.includes('source.toolkit.fluxcd.io/'),
    words: (_path, text) => nameWords(text)
};
const SOURCE_KINDS = new Set([
    'HelmRepository',
    'OCIRepository',
    'HelmChart',
    'GitRepository',
    'Bucket'
]);
class SourceIndex {
    ctx;
    kustomize;
    /** The source objects of each file read so far, by file. */
    byFile = new Map();
    constructor(ctx, kustomize) {
        this.ctx = ctx;
        this.kustomize = kustomize;
    }
    /**
     * The source objects of `kind` named `n`, in file and document order. A generator: the files that hold the
     * name are read one at a time, so a lookup that stops at the first match reads no further.
     */
    *named(kind, n) {
        for (const path of this.ctx.mentioning(FLUX_SOURCES, n)) {
            for (const s of this.sourcesIn(path))
                if (s.kind === kind && s.name === n)
                    yield s;
        }
    }
    sourcesIn(path) {
        let sources = this.byFile.get(path);
        if (sources)
            return sources;
        sources = [];
        const file = this.ctx.getFile(path);
        let fileNs;
        for (const doc of file?.docs ?? []) {
            if (!file || doc.empty)
                continue;
            const o = obj(file.js(doc.index));
            if (!o || !nodes_str(o.apiVersion)?.startsWith('source.toolkit.fluxcd.io/'))
                continue;
            const kind = nodes_str(o.kind);
            const meta = obj(o.metadata);
            const n = nodes_name(meta?.name);
            if (!kind || !SOURCE_KINDS.has(kind) || !n)
                continue;
            // The namespace kustomize gives the file wins over metadata.namespace.
            if (fileNs === undefined)
                fileNs = this.kustomize.namespaceOf(file.path)?.namespace ?? null;
            sources.push({
                kind: kind,
                name: n,
                namespace: fileNs ?? nodes_name(meta?.namespace) ?? null,
                spec: obj(o.spec) ?? {},
                file,
                doc,
                line: lineAt(file, doc, []) ?? doc.line
            });
        }
        this.byFile.set(path, sources);
        return sources;
    }
    /**
     * Find `kind`/`name` in `namespace`; failing that, by kind and name alone (Flux itself needs the namespace,
     * but post-build substitutions and kustomize transformers often hide it from a static reader).
     */
    find(kind, n, namespace) {
        const same = [];
        for (const s of this.named(kind, n)) {
            // The first one in the namespace wins: the others need not be read.
            if (namespace !== null && s.namespace === namespace)
                return { source: s };
            same.push(s);
        }
        const where = `${kind} ${namespace ? `${namespace}/` : ''}${n}`;
        if (same.length === 0)
            return { note: `${where} not found in the repository` };
        if (same.length === 1) {
            const s = same[0];
            if (namespace === null || s.namespace === null)
                return { source: s };
            return {
                source: s,
                note: `${where} matched by name only (found in namespace ${s.namespace}, ${s.file.path})`
            };
        }
        const urls = new Set(same.map(s => nodes_str(s.spec.url) ?? ''));
        if (urls.size === 1)
            return { source: same[0] };
        return {
            note: `${where} is ambiguous: ${same.length} ${kind} objects named ${n} (${same.map(s => s.file.path).join(', ')})`
        };
    }
}

;// CONCATENATED MODULE: ./src/formats/flux/index.ts










const HELM_RELEASE_API = /^helm\.toolkit\.fluxcd\.io\//;
const fluxHelmReleaseReader = {
    source: 'flux-helmrelease',
    displayName: 'Flux HelmRelease',
    /**
     * A HelmRelease that installs a known chart names it (`chart: testkube`, a chart directory of this repository),
     * or names the HelmChart or OCIRepository that does (`chartRef`, which is followed).
     */
    mayContain(_path, text, hints) {
        return (text.includes('helm.toolkit.fluxcd.io') && (text.includes('chartRef') || mayNameKnownChart(text, hints)));
    },
    references: [KUSTOMIZATIONS, FLUX_SOURCES, CONFIG_OBJECTS],
    extract(ctx) {
        return new FluxReader(ctx).extract();
    }
};
class FluxReader {
    ctx;
    kustomize;
    sources;
    configMaps;
    constructor(ctx) {
        this.ctx = ctx;
        this.kustomize = new KustomizeIndex(ctx);
        this.sources = new SourceIndex(ctx, this.kustomize);
        this.configMaps = new ConfigMapIndex(ctx, this.kustomize);
    }
    extract() {
        const out = [];
        for (const file of this.ctx.candidates) {
            if (!file.text.includes('helm.toolkit.fluxcd.io'))
                continue;
            let patchOnly;
            for (const doc of file.docs) {
                if (doc.empty)
                    continue;
                const o = obj(file.js(doc.index));
                if (!o || nodes_str(o.kind) !== 'HelmRelease' || !HELM_RELEASE_API.test(nodes_str(o.apiVersion) ?? ''))
                    continue;
                // A file only used as a kustomize patch is not a HelmRelease of its own.
                patchOnly ??= this.isPatchOnly(file.path);
                if (patchOnly)
                    break;
                out.push(...this.helmRelease(file, doc, o));
            }
        }
        return out;
    }
    /** Some kustomization patches with the file and none lists it as a resource. */
    isPatchOnly(path) {
        const naming = this.kustomize.mentioning(path);
        return (naming.some(k => k.patches.some(p => p.file === path)) && !naming.some(k => k.resourceFiles.has(path)));
    }
    /** One release per distinct way the HelmRelease is built (usually exactly one). */
    helmRelease(file, doc, o) {
        const spec = obj(o.spec);
        if (!spec)
            return [];
        const chains = this.kustomize.chainsOf(file.path);
        const views = chains.length > 0 ? chains : [null];
        const built = [];
        for (const chain of views) {
            const release = this.build(file, doc, o, spec, chain);
            if (release)
                built.push({ release, chain });
        }
        const distinct = [];
        const seen = new Set();
        for (const b of built) {
            const sig = JSON.stringify({ ...b.release, notes: undefined });
            if (seen.has(sig))
                continue;
            seen.add(sig);
            distinct.push(b);
        }
        if (distinct.length > 1) {
            for (const { release, chain } of distinct) {
                const top = chain?.[chain.length - 1];
                if (!top)
                    continue;
                release.id += `@${top.dir || '.'}`;
                release.notes = [`as built by ${top.file}`, ...(release.notes ?? [])];
            }
        }
        return distinct.map(d => d.release);
    }
    build(file, doc, o, spec, chain) {
        const meta = obj(o.metadata) ?? {};
        const metaName = nodes_name(meta.name) ?? '(unnamed)';
        const metaNs = nodes_name(meta.namespace) ?? null;
        const notes = [];
        const forced = chain ? KustomizeIndex.chainNamespace(chain) : null;
        const hrNs = forced?.namespace ?? metaNs;
        if (forced && metaNs && forced.namespace !== metaNs)
            notes.push(`namespace ${forced.namespace} set by ${forced.from.file} overrides metadata.namespace ${metaNs}`);
        else if (forced && !metaNs)
            notes.push(`namespace ${forced.namespace} set by ${forced.from.file}`);
        const chart = this.resolveChart(file, doc, spec, hrNs);
        if (!chart)
            return null;
        notes.push(...chart.notes);
        const top = chain ? chain[chain.length - 1] : null;
        const from = this.valuesFrom(file, doc, spec, hrNs, top, notes);
        const inline = this.inlineValues(file, doc, spec);
        const patched = chain ? this.patchLayers(chain, metaName, notes) : [];
        const layers = [...chart.low, ...from.plain, inline, ...patched, ...from.targeted];
        if (from.targeted.length > 0)
            this.targetPathNotes(from.plain, [inline, ...patched], from.targeted, notes);
        if (spec.postRenderers !== undefined)
            notes.push('spec.postRenderers change the rendered manifests after Helm; they are not checked');
        if (/\$\{[^}]*\}/.test(JSON.stringify(o)))
            notes.push('Flux post-build substitution (${var}) is not resolved; substituted values are treated as templated');
        const targetNs = nodes_name(spec.targetNamespace);
        const release = {
            id: `${file.path}#${doc.index}/${metaName}`,
            name: nodes_name(spec.releaseName) ?? (targetNs ? `${targetNs}-${metaName}` : metaName),
            namespace: targetNs ?? hrNs,
            source: 'flux-helmrelease',
            file: file.path,
            line: chart.line,
            chart: chart.chart,
            chartVersion: chart.version,
            valuesPrefix: chart.valuesPrefix,
            layers,
            scopes: chart.scopes
        };
        if (chart.consumes)
            release.consumes = chart.consumes;
        if (notes.length > 0)
            release.notes = [...new Set(notes)];
        return release;
    }
    // ---- chart identity ------------------------------------------------------------------------------------
    resolveChart(file, doc, spec, hrNs) {
        const chartSpec = obj(obj(spec.chart)?.spec);
        if (chartSpec) {
            const at = ['spec', 'chart', 'spec'];
            return this.fromChartSpec({
                chart: scalarSource(file, doc, [...at, 'chart']) ?? nodes_name(chartSpec.chart),
                version: scalarSource(file, doc, [...at, 'version']) ?? null,
                sourceRef: obj(chartSpec.sourceRef),
                namespace: hrNs,
                valuesFiles: valuesFilesOf(chartSpec),
                where: 'spec.chart.spec',
                yamlBase: 'spec.chart.spec',
                line: lineAt(file, doc, [...at, 'chart']) ?? doc.line
            });
        }
        const ref = obj(spec.chartRef);
        if (!ref)
            return null;
        const kind = nodes_name(ref.kind);
        const refName = nodes_name(ref.name);
        const ns = nodes_name(ref.namespace) ?? hrNs;
        const line = lineAt(file, doc, ['spec', 'chartRef']) ?? doc.line;
        if (!refName || (kind !== 'OCIRepository' && kind !== 'HelmChart'))
            return null;
        const found = this.sources.find(kind, refName, ns);
        const src = found.source;
        if (!src) {
            // The object is elsewhere (another repository, or generated): its name is the best guess at the chart.
            const id = identifyChart(refName, null);
            if (!id)
                return null;
            return this.direct(id, null, line, [], [], `${found.note}; chart name taken from the chartRef name`);
        }
        if (kind === 'HelmChart') {
            return this.fromChartSpec({
                chart: scalarSource(src.file, src.doc, ['spec', 'chart']) ?? nodes_name(src.spec.chart),
                version: scalarSource(src.file, src.doc, ['spec', 'version']) ?? null,
                sourceRef: obj(src.spec.sourceRef),
                namespace: src.namespace ?? ns,
                valuesFiles: valuesFilesOf(src.spec),
                where: `HelmChart ${refName} (${src.file.path})`,
                yamlBase: 'spec',
                line
            });
        }
        const url = nodes_name(src.spec.url);
        const split = url ? splitOciChartUrl(url) : null;
        if (!split)
            return null;
        const id = identifyChart(split.name, split.repo);
        if (!id)
            return null;
        const r = obj(src.spec.ref) ?? {};
        const refPath = ['spec', 'ref'];
        const tag = scalarSource(src.file, src.doc, [...refPath, 'tag']);
        const semver = scalarSource(src.file, src.doc, [...refPath, 'semver']);
        const notes = found.note ? [found.note] : [];
        if (nodes_name(r.digest))
            notes.push(`OCIRepository ${refName} is pinned by digest ${nodes_name(r.digest)}`);
        return this.direct(id, tag ?? semver ?? null, line, [], notes);
    }
    /** A chart installed as it is (no umbrella): one scope at the top of the values. */
    direct(id, version, line, low, notes, unverified) {
        const all = [...notes];
        const why = unverified ?? (id.repoVerified ? undefined : (id.note ?? 'unknown repository'));
        if (why)
            all.push(`repository not verified: ${why}`);
        return {
            chart: id.chart,
            version,
            line,
            scopes: id.chart === 'istiod' ? [] : [{ chart: id.chart, version, prefix: '' }],
            valuesPrefix: '',
            low,
            notes: all
        };
    }
    fromChartSpec(s) {
        const chartName = s.chart?.trim();
        if (!chartName)
            return null;
        const kind = nodes_name(s.sourceRef?.kind) ?? 'HelmRepository';
        const refName = nodes_name(s.sourceRef?.name);
        const ns = nodes_name(s.sourceRef?.namespace) ?? s.namespace;
        const found = refName
            ? this.sources.find(kind, refName, ns)
            : { note: `${s.where}.sourceRef has no name` };
        const url = found.source ? nodes_name(found.source.spec.url) : undefined;
        if (kind === 'HelmRepository') {
            const id = identifyChart(chartName, url ?? null);
            if (!id)
                return null;
            const low = this.remoteValuesFiles(s);
            if (!found.source)
                return this.direct(id, s.version, s.line, low, [], found.note);
            return this.direct(id, s.version, s.line, low, found.note ? [found.note] : []);
        }
        // GitRepository / Bucket: `chart` is a path inside the source.
        const dir = nodes_joinRel('', chartName);
        // With no URL known for this checkout, a chart path that exists here is taken as this repository's.
        const ours = url ? this.ctx.isThisRepo(url) : false;
        const assumed = !ours && this.ctx.knowsOwnUrl?.() === false;
        if (kind === 'GitRepository' && (ours || assumed) && dir !== null) {
            const local = readLocalChart(this.ctx, dir);
            if (local) {
                const low = s.valuesFiles.length > 0 ? this.localValuesFiles(s) : local.values ? [local.values] : [];
                const { install } = local;
                const notes = [...install.notes];
                if (found.note)
                    notes.push(found.note);
                if (assumed)
                    notes.push(`${kind} ${refName ?? '?'}${url ? ` (${url})` : ''} taken as this repository: ${dir} exists here`);
                const consumes = [`chart-dir:${dir}`];
                if (install.role === 'own-chart') {
                    const id = { chart: install.chart, repoVerified: true };
                    return { ...this.direct(id, install.version, s.line, low, notes), consumes };
                }
                // An umbrella: the first Testkube dependency names the release; an istiod-only one goes to the mesh
                // detector under its prefix, with its version.
                return {
                    chart: install.chart,
                    version: install.version,
                    line: s.line,
                    scopes: install.scopes,
                    valuesPrefix: install.prefix,
                    low,
                    notes,
                    consumes
                };
            }
            // A chart of this repository that is not a Testkube chart and does not depend on one.
            if (this.ctx.exists(`${dir}/Chart.yaml`.replace(/^\//, '')))
                return null;
        }
        const id = identifyChart(baseName(chartName.replace(/\/+$/, '')), null);
        if (!id)
            return null;
        const from = `${kind} ${refName ?? '?'}${url ? ` (${url})` : ''}`;
        const notes = found.note ? [found.note] : [];
        return this.direct(id, s.version, s.line, this.remoteValuesFiles(s), notes, `chart path ${chartName} in ${from}`);
    }
    /** valuesFiles of a chart from a Helm repository or another Git repository: inside the chart source. */
    remoteValuesFiles(s) {
        return s.valuesFiles.map((entry, i) => ({
            label: `${s.where} valuesFiles[${i}] (${entry})`,
            kind: 'remote',
            file: null,
            line: null,
            yamlPath: `${s.yamlBase}.valuesFiles[${i}]`,
            values: null,
            readOnlyReason: 'inside the chart source'
        }));
    }
    /** valuesFiles of a chart in this repository: paths from the repository root. */
    localValuesFiles(s) {
        return s.valuesFiles.map((entry, i) => {
            const path = nodes_joinRel('', entry);
            const label = `${s.where} valuesFiles[${i}] (${entry})`;
            if (path === null)
                return {
                    label,
                    kind: 'remote',
                    file: null,
                    line: null,
                    yamlPath: `${s.yamlBase}.valuesFiles[${i}]`,
                    values: null,
                    readOnlyReason: 'outside the repository'
                };
            return valuesFileLayer(this.ctx, path, { label, kind: 'values-file' });
        });
    }
    // ---- values --------------------------------------------------------------------------------------------
    inlineValues(file, doc, spec) {
        const has = Object.prototype.hasOwnProperty.call(spec, 'values');
        const v = spec.values;
        const layer = {
            label: 'spec.values',
            kind: 'inline',
            file: file.path,
            line: lineAt(file, doc, has ? ['spec', 'values'] : ['spec']),
            yamlPath: 'spec.values',
            values: v == null ? {} : (obj(v) ?? null),
            target: { type: 'yaml-map', file: file.path, docIndex: doc.index, nodePath: ['spec', 'values'] },
            addTarget: true
        };
        // A HelmRelease inside a Helm chart's templates is rendered first: its text is not what Flux applies.
        const template = file.templated || (/(^|\/)templates\//.test(file.path) && hasTemplates(file.text));
        const readOnly = layer.values === null ? 'spec.values is not a map' : template ? `${file.path} is a Go template` : null;
        // An empty spec.values in a template was most likely filled by a masked `{{ toYaml … }}`: unknown, not empty.
        if (template && v == null)
            layer.values = null;
        if (readOnly) {
            delete layer.target;
            delete layer.addTarget;
            layer.readOnlyReason = readOnly;
        }
        return layer;
    }
    valuesFrom(file, doc, spec, hrNs, top, notes) {
        const plain = [];
        const targeted = [];
        list(spec.valuesFrom).forEach((entry, i) => {
            const ref = obj(entry);
            if (!ref)
                return;
            const kind = nodes_name(ref.kind);
            const refName = nodes_name(ref.name);
            const key = nodes_name(ref.valuesKey) ?? 'values.yaml';
            const targetPath = nodes_name(ref.targetPath);
            const optional = ref.optional === true;
            const literal = ref.literal === true;
            const at = ['spec', 'valuesFrom', i];
            const line = lineAt(file, doc, at);
            const keyLabel = key === 'values.yaml' ? '' : ` (${key})`;
            const label = `valuesFrom[${i}] ${kind ?? '?'} ${refName ?? '?'}${keyLabel}${targetPath ? ` → ${targetPath}` : ''}`;
            const into = targetPath ? targeted : plain;
            const here = { label, file: file.path, line, yamlPath: layers_yamlPathOf(at) };
            if (!refName)
                return;
            if (kind === 'Secret') {
                into.push({
                    ...here,
                    kind: 'secret',
                    values: null,
                    readOnlyReason: `Secret ${refName} (never read)`
                });
                if (!this.configMaps.hasSecret(refName))
                    notes.push(`Secret ${refName} is not declared in the repository`);
                return;
            }
            if (kind !== 'ConfigMap') {
                notes.push(`valuesFrom[${i}]: kind ${kind ?? '(none)'} is not one Flux reads values from`);
                return;
            }
            const cm = this.configMaps.resolve(refName, hrNs, top);
            notes.push(...(cm?.notes ?? []));
            const source = cm?.keys.get(key);
            if (!source) {
                const missing = cm
                    ? `ConfigMap ${refName} has no key ${key} in the repository`
                    : `ConfigMap ${refName} not found in the repository`;
                if (optional) {
                    notes.push(`${missing}; valuesFrom[${i}] is optional and skipped`);
                    return;
                }
                into.push({ ...here, kind: 'remote', values: null, readOnlyReason: missing });
                return;
            }
            if (targetPath)
                targeted.push(this.targetPathLayer(source, label, targetPath, literal, i));
            else
                plain.push(this.dataLayer(source, label));
        });
        return { plain, targeted };
    }
    /** A ConfigMap key read as a values document. */
    dataLayer(source, label) {
        switch (source.kind) {
            case 'manifest':
                return embeddedLayer(this.ctx, source.value, source, { label, kind: 'embedded-yaml' });
            case 'file':
                // The generator's source file: writing there keeps kustomize's hash-suffix rollout working.
                return {
                    ...valuesFileLayer(this.ctx, source.path, {
                        label: `${label} ← ${source.path}`,
                        kind: 'values-file'
                    })
                };
            case 'literal': {
                const parsed = parseRepoFile(`${source.declaredIn}#literal`, source.text);
                const v = parsed.docs[0] ? parsed.js(parsed.docs[0].index) : null;
                const values = v == null ? {} : (obj(v) ?? null);
                const layer = {
                    label: `${label} (kustomize literal)`,
                    kind: 'embedded-yaml',
                    file: source.declaredIn,
                    line: source.line,
                    yamlPath: 'configMapGenerator.literals',
                    values
                };
                if (values === null)
                    layer.readOnlyReason = 'the literal is not a map of values';
                return layer;
            }
            case 'unreadable':
                return {
                    label,
                    kind: 'remote',
                    file: source.file,
                    line: source.line,
                    yamlPath: '',
                    values: null,
                    readOnlyReason: source.reason
                };
        }
    }
    /** A ConfigMap key whose text helm-controller sets at `targetPath`, like `--set`. */
    targetPathLayer(source, label, targetPath, literal, index) {
        let raw;
        let file;
        let yamlPath = '';
        let line = source.line;
        switch (source.kind) {
            case 'manifest':
                raw = nodes_str(source.value) ?? (source.value === null ? '' : undefined);
                file = source.file;
                yamlPath = layers_yamlPathOf(source.nodePath);
                break;
            case 'file':
                raw = this.ctx.getFile(source.path)?.text;
                file = source.path;
                line = 1;
                break;
            case 'literal':
                raw = source.text;
                file = source.declaredIn;
                yamlPath = 'configMapGenerator.literals';
                break;
            case 'unreadable':
                return {
                    label,
                    kind: 'target-path',
                    file: source.file,
                    line: source.line,
                    yamlPath,
                    values: null,
                    readOnlyReason: source.reason
                };
        }
        if (raw === undefined)
            return {
                label,
                kind: 'target-path',
                file,
                line,
                yamlPath,
                values: null,
                readOnlyReason: 'the ConfigMap value cannot be read'
            };
        return {
            label,
            kind: 'target-path',
            file,
            line,
            yamlPath,
            values: null,
            sets: [targetPathEntry(targetPath, raw, literal, index, line)]
        };
    }
    /** Strategic-merge patches of this HelmRelease's `spec.values` along a kustomization chain (inner first). */
    patchLayers(chain, hrName, notes) {
        const out = [];
        for (const k of chain) {
            for (const p of k.patches) {
                const docs = this.patchDocs(p);
                docs.forEach(({ value, file, doc }) => {
                    const where = `${p.label} in ${k.file}`;
                    if (Array.isArray(value) || p.json6902) {
                        if (targets(p, undefined, hrName))
                            notes.push(`${where} is a JSON 6902 patch of this HelmRelease; it is not applied here`);
                        return;
                    }
                    const o = obj(value);
                    if (!o || !targets(p, o, hrName))
                        return;
                    const spec = obj(o.spec);
                    if (!spec)
                        return;
                    const others = Object.keys(spec).filter(key => key !== 'values');
                    if (others.length > 0)
                        notes.push(`${where} also changes spec.${others.join(', spec.')} (not followed)`);
                    if (!Object.prototype.hasOwnProperty.call(spec, 'values'))
                        return;
                    const v = spec.values;
                    const values = v == null ? {} : (obj(v) ?? null);
                    const layer = {
                        label: `${where}: spec.values`,
                        kind: 'inline',
                        file: file && doc ? file.path : k.file,
                        line: file && doc ? lineAt(file, doc, ['spec', 'values']) : p.line,
                        yamlPath: file ? 'spec.values' : `${p.label}.patch`,
                        values
                    };
                    if (values === null)
                        layer.readOnlyReason = 'spec.values is not a map';
                    else if (file && doc)
                        layer.target = {
                            type: 'yaml-map',
                            file: file.path,
                            docIndex: doc.index,
                            nodePath: ['spec', 'values']
                        };
                    out.push(layer);
                });
            }
        }
        return out;
    }
    patchDocs(p) {
        if (p.file) {
            const f = this.ctx.getFile(p.file);
            if (!f)
                return [];
            return f.docs.filter(d => !d.empty).map(d => ({ value: f.js(d.index), file: f, doc: d }));
        }
        const parsed = parseRepoFile(`${p.kustomization}#${p.label}`, p.text ?? '');
        return parsed.docs.filter(d => !d.empty).map(d => ({ value: parsed.js(d.index) }));
    }
    /**
     * targetPath is applied after spec.values by current helm-controller, with one exception from its merge
     * (fluxcd/pkg chartutil MergeMaps): when an earlier valuesFrom already fills the target's parent map and
     * spec.values sets the same leaf, spec.values wins again.
     */
    targetPathNotes(plain, inline, targeted, notes) {
        notes.push('valuesFrom entries with targetPath are applied after spec.values (helm-controller v1.0+, PR #1060); ' +
            'older controllers let spec.values win');
        for (const t of targeted) {
            for (const set of t.sets ?? []) {
                if (set.path.length < 2)
                    continue;
                const parent = set.path.slice(0, -1);
                const inlineSets = inline.some(l => getPath(l.values, set.path).found);
                const filled = plain.find(l => {
                    const p = getPath(l.values, parent);
                    return p.found && isPlainObject(p.value);
                });
                if (inlineSets && filled)
                    notes.push(`${t.label}: spec.values also sets ${joinSetPath(set.path)} and ${filled.label} fills ` +
                        `${joinSetPath(parent)}, so helm-controller keeps the spec.values value`);
            }
        }
    }
}
function valuesFilesOf(spec) {
    const out = [];
    const single = nodes_name(spec.valuesFile);
    if (single)
        out.push(single);
    for (const v of list(spec.valuesFiles)) {
        const n = nodes_name(v);
        if (n)
            out.push(n);
    }
    return out;
}
/** Does a kustomize patch apply to the HelmRelease `hrName`? `target` fields are anchored regular expressions. */
function targets(p, doc, hrName) {
    const t = p.target;
    if (t && (t.kind || t.name))
        return matches(t.kind, 'HelmRelease') && matches(t.name, hrName);
    if (!doc)
        return false;
    return nodes_str(doc.kind) === 'HelmRelease' && nodes_name(obj(doc.metadata)?.name) === hrName;
}
function matches(pattern, value) {
    if (!pattern)
        return true;
    if (pattern === value)
        return true;
    try {
        return new RegExp(`^(?:${pattern})$`).test(value);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/formats/helmfile/yamlnodes.ts
/**
 * Reading fields out of parsed YAML nodes the way helmfile and kustomize see them: through YAML 1.1 merge keys
 * (`<<: *base`), with the node path of every value so that an edit can be aimed at the node that really holds it,
 * and with Go templates kept as their source text. Shared by the helmfile and kustomize readers.
 */


/** Node path of every collection in a document, so a map reached through an alias can be addressed. */
function indexPaths(contents) {
    const out = new Map();
    const walk = (node, path, depth) => {
        if (depth > 200)
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            out.set(node, path);
            for (const pair of node.items) {
                const k = keyName(pair.key);
                if (k !== null)
                    walk(pair.value, [...path, k], depth + 1);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            out.set(node, path);
            node.items.forEach((item, i) => walk(item, [...path, i], depth + 1));
        }
    };
    walk(contents, [], 0);
    return out;
}
function isMergeKey(key) {
    if (!(0,dist/* isScalar */.jn)(key))
        return false;
    const v = key.value;
    return ((v === '<<' && (!key.type || key.type === dist/* Scalar */.X5.PLAIN)) ||
        (typeof v === 'symbol' && v.description === '<<'));
}
/** A map key as helmfile's Go structs see it (scalars only). */
function keyName(key) {
    if ((0,dist/* isScalar */.jn)(key)) {
        if (typeof key.value === 'symbol')
            return null;
        return key.value === null ? '' : String(key.value);
    }
    return typeof key === 'string' ? key : null;
}
/**
 * `map[key]` with YAML 1.1 merge semantics: the map's own key wins (the last one, as duplicate keys resolve),
 * then merge sources in order (earlier sources win).
 */
function getField(doc, map, key, mapPath, paths, depth = 0) {
    let own;
    for (const pair of map.items) {
        if (keyName(pair.key) !== key || isMergeKey(pair.key))
            continue;
        const keyNode = pair.key;
        own = {
            node: pair.value ?? null,
            path: [...mapPath, key],
            keyOffset: keyNode?.range?.[0] ?? 0,
            own: true
        };
    }
    if (own || depth > 20)
        return own;
    for (const pair of map.items) {
        if (!isMergeKey(pair.key))
            continue;
        for (const { source, anchor } of mergeSources(doc, pair.value)) {
            const sourcePath = paths.get(source);
            if (!sourcePath)
                continue;
            const found = getField(doc, source, key, sourcePath, paths, depth + 1);
            if (found)
                return { ...found, own: false, via: found.via ?? anchor };
        }
    }
    return undefined;
}
/** Keys of a map including those merged in, own keys first. */
function fieldNames(doc, map, depth = 0) {
    const names = new Set();
    for (const pair of map.items) {
        if (isMergeKey(pair.key))
            continue;
        const k = keyName(pair.key);
        if (k !== null)
            names.add(k);
    }
    if (depth > 20)
        return [...names];
    for (const pair of map.items) {
        if (!isMergeKey(pair.key))
            continue;
        for (const { source } of mergeSources(doc, pair.value)) {
            for (const k of fieldNames(doc, source, depth + 1))
                names.add(k);
        }
    }
    return [...names];
}
function mergeSources(doc, value) {
    const out = [];
    const add = (v) => {
        if ((0,dist/* isAlias */.Vj)(v)) {
            const target = safeResolve(doc, v);
            if ((0,dist/* isMap */.jh)(target))
                out.push({ source: target, anchor: v.source });
        }
        else if ((0,dist/* isMap */.jh)(v)) {
            out.push({ source: v });
        }
    };
    if ((0,dist/* isSeq */.oP)(value))
        value.items.forEach(add);
    else
        add(value);
    return out;
}
/** An alias's target, or the node itself. */
function deref(doc, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return safeResolve(doc, node) ?? null;
    return node ?? null;
}
function safeResolve(doc, alias) {
    try {
        return (0,dist/* isAlias */.Vj)(alias) ? alias.resolve(doc) : undefined;
    }
    catch {
        return undefined;
    }
}
/** The Go template a flow collection really is: `{{ .Values.x }}` parses as nested flow maps when unquoted. */
function templateCollection(text, node) {
    return (0,dist/* isCollection */.P3)(node) && !!node.flow && !!node.range && text.startsWith('{{', node.range[0]);
}
/**
 * A scalar's text as a Go struct's string field receives it: plain scalars keep their source spelling
 * (`no` stays "no", `1.10` stays "1.10"), quoted and block scalars their value; an unquoted template is its text.
 */
function scalarText(file, node) {
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null || v === undefined)
            return null;
        if (typeof v === 'string')
            return v;
        if (node.range && (!node.type || node.type === dist/* Scalar */.X5.PLAIN)) {
            return file.text.slice(node.range[0], node.range[1]).trim();
        }
        return String(v);
    }
    if (templateCollection(file.text, node)) {
        const range = node.range;
        return file.text.slice(range[0], range[1]).trim();
    }
    return null;
}
/**
 * Plain JS of a node. An unquoted `{{ .Values.x }}` that parsed as nested flow maps (the file then never needed
 * masking) becomes its source text again, so a template never poses as a map with a strange key.
 */
function nodeToJs(file, doc, node) {
    if (node === null)
        return null;
    if (templateCollection(file.text, node))
        return scalarText(file, node);
    let target = node;
    if (!file.templated && hasTemplates(file.text)) {
        target = node.clone();
        (0,dist/* visit */.YR)(target, {
            Collection(_key, n) {
                if (!templateCollection(file.text, n))
                    return undefined;
                const range = n.range;
                return new dist/* Scalar */.X5(file.text.slice(range[0], range[1]).trim());
            }
        });
    }
    try {
        return target.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch {
        return undefined;
    }
}
/** 1-based line where a node starts. */
function lineOf(file, node, fallback) {
    const range = (0,dist/* isPair */.tO)(node) ? node.key?.range : node?.range;
    return range ? file.lineAt(range[0]) : fallback;
}
/**
 * Whether Go templates shape a node rather than sit inside one of its scalars: a template alone on its line
 * inside the node (`{{- if }}`, `{{ range }}`, `{{ toYaml .x | nindent 4 }}`), or right after it before the next
 * YAML line (generated entries, an `{{ else }}` branch). The node's literal text is then not what helmfile
 * renders, and it must not be edited. A template inside a scalar (`password: {{ env "X" }}`) does not count, nor
 * an `{{ end }}` right after the node (it closes a block opened before it, around the whole release).
 */
function hasStructuralTemplate(file, node) {
    if (!node?.range || !file.text.includes('{{'))
        return false;
    const text = file.text;
    const end = node.range[2];
    if (hasTemplateLines(file, node))
        return true;
    const after = text.slice(end).split('\n');
    // The rest of the line the node ends on, then whole lines.
    if (after[0].trim() !== '' && !isTemplateLine(after[0]))
        return false;
    for (const line of after) {
        const t = line.trim();
        if (t === '' || t.startsWith('#'))
            continue;
        if (!isTemplateLine(line))
            return false;
        if (!/^\{\{-?\s*end\s*-?\}\}$/.test(t))
            return true;
    }
    return false;
}
/** Whether a template stands alone on a line inside the node's own text. */
function hasTemplateLines(file, node) {
    if (!node?.range || !file.text.includes('{{'))
        return false;
    return file.text.slice(node.range[0], node.range[2]).split('\n').some(isTemplateLine);
}
function isTemplateLine(line) {
    return line.includes('{{') && maskTemplates(line).trim() === '';
}
/** `releases[3].values[1]` for a node path. */
function pathLabel(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out === '' ? seg : `.${seg}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/formats/helmfile/layers.ts
/**
 * Value layers that point at files: resolving a path written in a helmfile or kustomization to a repository file,
 * and turning that file into a layer. Shared by the helmfile and kustomize readers.
 */




/** Where a path written in a file in `dir` points: a repository file, a template, a URL, or outside the root. */
function resolvePath(dir, raw) {
    const p = raw.trim();
    if (p.includes('{{') || /\$\{[^}]*\}/.test(p))
        return { kind: 'templated', raw: p };
    // go-getter (`git::https://…//path?ref=v1`) and URLs.
    if (p.includes('::') || /^[a-z][a-z0-9+.-]*:\/\//i.test(p))
        return { kind: 'remote', raw: p };
    if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p))
        return { kind: 'outside', raw: p };
    const joined = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(dir || '.', p.replace(/\\/g, '/')));
    if (joined === '..' || joined.startsWith('../'))
        return { kind: 'outside', raw: p };
    return { kind: 'repo', path: joined === '.' ? '' : joined.replace(/\/+$/, '') };
}
function layers_dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}
function joinPath(dir, name) {
    return dir ? `${dir}/${name}` : name;
}
/**
 * A repository values file as a layer: its first document (what Helm reads), editable at its root unless the
 * file is a template. An empty file or a comment-only document is an empty, writable map.
 */
function layers_valuesFileLayer(ctx, path, opts) {
    const file = ctx.getFile(path);
    if (!file)
        return null;
    const layer = {
        label: opts.label,
        kind: 'values-file',
        file: path,
        line: 1,
        yamlPath: '',
        values: null
    };
    const doc = file.docs.find(d => d.index === 0);
    if (!doc) {
        if (file.problems.length > 0) {
            layer.readOnlyReason = `${path} could not be parsed`;
            return layer;
        }
        layer.values = {};
        layer.target = { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] };
        return layer;
    }
    layer.line = doc.line;
    const tree = doc.empty ? {} : nodeToJs(file, doc.doc, doc.doc.contents);
    if (!isPlainObject(tree)) {
        layer.readOnlyReason = `${path} is not a map of values`;
        return layer;
    }
    layer.values = tree;
    if (opts.rendered && hasTemplates(file.text)) {
        layer.readOnlyReason = `${path} is a Go template that helmfile renders before Helm reads it`;
        return layer;
    }
    if (file.templated) {
        layer.readOnlyReason = `${path} only parses with its templates masked`;
        return layer;
    }
    layer.target = { type: 'yaml-map', file: path, docIndex: 0, nodePath: [] };
    return layer;
}
/** A layer the tool cannot read: a templated path, a URL, a file outside the repository. */
function unreadableLayer(label, kind, line, reason) {
    return { label, kind, file: null, line, yamlPath: '', values: null, readOnlyReason: reason };
}

;// CONCATENATED MODULE: ./src/formats/helmfile/localchart.ts




/** Whether `dir` holds a Chart.yaml. */
function isChartDir(ctx, dir) {
    return ctx.exists(joinPath(dir, 'Chart.yaml'));
}
/** What a chart directory installs that the tool knows about: Testkube first, then any istiod; [] for neither. */
function localchart_readLocalChart(ctx, dir) {
    const chartFile = ctx.getFile(joinPath(dir, 'Chart.yaml'));
    if (!chartFile)
        return [];
    const key = chartDirKey(dir);
    const meta = chartFile.js(0);
    const ownName = isPlainObject(meta) && typeof meta.name === 'string' ? meta.name.trim() : '';
    const umbrella = readUmbrella(ctx, chartFile);
    if (umbrella.length > 0) {
        return umbrella.map(r => ({
            dir,
            key,
            chart: r.chart,
            version: r.chartVersion,
            valuesPrefix: r.valuesPrefix,
            scopes: r.scopes,
            layers: r.layers.map(l => ({ ...l, addTarget: undefined, label: `${joinPath(dir, 'values.yaml')}` })),
            notes: [
                `chart directory ${dir || '.'} (umbrella chart ${ownName || 'without a name'})`,
                ...(r.notes ?? [])
            ]
        }));
    }
    // A copy of the chart itself: its values.yaml holds the chart's defaults, not settings of this release.
    if (!isKnownChartName(ownName))
        return [];
    const chart = ownName;
    const version = isPlainObject(meta) && meta.version != null ? String(meta.version) : null;
    const defaults = layers_valuesFileLayer(ctx, joinPath(dir, 'values.yaml'), { label: 'chart defaults' });
    const layers = [];
    if (defaults) {
        delete defaults.target;
        layers.push({ ...defaults, kind: 'chart-defaults' });
    }
    return [
        {
            dir,
            key,
            chart,
            version,
            valuesPrefix: '',
            scopes: chart === 'istiod' ? [] : [{ chart, version, prefix: '' }],
            layers,
            notes: [`chart directory ${dir || '.'} holds a copy of the ${chart} chart`]
        }
    ];
}

;// CONCATENATED MODULE: ./src/formats/helmfile/extract.ts
/**
 * helmfile state files: `releases[]` with the repositories they resolve through, release templates (`inherit`,
 * `defaultInherit`) and YAML merge keys, and every place a release's values come from, in helmfile's order
 * (pkg/state/release.go, state.go): `valuesTemplate` (prepended, lowest), `values[]` in list order (files and
 * inline maps interleaved), `secrets[]`, then `set` (`--set`), `setString` (`--set-string`) and `set[].file`
 * (`--set-file`), which Helm applies by flag type after every values file.
 */









const HELMFILE_PATH = /(^|\/)(helmfile\.ya?ml(\.gotmpl)?|helmfile\.d\/[^/]+\.ya?ml(\.gotmpl)?)$/;
const RELEASES_KEY = /^releases[ \t]*:/m;
/** A state file whose releases install a known chart names it, or the directory of a local chart that does. */
function mayContainHelmfile(path, text, hints) {
    // The plain search first: the line-anchored regex tries every line, and this runs on every YAML file.
    return ((HELMFILE_PATH.test(path) || (text.includes('releases') && RELEASES_KEY.test(text))) &&
        mayNameKnownChart(text, hints));
}
function isHelmfilePath(path) {
    return HELMFILE_PATH.test(path);
}
function extractHelmfiles(ctx) {
    const releases = [];
    for (const file of ctx.candidates) {
        if (!isHelmfilePath(file.path) && !looksLikeHelmfile(file))
            continue;
        releases.push(...readHelmfile(ctx, file));
    }
    return releases;
}
/**
 * A file not named like a helmfile counts only when a document has a top-level `releases` list with a
 * `{name, chart}` entry and is not a Kubernetes object.
 */
function looksLikeHelmfile(file) {
    return file.docs.some(d => {
        const c = d.doc.contents;
        if (!(0,dist/* isMap */.jh)(c) || c.has('apiVersion') || c.has('kind'))
            return false;
        const rel = c.get('releases', true);
        return (0,dist/* isSeq */.oP)(rel) && rel.items.some(it => (0,dist/* isMap */.jh)(it) && it.has('name') && it.has('chart'));
    });
}
function readHelmfile(ctx, file) {
    const dir = layers_dirOf(file.path);
    const docs = [];
    for (const d of file.docs) {
        const root = d.doc.contents;
        if (d.empty || !(0,dist/* isMap */.jh)(root))
            continue;
        const paths = indexPaths(root);
        const state = {
            file,
            dir,
            docIndex: d.index,
            doc: d.doc,
            root,
            paths,
            repositories: new Map(),
            templates: null,
            defaultInherit: []
        };
        const repos = deref(d.doc, root.get('repositories', true));
        if ((0,dist/* isSeq */.oP)(repos))
            readRepositories(file, d.doc, repos, state.repositories);
        const bases = deref(d.doc, root.get('bases', true));
        if ((0,dist/* isSeq */.oP)(bases))
            readBaseRepositories(ctx, file, dir, bases, state.repositories);
        const templates = deref(d.doc, root.get('templates', true));
        if ((0,dist/* isMap */.jh)(templates))
            state.templates = templates;
        const di = deref(d.doc, root.get('defaultInherit', true));
        if ((0,dist/* isSeq */.oP)(di))
            state.defaultInherit = di.items.map(it => scalarText(file, it)).filter(isString);
        else if (di)
            state.defaultInherit = [scalarText(file, di)].filter(isString);
        docs.push(state);
    }
    const st = { ctx, file, docs };
    const releases = [];
    docs.forEach((ds, n) => {
        const seq = deref(ds.doc, ds.root.get('releases', true));
        if (!(0,dist/* isSeq */.oP)(seq))
            return;
        const laterReleases = docs.slice(n + 1).some(o => o.root.has('releases'));
        const names = seq.items.map(it => ((0,dist/* isMap */.jh)(it) ? scalarText(file, it.get('name', true)) : null));
        seq.items.forEach((item, i) => {
            if (!(0,dist/* isMap */.jh)(item))
                return;
            const dup = names.filter(x => x !== null && x === names[i]).length > 1;
            releases.push(...readRelease(st, ds, item, i, dup, laterReleases));
        });
    });
    return releases;
}
function readRepositories(file, doc, seq, into) {
    for (const item of seq.items) {
        const m = deref(doc, item);
        if (!(0,dist/* isMap */.jh)(m))
            continue;
        const name = scalarText(file, m.get('name', true));
        const url = scalarText(file, m.get('url', true));
        if (!name || !url)
            continue;
        const oci = m.get('oci');
        into.set(name, { url, oci: oci === true || oci === 'true' });
    }
}
/** Repositories declared in `bases:` files (their own state files, merged before this one). */
function readBaseRepositories(ctx, file, dir, seq, into) {
    for (const item of seq.items) {
        const raw = scalarText(file, item);
        if (!raw)
            continue;
        const resolved = resolvePath(dir, raw);
        if (resolved.kind !== 'repo')
            continue;
        const base = ctx.getFile(resolved.path);
        if (!base)
            continue;
        for (const d of base.docs) {
            const root = d.doc.contents;
            if (!(0,dist/* isMap */.jh)(root))
                continue;
            const repos = deref(d.doc, root.get('repositories', true));
            const found = new Map();
            if ((0,dist/* isSeq */.oP)(repos))
                readRepositories(base, d.doc, repos, found);
            for (const [k, v] of found)
                if (!into.has(k))
                    into.set(k, v);
        }
    }
}
const SCALAR_FIELDS = ['name', 'chart', 'version', 'namespace', 'missingFileHandler', 'installed'];
const LIST_FIELDS = ['valuesTemplate', 'values', 'secrets', 'setTemplate', 'set', 'setString'];
/**
 * A release (or template) with its inherited templates applied as helmfile does (releaseWithInheritedTemplate):
 * templates merge first in `inherit` order, then the release; scalars fill only what is still empty (so a
 * template's field beats the release's), lists append (template entries first, the release's own last).
 */
function resolveSpec(st, ds, map, mapPath, origin, own, chain, notes) {
    const spec = { scalars: new Map(), lists: new Map() };
    const file = st.file;
    const inherits = [];
    const explicit = getField(ds.doc, map, 'inherit', mapPath, ds.paths);
    const inheritSeq = deref(ds.doc, explicit?.node);
    const explicitList = [];
    if ((0,dist/* isSeq */.oP)(inheritSeq)) {
        for (const it of inheritSeq.items) {
            const m = deref(ds.doc, it);
            if (!(0,dist/* isMap */.jh)(m))
                continue;
            const template = scalarText(file, m.get('template', true));
            if (!template)
                continue;
            const ex = deref(ds.doc, m.get('except', true));
            const except = (0,dist/* isSeq */.oP)(ex) ? ex.items.map(e => scalarText(file, e)).filter(isString) : [];
            explicitList.push({ template, except });
        }
    }
    if (chain.length === 0) {
        // defaultInherit applies to releases, before their own inherit list, without repeating a template.
        for (const t of ds.defaultInherit) {
            if (!explicitList.some(e => e.template === t))
                inherits.push({ template: t, except: [] });
        }
    }
    inherits.push(...explicitList);
    for (const inh of inherits) {
        if (chain.includes(inh.template)) {
            notes.push(`template '${inh.template}' inherits itself (${[...chain, inh.template].join(' -> ')})`);
            continue;
        }
        const found = findTemplate(st, ds, inh.template);
        if (!found) {
            notes.push(`template '${inh.template}' is not defined in this file`);
            continue;
        }
        const tspec = resolveSpec(st, found.ds, found.map, found.path, `template '${inh.template}'`, false, [...chain, inh.template], notes);
        for (const k of inh.except)
            tspec.lists.delete(k);
        mergeSpec(spec, tspec);
    }
    const ownSpec = { scalars: new Map(), lists: new Map() };
    for (const key of SCALAR_FIELDS) {
        const ref = getField(ds.doc, map, key, mapPath, ds.paths);
        const text = ref ? scalarText(file, ref.node) : null;
        if (ref && text !== null && text !== '') {
            ownSpec.scalars.set(key, { text, ref, origin: ref.own ? origin : `anchor '${ref.via ?? '?'}'` });
        }
    }
    for (const key of LIST_FIELDS) {
        const ref = getField(ds.doc, map, key, mapPath, ds.paths);
        if (!ref)
            continue;
        const node = deref(ds.doc, ref.node);
        if (!(0,dist/* isSeq */.oP)(node)) {
            if (node !== null && !((0,dist/* isScalar */.jn)(node) && node.value === null)) {
                notes.push(`${pathLabel(ref.path)} is not a list; helmfile rejects it`);
            }
            continue;
        }
        const path = ds.paths.get(node) ?? ref.path;
        const isOwn = own && ref.own && !(ref.node && !(0,dist/* isSeq */.oP)(ref.node));
        ownSpec.lists.set(key, [
            { seq: node, path, own: isOwn, origin: ref.own ? origin : `anchor '${ref.via ?? '?'}'` }
        ]);
    }
    mergeSpec(spec, ownSpec);
    return spec;
}
function mergeSpec(into, from) {
    for (const [k, v] of from.scalars)
        if (!into.scalars.has(k))
            into.scalars.set(k, v);
    for (const [k, v] of from.lists)
        into.lists.set(k, [...(into.lists.get(k) ?? []), ...v]);
}
/** A release template by name: this document first, then the file's other documents (layers of one state). */
function findTemplate(st, ds, name) {
    for (const d of [ds, ...st.docs.filter(o => o !== ds)]) {
        if (!d.templates)
            continue;
        const node = deref(d.doc, d.templates.get(name, true));
        if ((0,dist/* isMap */.jh)(node))
            return { ds: d, map: node, path: d.paths.get(node) ?? ['templates', name] };
    }
    return null;
}
function readRelease(st, ds, item, index, duplicateName, laterReleases) {
    const { ctx, file } = st;
    const relPath = ['releases', index];
    const notes = [];
    const spec = resolveSpec(st, ds, item, relPath, 'release', true, [], notes);
    const name = spec.scalars.get('name')?.text;
    const chartRef = spec.scalars.get('chart');
    if (!name || !chartRef)
        return [];
    const installed = spec.scalars.get('installed')?.text;
    if (installed !== undefined && /^(false|no|off)$/i.test(installed))
        return [];
    const chartText = chartRef.text.trim();
    if (chartText.includes('{{'))
        return [];
    const releaseLine = lineOf(file, item, 1);
    const chartLine = chartRef.origin === 'release' ? file.lineAt(chartRef.ref.keyOffset) : releaseLine;
    const versionText = spec.scalars.get('version')?.text ?? null;
    let version = versionText;
    if (versionText && versionText.includes('{{')) {
        version = null;
        notes.push(`version is templated (${versionText})`);
    }
    const namespace = spec.scalars.get('namespace')?.text ?? null;
    // What the chart reference points to.
    const targets = [];
    let local = [];
    const localDir = localChartDir(ctx, ds.dir, chartText);
    if (localDir !== null) {
        local = localchart_readLocalChart(ctx, localDir);
        if (local.length === 0)
            return [];
        for (const lc of local) {
            targets.push({ chart: lc.chart, scopes: lc.scopes, prefix: lc.valuesPrefix, version: lc.version });
        }
    }
    else {
        const identity = identifyReleaseChart(st, ds, chartText);
        if (!identity)
            return [];
        if (identity.note)
            notes.push(identity.note);
        const chart = identity.chart;
        targets.push({
            chart,
            scopes: chart === 'istiod' ? [] : [{ chart: chart, version, prefix: '' }],
            prefix: '',
            version
        });
    }
    if (hasTemplates(file.text)) {
        notes.push('the helmfile holds Go templates: templated parts are read as their text and never written');
    }
    if (laterReleases) {
        notes.push('a later document of this file also declares releases; helmfile keeps only the last list');
    }
    const missingOk = /^(warn|info|debug)$/i.test(spec.scalars.get('missingFileHandler')?.text ?? '');
    const ctxLayers = { st, ds, releaseName: name, missingOk, notes };
    const baseLayers = local.length > 0 ? local[0].layers.map(l => ({ ...l })) : [];
    const valueLayers = [
        ...valuesLayers(ctxLayers, spec.lists.get('valuesTemplate') ?? [], 'valuesTemplate'),
        ...valuesLayers(ctxLayers, spec.lists.get('values') ?? [], 'values')
    ];
    const secretLayers = secretsLayers(ctxLayers, spec.lists.get('secrets') ?? []);
    const setLayers = [
        ...setsLayers(ctxLayers, spec.lists.get('setTemplate') ?? [], 'setTemplate', false),
        ...setsLayers(ctxLayers, spec.lists.get('set') ?? [], 'set', false),
        ...setsLayers(ctxLayers, spec.lists.get('setString') ?? [], 'setString', true)
    ];
    const fileSetLayers = [
        ...setFileLayers(ctxLayers, spec.lists.get('setTemplate') ?? [], 'setTemplate'),
        ...setFileLayers(ctxLayers, spec.lists.get('set') ?? [], 'set')
    ];
    const layers = [...baseLayers, ...valueLayers, ...secretLayers, ...setLayers, ...fileSetLayers];
    // Where a missing key goes: the last writable inline map, else the last writable values file, else the
    // chart directory's own values.yaml. helmfile has no single map to create (values is a list), so a release
    // with none of these cannot take new keys.
    const pick = findLast(valueLayers, l => l.kind === 'inline' && isWritableMap(l)) ??
        findLast(valueLayers, l => l.kind === 'values-file' && isWritableMap(l)) ??
        findLast(baseLayers, l => isWritableMap(l));
    if (pick)
        pick.addTarget = true;
    else
        notes.push(`add a values file or an inline values map to release '${name}' so that missing keys can be added`);
    const baseId = `${file.path}#${ds.docIndex}/${name}${duplicateName ? `[${index}]` : ''}`;
    return targets.map((t, n) => ({
        id: n === 0 ? baseId : `${baseId}#${t.chart}`,
        name,
        namespace,
        source: 'helmfile',
        file: file.path,
        line: chartLine,
        chart: t.chart,
        chartVersion: t.version,
        valuesPrefix: t.prefix,
        layers: n === 0 ? layers : layers.map(l => ({ ...l, addTarget: undefined })),
        scopes: t.scopes,
        consumes: local.length > 0 ? [local[0].key] : undefined,
        notes: [...(local[n]?.notes ?? []), ...notes].length > 0 ? [...(local[n]?.notes ?? []), ...notes] : undefined
    }));
}
function isWritableMap(l) {
    return l.target?.type === 'yaml-map' && !l.readOnlyReason && l.values !== null;
}
function findLast(list, pred) {
    for (let i = list.length - 1; i >= 0; i--)
        if (pred(list[i]))
            return list[i];
    return undefined;
}
/**
 * The repository-relative directory of a local chart, or null for a chart from a repository. helmfile treats
 * `./x`, `../x` and absolute paths as local, and a bare name or `a/b` too when that directory exists.
 */
function localChartDir(ctx, dir, chart) {
    if (chart.startsWith('oci://') || /^[a-z][a-z0-9+.-]*:\/\//i.test(chart))
        return null;
    const explicit = chart.startsWith('./') || chart.startsWith('../') || chart === '.' || chart === '..';
    const resolved = resolvePath(dir, chart);
    if (resolved.kind !== 'repo')
        return null;
    if (explicit || isChartDir(ctx, resolved.path))
        return resolved.path;
    return null;
}
/** `repo/chart` through the file's repositories, `oci://…/chart`, or a bare chart name. */
function identifyReleaseChart(st, ds, chart) {
    if (chart.startsWith('oci://'))
        return identifyChart(chart);
    const slash = chart.indexOf('/');
    if (slash < 0)
        return identifyChart(chart);
    const repoName = chart.slice(0, slash);
    const chartName = chart.slice(chart.lastIndexOf('/') + 1);
    const repo = lookupRepository(st, ds, repoName);
    if (!repo)
        return identifyChart(chart);
    const url = repo.oci && !repo.url.startsWith('oci://') ? `oci://${repo.url}` : repo.url;
    const middle = chart.slice(slash + 1, chart.lastIndexOf('/'));
    return identifyChart(chartName, middle ? `${url.replace(/\/+$/, '')}/${middle}` : url);
}
/** A repository by name: this document's list, then the nearest earlier document's, then later ones. */
function lookupRepository(st, ds, name) {
    const own = ds.repositories.get(name);
    if (own)
        return own;
    const i = st.docs.indexOf(ds);
    const order = [...st.docs.slice(0, i).reverse(), ...st.docs.slice(i + 1)];
    for (const d of order) {
        const r = d.repositories.get(name);
        if (r)
            return r;
    }
    return undefined;
}
function sourceLabel(src, field, j) {
    return src.origin === 'release' ? `${field}[${j}]` : `${pathLabel(src.path)}[${j}]`;
}
function inheritedReason(src) {
    return `inherited from ${src.origin}, which other releases may share; write the value on the release itself`;
}
/** `values[]` / `valuesTemplate[]` entries: a file path (string) or an inline map, in list order. */
function valuesLayers(lc, sources, field) {
    const { st, ds } = lc;
    const file = st.file;
    const out = [];
    for (const src of sources) {
        src.seq.items.forEach((item, j) => {
            const label = sourceLabel(src, field, j);
            const line = lineOf(file, item, lineOf(file, src.seq, 1));
            const node = deref(ds.doc, item);
            const path = (0,dist/* isMap */.jh)(node) ? (ds.paths.get(node) ?? [...src.path, j]) : [...src.path, j];
            if ((0,dist/* isMap */.jh)(node)) {
                const values = nodeToJs(file, ds.doc, node);
                if (!isPlainObject(values))
                    return;
                const layer = {
                    label,
                    kind: 'inline',
                    file: file.path,
                    line,
                    yamlPath: pathLabel(path),
                    values
                };
                const aliased = item !== node;
                if (!src.own || aliased) {
                    layer.readOnlyReason = aliased
                        ? `a YAML alias of a map that other places share; write the value on the release itself`
                        : inheritedReason(src);
                }
                else if (hasTemplateLines(file, src.seq) || hasStructuralTemplate(file, node)) {
                    layer.readOnlyReason = 'holds Go template control flow that helmfile renders first';
                }
                else if (field === 'valuesTemplate' && JSON.stringify(values).includes('{{')) {
                    layer.readOnlyReason = 'valuesTemplate is rendered per release by helmfile';
                }
                else {
                    layer.target = { type: 'yaml-map', file: file.path, docIndex: ds.docIndex, nodePath: path };
                }
                out.push(layer);
                return;
            }
            const raw = scalarText(file, node);
            if (!raw)
                return;
            out.push(...fileLayers(lc, raw, label, line));
        });
    }
    return out;
}
/** Layers for a values path written in the helmfile (relative to the helmfile's directory). */
function fileLayers(lc, raw, label, line) {
    const { st, ds } = lc;
    const { ctx } = st;
    const resolved = resolvePath(ds.dir, raw);
    if (resolved.kind === 'templated') {
        return [unreadableLayer(`${label} (${raw})`, 'values-file', line, 'the path is a Go template')];
    }
    if (resolved.kind === 'remote') {
        return [
            unreadableLayer(`${label} (${raw})`, 'remote', line, 'remote values file, outside the repository')
        ];
    }
    if (resolved.kind === 'outside') {
        return [unreadableLayer(`${label} (${raw})`, 'values-file', line, 'the file is outside the repository')];
    }
    let paths = [resolved.path];
    if (/[*?[{]/.test(resolved.path)) {
        const match = picomatch_default()(resolved.path, { dot: true });
        paths = ctx.allFiles().filter(p => match(p));
    }
    const out = [];
    for (const path of paths) {
        const layer = layers_valuesFileLayer(ctx, path, { label, rendered: path.endsWith('.gotmpl') });
        if (layer) {
            out.push(layer);
        }
        else if (ctx.exists(path)) {
            out.push(unreadableLayer(`${label} (${raw})`, 'values-file', line, `${path} could not be read`));
        }
    }
    if (out.length === 0 && !paths.some(p => ctx.exists(p))) {
        if (lc.missingOk) {
            lc.notes.push(`values file '${raw}' does not exist (missingFileHandler lets helmfile skip it)`);
        }
        else {
            ctx.report({
                file: st.file.path,
                line,
                message: `helmfile release '${lc.releaseName}': values file '${raw}' not found`
            });
        }
    }
    return out;
}
/** `secrets[]`: files (or maps) helmfile decrypts with helm-secrets; never read nor written. */
function secretsLayers(lc, sources) {
    const { st, ds } = lc;
    const file = st.file;
    const out = [];
    for (const src of sources) {
        src.seq.items.forEach((item, j) => {
            const label = sourceLabel(src, 'secrets', j);
            const line = lineOf(file, item, 1);
            const raw = scalarText(file, deref(ds.doc, item));
            const resolved = raw ? resolvePath(ds.dir, raw) : null;
            const inRepo = resolved?.kind === 'repo' && st.ctx.exists(resolved.path) ? resolved.path : null;
            out.push({
                label: raw ? `${label} (${raw})` : label,
                kind: 'secret',
                file: inRepo,
                line: inRepo ? 1 : line,
                yamlPath: inRepo ? '' : pathLabel([...src.path, j]),
                values: null,
                readOnlyReason: 'helmfile secrets (encrypted)'
            });
        });
    }
    return out;
}
/** `set` / `setString` / `setTemplate` entries with `value` or `values`, one layer per list. */
function setsLayers(lc, sources, field, forceString) {
    const { st, ds } = lc;
    const file = st.file;
    const out = [];
    for (const src of sources) {
        const sets = [];
        src.seq.items.forEach((item, j) => {
            const m = deref(ds.doc, item);
            if (!(0,dist/* isMap */.jh)(m))
                return;
            const name = scalarText(file, m.get('name', true));
            if (!name)
                return;
            const line = lineOf(file, m, 1);
            const valueText = scalarText(file, m.get('value', true));
            let value;
            if (valueText !== null && valueText !== '') {
                value = forceString ? valueText : parseSetValue(valueText);
            }
            else if (m.has('file') && scalarText(file, m.get('file', true))) {
                return; // --set-file, see setFileLayers
            }
            else {
                const list = deref(ds.doc, m.get('values', true));
                if (!(0,dist/* isSeq */.oP)(list) || list.items.length === 0)
                    return;
                const items = list.items.map(x => scalarText(file, deref(ds.doc, x)) ?? '');
                value = forceString ? items : items.map(parseSetValue);
            }
            sets.push({ path: splitSetPath(name).map(String), value, forceString, index: j, line });
        });
        if (sets.length === 0)
            continue;
        const layer = {
            label: src.origin === 'release' ? field : pathLabel(src.path),
            kind: 'parameters',
            file: file.path,
            line: lineOf(file, src.seq, 1),
            yamlPath: pathLabel(src.path),
            values: null,
            sets
        };
        if (!src.own)
            layer.readOnlyReason = inheritedReason(src);
        else if (field === 'setTemplate')
            layer.readOnlyReason = 'setTemplate is rendered per release by helmfile';
        else if (hasStructuralTemplate(file, src.seq)) {
            layer.readOnlyReason = 'holds Go template control flow that helmfile renders first';
        }
        else {
            layer.target = {
                type: 'set-list',
                file: file.path,
                docIndex: ds.docIndex,
                nodePath: src.path,
                style: 'helmfile'
            };
        }
        out.push(layer);
    }
    return out;
}
/** `set[].file` (`--set-file`): the value is a file's content, applied after every `--set`. Read-only. */
function setFileLayers(lc, sources, field) {
    const { st, ds } = lc;
    const file = st.file;
    const out = [];
    for (const src of sources) {
        const sets = [];
        src.seq.items.forEach((item, j) => {
            const m = deref(ds.doc, item);
            if (!(0,dist/* isMap */.jh)(m))
                return;
            const name = scalarText(file, m.get('name', true));
            const valueText = scalarText(file, m.get('value', true));
            const raw = scalarText(file, m.get('file', true));
            if (!name || (valueText !== null && valueText !== '') || !raw)
                return;
            // The value is the file's content, which is not read: the layer only tells that the path is taken.
            sets.push({
                path: splitSetPath(name).map(String),
                value: null,
                forceString: true,
                index: j,
                line: lineOf(file, m, 1)
            });
        });
        if (sets.length === 0)
            continue;
        out.push({
            label: `${src.origin === 'release' ? field : pathLabel(src.path)} (file)`,
            kind: 'parameters',
            file: file.path,
            line: lineOf(file, src.seq, 1),
            yamlPath: pathLabel(src.path),
            values: null,
            sets,
            readOnlyReason: 'set from a file (--set-file)'
        });
    }
    return out;
}
/** A `--set` value as Helm's strvals types it: true/false/null (any case), integers without a leading zero. */
function parseSetValue(s) {
    if (/^true$/i.test(s))
        return true;
    if (/^false$/i.test(s))
        return false;
    if (/^null$/i.test(s))
        return null;
    if (s === '0')
        return 0;
    if (s[0] !== '0' && /^[-+]?\d+$/.test(s)) {
        const n = Number(s);
        if (Number.isSafeInteger(n))
            return n;
    }
    return s;
}
function isString(x) {
    return typeof x === 'string' && x !== '';
}

;// CONCATENATED MODULE: ./src/formats/helmfile/index.ts

const helmfileReader = {
    source: 'helmfile',
    displayName: 'helmfile',
    mayContain: mayContainHelmfile,
    extract: extractHelmfiles
};


;// CONCATENATED MODULE: ./src/formats/kustomize/extract.ts
/**
 * kustomize `helmCharts` (HelmChartInflationGenerator): a chart pulled from `repo`, or a local chart under
 * `helmGlobals.chartHome`, inflated with `valuesFile` (instead of the chart's values.yaml), `valuesInline` merged
 * into it as `valuesMerge` says, then `additionalValuesFiles` as further `-f` files (api/types/helmchartargs.go
 * `AsHelmArgs`), so they beat `valuesInline`.
 */







/** The names kustomize reads a kustomization from. */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * A kustomization's path, by its last segment. Not a regex ending in `$`: this runs on every path of the tree,
 * and such a regex is tried at every character of each.
 */
function isKustomizationFile(path) {
    return KUSTOMIZATION_NAMES.some(name => path.endsWith(name) && (path.length === name.length || path[path.length - name.length - 1] === '/'));
}
/** A chart of `helmCharts` is named by `name` (a known chart, or a local chart's directory under chartHome). */
function mayContainKustomization(path, text, hints) {
    return isKustomizationFile(path) && text.includes('helmCharts') && mayNameKnownChart(text, hints);
}
function extractKustomizeHelmCharts(ctx) {
    const releases = [];
    const candidates = new Map(ctx.candidates.map(f => [f.path, f]));
    // `Kustomization` has no .yaml extension, so the scan's pass never tests it: look for every name in the tree,
    // and read those the pass did not test (a kustomization.yaml it tested is a candidate or does not matter).
    for (const path of ctx.allFiles()) {
        if (!isKustomizationFile(path))
            continue;
        const file = ctx.scanned(path) ? candidates.get(path) : ctx.getFile(path);
        if (!file || !file.text.includes('helmCharts'))
            continue;
        releases.push(...extract_readKustomization(ctx, file));
    }
    return releases;
}
function extract_readKustomization(ctx, file) {
    const releases = [];
    for (const d of file.docs) {
        const root = d.doc.contents;
        if (!(0,dist/* isMap */.jh)(root) || !isKustomizeKind(file, root))
            continue;
        const charts = deref(d.doc, root.get('helmCharts', true));
        if (!(0,dist/* isSeq */.oP)(charts))
            continue;
        const paths = indexPaths(root);
        const globals = deref(d.doc, root.get('helmGlobals', true));
        const chartHome = ((0,dist/* isMap */.jh)(globals) && scalarText(file, globals.get('chartHome', true))) || 'charts';
        const namespace = scalarText(file, root.get('namespace', true));
        const names = charts.items.map(it => (0,dist/* isMap */.jh)(it)
            ? (scalarText(file, it.get('releaseName', true)) ?? scalarText(file, it.get('name', true)))
            : null);
        charts.items.forEach((item, i) => {
            const entry = deref(d.doc, item);
            if (!(0,dist/* isMap */.jh)(entry))
                return;
            const dup = names.filter(n => n !== null && n === names[i]).length > 1;
            const entryPath = paths.get(entry) ?? ['helmCharts', i];
            releases.push(...readHelmChart({ ctx, file, doc: d.doc, docIndex: d.index, entry, entryPath, index: i, dup }, chartHome, namespace));
        });
    }
    return releases;
}
/** kustomize's own Kustomization or Component; never Flux's `kustomize.toolkit.fluxcd.io` Kustomization. */
function isKustomizeKind(file, root) {
    const apiVersion = scalarText(file, root.get('apiVersion', true));
    const kind = scalarText(file, root.get('kind', true));
    if (apiVersion && !apiVersion.startsWith('kustomize.config.k8s.io/'))
        return false;
    return !kind || kind === 'Kustomization' || kind === 'Component';
}
function readHelmChart(ec, chartHome, kNamespace) {
    const { ctx, file, entry } = ec;
    const dir = layers_dirOf(file.path);
    const get = (key) => scalarText(file, entry.get(key, true));
    const name = get('name');
    if (!name || name.includes('{{'))
        return [];
    const repo = get('repo');
    const version = get('version');
    const releaseName = get('releaseName') ?? name;
    const namespace = get('namespace') ?? kNamespace;
    const line = lineOf(file, entry.items.find(p => scalarText(file, p.key) === 'name'), lineOf(file, entry, 1));
    const notes = [];
    // The chart: from `repo`, else a local chart directory under chartHome.
    const targets = [];
    let local = [];
    const home = resolvePath(dir, chartHome);
    const localDir = home.kind === 'repo' ? joinPath(home.path, name) : null;
    if (!repo && localDir !== null && isChartDir(ctx, localDir)) {
        local = localchart_readLocalChart(ctx, localDir);
        if (local.length === 0)
            return [];
        for (const lc of local) {
            targets.push({ chart: lc.chart, scopes: lc.scopes, prefix: lc.valuesPrefix, version: lc.version });
        }
    }
    else {
        const identity = identifyChart(name, repo);
        if (!identity)
            return [];
        if (identity.note)
            notes.push(identity.note);
        const chart = identity.chart;
        targets.push({
            chart,
            scopes: chart === 'istiod' ? [] : [{ chart: chart, version, prefix: '' }],
            prefix: '',
            version
        });
    }
    const mergeText = get('valuesMerge');
    let mode = 'override';
    if (mergeText === 'merge' || mergeText === 'replace')
        mode = mergeText;
    else if (mergeText && mergeText !== 'override') {
        notes.push(`valuesMerge '${mergeText}' is not one kustomize accepts (override, merge, replace)`);
    }
    const chartLayers = local.length > 0 ? local[0].layers.map(l => ({ ...l })) : [];
    const fileLayer = valuesFileEntry(ec, get('valuesFile'), dir, 'valuesFile', line);
    const inline = inlineLayer(ec);
    const additional = additionalLayers(ec, dir);
    // Where valuesInline sits depends on valuesMerge. With `replace`, a non-empty valuesInline is the whole file
    // and an empty one is ignored, so writing to it (or creating it) next to a valuesFile would drop that file.
    const declaredFile = get('valuesFile') !== null;
    let inl = inline;
    if (mode === 'replace' && inline && isEmpty(inline) && declaredFile)
        inl = null;
    const created = inline || (mode === 'replace' && declaredFile) ? null : createdInline(ec, line);
    const il = inl ?? created;
    const inlineSide = il ? [il] : [];
    const fileSide = fileLayer ? [fileLayer] : [];
    let layers;
    if (mode === 'merge') {
        // The values file (without one, the chart's own values.yaml) wins; valuesInline only fills gaps.
        layers =
            !fileLayer && chartLayers.length > 0
                ? [...inlineSide, ...chartLayers]
                : [...chartLayers, ...inlineSide, ...fileSide];
        if (inline)
            notes.push('valuesMerge: merge, so valuesInline only fills keys the values file leaves unset');
    }
    else if (mode === 'replace' && inl && !isEmpty(inl)) {
        layers = [...chartLayers, inl];
        if (fileLayer)
            notes.push('valuesMerge: replace, so valuesInline replaces valuesFile, which is not read');
    }
    else {
        layers = [...chartLayers, ...fileSide, ...inlineSide];
    }
    layers.push(...additional);
    // The add target: valuesInline if present, else valuesFile, else a valuesInline to create.
    const pick = [inl, fileLayer, created].find(l => !!l && layers.includes(l) && l.target?.type === 'yaml-map' && !l.readOnlyReason && l.values !== null);
    if (created && pick !== created)
        layers = layers.filter(l => l !== created);
    if (pick)
        pick.addTarget = true;
    else
        notes.push(`add valuesInline or a values file to helmCharts[${ec.index}] so that missing keys can be added`);
    const baseId = `${file.path}#${ec.docIndex}/${releaseName}${ec.dup ? `[${ec.index}]` : ''}`;
    return targets.map((t, n) => ({
        id: n === 0 ? baseId : `${baseId}#${t.chart}`,
        name: releaseName,
        namespace,
        source: 'kustomize-helmchart',
        file: file.path,
        line,
        chart: t.chart,
        chartVersion: t.version,
        valuesPrefix: t.prefix,
        layers: n === 0 ? layers : layers.map(l => ({ ...l, addTarget: undefined })),
        scopes: t.scopes,
        consumes: local.length > 0 ? [local[0].key] : undefined,
        notes: [...(local[n]?.notes ?? []), ...notes].length > 0 ? [...(local[n]?.notes ?? []), ...notes] : undefined
    }));
}
function isEmpty(layer) {
    return layer.values !== null && Object.keys(layer.values).length === 0;
}
/** `valuesFile` or one `additionalValuesFiles` entry, relative to the kustomization's directory. */
function valuesFileEntry(ec, raw, dir, label, line) {
    if (!raw)
        return null;
    const { ctx, file } = ec;
    const resolved = resolvePath(dir, raw);
    if (resolved.kind === 'remote') {
        return unreadableLayer(`${label} (${raw})`, 'remote', line, 'remote values file, outside the repository');
    }
    if (resolved.kind !== 'repo') {
        return unreadableLayer(`${label} (${raw})`, 'values-file', line, resolved.kind === 'templated' ? 'the path is a template' : 'the file is outside the repository');
    }
    const layer = layers_valuesFileLayer(ctx, resolved.path, { label });
    if (layer)
        return layer;
    if (ctx.exists(resolved.path)) {
        return unreadableLayer(`${label} (${raw})`, 'values-file', line, `${resolved.path} could not be read`);
    }
    ctx.report({ file: file.path, line, message: `kustomize helmCharts: ${label} '${raw}' not found` });
    return null;
}
function inlineLayer(ec) {
    const { file, entry, entryPath, doc, docIndex } = ec;
    const pair = entry.items.find(p => scalarText(file, p.key) === 'valuesInline');
    if (!pair)
        return null;
    const node = deref(doc, pair.value);
    const path = [...entryPath, 'valuesInline'];
    const layer = {
        label: 'valuesInline',
        kind: 'inline',
        file: file.path,
        line: lineOf(file, pair, 1),
        yamlPath: pathLabel(path),
        values: null
    };
    const values = node === null ? {} : nodeToJs(file, doc, node);
    if (values === null) {
        layer.values = {};
    }
    else if (!isPlainObject(values)) {
        layer.readOnlyReason = 'valuesInline is not a map';
        return layer;
    }
    else {
        layer.values = values;
    }
    if (node !== pair.value) {
        layer.readOnlyReason = 'valuesInline is a YAML alias of a map shared with other places';
        return layer;
    }
    layer.target = { type: 'yaml-map', file: file.path, docIndex, nodePath: path };
    return layer;
}
/** A `valuesInline` map that does not exist yet: the fixer creates it on the helmCharts entry. */
function createdInline(ec, line) {
    const path = [...ec.entryPath, 'valuesInline'];
    return {
        label: 'valuesInline (to be created)',
        kind: 'inline',
        file: ec.file.path,
        line,
        yamlPath: pathLabel(path),
        values: {},
        target: { type: 'yaml-map', file: ec.file.path, docIndex: ec.docIndex, nodePath: path }
    };
}
function additionalLayers(ec, dir) {
    const { file, entry, doc } = ec;
    const seq = deref(doc, entry.get('additionalValuesFiles', true));
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    const out = [];
    seq.items.forEach((item, j) => {
        const raw = scalarText(file, deref(doc, item));
        const layer = valuesFileEntry(ec, raw, dir, `additionalValuesFiles[${j}]`, lineOf(file, item, 1));
        if (layer)
            out.push(layer);
    });
    return out;
}

;// CONCATENATED MODULE: ./src/formats/kustomize/index.ts

const kustomizeHelmChartsReader = {
    source: 'kustomize-helmchart',
    displayName: 'kustomize helmCharts',
    mayContain: mayContainKustomization,
    extract: extractKustomizeHelmCharts
};


;// CONCATENATED MODULE: ./src/formats/helm-values/classify.ts

/** Subcharts and blocks of `testkube-enterprise` (kubeshop/testkube-cloud-charts). */
const ENTERPRISE_KEYS = [
    'testkube-cloud-api',
    'testkube-worker-service',
    'testkube-cloud-ui',
    'testkube-ai-service',
    'testkube-agent'
];
/** Subcharts and hook blocks of `testkube` (kubeshop/helm-charts, kubeshop/testkube k8s/helm/testkube). */
const TESTKUBE_KEYS = [
    'testkube-api',
    'testkube-operator',
    'testkube-dashboard',
    'testkube-logs',
    'preUpgradeHook',
    'preUpgradeHookNATS'
];
/** `testkube-runner` keys that may come with `globalTemplate` (k8s/helm/testkube-runner/values.yaml). */
const RUNNER_COMPANIONS = [
    'runner',
    'cloud',
    'pod',
    'execution',
    'listener',
    'imageInspectionCache',
    'gitops'
];
/** Keys of the runner's `runner:` block that no other chart's `runner:` has together. */
const RUNNER_IDENTITY = ['id', 'orgId', 'envId', 'secret', 'secretRef', 'register'];
/** Parent keys under which a Testkube chart's values are nested in an umbrella chart's values. */
const PARENT_KEYS = ['testkube', 'testkube-enterprise', 'testkube-runner'];
/** Map-valued, or null (a key whose content is all commented out). */
function isBlock(tree, key) {
    if (!Object.prototype.hasOwnProperty.call(tree, key))
        return false;
    const v = tree[key];
    return v === null || isPlainObject(v);
}
/** The chart a values tree belongs to at its top, with the keys that say so. */
function classifyTop(tree) {
    const enterprise = ENTERPRISE_KEYS.filter(k => isBlock(tree, k));
    // `testkube-agent` alone could be a user's umbrella alias; it counts when it holds Testkube agent keys.
    const agentOnly = enterprise.length === 1 && enterprise[0] === 'testkube-agent';
    if (enterprise.length > 0 && (!agentOnly || isAgentBlock(tree['testkube-agent']))) {
        return { chart: 'testkube-enterprise', markers: enterprise };
    }
    const testkube = TESTKUBE_KEYS.filter(k => isBlock(tree, k));
    const global = tree.global;
    if (isPlainObject(global) && isPlainObject(global.testWorkflows))
        testkube.push('global');
    if (testkube.length > 0)
        return { chart: 'testkube', markers: testkube };
    const runner = runnerMarkers(tree);
    if (runner)
        return { chart: 'testkube-runner', markers: runner };
    return null;
}
function isAgentBlock(v) {
    if (!isPlainObject(v))
        return false;
    return 'enabled' in v || TESTKUBE_KEYS.some(k => k in v) || 'mongodb' in v || 'nats' in v;
}
function runnerMarkers(tree) {
    const runner = tree.runner;
    const identity = isPlainObject(runner) ? RUNNER_IDENTITY.filter(k => k in runner) : [];
    if (isPlainObject(tree.globalTemplate)) {
        const companions = RUNNER_COMPANIONS.filter(k => isPlainObject(tree[k]));
        if (companions.length > 0)
            return ['globalTemplate', ...companions];
    }
    // A runner's registration block: two of its identity keys together are specific enough.
    if (identity.length >= 2)
        return ['runner'];
    return null;
}
/**
 * The chart of a values file: at its top, or nested one level under a parent key named like the chart
 * (`testkube:` in an umbrella chart's values or its environment overlay).
 */
function classifyValues(tree) {
    const top = classifyTop(tree);
    if (top)
        return { ...top, prefix: '' };
    for (const key of PARENT_KEYS) {
        const nested = tree[key];
        if (!isPlainObject(nested))
            continue;
        const inner = classifyTop(nested);
        if (inner)
            return { chart: inner.chart, prefix: `${key}.`, markers: [key] };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/formats/helm-values/extract.ts
/**
 * Plain Helm values files for the Testkube charts (`helm install -f`, a Terraform `values = [file(…)]`, a values
 * file that some deployer reads). Each file is one release of its own, keyed `values-file:<file>`: when a release
 * of another format reads the file as a layer, the engine drops this release and the file is judged as part of
 * that one.
 */



/** Files that are never values files even when they hold Testkube keys. */
const NOT_VALUES = /(^|\/)(Chart\.ya?ml|Chart\.lock|requirements\.ya?ml|kustomization\.ya?ml|helmfile\.ya?ml|\.argocd-source[^/]*\.ya?ml)$/;
/** Top-level keys that identify a Testkube chart's values (the reader's cheap text test). */
const TEXT_TEST = /^(?:\u00ef\u00bb\u00bf)?(testkube(-api|-operator|-dashboard|-logs|-cloud-api|-worker-service|-cloud-ui|-ai-service|-agent|-enterprise|-runner)?|preUpgradeHook(NATS)?|globalTemplate)[ \t]*:/m;
const RUNNER_TEST = /^runner[ \t]*:/m;
function mayContainValues(path, text) {
    if (NOT_VALUES.test(path))
        return false;
    // Each regex is behind a plain search for a word it needs: a line-anchored regex tries every line of the
    // file, and this test runs on every YAML file of the tree.
    return (((text.includes('testkube') || text.includes('preUpgradeHook') || text.includes('globalTemplate')) &&
        TEXT_TEST.test(text)) ||
        text.includes('testWorkflows') ||
        (text.includes('runner') && RUNNER_TEST.test(text) && /\b(orgId|envId|secretRef|register)\b/.test(text)));
}
function extractValuesFiles(ctx) {
    const releases = [];
    for (const file of ctx.candidates) {
        if (NOT_VALUES.test(file.path) || !mayContainValues(file.path, file.text))
            continue;
        if (isChartOwnFile(ctx, file.path))
            continue;
        const release = readValuesFile(file);
        if (release)
            releases.push(release);
    }
    return releases;
}
/**
 * A chart's own files are not user values: `values.yaml` next to a `Chart.yaml` is that chart's defaults (the
 * umbrella reader uses it as its layer), and nothing under a chart's `templates/` is a values file.
 */
function isChartOwnFile(ctx, path) {
    const parts = path.split('/');
    const dir = parts.slice(0, -1).join('/');
    const chartYaml = (d) => (d ? `${d}/Chart.yaml` : 'Chart.yaml');
    if (/^values\.ya?ml$/.test(parts[parts.length - 1]) && ctx.exists(chartYaml(dir)))
        return true;
    for (let i = 0; i < parts.length - 1; i++) {
        if (parts[i] !== 'templates' && parts[i] !== 'crds')
            continue;
        if (ctx.exists(chartYaml(parts.slice(0, i).join('/'))))
            return true;
    }
    return false;
}
/** The release a values file stands for, or null when it is not a Testkube values file. */
function readValuesFile(file) {
    // Helm reads the first document of a values file; a stream of several documents is a manifest file.
    const nonEmpty = file.docs.filter(d => !d.empty);
    if (nonEmpty.length !== 1 || nonEmpty[0].index !== 0)
        return null;
    const yamlDoc = nonEmpty[0];
    const tree = file.js(0);
    if (!isPlainObject(tree))
        return null;
    if (typeof tree.apiVersion === 'string' && typeof tree.kind === 'string')
        return null;
    const found = classifyValues(tree);
    if (!found)
        return null;
    const markerLines = found.markers.map(k => topKeyLine(file, k)).filter((l) => l !== null);
    const line = markerLines.length > 0 ? Math.min(...markerLines) : yamlDoc.line;
    const notes = [];
    if (found.prefix) {
        notes.push(`values nested under '${found.prefix.slice(0, -1)}:' as for an umbrella chart; no umbrella chart in the ` +
            'repository uses this file');
    }
    const layer = {
        label: 'values file',
        kind: 'values-file',
        file: file.path,
        line: yamlDoc.line,
        yamlPath: '',
        values: tree,
        target: { type: 'yaml-map', file: file.path, docIndex: 0, nodePath: [] },
        addTarget: true
    };
    if (file.templated || /\.gotmpl$/i.test(file.path)) {
        layer.readOnlyReason = 'the file is a template that another tool renders before Helm reads it';
        delete layer.target;
        delete layer.addTarget;
    }
    return {
        id: file.path,
        name: releaseName(file.path),
        namespace: null,
        source: 'helm-values',
        file: file.path,
        line,
        chart: found.chart,
        chartVersion: null,
        valuesPrefix: found.prefix,
        layers: [layer],
        scopes: [{ chart: found.chart, version: null, prefix: found.prefix }],
        key: valuesFileKey(file.path),
        notes: notes.length > 0 ? notes : undefined
    };
}
function valuesFileKey(path) {
    return `values-file:${path}`;
}
/** `values.yaml` says nothing: name the release after its directory; other files after their own name. */
function releaseName(path) {
    const parts = path.split('/');
    const base = parts[parts.length - 1].replace(/\.ya?ml(\.gotmpl)?$/i, '');
    if (/^values$/i.test(base) && parts.length > 1)
        return parts[parts.length - 2];
    return base;
}
/** 1-based line of a top-level key of the first document. */
function topKeyLine(file, key) {
    const contents = file.docs[0]?.doc.contents;
    if (!(0,dist/* isMap */.jh)(contents))
        return null;
    for (const pair of contents.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key && pair.key.range)
            return file.lineAt(pair.key.range[0]);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/formats/helm-values/index.ts

const helmValuesReader = {
    source: 'helm-values',
    displayName: 'Helm values file',
    mayContain: mayContainValues,
    extract: extractValuesFiles
};



;// CONCATENATED MODULE: ./src/formats/index.ts







const ALL_READERS = [
    helmUmbrellaReader,
    argocdApplicationReader,
    argocdApplicationSetReader,
    fluxHelmReleaseReader,
    helmfileReader,
    kustomizeHelmChartsReader,
    // Last: a values file is a release of its own only when no other release reads it.
    helmValuesReader
];

;// CONCATENATED MODULE: ./src/engine/dedupe.ts
function dedupeReleases(releases) {
    const consumed = new Set();
    for (const r of releases) {
        for (const key of r.consumes ?? [])
            consumed.add(key);
        for (const layer of r.layers)
            if (layer.file && r.source !== 'helm-values')
                consumed.add(`values-file:${layer.file}`);
    }
    const seen = new Set();
    const out = [];
    for (const r of releases) {
        if (r.key && consumed.has(r.key) && !(r.consumes ?? []).includes(r.key))
            continue;
        if (seen.has(r.id))
            continue;
        seen.add(r.id);
        out.push(r);
    }
    return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

;// CONCATENATED MODULE: ./src/rules/catalogue.ts
/** Codes that were used once and are retired; never reuse them. Empty so far. */
const RETIRED_CODES = (/* unused pure expression or super */ null && ([]));
const DOCS_BASE_URL = 'https://github.com/testkube-istio-guard/testkube-istio-guard/blob/main/docs/rules';
/** The page documenting a rule: `<DOCS_BASE_URL>/TKI001.md`. */
function ruleDocUrl(code) {
    return `${DOCS_BASE_URL}/${code}.md`;
}
const INJECT = 'sidecar\\.istio\\.io/inject';
const PROXY_CONFIG = 'proxy\\.istio\\.io/config';
const INJECT_FALSE = { kind: 'string-equals', value: 'false' };
/** The key that turns native sidecars on for one pod (Istio 1.24+); it satisfies an annotation requirement. */
const NATIVE_SIDECAR_ANNOTATION = 'sidecar.istio.io/nativeSidecar';
/** The setting TKI007/TKI008 need inside the proxy config string. */
const HOLD_SETTING = 'holdApplicationUntilProxyStarts';
const FIX_INJECT = 'The tool writes `"false"` as a quoted string into the values layer that wins for this key (or, when no ' +
    "layer sets it, into the release's main values block), and checks that no `--set` parameter or Flux " +
    '`targetPath` of higher precedence would override it; when one would, the finding is reported as not fixable.';
const FIX_FLAGS = 'The tool writes each missing or wrong key into the values layer that wins for it (or, when no layer sets ' +
    "it, into the release's main values block): annotation values as quoted strings, flags as YAML booleans. It " +
    'reports one finding per key, and a key whose fix a higher-precedence `--set` or `targetPath` would override ' +
    'as not fixable.';
const FIX_HOLD = 'The tool parses the existing proxy config string (JSON or YAML), keeps every other setting, adds ' +
    '`holdApplicationUntilProxyStarts: true` and writes the result back as a one-line JSON string into the ' +
    'layer that wins (or adds the annotation when no layer sets it). A value set through a `--set` parameter is ' +
    "not rewritten (Helm's `--set` parser reads `{…}` as a list); move it into a values block.";
const NATIVE_SIDECARS_NOTE = 'Not needed when Istio runs with native sidecars (TKI100), or when the annotations map also sets ' +
    '`sidecar.istio.io/nativeSidecar: "true"`.';
const RULES = [
    {
        code: 'TKI001',
        name: 'ExecutorJobsInjected',
        category: 'check',
        chart: 'testkube',
        versions: '<2.5.0',
        level: 'error',
        title: 'Test executor Job pods must not get an Istio sidecar',
        description: 'Tests run by prebuilt and container executors are Kubernetes Jobs. A classic Istio sidecar never ' +
            'exits on its own, so the Job never completes, and the test hangs until it times out. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: 'test executor Job pods get an Istio sidecar that never exits and the Jobs never complete',
        remediation: 'Set `testkube-api.jobPodAnnotations."sidecar.istio.io/inject"` to the string `"false"` in the values ' +
            'of the `testkube` chart, or upgrade the chart to 2.5.0 or later (legacy executors are gone there).',
        toolAction: FIX_INJECT,
        guideSection: 'Disable Istio for Test Executions of Prebuilt/Container Executors',
        chartFacts: [
            '`jobPodAnnotations` is rendered into the Job templates the legacy executors use (ConfigMap `testkube-api-server`).',
            'The legacy executors were removed before chart 2.5.0 (kubeshop/testkube f81dea7e, first release 2.5.0-rc.0): the key exists but has no effect from 2.5.0, so the rule applies below 2.5.0 (a 2.5.0 release candidate counts as below 2.5.0).'
        ],
        requirements: [
            { path: `testkube-api.jobPodAnnotations.${INJECT}`, predicate: INJECT_FALSE, annotation: true }
        ]
    },
    {
        code: 'TKI002',
        name: 'MongoUpgradeHookInjected',
        category: 'check',
        chart: 'testkube',
        versions: '<=2.1.60',
        level: 'error',
        title: 'The MongoDB pre-upgrade hook pod must not get an Istio sidecar',
        description: 'The `mongodb-upgrade` pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, so ' +
            'Helm waits on the hook and the upgrade hangs or times out. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: 'the MongoDB pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
        remediation: 'Set `preUpgradeHook.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, or upgrade the ' +
            'chart past 2.1.60, where the hook no longer exists.',
        toolAction: FIX_INJECT,
        guideSection: 'Disable Istio for Agent Hooks',
        chartFacts: [
            '`preUpgradeHook.podAnnotations` was added in chart 1.14.5 and the hook was removed after 2.1.60 (kubeshop/helm-charts fe9fc4f5): from 2.1.61 the key is dead.'
        ],
        requirements: [
            { path: `preUpgradeHook.podAnnotations.${INJECT}`, predicate: INJECT_FALSE, annotation: true }
        ]
    },
    {
        code: 'TKI003',
        name: 'NatsUpgradeHookInjected',
        category: 'check',
        chart: 'testkube',
        versions: '<=2.1.60',
        level: 'error',
        title: 'The NATS pre-upgrade hook pod must not get an Istio sidecar',
        description: 'The `nats-upgrade` pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, so ' +
            'Helm waits on the hook and the upgrade hangs or times out. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: 'the NATS pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
        remediation: 'Set `preUpgradeHookNATS.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, or upgrade ' +
            'the chart past 2.1.60, where the hook no longer exists.',
        toolAction: FIX_INJECT,
        guideSection: 'Disable Istio for Agent Hooks',
        chartFacts: [
            'The NATS upgrade hook was added in chart 1.16.33 and removed after 2.1.60 (kubeshop/helm-charts 94b17953): from 2.1.61 the key is dead.'
        ],
        requirements: [
            { path: `preUpgradeHookNATS.podAnnotations.${INJECT}`, predicate: INJECT_FALSE, annotation: true }
        ]
    },
    {
        code: 'TKI004',
        name: 'OperatorUpgradeHookInjected',
        category: 'check',
        chart: 'testkube',
        versions: '<=2.1.60',
        level: 'error',
        title: 'The operator pre-upgrade hook pod must not get an Istio sidecar',
        description: 'The operator pre-install/pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, ' +
            'so installs and upgrades hang. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: 'the operator pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
        remediation: 'Set `testkube-operator.preUpgrade.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, ' +
            'or upgrade the chart past 2.1.60, where the hook no longer exists.',
        toolAction: FIX_INJECT,
        guideSection: 'Disable Istio for Operator Hooks',
        chartFacts: [
            'The operator pre-upgrade hook was removed in operator chart 2.1.21 (kubeshop/helm-charts 5c2b0ba6); `testkube` 2.1.61 and later no longer ship it, so the key is dead there.'
        ],
        requirements: [
            {
                path: `testkube-operator.preUpgrade.podAnnotations.${INJECT}`,
                predicate: INJECT_FALSE,
                annotation: true
            }
        ]
    },
    {
        code: 'TKI005',
        name: 'OperatorWebhookJobsInjected',
        category: 'check',
        chart: 'testkube',
        versions: '<=2.1.238',
        level: 'error',
        title: "The operator's webhook certificate Job pods must not get an Istio sidecar",
        description: 'The `webhook-cert-create` and `webhook-cert-patch` hooks are Jobs. With a classic Istio sidecar they ' +
            'never complete, so installs and upgrades hang. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: "the operator's webhook certificate Jobs get an Istio sidecar that never exits and installs hang",
        remediation: 'Set `testkube-operator.webhook.patch.podAnnotations."sidecar.istio.io/inject"` to the string ' +
            '`"false"`, or leave the (deprecated) operator disabled with `testkube-operator.enabled: false`.',
        toolAction: FIX_INJECT,
        guideSection: 'Disable Istio for Operator Hooks',
        chartFacts: [
            'From chart 2.1.239 the umbrella default is `testkube-operator.enabled: false`, and the webhook Jobs render only when the operator is enabled (kubeshop/helm-charts 5f88936e).',
            'So the rule applies up to 2.1.238 unless the operator is disabled explicitly, and to any version where `testkube-operator.enabled` is true.'
        ],
        requirements: [
            {
                path: `testkube-operator.webhook.patch.podAnnotations.${INJECT}`,
                predicate: INJECT_FALSE,
                annotation: true
            }
        ],
        gate: {
            path: 'testkube-operator.enabled',
            reason: 'false: the webhook Jobs are not rendered, the rule does not apply; true: it applies to any chart version; unset: the chart default decides, so the version range applies'
        }
    },
    {
        code: 'TKI006',
        name: 'TestWorkflowPodsInjected',
        category: 'check',
        chart: 'testkube',
        versions: '>=1.17.22',
        level: 'error',
        title: 'Test Workflow pods must not get an Istio sidecar (global template)',
        description: 'Every Test Workflow execution runs in a pod that must finish. A global Test Workflow template that ' +
            'annotates those pods with `sidecar.istio.io/inject: "false"` keeps the classic sidecar out; without ' +
            'it executions never complete. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: 'Test Workflow execution pods get an Istio sidecar that never exits and executions never complete',
        remediation: 'Enable the global template with `global.testWorkflows.globalTemplate.enabled: true` and set ' +
            '`global.testWorkflows.globalTemplate.spec.pod.annotations."sidecar.istio.io/inject"` to the string ' +
            '`"false"`. For agents connected to a Control Plane (Testkube 2.7+), also set ' +
            '`global.testWorkflows.globalTemplate.inline: true` (chart 2.1.133+), so the template is not looked up ' +
            'in the Control Plane.',
        toolAction: FIX_FLAGS,
        guideSection: 'Define a Global Test Workflows Template',
        chartFacts: [
            '`global.testWorkflows.globalTemplate` exists from chart 1.17.22 (kubeshop/helm-charts 03715901).',
            'The chart default is `enabled: false`; `spec.pod.annotations` become the annotations of every execution pod.',
            'Under `testkube-enterprise` the agent is the `testkube-agent` dependency, and an umbrella chart’s top-level `global` wins over the dependency’s own `global` (Helm coalesces globals parent first).'
        ],
        requirements: [
            {
                path: 'global.testWorkflows.globalTemplate.enabled',
                predicate: { kind: 'bool-equals', value: true },
                annotation: false
            },
            {
                path: `global.testWorkflows.globalTemplate.spec.pod.annotations.${INJECT}`,
                predicate: INJECT_FALSE,
                annotation: true
            }
        ]
    },
    {
        code: 'TKI007',
        name: 'CloudApiNotHeldForProxy',
        category: 'check',
        chart: 'testkube-enterprise',
        versions: null,
        level: 'error',
        title: 'The Control Plane API must wait for the Istio proxy',
        description: 'Without `holdApplicationUntilProxyStarts`, the API container can start before its Istio proxy is ' +
            'ready; its first connections fail and the API pods fail on restart. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: 'the Control Plane API can start before its Istio proxy is ready and fail on restart',
        remediation: 'Set `testkube-cloud-api.podAnnotations."proxy.istio.io/config"` to a string holding ' +
            '`{"holdApplicationUntilProxyStarts": true}`, keeping any other proxy settings in it, or enable ' +
            '`holdApplicationUntilProxyStarts` mesh-wide.',
        toolAction: FIX_HOLD,
        guideSection: "Hold the API Server Until Istio's Proxy Is Ready",
        chartFacts: [
            '`testkube-cloud-api.podAnnotations` goes, through `toYaml` and unquoted, into the API Deployment and the database migrations Job.',
            'The annotation must stay a string: a YAML map under `proxy.istio.io/config` is rejected by Kubernetes.'
        ],
        requirements: [
            {
                path: `testkube-cloud-api.podAnnotations.${PROXY_CONFIG}`,
                predicate: { kind: 'proxy-config-hold' },
                annotation: true
            }
        ]
    },
    {
        code: 'TKI008',
        name: 'WorkerServiceNotHeldForProxy',
        category: 'check',
        chart: 'testkube-enterprise',
        versions: null,
        level: 'error',
        title: 'The worker service must wait for the Istio proxy',
        description: 'Without `holdApplicationUntilProxyStarts`, the worker service can start before its Istio proxy is ' +
            'ready; its first connections fail and the pods fail on restart. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: 'the worker service can start before its Istio proxy is ready and fail on restart',
        remediation: 'Set `testkube-worker-service.podAnnotations."proxy.istio.io/config"` to a string holding ' +
            '`{"holdApplicationUntilProxyStarts": true}`, keeping any other proxy settings in it, or enable ' +
            '`holdApplicationUntilProxyStarts` mesh-wide.',
        toolAction: FIX_HOLD,
        guideSection: "Hold the Worker Service Until Istio's Proxy Is Ready",
        chartFacts: [
            '`testkube-worker-service.podAnnotations` goes, through `toYaml` and unquoted, into the worker service Deployment.',
            'The annotation must stay a string: a YAML map under `proxy.istio.io/config` is rejected by Kubernetes.'
        ],
        requirements: [
            {
                path: `testkube-worker-service.podAnnotations.${PROXY_CONFIG}`,
                predicate: { kind: 'proxy-config-hold' },
                annotation: true
            }
        ]
    },
    {
        code: 'TKI009',
        name: 'RunnerWorkflowPodsInjected',
        category: 'check',
        chart: 'testkube-runner',
        versions: null,
        level: 'error',
        title: 'Test Workflow pods of a runner agent must not get an Istio sidecar (global template)',
        description: 'The `testkube-runner` agent runs Test Workflow executions in pods that must finish. Its global ' +
            'template must be enabled, given inline (or by name), and annotate the pods with ' +
            '`sidecar.istio.io/inject: "false"`. The chart refuses to render `enabled: true` with neither `inline` ' +
            'nor `name`. ' +
            NATIVE_SIDECARS_NOTE,
        consequence: "the runner's Test Workflow execution pods get an Istio sidecar that never exits and executions never complete",
        remediation: 'Set `globalTemplate.enabled: true`, `globalTemplate.inline: true` and ' +
            '`globalTemplate.spec.pod.annotations."sidecar.istio.io/inject"` to the string `"false"`.',
        toolAction: FIX_FLAGS,
        guideSection: 'Define a Global Test Workflows Template',
        chartFacts: [
            'The current guide targets `testkube-runner` with `globalTemplate.inline: true` (kubeshop/testkube-docs 6857ef53).',
            'A template referenced by `name` instead is looked up in the Control Plane for connected agents; it still satisfies the rule.'
        ],
        requirements: [
            {
                path: 'globalTemplate.enabled',
                predicate: { kind: 'bool-equals', value: true },
                annotation: false
            },
            {
                path: 'globalTemplate.inline',
                predicate: { kind: 'true-or-set', orSet: 'globalTemplate.name' },
                annotation: false
            },
            { path: `globalTemplate.spec.pod.annotations.${INJECT}`, predicate: INJECT_FALSE, annotation: true }
        ]
    },
    {
        code: 'TKI010',
        name: 'AnnotationNotString',
        category: 'check',
        chart: null,
        versions: null,
        level: 'error',
        title: 'An annotation value the rules check must be a string',
        description: 'Kubernetes annotation values are strings, and no Testkube template quotes them. A YAML boolean ' +
            '(`false`, and in YAML 1.1, which Helm reads, also `no` and `off`), a number or a map makes Kubernetes ' +
            'reject the Deployment or Job ("cannot unmarshal bool into Go struct field ObjectMeta… of type string"). ' +
            'In an inline global Test Workflow template the agent silently drops the whole template instead. It ' +
            'applies wherever the rule the value belongs to applies, and replaces that rule’s finding.',
        consequence: 'Kubernetes rejects a non-string annotation value, and the agent silently drops an inline global template holding one',
        remediation: 'Quote the value: `sidecar.istio.io/inject: "false"`; write `proxy.istio.io/config` as a one-line ' +
            'JSON string. In `--set` form use `--set-string`, Argo CD `forceString: true` or helmfile `setString`.',
        toolAction: 'The tool rewrites the value as a quoted string (a `proxy.istio.io/config` map becomes one-line JSON, with ' +
            '`holdApplicationUntilProxyStarts: true` added), and sets `forceString: true` on an Argo CD parameter.',
        guideSection: 'Configurations for Istio Installations Without Native Sidecars',
        chartFacts: [
            'Helm renders these annotations with `toYaml`, which keeps a boolean unquoted; `--set` turns `false` into a boolean too.'
        ],
        requirements: [],
        example: {
            wrong: 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: false\n',
            right: 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "false"\n'
        }
    },
    {
        code: 'TKI100',
        name: 'NativeSidecarsOn',
        category: 'environment',
        chart: null,
        versions: null,
        level: 'note',
        title: 'Istio native sidecars are on: the sidecar rules are not needed',
        description: 'With native sidecars (Kubernetes 1.28+ with the SidecarContainers feature, Istio 1.19+ with ' +
            '`ENABLE_NATIVE_SIDECARS`, or per pod with `sidecar.istio.io/nativeSidecar: "true"`), the proxy starts ' +
            'before and exits after the workload, so Jobs complete and the hold setting is moot. Testkube has been ' +
            'verified with native sidecars.',
        consequence: 'the Istio rules are not needed for this release',
        remediation: 'Nothing to do. Keep native sidecars on; the guide recommends them.',
        toolAction: 'The tool reports this once per release, with the evidence it found (an IstioOperator or istiod values ' +
            'file, the `native-sidecars` setting, or pod annotations), and skips the rules for that release.',
        guideSection: 'Using Istio',
        chartFacts: [],
        requirements: []
    },
    {
        code: 'TKI101',
        name: 'AmbientMode',
        category: 'environment',
        chart: null,
        versions: null,
        level: 'note',
        title: "The release's namespace runs in Istio ambient mode",
        description: 'In ambient mode (`istio.io/dataplane-mode: ambient`) no sidecar is injected, so the sidecar rules do ' +
            'not apply. Testkube calls this combination unverified.',
        consequence: 'no sidecar is injected and Testkube has not verified this combination',
        remediation: 'Nothing to fix in the values. Test the installation in ambient mode, or use native sidecars, which ' +
            'Testkube has verified.',
        toolAction: 'The tool reports this once per release instead of the sidecar rules.',
        guideSection: 'Compatibility with Istio',
        chartFacts: [],
        requirements: []
    },
    {
        code: 'TKI102',
        name: 'ValueNotCheckable',
        category: 'environment',
        chart: null,
        versions: null,
        level: 'warning',
        title: 'A value a rule needs cannot be checked or fixed',
        description: 'The value is templated (`{{ }}`, `${ }`), or comes from a place the tool cannot read or must not ' +
            'write: a Secret, a file outside the repository, a remote chart’s own values. The tool checks what it ' +
            'can and never patches such a place.',
        consequence: 'the tool cannot tell whether the rule holds',
        remediation: 'Check by hand that the value renders as the rule needs, or move it to a values block in the repository.',
        toolAction: 'The tool reports a warning that names the rule, the key and where it comes from; it never writes there.',
        guideSection: null,
        chartFacts: [],
        requirements: []
    },
    {
        code: 'TKI900',
        name: 'FileNotReadable',
        category: 'tool',
        chart: null,
        versions: null,
        level: 'warning',
        title: 'A file could not be read or parsed',
        description: 'A file that may declare a Testkube release or its values could not be read or parsed. The run goes ' +
            'on without it, so releases or values in it are not checked.',
        consequence: 'releases and values in the file are not checked',
        remediation: 'Fix the file (the message gives the reason and the line), or exclude it from the scan.',
        toolAction: 'The tool reports the file, the line and the reason, and goes on with the other files.',
        guideSection: null,
        chartFacts: [],
        requirements: []
    }
];
const BY_CODE = new Map(RULES.map(r => [r.code, r]));
function getRule(code) {
    const rule = BY_CODE.get(code);
    if (!rule)
        throw new Error(`unknown rule ${code}`);
    return rule;
}
function findRule(code) {
    return BY_CODE.get(code);
}
/** The rules that check a chart's values (they have requirements). */
function checksForChart(chart) {
    return RULES.filter(r => r.chart === chart && r.requirements.length > 0);
}

;// CONCATENATED MODULE: ./src/rules/predicates.ts
/**
 * The predicate kinds of the catalogue, evaluated on an effective value. Pure functions: the judge resolves the
 * value, these say whether it holds and what a fix writes.
 */




/**
 * @param value the effective value (undefined when not defined)
 * @param orSetValue for `true-or-set`, the effective value of the alternative key
 */
function evaluate(req, value, orSetValue) {
    const p = req.predicate;
    if (value === undefined || value === null) {
        if (p.kind === 'true-or-set' && isSetString(orSetValue))
            return 'ok';
        return 'missing';
    }
    if (satisfies(p, value, orSetValue))
        return 'ok';
    if (req.annotation && typeof value !== 'string')
        return 'wrong-type';
    if (isTemplatedValue(value))
        return 'templated';
    return 'wrong';
}
function satisfies(p, value, orSetValue) {
    switch (p.kind) {
        case 'string-equals':
            return value === p.value;
        case 'bool-equals':
            return value === p.value;
        case 'true-or-set':
            return value === true || isSetString(orSetValue);
        case 'proxy-config-hold':
            return typeof value === 'string' && proxyConfigHolds(value);
    }
}
function isSetString(v) {
    return typeof v === 'string' && v.trim() !== '';
}
/**
 * The settings in a `proxy.istio.io/config` string: JSON, or YAML (read as YAML 1.1, like Istio's Go parser).
 * An empty string is no settings; null when the text is not a map.
 */
function parseProxyConfig(text) {
    if (text.trim() === '')
        return {};
    try {
        const json = JSON.parse(text);
        return isPlainObject(json) ? json : null;
    }
    catch {
        // not JSON: try YAML
    }
    try {
        const yaml = (0,dist/* parse */.qg)(text, { version: '1.1', prettyErrors: false });
        return isPlainObject(yaml) ? yaml : null;
    }
    catch {
        return null;
    }
}
function proxyConfigHolds(text) {
    const settings = parseProxyConfig(text);
    return settings !== null && settings[HOLD_SETTING] === true;
}
/** The one-line JSON a fix writes: the existing settings (a string or, for TKI010, a map), then the hold. */
function mergedProxyConfig(existing) {
    let settings = {};
    if (typeof existing === 'string') {
        const parsed = parseProxyConfig(existing);
        if (parsed === null)
            return null;
        settings = parsed;
    }
    else if (isPlainObject(existing)) {
        settings = existing;
    }
    // The hold goes last, as the fixer writes it (src/fix: mergeMoveToEnd).
    const rest = Object.fromEntries(Object.entries(settings).filter(([k]) => k !== HOLD_SETTING));
    return JSON.stringify({ ...rest, [HOLD_SETTING]: true });
}
/** The value a fix writes for a requirement, given the current effective value; null when none can be built. */
function fixValue(req, current) {
    const p = req.predicate;
    switch (p.kind) {
        case 'string-equals':
        case 'bool-equals':
            return p.value;
        case 'true-or-set':
            return true;
        case 'proxy-config-hold':
            return mergedProxyConfig(current);
    }
}
/** The value a rule expects, for findings (`expected`) and docs. */
function expectedValue(req) {
    return fixValue(req, undefined);
}

// EXTERNAL MODULE: ./node_modules/semver/ranges/intersects.js
var intersects = __nccwpck_require__(3465);
var intersects_default = /*#__PURE__*/__nccwpck_require__.n(intersects);
// EXTERNAL MODULE: ./node_modules/semver/functions/satisfies.js
var functions_satisfies = __nccwpck_require__(8011);
var satisfies_default = /*#__PURE__*/__nccwpck_require__.n(functions_satisfies);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __nccwpck_require__(8780);
var valid_default = /*#__PURE__*/__nccwpck_require__.n(valid);
// EXTERNAL MODULE: ./node_modules/semver/ranges/valid.js
var ranges_valid = __nccwpck_require__(4737);
var ranges_valid_default = /*#__PURE__*/__nccwpck_require__.n(ranges_valid);
;// CONCATENATED MODULE: ./src/rules/versions.ts
/**
 * Does a rule's chart-version range apply to a release's declared chart version?
 *
 * - A pinned version (`2.1.50`, `v2.1.50`) is compared exactly, prereleases included: `2.5.0-rc.0` is below
 *   `2.5.0`, so a `<2.5.0` rule applies to it (the release candidate predates the release).
 * - A range (`2.2.x`, `~2.4.0`, `>=1.0.0`, `*`) applies the rule when it intersects the rule's range. Ranges are
 *   compared without prereleases unless the range names one (Helm's constraint semantics): `2.5.x` does not
 *   reach `2.5.0-rc.0`, `>=2.5.0-rc.0` does.
 * - No version, a templated one or anything else semver cannot read: every rule of the chart applies (that is
 *   the guide's full list).
 */
// The functions one by one: semver's index loads every module of the package, a few ms of each run's start-up.




function classifyVersion(declared) {
    if (declared === null || declared === undefined)
        return { kind: 'unknown', raw: null };
    const raw = declared.trim();
    if (raw === '' || raw.includes('{{') || raw.includes('${'))
        return { kind: 'unknown', raw: declared };
    const pinned = valid_default()(raw, { loose: true });
    if (pinned)
        return { kind: 'pinned', version: pinned };
    try {
        const range = ranges_valid_default()(raw);
        if (range)
            return { kind: 'range', range };
    }
    catch {
        // fall through: not a range semver understands
    }
    return { kind: 'unknown', raw: declared };
}
/** Answers by rule range and declared version: semver parses both on every call, and a scan asks again and again. */
const answers = new Map();
/** `ruleRange` null = the rule applies to every version. */
function versionApplies(ruleRange, declared) {
    if (ruleRange === null)
        return true;
    const key = `${ruleRange}\u0000${declared ?? '\u0000'}`;
    let answer = answers.get(key);
    if (answer === undefined) {
        answer = decideVersion(ruleRange, declared);
        answers.set(key, answer);
    }
    return answer;
}
function decideVersion(ruleRange, declared) {
    const v = classifyVersion(declared);
    switch (v.kind) {
        case 'unknown':
            return true;
        case 'pinned':
            return satisfies_default()(v.version, ruleRange, { includePrerelease: true });
        case 'range':
            return intersects_default()(v.range, ruleRange);
    }
}

;// CONCATENATED MODULE: ./src/values/display.ts
/**
 * A value as a person reads it, the same in the judge's messages and in the reports: strings quoted (so `"false"`
 * and `false` differ), unset said so (a YAML null is unset for Helm too).
 */
function formatValue(value, max = 100) {
    if (value === undefined || value === null)
        return 'not set';
    let text;
    try {
        // A string holding double quotes (a proxy config's JSON) reads better single-quoted, as YAML writes it.
        if (typeof value === 'string' && value.includes('"') && !value.includes("'"))
            text = `'${value}'`;
        else
            text = JSON.stringify(value) ?? String(value);
    }
    catch {
        text = String(value);
    }
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/engine/merge.ts

function isOpaque(layer) {
    return !layer.sets && layer.values === null;
}
/** Which layer wins `path`, and with what value. */
function resolve(layers, path) {
    // The value at `path` after each layer, plus how it got there. `floor` is the last layer that decided the
    // path; opaque layers at or below it cannot matter any more.
    let state = undefined;
    let layerIndex = null;
    let entry = null;
    let via = null;
    let blockedBy = null;
    let floor = -1;
    const opaque = [];
    const decide = (i, step, e) => {
        floor = i;
        state = step.state;
        if (step.via === null) {
            // A parent map replaced the scalar that cut the path off: the path is simply undefined again.
            layerIndex = null;
            entry = null;
            via = null;
            blockedBy = null;
            return;
        }
        layerIndex = i;
        entry = e;
        via = step.via;
        blockedBy = step.blockedBy ?? null;
    };
    layers.forEach((layer, i) => {
        if (layer.sets) {
            for (const e of layer.sets) {
                const step = applySetAt(state, path, e, blockedBy);
                if (step)
                    decide(i, step, e);
            }
            return;
        }
        if (layer.values === null) {
            opaque.push(i);
            return;
        }
        const step = applyTreeAt(state, path, layer.values, blockedBy);
        if (step)
            decide(i, step, null);
    });
    const opaqueAbove = opaque.filter(i => i > floor);
    const defined = state !== undefined && state !== null;
    return {
        defined,
        value: defined ? state : undefined,
        layerIndex,
        entry,
        via,
        blockedBy,
        opaqueAbove,
        shadowedByOpaque: opaqueAbove.length > 0
    };
}
/** Merge a tree layer over the value at `path`; null when the layer does not touch the path. */
function applyTreeAt(state, path, values, blocked) {
    if (path.length === 0)
        return { state: mergeOver(state, values), via: 'path' };
    let node = values;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        if (!Object.prototype.hasOwnProperty.call(node, key)) {
            // The layer has maps down to depth i. If a lower layer cut the path off at or above that depth, this
            // map replaces that scalar and the path is undefined again.
            if (blocked && blocked.path.length <= i)
                return { state: undefined, via: null };
            return null;
        }
        const v = node[key];
        if (i === path.length - 1) {
            if (v === null)
                return { state: undefined, via: 'path' };
            return { state: mergeOver(state, v), via: 'path' };
        }
        if (!isPlainObject(v))
            return { state: undefined, via: 'ancestor', blockedBy: { path: path.slice(0, i + 1), value: v } };
        node = v;
    }
    return null;
}
/** Apply one `--set` entry to the value at `path`; null when the entry does not touch the path. */
function applySetAt(state, path, e, blocked) {
    const q = e.path;
    const common = commonPrefix(q, path);
    if (common === q.length && common === path.length) {
        return { state: isPlainObject(e.value) ? stripNulls(e.value) : (e.value ?? undefined), via: 'path' };
    }
    if (common === q.length) {
        // A parent of the path: its value replaces the subtree; look the rest of the path up inside it.
        let node = e.value;
        for (let i = q.length; i < path.length; i++) {
            if (!isPlainObject(node))
                return {
                    state: undefined,
                    via: 'ancestor',
                    blockedBy: { path: path.slice(0, i), value: node ?? null }
                };
            if (!Object.prototype.hasOwnProperty.call(node, path[i]))
                return { state: undefined, via: 'ancestor' };
            node = node[path[i]];
        }
        return { state: isPlainObject(node) ? stripNulls(node) : (node ?? undefined), via: 'ancestor' };
    }
    if (common === path.length) {
        // A child of the path: the path becomes (or stays) a map holding it.
        const base = isPlainObject(state) ? state : {};
        return { state: setIn(base, q.slice(path.length), e.value), via: 'descendant' };
    }
    // Diverges below depth `common`: it creates maps down to there, replacing a scalar that cut the path off.
    if (blocked && blocked.path.length <= common)
        return { state: undefined, via: null };
    return null;
}
function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return i;
}
/** Helm's merge of one value over another: maps merge, anything else replaces; nulls delete. */
function mergeOver(base, over) {
    if (over === null)
        return undefined;
    if (!isPlainObject(over))
        return over;
    if (!isPlainObject(base))
        return stripNulls(over);
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        if (v === null) {
            delete out[k];
            continue;
        }
        const merged = mergeOver(out[k], v);
        if (merged === undefined)
            delete out[k];
        else
            out[k] = merged;
    }
    return out;
}
/** A copy of a map without null values (at any depth). */
function stripNulls(tree) {
    const out = {};
    for (const [k, v] of Object.entries(tree)) {
        if (v === null)
            continue;
        out[k] = isPlainObject(v) ? stripNulls(v) : v;
    }
    return out;
}
/**
 * A copy of `tree` with `path` set to `value` like `--set` does: missing or non-map parents become maps, a
 * null value deletes the key. The input is not changed.
 */
function setIn(tree, path, value) {
    if (path.length === 0)
        return isPlainObject(value) ? stripNulls(value) : {};
    const [key, ...rest] = path;
    const out = { ...tree };
    if (rest.length === 0) {
        if (value === null || value === undefined)
            delete out[key];
        else
            out[key] = isPlainObject(value) ? stripNulls(value) : value;
        return out;
    }
    const child = out[key];
    out[key] = setIn(isPlainObject(child) ? child : {}, rest, value);
    return out;
}
/** The whole effective values tree (opaque layers contribute nothing). */
function effectiveTree(layers) {
    let tree = {};
    for (const layer of layers) {
        if (layer.sets) {
            for (const e of layer.sets)
                tree = setIn(tree, e.path, e.value);
            continue;
        }
        if (layer.values === null)
            continue;
        tree = mergeOver(tree, layer.values);
    }
    return tree;
}

;// CONCATENATED MODULE: ./src/engine/judge.ts







function judgeRelease(release) {
    if (release.chart === 'istiod')
        return { findings: [], edits: [], editOf: new Map() };
    const mode = release.mesh?.mode ?? 'sidecar';
    if (mode === 'native-sidecars')
        return { findings: [meshNote(release, 'TKI100')], edits: [], editOf: new Map() };
    if (mode === 'ambient')
        return { findings: [meshNote(release, 'TKI101')], edits: [], editOf: new Map() };
    const layers = release.layers;
    const results = [];
    let applicable = 0;
    let nativeOnly = 0;
    for (const scope of judgedScopes(release)) {
        for (const rule of RULES) {
            if (rule.chart !== scope.chart || rule.requirements.length === 0)
                continue;
            if (!ruleApplies(rule, scope, layers))
                continue;
            applicable++;
            let failed = false;
            let native = false;
            for (const req of rule.requirements) {
                const outcome = judgeRequirement(release, scope, rule, req);
                if (outcome === 'ok')
                    continue;
                if (outcome === 'native') {
                    native = true;
                    continue;
                }
                failed = true;
                results.push(outcome);
            }
            if (native && !failed)
                nativeOnly++;
        }
    }
    if (applicable > 0 && nativeOnly === applicable) {
        const rule = getRule('TKI100');
        results.push({
            finding: note(release, 'TKI100', { file: release.file, line: release.line }, `${rule.title} (every pod annotation map the rules check sets ${NATIVE_SIDECAR_ANNOTATION}: "true").`)
        });
    }
    results.sort((a, b) => compare(a.finding, b.finding));
    const findings = results.map(r => r.finding);
    // Findings that need the same key written share one edit: the first planned for it.
    const kept = new Map();
    const edits = [];
    const editOf = new Map();
    for (const r of results) {
        if (!r.edit)
            continue;
        const key = JSON.stringify([r.edit.target, r.edit.path]);
        let edit = kept.get(key);
        if (!edit) {
            edit = r.edit;
            kept.set(key, edit);
            edits.push(edit);
        }
        editOf.set(r.finding, edit);
    }
    return { findings, edits, editOf };
}
function compare(a, b) {
    if (a.releaseId !== b.releaseId)
        return a.releaseId < b.releaseId ? -1 : 1;
    if (a.ruleId !== b.ruleId)
        return a.ruleId < b.ruleId ? -1 : 1;
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
// ---------------------------------------------------------------------------------------------------------
// Scopes and applicability
/**
 * The chart scopes the judge looks at: the declared ones (or one derived from the release), each embedded
 * agent of a `testkube-enterprise` scope, minus the scopes whose enabling flag is off.
 */
function judgedScopes(release) {
    if (release.chart === 'istiod')
        return [];
    const declared = release.scopes.length > 0
        ? release.scopes
        : [{ chart: release.chart, version: release.chartVersion, prefix: release.valuesPrefix }];
    const out = [];
    const seen = new Set();
    const add = (scope) => {
        if (seen.has(scope.prefix))
            return;
        seen.add(scope.prefix);
        if (!scopeEnabled(release.layers, scope))
            return;
        out.push(scope);
        if (scope.chart === 'testkube-enterprise')
            add(embeddedAgent(scope));
    };
    declared.forEach(add);
    return out;
}
/** The `testkube` chart embedded in `testkube-enterprise` under the alias `testkube-agent` (off by default). */
function embeddedAgent(enterprise) {
    return {
        chart: 'testkube',
        prefix: `${enterprise.prefix === '' || enterprise.prefix.endsWith('.') ? enterprise.prefix : `${enterprise.prefix}.`}testkube-agent.`,
        version: null,
        enabledBy: {
            path: [...prefixKeys(enterprise.prefix), 'testkube-agent', 'enabled'],
            defaultEnabled: false
        }
    };
}
/**
 * Helm evaluates a condition only when it is a boolean; a non-boolean (a template, a string) is ignored and
 * the chart stays enabled, so it is judged.
 */
function scopeEnabled(layers, scope) {
    if (!scope.enabledBy)
        return true;
    const r = resolve(layers, scope.enabledBy.path);
    if (!r.defined)
        return scope.enabledBy.defaultEnabled;
    return typeof r.value === 'boolean' ? r.value : true;
}
function ruleApplies(rule, scope, layers) {
    if (rule.gate) {
        const gate = resolveKey(layers, scope.prefix, rule.gate.path).res;
        if (gate.value === false)
            return false;
        if (gate.value === true)
            return true;
    }
    return versionApplies(rule.versions, scope.version);
}
/**
 * A `--set` path as keys, split once: the judge resolves the same few rule paths under the same few prefixes for
 * every release, and splitting is most of a lookup's cost. Callers copy before they change the keys.
 */
const splitKeys = new Map();
function keysOf(setPath) {
    let keys = splitKeys.get(setPath);
    if (!keys) {
        keys = splitSetPath(setPath).map(String);
        splitKeys.set(setPath, keys);
    }
    return keys;
}
function prefixKeys(prefix) {
    return prefix === '' ? [] : keysOf(prefix);
}
/**
 * Where a rule key can be set, highest precedence first. For `global.*` keys every enclosing chart's own
 * `global` is a candidate, outermost first (Helm copies parent globals down and the parent's copy wins).
 */
function candidatePaths(prefix, rulePath) {
    const scopeKeys = prefixKeys(prefix);
    const rel = keysOf(rulePath);
    if (rel[0] !== 'global')
        return [[...scopeKeys, ...rel]];
    const out = [];
    for (let k = 0; k <= scopeKeys.length; k++)
        out.push([...scopeKeys.slice(0, k), ...rel]);
    return out;
}
/** Resolve a rule key: the outermost candidate that is defined wins; else the scope's own path. */
function resolveKey(layers, prefix, rulePath) {
    return resolveCandidates(layers, candidatePaths(prefix, rulePath));
}
function resolveCandidates(layers, candidates) {
    for (const path of candidates.slice(0, -1)) {
        const res = resolve(layers, path);
        if (res.defined)
            return { path, res };
    }
    const path = candidates[candidates.length - 1];
    return { path, res: resolve(layers, path) };
}
function judgeRequirement(release, scope, rule, req) {
    const layers = release.layers;
    const { path, res } = resolveKey(layers, scope.prefix, req.path);
    const orSet = orSetValue(layers, scope.prefix, req);
    let verdict = evaluate(req, res.value, orSet);
    if (verdict === 'ok')
        return 'ok';
    if (verdict !== 'wrong-type' && req.annotation && nativeSidecarOn(layers, scope.prefix, req.path))
        return 'native';
    if (verdict === 'missing' && res.blockedBy && isTemplatedValue(res.blockedBy.value))
        verdict = 'templated';
    const display = joinSetPath(path);
    const winner = res.layerIndex !== null ? layers[res.layerIndex] : null;
    const expected = fixValue(req, res.value) ?? expectedValue(req);
    const actual = shownValue(res, winner);
    const base = { releaseId: release.id, path: display, expected, actual };
    const orSetPath = req.predicate.kind === 'true-or-set'
        ? joinSetPath(resolveKey(layers, scope.prefix, req.predicate.orSet).path)
        : undefined;
    const state = stateText(req, res, winner, orSetPath);
    if (verdict === 'templated') {
        const where = winner ? ` in ${winner.label}` : '';
        const what = res.blockedBy
            ? `${display} cannot be checked: ${joinSetPath(res.blockedBy.path)} is templated${where}`
            : `${display} is templated${where}, so ${rule.code} cannot check it`;
        return {
            finding: {
                ...base,
                ruleId: 'TKI102',
                level: levelOf('TKI102'),
                ...declared(release),
                fixable: false,
                message: `${what}. Make sure it renders as ${show(expected)}.`
            }
        };
    }
    if (verdict === 'wrong-type') {
        const tki010 = getRule('TKI010');
        const plan = winner?.readOnlyReason
            ? { ok: false, why: readOnlyWhy(winner) }
            : planFix(release, scope, req, path, res, 'TKI010');
        const head = `${display} is ${judge_describe(res.value)}${winner ? ` in ${winner.label}` : ''}, not a string: ${tki010.consequence}.`;
        return withPlan(release, plan, {
            ...base,
            ruleId: 'TKI010',
            level: tki010.level,
            message: plan.ok
                ? `${head} Write it as ${show(expected)}${sameLayer(plan, res) ? '' : ` in ${layers[plan.layerIndex].label}`} (${rule.code}).`
                : `${head} Write it as ${show(expected)} by hand (${rule.code}): ${plan.why}.`
        });
    }
    // missing or wrong
    if (winner?.readOnlyReason) {
        return {
            finding: {
                ...base,
                ruleId: 'TKI102',
                level: levelOf('TKI102'),
                ...declared(release),
                fixable: false,
                message: `${display} ${state}, which the tool does not edit (${winner.readOnlyReason}); ` +
                    `${rule.code} needs ${show(expected)}.`
            }
        };
    }
    const plan = planFix(release, scope, req, path, res, rule.code);
    if (!plan.ok) {
        const hidden = relevantOpaque(layers, res.opaqueAbove);
        if (hidden.length > 0) {
            const layer = layers[hidden[hidden.length - 1]];
            return {
                finding: {
                    ...base,
                    ruleId: 'TKI102',
                    level: levelOf('TKI102'),
                    ...declared(release),
                    fixable: false,
                    message: `${display} ${state}, and ${layer.label} may set it but cannot be read` +
                        ` (${opaqueReason(layer)}); ${rule.code} needs ${show(expected)}.`
                }
            };
        }
    }
    const head = `${display} ${state}, so ${rule.consequence}.`;
    let action;
    if (!plan.ok)
        action = `Set it to ${show(expected)} by hand: ${plan.why}.`;
    else if (plan.edit.op === 'merge-proxy-config' && res.defined)
        action = `Add ${HOLD_SETTING}: true to it (other settings are kept).`;
    else if (sameLayer(plan, res))
        action = `Set it to ${show(expected)} there.`;
    else
        action = `Set it to ${show(expected)} in ${layers[plan.layerIndex].label}.`;
    return withPlan(release, plan, {
        ...base,
        ruleId: rule.code,
        level: rule.level,
        message: `${head} ${action}`
    });
}
function orSetValue(layers, prefix, req) {
    if (req.predicate.kind !== 'true-or-set')
        return undefined;
    return resolveKey(layers, prefix, req.predicate.orSet).res.value;
}
/** `sidecar.istio.io/nativeSidecar: "true"` in the annotation map that holds the requirement's key. */
function nativeSidecarOn(layers, prefix, rulePath) {
    const keys = keysOf(rulePath);
    const mapPath = joinSetPath(keys.slice(0, -1));
    const native = resolveKey(layers, prefix, `${mapPath}.${joinSetPath([NATIVE_SIDECAR_ANNOTATION])}`).res;
    return native.value === 'true';
}
function planFix(release, scope, req, path, res, ruleId) {
    const layers = release.layers;
    const value = fixValue(req, res.value);
    if (value === null)
        return {
            ok: false,
            why: `its content is neither JSON nor YAML settings, so ${HOLD_SETTING} cannot be added`
        };
    // 1. The layer that already sets the key, when the tool may write there.
    let index = null;
    let editPath = path;
    const w = res.layerIndex !== null ? layers[res.layerIndex] : null;
    if (w && res.layerIndex !== null && w.target && !w.readOnlyReason) {
        if (w.sets) {
            if (res.via === 'path' && res.entry && w.target.type === 'set-list') {
                // A helmfile `set` entry passes its value through Helm's --set parser, so a quoted "false" is still the
                // boolean false: only `setString` entries (forceString) can hold a string. helmfile applies `set` after
                // every values file, so no other layer can hold the fix either.
                if (w.target.style === 'helmfile' && typeof value === 'string' && !res.entry.forceString)
                    return {
                        ok: false,
                        why: `${w.label} sets ${joinSetPath(res.entry.path)} through Helm's --set parser, which reads "false" as a boolean; move the entry to setString`
                    };
                index = res.layerIndex;
                editPath = res.entry.path;
            }
        }
        else if (w.target.type !== 'set-list' && (res.via === 'path' || res.blockedBy?.value === null)) {
            index = res.layerIndex;
        }
    }
    // 2. Else the layer the reader chose for new keys.
    if (index === null) {
        const add = layers.findIndex(l => l.addTarget &&
            l.target &&
            l.target.type !== 'set-list' &&
            !l.readOnlyReason &&
            !l.sets &&
            l.values !== null);
        if (add >= 0)
            index = add;
    }
    if (index === null) {
        return {
            ok: false,
            why: w && res.via === 'path'
                ? `${w.label} sets it and the tool cannot edit it there, and there is no values block to add it to`
                : 'the release has no values block the tool may write to'
        };
    }
    const layer = layers[index];
    const target = layer.target;
    if (!target)
        return { ok: false, why: 'the release has no values block the tool may write to' };
    let op = 'set';
    let editValue = value;
    let forceString;
    if (layer.sets) {
        if (req.predicate.kind === 'proxy-config-hold')
            return {
                ok: false,
                why: `it is set by a --set parameter in ${layer.label}, and Helm's --set parser reads {…} as a list; move it into a values block`
            };
        forceString = typeof value === 'string';
    }
    else {
        const clash = nonMapParent(layer.values ?? {}, editPath);
        if (clash)
            return {
                ok: false,
                why: `${joinSetPath(clash.path)} is ${describeKind(clash.value)} in ${layer.label}, not a map`
            };
        // The fixer merges the hold into the string it finds (and writes the JSON style): right when the key is
        // missing, or when this layer holds the whole string. Elsewhere the full merged string is set.
        const mergeable = !res.defined || (index === res.layerIndex && res.via === 'path' && typeof res.value === 'string');
        if (req.predicate.kind === 'proxy-config-hold' && mergeable) {
            op = 'merge-proxy-config';
            editValue = { [HOLD_SETTING]: true };
        }
    }
    // 3. Verify: apply the value in memory, resolve again, check the key now holds.
    const simulated = layers.map((l, i) => (i === index ? simulateEdit(l, editPath, value, res) : l));
    const after = resolveKey(simulated, scope.prefix, req.path);
    if (evaluate(req, after.res.value, orSetValue(simulated, scope.prefix, req)) !== 'ok')
        return { ok: false, why: overriddenWhy(simulated, after.res, index) };
    const hidden = relevantOpaque(layers, layers.map((_, i) => i).filter(i => i > index && isOpaque(layers[i])));
    if (hidden.length > 0) {
        const h = layers[hidden[hidden.length - 1]];
        return {
            ok: false,
            why: `${h.label} comes after ${layer.label} and cannot be read (${opaqueReason(h)}), so the fix cannot be verified`
        };
    }
    const line = (layer.sets && res.entry ? res.entry.line : null) ??
        layer.line ??
        (target.file === release.file ? release.line : 1);
    const edit = { target, path: editPath, op, value: editValue, ruleId, releaseId: release.id };
    if (forceString !== undefined)
        edit.forceString = forceString;
    return { ok: true, edit, layerIndex: index, line };
}
function simulateEdit(layer, path, value, res) {
    if (layer.sets) {
        const entry = res.entry;
        return {
            ...layer,
            sets: layer.sets.map(e => (e === entry ? { ...e, value } : e))
        };
    }
    return { ...layer, values: setIn(layer.values ?? {}, path, value) };
}
/** A parent of `path` in a tree that holds something other than a map or null (the fix would destroy it). */
function nonMapParent(tree, path) {
    let node = tree;
    for (let i = 0; i < path.length - 1; i++) {
        if (!isPlainObject(node) || !Object.prototype.hasOwnProperty.call(node, path[i]))
            return null;
        const next = node[path[i]];
        if (next === null)
            return null;
        if (!isPlainObject(next))
            return { path: path.slice(0, i + 1), value: next };
        node = next;
    }
    return null;
}
function overriddenWhy(layers, after, edited) {
    const by = after.layerIndex;
    if (by === null || by === edited)
        return `the value would still not take effect in ${layers[edited].label}`;
    const key = after.entry
        ? joinSetPath(after.entry.path)
        : after.blockedBy
            ? joinSetPath(after.blockedBy.path)
            : null;
    const what = key ? `sets ${key}` : 'sets it';
    return `${layers[by].label} ${what} after ${layers[edited].label} and would override the fix`;
}
/** Unreadable layers that could hide a key (a remote chart's own defaults are known not to). */
function relevantOpaque(layers, indexes) {
    return indexes.filter(i => layers[i].kind !== 'chart-defaults');
}
function opaqueReason(layer) {
    return layer.readOnlyReason ?? (layer.kind === 'secret' ? 'a Secret' : 'unreadable');
}
function readOnlyWhy(layer) {
    return `${layer.label} is not edited by the tool (${layer.readOnlyReason})`;
}
function sameLayer(plan, res) {
    return plan.ok && plan.layerIndex === res.layerIndex;
}
function withPlan(release, plan, f) {
    if (!plan.ok)
        return { finding: { ...f, ...declared(release), fixable: false } };
    return { finding: { ...f, file: plan.edit.target.file, line: plan.line, fixable: true }, edit: plan.edit };
}
// ---------------------------------------------------------------------------------------------------------
// Words
function declared(release) {
    return { file: release.file, line: release.line };
}
function levelOf(code) {
    return getRule(code).level;
}
/** The checked key's value, for `actual`; nothing read from a Secret is ever shown. */
function shownValue(res, winner) {
    if (!res.defined || winner?.kind === 'secret')
        return null;
    return res.value;
}
/** "is not set", "is "true" in helm.values", "is null in values.yaml"… */
function stateText(req, res, winner, orSetPath) {
    const where = winner ? ` in ${winner.label}` : '';
    if (res.defined) {
        if (orSetPath)
            return `is ${judge_describe(res.value)}${where} and ${orSetPath} is not set`;
        if (req.predicate.kind === 'proxy-config-hold' && typeof res.value === 'string')
            return `does not set ${HOLD_SETTING}: true${where}`;
        if (winner?.kind === 'secret')
            return `is wrong${where}`;
        return `is ${judge_describe(res.value)}${where}`;
    }
    const nor = orSetPath ? ` (nor is ${orSetPath})` : '';
    if (res.blockedBy)
        return `is not set (${joinSetPath(res.blockedBy.path)} is ${describeKind(res.blockedBy.value)}${where})${nor}`;
    if (winner && res.via === 'path')
        return `is null${where}${nor}`;
    return `is not set${nor}`;
}
/** The kind of a value the tool does not own (a parent of a checked key): never its content. */
function describeKind(v) {
    if (typeof v === 'string')
        return isTemplatedValue(v) ? 'templated' : 'a string';
    if (typeof v === 'number')
        return 'a number';
    return judge_describe(v);
}
/** A checked value for people. Maps and lists are named, never printed. */
function judge_describe(v) {
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'boolean')
        return `the boolean ${v}`;
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'string')
        return isTemplatedValue(v) ? 'templated' : show(v);
    if (Array.isArray(v))
        return 'a list';
    return 'a map';
}
/** A value in a message, whole (see values/display.ts). */
function show(v) {
    return formatValue(v, Infinity);
}
function note(release, code, loc, message) {
    return {
        ruleId: code,
        level: levelOf(code),
        releaseId: release.id,
        path: '',
        expected: null,
        actual: null,
        file: loc.file,
        line: loc.line,
        fixable: false,
        message
    };
}
function meshNote(release, code) {
    const rule = getRule(code);
    const mesh = release.mesh;
    const loc = mesh?.evidence[0] ?? { file: release.file, line: release.line };
    const reason = mesh?.reason ? ` (${mesh.reason})` : '';
    const message = code === 'TKI100' ? `${rule.title}${reason}.` : `${rule.title}${reason}: ${rule.consequence}.`;
    return note(release, code, loc, message);
}

;// CONCATENATED MODULE: ./src/fix/tree.ts
function isRecord(v) {
    return (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype);
}
/**
 * A deep copy that does NOT keep shared references: yaml's toJS gives an alias the same object as its anchor,
 * and an expected tree must not change an alias's copy when the anchor's copy is set.
 */
function cloneTree(v) {
    if (Array.isArray(v))
        return v.map(x => cloneTree(x));
    if (isRecord(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            out[k] = cloneTree(x);
        return out;
    }
    return v;
}
function deepEqual(a, b) {
    if (Object.is(a, b))
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (a instanceof Date || b instanceof Date) {
        return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
    }
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((x, i) => deepEqual(x, b[i]));
    }
    if (a instanceof Map || b instanceof Map) {
        if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size)
            return false;
        return [...a].every(([k, v]) => b.has(k) && deepEqual(v, b.get(k)));
    }
    if (a instanceof Set || b instanceof Set) {
        if (!(a instanceof Set) || !(b instanceof Set) || a.size !== b.size)
            return false;
        return [...a].every(x => b.has(x));
    }
    if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
        if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b))
            return false;
        return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length)
        return false;
    const rb = b;
    return ka.every(k => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(a[k], rb[k]));
}
/** Look a node path up in a plain tree (map keys and list indexes). */
function getAt(tree, path) {
    let cur = tree;
    for (const seg of path) {
        if (typeof seg === 'number') {
            if (!Array.isArray(cur) || seg < 0 || seg >= cur.length)
                return { found: false, value: undefined };
            cur = cur[seg];
        }
        else {
            if (!isRecord(cur) || !Object.prototype.hasOwnProperty.call(cur, seg))
                return { found: false, value: undefined };
            cur = cur[seg];
        }
    }
    return { found: true, value: cur };
}
/** Set a value at a path in place, creating maps where a key is missing or null; returns the (new) root. */
function setAt(tree, path, value) {
    if (path.length === 0)
        return value;
    const root = tree == null ? {} : tree;
    let cur = root;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const last = i === path.length - 1;
        if (typeof seg === 'number') {
            if (!Array.isArray(cur))
                throw new Error(`not a list at ${path.slice(0, i).join('.')}`);
            if (last)
                cur[seg] = value;
            else
                cur = cur[seg] = cur[seg] == null ? {} : cur[seg];
        }
        else {
            if (!isRecord(cur))
                throw new Error(`not a map at ${path.slice(0, i).join('.')}`);
            if (last)
                cur[seg] = value;
            else
                cur = cur[seg] = cur[seg] == null ? {} : cur[seg];
        }
    }
    return root;
}
/** Deep-merge `patch` into `base`. Keys the patch sets move to the end, so the settings it adds read last. */
function mergeMoveToEnd(base, patch) {
    const out = {};
    for (const [k, v] of Object.entries(base))
        if (!Object.prototype.hasOwnProperty.call(patch, k))
            out[k] = v;
    for (const [k, v] of Object.entries(patch)) {
        const old = base[k];
        out[k] = isRecord(old) && isRecord(v) ? mergeMoveToEnd(old, v) : v;
    }
    return out;
}
/** True when every value of `patch` is already in `base`. */
function containsAll(base, patch) {
    return Object.entries(patch).every(([k, v]) => {
        if (!Object.prototype.hasOwnProperty.call(base, k))
            return false;
        const old = base[k];
        return isRecord(old) && isRecord(v) ? containsAll(old, v) : deepEqual(old, v);
    });
}

;// CONCATENATED MODULE: ./src/fix/text.ts
/**
 * The fixer's view of a YAML text: its documents parsed like the scanner parses them (YAML 1.1, templates masked
 * when they break the parse), offsets turned into lines and columns, text splices, and how new keys and values
 * are spelled.
 */



/** `eol`: the file's ending, carried from edit to edit (by default the one most of `text`'s lines use). */
function parseText(text, eol = mainEol(text)) {
    const lineStarts = computeLineStarts(text);
    // Parsed as parseRepoFile parses, so document indexes and node paths agree with the readers'.
    let docs = [];
    let masked = false;
    try {
        ;
        ({ docs, templated: masked } = parseYamlDocuments(text, lineStarts, scanStructure(text).bareTemplate));
    }
    catch {
        // Past a parse limit: no documents, so every edit is refused.
    }
    const cache = new Map();
    const line = (offset) => lineOfOffset(lineStarts, offset);
    return {
        text,
        docs,
        masked,
        lineStarts,
        eol,
        line,
        col: offset => offset - lineStarts[line(offset) - 1],
        js(docIndex) {
            const hit = cache.get(docIndex);
            if (hit)
                return hit;
            const doc = docs[docIndex];
            let out;
            if (!doc)
                out = { error: `no document #${docIndex + 1}` };
            else if (doc.errors.length > 0)
                out = { error: describeError(doc.errors[0]) };
            else {
                try {
                    out = { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
                }
                catch (err) {
                    out = { error: describeError(err) };
                }
            }
            cache.set(docIndex, out);
            return out;
        }
    };
}
/** The ending most lines use; LF when there is none. */
function mainEol(text) {
    let crlf = 0;
    let lf = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (text[i - 1] === '\r')
            crlf++;
        else
            lf++;
    }
    return crlf > lf ? '\r\n' : '\n';
}
/** Apply non-overlapping splices (any order); throws on overlap, which is a planner bug. */
function applySplices(text, splices) {
    const sorted = [...splices].sort((a, b) => b.start - a.start || b.end - a.end);
    let out = text;
    let limit = Infinity;
    for (const s of sorted) {
        if (s.end > limit || s.start > s.end)
            throw new Error('overlapping edits');
        out = out.slice(0, s.start) + s.text + out.slice(s.end);
        limit = s.start;
    }
    return out;
}
/**
 * Where new lines go after the line holding offset `p - 1` (the end of some content): the start of the next
 * line, or the end of the text with `leadingEol` when the last line has no line ending.
 */
function lineAfter(text, p) {
    if (p > 0 && text[p - 1] === '\n')
        return { pos: p, leadingEol: false };
    const nl = text.indexOf('\n', p);
    if (nl < 0)
        return { pos: text.length, leadingEol: true };
    return { pos: nl + 1, leadingEol: false };
}
/** The line ending of the line that ends right before `pos` (or of the last line before it). */
function eolBefore(pt, pos) {
    const nl = pt.text.lastIndexOf('\n', pos - 1);
    if (nl < 0)
        return pt.eol;
    return pt.text[nl - 1] === '\r' ? '\r\n' : '\n';
}
/** Lines (without endings) to insert at `pos`, joined the way the spot needs. */
function joinLines(lines, eol, leadingEol) {
    return leadingEol ? eol + lines.join(eol) : lines.join(eol) + eol;
}
/** The offset right after the `:` that follows a key ending at `keyEnd`, or -1. */
function colonAfter(text, keyEnd) {
    let i = keyEnd;
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    return text[i] === ':' ? i + 1 : -1;
}
/** Skip spaces and tabs from `i`. */
function skipBlanks(text, i) {
    while (text[i] === ' ' || text[i] === '\t')
        i++;
    return i;
}
/** Back over spaces, tabs and line breaks, but not before `min`. */
function trimBack(text, end, min) {
    let e = end;
    while (e > min && /[ \t\r\n]/.test(text[e - 1]))
        e--;
    return e;
}
const plainCache = new Map();
/** Whether `s` reads back as the same string when written plain, as a key or a value, in block or flow context. */
function isPlainSafe(s, role, flow) {
    if (s === '' || /[\r\n]/.test(s) || s !== s.trim())
        return false;
    const cacheKey = `${role}${flow ? 'f' : 'b'}${s}`;
    const hit = plainCache.get(cacheKey);
    if (hit !== undefined)
        return hit;
    const src = role === 'key' ? (flow ? `{${s}: 0}` : `${s}: 0`) : flow ? `{k: ${s}}` : `k: ${s}`;
    let ok = false;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(src, PARSE_OPTIONS);
        const map = doc.contents;
        if (doc.errors.length === 0 && (0,dist/* isMap */.jh)(map) && map.items.length === 1) {
            const node = role === 'key' ? map.items[0].key : map.items[0].value;
            ok = (0,dist/* isScalar */.jn)(node) && node.type === dist/* Scalar */.X5.PLAIN && node.value === s;
        }
    }
    catch {
        ok = false;
    }
    if (plainCache.size > 5000)
        plainCache.clear();
    plainCache.set(cacheKey, ok);
    return ok;
}
function doubleQuoted(s) {
    return JSON.stringify(s);
}
/** A single-quoted scalar, or null when the string holds characters only double quotes can escape. */
function singleQuoted(s) {
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f\u2028\u2029]/.test(s))
        return null;
    return `'${s.replace(/'/g, "''")}'`;
}
function formatKey(key, flow) {
    return isPlainSafe(key, 'key', flow) ? key : doubleQuoted(key);
}
/** A value on one line: scalars, or flow collections for maps and lists. */
function formatInline(value, style, flow, existing) {
    if (typeof value === 'string')
        return formatString(value, style, flow, existing);
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number') {
        if (Number.isNaN(value))
            return '.nan';
        if (!Number.isFinite(value))
            return value > 0 ? '.inf' : '-.inf';
        return String(value);
    }
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return `[${value.map(v => formatInline(v, style, true)).join(', ')}]`;
    if (isRecord(value)) {
        const entries = Object.entries(value).map(([k, v]) => `${formatKey(k, true)}: ${formatInline(v, style, true)}`);
        return `{${entries.join(', ')}}`;
    }
    return doubleQuoted(String(value));
}
function formatString(s, style, flow, existing) {
    if (style === 'json')
        return s.includes('"') ? (singleQuoted(s) ?? doubleQuoted(s)) : doubleQuoted(s);
    if (existing?.type === dist/* Scalar */.X5.QUOTE_SINGLE)
        return singleQuoted(s) ?? doubleQuoted(s);
    if (style === 'default' &&
        existing?.type === dist/* Scalar */.X5.PLAIN &&
        typeof existing.value === 'string' &&
        isPlainSafe(s, 'value', flow)) {
        return s;
    }
    return doubleQuoted(s);
}
/**
 * Block lines for `k1: / k2: / … kn: value`, the first key at column `col`, each level `step` deeper.
 * A non-empty map value becomes nested block lines; anything else is written inline.
 */
function blockLines(keys, value, col, step, style) {
    const lines = [];
    keys.forEach((key, i) => {
        const pad = ' '.repeat(col + i * step);
        const k = formatKey(key, false);
        if (i < keys.length - 1)
            lines.push(`${pad}${k}:`);
        else if (isRecord(value) && Object.keys(value).length > 0) {
            lines.push(`${pad}${k}:`);
            for (const [ck, cv] of Object.entries(value))
                lines.push(...blockLines([ck], cv, col + (i + 1) * step, step, style));
        }
        else
            lines.push(`${pad}${k}: ${formatInline(value, style, false)}`);
    });
    return lines;
}
/** `k1: {k2: {… kn: value}}` for flow maps. */
function flowEntry(keys, value, style) {
    const [first, ...rest] = keys;
    const inner = rest.length === 0 ? formatInline(value, style, true) : `{${flowEntry(rest, value, style)}}`;
    return `${formatKey(first, true)}: ${inner}`;
}

;// CONCATENATED MODULE: ./src/fix/edit.ts
/**
 * Surgical edits of one YAML document: set the value at a node path by splicing the text, never by printing the
 * document again. Comments, quoting, blank lines, indentation and line endings outside the edited spot stay as
 * they are.
 *
 * - An existing scalar leaf: only its text is replaced.
 * - A missing key: new lines go right after the last entry of the deepest existing map (before the blank lines
 *   and comments that follow it), at that map's column; nested maps that must be created use the indentation
 *   step the neighbourhood uses (2 when nothing says otherwise).
 * - A key with no value (`testkube-api:`): the new lines go right under it.
 * - `{}` as a block map's value becomes a block map; a non-empty flow map gets the new entry inside it.
 * - An empty document (null, comments only, a lone `---`) gets a new root map.
 * - Aliases, and anchors that an alias reuses, are refused: a fix there would change more than one place.
 */



/** Template syntax (Go/Helm/Jinja, Flux and Terraform `${}`) in the source of a value. */
const TEMPLATED = /\{\{|\{%|\$\{/;
function refuse(line, message) {
    return { kind: 'refuse', line, message };
}
/** `spec.sources[0].helm.values`, or `the document root`. */
function describePath(path) {
    if (path.length === 0)
        return 'the document root';
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
function range(node) {
    const r = node?.range;
    if (!r)
        throw new Error('YAML node without a source range');
    return r;
}
function isNullScalar(node) {
    return (0,dist/* isScalar */.jn)(node) && node.value === null;
}
/** The last pair whose key reads as `key` (the one toJS and Helm keep when keys repeat). */
function findPair(map, key) {
    for (let i = map.items.length - 1; i >= 0; i--) {
        const k = map.items[i].key;
        if ((0,dist/* isScalar */.jn)(k) && k.value !== undefined && String(k.value ?? '') === key)
            return map.items[i];
    }
    return null;
}
function usedAnchors(doc) {
    const used = new Set();
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            used.add(node.source);
        }
    });
    return used;
}
/** Open a document for editing, or say why it cannot be. */
function openDoc(pt, docIndex) {
    const doc = pt.docs[docIndex];
    if (!doc)
        return refuse(1, `the file has no document #${docIndex + 1}`);
    if (doc.errors.length > 0) {
        return refuse(pt.line(doc.errors[0].pos[0]), `document #${docIndex + 1} has YAML errors; it is not edited`);
    }
    return { doc, used: usedAnchors(doc) };
}
/** Refuse to go into or change an alias, or an anchor some alias reuses. */
function sharedNodeProblem(pt, node, used, path) {
    if ((0,dist/* isAlias */.Vj)(node)) {
        return refuse(pt.line(range(node)[0]), `${describePath(path)} is an alias (*${node.source}); a fix there would change the anchor &${node.source} ` +
            'and every other place that uses it');
    }
    const anchor = node.anchor;
    if (anchor && used.has(anchor)) {
        return refuse(pt.line(range(node)[0]), `${describePath(path)} carries the anchor &${anchor} that an alias (*${anchor}) reuses; a fix there would ` +
            'change every place that uses it');
    }
    return null;
}
/** Walk an existing node path (no creation): for embedded values and set lists. */
function locate(pt, doc, used, path) {
    let node = doc.contents;
    let map = null;
    let grandMap = null;
    let pair = null;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const here = path.slice(0, i);
        if (node == null)
            return refuse(1, `${describePath(path)} does not exist`);
        const shared = sharedNodeProblem(pt, node, used, here);
        if (shared)
            return shared;
        if (typeof seg === 'number') {
            if (!(0,dist/* isSeq */.oP)(node) || seg < 0 || seg >= node.items.length) {
                return refuse(pt.line(range(node)[0]), `${describePath(path)} does not exist`);
            }
            node = node.items[seg];
            map = null;
            grandMap = null;
            pair = null;
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node))
            return refuse(pt.line(range(node)[0]), `${describePath(here)} is not a map`);
        const found = findPair(node, seg);
        if (!found)
            return refuse(pt.line(range(node)[0]), `${describePath(path)} does not exist`);
        grandMap = map;
        map = node;
        pair = found;
        node = found.value;
    }
    if (node != null) {
        const shared = sharedNodeProblem(pt, node, used, path);
        if (shared)
            return shared;
    }
    return { node, map, pair, grandMap };
}
function isPlan(x) {
    return typeof x === 'object' && x !== null && 'kind' in x;
}
/**
 * Plan setting `value` at `path` (map keys and list indexes from the document root). Missing maps on the way
 * are created; list items are never created.
 */
function planSet(pt, docIndex, path, value, style) {
    if (path.length === 0)
        return refuse(1, 'nothing to set: the path is empty');
    if (pt.docs.length === 0 && docIndex === 0)
        return createInEmptyStream(pt, path, value, style);
    const opened = openDoc(pt, docIndex);
    if (isPlan(opened))
        return opened;
    const ctx = { pt, doc: opened.doc, docIndex, used: opened.used, path, value, style };
    let node = opened.doc.contents;
    if (node == null || isNullScalar(node))
        return createAtRoot(ctx, node);
    let parentMap = null;
    let grandMap = null;
    let pair = null;
    for (let i = 0; i < path.length; i++) {
        const seg = path[i];
        const here = path.slice(0, i);
        const shared = sharedNodeProblem(pt, node, ctx.used, here);
        if (shared)
            return shared;
        if (typeof seg === 'number') {
            if (!(0,dist/* isSeq */.oP)(node) || seg < 0 || seg >= node.items.length || node.items[seg] == null) {
                return refuse(pt.line(range(node)[0]), `${describePath(path.slice(0, i + 1))} does not exist`);
            }
            node = node.items[seg];
            parentMap = null;
            grandMap = null;
            pair = null;
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node)) {
            return refuse(pt.line(range(node)[0]), `${describePath(here)} is not a map, so ${seg} cannot be set in it`);
        }
        const found = findPair(node, seg);
        if (!found)
            return insertIntoMap(ctx, node, parentMap, pair, grandMap, i);
        grandMap = parentMap;
        parentMap = node;
        pair = found;
        const v = found.value;
        if (v == null || isNullScalar(v)) {
            if (v != null) {
                const sharedLeaf = sharedNodeProblem(pt, v, ctx.used, path.slice(0, i + 1));
                if (sharedLeaf)
                    return sharedLeaf;
            }
            if (i === path.length - 1)
                return setNullValue(ctx, node, found, value);
            return createUnderNull(ctx, node, grandMap, found, i + 1);
        }
        node = v;
    }
    const shared = sharedNodeProblem(pt, node, ctx.used, path);
    if (shared)
        return shared;
    return replaceLeaf(ctx, node, parentMap, pair);
}
// ---------------------------------------------------------------------------------------------------------------
function keysFrom(ctx, from) {
    const rest = ctx.path.slice(from);
    if (rest.some(s => typeof s !== 'string')) {
        return refuse(1, `${describePath(ctx.path)}: list items are never created`);
    }
    return rest;
}
/** The column of a block map: that of its first key without an anchor or tag in front of it. */
function mapCol(pt, map) {
    for (const p of map.items) {
        const key = p.key;
        if (key?.range && !key.anchor && !key.tag)
            return pt.col(key.range[0]);
    }
    // Every key has props: the map starts where its first line's indentation (and `- ` indicators) end.
    const start = range(map)[0];
    const lineStart = pt.lineStarts[pt.line(start) - 1];
    return /^ *(?:-[ \t]+)*/.exec(pt.text.slice(lineStart, start))[0].length;
}
/**
 * Indentation step below `map`: the one most of its nested maps use, else the one it sits at below its parent,
 * else the one most of the document uses (2 when nothing says).
 */
function detectStep(ctx, map, parent) {
    if (map && !map.flow && map.items.length > 0) {
        const own = mostCommon(childSteps(ctx.pt, map));
        if (own)
            return own;
        if (parent && !parent.flow && parent.items.length > 0) {
            const d = mapCol(ctx.pt, map) - mapCol(ctx.pt, parent);
            if (d > 0)
                return d;
        }
    }
    if (ctx.step === undefined) {
        const all = [];
        (0,dist/* visit */.YR)(ctx.doc, {
            Map(_key, m) {
                if (!m.flow && m.items.length > 0)
                    all.push(...childSteps(ctx.pt, m));
            }
        });
        ctx.step = mostCommon(all) ?? 2;
    }
    return ctx.step;
}
function childSteps(pt, map) {
    const c = mapCol(pt, map);
    const steps = [];
    for (const p of map.items) {
        const v = p.value;
        if ((0,dist/* isMap */.jh)(v) && !v.flow && v.items.length > 0) {
            const d = mapCol(pt, v) - c;
            if (d > 0)
                steps.push(d);
        }
    }
    return steps;
}
/** The most frequent value (the earliest on a tie), or undefined for none. */
function mostCommon(values) {
    const counts = new Map();
    let best;
    for (const v of values) {
        const n = (counts.get(v) ?? 0) + 1;
        counts.set(v, n);
        if (best === undefined || n > (counts.get(best) ?? 0))
            best = v;
    }
    return best;
}
/**
 * Where lines added after `p` go: past the comment lines indented deeper than `col` that follow (they belong to
 * the content above: a commented-out child of the last entry), but before blank lines and comments at `col` or
 * less (those introduce what comes next).
 */
function insertionPoint(text, p, col) {
    let at = lineAfter(text, p);
    let q = at.pos;
    while (!at.leadingEol && q < text.length) {
        const nl = text.indexOf('\n', q);
        const line = text.slice(q, nl < 0 ? text.length : nl).replace(/\r$/, '');
        const next = nl < 0 ? text.length : nl + 1;
        if (line.trim() !== '') {
            const m = /^( *)#/.exec(line);
            if (!m || m[1].length <= col)
                break;
            at = nl < 0 ? { pos: text.length, leadingEol: true } : { pos: next, leadingEol: false };
        }
        q = next;
    }
    return at;
}
/** Where a node's content ends, ignoring comments and blank lines after it. */
function contentEnd(text, node) {
    if ((0,dist/* isCollection */.P3)(node) && !node.flow && node.items.length > 0) {
        const last = node.items[node.items.length - 1];
        if ((0,dist/* isPair */.tO)(last)) {
            const v = last.value;
            if (v?.range && v.range[1] > v.range[0])
                return contentEnd(text, v);
            // `key:` without a value ends at its ':'
            const keyEnd = range(last.key)[1];
            const colon = colonAfter(text, keyEnd);
            return colon < 0 ? keyEnd : colon;
        }
        return contentEnd(text, last);
    }
    return range(node)[1];
}
function edit(splices, line) {
    return { kind: 'edit', splices, line };
}
/** The file has no document at all (empty, or comments only): the new map goes at the end. */
function createInEmptyStream(pt, path, value, style) {
    if (path.some(s => typeof s !== 'string')) {
        return refuse(1, `${describePath(path)}: list items are never created`);
    }
    const lines = blockLines(path, value, 0, 2, style);
    const text = pt.text;
    const leadingEol = text.length > 0 && !text.endsWith('\n');
    return edit([{ start: text.length, end: text.length, text: joinLines(lines, pt.eol, leadingEol) }], pt.line(text.length));
}
/** The document is empty (null, `~`, comments only, a lone `---`): it becomes a map. */
function createAtRoot(ctx, node) {
    const keys = keysFrom(ctx, 0);
    if (isPlan(keys))
        return keys;
    const { pt } = ctx;
    const text = pt.text;
    const splices = [];
    let after;
    if (node?.range) {
        const [start, end, nodeEnd] = node.range;
        if (end > start) {
            let s = start;
            while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t'))
                s--;
            splices.push({ start: s, end, text: '' });
        }
        after = Math.max(end, nodeEnd);
    }
    else
        after = ctx.doc.range[1];
    const { pos, leadingEol } = lineAfter(text, after);
    const lines = blockLines(keys, ctx.value, 0, detectStep(ctx, null, null), ctx.style);
    splices.push({ start: pos, end: pos, text: joinLines(lines, eolBefore(pt, pos), leadingEol) });
    return edit(splices, pt.line(pos));
}
/** `key:` has no value (or `~`) and the path goes on below it: the new lines go right under the key. */
function createUnderNull(ctx, map, mapParent, pair, from) {
    const keys = keysFrom(ctx, from);
    if (isPlan(keys))
        return keys;
    if (map.flow)
        return setNullValue(ctx, map, pair, nest(keys, ctx.value));
    const { pt } = ctx;
    const text = pt.text;
    const v = pair.value;
    const splices = [];
    let after = colonAfter(text, range(pair.key)[1]);
    if (after < 0)
        return refuse(pt.line(range(pair.key)[0]), `cannot find the ':' after ${describePath(ctx.path.slice(0, from))}`);
    if (v?.range && v.range[1] > v.range[0]) {
        let s = v.range[0];
        while (s > after && (text[s - 1] === ' ' || text[s - 1] === '\t'))
            s--;
        splices.push({ start: s, end: v.range[1], text: '' });
        after = v.range[1];
    }
    const step = detectStep(ctx, map, mapParent);
    const keyCol = mapCol(pt, map);
    const col = keyCol + step;
    const { pos, leadingEol } = insertionPoint(text, after, keyCol);
    splices.push({
        start: pos,
        end: pos,
        text: joinLines(blockLines(keys, ctx.value, col, step, ctx.style), eolBefore(pt, pos), leadingEol)
    });
    return edit(splices, pt.line(range(pair.key)[0]));
}
function nest(keys, value) {
    let out = value;
    for (let i = keys.length - 1; i >= 0; i--)
        out = { [keys[i]]: out };
    return out;
}
/** `key:` / `key: ~` / `key: null` gets a value on its own line. */
function setNullValue(ctx, map, pair, value) {
    const { pt } = ctx;
    const v = pair.value;
    const line = pt.line(range(pair.key)[0]);
    const rendered = formatInline(value, ctx.style, map.flow === true);
    if (v?.range && v.range[1] > v.range[0])
        return edit([{ start: v.range[0], end: v.range[1], text: rendered }], line);
    const colon = colonAfter(pt.text, range(pair.key)[1]);
    if (colon < 0)
        return refuse(line, `cannot find the ':' after ${describePath(ctx.path)}`);
    return edit([{ start: colon, end: colon, text: ` ${rendered}` }], line);
}
/** The map exists but lacks `path[from]`: add the rest of the path to it. */
function insertIntoMap(ctx, map, parentMap, pairOfMap, grandMap, from) {
    const keys = keysFrom(ctx, from);
    if (isPlan(keys))
        return keys;
    const { pt } = ctx;
    const text = pt.text;
    const line = pt.line(range(map)[0]);
    // A key that only comes from a `<<` merge: an own key would hide the rest of the merged map.
    if (from < ctx.path.length - 1) {
        const js = pt.js(ctx.docIndex);
        if ('value' in js && getAt(js.value, ctx.path.slice(0, from + 1)).found) {
            return refuse(line, `${describePath(ctx.path.slice(0, from + 1))} comes from a '<<' merge key; adding it here would hide the ` +
                'merged values');
        }
    }
    if (map.flow) {
        const [start, end] = range(map);
        if (map.items.length === 0) {
            // `values: {}` in a block map, or a whole document `{}`: becomes a block map.
            if (pairOfMap && parentMap && !parentMap.flow) {
                let s = start;
                while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t'))
                    s--;
                const step = detectStep(ctx, parentMap, grandMap);
                const keyCol = mapCol(pt, parentMap);
                const { pos, leadingEol } = insertionPoint(text, end, keyCol);
                const col = keyCol + step;
                const lines = blockLines(keys, ctx.value, col, step, ctx.style);
                return edit([
                    { start: s, end, text: '' },
                    { start: pos, end: pos, text: joinLines(lines, eolBefore(pt, pos), leadingEol) }
                ], line);
            }
            if (map === ctx.doc.contents && pt.col(start) === 0) {
                const lines = blockLines(keys, ctx.value, 0, detectStep(ctx, null, null), ctx.style);
                return edit([{ start, end, text: lines.join(eolBefore(pt, end + 1)) }], line);
            }
            if (text[start] !== '{')
                return refuse(line, `cannot find the '{' of ${describePath(ctx.path.slice(0, from))}`);
            return edit([{ start: start + 1, end: start + 1, text: flowEntry(keys, ctx.value, ctx.style) }], line);
        }
        const last = map.items[map.items.length - 1];
        const lastEnd = Math.max(range(last.key)[1], last.value?.range?.[1] ?? 0);
        return edit([{ start: lastEnd, end: lastEnd, text: `, ${flowEntry(keys, ctx.value, ctx.style)}` }], line);
    }
    const col = mapCol(pt, map);
    const step = detectStep(ctx, map, parentMap);
    const { pos, leadingEol } = insertionPoint(text, contentEnd(text, map), col);
    const lines = blockLines(keys, ctx.value, col, step, ctx.style);
    return edit([{ start: pos, end: pos, text: joinLines(lines, eolBefore(pt, pos), leadingEol) }], line);
}
/** The leaf exists: replace its text (a scalar's text only; a collection from the ':' on). */
function replaceLeaf(ctx, node, parentMap, pair) {
    const { pt } = ctx;
    const text = pt.text;
    const [start0, end0] = range(node);
    const line = pt.line(start0);
    // A template may even parse as YAML (`{{ .Values.x }}` is a flow map): whatever it reads as, it is not ours.
    if (TEMPLATED.test(text.slice(start0, end0))) {
        return refuse(line, `${describePath(ctx.path)} is templated; it is not rewritten`);
    }
    const flow = parentMap?.flow === true;
    const existing = (0,dist/* isScalar */.jn)(node) ? node : undefined;
    let rendered = formatInline(ctx.value, ctx.style, flow, existing);
    let start = start0;
    let end = end0;
    const props = node;
    const colon = pair ? colonAfter(text, range(pair.key)[1]) : -1;
    if ((0,dist/* isCollection */.P3)(node) && !node.flow) {
        if (colon < 0)
            return refuse(line, `cannot find the ':' before ${describePath(ctx.path)}`);
        return edit([{ start: colon, end: contentEnd(text, node), text: ` ${rendered}` }], line);
    }
    if ((0,dist/* isScalar */.jn)(node) && (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED)) {
        end = trimBack(text, end0, start0 + 1);
    }
    if ((props.tag || props.anchor) && colon >= 0) {
        const propsStart = skipBlanks(text, colon);
        if (propsStart < start) {
            start = propsStart;
            rendered = (props.anchor ? `&${props.anchor} ` : '') + rendered;
        }
    }
    return edit([{ start, end, text: rendered }], line);
}

;// CONCATENATED MODULE: ./src/fix/embedded.ts
/**
 * Edits inside YAML held by a string scalar (Argo CD `helm.values: |`, a ConfigMap's `values.yaml: |`).
 *
 * The inner text is edited with the same engine as any file. For a literal block scalar (`|`, `|-`, `|+`, with or
 * without an indentation indicator) every inner line is one outer line shifted by the block's indentation, so the
 * inner splices are mapped onto the outer text and nothing else of the block moves (blank lines, trailing
 * spaces, CRLF). Any other scalar (quoted, plain, folded) is written again as a literal block.
 */





function planEmbedded(pt, docIndex, nodePath, innerPath, decide, style) {
    const opened = openDoc(pt, docIndex);
    if (isPlan(opened))
        return opened;
    const loc = locate(pt, opened.doc, opened.used, nodePath);
    if (isPlan(loc))
        return loc;
    const { node } = loc;
    const where = describePath(nodePath);
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null) {
        const line = node?.range ? pt.line(node.range[0]) : 1;
        return refuse(line, `${where} holds no embedded values to fix`);
    }
    if (typeof node.value !== 'string')
        return refuse(pt.line(node.range[0]), `${where} is not a string of YAML`);
    const [start, end] = node.range;
    const line = pt.line(start);
    if (pt.masked && TEMPLATED.test(pt.text.slice(start, end))) {
        return refuse(line, `${where} is templated; it is not rewritten`);
    }
    const inner = node.value;
    const ipt = parseText(inner);
    const broken = ipt.docs.find(d => d.errors.length > 0);
    if (broken) {
        return refuse(line + ipt.line(broken.errors[0].pos[0]), `the values embedded in ${where} are not valid YAML`);
    }
    if (ipt.docs.length > 1)
        return refuse(line, `the values embedded in ${where} hold several YAML documents`);
    const js = ipt.docs.length === 0 ? { value: null } : ipt.js(0);
    if ('error' in js)
        return refuse(line, `the values embedded in ${where} cannot be read: ${js.error}`);
    const decided = decide(getAt(js.value, innerPath));
    if (decided === 'noop')
        return { kind: 'noop' };
    if ('refuse' in decided)
        return refuse(line, decided.refuse);
    const innerPlan = planSet(ipt, 0, innerPath, decided.value, style);
    if (innerPlan.kind === 'noop')
        return innerPlan;
    if (innerPlan.kind === 'refuse')
        return refuse(line + innerPlan.line, `in ${where}: ${innerPlan.message}`);
    const newInner = applySplices(inner, innerPlan.splices);
    const mapped = mapOntoLiteral(pt, node, inner, innerPlan.splices);
    const splices = mapped ?? rewriteAsLiteral(pt, node, loc, newInner);
    if (isPlan(splices))
        return splices;
    return {
        kind: 'embedded',
        splices,
        line: line + innerPlan.line,
        nodePath,
        inner: newInner,
        innerPath,
        value: decided.value
    };
}
/** How a literal block scalar's lines sit in the outer text, or null when it is not one we can map. */
function literalLayout(text, node) {
    if (node.type !== dist/* Scalar */.X5.BLOCK_LITERAL || typeof node.value !== 'string' || !node.range)
        return null;
    const [start, end] = node.range;
    const nl = text.indexOf('\n', start);
    if (nl < 0 || nl + 1 > end)
        return null;
    const header = text
        .slice(start, nl)
        .replace(/\r$/, '')
        .replace(/\s+#.*$/, '')
        .trim();
    const m = /^\|(?:([1-9])([+-])?|([+-])([1-9])?)?$/.exec(header);
    if (!m)
        return null;
    const chomp = m[2] ?? m[3] ?? '';
    const starts = [];
    const raw = [];
    for (let p = nl + 1; p < end;) {
        const q = text.indexOf('\n', p);
        const lineEnd = q < 0 || q >= end ? end : q;
        starts.push(p);
        raw.push(text.slice(p, lineEnd).replace(/\r$/, ''));
        p = lineEnd + 1;
    }
    const endsWithNewline = text[end - 1] === '\n';
    const firstContent = raw.find(l => l.trim() !== '');
    if (firstContent === undefined)
        return null;
    const detected = firstContent.length - firstContent.trimStart().length;
    for (let n = detected; n >= 1; n--) {
        if (reconstruct(raw, n, endsWithNewline, chomp) === node.value) {
            return { lines: starts, indent: n, end, endsWithNewline, eol: text[nl - 1] === '\r' ? '\r\n' : '\n' };
        }
    }
    return null;
}
function reconstruct(raw, n, endsWithNewline, chomp) {
    const pad = ' '.repeat(n);
    const parts = [];
    for (const l of raw) {
        if (l.length <= n && /^ *$/.test(l))
            parts.push('');
        else if (l.startsWith(pad))
            parts.push(l.slice(n));
        else
            return null;
    }
    const joined = parts.join('\n') + (endsWithNewline ? '\n' : '');
    if (chomp === '+')
        return joined;
    const stripped = joined.replace(/\n+$/, '');
    if (chomp === '-')
        return stripped;
    return stripped === '' ? '' : stripped + '\n';
}
/** Map splices of the inner text onto the outer literal block, or null when the block cannot be mapped. */
function mapOntoLiteral(pt, node, inner, splices) {
    const layout = literalLayout(pt.text, node);
    if (!layout)
        return null;
    const innerStarts = computeLineStarts(inner);
    const indent = ' '.repeat(layout.indent);
    const at = (o) => {
        const i = lineOfOffset(innerStarts, o) - 1;
        const c = o - innerStarts[i];
        if (i < layout.lines.length) {
            return c === 0
                ? { pos: layout.lines[i], atStart: true, leadingEol: false }
                : { pos: layout.lines[i] + layout.indent + c, atStart: false, leadingEol: false };
        }
        if (i === layout.lines.length && c === 0) {
            return { pos: layout.end, atStart: true, leadingEol: !layout.endsWithNewline };
        }
        return null;
    };
    const out = [];
    for (const s of splices) {
        const a = at(s.start);
        const b = at(s.end);
        if (!a || !b)
            return null;
        let t = s.text
            .split('\n')
            .map((piece, j) => (piece === '' || (j === 0 && !a.atStart) ? piece : indent + piece))
            .join(layout.eol);
        if (a.leadingEol) {
            t = layout.eol + t;
            if (t.endsWith(layout.eol))
                t = t.slice(0, -layout.eol.length);
        }
        out.push({ start: a.pos, end: b.pos, text: t });
    }
    return out;
}
/** Write the scalar again as a literal block holding `inner`, indented one step below its key. */
function rewriteAsLiteral(pt, node, loc, inner) {
    const text = pt.text;
    const [start0, end0] = node.range;
    const line = pt.line(start0);
    const where = 'the embedded values';
    if (!loc.pair || !loc.map || loc.map.flow)
        return refuse(line, `${where} sit in a flow collection; they are not rewritten`);
    // eslint-disable-next-line no-control-regex
    if (/[\r\x00-\x08\x0b-\x1f\x7f]/.test(inner))
        return refuse(line, `${where} hold characters a block scalar cannot`);
    const keyNode = loc.pair.key;
    const keyCol = mapCol(pt, loc.map);
    // One step below the key: the step this map sits at below its parent (2 when that is unknown).
    let step = 2;
    if (loc.grandMap && !loc.grandMap.flow) {
        const d = keyCol - mapCol(pt, loc.grandMap);
        if (d > 0 && d <= 9)
            step = d;
    }
    const indent = ' '.repeat(keyCol + step);
    let start = start0;
    let end = end0;
    let comment = '';
    const colon = colonAfter(text, keyNode.range[1]);
    if ((node.tag || node.anchor) && colon >= 0) {
        const propsStart = skipBlanks(text, colon);
        if (propsStart < start)
            start = propsStart;
    }
    if (node.type === dist/* Scalar */.X5.BLOCK_LITERAL || node.type === dist/* Scalar */.X5.BLOCK_FOLDED) {
        const nl = text.indexOf('\n', start0);
        const header = text.slice(start0, nl < 0 ? end0 : nl).replace(/\r$/, '');
        comment = /\s(#.*)$/.exec(header)?.[1] ?? '';
        end = trimBack(text, end0, start0 + 1);
    }
    else {
        let lineEnd = text.indexOf('\n', end0);
        if (lineEnd < 0)
            lineEnd = text.length;
        if (text[lineEnd - 1] === '\r')
            lineEnd--;
        const rest = text.slice(end0, lineEnd).trim();
        if (rest.startsWith('#')) {
            comment = rest;
            end = lineEnd;
        }
        else if (rest !== '')
            return refuse(line, `${where} are followed by more text on their line; they are not rewritten`);
    }
    const trailing = /\n*$/.exec(inner)[0].length;
    const chomp = trailing === 1 ? '' : trailing === 0 ? '-' : '+';
    const body = trailing === 0 ? inner : inner.slice(0, -1);
    const firstContent = body.split('\n').find(l => l !== '');
    const indicator = firstContent?.startsWith(' ') ? String(step) : '';
    const eol = eolBefore(pt, text.indexOf('\n', start0) + 1);
    const lines = body.split('\n').map(l => (l === '' ? '' : indent + l));
    const prefix = node.anchor ? `&${node.anchor} ` : '';
    const header = `${prefix}|${indicator}${chomp}${comment ? ' ' + comment : ''}`;
    return [{ start, end, text: header + eol + lines.join(eol) }];
}

;// CONCATENATED MODULE: ./src/fix/apply.ts
/**
 * Carry out planned edits on one file's text: text in, text out, nothing read or written.
 *
 * Each edit becomes a few text splices planned from the parsed documents' node ranges (./edit.ts), applied, and
 * checked by parsing the result again: the edited document must read as before with only the edited values
 * changed, every other document exactly as before. Edits apply one after the other, each on the previous result,
 * so several edits in one map or one file compose, and an edit whose value is already there changes nothing (a
 * second run is a no-op, byte for byte).
 *
 * An edit that cannot be made safely (an alias, a templated value, an entry that is not there, embedded values
 * that are not YAML) is skipped with a problem and the others still apply. A result that does not read back as
 * intended is a bug: the whole file is then left unchanged and a problem says so.
 */








function applyEdits(file, text, edits) {
    const problems = [];
    let pt = parseText(text);
    for (const e of edits) {
        let outcome;
        try {
            outcome = runEdit(pt, e);
        }
        catch (err) {
            outcome = { kind: 'fail', line: 1, detail: `internal error: ${err.message}` };
        }
        if (outcome.kind === 'done')
            pt = outcome.pt;
        else if (outcome.kind === 'skip')
            problems.push({ line: outcome.line, message: `cannot fix ${label(e)}: ${outcome.message}` });
        else {
            problems.push({
                line: outcome.line,
                message: `fix for ${label(e)} did not read back as intended (${outcome.detail}); ${file} is left unchanged`
            });
            return { text, problems };
        }
    }
    return { text: pt.text, problems };
}
function label(e) {
    return `${e.ruleId} (${joinSetPath(e.path)})`;
}
function runEdit(pt, e) {
    const t = e.target;
    const style = e.op === 'merge-proxy-config' ? 'json' : 'default';
    if (t.type === 'yaml-embedded') {
        const plan = planEmbedded(pt, t.docIndex, t.nodePath, e.path, decideFor(e), style);
        return carryOut(pt, t.docIndex, plan, []);
    }
    if (t.type === 'yaml-map') {
        const fullPath = [...t.nodePath, ...e.path];
        let current = { found: false, value: undefined };
        if (pt.docs.length > 0) {
            const js = pt.js(t.docIndex);
            if ('error' in js)
                return { kind: 'skip', line: 1, message: js.error };
            current = getAt(js.value, fullPath);
        }
        const decided = decideFor(e)(current);
        if (decided === 'noop')
            return { kind: 'done', pt };
        if ('refuse' in decided)
            return { kind: 'skip', line: 1, message: decided.refuse };
        const step = { path: fullPath, value: decided.value, style };
        return carryOut(pt, t.docIndex, planSet(pt, t.docIndex, step.path, step.value, step.style), [step]);
    }
    // set-list: patch the entry that sets the path; a forced string may take a second step.
    const steps = setListSteps(pt, e);
    if (isPlan(steps))
        return carryOut(pt, t.docIndex, steps, []);
    let cur = pt;
    for (const step of steps) {
        const outcome = carryOut(cur, t.docIndex, planSet(cur, t.docIndex, step.path, step.value, step.style), [
            step
        ]);
        if (outcome.kind !== 'done')
            return outcome;
        cur = outcome.pt;
    }
    return { kind: 'done', pt: cur };
}
function decideFor(e) {
    if (e.op === 'merge-proxy-config')
        return current => mergeProxyConfig(current, e.value);
    return current => (current.found && deepEqual(current.value, e.value) ? 'noop' : { value: e.value });
}
/** Apply a plan and check that the result reads as the old documents with `steps` set. */
function carryOut(pt, docIndex, plan, steps) {
    if (plan.kind === 'noop')
        return { kind: 'done', pt };
    if (plan.kind === 'refuse')
        return { kind: 'skip', line: plan.line, message: plan.message };
    const text = applySplices(pt.text, plan.splices);
    if (text === pt.text)
        return { kind: 'done', pt };
    const sets = steps.map(s => ({ path: s.path, value: s.value }));
    if (plan.kind === 'embedded') {
        const problem = checkInner(pt, docIndex, plan);
        if (problem)
            return { kind: 'fail', line: plan.line, detail: problem };
        sets.push({ path: plan.nodePath, value: plan.inner });
    }
    const after = parseText(text, pt.eol);
    const problem = verify(pt, after, docIndex, sets);
    if (problem)
        return { kind: 'fail', line: plan.line, detail: problem };
    return { kind: 'done', pt: after };
}
/** The new embedded text must read as the old one with the value set. */
function checkInner(pt, docIndex, plan) {
    const outer = pt.js(docIndex);
    if ('error' in outer)
        return outer.error;
    const old = getAt(outer.value, plan.nodePath).value;
    if (typeof old !== 'string')
        return 'the embedded values are not a string';
    const before = parseText(old);
    const beforeJs = before.docs.length === 0 ? { value: null } : before.js(0);
    const after = parseText(plan.inner);
    const afterJs = after.docs.length === 0 ? { value: null } : after.js(0);
    if ('error' in beforeJs)
        return beforeJs.error;
    if ('error' in afterJs)
        return `the embedded values no longer parse: ${afterJs.error}`;
    const expected = setAt(cloneTree(beforeJs.value), plan.innerPath, plan.value);
    return deepEqual(afterJs.value, expected) ? null : 'the embedded values changed more than the fix';
}
function verify(before, after, docIndex, sets) {
    const count = Math.max(before.docs.length, docIndex + 1);
    if (after.docs.length !== count)
        return `the file now holds ${after.docs.length} YAML documents instead of ${count}`;
    for (let i = 0; i < count; i++) {
        const b = before.docs[i];
        if (b && b.errors.length > 0)
            continue;
        const a = after.js(i);
        if ('error' in a)
            return `document #${i + 1} no longer parses: ${a.error}`;
        const bj = b ? before.js(i) : { value: null };
        if ('error' in bj) {
            if (i === docIndex)
                return `document #${i + 1} could not be read before the fix`;
            continue;
        }
        let expected = bj.value;
        if (i === docIndex) {
            expected = cloneTree(expected);
            for (const s of sets)
                expected = setAt(expected, s.path, s.value);
        }
        if (!deepEqual(a.value, expected)) {
            return i === docIndex ? `document #${i + 1} changed more than the fix` : `document #${i + 1} changed`;
        }
    }
    return null;
}
// ---------------------------------------------------------------------------------------------------------------
// Proxy config: a string holding JSON or YAML
/** Merge `patch` into the proxy config string at the leaf, keeping its other settings; one-line JSON out. */
function mergeProxyConfig(current, patch) {
    if (!isRecord(patch))
        return { refuse: 'the proxy settings to merge are not a map' };
    const v = current.found ? current.value : undefined;
    let base = {};
    if (typeof v === 'string') {
        if (v.trim() !== '') {
            const parsed = parseConfig(v);
            if (isRecord(parsed))
                base = parsed;
            else if (parsed !== null)
                return { refuse: 'the proxy config is not a JSON or YAML map' };
        }
        if (containsAll(base, patch))
            return 'noop';
    }
    else if (isRecord(v))
        base = v;
    else if (v != null)
        return { refuse: 'the proxy config is neither a string nor a map' };
    return { value: JSON.stringify(mergeMoveToEnd(base, patch)) };
}
function parseConfig(s) {
    try {
        return JSON.parse(s);
    }
    catch {
        // not JSON: try YAML
    }
    try {
        const doc = (0,dist/* parseDocument */.Tp)(s, PARSE_OPTIONS);
        if (doc.errors.length > 0)
            return undefined;
        return doc.toJS({ maxAliasCount: 100 });
    }
    catch {
        return undefined;
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Set lists: Argo CD `helm.parameters`, helmfile `set`
function setListSteps(pt, e) {
    const t = e.target;
    if (t.type !== 'set-list')
        return refuse(1, 'not a set list');
    const opened = openDoc(pt, t.docIndex);
    if (isPlan(opened))
        return opened;
    const loc = locate(pt, opened.doc, opened.used, t.nodePath);
    if (isPlan(loc))
        return loc;
    const seq = loc.node;
    const where = describePath(t.nodePath);
    if (!(0,dist/* isSeq */.oP)(seq))
        return refuse(seq?.range ? pt.line(seq.range[0]) : 1, `${where} is not a list`);
    const want = e.path.map(String);
    let index = -1;
    seq.items.forEach((item, i) => {
        if (!(0,dist/* isMap */.jh)(item))
            return;
        const name = findPair(item, 'name')?.value;
        if (!(0,dist/* isScalar */.jn)(name) || name.value == null)
            return;
        const got = splitSetPath(String(name.value)).map(String);
        if (got.length === want.length && got.every((k, j) => k === want[j]))
            index = i;
    });
    if (index < 0)
        return refuse(seq.range ? pt.line(seq.range[0]) : 1, `no entry of ${where} sets ${joinSetPath(e.path)}`);
    const js = pt.js(t.docIndex);
    if ('error' in js)
        return refuse(1, js.error);
    const entryPath = [...t.nodePath, index];
    const entry = getAt(js.value, entryPath).value;
    if (!isRecord(entry))
        return refuse(1, `${describePath(entryPath)} is not a map`);
    const current = { found: Object.prototype.hasOwnProperty.call(entry, 'value'), value: entry.value };
    const steps = [];
    if (e.op === 'merge-proxy-config') {
        const merged = mergeProxyConfig(current, e.value);
        if (merged !== 'noop' && 'refuse' in merged)
            return refuse(1, merged.refuse);
        if (merged !== 'noop')
            steps.push({ path: [...entryPath, 'value'], value: merged.value, style: 'json' });
    }
    else {
        const str = toSetString(e.value);
        if (!(current.found && current.value === str))
            steps.push({ path: [...entryPath, 'value'], value: str, style: 'quoted' });
    }
    if (t.style === 'argocd' && e.forceString) {
        const item = seq.items[index];
        const own = (0,dist/* isMap */.jh)(item)
            ? [...item.items].reverse().find(p => (0,dist/* isScalar */.jn)(p.key) && /^forcestring$/i.test(String(p.key.value)))
            : undefined;
        const key = own && (0,dist/* isScalar */.jn)(own.key) ? String(own.key.value) : 'forceString';
        if (entry[key] !== true)
            steps.push({ path: [...entryPath, key], value: true, style: 'default' });
    }
    return steps;
}
/** How a `--set` value is written as a string. */
function toSetString(v) {
    if (typeof v === 'string')
        return v;
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'object')
        return JSON.stringify(v);
    return String(v);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/fix/write.ts
/**
 * Writing fixed files back: the only place the fixer touches the disk.
 *
 * Each file is written atomically (a temporary file in the same directory, then a rename), keeps its mode, and
 * gets its UTF-8 BOM back when it had one (the scan reads text without it, see discover/text.ts). A file is
 * refused when its path leaves the repository (`..`, an absolute path, or a symlink that resolves outside the
 * root), when it is not a regular file, or when its content on disk is no longer the text the fix was made from.
 * A symlink that stays inside the root is followed: the file it points to is written, the link stays a link.
 * A file this process may not write in place (its permissions say read-only for this user) is refused rather
 * than replaced: a rename would get round the file's own permissions. The owner is kept when the process may set
 * it (as root), and the temporary file lives next to the target, so nothing is ever created outside the root.
 * Line endings (CRLF, LF, a mix) are whatever the fix's text holds: this module adds or converts none.
 */







async function writeChanges(root, changes, opts = {}) {
    const written = [];
    const problems = [];
    let realRoot;
    try {
        realRoot = await (0,promises_namespaceObject.realpath)(root);
    }
    catch (err) {
        const message = `not written: cannot open the repository root ${root} (${write_describe(err)})`;
        return { written, problems: changes.map(c => ({ file: c.file, line: 1, message })) };
    }
    for (const change of changes) {
        if (change.before === change.after)
            continue;
        try {
            const refusal = await writeOne(realRoot, change, opts);
            if (refusal)
                problems.push({ file: change.file, line: 1, message: `not written: ${refusal}` });
            else
                written.push(change.file);
        }
        catch (err) {
            problems.push({ file: change.file, line: 1, message: `not written: ${write_describe(err)}` });
        }
    }
    return { written, problems };
}
/** Strictly inside the root: the root itself is not a file to write. */
function inside(root, p) {
    return external_node_path_default().relative(root, p) !== '' && isInside(root, p);
}
/** Write one file; a string says why it was refused. */
async function writeOne(root, change, opts) {
    const file = change.file;
    if (file.includes('\0') || external_node_path_default().isAbsolute(file) || external_node_path_default().win32.isAbsolute(file))
        return 'the path is not repo-relative';
    const target = external_node_path_default().resolve(root, ...file.split('/'));
    if (!inside(root, target))
        return 'the path leads outside the repository';
    let real;
    try {
        real = await (0,promises_namespaceObject.realpath)(target);
    }
    catch (err) {
        return err.code === 'ENOENT' ? 'the file no longer exists' : write_describe(err);
    }
    if (!inside(root, real))
        return 'the path goes through a symlink that leads outside the repository';
    const info = await (0,promises_namespaceObject.stat)(real);
    if (!info.isFile())
        return 'not a regular file';
    try {
        await (0,promises_namespaceObject.access)(real, external_node_fs_namespaceObject.constants.W_OK);
    }
    catch {
        return 'the file is read-only';
    }
    const original = await readRegular(real);
    if (!original)
        return 'not a regular file';
    const decoded = decodeText(original);
    if ('skip' in decoded)
        return 'the file on disk is no longer UTF-8 text';
    // decodeText drops one BOM and says so: the fixed text gets it back.
    if (decoded.text !== change.before)
        return 'the file changed on disk since it was scanned';
    if (opts.dryRun)
        return null;
    const content = (decoded.bom ? '\uFEFF' : '') + change.after;
    const mode = info.mode & 0o7777;
    const tmp = external_node_path_default().join(external_node_path_default().dirname(real), `.${external_node_path_default().basename(real)}.${process.pid}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`);
    let renamed = false;
    try {
        const handle = await (0,promises_namespaceObject.open)(tmp, 'wx', mode);
        try {
            await handle.writeFile(content, 'utf8');
            await handle.chmod(mode); // open's mode is filtered by the umask
            if (info.uid !== process.getuid?.() || info.gid !== process.getgid?.())
                await handle.chown(info.uid, info.gid).catch(() => undefined); // only root may; others keep their own
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        // Last look before replacing: someone may have written the file while we prepared ours.
        if (!(await readRegular(real))?.equals(original))
            return 'the file changed on disk while it was being written';
        await (0,promises_namespaceObject.rename)(tmp, real);
        renamed = true;
        return null;
    }
    finally {
        if (!renamed)
            await (0,promises_namespaceObject.unlink)(tmp).catch(() => undefined);
    }
}
/**
 * The bytes of a file that is still a regular one, or null. Opened as the scan opens files (open-file.ts): a FIFO
 * put in its place since the stat above must not block the fix until some process writes to it.
 */
async function readRegular(file) {
    const handle = await (0,promises_namespaceObject.open)(file, READ_FLAGS);
    try {
        return (await handle.stat()).isFile() ? await handle.readFile() : null;
    }
    finally {
        await handle.close();
    }
}
/** An error in a few words: `EACCES (permission denied)` rather than a message with absolute temp paths in it. */
function write_describe(err) {
    const e = err;
    if (e && typeof e.code === 'string') {
        const why = /^[A-Z]+: ([^,]+)/.exec(e.message ?? '');
        return why ? `${e.code} (${why[1]})` : e.code;
    }
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/line.js


class LineDiff extends Diff {
    constructor() {
        super(...arguments);
        this.tokenize = tokenize;
    }
    equals(left, right, options) {
        // If we're ignoring whitespace, we need to normalise lines by stripping
        // whitespace before checking equality. (This has an annoying interaction
        // with newlineIsToken that requires special handling: if newlines get their
        // own token, then we DON'T want to trim the *newline* tokens down to empty
        // strings, since this would cause us to treat whitespace-only line content
        // as equal to a separator between lines, which would be weird and
        // inconsistent with the documented behavior of the options.)
        if (options.ignoreWhitespace) {
            if (!options.newlineIsToken || !left.includes('\n')) {
                left = left.trim();
            }
            if (!options.newlineIsToken || !right.includes('\n')) {
                right = right.trim();
            }
        }
        else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
            if (left.endsWith('\n')) {
                left = left.slice(0, -1);
            }
            if (right.endsWith('\n')) {
                right = right.slice(0, -1);
            }
        }
        return super.equals(left, right, options);
    }
}
const lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
    return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
    options = generateOptions(options, { ignoreWhitespace: true });
    return lineDiff.diff(oldStr, newStr, options);
}
// Exported standalone so it can be used from jsonDiff too.
function tokenize(value, options) {
    if (options.stripTrailingCr) {
        // remove one \r before \n to match GNU diff's --strip-trailing-cr behavior
        value = value.replace(/\r\n/g, '\n');
    }
    const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
    // Ignore the final empty token that occurs if the string ends with a new line
    if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
    }
    // Merge the content and line separators into single tokens
    for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
            retLines[retLines.length - 1] += line;
        }
        else {
            retLines.push(line);
        }
    }
    return retLines;
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/patch/create.js

/**
 * Returns true if the filename contains characters that require C-style
 * quoting (as used by Git and GNU diffutils in diff output).
 */
function needsQuoting(s) {
    for (let i = 0; i < s.length; i++) {
        if (s[i] < '\x20' || s[i] > '\x7e' || s[i] === '"' || s[i] === '\\') {
            return true;
        }
    }
    return false;
}
/**
 * C-style quotes a filename, encoding special characters as escape sequences
 * and non-ASCII bytes as octal escapes. This is the inverse of
 * `parseQuotedFileName` in parse.ts.
 *
 * Non-ASCII bytes are encoded as UTF-8 before being emitted as octal escapes.
 * This matches the behaviour of both Git and GNU diffutils, which always emit
 * UTF-8 octal escapes regardless of the underlying filesystem encoding (e.g.
 * Git for Windows converts from NTFS's UTF-16 to UTF-8 internally).
 *
 * If the filename doesn't need quoting, returns it as-is.
 */
function quoteFileNameIfNeeded(s) {
    if (!needsQuoting(s)) {
        return s;
    }
    let result = '"';
    const bytes = new TextEncoder().encode(s);
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        // See https://en.wikipedia.org/wiki/Escape_sequences_in_C#Escape_sequences
        if (b === 0x07) {
            result += '\\a';
        }
        else if (b === 0x08) {
            result += '\\b';
        }
        else if (b === 0x09) {
            result += '\\t';
        }
        else if (b === 0x0a) {
            result += '\\n';
        }
        else if (b === 0x0b) {
            result += '\\v';
        }
        else if (b === 0x0c) {
            result += '\\f';
        }
        else if (b === 0x0d) {
            result += '\\r';
        }
        else if (b === 0x22) {
            result += '\\"';
        }
        else if (b === 0x5c) {
            result += '\\\\';
        }
        else if (b >= 0x20 && b <= 0x7e) {
            // Just a printable ASCII character that is neither a double quote nor a
            // backslash; no need to escape it.
            result += String.fromCharCode(b);
        }
        else {
            // Either part of a non-ASCII character or a control character without a
            // special escape sequence; needs escaping as a 3-digit octal escape
            result += '\\' + b.toString(8).padStart(3, '0');
        }
        i++;
    }
    result += '"';
    return result;
}
const INCLUDE_HEADERS = {
    includeIndex: true,
    includeUnderline: true,
    includeFileHeaders: true
};
const FILE_HEADERS_ONLY = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: true
};
const OMIT_HEADERS = {
    includeIndex: false,
    includeUnderline: false,
    includeFileHeaders: false
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    let optionsObj;
    if (!options) {
        optionsObj = {};
    }
    else if (typeof options === 'function') {
        optionsObj = { callback: options };
    }
    else {
        optionsObj = options;
    }
    if (typeof optionsObj.context === 'undefined') {
        optionsObj.context = 4;
    }
    // We copy this into its own variable to placate TypeScript, which thinks
    // optionsObj.context might be undefined in the callbacks below.
    const context = optionsObj.context;
    // @ts-expect-error (runtime check for something that is correctly a static type error)
    if (optionsObj.newlineIsToken) {
        throw new Error('newlineIsToken may not be used with patch-generation functions, only with diffing functions');
    }
    if (!optionsObj.callback) {
        return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
    }
    else {
        const { callback } = optionsObj;
        diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
                const patch = diffLinesResultToPatch(diff);
                // TypeScript is unhappy without the cast because it does not understand that `patch` may
                // be undefined here only if `callback` is StructuredPatchCallbackAbortable:
                callback(patch);
            } }));
    }
    function diffLinesResultToPatch(diff) {
        // STEP 1: Build up the patch with no "\ No newline at end of file" lines and with the arrays
        //         of lines containing trailing newline characters. We'll tidy up later...
        if (!diff) {
            return;
        }
        diff.push({ value: '', lines: [] }); // Append an empty value to make cleanup easier
        function contextLines(lines) {
            return lines.map(function (entry) { return ' ' + entry; });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
            const current = diff[i], lines = current.lines || splitLines(current.value);
            current.lines = lines;
            if (current.added || current.removed) {
                // If we have previous context, start with that
                if (!oldRangeStart) {
                    const prev = diff[i - 1];
                    oldRangeStart = oldLine;
                    newRangeStart = newLine;
                    if (prev) {
                        curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                        oldRangeStart -= curRange.length;
                        newRangeStart -= curRange.length;
                    }
                }
                // Output our changes
                for (const line of lines) {
                    curRange.push((current.added ? '+' : '-') + line);
                }
                // Track the updated file position
                if (current.added) {
                    newLine += lines.length;
                }
                else {
                    oldLine += lines.length;
                }
            }
            else {
                // Identical context lines. Track line changes
                if (oldRangeStart) {
                    // Close out any changes that have been output (or join overlapping)
                    if (lines.length <= context * 2 && i < diff.length - 2) {
                        // Overlapping
                        for (const line of contextLines(lines)) {
                            curRange.push(line);
                        }
                    }
                    else {
                        // end the range and output
                        const contextSize = Math.min(lines.length, context);
                        for (const line of contextLines(lines.slice(0, contextSize))) {
                            curRange.push(line);
                        }
                        const hunk = {
                            oldStart: oldRangeStart,
                            oldLines: (oldLine - oldRangeStart + contextSize),
                            newStart: newRangeStart,
                            newLines: (newLine - newRangeStart + contextSize),
                            lines: curRange
                        };
                        hunks.push(hunk);
                        oldRangeStart = 0;
                        newRangeStart = 0;
                        curRange = [];
                    }
                }
                oldLine += lines.length;
                newLine += lines.length;
            }
        }
        // Step 2: eliminate the trailing `\n` from each line of each hunk, and, where needed, add
        //         "\ No newline at end of file".
        for (const hunk of hunks) {
            for (let i = 0; i < hunk.lines.length; i++) {
                if (hunk.lines[i].endsWith('\n')) {
                    hunk.lines[i] = hunk.lines[i].slice(0, -1);
                }
                else {
                    hunk.lines.splice(i + 1, 0, '\\ No newline at end of file');
                    i++; // Skip the line we just added, then continue iterating
                }
            }
        }
        return {
            oldFileName: oldFileName, newFileName: newFileName,
            oldHeader: oldHeader, newHeader: newHeader,
            hunks: hunks
        };
    }
}
/**
 * creates a unified diff patch.
 *
 * @param patch either a single structured patch object (as returned by `structuredPatch`) or an
 *   array of them (as returned by `parsePatch`).
 * @param headerOptions behaves the same as the `headerOptions` option of `createTwoFilesPatch`.
 *   Ignored for patches where `isGit` is `true`.
 *
 * When a patch has `isGit: true`, `formatPatch` output is changed to more closely match Git's
 * output: it emits a `diff --git` header, emits Git extended headers as appropriate based on
 * properties like `isRename`, `isCreate`, `newMode`, etc, and will omit `---`/`+++` file
 * headers for patches with no hunks (e.g. renames without content changes).
 */
function formatPatch(patch, headerOptions) {
    var _a, _b, _c, _d, _e, _f;
    if (!headerOptions) {
        headerOptions = INCLUDE_HEADERS;
    }
    if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every(p => p.isGit)) {
            throw new Error('Cannot omit file headers on a multi-file patch. '
                + '(The result would be unparseable; how would a tool trying to apply '
                + 'the patch know which changes are to which file?)');
        }
        return patch.map(p => formatPatch(p, headerOptions)).join('\n');
    }
    const ret = [];
    // Git patches have a fixed header format (diff --git, extended headers,
    // and ---/+++ when hunks are present), so headerOptions is ignored.
    if (patch.isGit) {
        headerOptions = INCLUDE_HEADERS;
        // Emit Git-style diff --git header and extended headers.
        // Git never puts /dev/null in the "diff --git" line; for file
        // creations/deletions it uses the real filename on both sides.
        if (!patch.oldFileName) {
            throw new Error('oldFileName must be specified for Git patches');
        }
        if (!patch.newFileName) {
            throw new Error('newFileName must be specified for Git patches');
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === '/dev/null') {
            gitOldName = gitNewName.replace(/^b\//, 'a/');
        }
        else if (patch.isDelete && gitNewName === '/dev/null') {
            gitNewName = gitOldName.replace(/^a\//, 'b/');
        }
        ret.push('diff --git ' + quoteFileNameIfNeeded(gitOldName) + ' ' + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
            ret.push('deleted file mode ' + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : '100644'));
        }
        if (patch.isCreate) {
            ret.push('new file mode ' + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : '100644'));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
            ret.push('old mode ' + patch.oldMode);
            ret.push('new mode ' + patch.newMode);
        }
        if (patch.isRename) {
            ret.push('rename from ' + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : '').replace(/^a\//, '')));
            ret.push('rename to ' + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : '').replace(/^b\//, '')));
        }
        if (patch.isCopy) {
            ret.push('copy from ' + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : '').replace(/^a\//, '')));
            ret.push('copy to ' + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : '').replace(/^b\//, '')));
        }
    }
    else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== undefined) {
            ret.push('Index: ' + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
            ret.push('===================================================================');
        }
    }
    // Emit --- / +++ file headers. For Git patches with no hunks (e.g.
    // pure renames, mode-only changes), Git omits these, so we do too.
    const hasHunks = patch.hunks.length > 0;
    if (headerOptions.includeFileHeaders && patch.oldFileName !== undefined && patch.newFileName !== undefined
        && (!patch.isGit || hasHunks)) {
        ret.push('--- ' + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? '\t' + patch.oldHeader : ''));
        ret.push('+++ ' + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? '\t' + patch.newHeader : ''));
    }
    for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        // Unified Diff Format quirk: If the chunk size is 0,
        // the first number is one lower than one would expect.
        // https://www.artima.com/weblogs/viewpost.jsp?thread=164293
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push('@@ -' + oldStart + ',' + hunk.oldLines
            + ' +' + newStart + ',' + hunk.newLines
            + ' @@');
        for (const line of hunk.lines) {
            ret.push(line);
        }
    }
    return ret.join('\n') + '\n';
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
    if (typeof options === 'function') {
        options = { callback: options };
    }
    if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
            return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
    }
    else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: patchObj => {
                if (!patchObj) {
                    callback(undefined);
                }
                else {
                    callback(formatPatch(patchObj, options.headerOptions));
                }
            } }));
    }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
    return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
/**
 * Split `text` into an array of lines, including the trailing newline character (where present)
 */
function splitLines(text) {
    const hasTrailingNl = text.endsWith('\n');
    const result = text.split('\n').map(line => line + '\n');
    if (hasTrailingNl) {
        result.pop();
    }
    else {
        result.push(result.pop().slice(0, -1));
    }
    return result;
}

;// CONCATENATED MODULE: ./src/fix/redact.ts
/**
 * Keeping credentials out of what the tool prints. The fixer only writes keys it owns (Istio annotations, the
 * global template), but a diff shows the lines around a fix: a neighbouring `password:`, an agent key in the same
 * Argo CD `helm.values`, a Secret's `data:` in the same stream. `redactLines` masks, line by line, the value of a
 * key whose name says it is a credential, the `value:` that follows a `name:` naming one (Argo CD parameters,
 * helmfile `set`, env lists), the lines of a block scalar or map under such a key, the data of a Secret, and any
 * value that looks like a token whatever its key. A diff with a masked line no longer applies with `git apply`.
 *
 * Every step is linear in the line's length (no backtracking regex on what a file may hold): a diff is made of
 * the whole file, and a file may hold a megabyte line. A line longer than LONG_LINE is masked whole when it
 * mentions anything credential-like.
 */
const REDACTED = '<redacted>';
/** Key names that hold credentials (matched against the last segment of a dotted or slashed name, and whole). */
const SENSITIVE_KEY = /(pass(word|wd|phrase)?|secret|token|credential|private|api[-_]?key|access[-_]?key|license|cert(ificate)?|^auth$|auth[-_]?(key|header)|^key$|[-_.]key$|[a-z]Key$|dsn|cookie|session|signature|salt)/i;
/**
 * Values that look like a credential whatever their key: known token prefixes, JWTs, PEM blocks, and long runs of
 * base64 letters holding digits, lower and upper case (tried only where such a run starts).
 */
const TOKEN_VALUE = /tkc(agnt|api|root|priv)_[A-Za-z0-9]+|gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]+|glpat-[A-Za-z0-9_-]+|xox[abpr]-[A-Za-z0-9-]+|AKIA[0-9A-Z]{12,}|ASIA[0-9A-Z]{12,}|sk_live_[A-Za-z0-9]+|AIza[0-9A-Za-z_-]{20,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(\.[A-Za-z0-9_-]*)?|-----BEGIN [A-Z]+( [A-Z]+)* PRIVATE KEY-----|(?<![A-Za-z0-9+/=_-])(?=[A-Za-z0-9+/_-]*[0-9])(?=[A-Za-z0-9+/_-]*[a-z])(?=[A-Za-z0-9+/_-]*[A-Z])[A-Za-z0-9+/_-]{24,}={0,2}/g;
/** Any hint of a credential, for lines too long to take apart. */
const SENSITIVE_WORD = /pass|secret|token|credential|private|key|license|cert|auth|dsn|cookie|session|signature/i;
/** Lines longer than this are not taken apart. */
const LONG_LINE = 10_000;
function isSensitiveKey(key) {
    const bare = unquote(key.trim());
    const last = bare.slice(Math.max(bare.lastIndexOf('.'), bare.lastIndexOf('/')) + 1);
    return SENSITIVE_KEY.test(last) || SENSITIVE_KEY.test(bare);
}
function looksLikeToken(value) {
    TOKEN_VALUE.lastIndex = 0;
    const found = TOKEN_VALUE.test(value);
    TOKEN_VALUE.lastIndex = 0;
    return found;
}
/**
 * A line-by-line redactor: it remembers, from one line to the next, a block scalar or map being masked, and a
 * `name:` that names a credential. `secret` says the lines are those of a Secret manifest.
 */
class Redactor {
    secret;
    /** Lines indented deeper than this are masked (a block scalar, a map, the data of a Secret); -1 when none. */
    maskDeeperThan = -1;
    sensitiveName = false;
    constructor(secret = false) {
        this.secret = secret;
    }
    line(text) {
        let indent = 0;
        while (indent < text.length && (text[indent] === ' ' || text[indent] === '\t'))
            indent++;
        if (this.maskDeeperThan >= 0) {
            if (indent === text.length)
                return text;
            if (indent > this.maskDeeperThan)
                return `${text.slice(0, indent)}${REDACTED}`;
            this.maskDeeperThan = -1;
        }
        if (text.length > LONG_LINE) {
            this.sensitiveName = false;
            return SENSITIVE_WORD.test(text) || looksLikeToken(text) ? `${text.slice(0, indent)}${REDACTED}` : text;
        }
        const kv = splitKeyLine(text);
        if (!kv) {
            this.sensitiveName = false;
            return maskTokens(text);
        }
        const { lead, key, sep, rest } = kv;
        const name = unquote(key);
        const value = stripComment(rest).trim();
        const previousNamedSecret = this.sensitiveName;
        this.sensitiveName = name === 'name' && isSensitiveKey(value);
        const sensitive = isSensitiveKey(name) ||
            (previousNamedSecret && name === 'value') ||
            (this.secret && lead === '' && (name === 'data' || name === 'stringData'));
        if (!sensitive)
            return `${lead}${key}${sep}${maskFlow(maskTokens(rest))}`;
        if (value === '' || isBlockHeader(value)) {
            // The value is on the lines below: a block scalar, or a map (a Secret's data).
            this.maskDeeperThan = lead.length;
            return text;
        }
        if (/^[&*!]\S*$/.test(value))
            return text; // an anchor, alias or tag alone: no value on this line
        return `${lead}${key}${sep}${REDACTED}`;
    }
}
/**
 * The lines of a YAML text (split at `\n`, a `\r` kept at the end of its line), masked. Documents are taken one
 * by one, so that a Secret's data is masked wherever its `kind` line is.
 */
function redactLines(text) {
    const lines = text.split('\n');
    const out = [];
    for (let start = 0; start < lines.length;) {
        let end = start + 1;
        while (end < lines.length && !isDocumentStart(lines[end]))
            end++;
        let secret = false;
        for (let i = start; i < end && !secret; i++)
            secret = isSecretKind(lines[i]);
        const r = new Redactor(secret);
        for (let i = start; i < end; i++) {
            const l = lines[i];
            const cr = l.endsWith('\r');
            const masked = r.line(cr ? l.slice(0, -1) : l);
            out.push(cr ? `${masked}\r` : masked);
        }
        start = end;
    }
    return out;
}
function isDocumentStart(line) {
    return (line.startsWith('---') && (line.length === 3 || line[3] === ' ' || line[3] === '\t' || line[3] === '\r'));
}
function isSecretKind(line) {
    if (!line.startsWith('kind:') || line.length > 64)
        return false;
    return /^kind:[ \t]*["']?Secret["']?[ \t]*(#.*)?\r?$/.test(line);
}
function redact_isBlank(c) {
    return c === ' ' || c === '\t';
}
function isBlockHeader(value) {
    return /^[|>][-+0-9]{0,3}$/.test(value);
}
function unquote(s) {
    return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}
/** The offset of the quote closing the one at `open`, or -1. */
function closingQuote(text, open) {
    const q = text[open];
    for (let i = open + 1; i < text.length; i++) {
        if (q === '"' && text[i] === '\\')
            i++;
        else if (text[i] === q) {
            if (q === "'" && text[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
}
/** `  - key: value  # comment` → the indent and `- ` indicators, the key, `: `, and the rest; null for no key. */
function splitKeyLine(text) {
    const n = text.length;
    let p = 0;
    while (p < n && redact_isBlank(text[p]))
        p++;
    while (text[p] === '-' && (p + 1 === n || redact_isBlank(text[p + 1]))) {
        p++;
        while (p < n && redact_isBlank(text[p]))
            p++;
    }
    const keyStart = p;
    const c = text[p];
    if (c === undefined || c === '#' || c === '{' || c === '[')
        return null;
    let keyEnd;
    if (c === '"' || c === "'") {
        const close = closingQuote(text, p);
        if (close < 0)
            return null;
        keyEnd = close + 1;
        p = keyEnd;
        while (p < n && redact_isBlank(text[p]))
            p++;
        if (text[p] !== ':')
            return null;
    }
    else {
        for (; p < n; p++) {
            if (text[p] === ':' && (p + 1 === n || redact_isBlank(text[p + 1])))
                break;
            if (text[p] === '#' && redact_isBlank(text[p - 1]))
                return null;
        }
        if (p >= n)
            return null;
        keyEnd = p;
        while (keyEnd > keyStart && redact_isBlank(text[keyEnd - 1]))
            keyEnd--;
    }
    let q = p + 1;
    while (q < n && redact_isBlank(text[q]))
        q++;
    return {
        lead: text.slice(0, keyStart),
        key: text.slice(keyStart, keyEnd),
        sep: text.slice(keyEnd, q),
        rest: text.slice(q)
    };
}
/** A value without its trailing comment (a `#` at the start or after a blank). */
function stripComment(rest) {
    for (let i = rest.indexOf('#'); i >= 0; i = rest.indexOf('#', i + 1))
        if (i === 0 || redact_isBlank(rest[i - 1]))
            return rest.slice(0, i);
    return rest;
}
function maskTokens(text) {
    return looksLikeToken(text) ? text.replace(TOKEN_VALUE, REDACTED) : text;
}
const FLOW_KEY_CHAR = /[\w./-]/;
/** Inside flow maps on one line: `{user: a, password: b}`. */
function maskFlow(text) {
    if (!text.includes('{'))
        return text;
    const n = text.length;
    let out = '';
    let done = 0;
    let quote = '';
    for (let i = 0; i < n; i++) {
        const c = text[i];
        if (quote) {
            if (quote === '"' && c === '\\')
                i++;
            else if (c === quote) {
                if (quote === "'" && text[i + 1] === "'")
                    i++;
                else
                    quote = '';
            }
            continue;
        }
        if (c === '"' || c === "'") {
            quote = c;
            continue;
        }
        if (c !== '{' && c !== ',')
            continue;
        let k = i + 1;
        while (k < n && redact_isBlank(text[k]))
            k++;
        let keyEnd;
        if (text[k] === '"' || text[k] === "'") {
            const close = closingQuote(text, k);
            if (close < 0)
                continue;
            keyEnd = close + 1;
        }
        else {
            keyEnd = k;
            while (keyEnd < n && FLOW_KEY_CHAR.test(text[keyEnd]))
                keyEnd++;
            if (keyEnd === k)
                continue;
        }
        let s = keyEnd;
        while (s < n && redact_isBlank(text[s]))
            s++;
        if (text[s] !== ':')
            continue;
        s++;
        while (s < n && redact_isBlank(text[s]))
            s++;
        let v = s;
        if (text[v] === '"' || text[v] === "'") {
            const close = closingQuote(text, v);
            v = close < 0 ? n : close + 1;
        }
        else
            while (v < n && text[v] !== ',' && text[v] !== '}' && text[v] !== ']')
                v++;
        if (isSensitiveKey(text.slice(k, keyEnd)) && text.slice(s, v).trim() !== '') {
            out += text.slice(done, s) + REDACTED;
            done = v;
        }
        i = v - 1;
    }
    return out + text.slice(done);
}

;// CONCATENATED MODULE: ./src/fix/diff.ts
/**
 * A git-style unified diff of one fixed file (`diff --git a/… b/…`, 3 lines of context), for people and for
 * `git apply`. Lines are compared with their line endings, so a CRLF file whose fix keeps CRLF shows only the
 * lines the fix touched; the `\r` stays in the output, as git prints it. Credentials on the lines shown (a
 * password next to a fixed key, an agent key in the same `helm.values`) are masked (see redact.ts); a diff with
 * a masked line does not apply with `git apply`.
 */


const DIFF_CONTEXT = 3;
function unifiedDiff(file, before, after) {
    if (before === after)
        return '';
    const patch = structuredPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, {
        context: DIFF_CONTEXT
    });
    if (patch.hunks.length === 0)
        return '';
    const [oldLines, newLines] = [before.split('\n'), after.split('\n')];
    const [oldMasked, newMasked] = [redactLines(before), redactLines(after)];
    // A hunk line is the text's line at that position; were it ever not, it is hidden whole rather than shown
    // without the context (a block scalar, a Secret) that decides what to mask.
    const masked = (lines, masks, i, body) => lines[i] === body ? masks[i] : REDACTED;
    for (const hunk of patch.hunks) {
        let o = hunk.oldStart - 1;
        let n = hunk.newStart - 1;
        hunk.lines = hunk.lines.map(line => {
            const sign = line[0];
            const body = line.slice(1);
            if (sign === ' ') {
                n++;
                return sign + masked(oldLines, oldMasked, o++, body);
            }
            if (sign === '-')
                return sign + masked(oldLines, oldMasked, o++, body);
            if (sign === '+')
                return sign + masked(newLines, newMasked, n++, body);
            return line;
        });
    }
    return formatPatch({ ...patch, isGit: true });
}

;// CONCATENATED MODULE: ./src/fix/locate.ts
/**
 * Where a planned edit lands, as a line for people and review comments: the line of the key the edit changes
 * when it exists, else the line of its deepest existing parent (where the new keys are added). Read-only: it
 * walks the documents the scan already parsed.
 */


/** Embedded values parsed once per string node, however many edits land in them. */
const innerFiles = new WeakMap();
function walk(root, path, start) {
    let node = root;
    let offset = root?.range?.[0] ?? start;
    for (const seg of path) {
        if (typeof seg === 'number') {
            if (!(0,dist/* isSeq */.oP)(node) || !node.items[seg])
                break;
            node = node.items[seg];
            offset = node.range?.[0] ?? offset;
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node))
            break;
        const pair = node.items.find(p => keyText(p) === seg);
        if (!pair)
            break;
        const key = pair.key;
        offset = key?.range?.[0] ?? offset;
        node = pair.value;
    }
    return { offset, node };
}
function keyText(pair) {
    const k = pair.key;
    if ((0,dist/* isScalar */.jn)(k))
        return String(k.value);
    return null;
}
/** 1-based line in `file` where `edit` lands, or null when its document is gone. */
function editLine(file, edit) {
    const doc = file.docs.find(d => d.index === edit.target.docIndex);
    if (!doc)
        return null;
    const contents = doc.doc.contents;
    const t = edit.target;
    if (t.type === 'yaml-map') {
        return file.lineAt(walk(contents, [...t.nodePath, ...edit.path], doc.doc.range[0]).offset);
    }
    const outer = walk(contents, t.nodePath, doc.doc.range[0]);
    const outerLine = file.lineAt(outer.offset);
    if (t.type === 'set-list')
        return outerLine;
    // Embedded YAML: a literal block's lines are the value's lines, starting on the line after its header, so an
    // inner line maps onto the file by adding the header's line. A folded block joins lines, and a quoted or plain
    // string is one place: those land on the key.
    const scalar = outer.node;
    if (!(0,dist/* isScalar */.jn)(scalar) || scalar.type !== dist/* Scalar */.X5.BLOCK_LITERAL || typeof scalar.value !== 'string')
        return outerLine;
    if (!scalar.range)
        return outerLine;
    let inner = innerFiles.get(scalar);
    if (!inner) {
        inner = parseRepoFile(file.path, scalar.value);
        innerFiles.set(scalar, inner);
    }
    const innerDoc = inner.docs[0];
    if (!innerDoc)
        return outerLine;
    const found = walk(innerDoc.doc.contents, edit.path, innerDoc.doc.range[0]);
    return file.lineAt(scalar.range[0]) + inner.lineAt(found.offset);
}

// EXTERNAL MODULE: ./node_modules/semver/functions/lt.js
var lt = __nccwpck_require__(3872);
var lt_default = /*#__PURE__*/__nccwpck_require__.n(lt);
;// CONCATENATED MODULE: ./src/mesh/detect.ts
/**
 * Which mesh mode a release's pods run in. `on`/`off` are the user's word; `auto` looks for evidence in the
 * repository:
 * - native sidecars: istiod's `ENABLE_NATIVE_SIDECARS` set true in an `IstioOperator` (`spec.values.pilot.env`,
 *   `spec.components.pilot.k8s.env`), in an istiod chart release (`pilot.env` or `env`, the highest layer wins), in
 *   a plain istiod values file, or in a rendered istiod Deployment. `auto` and `false` are not evidence: `auto`
 *   (the default since Istio 1.27) turns native sidecars on only when every node runs Kubernetes 1.33 or later,
 *   which a repository does not show.
 * - ambient: a Namespace labelled `istio.io/dataplane-mode: ambient` (or an Argo CD Application that creates its
 *   destination namespace with that label), unless the same namespace is also labelled for sidecar injection.
 * Ambient wins over native sidecars for a release in such a namespace: its pods get no sidecar at all.
 */





const NATIVE_SIDECARS_ENV = 'ENABLE_NATIVE_SIDECARS';
const DATAPLANE_MODE_LABEL = 'istio.io/dataplane-mode';
function detectMeshFacts(ctx, istiod) {
    const other = [];
    const facts = { nativeSidecars: [], nativeSidecarsOther: other, ambientNamespaces: new Map() };
    const record = (value, location, ignored) => {
        if (ignored)
            other.push({ location, value: ignored });
        else if (isOn(value))
            facts.nativeSidecars.push(location);
        else
            other.push({ location, value: detect_describe(value) });
    };
    // Files that are layers of an istiod release are judged through the release, with its precedence.
    const layerFiles = new Set();
    for (const release of istiod) {
        for (const layer of release.layers)
            if (layer.file)
                layerFiles.add(layer.file);
        const found = istiodSetting(ctx, release);
        if (found)
            record(found.value, found.location, found.ignored);
    }
    for (const file of ctx.candidates) {
        if (!MESH_FILTER.mayContain(file.path, file.text))
            continue;
        for (const yamlDoc of file.docs) {
            if (yamlDoc.empty)
                continue;
            const obj = file.js(yamlDoc.index);
            if (!isPlainObject(obj))
                continue;
            const at = (path) => ({
                file: file.path,
                line: nodeLine(file, yamlDoc.index, path) ?? yamlDoc.line
            });
            const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : null;
            const kind = typeof obj.kind === 'string' ? obj.kind : null;
            if (apiVersion && kind) {
                if (kind === 'IstioOperator' && apiVersion.startsWith('install.istio.io/')) {
                    const found = istioOperatorSetting(obj);
                    if (found)
                        record(found.value, at(found.path));
                }
                else if (kind === 'Namespace' && apiVersion === 'v1') {
                    const meta = isPlainObject(obj.metadata) ? obj.metadata : {};
                    const labels = isPlainObject(meta.labels) ? meta.labels : {};
                    const name = meta.name;
                    if (typeof name === 'string' &&
                        !isTemplatedValue(name) &&
                        isAmbient(labels) &&
                        !facts.ambientNamespaces.has(name)) {
                        facts.ambientNamespaces.set(name, at(['metadata', 'labels', DATAPLANE_MODE_LABEL]));
                    }
                }
                else if (kind === 'Application' && apiVersion.startsWith('argoproj.io/')) {
                    const ns = argoManagedAmbientNamespace(obj);
                    if (ns && !facts.ambientNamespaces.has(ns)) {
                        facts.ambientNamespaces.set(ns, at(['spec', 'syncPolicy', 'managedNamespaceMetadata', 'labels', DATAPLANE_MODE_LABEL]));
                    }
                }
                else {
                    for (const found of workloadSettings(obj))
                        record(found.value, at(found.path));
                }
                continue;
            }
            if (layerFiles.has(file.path) || yamlDoc.index !== 0)
                continue;
            const found = istiodValuesSetting(file.path, obj);
            if (found)
                record(found.value, at(found.path));
        }
    }
    return facts;
}
function decideMesh(release, facts, setting) {
    if (setting === 'on')
        return {
            mode: 'native-sidecars',
            reason: 'native sidecars declared on by --native-sidecars on',
            evidence: []
        };
    if (setting === 'off')
        return { mode: 'sidecar', reason: 'native sidecars declared off by --native-sidecars off', evidence: [] };
    const ns = release.namespace;
    const ambient = ns ? facts.ambientNamespaces.get(ns) : undefined;
    if (ns && ambient) {
        return {
            mode: 'ambient',
            reason: `namespace '${ns}' is labelled ${DATAPLANE_MODE_LABEL}: ambient at ${where(ambient)}`,
            evidence: [ambient]
        };
    }
    if (facts.nativeSidecars.length > 0) {
        return {
            mode: 'native-sidecars',
            reason: `Istio ${NATIVE_SIDECARS_ENV} is true at ${facts.nativeSidecars.map(where).join(', ')}`,
            evidence: [...facts.nativeSidecars]
        };
    }
    let reason = 'no native sidecars or ambient mode declared in the repository';
    const notOn = facts.nativeSidecarsOther ?? [];
    const auto = notOn.filter(o => o.value === 'auto');
    const others = notOn.filter(o => o.value !== 'auto');
    if (auto.length > 0) {
        reason +=
            `; ${NATIVE_SIDECARS_ENV} is "auto" at ${auto.map(o => where(o.location)).join(', ')}, which turns native ` +
                'sidecars on only when every node runs Kubernetes 1.33 or later (Istio 1.27+): the repository does not show that';
    }
    if (others.length > 0) {
        reason += `; ${NATIVE_SIDECARS_ENV} is ${others.map(o => `${o.value} at ${where(o.location)}`).join(', ')}`;
    }
    if (!ns && facts.ambientNamespaces.size > 0) {
        reason += `; namespaces ${[...facts.ambientNamespaces.keys()].join(', ')} run in ambient mode, but the release's namespace is not known`;
    }
    return { mode: 'sidecar', reason, evidence: notOn.map(o => o.location) };
}
/** Files that may declare the mesh mode are parsed even when no reader wants them. */
const MESH_FILTER = {
    mayContain: (_path, text) => text.includes(NATIVE_SIDECARS_ENV) ||
        text.includes('dataplane-mode') ||
        text.includes('nativeSidecar') ||
        (text.includes('IstioOperator') && /kind:\s*["']?IstioOperator\b/.test(text))
};
/** istiod reads the env with a boolean parse; only an explicit true turns native sidecars on. */
function isOn(value) {
    return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}
function detect_describe(value) {
    if (isTemplatedValue(value))
        return `templated (${String(value)})`;
    if (typeof value === 'string')
        return value.trim().toLowerCase() === 'auto' ? 'auto' : `"${value}"`;
    return String(value);
}
function where(l) {
    return `${l.file}:${l.line}`;
}
function isAmbient(labels) {
    if (labels[DATAPLANE_MODE_LABEL] !== 'ambient')
        return false;
    // A namespace labelled for sidecar injection as well gets sidecars, and ambient skips pods that have one.
    return labels['istio-injection'] !== 'enabled' && typeof labels['istio.io/rev'] !== 'string';
}
function argoManagedAmbientNamespace(app) {
    const spec = isPlainObject(app.spec) ? app.spec : {};
    const labels = getPath(spec, ['syncPolicy', 'managedNamespaceMetadata', 'labels']).value;
    const ns = getPath(spec, ['destination', 'namespace']).value;
    if (!isPlainObject(labels) || !isAmbient(labels) || typeof ns !== 'string' || !ns || isTemplatedValue(ns)) {
        return null;
    }
    return ns;
}
/**
 * IstioOperator: `spec.components.pilot.k8s.env` (a Kubernetes env list applied to the istiod Deployment) is
 * more specific than `spec.values.pilot.env` and wins when both are set.
 */
function istioOperatorSetting(op) {
    const spec = isPlainObject(op.spec) ? op.spec : {};
    const list = getPath(spec, ['components', 'pilot', 'k8s', 'env']).value;
    if (Array.isArray(list)) {
        const i = list.findIndex(e => isPlainObject(e) && e.name === NATIVE_SIDECARS_ENV);
        if (i >= 0) {
            return {
                value: list[i].value,
                path: ['spec', 'components', 'pilot', 'k8s', 'env', i, 'value']
            };
        }
    }
    const env = getPath(spec, ['values', 'pilot', 'env', NATIVE_SIDECARS_ENV]);
    if (env.found)
        return { value: env.value, path: ['spec', 'values', 'pilot', 'env', NATIVE_SIDECARS_ENV] };
    return null;
}
/** A rendered istiod Deployment (a repository of `helm template` / `istioctl manifest generate` output). */
function workloadSettings(obj) {
    if (obj.kind !== 'Deployment')
        return [];
    const containers = getPath(obj, ['spec', 'template', 'spec', 'containers']).value;
    if (!Array.isArray(containers))
        return [];
    const out = [];
    containers.forEach((c, ci) => {
        if (!isPlainObject(c) || !Array.isArray(c.env))
            return;
        const i = c.env.findIndex(e => isPlainObject(e) && e.name === NATIVE_SIDECARS_ENV);
        if (i < 0)
            return;
        const value = c.env[i].value;
        out.push({ value, path: ['spec', 'template', 'spec', 'containers', ci, 'env', i, 'value'] });
    });
    return out;
}
/** Keys only istiod's chart has at its top, to tell its `env:` from any other chart's. */
const ISTIOD_KEYS = [
    'pilot',
    'meshConfig',
    'sidecarInjectorWebhook',
    'istiodRemote',
    'revision',
    'revisionTags'
];
/**
 * A plain istiod values file (not a layer of a known istiod release): `pilot.env.X` (all versions) or `env.X`
 * (1.24+), at the top or under an `istiod:` umbrella key. `pilot.env` wins, as the chart merges `pilot` over
 * the top level.
 */
function istiodValuesSetting(path, tree) {
    for (const base of [[], ['istiod']]) {
        const root = base.length ? getPath(tree, base).value : tree;
        if (!isPlainObject(root))
            continue;
        const pilot = getPath(root, ['pilot', 'env', NATIVE_SIDECARS_ENV]);
        if (pilot.found)
            return { value: pilot.value, path: [...base, 'pilot', 'env', NATIVE_SIDECARS_ENV] };
        const env = getPath(root, ['env', NATIVE_SIDECARS_ENV]);
        const clearlyIstiod = base.length > 0 || ISTIOD_KEYS.some(k => k in root) || /(^|\/)[^/]*istio[^/]*\//i.test(path);
        if (env.found && clearlyIstiod)
            return { value: env.value, path: [...base, 'env', NATIVE_SIDECARS_ENV] };
    }
    return null;
}
/**
 * The effective setting of an istiod chart release: for `pilot.env.X` and `env.X`, the highest layer that sets
 * it; `pilot.env` wins over `env` (the chart merges `pilot` over the top level since 1.24, and reads only
 * `pilot.env` before). `env` alone on a chart pinned below 1.24 has no effect.
 */
function istiodSetting(ctx, release) {
    const pilot = highestLayerValue(ctx, release, prefixedPath(release.valuesPrefix, `pilot.env.${NATIVE_SIDECARS_ENV}`));
    if (pilot)
        return pilot;
    const env = highestLayerValue(ctx, release, prefixedPath(release.valuesPrefix, `env.${NATIVE_SIDECARS_ENV}`));
    if (!env)
        return null;
    const pinned = release.chartVersion ? valid_default()(release.chartVersion.trim().replace(/^v/, '')) : null;
    if (pinned && lt_default()(pinned, '1.24.0')) {
        return { ...env, ignored: `${detect_describe(env.value)} under env, which istiod ${pinned} does not read` };
    }
    return env;
}
function highestLayerValue(ctx, release, path) {
    let found = null;
    for (const layer of release.layers) {
        if (layer.values) {
            const got = getPath(layer.values, path);
            if (got.found)
                found = { value: got.value, location: layerLocation(ctx, release, layer, path) };
        }
        for (const entry of layer.sets ?? []) {
            if (entry.path.length === path.length && entry.path.every((k, i) => String(k) === path[i])) {
                found = {
                    value: entry.value,
                    location: { file: layer.file ?? release.file, line: entry.line ?? layer.line ?? release.line }
                };
            }
        }
    }
    return found;
}
function layerLocation(ctx, release, layer, path) {
    const file = layer.file ?? release.file;
    const target = layer.target;
    if (target?.type === 'yaml-map') {
        const repoFile = ctx.getFile(target.file);
        const line = repoFile ? nodeLine(repoFile, target.docIndex, [...target.nodePath, ...path]) : null;
        if (line)
            return { file: target.file, line };
    }
    return { file, line: layer.line ?? release.line };
}
/** Line of the node at `path` in one document of a file, or null. */
function nodeLine(file, docIndex, path) {
    const yamlDoc = file.docs.find(d => d.index === docIndex);
    if (!yamlDoc || !(0,dist/* isMap */.jh)(yamlDoc.doc.contents))
        return null;
    const node = yamlDoc.doc.getIn(path, true);
    if (!(0,dist/* isNode */.Ll)(node) || !node.range)
        return null;
    return file.lineAt(node.range[0]);
}

;// CONCATENATED MODULE: ./src/engine/scan.ts











/** The environment variable that keeps a scan on one thread (`off`, `0`, `false` or `no`): CLI and Action. */
const READ_AHEAD_ENV = 'TESTKUBE_ISTIO_GUARD_READ_AHEAD';
/** `readAhead` as the environment sets it. */
function readAheadFromEnv(env) {
    return !/^(off|0|false|no)$/i.test((env[READ_AHEAD_ENV] ?? '').trim());
}
/** The pass behind each report, for `scanAgain`. Held weakly: a report that is dropped takes its pass along. */
const passes = new WeakMap();
async function scan(opts) {
    const started = performance.now();
    const readers = opts.readers ?? ALL_READERS;
    // On a large tree, a worker thread reads the files while this one tests and parses them (see
    // discover/read-ahead.ts). It starts as soon as the walk has found that many files, and is ready when the walk is
    // done; a small tree never starts it (its start-up and end would cost a small scan about a tenth of its time).
    let readAhead = null;
    let ctx;
    try {
        const found = await discoverFiles(opts.root, {
            include: opts.include,
            exclude: opts.exclude,
            whenLarge: opts.readAhead === false
                ? undefined
                : { files: READ_AHEAD_MIN_FILES, call: () => (readAhead = startReadAhead()) }
        });
        ctx = await createContext(opts.root, found, [...readers, MESH_FILTER], opts.repoUrls ?? [], { readAhead });
    }
    finally {
        await readAhead?.stop();
    }
    return judgeTree(opts, readers, ctx, started);
}
/**
 * Scan the tree of `previous` again after the files in `changed` were written (by --fix), with the same options:
 * the walk and the pass over every file are not repeated; the changed files and the candidates are read again.
 * Falls back to a full scan when `previous` did not come from `scan` in this process.
 */
async function scanAgain(previous, opts, changed) {
    const pass = passes.get(previous);
    if (!pass)
        return scan(opts);
    const started = performance.now();
    const readers = opts.readers ?? ALL_READERS;
    const ctx = await createContext(opts.root, pass.found, [...readers, MESH_FILTER], opts.repoUrls ?? [], {
        reuse: { pass, changed }
    });
    return judgeTree(opts, readers, ctx, started);
}
/**
 * Write a report's file changes (atomically, never outside the root; see fix/write.ts), then scan again to learn
 * what is left: only the written files changed, so the second scan starts from the first one's pass.
 */
async function writeFixes(report, opts) {
    const outcome = await writeChanges(opts.root, report.changes);
    const after = await scanAgain(report, { ...opts, planFixes: false }, outcome.written);
    return { written: outcome.written, problems: outcome.problems, after };
}
/** Everything after reading: extract, dedupe, mesh, judge, plan the fixes. */
function judgeTree(opts, readers, ctx, started) {
    const found = ctx.pass().found;
    const extracted = [];
    for (const reader of readers) {
        try {
            extracted.push(...reader.extract(ctx));
        }
        catch (err) {
            // A reader bug must not end the run for every other format.
            ctx.report({
                file: '.',
                line: 1,
                message: `${reader.displayName} reader failed: ${err.message}`
            });
        }
    }
    const all = dedupeReleases(extracted);
    const releases = all.filter(r => r.chart !== 'istiod');
    const meshFacts = detectMeshFacts(ctx, all.filter(r => r.chart === 'istiod'));
    const findings = [];
    const edits = [];
    const editOf = new Map();
    const lineOfEdit = new Map();
    for (const release of releases) {
        release.mesh = decideMesh(release, meshFacts, opts.nativeSidecars ?? 'auto');
        const judged = judgeRelease(release);
        // A fixable finding points at the line its fix changes (the key, or the parent new keys go under), found
        // once per edit however many findings share it.
        for (const [finding, edit] of judged.editOf) {
            editOf.set(finding, edit);
            let line = lineOfEdit.get(edit);
            if (line === undefined) {
                const file = ctx.getFile(edit.target.file);
                line = file ? editLine(file, edit) : null;
                lineOfEdit.set(edit, line);
            }
            if (line !== null)
                finding.line = line;
        }
        findings.push(...judged.findings);
        edits.push(...judged.edits);
    }
    const changes = opts.planFixes === false ? [] : planChanges(edits, ctx.getFile, ctx.report);
    const fixes = changes.map(c => ({ file: c.file, diff: unifiedDiff(c.file, c.before, c.after) }));
    const report = {
        root: opts.root,
        releases,
        findings,
        edits,
        editOf,
        changes,
        fixes,
        errors: ctx.errors(),
        stats: {
            filesSeen: found.files.length,
            filesParsed: ctx.parsedCount(),
            millis: performance.now() - started
        }
    };
    passes.set(report, ctx.pass());
    return report;
}
/** Group edits by file and apply them to the text; a file whose edits fail is left unchanged and reported. */
function planChanges(edits, getFile, report) {
    const byFile = new Map();
    for (const e of edits) {
        const list = byFile.get(e.target.file) ?? [];
        list.push(e);
        byFile.set(e.target.file, list);
    }
    const changes = [];
    for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
        const src = getFile(file);
        if (!src)
            continue;
        const result = applyEdits(file, src.text, list);
        for (const problem of result.problems)
            report({ file, line: problem.line, message: problem.message });
        if (result.text !== src.text)
            changes.push({ file, before: src.text, after: result.text });
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/report/run.ts
/** A run that only looked: how the GitHub Action and tests hand a bare scan to a renderer. */
function checkRun(report) {
    return { report, mode: 'check', written: [], writeProblems: [] };
}
function asRun(input) {
    return 'report' in input ? input : checkRun(input);
}
/** A finding's identity across scans: rule, release and value path (its line moves when a file is fixed). */
function findingKey(f) {
    return `${f.ruleId}\u0000${f.releaseId}\u0000${f.path}`;
}
/** Findings still present when the run ends. */
function remainingFindings(run) {
    return (run.after ?? run.report).findings;
}
/** Problems with files when the run ends: the final scan's, and any write that failed. */
function finalErrors(run) {
    return [...(run.after ?? run.report).errors, ...run.writeProblems];
}
/** Keys of the scan's findings that the written fixes resolved. */
function fixedKeys(run) {
    if (run.mode !== 'fix' || !run.after)
        return new Set();
    const left = new Set(run.after.findings.map(findingKey));
    return new Set(run.report.findings.map(findingKey).filter(k => !left.has(k)));
}
function countLevels(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        counts[f.level]++;
    return counts;
}
function summarise(run) {
    const { report } = run;
    return {
        releases: report.releases.length,
        findings: countLevels(report.findings),
        fixable: report.findings.filter(f => f.fixable).length,
        fixed: fixedKeys(run).size,
        remaining: countLevels(remainingFindings(run)),
        errors: finalErrors(run).length,
        filesScanned: report.stats.filesSeen
    };
}
/** The changes the run shows: every planned one, or only those written. */
function shownFixes(run) {
    if (run.mode !== 'fix')
        return run.report.fixes;
    const written = new Set(run.written);
    return run.report.fixes.filter(f => written.has(f.file));
}
/**
 * Whether the run fails at this threshold: a finding at or above it remains. At `warning`, files that could
 * not be read or written (TKI900, a warning) count too.
 */
function fails(run, failOn) {
    if (failOn === 'never')
        return false;
    const left = countLevels(remainingFindings(run));
    if (failOn === 'error')
        return left.error > 0;
    return left.error + left.warning + finalErrors(run).length > 0;
}

;// CONCATENATED MODULE: ./src/report/json.ts


function toJsonReport(input) {
    const run = asRun(input);
    const fixed = fixedKeys(run);
    return {
        schemaVersion: 1,
        mode: run.mode,
        summary: summarise(run),
        releases: run.report.releases.map(jsonRelease),
        findings: run.report.findings.map(f => ({
            ruleId: f.ruleId,
            level: f.level,
            releaseId: f.releaseId,
            path: f.path,
            expected: f.expected ?? null,
            actual: f.actual ?? null,
            file: f.file,
            line: f.line,
            fixable: f.fixable,
            fixed: fixed.has(findingKey(f)),
            message: f.message,
            docs: ruleDocUrl(f.ruleId)
        })),
        fixes: shownFixes(run).map(f => ({ file: f.file, diff: f.diff })),
        errors: finalErrors(run).map(e => ({ file: e.file, line: e.line, message: e.message }))
    };
}
function renderJson(input) {
    return `${JSON.stringify(toJsonReport(input), null, 2)}\n`;
}
function jsonRelease(r) {
    return {
        id: r.id,
        name: r.name,
        namespace: r.namespace,
        chart: r.chart,
        chartVersion: r.chartVersion,
        source: r.source,
        file: r.file,
        line: r.line,
        valuesPrefix: r.valuesPrefix,
        mesh: r.mesh
            ? {
                mode: r.mesh.mode,
                reason: r.mesh.reason,
                evidence: r.mesh.evidence.map(e => ({ file: e.file, line: e.line }))
            }
            : null,
        notes: [...(r.notes ?? [])],
        // Only the description of each layer: its `values` and `sets` stay out of the output.
        valueSources: r.layers.map((l, precedence) => ({
            kind: l.kind,
            label: l.label,
            file: l.file,
            line: l.line,
            yamlPath: l.yamlPath,
            precedence,
            editable: Boolean(l.target) && !l.readOnlyReason,
            readOnlyReason: l.readOnlyReason ?? null
        }))
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"testkube-istio-guard","rE":"0.1.0"}');
;// CONCATENATED MODULE: ./src/report/tool.ts
/** The tool's identity in every report: name and version come from package.json, so they are spelled once. */


const TOOL_NAME = package_namespaceObject.UU;
const TOOL_VERSION = package_namespaceObject.rE;
/** The project's home page: the repository the rule docs live in. */
const TOOL_URL = DOCS_BASE_URL.replace(/\/blob\/.*$/, '');

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning. One run; the rules are the whole catalogue (so `ruleIndex` is stable);
 * every result has a repo-relative location with a region (GitHub rejects a result without one) and a
 * fingerprint that does not move when lines do. Files that could not be read are results of TKI900.
 */




const FINGERPRINT = 'testkubeIstioGuard/v1';
/** The rule files that cannot be read or parsed are reported under. */
const FILE_PROBLEM_RULE = 'TKI900';
/**
 * The findings that exist in the files when the run ends (after `--fix`, those the fixes left), so that the
 * locations match what is on disk.
 */
function toSarif(input, opts = {}) {
    const run = asRun(input);
    const prefix = opts.uriPrefix ?? '';
    const index = new Map(RULES.map((r, i) => [r.code, i]));
    const location = (file, line) => [
        {
            physicalLocation: {
                artifactLocation: { uri: toUri(prefix, file), uriBaseId: '%SRCROOT%' },
                region: { startLine: Math.max(1, Math.floor(line) || 1) }
            }
        }
    ];
    const results = remainingFindings(run).map(f => {
        const ruleIndex = index.get(f.ruleId);
        return {
            ruleId: f.ruleId,
            ...(ruleIndex === undefined ? {} : { ruleIndex }),
            level: sarifLevel(f.level),
            message: { text: f.message },
            locations: location(f.file, f.line),
            partialFingerprints: { [FINGERPRINT]: fingerprint(f.ruleId, f.releaseId, f.path) },
            properties: { releaseId: f.releaseId, path: f.path, fixable: f.fixable }
        };
    });
    const problemIndex = index.get(FILE_PROBLEM_RULE);
    for (const e of finalErrors(run)) {
        results.push({
            ruleId: FILE_PROBLEM_RULE,
            ...(problemIndex === undefined ? {} : { ruleIndex: problemIndex }),
            level: 'warning',
            message: { text: `${e.file}:${e.line}: ${e.message}` },
            locations: location(e.file, e.line),
            partialFingerprints: { [FINGERPRINT]: fingerprint(FILE_PROBLEM_RULE, e.file, e.message) }
        });
    }
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: TOOL_VERSION,
                        semanticVersion: TOOL_VERSION,
                        informationUri: TOOL_URL,
                        rules: RULES.map(sarifRule)
                    }
                },
                ...(opts.category ? { automationDetails: { id: opts.category } } : {}),
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}
function renderSarif(input, opts = {}) {
    return `${JSON.stringify(toSarif(input, opts), null, 2)}\n`;
}
function sarifRule(rule) {
    const docs = ruleDocUrl(rule.code);
    return {
        id: rule.code,
        name: rule.name,
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description },
        // GitHub shows `help`, not `helpUri`: the remediation and the link go in both forms.
        help: {
            text: `${rule.description}\n\nHow to fix: ${rule.remediation}\n\nDocumentation: ${docs}`,
            markdown: `${rule.description}\n\n**How to fix:** ${rule.remediation}\n\n[${rule.code} documentation](${docs})`
        },
        helpUri: docs,
        defaultConfiguration: { level: sarifLevel(rule.level) },
        properties: {
            tags: [...new Set(['testkube', 'istio', 'helm', rule.category, ...(rule.chart ? [rule.chart] : [])])]
        }
    };
}
function sarifLevel(level) {
    return level;
}
/** A directory-relative path as a URI reference: prefixed, `/`-separated, each segment percent-encoded. */
function toUri(prefix, file) {
    const rel = file.replace(/\\/g, '/').replace(/^\.(\/|$)/, '');
    const path = `${prefix}${rel}`.replace(/\/$/, '') || '.';
    return path
        .split('/')
        .map(s => encodeURIComponent(s))
        .join('/');
}
function fingerprint(...parts) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/report/format.ts
/** Small text helpers the renderers share: counted nouns, and colour that can be switched off. */
const sgr = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const identity = (s) => s;
function palette(enabled) {
    if (!enabled)
        return { red: identity, yellow: identity, green: identity, cyan: identity, dim: identity, bold: identity };
    return {
        red: sgr(31, 39),
        yellow: sgr(33, 39),
        green: sgr(32, 39),
        cyan: sgr(36, 39),
        dim: sgr(2, 22),
        bold: sgr(1, 22)
    };
}
/**
 * Whether text output gets colour: `--no-color` wins, then FORCE_COLOR (`0`/`false` turn it off, anything
 * else on), then NO_COLOR (any non-empty value turns it off), then whether the output is a terminal.
 */
function useColor(flag, env, isTTY) {
    if (!flag)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !(force === '0' || force.toLowerCase() === 'false');
    if (env.NO_COLOR)
        return false;
    return isTTY;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./src/report/text.ts



function renderText(input, opts = {}) {
    const run = asRun(input);
    const p = palette(opts.color ?? false);
    const fixed = fixedKeys(run);
    const summary = summarise(run);
    const out = [];
    const byRelease = new Map();
    for (const f of run.report.findings) {
        const list = byRelease.get(f.releaseId) ?? [];
        list.push(f);
        byRelease.set(f.releaseId, list);
    }
    if (run.report.releases.length === 0)
        out.push('No Testkube release found.', '');
    for (const release of run.report.releases) {
        out.push(...releaseBlock(release, byRelease.get(release.id) ?? [], fixed, p), '');
        byRelease.delete(release.id);
    }
    // A finding whose release is not in the list should not happen; show it rather than lose it.
    const orphans = [...byRelease.values()].flat();
    if (orphans.length > 0) {
        out.push(p.bold('Other findings'));
        for (const f of orphans)
            out.push(...findingLines(f, fixed.has(findingKey(f)), p));
        out.push('');
    }
    out.push(...fixesBlock(run, summary, p));
    out.push(...errorsBlock(finalErrors(run), p));
    out.push(summaryLine(run, summary, p));
    return `${out.join('\n')}\n`;
}
function releaseBlock(release, findings, fixed, p) {
    const version = release.chartVersion ?? 'no version';
    const lines = [
        `${p.bold(release.name)}${release.namespace ? p.dim(` (namespace ${release.namespace})`) : ''}  ` +
            `${release.chart} ${version}${release.valuesPrefix ? ` under ${release.valuesPrefix}` : ''}  ` +
            p.dim(`${release.source} ${release.file}:${release.line}`)
    ];
    if (release.mesh) {
        const where = release.mesh.evidence.map(e => `${e.file}:${e.line}`).join(', ');
        lines.push(`  mesh: ${release.mesh.mode}: ${release.mesh.reason}${where ? ` (${where})` : ''}`);
    }
    if (release.layers.length > 0) {
        const layers = release.layers.map(l => {
            const at = l.file ? ` (${l.file}${l.line ? `:${l.line}` : ''})` : '';
            return `${l.label}${at}${l.readOnlyReason ? ' (read-only)' : ''}`;
        });
        lines.push(p.dim(`  values, lowest first: ${layers.join(' < ')}`));
    }
    for (const note of release.notes ?? [])
        lines.push(p.dim(`  note: ${note}`));
    if (findings.length === 0)
        lines.push(`  ${p.green('ok')}: no findings`);
    for (const f of findings)
        lines.push(...findingLines(f, fixed.has(findingKey(f)), p));
    return lines;
}
function findingLines(f, isFixed, p) {
    const state = isFixed ? p.green(' [fixed]') : f.fixable ? p.dim(' [fixable]') : '';
    const lines = [`  ${levelTag(f.level, p)} ${p.bold(f.ruleId)}  ${f.file}:${f.line}  ${f.message}${state}`];
    // The value to set, unless the message already says it (the judge spells values with formatValue too).
    if (f.expected !== undefined && f.path && !f.message.includes(formatValue(f.expected, Infinity)))
        lines.push(p.dim(`           set ${f.path} = ${formatValue(f.expected)} (now: ${formatValue(f.actual)})`));
    return lines;
}
function levelTag(level, p) {
    const padded = level.padEnd(7);
    return level === 'error' ? p.red(padded) : level === 'warning' ? p.yellow(padded) : p.cyan(padded);
}
function fixesBlock(run, summary, p) {
    const fixes = shownFixes(run);
    if (run.mode === 'check') {
        // A check plans no diffs: the files the planned edits target are the files a fix would change.
        const files = new Set(run.report.edits.map(e => e.target.file)).size;
        if (files === 0)
            return [];
        return [
            `${plural(summary.fixable, 'finding')} can be fixed in ${plural(files, 'file')}: ` +
                'run with --fix to write the changes, or --fix --dry-run to see them.',
            ''
        ];
    }
    if (fixes.length === 0)
        return [run.mode === 'fix' ? 'No file changed.' : 'No change to make.', ''];
    const heading = run.mode === 'fix'
        ? `Fixes written to ${plural(fixes.length, 'file')}:`
        : `Fixes for ${plural(fixes.length, 'file')} (dry run, nothing written):`;
    const out = [p.bold(heading), ''];
    for (const fix of fixes)
        out.push(...colourDiff(fix.diff, p), '');
    return out;
}
function colourDiff(diff, p) {
    return diff
        .replace(/\n$/, '')
        .split('\n')
        .map(line => line.startsWith('+++') || line.startsWith('---')
        ? p.bold(line)
        : line.startsWith('@@')
            ? p.cyan(line)
            : line.startsWith('+')
                ? p.green(line)
                : line.startsWith('-')
                    ? p.red(line)
                    : line);
}
function errorsBlock(errors, p) {
    if (errors.length === 0)
        return [];
    const out = [p.bold(`Files that could not be read or written (${plural(errors.length, 'problem')}):`)];
    for (const e of errors)
        out.push(`  ${levelTag('warning', p)} ${p.bold('TKI900')}  ${e.file}:${e.line}  ${e.message}`);
    out.push('');
    return out;
}
function summaryLine(run, s, p) {
    const found = s.findings.error + s.findings.warning + s.findings.note;
    const parts = [
        plural(s.releases, 'release'),
        `${plural(found, 'finding')}${found > 0 ? ` (${levels(s.findings)})` : ''}`,
        `${s.fixable} fixable`
    ];
    if (run.mode === 'fix') {
        const left = s.remaining.error + s.remaining.warning + s.remaining.note;
        parts.push(`${s.fixed} fixed`, `${left} remaining${left > 0 ? ` (${levels(s.remaining)})` : ''}`);
    }
    if (s.errors > 0)
        parts.push(plural(s.errors, 'file problem'));
    parts.push(`${plural(s.filesScanned, 'YAML file')} scanned`);
    const text = `Summary: ${parts.join(', ')}.`;
    return s.remaining.error > 0 ? p.red(text) : s.remaining.warning > 0 ? p.yellow(text) : p.green(text);
}
function levels(c) {
    return ['error', 'warning', 'note']
        .filter(l => c[l] > 0)
        .map(l => plural(c[l], l))
        .join(', ');
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * The command line, parsed with `node:util` parseArgs and checked: every mistake becomes a UsageError with a
 * one-line reason (exit code 2), never a stack trace.
 */

const OUTPUT_FORMATS = ['text', 'json', 'sarif'];
const FAIL_ON = ['error', 'warning', 'never'];
const NATIVE_SIDECARS = ['auto', 'on', 'off'];
class UsageError extends Error {
}
const USAGE = `Usage: testkube-istio-guard scan [DIR] [options]

Finds every Testkube Helm release in a GitOps repository (plain values files, umbrella charts, Argo CD
Applications and ApplicationSets, Flux HelmReleases, helmfile, kustomize helmCharts), judges its merged
values against Testkube's Istio guide, and reports or fixes them.

Arguments:
  DIR                          the repository (or a folder of it) to scan; default: the current directory

Options:
  -f, --format <text|json|sarif>  output format (default: text)
      --fix                    write the fixes to the files, then scan again to report what remains
      --dry-run                with --fix: show the fixes as a diff and write nothing (implies --fix)
      --native-sidecars <auto|on|off>
                               whether Istio native sidecars are on (default: auto = look in the repository)
      --repo-url <URL>         a URL of this repository, to resolve Argo CD multi-source $ref value files
                               (repeatable; the origin remote of DIR is used too)
      --include <GLOB>         only scan YAML files matching this glob, relative to DIR (repeatable)
      --exclude <GLOB>         skip files matching this glob, relative to DIR (repeatable)
      --fail-on <error|warning|never>
                               exit 1 when a finding at or above this level remains (default: error)
  -o, --output <FILE>          write the report to FILE instead of standard output
      --no-color               no colours in text output (NO_COLOR and FORCE_COLOR are honoured too)
  -h, --help                   show this help
      --version                show the version

Exit codes: 0 nothing at or above --fail-on remains, 1 something does, 2 usage or configuration error.
Environment: TESTKUBE_ISTIO_GUARD_READ_AHEAD=off reads a large tree on one thread (same results).
`;
const OPTIONS = {
    format: { type: 'string', short: 'f' },
    fix: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'native-sidecars': { type: 'string' },
    'repo-url': { type: 'string', multiple: true },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    output: { type: 'string', short: 'o' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' }
};
function parseCliArgs(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new UsageError(describeParseError(err));
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { command: 'help' };
    if (values.version)
        return { command: 'version' };
    const [command, ...rest] = positionals;
    if (command === undefined)
        throw new UsageError('missing command: use `scan [DIR]`');
    if (command === 'help')
        return { command: 'help' };
    if (command !== 'scan')
        throw new UsageError(`unknown command '${command}': use \`scan [DIR]\``);
    if (rest.length > 1)
        throw new UsageError(`scan takes one directory, got ${rest.length}: ${rest.join(' ')}`);
    const dryRun = values['dry-run'] ?? false;
    return {
        command: 'scan',
        dir: rest[0] ?? '.',
        format: oneOf('--format', values.format, OUTPUT_FORMATS, 'text'),
        fix: (values.fix ?? false) || dryRun,
        dryRun,
        nativeSidecars: oneOf('--native-sidecars', values['native-sidecars'], NATIVE_SIDECARS, 'auto'),
        repoUrls: nonEmpty('--repo-url', values['repo-url']),
        include: nonEmpty('--include', values.include),
        exclude: nonEmpty('--exclude', values.exclude),
        failOn: oneOf('--fail-on', values['fail-on'], FAIL_ON, 'error'),
        color: !values['no-color'],
        output: values.output === undefined ? null : nonEmpty('--output', [values.output])[0]
    };
}
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new UsageError(`invalid ${flag} '${value}': expected one of ${allowed.join(', ')}`);
}
function nonEmpty(flag, list) {
    for (const v of list ?? [])
        if (v.trim() === '')
            throw new UsageError(`${flag} needs a value`);
    return list ?? [];
}
/** parseArgs' messages are long and multi-line; keep one short line per kind of mistake. */
function describeParseError(err) {
    const option = /'(-[^' ,]*)/.exec(err.message)?.[1];
    switch (err.code) {
        case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
            return `unknown option ${option ?? err.message}`;
        case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
            const long = /--[a-z-]+/.exec(err.message)?.[0];
            return /argument missing|ambiguous/.test(err.message)
                ? `${long ?? option} needs a value`
                : `${long ?? option} takes no value`;
        }
        default:
            return err.message.split('\n')[0];
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI's one job, top to bottom: parse the arguments, scan the directory, write the fixes when asked and
 * scan again to learn what remains, render the report, and turn the outcome into an exit code
 * (0 clean at --fail-on, 1 findings remain, 2 usage or configuration error). Streams and environment are
 * passed in so that tests run it in-process.
 */











const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;
async function runCli(argv, io = processIo()) {
    try {
        const args = parseCliArgs(argv);
        if (args.command === 'help') {
            io.stdout.write(USAGE);
            return EXIT_OK;
        }
        if (args.command === 'version') {
            io.stdout.write(`${TOOL_VERSION}\n`);
            return EXIT_OK;
        }
        return await runScan(args, io);
    }
    catch (err) {
        if (err instanceof UsageError) {
            io.stderr.write(`${TOOL_NAME}: ${err.message} (see --help)\n`);
            return EXIT_USAGE;
        }
        // A bug or an environment problem (disk full, permissions): say what, without a stack trace by default.
        const detail = io.env.DEBUG ? (err.stack ?? String(err)) : err.message;
        io.stderr.write(`${TOOL_NAME}: ${detail}\n`);
        return EXIT_USAGE;
    }
}
async function runScan(args, io) {
    const root = (0,external_node_path_namespaceObject.resolve)(io.cwd, args.dir);
    if (!(0,external_node_fs_namespaceObject.existsSync)(root))
        throw new UsageError(`directory not found: ${args.dir}`);
    if (!(0,external_node_fs_namespaceObject.statSync)(root).isDirectory())
        throw new UsageError(`not a directory: ${args.dir}`);
    const options = {
        root,
        include: args.include,
        exclude: args.exclude,
        nativeSidecars: args.nativeSidecars,
        repoUrls: args.repoUrls,
        readAhead: readAheadFromEnv(io.env)
    };
    // Diffs are shown (and carried in JSON `fixes[]`) with --fix or --dry-run; a plain check only
    // needs to know which findings are fixable, which the judge already decided.
    const report = await scan({ ...options, planFixes: args.fix });
    const run = { report, mode: 'check', written: [], writeProblems: [] };
    if (args.fix)
        run.mode = args.dryRun ? 'dry-run' : 'fix';
    if (run.mode === 'fix' && report.changes.length > 0) {
        const outcome = await writeFixes(report, options);
        run.written = outcome.written;
        run.writeProblems = outcome.problems;
        run.after = outcome.after;
    }
    const toFile = args.output !== null;
    const color = useColor(args.color, io.env, !toFile && io.stdout.isTTY === true);
    const text = args.format === 'json'
        ? renderJson(run)
        : args.format === 'sarif'
            ? renderSarif(run, { uriPrefix: repoPrefix(root) })
            : renderText(run, { color });
    if (toFile) {
        await (0,promises_namespaceObject.writeFile)((0,external_node_path_namespaceObject.resolve)(io.cwd, args.output), text);
    }
    else {
        io.stdout.write(text);
    }
    return fails(run, args.failOn) ? EXIT_FINDINGS : EXIT_OK;
}
/**
 * SARIF locations must be relative to the repository root for GitHub to place them; when DIR is a folder of a
 * git checkout, that folder is the prefix of every path ('' when DIR is the top or no checkout is found).
 */
function repoPrefix(root) {
    for (let dir = root;; dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.resolve)(dir, '.git'))) {
            const rel = (0,external_node_path_namespaceObject.relative)(dir, root);
            return rel === '' ? '' : `${rel.split(external_node_path_namespaceObject.sep).join('/')}/`;
        }
        if ((0,external_node_path_namespaceObject.dirname)(dir) === dir)
            return '';
    }
}
function processIo() {
    return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (__yamlDebug_LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
exports.iX = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (__yamlDebug_LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
