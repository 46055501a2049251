import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { discoverFiles, isInside } from '../files.js'

let base: string
let root: string

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'tkig-discover-'))
  root = join(base, 'repo')
  await mkdir(join(root, 'sub'), { recursive: true })
  await mkdir(join(base, 'outside'))
  await writeFile(join(base, 'outside', 'values.yaml'), 'testkube-api: {}\n')
})
afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

const mkfifo = (path: string): boolean => {
  try {
    execFileSync('mkfifo', [path])
    return true
  } catch {
    return false // no mkfifo (Windows): nothing to test
  }
}

describe('discoverFiles', () => {
  it('never follows links out of the root, nor into folders, nor round a loop; says so for YAML names', async () => {
    await writeFile(join(root, 'sub', 'in.yaml'), 'a: 1\n')
    await symlink(join(base, 'outside', 'values.yaml'), join(root, 'out.yaml'))
    await symlink(join(base, 'outside'), join(root, 'outdir'))
    await symlink('.', join(root, 'loop'))
    await symlink('loop2', join(root, 'loop1.yaml'))
    await symlink('loop1.yaml', join(root, 'loop2'))
    await symlink('sub', join(root, 'subdir-link'))
    await symlink('missing.yaml', join(root, 'dangling.yaml'))
    const found = await discoverFiles(root)
    expect(found.files.map(f => f.path)).toEqual(['sub/in.yaml'])
    expect(found.allPaths).toEqual(['sub/in.yaml'])
    expect(found.errors).toEqual(
      expect.arrayContaining([
        { file: 'out.yaml', line: 1, message: 'skipped: symbolic link points outside the repository' },
        { file: 'outdir', line: 1, message: 'skipped: symbolic link to a folder outside the repository' },
        { file: 'loop1.yaml', line: 1, message: 'skipped: symbolic link that leads nowhere' },
        { file: 'dangling.yaml', line: 1, message: 'skipped: symbolic link that leads nowhere' }
      ])
    )
    expect(found.errors).toHaveLength(4)
  })

  it('scans a file linked inside the root once, under its own path, and lists the link for references', async () => {
    await writeFile(join(root, 'sub', 'values.yaml'), 'a: 1\n')
    await symlink('sub/values.yaml', join(root, 'alias.yaml'))
    await writeFile(join(root, 'values.txt'), 'a: 1\n')
    await symlink('values.txt', join(root, 'txt-alias.yaml'))
    const found = await discoverFiles(root)
    expect(found.files.map(f => f.path)).toEqual(['sub/values.yaml', 'txt-alias.yaml'])
    expect(found.allPaths).toEqual(['alias.yaml', 'sub/values.yaml', 'txt-alias.yaml', 'values.txt'])
    expect(found.errors).toEqual([])
  })

  it('never opens a FIFO, socket or device, and walks a folder named like a YAML file', async () => {
    if (!mkfifo(join(root, 'pipe.yaml'))) return
    mkfifo(join(root, 'pipe.txt'))
    await mkdir(join(root, 'folder.yaml'))
    await writeFile(join(root, 'folder.yaml', 'v.yaml'), 'a: 1\n')
    await symlink('pipe.yaml', join(root, 'to-pipe.yaml'))
    const found = await discoverFiles(root)
    expect(found.files.map(f => f.path)).toEqual(['folder.yaml/v.yaml'])
    expect(found.errors).toEqual([
      { file: 'pipe.yaml', line: 1, message: 'skipped: not a regular file (a FIFO, socket or device)' },
      {
        file: 'to-pipe.yaml',
        line: 1,
        message: 'skipped: symbolic link to something that is not a regular file'
      }
    ])
  })

  it('keeps names with spaces and unicode as they are', async () => {
    await mkdir(join(root, 'dir with space'))
    await writeFile(join(root, 'dir with space', 'vålues ü 値.yaml'), 'a: 1\n')
    await writeFile(join(root, 'sub', '#hash &amp.yml'), 'a: 1\n')
    const found = await discoverFiles(root)
    expect(found.files.map(f => f.path)).toEqual(['dir with space/vålues ü 値.yaml', 'sub/#hash &amp.yml'])
  })

  it('applies .gitignore at every level and exclude; excluded links are not reported', async () => {
    await writeFile(join(root, '.gitignore'), 'ignored/\n*.skip.yaml\n')
    await mkdir(join(root, 'ignored'))
    await writeFile(join(root, 'ignored', 'a.yaml'), 'a: 1\n')
    await writeFile(join(root, 'x.skip.yaml'), 'a: 1\n')
    await writeFile(join(root, 'sub', '.gitignore'), 'local.yaml\n')
    await writeFile(join(root, 'sub', 'local.yaml'), 'a: 1\n')
    await writeFile(join(root, 'sub', 'kept.yaml'), 'a: 1\n')
    await mkdir(join(root, 'vendor'))
    await writeFile(join(root, 'vendor', 'v.yaml'), 'a: 1\n')
    await symlink(join(base, 'outside', 'values.yaml'), join(root, 'vendor', 'out.yaml'))
    const found = await discoverFiles(root, { exclude: ['vendor/**'] })
    expect(found.files.map(f => f.path)).toEqual(['sub/kept.yaml'])
    expect(found.errors).toEqual([])
  })

  it('reports a folder it cannot read and goes on with the rest', async () => {
    if (process.getuid?.() === 0) return // root reads any folder: the bundle test runs this as another user
    const { chmod } = await import('node:fs/promises')
    await mkdir(join(root, 'locked'))
    await writeFile(join(root, 'sub', 'ok.yaml'), 'a: 1\n')
    await chmod(join(root, 'locked'), 0o000)
    try {
      const found = await discoverFiles(root)
      expect(found.files.map(f => f.path)).toEqual(['sub/ok.yaml'])
      expect(found.errors).toEqual([{ file: 'locked', line: 1, message: 'cannot read directory: EACCES' }])
    } finally {
      await chmod(join(root, 'locked'), 0o755)
    }
  })
})

describe('discoverFiles whenLarge', () => {
  it('calls once, when the walk has found that many YAML files to scan, and never for a smaller tree', async () => {
    for (let i = 0; i < 5; i++) await writeFile(join(root, 'sub', `f${i}.yaml`), 'a: 1\n')
    await writeFile(join(root, 'README.md'), '# not YAML\n')
    const calls: number[] = []
    const found = await discoverFiles(root, { whenLarge: { files: 3, call: () => calls.push(1) } })
    expect(found.files).toHaveLength(5)
    expect(calls).toEqual([1])
    const small = await discoverFiles(root, { whenLarge: { files: 6, call: () => calls.push(2) } })
    expect(small.files).toHaveLength(5)
    expect(calls).toEqual([1])
  })
})

describe('isInside', () => {
  it('takes the root and what lies below it, names starting with two dots included', () => {
    expect(isInside('/r', '/r')).toBe(true)
    expect(isInside('/r', '/r/..data/values.yaml')).toBe(true)
    expect(isInside('/r', '/r/a/../b.yaml')).toBe(true)
    expect(isInside('/r', '/')).toBe(false)
    expect(isInside('/r', '/r/../x.yaml')).toBe(false)
    expect(isInside('/r', '/rx/values.yaml')).toBe(false)
  })

  it('reads a link to a file in a ..data folder inside the root as that file', async () => {
    await mkdir(join(root, '..data'))
    await writeFile(join(root, '..data', 'values.yaml'), 'testkube-api: {}\n')
    await symlink('..data/values.yaml', join(root, 'values.yaml'))
    const found = await discoverFiles(root)
    expect(found.errors).toEqual([])
    expect(found.allPaths).toEqual(['..data/values.yaml', 'values.yaml'])
  })
})
