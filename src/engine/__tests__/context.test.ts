/**
 * The scan's pass: which files become candidates, how reference pools answer lookups, and that a scan which
 * parses only the candidates (and the files a lookup names) finds what a reader that parsed everything would.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, sep } from 'node:path'
import { discoverFiles } from '../../discover/files.js'
import {
  chartHints,
  createContext,
  filesUnder,
  normaliseRel,
  WordIndex,
  type ScanContext
} from '../context.js'
import type { ReferencePool } from '../../formats/types.js'
import { KUSTOMIZATIONS } from '../../formats/flux/kustomize.js'
import { CONFIG_OBJECTS } from '../../formats/flux/configmaps.js'
import { ALL_READERS } from '../../formats/index.js'
import { MESH_FILTER } from '../../mesh/detect.js'
import { passOf, READ_AHEAD_ENV, readAheadFromEnv, scan, scanAgain, type ScanReport } from '../scan.js'
import { writeChanges } from '../../fix/write.js'
import { READ_AHEAD_MIN_FILES, startReadAhead } from '../../discover/read-ahead.js'
import { NOT_A_FILE } from '../../discover/open-file.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tkig-context-'))
  dirs.push(root)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
  return root
}

/** What two scans of one tree must agree on: releases, findings, errors and how many files were parsed. */
function outcomeOf(r: ScanReport): unknown {
  return { releases: r.releases, findings: r.findings, errors: r.errors, parsed: r.stats.filesParsed }
}

async function context(root: string): Promise<ScanContext> {
  return createContext(root, await discoverFiles(root), [...ALL_READERS, MESH_FILTER], [])
}

const UMBRELLA = `apiVersion: v2
name: platform
version: 0.1.0
dependencies:
  - name: testkube
    version: 2.1.50
    repository: https://kubeshop.github.io/helm-charts
`

describe('chartHints', () => {
  const hints = (files: Record<string, string>) =>
    chartHints(Object.keys(files).sort(), path => files[path] ?? '')

  it('knows the chart words, and nothing else when no chart directory holds a known chart', () => {
    const h = hints({ 'charts/web/Chart.yaml': 'name: web' })
    expect(h.mayNameKnownChart('chart: testkube')).toBe(true)
    expect(h.mayNameKnownChart('chart: istiod')).toBe(true)
    expect(h.mayNameKnownChart('path: charts/web')).toBe(false)
    expect(h.mayNameKnownChart('chart: ..')).toBe(false)
  })

  it('takes the names of directories whose Chart.yaml or requirements.yaml names a known chart', () => {
    const h = hints({ 'charts/platform/Chart.yaml': UMBRELLA, 'old/v1/requirements.yaml': '- name: istiod' })
    expect(h.mayNameKnownChart('path: charts/platform')).toBe(true)
    expect(h.mayNameKnownChart('chart: ./old/v1')).toBe(true)
    // A path that names a directory without its name could point at one of them.
    expect(h.mayNameKnownChart('chart: ../..')).toBe(true)
    expect(h.mayNameKnownChart('  path: .')).toBe(true)
    expect(h.mayNameKnownChart('path: charts/web\nversion: 1.0.0')).toBe(false)
    // A name counts as a whole word of a path or value, never inside another word.
    expect(h.mayNameKnownChart("chart: 'platform'")).toBe(true)
    expect(h.mayNameKnownChart('image: app:v1.2\nversion: v10')).toBe(false)
    expect(h.mayNameKnownChart('name: platform-api\nimage: x/platforms:1')).toBe(false)
  })

  it('does not take every Flux or Argo CD file when a chart lives in a folder called helm', () => {
    const h = hints({ 'deploy/helm/Chart.yaml': UMBRELLA })
    expect(h.mayNameKnownChart('apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease')).toBe(false)
    expect(h.mayNameKnownChart('spec:\n  source:\n    helm:\n      values: x')).toBe(false)
    expect(h.mayNameKnownChart('path: deploy/helm')).toBe(true)
  })

  it('takes every file when the repository itself is the chart', () => {
    expect(hints({ 'Chart.yaml': UMBRELLA }).mayNameKnownChart('anything')).toBe(true)
  })
})

describe('filesUnder', () => {
  const all = ['a.yaml', 'charts/x/Chart.yaml', 'charts/x/values.yaml', 'charts/xy/Chart.yaml', 'z.yaml']
  it('finds the paths below a directory, and only those', () => {
    expect(filesUnder(all, 'charts/x')).toEqual(['charts/x/Chart.yaml', 'charts/x/values.yaml'])
    expect(filesUnder(all, 'charts')).toEqual(all.slice(1, 4))
    expect(filesUnder(all, 'nope')).toEqual([])
    expect(filesUnder(all, '')).toEqual(all)
  })
})

describe('reference pools', () => {
  const paths = async (root: string, pool: ReferencePool, word: string): Promise<readonly string[]> =>
    (await context(root)).mentioning(pool, word)

  it('finds kustomizations by the repository paths their entries resolve to, however written', async () => {
    const root = tree({
      'b/kustomization.yaml': 'resources:\n  - "./release.yaml"\n',
      'a/kustomization.yaml': 'resources: [../b/release.yaml, other.yaml]\n',
      'c/kustomization.yaml': 'resources:\n  - ../b\n',
      'b/c/d/kustomization.yaml': 'resources:\n  - ../..\n',
      'e/kustomization.yaml':
        'configMapGenerator:\n  - name: release\n    files: [values.yaml=values/b.yaml]\n',
      'b/release.yaml': 'kind: ConfigMap\n'
    })
    expect(await paths(root, KUSTOMIZATIONS, 'b/release.yaml')).toEqual([
      'a/kustomization.yaml',
      'b/kustomization.yaml'
    ])
    expect(await paths(root, KUSTOMIZATIONS, 'b')).toEqual([
      'b/c/d/kustomization.yaml',
      'c/kustomization.yaml'
    ])
    // Names (of generated ConfigMaps) are words too.
    expect(await paths(root, KUSTOMIZATIONS, 'release')).toEqual(['e/kustomization.yaml'])
    // A word the index cannot hold (a blank inside) may be anywhere: every file of the pool.
    expect(await paths(root, KUSTOMIZATIONS, 'a b')).toHaveLength(5)
  })

  it('finds ConfigMaps and sources by name, and always returns a file whose names cannot be told', async () => {
    const root = tree({
      'a.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: "values-a", namespace: x}\n',
      'b.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n values-b\n',
      'c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: *n\n',
      'd.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: "{{ .Values.name }}"\n',
      'e.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: values-a\n'
    })
    expect(await paths(root, CONFIG_OBJECTS, 'values-a')).toEqual(['a.yaml', 'c.yaml'])
    expect(await paths(root, CONFIG_OBJECTS, 'values-b')).toEqual(['b.yaml', 'c.yaml'])
    expect(await paths(root, CONFIG_OBJECTS, 'x')).toEqual(['c.yaml'])
  })

  it('indexes a pool that no filter declared when it is first looked up', async () => {
    const root = tree({ 'k/kustomization.yaml': 'resources: [x.yaml]\n', 'k/x.yaml': 'a: 1\n' })
    const ctx = await createContext(root, await discoverFiles(root), [MESH_FILTER], [])
    expect(ctx.mentioning(KUSTOMIZATIONS, 'k/x.yaml')).toEqual(['k/kustomization.yaml'])
  })
})

describe('candidates', () => {
  it('parses only the files that may declare a release, and follows the rest on demand', async () => {
    const root = tree({
      'apps/web/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
      'apps/web/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'apps/redis.yaml':
        'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: redis\nspec:\n  chart:\n    spec:\n      chart: redis\n',
      'apps/tk/release.yaml':
        'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: testkube\nspec:\n  chart:\n    spec:\n      chart: testkube\n      sourceRef:\n        kind: HelmRepository\n        name: kubeshop\n',
      'apps/tk/kustomization.yaml': 'namespace: testing\nresources:\n  - release.yaml\n',
      'sources/kubeshop.yaml':
        'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: kubeshop\n  namespace: flux-system\nspec:\n  url: https://kubeshop.github.io/helm-charts\n'
    })
    const ctx = await context(root)
    expect(ctx.candidates.map(f => f.path)).toEqual(['apps/tk/release.yaml'])
    const report = await scan({ root })
    expect(report.releases.map(r => `${r.file} ${r.namespace}`)).toEqual(['apps/tk/release.yaml testing'])
    expect(report.releases[0].notes ?? []).not.toContainEqual(expect.stringMatching(/not found/))
    expect(report.stats.filesParsed).toBe(3) // the release, its kustomization, its source
  })

  it('follows kustomizations up to the root, and to an overlay that lists the root as `..`', async () => {
    const root = tree({
      'kustomization.yaml': 'namespace: rootns\nresources:\n  - apps\n',
      'apps/kustomization.yaml': 'resources: [hr.yaml]\n',
      'apps/hr.yaml':
        'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: testkube\nspec:\n  chart:\n    spec:\n      chart: testkube\n',
      'overlay/kustomization.yaml': 'namespace: overlayns\nresources:\n  - ..\n'
    })
    const report = await scan({ root })
    expect(report.releases.map(r => [r.file, r.namespace])).toEqual([['apps/hr.yaml', 'overlayns']])
    expect(report.releases[0].notes).toContain('namespace overlayns set by overlay/kustomization.yaml')
  })

  it('finds releases that name a Testkube chart of this repository only by its directory', async () => {
    const root = tree({
      'charts/platform/Chart.yaml': UMBRELLA,
      'charts/platform/values.yaml': 'testkube:\n  enabled: true\n',
      'argocd/platform.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: platform\nspec:\n  source:\n    repoURL: https://example.com/r.git\n    path: charts/platform\n  destination:\n    namespace: platform\n',
      'deploy/sub/helmfile.yaml':
        'releases:\n  - name: platform\n    namespace: qa\n    chart: ../../charts/platform\n',
      // `..` is charts/platform: the file never spells the directory's name.
      'charts/platform/env/helmfile.yaml': 'releases:\n  - name: env\n    chart: ..\n'
    })
    const report = await scan({ root })
    expect(report.releases.map(r => `${r.source} ${r.file} ${r.valuesPrefix}`)).toEqual([
      'argocd-application argocd/platform.yaml testkube.',
      'helmfile charts/platform/env/helmfile.yaml testkube.',
      'helmfile deploy/sub/helmfile.yaml testkube.'
    ])
  })
})

describe('WordIndex', () => {
  it('adds the words of a file read again, in any order, keeping every lookup sorted and a superset', () => {
    const index = new WordIndex()
    index.add(1, ['a', 'b'])
    index.add(3, ['b'])
    index.add(5, ['c'])
    index.update(3, ['a', 'd']) // changed: now holds a and d; its old word b stays
    index.update(0, ['b']) // a file new to the pool, with a lower id
    index.update(4, null) // too large to split: every lookup returns it
    expect(index.lookup('a')).toEqual([1, 3, 4])
    expect(index.lookup('b')).toEqual([0, 1, 3, 4])
    expect(index.lookup('d')).toEqual([3, 4])
    expect(index.lookup('zzz')).toEqual([4])
    index.update(3, ['a'])
    expect(index.lookup('a')).toEqual([1, 3, 4])
    // A word the cuts would split: any file of the pool.
    expect(index.lookup('a b')).toEqual([0, 1, 3, 4, 5])
  })
})

describe('scanAgain', () => {
  it('after --fix writes files, finds what a full scan finds', async () => {
    const root = tree({
      'apps/tk/release.yaml':
        'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: testkube\nspec:\n  chart:\n    spec:\n      chart: testkube\n      version: 2.1.50\n  values:\n    testkube-api:\n      minio:\n        enabled: false\n',
      'values/testkube-values.yaml': 'testkube-api:\n  minio:\n    enabled: true\n',
      'apps/web/kustomization.yaml': 'resources:\n  - deployment.yaml\n'
    })
    const first = await scan({ root })
    expect(first.findings.length).toBeGreaterThan(0)
    const outcome = await writeChanges(root, first.changes)
    expect(outcome.written.length).toBeGreaterThan(0)
    const again = await scanAgain(first, { root, planFixes: false }, outcome.written)
    const full = await scan({ root, planFixes: false })
    expect(outcomeOf(again)).toEqual(outcomeOf(full))
  })

  it('takes the unchanged files from the first pass and finds what a full scan finds, on every format', async () => {
    // The example repository: values files, umbrella charts, Argo CD, Flux, helmfile, kustomize and Terraform,
    // with files that a release only reaches through another (kustomizations, ConfigMaps, Chart.lock).
    const root = mkdtempSync(join(tmpdir(), 'tkig-context-'))
    dirs.push(root)
    cpSync(join(process.cwd(), 'examples', 'gitops'), root, { recursive: true })
    // A file with a parse warning that the fixes leave alone: reported again by the second scan.
    writeFileSync(join(root, 'values', 'duplicate.yaml'), 'testkube-api:\n  a: 1\n  a: 2\n')
    const first = await scan({ root })
    expect(first.changes.length).toBeGreaterThan(3)
    const outcome = await writeChanges(root, first.changes)
    const again = await scanAgain(first, { root, planFixes: false }, outcome.written)
    const full = await scan({ root, planFixes: false })
    expect(outcomeOf(again)).toEqual(outcomeOf(full))
    expect(again.errors.some(e => e.file === 'values/duplicate.yaml')).toBe(true)
    // The files the fixes did not write are the first pass's, parsed once.
    const reused = [...(passOf(again)?.parsed ?? [])].filter(([path]) => !outcome.written.includes(path))
    expect(reused.length).toBeGreaterThan(0)
    for (const [path, file] of reused) if (file) expect(passOf(first)?.parsed.get(path)).toBe(file)
    // The written YAML files hold the fixer's own parse of the text it wrote: their documents are not made again.
    const writtenYaml = outcome.written.filter(p => /\.ya?ml$/.test(p))
    expect(writtenYaml.length).toBeGreaterThan(3)
    for (const path of writtenYaml) {
      const docs = passOf(again)
        ?.parsed.get(path)
        ?.docs.map(d => d.doc)
      expect(docs?.length).toBeGreaterThan(0)
      for (const doc of docs ?? []) expect(passOf(first)?.written?.get(path)?.docs).toContain(doc)
    }
  })

  it('parses a written file again when it holds another text than the fixer parsed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tkig-context-'))
    dirs.push(root)
    cpSync(join(process.cwd(), 'examples', 'gitops'), root, { recursive: true })
    const first = await scan({ root })
    const outcome = await writeChanges(root, first.changes)
    // Changed on disk after the write (an editor, a formatter): the fixer's parse is of another text.
    const [changed] = outcome.written.filter(p => /\.ya?ml$/.test(p))
    writeFileSync(join(root, changed), first.changes.find(c => c.file === changed)?.before ?? '')
    const again = await scanAgain(first, { root, planFixes: false }, outcome.written)
    const full = await scan({ root, planFixes: false })
    expect(outcomeOf(again)).toEqual(outcomeOf(full))
    const docs =
      passOf(again)
        ?.parsed.get(changed)
        ?.docs.map(d => d.doc) ?? []
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(passOf(first)?.written?.get(changed)?.docs).not.toContain(doc)
  })
})

describe('reading on a worker thread', () => {
  /** A tree of `apps` application folders around releases of several formats, with files a read trips on. */
  function largeTree(apps: number): string {
    const files: Record<string, string> = {
      'clusters/kustomization.yaml': 'namespace: platform\nresources:\n  - ../apps/tk\n',
      'apps/tk/kustomization.yaml':
        'resources:\n  - release.yaml\nconfigMapGenerator:\n  - name: tk-values\n    files:\n      - values.yaml=tk-values.yaml\n',
      'apps/tk/release.yaml':
        'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: testkube\nspec:\n  chart:\n    spec:\n      chart: testkube\n      version: 2.1.50\n  valuesFrom:\n    - kind: ConfigMap\n      name: tk-values\n',
      'apps/tk/tk-values.yaml': 'testkube-api:\n  minio:\n    enabled: true\n',
      'values/testkube.yaml': '\ufefftestkube-api:\r\n  minio:\r\n    enabled: true\r\n',
      'values/broken.yaml': 'testkube-api:\n  minio: [\n',
      'values/binary.yaml': 'testkube-api:\0\n',
      'values/empty.yaml': '',
      'values/latin1.yaml': 'testkube-api: caf\xe9\n',
      // Larger than a batch of the worker (in the first test): travels in a buffer of its own.
      'values/large.yaml': `testkube-api:\n${'  # padding line\n'.repeat(8_000)}  minio:\n    enabled: true\n`
    }
    for (let i = 0; i < apps; i++) {
      files[`apps/app-${i}/deployment.yaml`] =
        `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\nspec:\n  replicas: ${i % 3}\n`
      files[`apps/app-${i}/config.yaml`] =
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-${i}-config\ndata:\n  k: v\n`
      files[`apps/app-${i}/kustomization.yaml`] = 'resources:\n  - deployment.yaml\n  - config.yaml\n'
    }
    const root = tree(files)
    writeFileSync(join(root, 'values/latin1.yaml'), Buffer.from('testkube-api: caf\xe9\n', 'latin1'))
    return root
  }

  const shape = (ctx: ScanContext) => ({
    candidates: ctx.candidates.map(f => [f.path, f.text, f.docs.length]),
    errors: ctx.errors(),
    configs: ctx.mentioning(CONFIG_OBJECTS, 'app-7-config'),
    kustomizations: ctx.mentioning(KUSTOMIZATIONS, 'apps/tk'),
    pass: { ids: [...ctx.pass().ids], candidates: [...ctx.pass().candidates] }
  })

  it('refuses a listed file that became a FIFO after the walk, on either thread, without waiting on it', async () => {
    const root = largeTree(5)
    const found = await discoverFiles(root)
    const path = 'apps/app-3/config.yaml'
    rmSync(join(root, path))
    try {
      execFileSync('mkfifo', [join(root, path)])
    } catch {
      return // no mkfifo (Windows): nothing to test
    }
    const filters = [...ALL_READERS, MESH_FILTER]
    const refusal = { file: path, line: 1, message: `cannot read: ${NOT_A_FILE}` }
    const alone = await createContext(root, found, filters, [])
    expect(alone.errors()).toContainEqual(refusal)
    const ahead = startReadAhead({ firstBatchBytes: 256, batchBytes: 4096, batchesAhead: 2 })
    if (!ahead) throw new Error('worker threads are not available')
    try {
      const helped = await createContext(root, found, filters, [], { readAhead: ahead })
      expect(helped.errors()).toEqual(alone.errors())
    } finally {
      await ahead.stop()
    }
  })

  it('reads the origin remote from .git/config, and not from a FIFO put there', async () => {
    const root = tree({
      '.git/config': '[remote "origin"]\n\turl = git@github.com:acme/gitops.git\n',
      'values.yaml': 'testkube-api: {}\n'
    })
    const found = await discoverFiles(root)
    const ctx = await createContext(root, found, ALL_READERS, [])
    expect(ctx.isThisRepo('https://github.com/acme/gitops')).toBe(true)
    rmSync(join(root, '.git', 'config'))
    try {
      execFileSync('mkfifo', [join(root, '.git', 'config')])
    } catch {
      return // no mkfifo (Windows)
    }
    const blind = await createContext(root, found, ALL_READERS, [])
    expect(blind.isThisRepo('https://github.com/acme/gitops')).toBe(false)
  })

  it('learns what a pass on one thread learns, bad files included', async () => {
    const root = largeTree(40)
    const found = await discoverFiles(root)
    const filters = [...ALL_READERS, MESH_FILTER]
    const alone = await createContext(root, found, filters, [])
    const ahead = startReadAhead({ firstBatchBytes: 256, batchBytes: 4096, batchesAhead: 2 })
    if (!ahead) throw new Error('worker threads are not available')
    let helped: ScanContext
    try {
      helped = await createContext(root, found, filters, [], { readAhead: ahead })
    } finally {
      await ahead.stop()
    }
    expect(ahead.mostAhead()).toBeGreaterThan(0) // the worker did the reading
    expect(shape(helped)).toEqual(shape(alone))
    expect(shape(alone).candidates.map(c => c[0])).toEqual(
      expect.arrayContaining(['apps/tk/release.yaml', 'values/large.yaml', 'values/testkube.yaml'])
    )
    expect(alone.errors().map(e => e.file)).toEqual(
      expect.arrayContaining(['values/binary.yaml', 'values/broken.yaml', 'values/latin1.yaml'])
    )
  })

  it('is switched off by the environment with off, 0, false or no, and only those', () => {
    for (const value of ['off', '0', 'false', 'no', ' OFF ', 'False'])
      expect(readAheadFromEnv({ [READ_AHEAD_ENV]: value })).toBe(false)
    for (const value of [undefined, '', 'on', '1', 'true', 'yes', 'offline'])
      expect(readAheadFromEnv({ [READ_AHEAD_ENV]: value })).toBe(true)
  })

  it('a scan of a tree of READ_AHEAD_MIN_FILES files and more finds what a scan on one thread finds', async () => {
    const root = largeTree(Math.ceil(READ_AHEAD_MIN_FILES / 3))
    const withWorker = await scan({ root })
    const alone = await scan({ root, readAhead: false })
    expect(outcomeOf(withWorker)).toEqual(outcomeOf(alone))
    expect(alone.releases.map(r => r.file)).toEqual([
      'apps/tk/release.yaml',
      'values/large.yaml',
      'values/testkube.yaml'
    ])
  })
})

describe('normaliseRel', () => {
  it('keeps a normal path as it is, and normalises the rest as a walk of its segments would', () => {
    const pieces = ['a', 'b.yaml', '/', '.', '..', '\\', '...', '.x', 'x.', 'C:', ' ']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), parts => {
        const p = parts.join('')
        fc.pre(!p.startsWith('/') && !/^[a-zA-Z]:[\\/]/.test(p))
        // A leading `./` changes nothing a path means, and always takes the segment-by-segment way.
        expect(normaliseRel(p)).toBe(normaliseRel(`./${p}`))
      }),
      { numRuns: 5000 }
    )
    expect(normaliseRel('apps/a/../b/./c.yaml')).toBe('apps/b/c.yaml')
    expect(normaliseRel('a//b/')).toBe('a/b')
    // A backslash separates folders only on Windows; elsewhere it is part of a name (`back\slash/values.yaml`).
    expect(normaliseRel('a\\b')).toBe(sep === '\\' ? 'a/b' : 'a\\b')
    expect(normaliseRel('back\\slash/../back\\slash/values.yaml')).toBe(
      sep === '\\' ? 'back/slash/values.yaml' : 'back\\slash/values.yaml'
    )
    expect(normaliseRel('..a/.b/c..')).toBe('..a/.b/c..')
    expect(normaliseRel('a/../..')).toBeNull()
    expect(normaliseRel('/a')).toBeNull()
  })
})
