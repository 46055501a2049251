/**
 * The npm package as a user gets it: `npm pack` the checkout, install the tarball into an empty prefix with the
 * network shut (an unroutable registry and --offline), and run the installed `testkube-istio-guard` on the
 * example. It must install nothing beside itself, warn about no engine, ship what the `files` list promises and
 * print exactly what dist/ prints.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO, requireBundle, runBundle } from '../cli/harness.js'

interface Npm {
  status: number | null
  stdout: string
  stderr: string
}

let work: string
let prefix: string
let installed: Npm
let packed: { entryCount: number; files: { path: string }[]; filename: string }

function npm(args: string[], cwd: string): Npm {
  const env: Record<string, string> = {}
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT'])
    if (process.env[key]) env[key] = process.env[key]
  // No network: an unroutable registry, offline mode and a cache of our own that holds nothing.
  Object.assign(env, {
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: join(work, 'cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'warn'
  })
  const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 })
  if (r.error) throw r.error
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

beforeAll(() => {
  requireBundle()
  work = mkdtempSync(join(tmpdir(), 'tig-pack-'))
  prefix = join(work, 'prefix')
  const pack = npm(['pack', '--json', '--pack-destination', work], REPO)
  expect(pack.status).toBe(0)
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]
  installed = npm(['install', '--global', '--prefix', prefix, join(work, packed.filename)], work)
})

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the npm package', () => {
  it('ships the files list and nothing else: the bundle, action.yml, the docs for users, the schemas', () => {
    const files = packed.files.map(f => f.path).sort()
    expect(files).toEqual(
      expect.arrayContaining([
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'action.yml',
        'dist/cli/index.js',
        'docs/schema/report.schema.json',
        'package.json'
      ])
    )
    expect(files.filter(f => /^(src|__tests__|\.ci|scripts|node_modules)\//.test(f))).toEqual([])
  })

  it('installs offline into an empty prefix with no dependency and no engine warning', () => {
    expect(installed.stderr).not.toMatch(/EBADENGINE|Unsupported engine/)
    expect(installed.status).toBe(0)
    const modules = join(prefix, 'lib', 'node_modules')
    expect(readdirSync(modules)).toEqual(['testkube-istio-guard'])
    // npm puts the dependencies of a global package under its own node_modules: there must be none.
    expect(existsSync(join(modules, 'testkube-istio-guard', 'node_modules'))).toBe(false)
    const manifest = JSON.parse(
      readFileSync(join(modules, 'testkube-istio-guard', 'package.json'), 'utf8')
    ) as {
      dependencies?: object
    }
    expect(manifest.dependencies ?? {}).toEqual({})
  })

  it('`testkube-istio-guard scan` prints what dist/ prints, exit code included', () => {
    const bin = join(prefix, 'bin', 'testkube-istio-guard')
    for (const args of [
      ['scan', 'examples/gitops', '--no-color'],
      ['scan', 'examples/gitops', '--format', 'json']
    ]) {
      const r = spawnSync(bin, args, { cwd: REPO, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })
      const fromDist = runBundle(args)
      expect(r.stderr).toBe(fromDist.stderr)
      expect(r.stdout).toBe(fromDist.stdout)
      expect(r.status).toBe(fromDist.status)
      expect(r.stdout).toMatch(/release/)
    }
  })
})
