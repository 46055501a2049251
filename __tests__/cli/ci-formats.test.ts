/**
 * The reports for other CIs, each checked against what its consumer reads: JUnit XML against the Jenkins JUnit
 * schema (libxml2 via xmllint-wasm), Code Climate against the spec as GitLab reads it, GitHub workflow commands
 * against the toolkit's command syntax, SARIF and JSON paths against each other. One run writes them all (paired
 * --format/--output), on the example repository placed in a folder of a real git repository, so that every
 * path must carry that folder.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Log } from 'sarif'
import type { Ajv as AjvType } from 'ajv'
import { validateXML } from 'xmllint-wasm'
import { parse } from 'yaml'
import type { JsonReport } from '../../src/report/json.js'
import { assertReportSchema } from '../schemas/report-schema.js'
import { REPO, runBundle, type CliRun } from './harness.js'

const require = createRequire(import.meta.url)
const Ajv2020 = (require('ajv/dist/2020.js') as { default: new (opts: object) => AjvType }).default
const SCHEMAS = join(REPO, '__tests__', 'schemas')

let top: string
let out: string
let run: CliRun
const file = (name: string): string => readFileSync(join(out, name), 'utf8')

beforeAll(() => {
  top = mkdtempSync(join(tmpdir(), 'tig-ci-'))
  execFileSync('git', ['init', '-q', top])
  cpSync(join(REPO, 'examples', 'gitops'), join(top, 'deploy', 'gitops'), { recursive: true })
  out = join(top, 'reports')
  mkdirSync(out)
  const pairs = ['json', 'sarif', 'junit', 'codeclimate', 'markdown'].flatMap(f => [
    '--format',
    f,
    '--output',
    join(out, `report.${f}`)
  ])
  run = runBundle(['scan', 'deploy/gitops', ...pairs, '--format', 'github'], { cwd: top })
})

afterAll(() => rmSync(top, { recursive: true, force: true }))

const json = (): JsonReport => JSON.parse(file('report.json')) as JsonReport
const problems = (r: JsonReport): number => r.findings.filter(f => f.level !== 'note').length

describe('one run, several reports', () => {
  it('writes each --format to its --output and the unpaired last one to stdout', () => {
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    for (const f of ['json', 'sarif', 'junit', 'codeclimate', 'markdown'])
      expect(existsSync(join(out, `report.${f}`))).toBe(true)
    expect(run.stdout).toMatch(/^::error /)
    assertReportSchema(json())
    expect(json().findings.length).toBeGreaterThan(3)
  })

  it('JSON and SARIF name every place the same way: root + file', () => {
    const report = json()
    expect(report.root).toBe('deploy/gitops/')
    const log = JSON.parse(file('report.sarif')) as Log
    expect(log.runs[0].properties?.root).toBe(report.root)
    const uris = (log.runs[0].results ?? []).map(
      r =>
        `${r.locations?.[0].physicalLocation?.artifactLocation?.uri}:${r.locations?.[0].physicalLocation?.region?.startLine}`
    )
    expect(uris.sort()).toEqual(
      report.findings.map(f => `${report.root}${f.file}:${Math.max(1, f.line)}`).sort()
    )
    for (const f of report.findings) expect(existsSync(join(top, report.root, f.file))).toBe(true)
  })
})

describe('--format junit', () => {
  it('is valid against the Jenkins JUnit schema GitLab and Azure read too', async () => {
    const result = await validateXML({
      xml: [{ fileName: 'report.xml', contents: file('report.junit') }],
      schema: [
        {
          fileName: 'jenkins-junit.xsd',
          contents: readFileSync(join(SCHEMAS, 'junit', 'jenkins-junit.xsd'), 'utf8')
        }
      ]
    })
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
    // The check can fail: a case without its name is refused.
    const nameless = await validateXML({
      xml: [
        {
          fileName: 'bad.xml',
          contents: file('report.junit').replace(/<testcase classname="[^"]*" name=/, '<testcase x=')
        }
      ],
      schema: [
        {
          fileName: 'jenkins-junit.xsd',
          contents: readFileSync(join(SCHEMAS, 'junit', 'jenkins-junit.xsd'), 'utf8')
        }
      ]
    })
    expect(nameless.valid).toBe(false)
  })

  it('has a suite per release, a case per check, a failure per error or warning', () => {
    const xml = file('report.junit')
    const report = json()
    expect(xml.match(/<testsuite /g)?.length).toBe(report.releases.length)
    expect(xml.match(/<failure /g)?.length).toBe(problems(report))
    // Passing checks are there too: more cases than failing ones.
    const cases = xml.match(/<testcase /g)?.length ?? 0
    expect(cases).toBeGreaterThan(new Set(report.findings.map(f => `${f.releaseId} ${f.ruleId}`)).size)
    expect(xml).toMatch(/<testsuites name="testkube-istio-guard" tests="\d+" failures="\d+" errors="0">/)
    expect(xml).not.toMatch(/time=/)
  })

  it('is valid for a broken file, with characters XML cannot hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tig-junit-'))
    try {
      cpSync(join(REPO, '__tests__', 'cli', '__fixtures__', 'broken'), dir, { recursive: true })
      const r = runBundle(['scan', dir, '--format', 'junit'])
      expect(r.stdout).toContain('<error type="TKI900"')
      const result = await validateXML({
        xml: [{ fileName: 'broken.xml', contents: r.stdout }],
        schema: [
          {
            fileName: 'jenkins-junit.xsd',
            contents: readFileSync(join(SCHEMAS, 'junit', 'jenkins-junit.xsd'), 'utf8')
          }
        ]
      })
      expect(result.errors).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('--format codeclimate', () => {
  it("is valid against the Code Climate spec as GitLab's Code Quality reads it", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
    const validate = ajv.compile(
      JSON.parse(readFileSync(join(SCHEMAS, 'codeclimate', 'issue.schema.json'), 'utf8')) as object
    )
    const issues = JSON.parse(file('report.codeclimate')) as {
      location: { path: string }
      fingerprint: string
    }[]
    expect(validate(issues) ? [] : validate.errors).toEqual([])
    expect(validate([{ ...issues[0], severity: 'high' }])).toBe(false)
    expect(issues.length).toBe(json().findings.length)
    for (const i of issues) expect(existsSync(join(top, i.location.path))).toBe(true)
    expect(new Set(issues.map(i => i.fingerprint)).size).toBe(issues.length)
  })
})

describe('--format github', () => {
  it('writes one workflow command per finding, with repository paths and escaped values', () => {
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.length).toBe(json().findings.length)
    for (const line of lines) {
      const m = /^::(error|warning|notice) file=([^,:]+),line=(\d+),title=([^,:]+)::(.+)$/.exec(line)
      expect(m).not.toBeNull()
      expect(existsSync(join(top, decodeURIComponent((m as RegExpExecArray)[2])))).toBe(true)
      expect(line).not.toMatch(/\r|\n/)
    }
    expect(lines.filter(l => l.startsWith('::error ')).length).toBe(
      json().findings.filter(f => f.level === 'error').length
    )
  })
})

describe('--format markdown', () => {
  it('is the job summary: a row per release, every finding, repository paths', () => {
    const md = file('report.markdown')
    const report = json()
    expect(md).toMatch(/^## testkube-istio-guard\n/)
    expect(md).toContain('| Release | Chart | Version | Where | Findings | Fix status |')
    for (const r of report.releases) expect(md).toContain(`\`${report.root}${r.file}:${r.line}\``)
    expect(md.match(/^\| TKI\d{3} \|/gm)?.length).toBe(report.findings.length)
  })
})

describe('the GitLab and Jenkins examples', () => {
  /** The CLI arguments after `npx --yes testkube-istio-guard@1`, in a command of an example. */
  const cliArgs = (command: string): string[] => {
    const words = command.replace(/\\\n/g, ' ').trim().split(/\s+/)
    expect(words.slice(0, 3)).toEqual(['npx', '--yes', 'testkube-istio-guard@1'])
    return words.slice(3)
  }

  it('docs/ci/gitlab-ci.yml writes the reports its artifacts name, valid for GitLab', async () => {
    const ci = parse(readFileSync(join(REPO, 'docs', 'ci', 'gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { script: string[]; artifacts: { reports: Record<string, string>; paths: string[] } }
    >
    const job = ci['testkube-istio-guard']
    const dir = mkdtempSync(join(tmpdir(), 'tig-gitlab-'))
    try {
      cpSync(join(REPO, 'examples', 'gitops'), dir, { recursive: true })
      execFileSync('git', ['init', '-q', dir])
      const r = runBundle(cliArgs(job.script[0]), { cwd: dir })
      expect(r.stderr).toBe('')
      expect(r.status).toBe(1)
      expect(r.stdout).toMatch(/^Summary: /m)
      for (const file of [...Object.values(job.artifacts.reports), ...job.artifacts.paths])
        expect(existsSync(join(dir, file))).toBe(true)
      const issues = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as {
        location: { path: string }
      }[]
      for (const i of issues) expect(existsSync(join(dir, i.location.path))).toBe(true)
      const result = await validateXML({
        xml: [
          { fileName: 'junit.xml', contents: readFileSync(join(dir, job.artifacts.reports.junit), 'utf8') }
        ],
        schema: [
          {
            fileName: 'jenkins-junit.xsd',
            contents: readFileSync(join(SCHEMAS, 'junit', 'jenkins-junit.xsd'), 'utf8')
          }
        ]
      })
      expect(result.errors).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('docs/ci/Jenkinsfile writes the JUnit report its junit step reads and leaves the verdict to it', () => {
    const jenkinsfile = readFileSync(join(REPO, 'docs', 'ci', 'Jenkinsfile'), 'utf8')
    const command = /sh '''([\s\S]*?)'''/.exec(jenkinsfile)?.[1] ?? ''
    const report = /junit '([^']+)'/.exec(jenkinsfile)?.[1] ?? ''
    const dir = mkdtempSync(join(tmpdir(), 'tig-jenkins-'))
    try {
      cpSync(join(REPO, 'examples', 'gitops'), dir, { recursive: true })
      const r = runBundle(cliArgs(command), { cwd: dir })
      expect(r.status).toBe(0)
      expect(readFileSync(join(dir, report), 'utf8')).toMatch(/<failure /)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
