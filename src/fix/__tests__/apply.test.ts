import { describe, expect, it } from '@jest/globals'
import type { PlannedEdit } from '../../model.js'
import { applyEdits, newKeyGroups, newSiblings } from '../apply.js'
import { parsedTextOf, parseText } from '../text.js'
import { parseRepoFile } from '../../yaml/file.js'
import { deepEqual } from '../tree.js'
import { embeddedEdit, mapEdit, proxyEdit, setListEdit } from './support.js'

const INJ = 'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject'
const ADDED = 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "false"\n'

function fix(text: string, ...edits: PlannedEdit[]): string {
  const r = applyEdits('f.yaml', text, edits)
  expect(r.problems).toEqual([])
  expect(applyEdits('f.yaml', r.text, edits).text).toBe(r.text) // idempotent
  return r.text
}

function problems(text: string, ...edits: PlannedEdit[]): { text: string; messages: string[] } {
  const r = applyEdits('f.yaml', text, edits)
  return { text: r.text, messages: r.problems.map(x => x.message) }
}

describe('empty and null documents', () => {
  it('fills an empty file', () => {
    expect(fix('', mapEdit([], INJ, 'false'))).toBe(ADDED)
  })
  it('fills a comment-only file after its comments, keeping the missing final newline', () => {
    expect(fix('# values\n# none yet', mapEdit([], INJ, 'false'))).toBe(
      `# values\n# none yet\n${ADDED.trimEnd()}`
    )
  })
  it('fills a lone --- document', () => {
    expect(fix('---\n', mapEdit([], INJ, 'false'))).toBe(`---\n${ADDED}`)
    expect(fix('---', mapEdit([], INJ, 'false'))).toBe(`---\n${ADDED.trimEnd()}`)
  })
  it('fills a --- document that holds only comments', () => {
    expect(fix('--- # nothing\n# yet\n', mapEdit([], INJ, 'false'))).toBe(`--- # nothing\n# yet\n${ADDED}`)
  })
  it('replaces an explicit null document', () => {
    expect(fix('--- ~\n', mapEdit([], INJ, 'false'))).toBe(`---\n${ADDED}`)
  })
  it('creates the node path and the values below it', () => {
    const text = 'apiVersion: v1\nkind: X\n'
    expect(fix(text, mapEdit(['spec', 'values'], INJ, 'false'))).toBe(
      `${text}spec:\n  values:\n    testkube-api:\n      jobPodAnnotations:\n        sidecar.istio.io/inject: "false"\n`
    )
  })
  it('edits only the targeted document of several', () => {
    const text = '---\na: 1\n---\n# empty\n---\nb: 2\n'
    expect(fix(text, mapEdit([], INJ, 'false', { docIndex: 1 }))).toBe(
      `---\na: 1\n---\n# empty\n${ADDED}---\nb: 2\n`
    )
  })
  it('refuses a document that is not there', () => {
    const r = problems('a: 1\n', mapEdit([], INJ, 'false', { docIndex: 3 }))
    expect(r.text).toBe('a: 1\n')
    expect(r.messages[0]).toContain('no document #4')
  })
})

describe('maps', () => {
  it('appends to the deepest existing map with its indentation, keeping sibling order', () => {
    const text = 'testkube-api:\n    minio:\n        enabled: false\n    uiIngress: {}\nmongodb: {}\n'
    expect(fix(text, mapEdit([], INJ, 'false'))).toBe(
      'testkube-api:\n    minio:\n        enabled: false\n    uiIngress: {}\n    jobPodAnnotations:\n' +
        '        sidecar.istio.io/inject: "false"\nmongodb: {}\n'
    )
  })
  it('adds several keys to one map in the order given', () => {
    const text = 'a:\n  x: 1\n'
    expect(fix(text, mapEdit([], 'a.y', 'b'), mapEdit([], 'a.z', true), mapEdit([], 'a.w', 3))).toBe(
      'a:\n  x: 1\n  "y": "b"\n  z: true\n  w: 3\n'
    )
  })
  it('writes under a key that has no value, past the comments indented below it', () => {
    const text = 'testkube-api: # the API\n  # nothing here yet\n\nmongodb:\n  enabled: true\n'
    expect(fix(text, mapEdit([], INJ, 'false'))).toBe(
      'testkube-api: # the API\n  # nothing here yet\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "false"\n\n' +
        'mongodb:\n  enabled: true\n'
    )
  })
  it('replaces ~ and null values', () => {
    expect(fix('a: ~ # c\n', mapEdit([], 'a.b', 'false'))).toBe('a: # c\n  b: "false"\n')
    expect(fix('a:\n  b: null\n', mapEdit([], 'a.b', 'false'))).toBe('a:\n  b: "false"\n')
    expect(fix('a:\n  b: # c\n', mapEdit([], 'a.b', 'false'))).toBe('a:\n  b: "false" # c\n')
  })
  it('keeps a key with a trailing space as it is', () => {
    expect(fix('testkube: \n  a: 1\n', mapEdit([], 'testkube.b', 'false'))).toBe(
      'testkube: \n  a: 1\n  b: "false"\n'
    )
  })
  it('adds at the end of a file without a final newline', () => {
    expect(fix('testkube-api:\n  x: 1 # c', mapEdit([], INJ, 'false'))).toBe(
      'testkube-api:\n  x: 1 # c\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "false"'
    )
  })
  it('keeps tabs inside values', () => {
    expect(fix('port:\t30010\nx:\n  y: 1\t# c\n', mapEdit([], 'x.z', 'false'))).toBe(
      'port:\t30010\nx:\n  y: 1\t# c\n  z: "false"\n'
    )
  })
  it('goes past a block scalar at the end of a map without changing it', () => {
    const text = 'a:\n  s: |\n    text\n\n\nb: 1\n'
    expect(fix(text, mapEdit([], 'a.k', 1))).toBe('a:\n  s: |\n    text\n  k: 1\n\n\nb: 1\n')
    const keep = 'a:\n  s: |+\n    text\n\nb: 1\n'
    expect(fix(keep, mapEdit([], 'a.k', 1))).toBe('a:\n  s: |+\n    text\n\n  k: 1\nb: 1\n')
  })
  it('follows list indexes in the node path', () => {
    const text = 'spec:\n  sources:\n  - chart: testkube\n    helm:\n      releaseName: tk\n  - repoURL: x\n'
    expect(fix(text, mapEdit(['spec', 'sources', 0, 'helm', 'valuesObject'], INJ, 'false'))).toBe(
      'spec:\n  sources:\n  - chart: testkube\n    helm:\n      releaseName: tk\n      valuesObject:\n' +
        '        testkube-api:\n          jobPodAnnotations:\n            sidecar.istio.io/inject: "false"\n  - repoURL: x\n'
    )
  })
  it('quotes keys that would not read back as the same string', () => {
    expect(fix('a: 1\n', mapEdit([], 'on.has space.x: y.#c.ok/key\\.io', 'false'))).toBe(
      'a: 1\n"on":\n  has space:\n    "x: y":\n      "#c":\n        ok/key.io: "false"\n'
    )
  })
  it('writes maps and lists as values', () => {
    expect(fix('a: {}\n', mapEdit([], 'a.b', { c: 'x', d: [1, 'y'] }))).toBe(
      'a:\n  b:\n    c: "x"\n    d: [1, "y"]\n'
    )
  })
  it('refuses to set a key below a scalar', () => {
    const r = problems('a: text\n', mapEdit([], 'a.b', 'false'))
    expect(r.text).toBe('a: text\n')
    expect(r.messages[0]).toContain('a is not a map')
  })
  it('edits the last of duplicate keys, the one that counts', () => {
    expect(fix('a:\n  x: 1\na:\n  y: 2\n', mapEdit([], 'a.z', 3))).toBe('a:\n  x: 1\na:\n  y: 2\n  z: 3\n')
  })
  it('adds to a map whose keys carry anchors or tags at the right column', () => {
    expect(fix('m:\n  &k x: 1\n', mapEdit([], 'm.z', 2))).toBe('m:\n  &k x: 1\n  z: 2\n')
    expect(fix('m:\n  !!str x: 1\n', mapEdit([], 'm.z', 2))).toBe('m:\n  !!str x: 1\n  z: 2\n')
  })
  it('leaves templated values alone but edits around them', () => {
    const text = 'a: {{ .Values.x }}\nb:\n  c: 1\n'
    expect(fix(text, mapEdit([], 'b.d', 'false'))).toBe('a: {{ .Values.x }}\nb:\n  c: 1\n  d: "false"\n')
    for (const src of [
      'a:\n  b: {{ .Values.x }}\n',
      'a:\n  b: "{{ .Values.x }}"\n',
      'a:\n  b: ${INJECT}\n'
    ]) {
      const r = problems(src, mapEdit([], 'a.b', 'false'))
      expect(r.text).toBe(src)
      expect(r.messages[0]).toContain('a.b is templated')
    }
  })
})

describe('flow maps', () => {
  it('turns values: {} into a block map, keeping its comment', () => {
    expect(fix('spec:\n  values: {} # none\n  x: 1\n', mapEdit(['spec', 'values'], INJ, 'false'))).toBe(
      'spec:\n  values: # none\n    testkube-api:\n      jobPodAnnotations:\n        sidecar.istio.io/inject: "false"\n  x: 1\n'
    )
  })
  it('turns a whole-document {} into a block map', () => {
    expect(fix('{}\n', mapEdit([], INJ, 'false'))).toBe(ADDED)
  })
  it('adds inside a non-empty flow map', () => {
    expect(fix('values: {a: 1, }\n', mapEdit(['values'], INJ, 'false'))).toBe(
      'values: {a: 1, testkube-api: {jobPodAnnotations: {sidecar.istio.io/inject: "false"}}, }\n'
    )
    expect(fix('v: {a: {}}\n', mapEdit(['v'], 'a.b', 'false'))).toBe('v: {a: {b: "false"}}\n')
  })
  it('replaces a scalar inside a flow map', () => {
    expect(fix('v: {a: true, b: 2}\n', mapEdit(['v'], 'a', 'false'))).toBe('v: {a: "false", b: 2}\n')
  })
})

describe('scalar leaves', () => {
  it('replaces only the scalar, keeping the comment after it', () => {
    expect(fix('a:\n  inject: true   # wrong\n', mapEdit([], 'a.inject', 'false'))).toBe(
      'a:\n  inject: "false"   # wrong\n'
    )
  })
  it('keeps single quotes, and plain style only when the value stays a string', () => {
    const text = "a:\n  b: 'true'\n  c: yes\n  d: plain\n  e: text\n"
    expect(
      fix(
        text,
        mapEdit([], 'a.b', 'false'),
        mapEdit([], 'a.c', 'false'),
        mapEdit([], 'a.d', 'other'),
        mapEdit([], 'a.e', 'no')
      )
    ).toBe('a:\n  b: \'false\'\n  c: "false"\n  d: other\n  e: "no"\n')
  })
  it('writes booleans and numbers plain', () => {
    expect(
      fix('a:\n  enabled: "false"\n  num: x\n', mapEdit([], 'a.enabled', true), mapEdit([], 'a.num', 3))
    ).toBe('a:\n  enabled: true\n  num: 3\n')
  })
  it('treats YAML 1.1 boolean keys as Helm does: `n` is not the key "n"', () => {
    expect(fix('a:\n  n: x\n', mapEdit([], 'a.n', 'v'))).toBe('a:\n  n: x\n  "n": "v"\n')
  })
  it('drops a tag that would change the new value, keeps an anchor no alias uses', () => {
    expect(
      fix('a:\n  b: !!bool true\n  c: &x val\n', mapEdit([], 'a.b', 'false'), mapEdit([], 'a.c', 'false'))
    ).toBe('a:\n  b: "false"\n  c: &x "false"\n')
  })
  it('replaces a block scalar or a block map leaf', () => {
    expect(fix('a:\n  b: |\n    x\n  c: 1\n', mapEdit([], 'a.b', 'false'))).toBe('a:\n  b: "false"\n  c: 1\n')
    expect(fix('a:\n  b:\n    x: 1 # c\n  # tail\n  c: 1\n', mapEdit([], 'a.b', 'false'))).toBe(
      'a:\n  b: "false" # c\n  # tail\n  c: 1\n'
    )
  })
  it('does nothing when the value is already there', () => {
    const text = "a:\n  inject: 'false' # ok\n"
    expect(applyEdits('f.yaml', text, [mapEdit([], 'a.inject', 'false')])).toMatchObject({
      text,
      problems: []
    })
  })
})

describe('anchors and aliases', () => {
  const text = 'base: &base\n  podAnnotations: {}\ntestkube-api: *base\nhook:\n  <<: *base\n'
  it('refuses to edit through an alias', () => {
    const r = problems(text, mapEdit([], 'testkube-api.podAnnotations.x', 'false'))
    expect(r.text).toBe(text)
    expect(r.messages[0]).toMatch(/testkube-api is an alias \(\*base\)/)
  })
  it('refuses to edit an anchor that an alias reuses', () => {
    const r = problems(text, mapEdit([], 'base.podAnnotations.x', 'false'))
    expect(r.text).toBe(text)
    expect(r.messages[0]).toContain('carries the anchor &base')
  })
  it('refuses to hide values that come from a merge key, but may add a leaf beside it', () => {
    const r = problems(text, mapEdit([], 'hook.podAnnotations.x', 'false'), mapEdit([], 'hook.enabled', true))
    expect(r.messages).toHaveLength(1)
    expect(r.messages[0]).toContain("'<<' merge key")
    expect(r.text).toBe(`${text}  enabled: true\n`)
  })
  it('does not complain when the value behind an alias is already right', () => {
    const ok = "base: &b\n  x: 'false'\nuser: *b\n"
    expect(applyEdits('f.yaml', ok, [mapEdit([], 'user.x', 'false')])).toMatchObject({
      text: ok,
      problems: []
    })
  })
})

describe('line endings', () => {
  it('writes new lines with CRLF in a CRLF file', () => {
    expect(fix('a: 1\r\ntestkube-api:\r\n  x: 1\r\n', mapEdit([], INJ, 'false'))).toBe(
      'a: 1\r\ntestkube-api:\r\n  x: 1\r\n  jobPodAnnotations:\r\n    sidecar.istio.io/inject: "false"\r\n'
    )
  })
  it('uses the ending of the neighbouring line in a mixed file', () => {
    expect(fix('a:\n  x: 1\r\nb:\r\n  y: 1\n', mapEdit([], 'a.z', 1), mapEdit([], 'b.z', 1))).toBe(
      'a:\n  x: 1\r\n  z: 1\r\nb:\r\n  y: 1\n  z: 1\n'
    )
  })
  it('fills a CRLF comment-only file with CRLF', () => {
    expect(fix('# c\r\n', mapEdit([], 'a', 1))).toBe('# c\r\na: 1\r\n')
  })
})

describe('proxy config strings', () => {
  const path = 'testkube-cloud-api.podAnnotations.proxy\\.istio\\.io/config'
  it('merges into JSON, keeping other settings, as one line of JSON in single quotes', () => {
    const text =
      'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: \'{ "holdApplicationUntilProxyStarts": false, "terminationDrainDuration": "30s" }\'\n'
    expect(fix(text, proxyEdit([], path))).toBe(
      'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: \'{"terminationDrainDuration":"30s","holdApplicationUntilProxyStarts":true}\'\n'
    )
  })
  it('merges into a YAML string', () => {
    const text =
      'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: "proxyMetadata: {A: b}"\n'
    expect(fix(text, proxyEdit([], path))).toBe(
      'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: \'{"proxyMetadata":{"A":"b"},"holdApplicationUntilProxyStarts":true}\'\n'
    )
  })
  it('creates the string when it is missing or empty', () => {
    expect(fix('testkube-cloud-api: {}\n', proxyEdit([], path))).toBe(
      'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: \'{"holdApplicationUntilProxyStarts":true}\'\n'
    )
    expect(
      fix('testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: ""\n', proxyEdit([], path))
    ).toBe(
      'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: \'{"holdApplicationUntilProxyStarts":true}\'\n'
    )
  })
  it('turns a map written in place of the string into the string', () => {
    const text = 'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config:\n      a: 1\n'
    expect(fix(text, proxyEdit([], path))).toBe(
      'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: \'{"a":1,"holdApplicationUntilProxyStarts":true}\'\n'
    )
  })
  it('leaves a config that already holds the setting as it is, whatever its format', () => {
    const text =
      'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: |\n      holdApplicationUntilProxyStarts: true\n'
    expect(applyEdits('f.yaml', text, [proxyEdit([], path)])).toMatchObject({ text, problems: [] })
  })
  it('refuses a config it cannot read', () => {
    const text = 'testkube-cloud-api:\n  podAnnotations:\n    proxy.istio.io/config: "[1, 2"\n'
    const r = problems(text, proxyEdit([], path))
    expect(r.text).toBe(text)
    expect(r.messages[0]).toContain('not a JSON or YAML map')
  })
})

describe('set lists', () => {
  const params = (value: string, extra = ''): string =>
    `spec:\n  source:\n    helm:\n      parameters:\n      - name: image.tag\n        value: "1"\n` +
    `      - name: ${INJ}\n        value: ${value}\n${extra}`
  const at = ['spec', 'source', 'helm', 'parameters']
  it('patches the entry and forces it to a string', () => {
    expect(fix(params('true'), setListEdit(at, INJ, 'false', 'argocd'))).toBe(
      params('"false"', '        forceString: true\n')
    )
  })
  it('keeps a lowercase forcestring key and only fixes its value', () => {
    expect(
      fix(params('"true"', '        forcestring: false\n'), setListEdit(at, INJ, 'false', 'argocd'))
    ).toBe(params('"false"', '        forcestring: true\n'))
  })
  it('adds forceString to an entry whose value is already right', () => {
    expect(fix(params("'false'"), setListEdit(at, INJ, 'false', 'argocd'))).toBe(
      params("'false'", '        forceString: true\n')
    )
  })
  it('patches the last entry of a name given twice', () => {
    const text = `p:\n- name: a\n  value: x\n- name: a\n  value: y\n`
    expect(fix(text, setListEdit(['p'], 'a', 'false', 'helmfile'))).toBe(
      'p:\n- name: a\n  value: x\n- name: a\n  value: "false"\n'
    )
  })
  it('matches names written with quotes or escaped differently', () => {
    const text = 'p:\n- {name: "a.b\\\\.c", value: 1}\n'
    expect(fix(text, setListEdit(['p'], 'a.b\\.c', 'false', 'argocd'))).toBe(
      'p:\n- {name: "a.b\\\\.c", value: "false", forceString: true}\n'
    )
  })
  it('only patches value for helmfile', () => {
    const text = 'releases:\n- name: tk\n  set:\n  - name: a.b\n    value: false\n'
    expect(fix(text, setListEdit(['releases', 0, 'set'], 'a.b', 'false', 'helmfile'))).toBe(
      'releases:\n- name: tk\n  set:\n  - name: a.b\n    value: "false"\n'
    )
  })
  it('adds a missing value', () => {
    expect(fix('p:\n- name: a\n', setListEdit(['p'], 'a', 'false', 'helmfile'))).toBe(
      'p:\n- name: a\n  value: "false"\n'
    )
  })
  it('merges a proxy config held by a parameter', () => {
    const text = 'p:\n- name: x.proxy\\.istio\\.io/config\n  value: \'{"a":1}\'\n'
    const e: PlannedEdit = {
      ...setListEdit(['p'], 'x.proxy\\.istio\\.io/config', {}, 'argocd'),
      op: 'merge-proxy-config'
    }
    e.value = { holdApplicationUntilProxyStarts: true }
    expect(fix(text, e)).toBe(
      'p:\n- name: x.proxy\\.istio\\.io/config\n  value: \'{"a":1,"holdApplicationUntilProxyStarts":true}\'\n  forceString: true\n'
    )
  })
  it('refuses when no entry sets the path, or the list is not a list', () => {
    expect(problems(params('true'), setListEdit(at, 'other.path', 'false', 'argocd')).messages[0]).toContain(
      'no entry of spec.source.helm.parameters sets other.path'
    )
    expect(problems('p: {}\n', setListEdit(['p'], 'a', 'false', 'argocd')).messages[0]).toContain(
      'p is not a list'
    )
    expect(problems('q: 1\n', setListEdit(['p'], 'a', 'false', 'argocd')).messages[0]).toContain(
      'p does not exist'
    )
  })
})

describe('embedded values', () => {
  const argo = (values: string): string =>
    `spec:\n  source:\n    helm:\n      values: ${values}\n      releaseName: tk\n`
  const at = ['spec', 'source', 'helm', 'values']
  it('edits inside a literal block, keeping inner comments, blank lines and the header', () => {
    const text = argo('|\n        # inner\n        a: 1 # c\n\n        b:\n          c: 2')
    expect(fix(text, embeddedEdit(at, 'b.d', 'false'), embeddedEdit(at, 'a', 3))).toBe(
      argo('|\n        # inner\n        a: 3 # c\n\n        b:\n          c: 2\n          d: "false"')
    )
  })
  it('keeps |- and |+ chomping', () => {
    expect(fix('data:\n  values.yaml: |-\n    a: 1', embeddedEdit(['data', 'values.yaml'], 'b', 1))).toBe(
      'data:\n  values.yaml: |-\n    a: 1\n    b: 1'
    )
    expect(fix('data:\n  v: |+\n    a: 1\n\nz: 1\n', embeddedEdit(['data', 'v'], 'b', 1))).toBe(
      'data:\n  v: |+\n    a: 1\n    b: 1\n\nz: 1\n'
    )
  })
  it('keeps an indentation indicator', () => {
    expect(fix('data:\n  v: |4\n      a: 1\n', embeddedEdit(['data', 'v'], 'b', 1))).toBe(
      'data:\n  v: |4\n      a: 1\n      b: 1\n'
    )
  })
  it('keeps CRLF inside the block', () => {
    expect(fix('data:\r\n  v: |\r\n    a: 1\r\nz: 1\r\n', embeddedEdit(['data', 'v'], 'b', 1))).toBe(
      'data:\r\n  v: |\r\n    a: 1\r\n    b: 1\r\nz: 1\r\n'
    )
  })
  it('adds after the block when it ends the file without a newline', () => {
    expect(fix('data:\n  v: |\n    a: 1', embeddedEdit(['data', 'v'], 'b', 1))).toBe(
      'data:\n  v: |\n    a: 1\n    b: 1'
    )
  })
  it('rewrites a quoted or plain string as a literal block, keeping its comment', () => {
    expect(fix('data:\n  v: "a: 1\\n" # c\n', embeddedEdit(['data', 'v'], 'b', 1))).toBe(
      'data:\n  v: | # c\n    a: 1\n    b: 1\n'
    )
    expect(fix('data:\n  v: ""\n', embeddedEdit(['data', 'v'], 'b', 1))).toBe('data:\n  v: |\n    b: 1\n')
  })
  it('rewrites a folded block as a literal one', () => {
    expect(fix('data:\n  v: >\n    a: 1\n\n    b: 2\nz: 1\n', embeddedEdit(['data', 'v'], 'c', 1))).toBe(
      'data:\n  v: |\n    a: 1\n    b: 2\n    c: 1\nz: 1\n'
    )
  })
  it('fills an empty block', () => {
    expect(fix('data:\n  v: |\nz: 1\n', embeddedEdit(['data', 'v'], 'b', 1))).toBe(
      'data:\n  v: |\n    b: 1\nz: 1\n'
    )
  })
  it('refuses invalid inner YAML, a missing scalar, and a non-string', () => {
    const bad = 'data:\n  v: |\n    a: [1\n'
    const r = problems(bad, embeddedEdit(['data', 'v'], 'b', 1))
    expect(r.text).toBe(bad)
    expect(r.messages[0]).toContain('not valid YAML')
    expect(
      problems('spec:\n  helm: {}\n', embeddedEdit(['spec', 'helm', 'values'], 'b', 1)).messages[0]
    ).toContain('spec.helm.values does not exist')
    expect(problems('spec:\n  values:\n', embeddedEdit(['spec', 'values'], 'b', 1)).messages[0]).toContain(
      'holds no embedded values'
    )
    expect(problems('spec:\n  values: 3\n', embeddedEdit(['spec', 'values'], 'b', 1)).messages[0]).toContain(
      'is not a string of YAML'
    )
  })
  it('refuses to edit through an alias to the string', () => {
    const text = 'a: &v |\n  x: 1\nspec:\n  values: *v\n'
    expect(problems(text, embeddedEdit(['spec', 'values'], 'b', 1)).messages[0]).toContain('alias (*v)')
  })
})

describe('composition', () => {
  it('applies the edits that can be made and reports the others', () => {
    const text = 'x: &x {a: 1}\nw: *x\nz:\n  b: 1\n'
    const r = applyEdits('f.yaml', text, [mapEdit([], 'w.c', 1), mapEdit([], 'z.c', 2)])
    expect(r.text).toBe('x: &x {a: 1}\nw: *x\nz:\n  b: 1\n  c: 2\n')
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toMatchObject({ line: 2 })
    expect(r.problems[0].message).toMatch(/^cannot fix TKI001 \(w\.c\): w is an alias/)
  })
  it('composes edits of several kinds and documents in one file', () => {
    const text =
      'kind: A\nspec:\n  values:\n    a: 1\n---\nkind: B\nspec:\n  helm:\n    values: |\n      b: 1\n    parameters:\n    - name: c\n      value: x\n'
    const r = fix(
      text,
      mapEdit(['spec', 'values'], 'a2', 'v'),
      embeddedEdit(['spec', 'helm', 'values'], 'b2', 'v', { docIndex: 1 }),
      setListEdit(['spec', 'helm', 'parameters'], 'c', 'false', 'argocd', { docIndex: 1 })
    )
    expect(r).toBe(
      'kind: A\nspec:\n  values:\n    a: 1\n    a2: "v"\n---\nkind: B\nspec:\n  helm:\n    values: |\n      b: 1\n      b2: "v"\n' +
        '    parameters:\n    - name: c\n      value: "false"\n      forceString: true\n'
    )
  })
})

describe('a document the readers refused', () => {
  it('does not block the fixes of the other documents: a looping alias is compared, not followed forever', () => {
    const loop = '&anchor {a: *anchor}\n'
    const release = 'kind: HelmRelease\nspec:\n  values:\n    testkube-api: {}\n'
    const text = `${loop}---\n${release}`
    const out = fix(text, mapEdit(['spec', 'values'], INJ, 'false', { docIndex: 1 }))
    expect(out.startsWith(`${loop}---\nkind: HelmRelease\n`)).toBe(true)
    expect(out).toContain('sidecar.istio.io/inject: "false"')
  })

  it('compares cyclic trees: equal when they are, different when one value differs', () => {
    const cyclic = (b: number) => {
      const o: Record<string, unknown> = { b }
      o.a = o
      return o
    }
    expect(deepEqual(cyclic(1), cyclic(1))).toBe(true)
    expect(deepEqual(cyclic(1), cyclic(2))).toBe(false)
    expect(deepEqual(cyclic(1), { a: { a: 1 }, b: 1 })).toBe(false)
  })
})

describe('edits made together', () => {
  // applyEdits joins edits that cannot interact (new keys of one map, the edits of one embedded string); the same
  // edits one by one (`together: false`) must give the same text. The property tests do this on random documents;
  // these are the layouts they do not generate.
  const edits = (nodePath: string[]): PlannedEdit[] =>
    [
      'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject',
      'preUpgradeHook.podAnnotations.sidecar\\.istio\\.io/inject',
      'testkube-operator.preUpgrade.podAnnotations.sidecar\\.istio\\.io/inject',
      'testkube-operator.webhook.patch.podAnnotations.sidecar\\.istio\\.io/inject',
      'global.testWorkflows.globalTemplate.enabled'
    ].map(path => embeddedEdit(nodePath, path, path.endsWith('enabled') ? true : 'false'))
  const cases: [string, string][] = [
    [
      'a literal block indented by four, with comments',
      'spec:\n  source:\n    helm:\n      values: |\n          # the API\n          testkube-api:\n              minio:\n                  enabled: false # no minio\n          mongodb:\n              enabled: true\n'
    ],
    ['a literal block with CRLF endings', 'spec:\r\n  values: |\r\n    testkube-api:\r\n      a: 1\r\n'],
    ['a quoted string', 'spec:\n  values: "testkube-api:\\n  a: 1\\n"\n'],
    [
      'a literal block with a keep indicator, last in the file',
      'spec:\n  values: |+\n    testkube-api: {}\n\n'
    ]
  ]
  it.each(cases)('%s: the same text as one by one', (_name, text) => {
    const nodePath = text.includes('source') ? ['spec', 'source', 'helm', 'values'] : ['spec', 'values']
    const together = applyEdits('f.yaml', text, edits(nodePath))
    const alone = applyEdits('f.yaml', text, edits(nodePath), { together: false })
    expect(together.problems).toEqual([])
    expect(together.text).not.toBe(text)
    expect(together.text).toBe(alone.text)
  })
})

describe('new keys joined where the values map sits in a list, or ends with a map inside it', () => {
  const paths = [
    'testkube-api.jobPodAnnotations.sidecar\\.istio\\.io/inject',
    'preUpgradeHook.podAnnotations.sidecar\\.istio\\.io/inject',
    'testkube-operator.preUpgrade.podAnnotations.sidecar\\.istio\\.io/inject',
    'testkube-operator.webhook.patch.podAnnotations.sidecar\\.istio\\.io/inject',
    'testkube-api.next.enabled'
  ]
  const cases: [string, (string | number)[], string][] = [
    [
      'a helmfile release',
      ['releases', 0, 'values', 0],
      'releases:\n  - name: testkube\n    values:\n      - testkube-api:\n          minio:\n            enabled: false\n'
    ],
    [
      'kustomize helmCharts, last in the file without a newline',
      ['helmCharts', 0, 'valuesInline'],
      'helmCharts:\n- name: testkube\n  valuesInline:\n    testkube-api:\n      minio: {enabled: false}'
    ],
    [
      'a map inside a map inside the values, all ending together',
      [],
      'a: 1\ntestkube-api:\n  logs:\n    storage: minio\n'
    ]
  ]
  it.each(cases)('%s: the same text as one by one', (_name, nodePath, text) => {
    // Inner and outer keys interleaved, in both orders: the inner map's keys go before the outer map's.
    for (const order of [paths, [...paths].reverse()]) {
      const edits = order.map(p => mapEdit(nodePath, p, p.endsWith('enabled') ? true : 'false'))
      const together = applyEdits('f.yaml', text, edits)
      const alone = applyEdits('f.yaml', text, edits, { together: false })
      expect(together.problems).toEqual([])
      expect(together.text).not.toBe(text)
      expect(together.text).toBe(alone.text)
    }
  })

  it('makes the new keys of nested maps that end together in one go, in either order', () => {
    const [, , text] = cases[2]
    const pt = parseText(text)
    for (const order of [paths, [...paths].reverse()]) {
      const work = newKeyGroups(
        pt,
        order.map(p => mapEdit([], p, 'false'))
      )
      const run = newSiblings(pt, work, 0)
      expect(run !== null && run !== 'failed' && run.count).toBe(work.length)
    }
  })

  it('joins the new keys of a values map held in a list under each new key', () => {
    const text = cases[0][2]
    const edits = paths.map(p => mapEdit(cases[0][1], p, 'false'))
    const work = newKeyGroups(parseText(text), edits)
    expect(work.map(w => w.kind)).toEqual(['edit', 'edit', 'group', 'edit'])
    expect(work[2].kind === 'group' && work[2].members).toHaveLength(2)
  })
})

describe('the scan parse as the first plan', () => {
  const texts = [
    'keep: 1\ntestkube-api:\n  x: 1\n',
    '# head\n---\na: 1\n---\ntestkube-api: {}\r\n',
    'image: {{ .Values.image }}\ntestkube-api:\n  a: 1\n'
  ]
  it.each(texts.map(t => [JSON.stringify(t), t]))(
    '%s: the same documents and the same fix',
    (_name, text) => {
      const parsed = parsedTextOf(parseRepoFile('f.yaml', text))
      expect(parsed).not.toBeNull()
      const own = parseText(text)
      expect(parsed?.docs.length).toBe(own.docs.length)
      expect(parsed?.masked).toBe(own.masked)
      for (let i = 0; i < own.docs.length; i++) expect(parsed?.js(i)).toEqual(own.js(i))
      const edit = mapEdit([], INJ, 'false', { docIndex: own.docs.length - 1 })
      const joined = applyEdits('f.yaml', text, [edit], { parsed })
      const alone = applyEdits('f.yaml', text, [edit])
      expect({ text: joined.text, problems: joined.problems }).toEqual({
        text: alone.text,
        problems: alone.problems
      })
      // What it hands the scan after writing is a parse of the text it returns.
      expect(joined.parsed.text).toBe(joined.text)
      for (let i = 0; i < joined.parsed.docs.length; i++)
        expect(joined.parsed.js(i)).toEqual(alone.parsed.js(i))
    }
  )

  it('is not taken from a file with aliases, problems or no document', () => {
    expect(parsedTextOf(parseRepoFile('f.yaml', 'a: &x 1\nb: *x\n'))).toBeNull()
    expect(parsedTextOf(parseRepoFile('f.yaml', 'a: [\n'))).toBeNull()
    expect(parsedTextOf(parseRepoFile('f.yaml', ''))).toBeNull()
  })
})
