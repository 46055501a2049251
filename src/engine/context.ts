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
import { closeSync, readSync } from 'node:fs'
import { join, sep } from 'node:path'
import type { Document } from 'yaml'
import type { ScanError } from '../model.js'
import type { CandidateHints, ExtractContext, ReferencePool } from '../formats/types.js'
import { normaliseRepoUrl } from '../formats/types.js'
import { KNOWN_CHART_WORD } from '../formats/charts.js'
import { WORD_CUT } from '../formats/words.js'
import { isInside, isTerraformFilePath, type Discovery } from '../discover/files.js'
import { parseRepoFile, textFile, type RepoFile } from '../yaml/file.js'
import { decodeText, MAX_PARSE_BYTES, textForTests } from '../discover/text.js'
import { readRest, type ReadAhead, type ReadOutcome } from '../discover/read-ahead.js'
import { FileTooLarge, openWithSize, readRegularFileSync, testInChunks } from '../discover/open-file.js'

/** A text test that makes a file a candidate for parsing (format readers and the mesh detector). */
export interface CandidateFilter {
  mayContain(path: string, text: string, hints?: CandidateHints): boolean
  references?: readonly ReferencePool[]
}

export interface ScanContext extends ExtractContext {
  errors(): ScanError[]
  notices(): ScanError[]
  parsedCount(): number
  /** What the pass learned, to scan the same tree again after a few files changed (see createContext). */
  pass(): Pass
  /**
   * These files feed a release (it is declared there, or takes values from there): a problem reading or parsing
   * any of them leaves values unchecked, so it becomes an error-level TKI900. Warnings (duplicate keys) stay.
   */
  markFeeding(files: Iterable<string>): void
}

/**
 * What one pass over the tree learned: which files are candidates and the word indexes of the reference pools.
 * A scan after `--fix` wrote a few files starts from it and reads only those files and the candidates again.
 */
export interface Pass {
  found: Discovery
  hints: CandidateHints
  candidates: ReadonlySet<string>
  pools: Map<string, { pool: ReferencePool; index: WordIndex }>
  /** Repo-relative path → id in the word indexes, for every file the pass read, in path order. */
  ids: ReadonlyMap<string, number>
  paths: readonly string[]
  /** Files the pass could not read, with the reason: reported again by a scan that starts from the pass. */
  unreadable: readonly ScanError[]
  /**
   * The files the scan parsed (the candidates, and the files readers asked for), by path; null for one it could
   * not. A scan after fixes takes the files that did not change from here instead of reading and parsing them
   * again: parsing is most of a scan's own work, and nothing changes a parsed file once it is made.
   */
  parsed: ReadonlyMap<string, RepoFile | null>
  /**
   * The new text of each file the fixes of this pass's report change, with its documents as the fixer's read-back
   * check parsed them (parseYamlDocuments, as the scan parses). A scan after writing takes them for a file it reads
   * with exactly that text, instead of parsing it again.
   */
  written?: ReadonlyMap<string, WrittenText>
}

/** A text and its documents, as parseYamlDocuments made them (fix/text.ts ParsedText is one). */
export interface WrittenText {
  text: string
  docs: Document.Parsed[]
  masked: boolean
}

/** A pass to start from and the files that changed since (written by --fix). */
export interface PassReuse {
  pass: Pass
  changed: readonly string[]
}

export interface ContextOptions {
  /** Start from an earlier pass (see PassReuse). */
  reuse?: PassReuse
  /**
   * A worker that reads the pass's files (discover/read-ahead.ts) while this thread tests and parses them. The
   * caller starts it (during the walk, so that its start-up costs nothing) and stops it. The results are the same
   * with it and without.
   */
  readAhead?: ReadAhead | null
}

/** Files up to this size are read into the shared buffer; a larger one gets a buffer of its own, then dropped. */
const SHARED_BUFFER_MAX = 1024 * 1024
/** Files larger than this are not split into words: every lookup of their pool returns them. */
const MAX_INDEXED_BYTES = 256 * 1024
/**
 * A path that names a directory without spelling its name: it ends in a `.` or `..` segment (`.`, `..`,
 * `../..`, `a/..`, `./`), or is `/` (a helmfile, Argo CD or Flux chart path).
 */
const DIR_PATH = /(?:^|[\s'"[{,=/])\.\.?\/*(?=$|[\s'"\]},#])|(?:^|[\s'"[{,=])\/+(?=$|[\s'"\]},#])/m
/** Chart.yaml (v2 dependencies) and requirements.yaml (v1): the files that say what a chart directory installs. */
const CHART_META_FILE = /(^|\/)(Chart|requirements)\.ya?ml$/
/** A file that names Testkube: when it cannot be read or parsed, a release or its values may go unchecked. */
const TESTKUBE_WORD = /testkube/i

/**
 * Read the tree (`found`) and parse its candidates. With `reuse`, the tree is the one `reuse.pass` read, and only
 * the files in `reuse.changed` are read, tested and parsed again; the other files are taken from the pass, parsed
 * documents included (their problems are reported again, as a fresh scan reports them).
 */
export async function createContext(
  root: string,
  found: Discovery,
  filters: readonly CandidateFilter[],
  repoUrls: readonly string[],
  opts: ContextOptions = {}
): Promise<ScanContext> {
  const reuse = opts.reuse
  // A changed Chart.yaml may change which files name a Testkube chart (the hints): then every file is tested again.
  const start = reuse?.changed.some(p => CHART_META_FILE.test(p)) ? undefined : reuse
  const errors: ScanError[] = [...found.errors]
  const reported = new Set<string>()
  const report = (e: ScanError): void => {
    const key = `${e.file}:${e.line}:${e.message}`
    if (reported.has(key)) return
    reported.add(key)
    errors.push(e)
  }
  /** The problems (not the warnings) of each file this context reported: those markFeeding makes errors. */
  const problemsOf = new Map<string, ScanError[]>()
  const reportProblem = (e: ScanError, mentionsTestkube: boolean): void => {
    if (mentionsTestkube) e.level = 'error'
    const list = problemsOf.get(e.file) ?? []
    list.push(e)
    problemsOf.set(e.file, list)
    report(e)
  }
  const notices: ScanError[] = []
  const parsed = new Map<string, RepoFile | null>()
  const known = new Set(found.allPaths)
  const reader = new FileReader()
  const tooLarge = (path: string, bytes: number, mentionsTestkube: boolean): void =>
    reportProblem(
      {
        file: path,
        line: 1,
        message: `skipped: ${bytes} bytes is over the ${MAX_PARSE_BYTES}-byte limit for a YAML file`
      },
      mentionsTestkube
    )
  const mentionsTestkube = (text: string): boolean => TESTKUBE_WORD.test(text)

  // Paths are normalised repo-relative paths under a real root: a plain concatenation is their absolute path
  // (path.join would normalise them again, once per file of the tree).
  const rootPrefix = found.root.endsWith(sep) ? found.root : `${found.root}${sep}`
  /** Read a file; on failure report it and return null. The bytes are valid until the next read. */
  const unreadable: ScanError[] = []
  const cannotRead = (path: string, code: string): void => {
    const error = { file: path, line: 1, message: `cannot read: ${code}` }
    unreadable.push(error)
    reportProblem(error, false)
  }
  const read = (path: string): Buffer | null => {
    try {
      return reader.read(rootPrefix + path)
    } catch (err) {
      if (err instanceof FileTooLarge) {
        tooLarge(path, err.size, testInChunks(rootPrefix + path, [mentionsTestkube])[0])
        return null
      }
      cannotRead(path, String((err as NodeJS.ErrnoException).code ?? err))
      return null
    }
  }

  const admit = (path: string, buf: Buffer): RepoFile | null => {
    const decoded = decodeText(buf)
    if ('skip' in decoded) {
      reportProblem({ file: path, line: 1, message: decoded.skip }, TESTKUBE_WORD.test(textForTests(buf)))
      return null
    }
    if (isTerraformFilePath(path)) return textFile(path, decoded.text)
    return reportParsed(parseRepoFile(path, decoded.text, writtenParse(path, decoded.text)))
  }
  /** The fixer's parse of a file it wrote, when the file holds exactly the text it parsed (see Pass.written). */
  const writtenParse = (
    path: string,
    text: string
  ): { docs: Document.Parsed[]; templated: boolean } | undefined => {
    const w = reuse?.pass.written?.get(path)
    return w && w.text === text && w.docs.length > 0 ? { docs: w.docs, templated: w.masked } : undefined
  }
  /** Report what parsing a file found (again, for a file taken from an earlier pass). */
  const reportParsed = (file: RepoFile): RepoFile => {
    const mentionsTestkube = file.problems.length > 0 && TESTKUBE_WORD.test(file.text)
    for (const p of file.problems)
      reportProblem({ file: file.path, line: p.line, message: p.message }, mentionsTestkube)
    for (const p of file.warnings) report({ file: file.path, line: p.line, message: p.message })
    return file
  }
  /** A file an earlier pass parsed and that did not change since (see Pass.parsed). */
  const previous = start?.pass.parsed
  const unchangedSince = new Set(start?.changed)
  const kept = (path: string): RepoFile | undefined =>
    unchangedSince.has(path) ? undefined : (previous?.get(path) ?? undefined)

  /** Parse a candidate's bytes (already read) and record it. */
  const candidates: RepoFile[] = []
  const admitCandidate = (path: string, buf: Buffer): void => {
    if (buf.length > MAX_PARSE_BYTES) {
      tooLarge(path, buf.length, mentionsTestkube(textForTests(buf)))
      parsed.set(path, null)
      return
    }
    const file = admit(path, buf)
    parsed.set(path, file)
    if (file) candidates.push(file)
  }

  const readLatin1 = (path: string): string => {
    try {
      return textForTests(reader.read(rootPrefix + path))
    } catch {
      return '' // reported when a reader reads it
    }
  }
  const hints = start ? start.pass.hints : chartHints(found.allPaths, readLatin1)

  // Reference pools, from every filter that declares some; a pool shared by two readers is indexed once.
  const pools = start?.pass.pools ?? new Map<string, { pool: ReferencePool; index: WordIndex }>()
  for (const f of filters) {
    for (const pool of f.references ?? [])
      if (!pools.has(pool.name)) pools.set(pool.name, { pool, index: new WordIndex() })
  }
  const mayContain = (path: string, raw: string): boolean => filters.some(f => f.mayContain(path, raw, hints))

  // Repo-relative path ↔ id in the word indexes; a scan after fixes keeps the first pass's (nothing is added).
  let ids: ReadonlyMap<string, number>
  let paths: readonly string[]
  const candidatePaths = new Set<string>()
  if (start) {
    // Again after fixes: the changed files are tested again, and their words added to the indexes.
    ids = start.pass.ids
    paths = start.pass.paths
    const changed = new Set(start.changed)
    for (const path of start.pass.candidates) if (!changed.has(path)) candidatePaths.add(path)
    for (const e of start.pass.unreadable) {
      if (changed.has(e.file) || candidatePaths.has(e.file)) continue
      unreadable.push(e)
      reportProblem(e, false)
    }
    for (const path of changed) {
      const id = ids.get(path)
      const buf = id === undefined ? null : read(path)
      if (id === undefined || !buf) continue
      const raw = textForTests(buf)
      for (const { pool, index } of pools.values())
        if (pool.contains(path, raw)) index.update(id, wordsOf(pool, path, raw))
      if (mayContain(path, raw)) candidatePaths.add(path)
    }
    for (const path of [...candidatePaths].sort()) {
      const file = kept(path)
      if (file) {
        parsed.set(path, reportParsed(file))
        candidates.push(file)
        continue
      }
      const buf = read(path)
      if (buf) admitCandidate(path, buf)
    }
  } else {
    // The pass: read every YAML file once, test it, parse the candidates, index the words of reference files.
    const idOf = new Map<string, number>()
    const pathOf: string[] = []
    ids = idOf
    paths = pathOf
    const files = found.files
    // Repo-relative: the reader puts the root before each as it reads it (90,000 absolute paths are about 9 MB).
    const relPaths = files.map(f => f.path)
    const readSync = (abs: string): Buffer => reader.read(abs)
    const ahead = opts.readAhead
    const visit = (index: number, outcome: ReadOutcome): void => {
      const next = files[index]
      const id = pathOf.length
      pathOf.push(next.path)
      idOf.set(next.path, id)
      if ('error' in outcome) {
        cannotRead(next.path, outcome.error)
        return
      }
      if ('tooLarge' in outcome) {
        // Not read whole: its text tests run a chunk at a time, so that it is reported when it may matter.
        const pooled = [...pools.values()]
        const [testkube, candidate, ...inPools] = testInChunks(rootPrefix + next.path, [
          mentionsTestkube,
          text => mayContain(next.path, text),
          ...pooled.map(
            ({ pool }) =>
              (text: string) =>
                pool.contains(next.path, text)
          )
        ])
        pooled.forEach(({ index }, i) => inPools[i] && index.add(id, null))
        if (!candidate) return
        candidatePaths.add(next.path)
        parsed.set(next.path, null)
        tooLarge(next.path, outcome.tooLarge, testkube)
        return
      }
      const buf = outcome.bytes
      // The tests run on latin1 text: one character per byte, no UTF-8 decoding for the ~99% of files no reader
      // wants. Only candidates are decoded (strictly) and parsed.
      const raw = textForTests(buf)
      for (const { pool, index } of pools.values())
        if (pool.contains(next.path, raw)) index.add(id, wordsOf(pool, next.path, raw))
      if (!mayContain(next.path, raw)) return
      candidatePaths.add(next.path)
      admitCandidate(next.path, buf)
    }
    if (ahead) await ahead.readEach(relPaths, readSync, visit, rootPrefix)
    else readRest(relPaths, 0, readSync, visit, rootPrefix)
  }
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const ownUrls = new Set(repoUrls.map(normaliseRepoUrl).filter(Boolean))
  const origin = readOriginUrl(found.root)
  if (origin) ownUrls.add(normaliseRepoUrl(origin))

  const getFile = (relPath: string): RepoFile | undefined => {
    const rel = normaliseRel(relPath)
    if (rel === null) return undefined
    if (parsed.has(rel)) return parsed.get(rel) ?? undefined
    if (!known.has(rel)) {
      parsed.set(rel, null)
      return undefined
    }
    const abs = join(found.root, rel)
    if (!isInside(found.root, abs)) return undefined
    const earlier = kept(rel)
    if (earlier) {
      parsed.set(rel, reportParsed(earlier))
      return earlier
    }
    let file: RepoFile | null = null
    const buf = read(rel)
    if (buf && buf.length > MAX_PARSE_BYTES) tooLarge(rel, buf.length, mentionsTestkube(textForTests(buf)))
    else if (buf) file = admit(rel, buf)
    parsed.set(rel, file)
    return file ?? undefined
  }

  const lookups = new Map<string, string[]>()
  const mentioning = (pool: ReferencePool, word: string): string[] => {
    const key = `${pool.name}\u0000${word}`
    const cached = lookups.get(key)
    if (cached) return cached
    let entry = pools.get(pool.name)
    if (!entry) {
      // A pool no filter declared (a reader run on a context made for others): index it now, reading again.
      entry = { pool, index: new WordIndex() }
      for (const [path, id] of ids) {
        const buf = read(path)
        const raw = buf ? textForTests(buf) : undefined
        if (raw !== undefined && pool.contains(path, raw)) entry.index.add(id, wordsOf(pool, path, raw))
      }
      pools.set(pool.name, entry)
    }
    const found = entry.index.lookup(word).map(id => paths[id])
    lookups.set(key, found)
    return found
  }

  return {
    root: found.root,
    candidates,
    getFile,
    exists(relPath: string): boolean {
      const rel = normaliseRel(relPath)
      if (rel === null) return false
      // A directory exists when a file lies under it: a binary search of the sorted listing, rather than a set of
      // every directory of the tree built up front (most scans ask about a few dozen paths).
      return rel === '' || known.has(rel) || holdsFiles(found.allPaths, rel)
    },
    allFiles: () => found.allPaths,
    scanned: (relPath: string) => ids.has(relPath),
    mentioning,
    isThisRepo(url: string): boolean {
      return ownUrls.has(normaliseRepoUrl(url))
    },
    knowsOwnUrl: () => ownUrls.size > 0,
    report,
    note: notice => void notices.push(notice),
    errors: () => errors,
    notices: () => notices,
    parsedCount: () => [...parsed.values()].filter(Boolean).length,
    pass: () => ({ found, hints, candidates: candidatePaths, pools, ids, paths, unreadable, parsed }),
    markFeeding(files) {
      for (const file of files) for (const e of problemsOf.get(file) ?? []) e.level = 'error'
    }
  }
}

/**
 * Reads whole files into one buffer that is reused from file to file, so that reading a tree allocates next to
 * nothing. A file larger than SHARED_BUFFER_MAX is read into a buffer of its own.
 */
class FileReader {
  private shared = Buffer.allocUnsafe(64 * 1024)

  /** The file's bytes: a view into the shared buffer, valid until the next call. */
  read(abs: string): Buffer {
    const { fd, size } = openWithSize(abs)
    try {
      // Refused by its size before a byte is read; one that grows while it is read is refused too.
      if (size > MAX_PARSE_BYTES) throw new FileTooLarge(size)
      let buf = this.shared
      let length = 0
      for (;;) {
        if (length > MAX_PARSE_BYTES) throw new FileTooLarge(length)
        if (length === buf.length) {
          const bigger = Buffer.allocUnsafe(buf.length * 2)
          buf.copy(bigger, 0, 0, length)
          buf = bigger
          if (buf.length <= SHARED_BUFFER_MAX) this.shared = buf
        }
        const got = readSync(fd, buf, length, buf.length - length, null)
        if (got === 0) break
        length += got
      }
      return buf.subarray(0, length)
    } finally {
      closeSync(fd)
    }
  }
}

/** A file's words for a pool's index; null (every lookup returns it) when the file is too large to split. */
function wordsOf(pool: ReferencePool, path: string, text: string): Iterable<string> | null {
  return text.length > MAX_INDEXED_BYTES ? null : pool.words(path, text)
}

/** Which files of a reference pool hold which words (ReferencePool.words), as ascending file ids. */
export class WordIndex {
  /** Word → the id of the one file that holds it, or the ids of several (most words are in one file). */
  private readonly words = new Map<string, number | number[]>()
  /** Files whose words are not known (too large, or changed since): every lookup returns them. */
  private unsplit: number[] = []
  private every: number[] = []

  /** Index a file by its words (ids come in ascending order); null: it holds any word. */
  add(id: number, words: Iterable<string> | null): void {
    this.every.push(id)
    if (words === null) {
      this.unsplit.push(id)
      return
    }
    for (const word of words) {
      const ids = this.words.get(word)
      if (ids === undefined) this.words.set(ownCopy(word), id)
      else if (typeof ids === 'number') {
        if (ids !== id) this.words.set(word, [ids, id])
      } else if (ids[ids.length - 1] !== id) ids.push(id)
    }
  }

  /**
   * A file read again (changed since the pass): its words are added to those it had. The words it no longer holds
   * stay, which keeps every lookup a superset (the readers check what a lookup returns); ids may come in any order.
   */
  update(id: number, words: Iterable<string> | null): void {
    insertSorted(this.every, id)
    if (words === null) {
      insertSorted(this.unsplit, id)
      return
    }
    for (const word of words) {
      const ids = this.words.get(word)
      if (ids === undefined) this.words.set(ownCopy(word), id)
      else if (typeof ids === 'number') {
        if (ids !== id) this.words.set(word, ids < id ? [ids, id] : [id, ids])
      } else insertSorted(ids, id)
    }
  }

  /** Ids of the files that may hold `word` (a value as the parser reads it), ascending. */
  lookup(word: string): number[] {
    // The index holds latin1 text: spell the word the same way.
    const latin1 = Buffer.from(word, 'utf8').toString('latin1')
    // A word that the cuts would split could sit in any file: no index answers for it.
    if (latin1 === '' || WORD_CUT.test(latin1)) return this.every
    const ids = this.words.get(latin1) ?? []
    return mergeSorted(typeof ids === 'number' ? [ids] : ids, this.unsplit)
  }
}

/**
 * A word as a string of its own. A word is cut from a file's text, and V8 keeps a longer cut as a view into that
 * text: an index that held the cuts would hold the whole text of every file of its pool (on a 200,000-file tree,
 * most of a scan's memory).
 */
function ownCopy(word: string): string {
  return word.length < 13 ? word : Buffer.from(word, 'latin1').toString('latin1')
}

/** Put `id` into an ascending list, once. */
function insertSorted(list: number[], id: number): void {
  const lo = firstAtOrAfter(list, id)
  if (list[lo] !== id) list.splice(lo, 0, id)
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return [...a]
  if (a.length === 0) return [...b]
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]
    if (out[out.length - 1] !== next) out.push(next)
  }
  return out
}

/**
 * Hints for the readers' text tests, from the chart directories of the repository: a deployer (an Argo CD path
 * source, a Flux GitRepository chart, a helmfile or kustomize local chart) names a Testkube chart that lives in
 * this repository by the chart's directory, not by the word `testkube`. Chart.yaml and requirements.yaml files
 * are few and small: they are read here, before the pass.
 */
export function chartHints(allPaths: readonly string[], readText: (path: string) => string): CandidateHints {
  const names = new Set<string>()
  let atRoot = false
  for (const path of allPaths) {
    if (!CHART_META_FILE.test(path) || !KNOWN_CHART_WORD.test(readText(path))) continue
    const slash = path.lastIndexOf('/')
    if (slash < 0) atRoot = true
    else names.add(path.slice(path.lastIndexOf('/', slash - 1) + 1, slash))
  }
  // A Testkube chart at the root is named by `.`, `''` or `/`: any file may deploy it.
  if (atRoot) return { mayNameKnownChart: () => true }
  if (names.size === 0) return { mayNameKnownChart: text => KNOWN_CHART_WORD.test(text) }
  // A directory's name as a word of a path or a value (`charts/platform`, `chart: platform`), never inside another
  // word: a chart in `deploy/helm` must not make every `helm.toolkit.fluxcd.io` file a candidate.
  const dirName = new RegExp(
    `(?:^|[\\s'"\`[{,=:/])(?:${[...names].map(escapeRegExp).join('|')})(?=$|[\\s'"\`\\]},#/])`,
    'm'
  )
  return {
    mayNameKnownChart: text => KNOWN_CHART_WORD.test(text) || dirName.test(text) || DIR_PATH.test(text)
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The paths of a sorted listing (`allFiles()`) that lie under the directory `dir` ('' for the root: all of them),
 * found by binary search rather than a scan of the whole listing.
 */
export function filesUnder(sorted: readonly string[], dir: string): readonly string[] {
  if (dir === '') return sorted
  const prefix = `${dir}/`
  const lo = firstAtOrAfter(sorted, prefix)
  let end = lo
  while (end < sorted.length && sorted[end].startsWith(prefix)) end++
  return sorted.slice(lo, end)
}

/** Some path of a sorted listing lies under the directory `dir` (not '': the root always holds its files). */
function holdsFiles(sorted: readonly string[], dir: string): boolean {
  const prefix = `${dir}/`
  const at = firstAtOrAfter(sorted, prefix)
  return at < sorted.length && sorted[at].startsWith(prefix)
}

/** The index of the first entry of a sorted list that is not less than `key`. */
function firstAtOrAfter<T extends string | number>(sorted: readonly T[], key: T): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Whether a backslash separates folders in a path: only where the system reads it so (Windows). Elsewhere it is
 * a character of a name like any other (`back\slash/values.yaml` is a folder `back\slash`), as Helm, Argo CD and
 * Flux read it there.
 */
const BACKSLASH_SEPARATES = sep === '\\'

/** A `.` or `..` segment, an empty one (`//`, a `/` at the end), or a separating backslash: what normaliseRel changes. */
const NOT_NORMAL = BACKSLASH_SEPARATES
  ? /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$|\\/
  : /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$/

/** `a/./b/../c.yaml` → `a/c.yaml`; null when the path climbs out of the root or is absolute. */
export function normaliseRel(p: string): string | null {
  if (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p)) return null
  // Most paths asked about (a kustomization's resources, a values file) are normal already: keep them as they are.
  if (!NOT_NORMAL.test(p)) return p
  const out: string[] = []
  for (const part of (BACKSLASH_SEPARATES ? p.replace(/\\/g, '/') : p).split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (out.length === 0) return null
      out.pop()
      continue
    }
    out.push(part)
  }
  return out.join('/')
}

/** The `origin` remote of a git checkout at the root, read from `.git/config` without running git. */
function readOriginUrl(root: string): string | null {
  try {
    const config = readRegularFileSync(join(root, '.git', 'config')).toString('utf8')
    const m = /\[remote "origin"\][^[]*?\burl\s*=\s*(\S+)/.exec(config)
    return m ? m[1] : null
  } catch {
    return null
  }
}
