import { describe, expect, it } from '@jest/globals'
import { unifiedDiff } from '../diff.js'
import {
  isSensitiveKey,
  looksLikeToken,
  REDACTED,
  redactLines,
  redactText as freeText,
  redactValue
} from '../redact.js'

const redactText = (text: string): string => redactLines(text).join('\n')

describe('redaction', () => {
  it('masks values of keys named like credentials, and keeps the rest', () => {
    const text = [
      'testkube-api:',
      '  cloud:',
      '    key: abc123 # the agent key',
      '    url: agent.testkube.io',
      '  minio:',
      '    secretKey: "minio-secret"',
      '    accessKeyId: AKIAEXAMPLE',
      'mongodb:',
      '  auth:',
      '    rootPassword: hunter2',
      '    enabled: true',
      'sidecar.istio.io/inject: "false"',
      'existingSecret: &s name',
      'token: *s'
    ].join('\n')
    expect(redactText(text).split('\n')).toEqual([
      'testkube-api:',
      '  cloud:',
      `    key: ${REDACTED}`,
      '    url: agent.testkube.io',
      '  minio:',
      `    secretKey: ${REDACTED}`,
      `    accessKeyId: ${REDACTED}`,
      'mongodb:',
      '  auth:',
      `    ${REDACTED}`,
      `    ${REDACTED}`,
      'sidecar.istio.io/inject: "false"',
      `existingSecret: ${REDACTED}`,
      'token: *s'
    ])
  })

  it('masks block scalars under such keys, a Secret’s data wherever its kind is, and named parameters', () => {
    const text = [
      'data:',
      '  token: U1VQRVI=',
      'kind: Secret',
      'stringData:',
      '  values.yaml: |',
      '    anything: here',
      '---',
      'kind: ConfigMap',
      'data:',
      '  values.yaml: |',
      '    license: |',
      '      LICENSE-LINE-1',
      '      LICENSE-LINE-2',
      '    enabled: true',
      '  parameters:',
      '    - name: testkube-api.cloud.key',
      '      value: plain-looking',
      '    - name: replicas',
      '      value: 2',
      '  flow: {user: admin, password: p4ss, "token": \'t\'}',
      '  annotations: {vault.hashicorp.com/agent-inject-token: abc, sidecar.istio.io/inject: "false"}'
    ].join('\n')
    expect(redactText(text).split('\n')).toEqual([
      'data:',
      `  ${REDACTED}`,
      'kind: Secret',
      'stringData:',
      `  ${REDACTED}`,
      `    ${REDACTED}`,
      '---',
      'kind: ConfigMap',
      'data:',
      '  values.yaml: |',
      '    license: |',
      `      ${REDACTED}`,
      `      ${REDACTED}`,
      '    enabled: true',
      '  parameters:',
      '    - name: testkube-api.cloud.key',
      `      value: ${REDACTED}`,
      '    - name: replicas',
      '      value: 2',
      `  flow: {user: admin, password: ${REDACTED}, "token": ${REDACTED}}`,
      `  annotations: {vault.hashicorp.com/agent-inject-token: ${REDACTED}, sidecar.istio.io/inject: "false"}`
    ])
  })

  it('masks values that look like tokens whatever their key', () => {
    for (const v of [
      'tkcagnt_0123456789abcdef',
      'ghp_abcdefghijklmnopqrstuvwxyz012345',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc',
      'xoxb-1234-abcd',
      'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MEFCQ0RFRg=='
    ]) {
      expect(looksLikeToken(v)).toBe(true)
      expect(redactText(`note: ${v}`)).not.toContain(v)
    }
    for (const v of [
      'false',
      'testkube',
      'https://kubeshop.github.io/helm-charts',
      '2.1.254',
      'tkcorg_abc'
    ]) {
      expect(looksLikeToken(v)).toBe(false)
    }
    expect(isSensitiveKey('sidecar.istio.io/inject')).toBe(false)
    expect(isSensitiveKey('holdApplicationUntilProxyStarts')).toBe(false)
  })

  it('redacts line for line the lines built to make a backtracking regex crawl', () => {
    const hostile = [
      `a${' '.repeat(1_000_000)}b`,
      `k: {${', "'.repeat(3000)}`,
      `k: ${'tkc'.repeat(100_000)}`,
      `k: -----BEGIN ${'A '.repeat(50_000)}`,
      ...Array.from({ length: 1000 }, () => `k${' '.repeat(9000)}v`),
      `- ${'- '.repeat(4000)}x`
    ].join('\n')
    const out = redactText(hostile)
    expect(out.split('\n')).toHaveLength(hostile.split('\n').length)
  })

  it('masks a very long line whole when it mentions a credential', () => {
    expect(redactText(`  password: ${'x'.repeat(20_000)}`)).toBe(`  ${REDACTED}`)
    const plain = `  description: ${'x'.repeat(20_000)}`
    expect(redactText(plain)).toBe(plain)
  })

  it('keeps CR line endings and the number of lines', () => {
    const text = 'a: 1\r\npassword: x\r\nb: 2\n'
    expect(redactText(text)).toBe(`a: 1\r\npassword: ${REDACTED}\r\nb: 2\n`)
  })

  it('masks the context of a diff, never the lines the fix adds', () => {
    const before =
      'testkube-api:\n  cloud:\n    key: SECRET-VALUE\n  jobPodAnnotations:\n    sidecar.istio.io/inject: false\n'
    const after = before.replace('inject: false', 'inject: "false"')
    const diff = unifiedDiff('v.yaml', before, after)
    expect(diff).not.toContain('SECRET-VALUE')
    expect(diff).toContain(`     key: ${REDACTED}`)
    expect(diff).toContain('+    sidecar.istio.io/inject: "false"')
  })
})

describe('redactText and redactValue (the free text of findings and file problems)', () => {
  it('masks the value of a credential key however it is quoted, and tokens anywhere', () => {
    expect(freeText(`now: '{"auth": "abc def", "password":"p4ss", "user": "me"}'`)).toBe(
      `now: '{"auth": "<redacted>", "password":"<redacted>", "user": "me"}'`
    )
    expect(freeText('"{\\"token\\": \\"s3cr3t\\"}"')).toBe('"{\\"token\\": \\"<redacted>\\"}"')
    expect(freeText('set --set api.password=hunter2, then')).toBe('set --set api.password=<redacted>, then')
    expect(freeText('a line with ghp_abcdefghijklmnopqrstuvwxyz0123 in it')).toBe(
      'a line with <redacted> in it'
    )
    expect(freeText('global.testWorkflows.globalTemplate.enabled is not set (now: false)')).toBe(
      'global.testWorkflows.globalTemplate.enabled is not set (now: false)'
    )
  })

  it('masks the values of credential keys in a value read from a file, and its strings', () => {
    expect(
      redactValue({ password: 'x', nested: { apiKey: 1, list: ['{"secret": "y"}'] }, config: 'plain' })
    ).toEqual({
      password: '<redacted>',
      nested: { apiKey: '<redacted>', list: ['{"secret": "<redacted>"}'] },
      config: 'plain'
    })
    expect(redactValue(true)).toBe(true)
    expect(redactValue(null)).toBeNull()
  })

  it('takes a long text in one pass', () => {
    const text = `${'password: '.repeat(200_000)}x`
    expect(freeText(text).length).toBeLessThan(text.length * 2)
  })
})
