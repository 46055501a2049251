import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parseAllDocuments } from 'yaml'
import { CONFIG_OBJECTS, configObjectNames } from '../configmaps.js'

const deployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          envFrom:',
  '            - configMapRef:',
  '                name: web-env'
].join('\n')
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-env\ndata:\n  a: "1"'

describe('the ConfigMap and Secret index words', () => {
  it('are the names of the documents that may be a ConfigMap, Secret or SealedSecret', () => {
    const text = `${deployment}\n---\n${configMap}\n---\nkind: Secret\nmetadata:\n  name: creds\n`
    expect(configObjectNames(text)).toEqual(['web-env', 'creds'])
    expect(configObjectNames(`kind: SealedSecret\nmetadata: {name: sealed}\n`)).toEqual(['sealed'])
    // A List holds its ConfigMaps in one document: every name of it is a word.
    expect(
      configObjectNames('kind: List\nitems:\n  - kind: ConfigMap\n    metadata:\n      name: in-list\n')
    ).toEqual(['in-list'])
  })

  it('split documents only at a `---` marker that starts a line', () => {
    const crlf = `${deployment}\r\n---\r\n${configMap}\r\n`.replace(/(?<!\r)\n/g, '\r\n')
    expect(configObjectNames(crlf)).toEqual(['web-env'])
    // Content after the marker belongs to the next document.
    expect(configObjectNames(`${deployment}\n--- {kind: ConfigMap, metadata: {name: inline}}\n`)).toEqual([
      'inline'
    ])
    // `----` and an indented `---` are no markers: the Deployment's names stay with the ConfigMap.
    expect(configObjectNames(`${deployment}\n----\n${configMap}`)).toEqual([
      'web',
      'app',
      'web-env',
      'web-env'
    ])
    expect(configObjectNames(`${configMap}\n  ---\n${deployment}`)).toEqual([
      'web-env',
      'web',
      'app',
      'web-env'
    ])
  })

  it('give up (null) only for a config document whose name is not a word of its line', () => {
    const unreadableDeployment = deployment.replace('  name: web', '  name:\n    web')
    expect(configObjectNames(`${unreadableDeployment}\n---\n${configMap}`)).toEqual(['web-env'])
    expect(
      configObjectNames(`${deployment}\n---\n${configMap.replace('name: web-env', 'name: *alias')}`)
    ).toBeNull()
  })

  it('hold every ConfigMap and Secret name the parser reads, whatever the documents around them', () => {
    const kinds = ['ConfigMap', 'Secret', 'SealedSecret', 'Deployment', 'Service']
    const document = fc.record({
      kind: fc.constantFrom(...kinds),
      name: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
      style: fc.constantFrom('block', 'flow', 'quoted')
    })
    const separator = fc.constantFrom('\n---\n', '\n--- \n', '\n---\n# c\n', '\n...\n---\n')
    fc.assert(
      fc.property(
        fc.array(document, { minLength: 1, maxLength: 5 }),
        separator,
        fc.boolean(),
        (docs, sep, crlf) => {
          const texts = docs.map(d =>
            d.style === 'flow'
              ? `{kind: ${d.kind}, metadata: {name: ${d.name}}}`
              : d.style === 'quoted'
                ? `"kind": "${d.kind}"\n"metadata":\n  "name": "${d.name}"\n`
                : `kind: ${d.kind}\nmetadata:\n  name: ${d.name}\n  labels: {app: x}\n`
          )
          let text = texts.join(sep)
          if (crlf) text = text.replace(/\n/g, '\r\n')
          const wanted = parseAllDocuments(text)
            .map(d => d.toJS() as { kind?: string; metadata?: { name?: string } } | null)
            .filter(o => o && ['ConfigMap', 'Secret', 'SealedSecret'].includes(o.kind ?? ''))
            .map(o => o?.metadata?.name)
          expect(CONFIG_OBJECTS.contains('x.yaml', text)).toBe(wanted.length > 0)
          const words = configObjectNames(text)
          expect(words).not.toBeNull()
          for (const name of wanted) expect(words).toContain(name)
        }
      ),
      { numRuns: 500 }
    )
  })
})
