import { describe, expect, it } from '@jest/globals'
import { joinSetPath, splitSetPath } from '../setpath.js'

describe('--set paths', () => {
  it('splits on unescaped dots only', () => {
    expect(splitSetPath('testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject')).toEqual([
      'testkube-api',
      'jobPodAnnotations',
      'sidecar.istio.io/inject'
    ])
  })
  it('keeps list indexes as numbers and round-trips', () => {
    expect(splitSetPath('a.list[0].b\\,c')).toEqual(['a', 'list', 0, 'b,c'])
    const p = 'testkube-agent.testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject'
    expect(joinSetPath(splitSetPath(p))).toBe(p)
  })
})
