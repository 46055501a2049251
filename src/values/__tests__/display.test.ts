import { describe, expect, it } from '@jest/globals'
import { displayPath } from '../display.js'
import { splitSetPath } from '../setpath.js'

describe('displayPath', () => {
  it('quotes a key holding dots, as YAML writes it', () => {
    expect(displayPath(splitSetPath('testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject'))).toBe(
      'testkube-api.jobPodAnnotations."sidecar.istio.io/inject"'
    )
  })
  it('leaves plain keys bare and shows list indexes in brackets', () => {
    expect(displayPath(['global', 'testWorkflows', 'globalTemplate', 'enabled'])).toBe(
      'global.testWorkflows.globalTemplate.enabled'
    )
    expect(displayPath(['env', 0, 'name'])).toBe('env[0].name')
  })
  it('escapes quotes inside a quoted key', () => {
    expect(displayPath(['a', 'say "hi"'])).toBe('a."say \\"hi\\""')
  })
})
