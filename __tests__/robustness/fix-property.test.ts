/**
 * Fixes never damage a file. Random Testkube values files (values-docs.ts) go through the real scan and the
 * real writer, in process (fast-check shrinks a failure to a small file) and as a batch through the CLI bundle.
 * After `--fix` each file parses, means what it meant plus the fixes (edits the fixer refused are reported and
 * leave their value alone), keeps every comment, its BOM, its line endings and its mode; no other file changes;
 * and a second `--fix` changes no byte.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { scan } from '../../src/engine/scan.js'
import { writeChanges } from '../../src/fix/write.js'
import { cloneTree, deepEqual, getAt, setAt } from '../../src/fix/tree.js'
import { splitSetPath } from '../../src/values/setpath.js'
import { parseRepoFile } from '../../src/yaml/file.js'
import { changedPaths, runCli, snapshot } from './harness.js'
import { keepsComments, valuesFile, type ValuesCase } from './values-docs.js'

const RUNS = Number(process.env.FIX_RUNS ?? 100)
const SEED = process.env.FIX_RUNS ? undefined : 20250611
const BUNDLE_CASES = Number(process.env.FIX_BUNDLE_CASES ?? 40)
const BOM = '\ufeff'

const temps: string[] = []
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true })
})
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'tkig-fixprop-'))
  temps.push(d)
  return d
}

const UNTOUCHED = '# not a Testkube file\nname: untouched\r\nlist: [a, b]\n'

/** The checks every fixed file must pass; `fixed` lists the (path, value) pairs the fixes wrote. */
function checkFixed(
  c: ValuesCase,
  bytes: Buffer,
  fixed: { path: (string | number)[]; value: unknown }[]
): void {
  const hadBom = c.text.startsWith(BOM)
  const raw = bytes.toString('utf8')
  expect(raw.startsWith(BOM)).toBe(hadBom)
  const text = hadBom ? raw.slice(1) : raw
  const source = hadBom ? c.text.slice(1) : c.text
  expect(text.includes(BOM)).toBe(false)

  const before = parseRepoFile('v', source)
  const after = parseRepoFile('v', text)
  expect(after.problems).toEqual([])
  let expected = cloneTree(before.js(0))
  for (const f of fixed) expected = setAt(expected, f.path, f.value)
  expect(after.js(0)).toEqual(expected)

  expect(keepsComments(source, text)).toBe(true)
  if (c.style.crlf) expect(text.replace(/\r\n/g, '')).not.toContain('\n')
  else expect(text).not.toContain('\r')
}

describe('fixes never damage a file', () => {
  it('scan + write, in process: same meaning plus the fixes, comments, endings, BOM and mode kept, idempotent', async () => {
    const root = tempDir()
    let fixedCases = 0
    let refusedEdits = 0
    await fc.assert(
      fc.asyncProperty(valuesFile, async c => {
        const source = c.text.startsWith(BOM) ? c.text.slice(1) : c.text
        fc.pre(parseRepoFile('v', source).problems.length === 0)
        rmSync(root, { recursive: true, force: true })
        mkdirSync(join(root, 'tk'), { recursive: true })
        const target = join(root, 'tk', 'values.yaml')
        writeFileSync(target, c.text)
        chmodSync(target, 0o640)
        writeFileSync(join(root, 'other.yaml'), UNTOUCHED)

        const report = await scan({ root })
        expect(report.releases.map(r => r.file)).toEqual(['tk/values.yaml'])
        const out = await writeChanges(root, report.changes)
        expect(out.problems).toEqual([])
        expect(out.written).toEqual(report.changes.map(ch => ch.file))
        expect(report.changes.every(ch => ch.file === 'tk/values.yaml')).toBe(true)

        // Which edits landed: the value is there. The others were refused, and said so.
        const bytes = readFileSync(target)
        const text = bytes.toString('utf8').replace(/^\ufeff/, '')
        const now = parseRepoFile('v', text).js(0)
        const fixed: { path: (string | number)[]; value: unknown }[] = []
        for (const e of report.edits) {
          const got = getAt(now, e.path)
          if (e.op === 'set' && got.found && deepEqual(got.value, e.value))
            fixed.push({ path: [...e.path], value: e.value })
          else {
            refusedEdits++
            expect(report.errors.some(err => err.file === 'tk/values.yaml' && /fix/.test(err.message))).toBe(
              true
            )
          }
        }
        if (fixed.length > 0) fixedCases++
        checkFixed(c, bytes, fixed)
        expect(statSync(target).mode & 0o777).toBe(0o640)
        expect(readFileSync(join(root, 'other.yaml'), 'utf8')).toBe(UNTOUCHED)

        // A second fix plans nothing and writes nothing.
        const again = await scan({ root })
        expect(again.changes).toEqual([])
        expect(readFileSync(target).equals(bytes)).toBe(true)
      }),
      { numRuns: RUNS, seed: SEED }
    )
    // The property is not vacuous: most files needed fixes, and the refusals path was taken too.
    expect(fixedCases).toBeGreaterThan(RUNS / 2)
    expect(refusedEdits).toBeGreaterThan(0)
  }, 120_000)

  it('through the CLI bundle, a batch: every file fixed soundly, nothing else touched, a second --fix a no-op', () => {
    const root = tempDir()
    const cases = fc
      .sample(valuesFile, { numRuns: BUNDLE_CASES * 2, seed: 7 })
      .filter(c => parseRepoFile('v', c.text.replace(/^\ufeff/, '')).problems.length === 0)
      .slice(0, BUNDLE_CASES)
    expect(cases.length).toBe(BUNDLE_CASES)
    const fileOf = (i: number): string => `case-${String(i).padStart(2, '0')}/values.yaml`
    cases.forEach((c, i) => {
      mkdirSync(join(root, `case-${String(i).padStart(2, '0')}`))
      writeFileSync(join(root, fileOf(i)), c.text)
    })
    writeFileSync(join(root, 'other.yaml'), UNTOUCHED)
    const before = snapshot(root)

    const run = runCli(['scan', root, '--fix', '--format', 'json'])
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout) as {
      fixes: { file: string }[]
      findings: { file: string; path: string; expected: unknown; fixed: boolean }[]
    }
    const written = report.fixes.map(f => f.file).sort()
    expect(changedPaths(before, snapshot(root))).toEqual(written)
    expect(written.length).toBeGreaterThan(BUNDLE_CASES / 2)

    cases.forEach((c, i) => {
      const fixed = report.findings
        .filter(f => f.file === fileOf(i) && f.fixed)
        .map(f => ({ path: splitSetPath(f.path), value: f.expected }))
      checkFixed(c, readFileSync(join(root, fileOf(i))), fixed)
    })

    const afterFix = snapshot(root)
    const again = runCli(['scan', root, '--fix'])
    expect(again.stdout).toContain('No file changed.')
    expect(changedPaths(afterFix, snapshot(root))).toEqual([])
  }, 120_000)
})
