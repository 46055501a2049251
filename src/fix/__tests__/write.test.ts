import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  lstat,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeChanges } from '../write.js'
import { readFixture } from './support.js'

let base: string
let root: string

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'tkig-write-'))
  root = join(base, 'repo')
  await mkdir(join(root, 'sub'), { recursive: true })
})
afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

const change = (
  file: string,
  before: string,
  after: string
): { file: string; before: string; after: string } => ({
  file,
  before,
  after
})

describe('writeChanges', () => {
  it('writes the new text and leaves no temporary file behind', async () => {
    await writeFile(join(root, 'sub', 'v.yaml'), 'a: 1\n')
    const r = await writeChanges(root, [change('sub/v.yaml', 'a: 1\n', 'a: 2\n')])
    expect(r).toEqual({ written: ['sub/v.yaml'], problems: [] })
    expect(await readFile(join(root, 'sub', 'v.yaml'), 'utf8')).toBe('a: 2\n')
    expect(await readdir(join(root, 'sub'))).toEqual(['v.yaml'])
  })

  it('keeps the file mode', async () => {
    const f = join(root, 'x.yaml')
    await writeFile(f, 'a: 1\n')
    await chmod(f, 0o640)
    await writeChanges(root, [change('x.yaml', 'a: 1\n', 'a: 2\n')])
    expect((await stat(f)).mode & 0o777).toBe(0o640)
  })

  it('restores a UTF-8 BOM and keeps CRLF', async () => {
    const f = join(root, 'bom.yaml')
    const text = readFixture('crlf.yaml')
    await writeFile(f, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))
    const after = text.replace('enabled: true', 'enabled: false')
    const r = await writeChanges(root, [change('bom.yaml', text, after)])
    expect(r.problems).toEqual([])
    const bytes = await readFile(f)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.subarray(3).toString('utf8')).toBe(after)
  })

  it('keeps a second BOM that is part of the text, and writes the file (one BOM is the marker)', async () => {
    const f = join(root, 'two-boms.yaml')
    await writeFile(f, '\uFEFF\uFEFFa: 1\n')
    const r = await writeChanges(root, [change('two-boms.yaml', '\uFEFFa: 1\n', '\uFEFFa: 2\n')])
    expect(r).toEqual({ written: ['two-boms.yaml'], problems: [] })
    expect(await readFile(f, 'utf8')).toBe('\uFEFF\uFEFFa: 2\n')
  })

  it('writes into a folder whose name starts with two dots (the ..data of a ConfigMap mount)', async () => {
    await mkdir(join(root, '..data'))
    await writeFile(join(root, '..data', 'v.yaml'), 'a: 1\n')
    const r = await writeChanges(root, [change('..data/v.yaml', 'a: 1\n', 'a: 2\n')])
    expect(r).toEqual({ written: ['..data/v.yaml'], problems: [] })
  })

  it('does not add a BOM to a file without one', async () => {
    await writeFile(join(root, 'x.yaml'), 'a: 1\n')
    await writeChanges(root, [change('x.yaml', 'a: 1\n', 'a: 2\n')])
    expect((await readFile(join(root, 'x.yaml')))[0]).toBe(0x61)
  })

  it('refuses a file that changed on disk since the scan', async () => {
    await writeFile(join(root, 'x.yaml'), 'a: 5\n')
    const r = await writeChanges(root, [change('x.yaml', 'a: 1\n', 'a: 2\n')])
    expect(r.written).toEqual([])
    expect(r.problems).toEqual([
      { file: 'x.yaml', line: 1, message: 'not written: the file changed on disk since it was scanned' }
    ])
    expect(await readFile(join(root, 'x.yaml'), 'utf8')).toBe('a: 5\n')
  })

  it('refuses paths outside the root', async () => {
    await writeFile(join(base, 'outside.yaml'), 'a: 1\n')
    const r = await writeChanges(root, [
      change('../outside.yaml', 'a: 1\n', 'a: 2\n'),
      change(join(base, 'outside.yaml'), 'a: 1\n', 'a: 2\n'),
      change('sub/../../outside.yaml', 'a: 1\n', 'a: 2\n')
    ])
    expect(r.written).toEqual([])
    expect(r.problems.map(x => x.message)).toEqual([
      'not written: the path leads outside the repository',
      'not written: the path is not repo-relative',
      'not written: the path leads outside the repository'
    ])
    expect(await readFile(join(base, 'outside.yaml'), 'utf8')).toBe('a: 1\n')
  })

  it('refuses symlinks that leave the root, for a file or a directory on the way', async () => {
    await mkdir(join(base, 'elsewhere'))
    await writeFile(join(base, 'elsewhere', 'v.yaml'), 'a: 1\n')
    await symlink(join(base, 'elsewhere', 'v.yaml'), join(root, 'link.yaml'))
    await symlink(join(base, 'elsewhere'), join(root, 'linkdir'))
    const r = await writeChanges(root, [
      change('link.yaml', 'a: 1\n', 'a: 2\n'),
      change('linkdir/v.yaml', 'a: 1\n', 'a: 2\n')
    ])
    expect(r.written).toEqual([])
    expect(r.problems.map(x => x.message)).toEqual([
      'not written: the path goes through a symlink that leads outside the repository',
      'not written: the path goes through a symlink that leads outside the repository'
    ])
    expect(await readFile(join(base, 'elsewhere', 'v.yaml'), 'utf8')).toBe('a: 1\n')
  })

  it('writes through a symlink that stays inside the root, keeping the link', async () => {
    await writeFile(join(root, 'sub', 'real.yaml'), 'a: 1\n')
    await symlink('sub/real.yaml', join(root, 'alias.yaml'))
    const r = await writeChanges(root, [change('alias.yaml', 'a: 1\n', 'a: 2\n')])
    expect(r).toEqual({ written: ['alias.yaml'], problems: [] })
    expect((await lstat(join(root, 'alias.yaml'))).isSymbolicLink()).toBe(true)
    expect(await readFile(join(root, 'sub', 'real.yaml'), 'utf8')).toBe('a: 2\n')
  })

  it('writes many files at once, and a second path of one file after the first, which it then refuses', async () => {
    const files = Array.from({ length: 20 }, (_, i) => `f${i}.yaml`)
    for (const f of files) await writeFile(join(root, f), 'a: 1\n')
    await symlink('f3.yaml', join(root, 'alias.yaml'))
    const changes = [
      change('alias.yaml', 'a: 1\n', 'a: 3\n'),
      ...files.map(f => change(f, 'a: 1\n', 'a: 2\n'))
    ]
    const r = await writeChanges(root, changes)
    // In the order of the changes: the link first, so its target's own path finds the file changed.
    expect(r.written).toEqual(['alias.yaml', ...files.filter(f => f !== 'f3.yaml')])
    expect(r.problems).toEqual([
      { file: 'f3.yaml', line: 1, message: 'not written: the file changed on disk since it was scanned' }
    ])
    expect(await readFile(join(root, 'f3.yaml'), 'utf8')).toBe('a: 3\n')
    for (const f of files.filter(f => f !== 'f3.yaml'))
      expect(await readFile(join(root, f), 'utf8')).toBe('a: 2\n')
  })

  it('works when the root itself is reached through a symlink', async () => {
    await writeFile(join(root, 'x.yaml'), 'a: 1\n')
    await symlink(root, join(base, 'rootlink'))
    const r = await writeChanges(join(base, 'rootlink'), [change('x.yaml', 'a: 1\n', 'a: 2\n')])
    expect(r.written).toEqual(['x.yaml'])
    expect(await readFile(join(root, 'x.yaml'), 'utf8')).toBe('a: 2\n')
  })

  it('reports a missing file or a directory, and goes on with the others', async () => {
    await mkdir(join(root, 'dir.yaml'))
    await writeFile(join(root, 'ok.yaml'), 'a: 1\n')
    const r = await writeChanges(root, [
      change('gone.yaml', 'a: 1\n', 'a: 2\n'),
      change('dir.yaml', 'a: 1\n', 'a: 2\n'),
      change('ok.yaml', 'a: 1\n', 'a: 2\n')
    ])
    expect(r.written).toEqual(['ok.yaml'])
    expect(r.problems.map(x => x.message)).toEqual([
      'not written: the file no longer exists',
      'not written: not a regular file'
    ])
  })

  it('writes nothing in a dry run, and skips unchanged files', async () => {
    await writeFile(join(root, 'x.yaml'), 'a: 1\n')
    const r = await writeChanges(
      root,
      [change('x.yaml', 'a: 1\n', 'a: 2\n'), change('x.yaml', 'a: 1\n', 'a: 1\n')],
      {
        dryRun: true
      }
    )
    expect(r).toEqual({ written: ['x.yaml'], problems: [] })
    expect(await readFile(join(root, 'x.yaml'), 'utf8')).toBe('a: 1\n')
  })

  it('replaces the file by a rename (a new inode), byte for byte, whatever its line endings', async () => {
    const f = join(root, 'sub', 'eol.yaml')
    const before = 'a: 1\r\nb: 2\nc: 3\r\n'
    const after = 'a: 1\r\nb: 2\nd: 4\nc: 3\r\n'
    await writeFile(f, before)
    const inode = (await stat(f)).ino
    const r = await writeChanges(root, [change('sub/eol.yaml', before, after)])
    expect(r).toEqual({ written: ['sub/eol.yaml'], problems: [] })
    expect((await readFile(f)).equals(Buffer.from(after))).toBe(true)
    expect((await stat(f)).ino).not.toBe(inode)
    expect(await readdir(join(root, 'sub'))).toEqual(['eol.yaml'])
  })

  it('keeps the owner when the process may set it', async () => {
    if (process.getuid?.() !== 0) return // only root can give a file to someone else
    const f = join(root, 'owned.yaml')
    await writeFile(f, 'a: 1\n')
    const { chown } = await import('node:fs/promises')
    await chown(f, 4321, 4321)
    await writeChanges(root, [change('owned.yaml', 'a: 1\n', 'a: 2\n')])
    const info = await stat(f)
    expect([info.uid, info.gid]).toEqual([4321, 4321])
  })

  it('refuses a file it could not write in place (read-only), unless the process is root', async () => {
    const f = join(root, 'ro.yaml')
    await writeFile(f, 'a: 1\n')
    await chmod(f, 0o444)
    const r = await writeChanges(root, [change('ro.yaml', 'a: 1\n', 'a: 2\n')])
    if (process.getuid?.() === 0) {
      expect(r.written).toEqual(['ro.yaml'])
      expect((await stat(f)).mode & 0o777).toBe(0o444)
    } else {
      expect(r.problems).toEqual([
        { file: 'ro.yaml', line: 1, message: 'not written: the file is read-only' }
      ])
      expect(await readFile(f, 'utf8')).toBe('a: 1\n')
    }
  })

  it('never creates a file outside the root, even for a change it refuses', async () => {
    await mkdir(join(base, 'elsewhere'))
    await writeFile(join(base, 'elsewhere', 'v.yaml'), 'a: 1\n')
    await symlink(join(base, 'elsewhere'), join(root, 'linkdir'))
    await writeChanges(root, [
      change('linkdir/v.yaml', 'a: 1\n', 'a: 2\n'),
      change('../elsewhere/v.yaml', 'a: 1\n', 'a: 2\n'),
      change('linkdir/new.yaml', '', 'a: 2\n')
    ])
    expect(await readdir(join(base, 'elsewhere'))).toEqual(['v.yaml'])
    expect(await readdir(base)).toEqual(['elsewhere', 'repo'])
  })

  it('says why a write failed in a few words, without temporary paths', async () => {
    if (process.getuid?.() === 0) return // root may write into a read-only folder
    await writeFile(join(root, 'sub', 'x.yaml'), 'a: 1\n')
    await chmod(join(root, 'sub'), 0o555)
    try {
      const r = await writeChanges(root, [change('sub/x.yaml', 'a: 1\n', 'a: 2\n')])
      expect(r.problems).toEqual([
        { file: 'sub/x.yaml', line: 1, message: 'not written: EACCES (permission denied)' }
      ])
    } finally {
      await chmod(join(root, 'sub'), 0o755)
    }
    expect(await readFile(join(root, 'sub', 'x.yaml'), 'utf8')).toBe('a: 1\n')
  })

  it('reports every change when the root cannot be opened', async () => {
    const r = await writeChanges(join(base, 'nope'), [change('x.yaml', 'a', 'b')])
    expect(r.written).toEqual([])
    expect(r.problems[0].message).toMatch(/^not written: cannot open the repository root/)
  })
})
