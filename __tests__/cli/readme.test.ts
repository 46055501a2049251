import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { USAGE } from '../../src/cli/args.js'
import { RULES } from '../../src/rules/catalogue.js'
import { REPO } from './harness.js'

const readme = readFileSync(join(REPO, 'README.md'), 'utf8')

describe('README.md keeps its promises', () => {
  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map(m => m[1])
      .filter(l => !/^[a-z]+:/.test(l))
    expect(links.length).toBeGreaterThan(10)
    const missing = links.filter(l => !existsSync(join(dirname(join(REPO, 'README.md')), l)))
    expect(missing).toEqual([])
  })

  it('lists every rule of the catalogue with its page', () => {
    for (const rule of RULES)
      expect(readme).toContain(`[${rule.code}](docs/rules/${rule.code}.md) | ${rule.level} |`)
  })

  it('documents every option of --help', () => {
    const options = [...USAGE.matchAll(/--[a-z-]+/g)].map(m => m[0])
    for (const option of new Set(options)) expect(readme).toContain(`\`${option}`)
  })

  it('runs the same test command as CI', () => {
    expect(readme).toMatch(/^npm test$/m)
    const ci = readFileSync(join(REPO, '.ci', 'run'), 'utf8')
    expect(ci).toMatch(/^step test npm test -- --json --outputFile=/m)
    // The corpus tests need ../shared beside the clone: CI runs them on their own, npm test never does.
    expect(ci).toMatch(/^step test:corpus npm run test:corpus /m)
  })
})
