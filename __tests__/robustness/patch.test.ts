/**
 * `--dry-run --format patch` writes a patch that `git apply` takes and that holds no secret: on the secrets
 * fixture, where the diffs shown to people mask credentials next to the fixes, the patch applies to a clean
 * checkout and leaves exactly the files `--fix` writes (or names a file it had to leave out).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FIXTURES, makeRepo, removeRepos, runCli, snapshot, type Run, type TempRepo } from './harness.js'

let patched: TempRepo
let fixed: TempRepo
let patch: Run
let planted: string[] = []

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd,
    encoding: 'utf8'
  })

beforeAll(() => {
  patched = makeRepo('secrets')
  fixed = makeRepo('secrets')
  for (const repo of [patched, fixed]) {
    git(repo.root, 'init', '-q')
    git(repo.root, 'add', '-A')
    git(repo.root, 'commit', '-qm', 'fixture')
  }
  const text = execFileSync('git', ['ls-files'], { cwd: patched.root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(f => readFileSync(join(FIXTURES, 'secrets', f), 'utf8'))
    .join('\n')
  planted = [...new Set(text.match(/(tkcagnt_)?PLANTED[-A-Z0-9]*|UExBTlRFR[A-Za-z0-9+/=]*/g) ?? [])]
  patch = runCli(['scan', patched.root, '--dry-run', '--format', 'patch'])
  runCli(['scan', fixed.root, '--fix'])
}, 120_000)
afterAll(removeRepos)

describe('--dry-run --format patch', () => {
  it('holds no secret and no masked line', () => {
    expect(planted.length).toBeGreaterThan(10)
    expect(patch.stderr).toBe('')
    expect(patch.stdout).toContain('diff --git a/')
    expect(planted.filter(s => patch.stdout.includes(s))).toEqual([])
    expect(patch.stdout).not.toContain('<redacted>')
    // The diff for people masks lines of the same files: this patch had to do without them.
    const forPeople = runCli(['scan', patched.root, '--dry-run']).stdout
    expect(forPeople).toContain('<redacted>')
    expect(forPeople).toContain('use\n--format patch for a patch that does')
  })

  it('applies with git apply and leaves what --fix writes, but for the files it names as left out', () => {
    const file = join(patched.base, 'fixes.patch')
    writeFileSync(file, patch.stdout)
    git(patched.root, 'apply', '--check', file)
    git(patched.root, 'apply', file)
    const withheld = [...patch.stdout.matchAll(/^# (\S+): left out/gm)].map(m => m[1])
    const after = snapshot(patched.root)
    const wanted = snapshot(fixed.root)
    const differ = [...wanted.keys()].filter(
      k => !k.startsWith('.git/') && after.get(k)?.content !== wanted.get(k)?.content
    )
    expect(differ.sort()).toEqual(withheld.sort())
    // Something was fixed by the patch.
    expect(git(patched.root, 'status', '--porcelain').trim()).not.toBe('')
  })
})

describe('--format patch on the example repository', () => {
  it('holds every fix, and git apply leaves the files --fix writes', () => {
    const example = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'gitops')
    const base = mkdtempSync(join(tmpdir(), 'tig-patch-'))
    try {
      const [a, b] = [join(base, 'a'), join(base, 'b')]
      for (const dir of [a, b]) {
        cpSync(example, dir, { recursive: true })
        git(dir, 'init', '-q')
      }
      // Without --dry-run too: the patch is what --fix would write, and nothing is written.
      const made = runCli(['scan', a, '--format', 'patch'])
      expect(made.stdout).toMatch(/^diff --git a\//)
      expect(made.stdout).not.toMatch(/^# /m)
      expect(git(a, 'status', '--porcelain')).toBe(git(b, 'status', '--porcelain'))
      // Beside it, a JSON report of the same check shows no fixes, as any check.
      const both = runCli([
        'scan',
        a,
        '--format',
        'patch',
        '--output',
        join(base, 'both.patch'),
        '--format',
        'json'
      ])
      expect((JSON.parse(both.stdout) as { mode: string; fixes: unknown[] }).fixes).toEqual([])
      expect(readFileSync(join(base, 'both.patch'), 'utf8')).toBe(made.stdout)
      writeFileSync(join(base, 'p.patch'), made.stdout)
      git(a, 'apply', join(base, 'p.patch'))
      runCli(['scan', b, '--fix'])
      const [left, right] = [snapshot(a), snapshot(b)]
      const differ = [...right.keys()].filter(
        k => !k.startsWith('.git/') && left.get(k)?.content !== right.get(k)?.content
      )
      expect(differ).toEqual([])
      expect(git(a, 'status', '--porcelain').trim()).not.toBe('')
    } finally {
      rmSync(base, { recursive: true, force: true })
    }
  })
})
