import { describe, expect, it } from '@jest/globals'
import { parseCliArgs, UsageError, type ScanArgs } from '../../src/cli/args.js'

/** Directories of an imaginary working directory: `gitops` and `gitops/apps`; every other path is a file. */
const isDirectory = (path: string): boolean => ['gitops', 'gitops/apps'].includes(path)

const usage = (argv: string[]): string => {
  try {
    parseCliArgs(argv, isDirectory)
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError)
    return (err as Error).message
  }
  throw new Error(`no usage error for ${argv.join(' ')}`)
}

describe('parseCliArgs', () => {
  it('has defaults for everything but the command', () => {
    expect(parseCliArgs(['scan'], isDirectory)).toEqual({
      command: 'scan',
      dir: '.',
      files: [],
      reports: [{ format: 'text', output: null }],
      fix: false,
      dryRun: false,
      nativeSidecars: 'auto',
      repoUrls: [],
      include: [],
      exclude: [],
      failOn: 'error',
      color: true,
      chartVersions: [],
      config: null,
      baseline: null,
      writeBaseline: null,
      showSuppressed: false,
      given: []
    })
  })

  it('reads --chart-version pins, and refuses what is not CHART=VERSION', () => {
    const args = parseCliArgs([
      'scan',
      '--chart-version',
      'testkube=1.16.17',
      '--chart-version',
      'testkube-runner=2.x'
    ])
    expect(args).toMatchObject({
      chartVersions: [
        { chart: 'testkube', version: '1.16.17', origin: '--chart-version' },
        { chart: 'testkube-runner', version: '2.x', origin: '--chart-version' }
      ]
    })
    expect(() => parseCliArgs(['scan', '--chart-version', 'istio=1.2.3'])).toThrow(/expected CHART=VERSION/)
    expect(() => parseCliArgs(['scan', '--chart-version', 'testkube=latest'])).toThrow(/not a version/)
    expect(() => parseCliArgs(['scan', '--chart-version', 'testkube'])).toThrow(/expected CHART=VERSION/)
  })

  it('reads every option, repeated ones in order', () => {
    const args = parseCliArgs(
      [
        'scan',
        'gitops',
        '--format=sarif',
        '--fix',
        '--native-sidecars',
        'off',
        '--repo-url',
        'https://a/x.git',
        '--repo-url=git@b:y.git',
        '--include',
        'apps/**',
        '--include',
        'charts/**',
        '--exclude',
        '**/test/**',
        '--fail-on',
        'warning',
        '--no-color',
        '-o',
        'out.sarif'
      ],
      isDirectory
    )
    expect(args).toMatchObject({
      dir: 'gitops',
      reports: [{ format: 'sarif', output: 'out.sarif' }],
      fix: true,
      dryRun: false,
      nativeSidecars: 'off',
      repoUrls: ['https://a/x.git', 'git@b:y.git'],
      include: ['apps/**', 'charts/**'],
      exclude: ['**/test/**'],
      failOn: 'warning',
      color: false
    })
  })

  it('pairs each --format with the --output in the same position; a last unpaired one goes to stdout', () => {
    const reports = (argv: string[]): unknown =>
      (parseCliArgs(['scan', ...argv], isDirectory) as ScanArgs).reports
    expect(reports(['-f', 'sarif', '-o', 'r.sarif', '-f', 'junit', '-o', 'r.xml'])).toEqual([
      { format: 'sarif', output: 'r.sarif' },
      { format: 'junit', output: 'r.xml' }
    ])
    expect(reports(['-f', 'codeclimate', '-o', 'cq.json', '-f', 'text'])).toEqual([
      { format: 'codeclimate', output: 'cq.json' },
      { format: 'text', output: null }
    ])
    expect(reports(['-o', 'report.txt'])).toEqual([{ format: 'text', output: 'report.txt' }])
    expect(usage(['scan', '-f', 'json', '-f', 'sarif', '-f', 'junit', '-o', 'a'])).toBe(
      '3 --formats need at least 2 --output: only the last report may go to standard output'
    )
    expect(usage(['scan', '-f', 'json', '-o', 'a', '-o', 'b'])).toBe(
      '2 --output for 1 --format: pair each --output with a --format'
    )
    expect(usage(['scan', '-f', 'json', '-o', 'a', '-f', 'sarif', '-o', 'a'])).toBe(
      '--output a is given twice'
    )
  })

  it('takes the first argument as DIR only when it is a directory, the others as files', () => {
    expect(parseCliArgs(['scan', 'gitops'], isDirectory)).toMatchObject({ dir: 'gitops', files: [] })
    expect(parseCliArgs(['scan', 'gitops', 'gitops/a.yaml', 'b.yaml'], isDirectory)).toMatchObject({
      dir: 'gitops',
      files: ['gitops/a.yaml', 'b.yaml']
    })
    // pre-commit's call: the files being committed, relative to the top of the repository it runs in.
    expect(parseCliArgs(['scan', 'apps/values.yaml', 'Chart.yaml', '--fix'], isDirectory)).toMatchObject({
      dir: '.',
      files: ['apps/values.yaml', 'Chart.yaml'],
      fix: true
    })
  })

  it('takes --dry-run as --fix that writes nothing', () => {
    expect(parseCliArgs(['scan', '--dry-run'])).toMatchObject({ fix: true, dryRun: true })
  })

  it('answers --help and --version before anything else', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' })
    expect(parseCliArgs(['scan', 'x', '-h'])).toEqual({ command: 'help' })
    expect(parseCliArgs(['--version'])).toEqual({ command: 'version' })
  })

  it('gives a one-line reason for every mistake', () => {
    expect(usage([])).toBe('missing command: use `scan [DIR]`')
    expect(usage(['check'])).toBe("unknown command 'check': use `scan [DIR]`")
    expect(usage(['scan', '--frobnicate'])).toBe('unknown option --frobnicate')
    expect(usage(['scan', '--format', 'xml'])).toBe(
      "invalid --format 'xml': expected one of text, json, sarif, github, markdown, junit, codeclimate, patch"
    )
    expect(usage(['scan', '--format'])).toBe('--format needs a value')
    expect(usage(['scan', '--format', '--fix'])).toBe('--format needs a value')
    expect(usage(['scan', '--fail-on', 'info'])).toMatch(/^invalid --fail-on 'info'/)
    expect(usage(['scan', '--native-sidecars', 'yes'])).toMatch(/^invalid --native-sidecars 'yes'/)
    expect(usage(['scan', '--fix=yes'])).toBe('--fix takes no value')
    expect(usage(['scan', 'gitops', 'gitops/apps'])).toBe(
      'gitops/apps is a directory: only the first argument may be DIR, the others are files'
    )
    expect(usage(['scan', 'values.yaml', 'gitops'])).toMatch(/^gitops is a directory/)
    expect(usage(['scan', '--include', ''])).toBe('--include needs a value')
    // A glob that would backtrack for seconds against a long name is refused up front (src/discover/globs.ts).
    expect(usage(['scan', '--include', `${'a*'.repeat(10)}b`])).toMatch(
      /^invalid --include 'a\*a\*.*b': the glob has 10 wildcards in one path segment/
    )
    expect(usage(['scan', '--exclude', '*a*a*b'])).toMatch(/^invalid --exclude '\*a\*a\*b'/)
    for (const argv of [['--x'], ['scan', '--format', 'xml']]) expect(usage(argv)).not.toContain('\n')
  })
})
