/**
 * Issue 5, "Bad input, each a test": one repository holding every kind of bad input next to ordinary Testkube
 * releases, scanned and fixed by the CLI bundle as a process. For each input: no crash, no hang, a message that
 * names the file and line, the other releases still checked and fixed, and no file touched but those a fix
 * targets. The small inputs are fixture files (`__fixtures__/bad-input`); the large ones, binary ones, links, a
 * FIFO and an unreadable file are made here. When the tests run as root, the bundle runs as `nobody`, so that
 * `chmod 000` really makes a file unreadable.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  changedPaths,
  FIXTURES,
  handOver,
  makeRepo,
  removeRepos,
  runCli,
  snapshot,
  type Entry,
  type Run,
  type TempRepo
} from './harness.js'
import { READ_AHEAD_MIN_FILES } from '../../src/discover/read-ahead.js'

const MB = 1024 * 1024
const RELEASE = 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: false\n'
const LONG_VALUE = 'x'.repeat(5 * MB)

interface JsonReport {
  summary: { fixed: number; fixable: number; remaining: { error: number }; filesScanned: number }
  releases: { name: string; file: string }[]
  findings: { file: string; line: number; level: string; fixable: boolean; fixed: boolean }[]
  fixes: { file: string; diff: string }[]
  errors: { file: string; line: number; message: string }[]
}

let repo: TempRepo
let fifo = false
let check: Run
let oneThread: Run
let text: Run
let fix: Run
let again: Run
let before: Map<string, Entry>
let afterFix: Map<string, Entry>
let afterAgain: Map<string, Entry>

/** The large, binary and special inputs, made at test time. */
function generate(r: TempRepo): void {
  const gen = join(r.root, 'generated')
  mkdirSync(gen)
  // 50 MB: read for the text test, reported, never parsed.
  const comment = Buffer.from(`# ${'y'.repeat(76)}\n`)
  const big = Buffer.alloc(50 * MB)
  Buffer.from(RELEASE).copy(big)
  for (let at = RELEASE.length; at < big.length; at += comment.length) comment.copy(big, at)
  writeFileSync(join(gen, 'big.yaml'), big)
  // A 5 MB line in a release that is fixed: the line is kept byte for byte.
  writeFileSync(join(gen, 'long-line.yaml'), `${RELEASE}  description: "${LONG_VALUE}"\n`)
  // A 5 MB line of templates: parsed masked, in linear time.
  writeFileSync(join(gen, 'long-templates.yaml'), `testkube-api:\n  x: ${'{{ .x }} '.repeat((5 * MB) / 9)}\n`)
  writeFileSync(
    join(gen, 'deep-100k.yaml'),
    `testkube-api:\n  x: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`
  )
  writeFileSync(join(gen, 'stray-closers.yaml'), `testkube-api:\n${'}'.repeat(5 * MB)}\n`)
  writeFileSync(join(gen, 'binary.yaml'), Buffer.from(`${RELEASE}\u0000\u0001\u0002`))
  writeFileSync(join(gen, 'late-nul.yaml'), Buffer.from(`${RELEASE}${'# padding\n'.repeat(10_000)}\u0000`))
  writeFileSync(join(gen, 'latin1.yaml'), Buffer.from(`# caf\xe9\n${RELEASE}`, 'latin1'))
  writeFileSync(join(gen, 'utf16.yaml'), Buffer.from(`\ufeff${RELEASE}`, 'utf16le'))

  // Outside the root: a release that must never be read, and a folder of them.
  writeFileSync(join(r.outside, 'values.yaml'), RELEASE)
  mkdirSync(join(r.outside, 'charts'))
  writeFileSync(join(r.outside, 'charts', 'values.yaml'), RELEASE)
  const links = join(r.root, 'links')
  mkdirSync(links)
  symlinkSync(join(r.outside, 'values.yaml'), join(links, 'out.yaml'))
  symlinkSync('../../outside/charts', join(links, 'outdir'))
  symlinkSync('.', join(links, 'loop'))
  symlinkSync('..', join(links, 'parent'))
  symlinkSync('self.yaml', join(links, 'self.yaml'))
  symlinkSync('nowhere.yaml', join(links, 'dangling.yaml'))
  symlinkSync('../values/crlf.yaml', join(links, 'inside.yaml'))

  // Enough ordinary files for the scan to read on its worker thread (discover/read-ahead.ts), so that every bad
  // input above goes through it; the test below compares with a scan on one thread.
  for (let i = 0; i < READ_AHEAD_MIN_FILES; i++) {
    const app = join(r.root, 'apps', `app-${i}`)
    mkdirSync(app, { recursive: true })
    writeFileSync(
      join(app, 'deployment.yaml'),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n`
    )
  }

  const special = join(r.root, 'special')
  writeFileSync(join(special, 'unreadable.yaml'), RELEASE)
  try {
    execFileSync('mkfifo', [join(special, 'pipe.yaml')])
    fifo = true
  } catch {
    fifo = false // no mkfifo here: the walk test in src/discover covers what it can
  }
  chmodSync(join(r.root, 'values', 'crlf.yaml'), 0o640)
  handOver(r.base)
  chmodSync(join(special, 'unreadable.yaml'), 0o000)
}

beforeAll(() => {
  repo = makeRepo('bad-input')
  generate(repo)
  before = snapshot(repo.base)
  check = runCli(['scan', repo.root, '--format', 'json'], { asOther: true })
  oneThread = runCli(['scan', repo.root, '--format', 'json'], {
    asOther: true,
    env: { TESTKUBE_ISTIO_GUARD_READ_AHEAD: 'off' }
  })
  text = runCli(['scan', repo.root], { asOther: true })
  fix = runCli(['scan', repo.root, '--fix', '--format', 'json'], { asOther: true })
  afterFix = snapshot(repo.base)
  again = runCli(['scan', repo.root, '--fix'], { asOther: true })
  afterAgain = snapshot(repo.base)
}, 180_000)

afterAll(() => {
  chmodSync(join(repo.root, 'special', 'unreadable.yaml'), 0o600)
  removeRepos()
})

const json = (run: Run): JsonReport => JSON.parse(run.stdout) as JsonReport

/** The files whose releases are checked, whatever the bad input around them. */
const RELEASE_FILES = [
  'argocd/apps.yaml',
  'argocd/broken-stream.yaml',
  'generated/long-line.yaml',
  'generated/long-templates.yaml',
  'special/folder.yaml/testkube.yaml',
  'values/bom.yaml',
  'values/crlf.yaml',
  'values/duplicate-keys.yaml',
  'values/mixed-eol.yaml',
  'values/tabs-ok.yaml',
  'values/with space/testkube values ü.yaml'
]

/** The files a fix must write: the fixable releases above (the templated one is read-only). */
const FIXED_FILES = RELEASE_FILES.filter(f => f !== 'generated/long-templates.yaml')

/** Each bad input: where the message points, and what it says. */
const EXPECTED_ERRORS: [string, number, RegExp][] = [
  ['argocd/apps.yaml', 18, /^spec\.source\.helm\.values is not valid YAML: /],
  [
    'argocd/broken-stream.yaml',
    4,
    /^Flow map in block collection must be sufficiently indented and end with a \}$/
  ],
  ['broken/tabs.yaml', 2, /^Tabs are not allowed as indentation$/],
  ['broken/templated.yaml', 5, /./],
  ['broken/unclosed.yaml', 4, /^Flow map in block collection/],
  ['generated/big.yaml', 1, /^skipped: 52428800 bytes is over the 8388608-byte limit for a YAML file$/],
  ['generated/binary.yaml', 1, /^skipped: binary file \(NUL byte on line 4\)$/],
  ['generated/deep-100k.yaml', 2, /^refused: YAML nested more than 256 levels deep; the file is not read$/],
  ['generated/late-nul.yaml', 1, /^skipped: binary file \(NUL byte on line 10004\)$/],
  ['generated/latin1.yaml', 1, /^skipped: not UTF-8 text \(invalid byte on line 1\)$/],
  ['generated/stray-closers.yaml', 2, /^refused: more than 1000 YAML errors; the file is not read$/],
  // Helm reads UTF-16 with a byte order mark; the tool tests it in its encoding and says it skips it.
  ['generated/utf16.yaml', 1, /^skipped: UTF-16 text \(Helm reads it; this tool reads and writes UTF-8 only/],
  [
    'hostile/alias-bomb.yaml',
    2,
    /^document refused: its aliases expand too far \(more than 1000 copies: an alias bomb\?\)$/
  ],
  [
    'hostile/alias-loop.yaml',
    4,
    /^document refused: the alias \*x is inside the node &x it repeats \(a loop\)$/
  ],
  [
    'hostile/alias-missing.yaml',
    3,
    /^document refused: the alias \*nowhere has no anchor &nowhere before it$/
  ],
  ['hostile/deep-block.yaml', 258, /^refused: YAML nested more than 256 levels deep/],
  ['hostile/deep-flow.yaml', 3, /^refused: YAML nested more than 256 levels deep/],
  ['links/dangling.yaml', 1, /^skipped: symbolic link that leads nowhere$/],
  ['links/out.yaml', 1, /^skipped: symbolic link points outside the repository$/],
  ['links/outdir', 1, /^skipped: symbolic link to a folder outside the repository$/],
  ['links/self.yaml', 1, /^skipped: symbolic link that leads nowhere$/],
  [
    'values/duplicate-keys.yaml',
    5,
    /^duplicate key "testkube-api" \(also on line 2\): Helm reads the last one$/
  ]
]

describe('bad input, scanned by the CLI bundle', () => {
  it('runs to the end without a crash or anything on stderr (runCli kills a run after a minute)', () => {
    for (const run of [check, text, fix, again]) {
      expect(run.stderr).toBe('')
      expect(run.status === 0 || run.status === 1).toBe(true)
    }
    expect(check.status).toBe(1)
  })

  it('reports the same on its worker thread as on one thread', () => {
    expect(json(check).summary.filesScanned).toBeGreaterThan(READ_AHEAD_MIN_FILES)
    expect(oneThread.stderr).toBe('')
    expect(json(check)).toEqual(json(oneThread))
  })

  it('names the file and line of every bad input, with a clear message', () => {
    // The level depends on the file (an error when it mentions Testkube: src/engine/__tests__/file-problems.test.ts).
    const LEVEL = expect.stringMatching(/^(error|warning)$/)
    const errors = json(check).errors
    for (const [file, line, message] of EXPECTED_ERRORS) {
      expect(errors).toContainEqual({ file, line, level: LEVEL, message: expect.stringMatching(message) })
    }
    if (fifo)
      expect(errors).toContainEqual({
        file: 'special/pipe.yaml',
        line: 1,
        level: 'warning',
        message: 'skipped: not a regular file (a FIFO, socket or device)'
      })
    // As root the bundle runs as another user; as anyone else chmod 000 is enough.
    expect(errors).toContainEqual({
      file: 'special/unreadable.yaml',
      line: 1,
      level: 'warning',
      message: 'cannot read: EACCES'
    })
    // Empty files, `---` alone and comments alone are not errors; nothing else is reported.
    const known = new Set([...EXPECTED_ERRORS.map(e => e[0]), 'special/pipe.yaml', 'special/unreadable.yaml'])
    expect(errors.filter(e => !known.has(e.file))).toEqual([])
  })

  it('prints each message with its file and line in the text report', () => {
    expect(text.stdout).toContain('broken/unclosed.yaml:4  Flow map in block collection')
    expect(text.stdout).toContain('hostile/deep-flow.yaml:3  refused: YAML nested more than 256 levels deep')
    expect(text.stdout).toContain('generated/big.yaml:1  skipped: 52428800 bytes')
    expect(text.stdout).toContain('links/out.yaml:1  skipped: symbolic link points outside the repository')
  })

  it('still checks every release next to the bad input', () => {
    const report = json(check)
    expect([...new Set(report.releases.map(r => r.file))].sort()).toEqual(RELEASE_FILES)
    expect(report.releases.map(r => r.name)).toEqual(
      expect.arrayContaining(['good-values', 'after-the-break'])
    )
    for (const file of FIXED_FILES) expect(report.findings.some(f => f.file === file && f.fixable)).toBe(true)
  })

  it('never reads through a link out of the root, nor follows a link to a folder or a loop', () => {
    const all = check.stdout + text.stdout + fix.stdout
    expect(all).not.toContain('outside/')
    expect(all).not.toContain(repo.outside)
    expect(all).not.toContain('links/outdir/')
    expect(all).not.toContain('links/loop/')
    expect(all).not.toContain('links/parent/')
    // A link to a file inside the root is the file itself, reported once under its own path.
    expect(all).not.toContain('links/inside.yaml')
  })

  it('fixes exactly the files the fixes target, and touches nothing else, in or out of the root', () => {
    const report = json(fix)
    expect(report.fixes.map(f => f.file).sort()).toEqual(FIXED_FILES)
    expect(report.summary.fixed).toBe(report.summary.fixable)
    // What is left is the templated release, which the tool may not write to.
    const left = report.findings.filter(f => f.level === 'error' && !f.fixed)
    expect(left.length).toBeGreaterThan(0)
    expect(left.every(f => f.file === 'generated/long-templates.yaml' && !f.fixable)).toBe(true)
    expect(changedPaths(before, afterFix)).toEqual(FIXED_FILES.map(f => `repo/${f}`))
  })

  it('keeps line endings, the BOM, the mode and a 5 MB line as they were', () => {
    const read = (f: string): Buffer => readFileSync(join(repo.root, f))
    const crlf = read('values/crlf.yaml').toString('utf8')
    expect(crlf).toContain('sidecar.istio.io/inject: "false"')
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n')
    expect(afterFix.get('repo/values/crlf.yaml')?.mode).toBe(0o640)

    const mixed = read('values/mixed-eol.yaml').toString('utf8')
    const original = readFileSync(join(FIXTURES, 'bad-input', 'values', 'mixed-eol.yaml'), 'utf8')
    const crlfLines = (t: string): string[] => t.split('\n').filter(l => l.endsWith('\r'))
    expect(crlfLines(mixed)).toEqual(
      crlfLines(original).map(l => l.replace('inject: false', 'inject: "false"'))
    )

    const bom = read('values/bom.yaml')
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bom.indexOf(Buffer.from([0xef, 0xbb, 0xbf]), 3)).toBe(-1)

    const long = read('generated/long-line.yaml').toString('utf8')
    expect(long).toContain(`  description: "${LONG_VALUE}"\n`)
    expect(long).toContain('sidecar.istio.io/inject: "false"')
  })

  it('fixes the last of two duplicate keys, the one Helm reads', () => {
    const text = readFileSync(join(repo.root, 'values', 'duplicate-keys.yaml'), 'utf8')
    expect(text.split('testkube-api:')[1]).not.toContain('preUpgradeHook')
    expect(text.split('testkube-api:')[2]).toContain('sidecar.istio.io/inject: "false"')
  })

  it('changes no byte the second time', () => {
    expect(again.stdout).toContain('No file changed.')
    expect(changedPaths(afterFix, afterAgain)).toEqual([])
  })
})
