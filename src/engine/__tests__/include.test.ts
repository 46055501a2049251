/**
 * `include` selects the releases that are reported (by the file that declares them) and the files that may be
 * written; every other file is still read as context. So a release keeps its mesh mode (a namespace's ambient
 * label read from a file outside the include set), no fix is ever written outside the set, and an include that
 * matches nothing reports nothing.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { scan, writeFixes, type ScanOptions } from '../scan.js'

const EXAMPLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples', 'gitops')
const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function copyOf(source: string | null, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'tkig-include-'))
  dirs.push(root)
  if (source) cpSync(source, root, { recursive: true })
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
  return root
}

function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name)
      if (e.isDirectory()) walk(abs)
      else out.set(relative(root, abs), readFileSync(abs, 'utf8'))
    }
  }
  walk(root)
  return out
}

async function fix(opts: ScanOptions): Promise<string[]> {
  const before = snapshot(opts.root)
  const report = await scan(opts)
  await writeFixes(report, opts)
  const after = snapshot(opts.root)
  return [...after.keys()].filter(k => after.get(k) !== before.get(k)).sort()
}

describe('include', () => {
  it('reports only the releases declared in the include set, and writes only there', async () => {
    const root = copyOf(EXAMPLE)
    const report = await scan({ root, include: ['apps/**'] })
    expect(report.releases.map(r => r.file)).toEqual(['apps/testkube-agent.yaml'])
    expect(report.stats.filesSeen).toBe(1)
    expect(await fix({ root, include: ['apps/**'] })).toEqual(['apps/testkube-agent.yaml'])
  })

  it('reads the files outside it as context: a namespace label outside keeps a release ambient', async () => {
    const root = copyOf(EXAMPLE)
    const all = await scan({ root })
    const only = await scan({ root, include: ['kustomize/kustomization.yaml'] })
    const mesh = (r: typeof all) =>
      r.releases.find(x => x.file === 'kustomize/kustomization.yaml')?.mesh?.mode
    expect(mesh(all)).toBe('ambient')
    expect(only.releases.map(r => r.file)).toEqual(['kustomize/kustomization.yaml'])
    expect(mesh(only)).toBe('ambient')
  })

  it('reports nothing when it matches nothing', async () => {
    const report = await scan({ root: copyOf(EXAMPLE), include: ['nomatch/**'] })
    expect({
      releases: report.releases.length,
      findings: report.findings.length,
      files: report.stats.filesSeen
    }).toEqual({ releases: 0, findings: 0, files: 0 })
  })

  it('leaves a fix that would go outside the set unmade, and says so', async () => {
    const root = copyOf(null, {
      'apps/tk.yaml': [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Application',
        'metadata:',
        '  name: tk',
        'spec:',
        '  sources:',
        '    - repoURL: https://kubeshop.github.io/helm-charts',
        '      chart: testkube',
        '      targetRevision: 2.4.0',
        '      helm:',
        '        valueFiles:',
        '          - $values/values/tk.yaml',
        '    - repoURL: https://github.com/example/gitops.git',
        '      ref: values',
        ''
      ].join('\n'),
      'values/tk.yaml': 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "true"\n'
    })
    const opts = { root, include: ['apps/**'], repoUrls: ['https://github.com/example/gitops.git'] }
    const report = await scan(opts)
    const finding = report.findings.find(f => f.path.startsWith('testkube-api.jobPodAnnotations'))
    expect(finding).toMatchObject({
      file: 'values/tk.yaml',
      fixable: false,
      message: expect.stringContaining('values/tk.yaml is outside the include globs')
    })
    expect(report.edits.map(e => e.target.file).filter(f => !f.startsWith('apps/'))).toEqual([])
    const written = await fix(opts)
    expect(written.filter(f => !f.startsWith('apps/'))).toEqual([])
    // Without the include, the same fix is made in the values file.
    expect(await fix({ ...opts, include: [] })).toContain('values/tk.yaml')
  })
})
