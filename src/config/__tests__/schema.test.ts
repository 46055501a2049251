/**
 * docs/schema/config.schema.json (for editors) must be exactly the schema the tool validates with. To regenerate
 * after a change to src/config/schema.ts:  UPDATE_CONFIG_SCHEMA=1 npm test -- src/config
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CONFIG_SCHEMA } from '../schema.js'

const file = join(process.cwd(), 'docs/schema/config.schema.json')
const rendered = `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`
if (process.env.UPDATE_CONFIG_SCHEMA === '1') writeFileSync(file, rendered)

describe('docs/schema/config.schema.json', () => {
  it('is the schema the tool validates with', () => {
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : null
    if (committed !== rendered)
      throw new Error(
        'docs/schema/config.schema.json is out of date: UPDATE_CONFIG_SCHEMA=1 npm test -- src/config'
      )
    expect(JSON.parse(committed).$id).toMatch(/docs\/schema\/config\.schema\.json$/)
  })
})
