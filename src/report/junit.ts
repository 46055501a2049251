/**
 * `--format junit`: the JUnit XML that GitLab (`artifacts:reports:junit`), Jenkins (`junit`) and Azure Pipelines
 * (`PublishTestResults`) show as test results. One test suite per release, one test case per check the release
 * gets (the rules for its chart, and every other rule with a finding for it): a finding at error or warning level
 * is a failure, a note is kept as the case's output. Files that could not be read are a suite of their own, one
 * error each. No times are written: the report says what is wrong, not how long it took.
 */
import type { ScanReport } from '../engine/scan.js'
import type { Finding, Release, ScanError } from '../model.js'
import { checksForChart, findRule, RULES } from '../rules/catalogue.js'
import { asRun, finalErrors, remainingFindings, type RunResult } from './run.js'
import { TOOL_NAME } from './tool.js'
import { xmlText } from './xml.js'

export interface JunitOptions {
  /** The scanned directory's place in the repository, `/`-terminated ('' at the top). */
  root?: string
}

interface Case {
  classname: string
  name: string
  failures: Finding[]
  notes: Finding[]
}

export function renderJunit(input: ScanReport | RunResult, opts: JunitOptions = {}): string {
  const run = asRun(input)
  const root = opts.root ?? ''
  const findings = remainingFindings(run)
  const suites = run.report.releases.map(r => suiteXml(releaseSuite(r, findings, root), r.id))
  const problems = finalErrors(run)
  if (problems.length > 0) suites.push(filesSuite(problems, root))
  const counts = (re: RegExp): number => suites.reduce((n, s) => n + Number(re.exec(s)?.[1] ?? 0), 0)
  const tests = counts(/ tests="(\d+)"/)
  const failures = counts(/ failures="(\d+)"/)
  const errors = counts(/ errors="(\d+)"/)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlText(TOOL_NAME)}" tests="${tests}" failures="${failures}" errors="${errors}">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

function releaseSuite(
  release: Release,
  findings: readonly Finding[],
  root: string
): { name: string; cases: Case[] } {
  const mine = findings.filter(f => f.releaseId === release.id)
  const codes = new Set<string>(
    release.chart === 'istiod' ? [] : checksForChart(release.chart).map(r => r.code)
  )
  for (const f of mine) codes.add(f.ruleId)
  const where = `${root}${release.file}:${release.line}`
  const classname = `${release.name} (${release.chart}, ${where})`
  const order = new Map(RULES.map((r, i) => [r.code as string, i]))
  const cases = [...codes]
    .sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999) || a.localeCompare(b))
    .map(code => {
      const forRule = mine.filter(f => f.ruleId === code)
      return {
        classname,
        name: `${code} ${findRule(code)?.title ?? ''}`.trim(),
        failures: forRule.filter(f => f.level !== 'note'),
        notes: forRule.filter(f => f.level === 'note')
      }
    })
  return { name: `${release.name} (${release.chart})`, cases }
}

function suiteXml(suite: { name: string; cases: Case[] }, id: string): string {
  const failures = suite.cases.filter(c => c.failures.length > 0).length
  const lines = [
    `  <testsuite name="${xmlText(suite.name)}" id="${xmlText(id)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="0">`
  ]
  for (const c of suite.cases) {
    const open = `    <testcase classname="${xmlText(c.classname)}" name="${xmlText(c.name)}"`
    if (c.failures.length === 0 && c.notes.length === 0) {
      lines.push(`${open}/>`)
      continue
    }
    lines.push(`${open}>`)
    for (const f of c.failures)
      lines.push(
        `      <failure type="${f.level}" message="${xmlText(f.message)}">${xmlText(findingText(f))}</failure>`
      )
    if (c.notes.length > 0)
      lines.push(`      <system-out>${xmlText(c.notes.map(findingText).join('\n'))}</system-out>`)
    lines.push('    </testcase>')
  }
  lines.push('  </testsuite>')
  return lines.join('\n')
}

function findingText(f: Finding): string {
  return `${f.file}:${f.line}: ${f.ruleId} ${f.level}: ${f.message}${f.fixable ? ' (fixable with --fix)' : ''}`
}

function filesSuite(problems: readonly ScanError[], root: string): string {
  const lines = [
    `  <testsuite name="files that could not be read" tests="${problems.length}" failures="0" errors="${problems.length}" skipped="0">`
  ]
  for (const e of problems) {
    const where = `${root}${e.file}:${e.line}`
    lines.push(
      `    <testcase classname="TKI900" name="${xmlText(where)}">`,
      `      <error type="TKI900" message="${xmlText(e.message)}">${xmlText(`${where}: ${e.message}`)}</error>`,
      '    </testcase>'
    )
  }
  lines.push('  </testsuite>')
  return lines.join('\n')
}
