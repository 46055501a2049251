import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFromDir } from '../../../testing/extract.js'
import { discoverFiles } from '../../../discover/files.js'
import { scan } from '../../../engine/scan.js'
import { writeChanges } from '../../../fix/write.js'
import { renderText } from '../../../report/text.js'
import type { Finding, Release } from '../../../model.js'
import { terraformReader } from '../index.js'
import { unescapeQuoted } from '../eval.js'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__fixtures__')

async function read(name: string) {
  const { releases, ctx } = await extractFromDir([terraformReader], join(fixtures, name))
  return { releases, errors: ctx.errors(), notices: ctx.notices() }
}

function only(releases: Release[]): Release {
  expect(releases).toHaveLength(1)
  return releases[0]
}

const byRule = (findings: Finding[], rule: string): Finding[] => findings.filter(f => f.ruleId === rule)

describe('Terraform reader: text test and discovery', () => {
  it('takes .tf files that declare a helm_release and terragrunt.hcl files with inputs', () => {
    expect(terraformReader.mayContain('main.tf', 'resource "helm_release" "x" {}')).toBe(true)
    expect(terraformReader.mayContain('main.tf', 'resource "aws_vpc" "x" {}')).toBe(false)
    expect(terraformReader.mayContain('live/terragrunt.hcl', 'inputs = { chart = "testkube" }')).toBe(true)
    expect(terraformReader.mayContain('live/terragrunt.hcl', 'include { path = "x" }')).toBe(false)
    expect(terraformReader.mayContain('values.yaml', 'helm_release')).toBe(false)
  })

  it('discovers .tf, .tfvars and terragrunt.hcl files beside the YAML ones', async () => {
    const found = await discoverFiles(join(fixtures, 'tfvars'))
    expect(found.files.map(f => f.path)).toEqual([
      'dev.tfvars',
      'main.tf',
      'prod.tfvars',
      'terraform.tfvars',
      'variables.tf'
    ])
    const tg = await discoverFiles(join(fixtures, 'terragrunt-local'))
    expect(tg.files.map(f => f.path)).toContain('live/tk/terragrunt.hcl')
  })
})

describe('Terraform reader: helm_release', () => {
  it('reads chart, repository, version from a variable default, namespace from a local, and every value source in order', async () => {
    const { releases, errors } = await read('basic')
    expect(errors).toEqual([])
    const r = only(releases) // the ingress-nginx release is not Testkube
    expect(r).toMatchObject({
      id: 'main.tf#helm_release.testkube',
      name: 'tk',
      namespace: 'testkube',
      source: 'terraform-helm-release',
      file: 'main.tf',
      line: 5,
      chart: 'testkube',
      chartVersion: '2.1.50',
      scopes: [{ chart: 'testkube', version: '2.1.50', prefix: '' }]
    })
    expect(r.notes).toBeUndefined()
    expect(r.layers.map(l => [l.label, l.kind])).toEqual([
      ['values[0]: values/base.yaml', 'values-file'],
      ['values[1] (heredoc)', 'embedded-yaml'],
      ['set', 'parameters'],
      ['set_list', 'parameters'],
      ['set_sensitive', 'secret']
    ])
    const [file, heredoc, set, setList, sensitive] = r.layers
    expect(file.values).toEqual({ preUpgradeHook: { podAnnotations: { team: 'qa' } } })
    expect(file.target).toEqual({ type: 'yaml-map', file: 'values/base.yaml', docIndex: 0, nodePath: [] })
    expect(heredoc.values).toEqual({
      'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } }
    })
    expect(heredoc).toMatchObject({ line: 14, addTarget: true })
    expect(heredoc.target).toEqual({
      type: 'hcl-heredoc',
      file: 'main.tf',
      docIndex: 0,
      nodePath: [],
      heredoc: 0
    })
    expect(set.sets).toEqual([
      {
        path: ['testkube-operator', 'webhook', 'patch', 'podAnnotations', 'sidecar.istio.io/inject'],
        value: 'true',
        forceString: true,
        index: 0,
        line: 22
      }
    ])
    expect(set.target).toBeUndefined()
    expect(setList.sets?.[0]).toMatchObject({ path: ['testkube-api', 'extraArgs'], value: ['a', 'b'] })
    expect(sensitive.readOnlyReason).toMatch(/set_sensitive/)
    expect(sensitive.target).toBeUndefined()
  })

  it('resolves templatefile() against path.module and keeps ${…} placeholders; an unset variable leaves the version unknown', async () => {
    const { releases, errors } = await read('templatefile')
    expect(errors).toEqual([])
    const r = only(releases)
    expect(r.chartVersion).toBeNull()
    expect(r.notes).toContain(
      'version is var.chart_version, which the tool cannot resolve: the version is unknown'
    )
    expect(r.layers).toHaveLength(1)
    expect(r.layers[0]).toMatchObject({
      label: 'values[0]: modules/tk/values.yaml.tpl',
      file: 'modules/tk/values.yaml.tpl',
      addTarget: true,
      values: {
        'testkube-api': {
          jobPodAnnotations: { 'sidecar.istio.io/inject': '${inject}' },
          storage: { endpoint: '${endpoint}' }
        }
      }
    })
  })

  it('takes variables from terraform.tfvars over defaults, and leaves one that tfvars files disagree on unknown', async () => {
    const { releases } = await read('tfvars')
    const r = only(releases)
    expect(r.chartVersion).toBe('2.1.50') // terraform.tfvars, not the default 1.10.0
    expect(r.namespace).toBeNull() // dev.tfvars and prod.tfvars disagree
    expect(r.layers.map(l => l.label)).toEqual(['values[0] (var.testkube_values)', 'dynamic "set"'])
    // A heredoc in a variable default is read, but lives in variables.tf's default: not edited.
    expect(r.layers[0].values).toEqual({
      'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } }
    })
    expect(r.layers[0].target).toBeUndefined()
    expect(r.layers[1]).toMatchObject({
      values: null,
      readOnlyReason: expect.stringMatching(/known only when Terraform runs/)
    })
  })

  it('reads values entries that are locals defined by file() or a heredoc in another file of the module', async () => {
    const { releases, errors } = await read('locals')
    expect(errors).toEqual([])
    const r = only(releases)
    expect(r.layers.map(l => [l.label, l.file])).toEqual([
      ['values[0]: values.yaml', 'values.yaml'],
      ['values[1] (heredoc)', 'locals.tf']
    ])
    expect(r.layers[1]).toMatchObject({
      line: 4,
      addTarget: true,
      target: { type: 'hcl-heredoc', file: 'locals.tf', heredoc: 0 },
      values: { 'testkube-api': { jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' } } }
    })
  })

  it('takes a helm_release without a version as the newest release (*)', async () => {
    const { releases } = await read('floating')
    expect(only(releases)).toMatchObject({ chartVersion: '*', namespace: 'testkube', layers: [] })
  })

  it('reads yamlencode({…}) with locals resolved and other references as placeholders, never as an edit target', async () => {
    const { releases } = await read('yamlencode')
    const r = only(releases)
    expect(r.chartVersion).toBe('2.1.50')
    expect(r.layers[0].values).toEqual({
      'testkube-api': {
        jobPodAnnotations: { 'sidecar.istio.io/inject': 'false' },
        jobServiceAccountName: '${kubernetes_service_account_v1.job.metadata[0].name}'
      },
      preUpgradeHook: { podAnnotations: { 'sidecar.istio.io/inject': 'false' } }
    })
    expect(r.layers[0].target).toBeUndefined()
    expect(r.notes?.join('\n')).toMatch(
      /yamlencode\(\{…\}\) is read but not edited: the tool cannot write HCL/
    )
  })

  it('reads a terragrunt.hcl whose source is a module of this repository, with its inputs as variables, once', async () => {
    const { releases, errors } = await read('terragrunt-local')
    expect(errors).toEqual([])
    const r = only(releases) // the module on its own (version unknown) is not reported beside it
    expect(r).toMatchObject({
      id: 'live/tk/terragrunt.hcl#modules/tk/main.tf#helm_release.this',
      chartVersion: '2.1.50',
      namespace: 'testkube',
      file: 'modules/tk/main.tf'
    })
    // var.helm_values is the file() call of the inputs, read against the terragrunt.hcl's folder.
    expect(r.layers.map(l => [l.label, l.file, Boolean(l.addTarget)])).toEqual([
      ['values[0]: modules/tk/values.yaml', 'modules/tk/values.yaml', false],
      ['values[1]: live/tk/values.yaml', 'live/tk/values.yaml', true]
    ])
  })

  it('reads a module of this repository once per module block that calls it, with the arguments as variables', async () => {
    const { releases, errors } = await read('module-call')
    expect(errors).toEqual([])
    // The module read on its own (its version unknown) is not reported beside its callers; the registry module is skipped.
    expect(releases.map(r => [r.id, r.chartVersion, r.namespace, r.layers[0]?.file])).toEqual([
      [
        'main.tf#module.testkube#modules/testkube/main.tf#helm_release.testkube',
        '2.1.50',
        'testkube',
        'modules/testkube/values.yaml'
      ],
      [
        'main.tf#module.testkube_next#modules/testkube/main.tf#helm_release.testkube',
        '2.1.100',
        'testkube-next',
        'modules/testkube/values.yaml'
      ]
    ])
  })

  it('says which Terraform files it read and why none is a Testkube release', async () => {
    const { releases, errors, notices } = await read('none')
    expect(releases).toEqual([])
    expect(errors).toEqual([]) // not problems with the files: notices, shown under "No Testkube release found."
    expect(notices).toEqual([
      {
        file: 'main.tf',
        line: 1,
        message:
          'not a Testkube release: helm_release "ingress" installs chart "ingress-nginx", not a Testkube chart'
      },
      {
        file: 'main.tf',
        line: 7,
        message:
          'not a Testkube release: helm_release "mystery" has chart = var.chart, which the tool cannot resolve (var.chart has no literal value here)'
      },
      {
        file: 'network.tf',
        line: 1,
        message: 'no Testkube release in 1 Terraform file read (network.tf): none declares a helm_release'
      }
    ])
  })

  it('shows the notices under "No Testkube release found." in the text report', async () => {
    const report = await scan({ root: join(fixtures, 'none'), planFixes: false })
    expect(report.notices).toHaveLength(3)
    const text = renderText(report)
    expect(text).toContain(
      'No Testkube release found.\n  main.tf:1  not a Testkube release: helm_release "ingress" installs chart "ingress-nginx"'
    )
    expect(text).not.toContain('TKI900')
  })

  it('reports an HCL syntax error with its file and line and reads the other files', async () => {
    const { releases, errors } = await read('broken')
    expect(releases.map(r => r.id)).toEqual(['ok.tf#helm_release.testkube'])
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      file: 'broken.tf',
      line: 1,
      message: expect.stringMatching(/^HCL syntax error/)
    })
  })

  it('unescapes HCL quoted strings as Terraform does', () => {
    expect(unescapeQuoted('a\\\\.b')).toBe('a\\.b')
    expect(unescapeQuoted('say \\"hi\\"\\n')).toBe('say "hi"\n')
    expect(unescapeQuoted('$${literal} %%{x}')).toBe('${literal} %{x}')
    expect(unescapeQuoted('\\u00e9')).toBe('é')
  })
})

describe('Terraform releases: judged and fixed', () => {
  it('fixes into the heredoc in place, not past a set block that overrides the key, and never into set_sensitive', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tf-basic-'))
    try {
      cpSync(join(fixtures, 'basic'), root, { recursive: true })
      const report = await scan({ root })
      expect(byRule(report.findings, 'TKI002')).toEqual([
        // The line of the heredoc's map that the new keys join (the heredoc opens on line 14).
        expect.objectContaining({ fixable: true, file: 'main.tf', line: 16 })
      ])
      // The set block wins over every values entry: a fix there would be overridden.
      const tki005 = byRule(report.findings, 'TKI005')
      expect(tki005).toHaveLength(1)
      expect(tki005[0].fixable).toBe(false)
      expect(tki005[0].message).toMatch(
        /set sets testkube-operator\.webhook\.patch.* and would override the fix/
      )
      // set_sensitive decides the NATS hook's annotation: the tool neither reads nor writes it.
      const nats = report.findings.filter(f => f.path.startsWith('preUpgradeHookNATS'))
      expect(nats.map(f => [f.ruleId, f.fixable])).toEqual([['TKI102', false]])
      expect(report.edits.every(e => e.target.file === 'main.tf' && e.target.type === 'hcl-heredoc')).toBe(
        true
      )

      expect(report.changes.map(c => c.file)).toEqual(['main.tf'])
      const after = report.changes[0].after
      // Indented like the heredoc, the comment kept, inside the heredoc.
      expect(after).toContain(
        [
          '    <<-EOT',
          '      # kept: a comment in the heredoc',
          '      testkube-api:',
          '        jobPodAnnotations:',
          '          sidecar.istio.io/inject: "false"',
          '      preUpgradeHook:',
          '        podAnnotations:',
          '          sidecar.istio.io/inject: "false"'
        ].join('\n')
      )
      expect(after).toMatch(/\n {6,}\S[^\n]*\n {4}EOT\n/)
      // Everything outside the heredoc is as it was.
      const before = readFileSync(join(root, 'main.tf'), 'utf8')
      expect(after.replace(/<<-EOT[\s\S]*?EOT/, '')).toBe(before.replace(/<<-EOT[\s\S]*?EOT/, ''))

      await writeChanges(root, report.changes)
      const again = await scan({ root })
      expect(again.findings.filter(f => f.fixable)).toEqual([])
      expect(again.changes).toEqual([])
      expect(byRule(again.findings, 'TKI005')).toHaveLength(1)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('writes into the templatefile() file, keeps its placeholders, and reports a placeholder the rule needs as TKI102', async () => {
    const report = await scan({ root: join(fixtures, 'templatefile') })
    const placeholder = report.findings.find(f => f.path.startsWith('testkube-api.jobPodAnnotations'))
    expect(placeholder).toMatchObject({ ruleId: 'TKI102', fixable: false })
    expect(report.changes.map(c => c.file)).toEqual(['modules/tk/values.yaml.tpl'])
    const after = report.changes[0].after
    expect(after).toContain('sidecar.istio.io/inject: ${inject}')
    expect(after).toContain('endpoint: ${endpoint}')
  })

  it('keeps a heredoc interpolation a placeholder: TKI102, never written over', async () => {
    const report = await scan({ root: join(fixtures, 'heredoc-placeholder') })
    const jobs = report.findings.filter(f => f.path.startsWith('testkube-api.jobPodAnnotations'))
    expect(jobs.map(f => [f.ruleId, f.fixable])).toEqual([['TKI102', false]])
    expect(report.changes).toHaveLength(1)
    expect(report.changes[0].after).toContain('    sidecar.istio.io/inject: "${var.inject}"\n')
    expect(report.changes[0].after).toContain(
      'preUpgradeHook:\n  podAnnotations:\n    sidecar.istio.io/inject: "false"\n'
    )
  })

  it('reports yamlencode values and does not fix them', async () => {
    const report = await scan({ root: join(fixtures, 'yamlencode') })
    // TKI001 and TKI002 hold in the yamlencode map; the NATS hook's annotation is missing.
    expect(report.findings.map(f => f.ruleId)).toContain('TKI003')
    expect(report.findings.map(f => f.ruleId)).not.toContain('TKI001')
    expect(report.findings.every(f => !f.fixable && f.file === 'main.tf')).toBe(true)
    expect(report.changes).toEqual([])
  })
})
