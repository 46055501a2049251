/**
 * The pre-commit hooks of .pre-commit-hooks.yaml, run the way pre-commit runs them. `pre-commit` itself is not on
 * this machine (and its package index is out of reach), so its calling convention is reproduced step by step, as
 * pre-commit 3/4 does it (pre_commit/commands/run.py, languages/node.py, xargs.py):
 * - the files are the staged ones (`git diff --staged --name-only --diff-filter=ACMRTUXB`), or every tracked one
 *   for `run --all-files`, kept when `identify` tags them `yaml` (the `types` of the hook): `.yaml` and `.yml`;
 * - the command is `shlex.split(entry) + args + files`, run from the top of the repository; the `language: node`
 *   hook's `testkube-istio-guard` is the package's bin, i.e. dist/cli/index.js (see __tests__/package);
 * - the hook fails when the command exits non-zero, or when it changed files (pre-commit compares `git diff`
 *   before and after).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { copyRepo, removeCopies, REPO, runBundle } from './harness.js'

afterAll(removeCopies)

interface Hook {
  id: string
  name: string
  entry: string
  language: string
  types?: string[]
  require_serial?: boolean
  pass_filenames?: boolean
  [key: string]: unknown
}

const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
const hook = (id: string): Hook => {
  const found = hooks.find(h => h.id === id)
  if (!found) throw new Error(`no hook ${id}`)
  return found
}

// The keys pre-commit's manifest accepts (clientlib.MANIFEST_HOOK_DICT); anything else is a warning there.
const HOOK_KEYS = new Set([
  'id',
  'name',
  'entry',
  'language',
  'alias',
  'files',
  'exclude',
  'types',
  'types_or',
  'exclude_types',
  'additional_dependencies',
  'args',
  'always_run',
  'fail_fast',
  'pass_filenames',
  'description',
  'language_version',
  'log_file',
  'minimum_pre_commit_version',
  'require_serial',
  'stages',
  'verbose'
])

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd,
    encoding: 'utf8'
  })

function repoWithHistory(): string {
  const dir = copyRepo('examples/gitops')
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'start')
  return dir
}

/** What pre-commit passes: staged (or all tracked) files that identify tags `yaml`. */
function filesFor(dir: string, allFiles: boolean): string[] {
  const listed = allFiles
    ? git(dir, 'ls-files', '-z')
    : git(dir, 'diff', '--staged', '--name-only', '--no-ext-diff', '-z', '--diff-filter=ACMRTUXB')
  return listed.split('\0').filter(f => f !== '' && /\.ya?ml$/.test(f))
}

/** One hook run as pre-commit makes it: exit status, output, and whether pre-commit would call it failed. */
function runHook(
  id: string,
  dir: string,
  allFiles = false
): { failed: boolean; status: number | null; output: string } {
  const h = hook(id)
  const [bin, ...entryArgs] = h.entry.split(/\s+/)
  expect(bin).toBe('testkube-istio-guard')
  const files = filesFor(dir, allFiles)
  const before = git(dir, 'diff')
  const run = runBundle([...entryArgs, ...files], { cwd: dir })
  const modified = git(dir, 'diff') !== before
  return { failed: run.status !== 0 || modified, status: run.status, output: run.stdout + run.stderr }
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares node hooks pre-commit accepts, on YAML files, one run at a time', () => {
    expect(hooks.map(h => h.id)).toEqual(['testkube-istio-guard', 'testkube-istio-guard-fix'])
    for (const h of hooks) {
      expect(Object.keys(h).filter(k => !HOOK_KEYS.has(k))).toEqual([])
      expect(h).toMatchObject({ language: 'node', types: ['yaml'], require_serial: true })
      expect(h.pass_filenames).not.toBe(false)
      expect(h.entry).toMatch(/^testkube-istio-guard scan\b/)
    }
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      bin: Record<string, string>
    }
    expect(pkg.bin['testkube-istio-guard']).toBe('dist/cli/index.js')
  })
})

describe('the check hook, called as pre-commit calls it', () => {
  it('fails (exit 1) when a staged file feeds a release with errors, naming only that release', () => {
    const dir = repoWithHistory()
    const values = 'values/testkube-agent.yaml'
    execFileSync('sh', ['-c', `printf '# reviewed\\n' >> '${values}'`], { cwd: dir })
    git(dir, 'add', values)
    const r = runHook('testkube-istio-guard', dir)
    expect(r).toMatchObject({ failed: true, status: 1 })
    expect(r.output).toContain('testkube-agent')
    expect(r.output).not.toContain('testkube-staging')
    expect(r.output).toMatch(/Summary: 1 release,/)
  })

  it('passes (exit 0) when the staged files feed no release', () => {
    const dir = repoWithHistory()
    execFileSync(
      'sh',
      ['-c', "printf '# a note\\n' >> kustomize/namespace.yaml && printf 'x\\n' >> README.md"],
      {
        cwd: dir
      }
    )
    git(dir, 'add', '-A')
    // README.md is not YAML: pre-commit leaves it out.
    expect(filesFor(dir, false)).toEqual(['kustomize/namespace.yaml'])
    const r = runHook('testkube-istio-guard', dir)
    expect(r).toMatchObject({ failed: false, status: 0 })
    expect(r.output).toContain('No Testkube release found.')
  })

  it('with --all-files, reports every release, as a scan of the repository does', () => {
    const dir = repoWithHistory()
    const r = runHook('testkube-istio-guard', dir, true)
    const whole = runBundle(['scan', '--no-color'], { cwd: dir })
    expect(r.status).toBe(whole.status)
    expect(r.output).toBe(whole.stdout + whole.stderr)
  })
})

describe('the fix hook', () => {
  it('writes the fixes of the staged releases, and pre-commit stops the commit because files changed', () => {
    const dir = repoWithHistory()
    const values = 'values/testkube-agent.yaml'
    execFileSync('sh', ['-c', `printf '# reviewed\\n' >> '${values}'`], { cwd: dir })
    git(dir, 'add', values)
    const r = runHook('testkube-istio-guard-fix', dir)
    expect(r.status).toBe(0)
    expect(r.failed).toBe(true)
    const changed = git(dir, 'diff', '--name-only').trim().split('\n')
    expect(changed.length).toBeGreaterThan(0)
    // Only the files of the release the staged file feeds.
    for (const f of changed) expect(['apps/testkube-agent.yaml', values]).toContain(f)
    // Staged again, the hook passes: nothing left to fix, nothing changed.
    git(dir, 'add', '-A')
    expect(runHook('testkube-istio-guard-fix', dir)).toMatchObject({ failed: false, status: 0 })
  })
})
