/**
 * A `--fix` killed between writing its temporary file and renaming it leaves `.NAME.PID.HEX.tmp` behind, a full
 * copy of the file. The next run that writes fixes removes those whose process is gone, and only those.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeStaleTemps } from '../write.js'
import { scan, writeFixes } from '../../engine/scan.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8'
  })
  return Number(child.stdout)
}

const VALUES = 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "true"\n'

describe('stale temporary files', () => {
  it('are removed when their process is gone; a running process’s are kept', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tkig-temps-'))
    dirs.push(root)
    mkdirSync(join(root, 'apps'))
    const dead = `apps/.values.yaml.${deadPid()}.0123456789ab.tmp`
    const live = `apps/.values.yaml.${process.pid}.0123456789ab.tmp`
    const other = 'apps/.notes.txt.tmp'
    for (const f of [dead, live, other]) writeFileSync(join(root, f), 'password: copy\n')
    expect(await removeStaleTemps(root, [dead, live, other])).toEqual([dead])
    expect([dead, live, other].map(f => existsSync(join(root, f)))).toEqual([false, true, true])
  })

  it('are removed by the next --fix', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tkig-temps-'))
    dirs.push(root)
    mkdirSync(join(root, 'apps'))
    writeFileSync(join(root, 'apps', 'values.yaml'), VALUES)
    const left = join(root, 'apps', `.values.yaml.${deadPid()}.abcdefabcdef.tmp`)
    writeFileSync(left, VALUES)
    const report = await scan({ root })
    const { written } = await writeFixes(report, { root })
    expect(written).toEqual(['apps/values.yaml'])
    expect(existsSync(left)).toBe(false)
  })
})
