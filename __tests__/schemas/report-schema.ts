/**
 * The published schema of `--format json` (docs/schema/report.schema.json), compiled once: the CLI harnesses run
 * every JSON report a test produces through `assertReportSchema`, so no test reads JSON the schema does not
 * describe.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Ajv as AjvType, ValidateFunction } from 'ajv'

const require = createRequire(import.meta.url)
const Ajv2020 = (require('ajv/dist/2020.js') as { default: new (opts: object) => AjvType }).default
const addFormats = require('ajv-formats') as (ajv: AjvType) => AjvType

export const REPORT_SCHEMA_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'schema',
  'report.schema.json'
)

let validate: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (!validate) {
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }))
    validate = ajv.compile(JSON.parse(readFileSync(REPORT_SCHEMA_PATH, 'utf8')) as object)
  }
  return validate
}

/** The schema's complaints about a report, one line each ([] when it is valid). */
export function reportSchemaErrors(report: unknown): string[] {
  const check = validator()
  if (check(report)) return []
  return (check.errors ?? []).map(
    e => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`
  )
}

/** Throws, naming every violation, when `report` is not a valid report. */
export function assertReportSchema(report: unknown, what = 'JSON report'): void {
  const errors = reportSchemaErrors(report)
  if (errors.length > 0)
    throw new Error(`${what} does not match docs/schema/report.schema.json:\n${errors.join('\n')}`)
}

/**
 * When a CLI run printed a JSON report on stdout (`--format json` without `--output`), check it. Runs that
 * failed before reporting (exit 2) print nothing to check.
 */
export function checkJsonStdout(
  args: readonly string[],
  run: { status: number | null; stdout: string }
): void {
  const formats = args.flatMap((a, i) =>
    a === '--format' || a === '-f' ? [args[i + 1]] : a.startsWith('--format=') ? [a.slice(9)] : []
  )
  const outputs = args.filter(a => a === '--output' || a === '-o' || a.startsWith('--output=')).length
  if (run.status === 2 || formats.length === 0) return
  // With one --output per --format, every report goes to a file; an unpaired last --format prints to stdout.
  const toStdout = formats.length > outputs ? formats[formats.length - 1] : undefined
  if (toStdout !== 'json' || run.stdout.trim() === '') return
  assertReportSchema(JSON.parse(run.stdout), `the JSON report of \`scan ${args.join(' ')}\``)
}
