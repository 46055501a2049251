/**
 * The committed rule pages must be exactly what the catalogue renders. To regenerate after a catalogue change:
 *   UPDATE_RULE_DOCS=1 npm test -- src/rules
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RETIRED_CODES, RULES } from '../catalogue.js'
import { REGENERATE_HINT, renderRuleDoc, renderRuleIndex, RULE_DOCS_DIR, ruleDocFileName } from '../docs.js'

const dir = join(process.cwd(), RULE_DOCS_DIR)
const update = process.env.UPDATE_RULE_DOCS === '1'

const pages: [string, string][] = [
  ...RULES.map(r => [ruleDocFileName(r.code), renderRuleDoc(r)] as [string, string]),
  ['README.md', renderRuleIndex()]
]

if (update) {
  mkdirSync(dir, { recursive: true })
  for (const [name, text] of pages) writeFileSync(join(dir, name), text)
}

describe('docs/rules', () => {
  it.each(pages)('%s matches the catalogue', (name, rendered) => {
    const file = join(dir, name)
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : null
    if (committed !== rendered) {
      throw new Error(
        `${RULE_DOCS_DIR}/${name} is ${committed === null ? 'missing' : 'out of date'}. Regenerate it with: ${REGENERATE_HINT}`
      )
    }
  })

  it('has no page for a code the catalogue does not know (retired pages stay, marked in RETIRED_CODES)', () => {
    const known = new Set([...RULES.map(r => r.code), ...RETIRED_CODES.map(r => r.code)])
    const stray = readdirSync(dir).filter(f => /^TKI\d{3}\.md$/.test(f) && !known.has(f.slice(0, 6)))
    expect(stray).toEqual([])
  })

  it('renders the requirement forms for each format kind', () => {
    const tki001 = pages.find(([n]) => n === 'TKI001.md')?.[1] ?? ''
    expect(tki001).toContain('sidecar.istio.io/inject: "false"')
    expect(tki001).toContain('- name: testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')
    expect(tki001).toContain('forceString: true')
    expect(tki001).toContain('setString:')
    expect(tki001).toContain('| Chart versions | 1.17.63 to 2.4.4 |')
    const tki007 = pages.find(([n]) => n === 'TKI007.md')?.[1] ?? ''
    expect(tki007).toContain(`proxy.istio.io/config: '{"holdApplicationUntilProxyStarts":true}'`)
    expect(tki007).toContain('valuesObject:')
    const tki009 = pages.find(([n]) => n === 'TKI009.md')?.[1] ?? ''
    expect(tki009).toContain('`globalTemplate.name` is set')
    expect(tki009).toMatch(/set:\n {6}- name: globalTemplate.enabled\n {8}value: true/)
  })
})
