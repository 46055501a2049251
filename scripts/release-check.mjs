#!/usr/bin/env node
// Run by .github/workflows/release.yml on a tag vX.Y.Z: exits non-zero, saying what disagrees, unless
// package.json, package-lock.json, the CHANGELOG.md section, both bundles in dist/ (which embed the version) and
// the README's `@vMAJOR` all say X.Y.Z; on success prints the CHANGELOG section (the release notes) on stdout.
// The version and the changelog are written by release-please; this only checks that the tag matches them.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function releaseProblems(tag, root) {
  const read = f => readFileSync(join(root, f), 'utf8')
  const m = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag ?? '')
  if (!m) return { problems: [`${tag}: not a vX.Y.Z tag`], notes: '' }
  const version = tag.slice(1)
  const problems = []
  const pkg = JSON.parse(read('package.json'))
  if (pkg.version !== version) problems.push(`package.json says ${pkg.version}`)
  const lock = JSON.parse(read('package-lock.json'))
  if (lock.version !== version || lock.packages?.['']?.version !== version)
    problems.push(`package-lock.json says ${lock.packages?.['']?.version ?? lock.version}`)
  // Keep a Changelog writes `## [X.Y.Z] - DATE`, release-please `## [X.Y.Z](compare link) (DATE)`.
  const changelog = read('CHANGELOG.md')
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm')
  const at = changelog.search(heading)
  let notes = ''
  if (at < 0) problems.push(`CHANGELOG.md has no section for ${version}`)
  else {
    const body = changelog.slice(at).split('\n').slice(1)
    const next = body.findIndex(l => /^## |^\[[^\]]+\]: /.test(l))
    notes = body
      .slice(0, next < 0 ? undefined : next)
      .join('\n')
      .trim()
    if (notes === '') problems.push(`CHANGELOG.md's section for ${version} is empty`)
  }
  // The bundler inlines package.json's name and version (under short keys) where src/report/tool.ts reads them.
  const embedded = new RegExp(`"${pkg.name}","\\w+":"${version.replace(/\./g, '\\.')}"`)
  for (const bundle of ['dist/index.js', 'dist/cli/index.js'])
    if (!embedded.test(read(bundle)))
      problems.push(`${bundle} does not embed version ${version}: run npm run bundle`)
  if (!read('README.md').includes(`testkube-istio-guard/testkube-istio-guard@v${m[1]}`))
    problems.push(`README.md does not use the action at @v${m[1]}`)
  return { problems, notes }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const { problems, notes } = releaseProblems(process.argv[2], root)
  if (problems.length > 0) {
    for (const p of problems) console.error(`release ${process.argv[2]}: ${p}`)
    process.exit(1)
  }
  process.stdout.write(`${notes}\n`)
}
