/**
 * Runs the bundled action (dist/index.js) the way the runner does: a child process with an event payload
 * file, the GITHUB_* variables, INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, a real git
 * repository as the workspace, and the fake GitHub server as the API.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import type { FakeGitHub } from './github-server.js'

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BUNDLE = join(PROJECT, 'dist', 'index.js')

/** The tests run the committed bundle, as the runner does: `npm run bundle` after changing the source. */
export function ensureBundle(): void {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run bundle\` first`)
}

/** A git repository in a temporary directory. */
export class TestRepo {
  readonly dir: string

  constructor(files: Record<string, string>, branch = 'main') {
    this.dir = mkdtempSync(join(tmpdir(), 'tkig-repo-'))
    this.git('init', '-q', '-b', branch)
    this.git('config', 'user.email', 'dev@example.com')
    this.git('config', 'user.name', 'Dev')
    this.git('config', 'commit.gpgsign', 'false')
    this.commit(files, 'initial')
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-C', this.dir, ...args], { encoding: 'utf8' }).trim()
  }

  write(files: Record<string, string>): void {
    for (const [path, text] of Object.entries(files)) {
      const p = join(this.dir, path)
      mkdirSync(dirname(p), { recursive: true })
      writeFileSync(p, text)
    }
  }

  commit(files: Record<string, string>, message: string): string {
    this.write(files)
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.sha()
  }

  sha(ref = 'HEAD'): string {
    return this.git('rev-parse', ref)
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8')
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: { kind: string; props: Record<string, string>; message: string }[]
  sarif: unknown
}

export interface RunOptions {
  server: FakeGitHub
  repo: TestRepo
  eventName: string
  payload: Record<string, unknown>
  ref: string
  sha: string
  inputs?: Record<string, string>
}

/** Runs dist/index.js with the inputs' defaults from action.yml, as the runner passes them. */
export async function runAction(o: RunOptions): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'tkig-runner-'))
  const eventPath = join(temp, 'event.json')
  const outputPath = join(temp, 'output')
  const summaryPath = join(temp, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(o.payload))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const inputs: Record<string, string> = { ...actionDefaults(), token: 'ghs_test-token', ...o.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_REPOSITORY: `${o.server.owner}/${o.server.repo}`,
    GITHUB_REPOSITORY_OWNER: o.server.owner,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_WORKSPACE: o.repo.dir,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: o.server.url,
    GITHUB_GRAPHQL_URL: `${o.server.url}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    GITHUB_ACTOR: 'dev',
    RUNNER_TEMP: temp
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    done => {
      const child = spawn(process.execPath, [BUNDLE], { cwd: o.repo.dir, env })
      let out = ''
      let err = ''
      child.stdout.on('data', d => (out += String(d)))
      child.stderr.on('data', d => (err += String(d)))
      child.on('close', c => done({ code: c ?? -1, stdout: out, stderr: err }))
    }
  )
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'))
  const sarifPath = outputs['sarif-file']
  const result: ActionRun = {
    code,
    stdout,
    stderr,
    outputs,
    summary: readFileSync(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
    sarif: sarifPath && existsSync(sarifPath) ? JSON.parse(readFileSync(sarifPath, 'utf8')) : null
  }
  rmSync(temp, { recursive: true, force: true })
  return result
}

/** The `default:` of every input in action.yml, with `${{ github.token }}` left to the caller. */
export function actionDefaults(): Record<string, string> {
  const action = readActionYml()
  const out: Record<string, string> = {}
  for (const [name, input] of Object.entries(action.inputs)) {
    const d = input.default ?? ''
    if (!d.includes('${{')) out[name] = d
  }
  return out
}

export interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export function readActionYml(): ActionYml {
  return parseYaml(readFileSync(join(PROJECT, 'action.yml'), 'utf8')) as ActionYml
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] as string)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string)
    out[m[1] as string] = value.join('\n')
  }
  return out
}

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const out: ActionRun['annotations'] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const props: Record<string, string> = {}
    for (const kv of (m[2] ?? '').split(',')) {
      const [k, ...v] = kv.split('=')
      if (k) props[k] = decodeURIComponent(v.join('=').replace(/%2C/g, ',').replace(/%3A/g, ':'))
    }
    out.push({ kind: m[1] as string, props, message: decode(m[3] as string) })
  }
  return out
}

function decode(s: string): string {
  return s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}

// ---------------------------------------------------------------------------------------------------------
// Event payloads, shaped like the webhooks GitHub sends.

export function pullRequestEvent(args: {
  server: FakeGitHub
  number: number
  headRef: string
  headSha: string
  baseRef?: string
  baseSha: string
  headRepo?: string
}): Record<string, unknown> {
  const full = `${args.server.owner}/${args.server.repo}`
  const headRepo = args.headRepo ?? full
  const repo = (name: string) => ({
    id: 1,
    name: name.split('/')[1],
    full_name: name,
    private: false,
    owner: { login: name.split('/')[0], id: 2, type: 'Organization' },
    html_url: `https://github.com/${name}`,
    fork: name !== full,
    default_branch: 'main'
  })
  return {
    action: 'synchronize',
    number: args.number,
    pull_request: {
      number: args.number,
      state: 'open',
      title: 'Update Testkube',
      html_url: `https://github.com/${full}/pull/${args.number}`,
      user: { login: 'dev', id: 3, type: 'User' },
      head: {
        label: `${headRepo.split('/')[0]}:${args.headRef}`,
        ref: args.headRef,
        sha: args.headSha,
        repo: repo(headRepo)
      },
      base: {
        label: `${args.server.owner}:${args.baseRef ?? 'main'}`,
        ref: args.baseRef ?? 'main',
        sha: args.baseSha,
        repo: repo(full)
      }
    },
    repository: repo(full),
    sender: { login: 'dev', id: 3, type: 'User' }
  }
}

export function scheduleEvent(server: FakeGitHub): Record<string, unknown> {
  return {
    schedule: '17 6 * * 1',
    repository: { full_name: `${server.owner}/${server.repo}`, default_branch: 'main' }
  }
}

export function pushEvent(
  server: FakeGitHub,
  ref: string,
  before: string,
  after: string
): Record<string, unknown> {
  return {
    ref,
    before,
    after,
    repository: { full_name: `${server.owner}/${server.repo}`, name: server.repo, default_branch: 'main' },
    pusher: { name: 'dev' },
    sender: { login: 'dev', id: 3, type: 'User' }
  }
}
