/**
 * Argo CD Applications (`apiVersion: argoproj.io/*`, `kind: Application`): every `spec.source` / `spec.sources[i]`
 * that installs a Testkube (or istiod) chart, with the value layers Argo CD merges for it. See readme.md.
 */
import type { Release } from '../../model.js'
import { mayNameKnownChart, type ExtractContext, type FormatReader } from '../types.js'
import type { RepoFile, YamlDoc } from '../../yaml/file.js'
import { isTemplatedValue } from '../../yaml/file.js'
import { isPlainObject } from '../../values/setpath.js'
import { docOrigin, type Origin } from './origin.js'
import { fieldText, readAppSources } from './sources.js'

export const argocdApplicationReader: FormatReader = {
  source: 'argocd-application',
  displayName: 'Argo CD Application',
  // A source installs a known chart only when it names it: the chart, an OCI URL, a git path into a chart
  // repository, or the directory of a chart in this repository.
  mayContain: (_path, text, hints) => text.includes('argoproj.io/') && mayNameKnownChart(text, hints),
  extract(ctx: ExtractContext): Release[] {
    return eachArgoDoc(ctx, 'Application', (file, doc, js) => readApplication(ctx, file, doc, js))
  }
}

function readApplication(
  ctx: ExtractContext,
  file: RepoFile,
  doc: YamlDoc,
  js: Record<string, unknown>
): Release[] {
  if (!isPlainObject(js.spec)) return []
  const root = docOrigin(file, doc.index, [], '')
  const name = manifestName(root, js)
  return readAppSources(ctx, {
    source: 'argocd-application',
    file,
    docIndex: doc.index,
    name: name ?? 'application',
    appName: name && !isTemplatedValue(name) ? name : null,
    namespace: destinationNamespace(root, ['spec'], js.spec),
    spec: js.spec,
    specPath: ['spec'],
    yamlSpec: 'spec',
    templated: false,
    notes: []
  })
}

/** Run `read` on every document of the candidates that is an Argo CD resource of `kind`; a failure is reported. */
export function eachArgoDoc(
  ctx: ExtractContext,
  kind: 'Application' | 'ApplicationSet',
  read: (file: RepoFile, doc: YamlDoc, js: Record<string, unknown>) => Release[]
): Release[] {
  const out: Release[] = []
  for (const file of ctx.candidates) {
    if (!file.text.includes('argoproj.io/')) continue
    for (const doc of file.docs) {
      const js = file.js(doc.index)
      if (!isPlainObject(js) || js.kind !== kind) continue
      if (typeof js.apiVersion !== 'string' || !js.apiVersion.trim().startsWith('argoproj.io/')) continue
      try {
        out.push(...read(file, doc, js))
      } catch (err) {
        ctx.report({
          file: file.path,
          line: doc.line,
          message: `cannot read ${kind}: ${(err as Error).message}`
        })
      }
    }
  }
  return out
}

export function manifestName(origin: Origin, js: Record<string, unknown>): string | null {
  const meta = isPlainObject(js.metadata) ? js.metadata : {}
  return fieldText(origin, ['metadata', 'name'], meta.name)?.trim() || null
}

/** `destination.namespace` when it is literal; null when missing, empty, templated or a `$PLACEHOLDER`. */
export function destinationNamespace(
  origin: Origin,
  specPath: readonly string[],
  spec: Record<string, unknown>
): string | null {
  const dest = isPlainObject(spec.destination) ? spec.destination : {}
  const ns = fieldText(origin, [...specPath, 'destination', 'namespace'], dest.namespace)?.trim()
  if (!ns || isTemplatedValue(ns) || /^\$|<[^>]*>/.test(ns)) return null
  return ns
}
