/**
 * Argo CD ApplicationSets (`kind: ApplicationSet`): the sources of `spec.template.spec` (and of a
 * `spec.templatePatch`), one release per template source rather than per generated Application. Templates
 * (`{{ .x }}`, `{{x}}`) are read through; what they fill in is never judged as literal nor rewritten. See readme.md.
 */
import type { Release } from '../../model.js'
import { mayNameKnownChart, type ExtractContext, type FormatReader } from '../types.js'
import type { RepoFile, YamlDoc } from '../../yaml/file.js'
import { isTemplatedValue, parseRepoFile } from '../../yaml/file.js'
import { isPlainObject } from '../../values/setpath.js'
import { docOrigin, embeddedOrigin } from '../argocd/origin.js'
import { readAppSources, type AppManifest } from '../argocd/sources.js'
import { destinationNamespace, eachArgoDoc, manifestName } from '../argocd/index.js'

const PATCH_READ_ONLY = 'in spec.templatePatch, a template rendered for each Application'

export const argocdApplicationSetReader: FormatReader = {
  source: 'argocd-applicationset',
  displayName: 'Argo CD ApplicationSet',
  mayContain: (_path, text, hints) =>
    text.includes('argoproj.io/') && text.includes('ApplicationSet') && mayNameKnownChart(text, hints),
  extract(ctx: ExtractContext): Release[] {
    return eachArgoDoc(ctx, 'ApplicationSet', (file, doc, js) => readApplicationSet(ctx, file, doc, js))
  }
}

function readApplicationSet(
  ctx: ExtractContext,
  file: RepoFile,
  doc: YamlDoc,
  js: Record<string, unknown>
): Release[] {
  if (!isPlainObject(js.spec)) return []
  const root = docOrigin(file, doc.index, [], '')
  const spec = js.spec
  const template = isPlainObject(spec.template) ? spec.template : {}
  const templateSpec = isPlainObject(template.spec) ? template.spec : {}
  const specPath = ['spec', 'template', 'spec']
  const appName = manifestName(docOrigin(file, doc.index, ['spec', 'template'], 'spec.template'), template)
  const notes = ['ApplicationSet: one release stands for every Application the template generates']
  if (appName) notes.push(`Application name template '${appName}'`)

  const app: AppManifest = {
    source: 'argocd-applicationset',
    file,
    docIndex: doc.index,
    name: manifestName(root, js) ?? 'applicationset',
    appName: appName && !isTemplatedValue(appName) ? appName : null,
    namespace: destinationNamespace(root, specPath, templateSpec),
    spec: templateSpec,
    specPath,
    yamlSpec: 'spec.template.spec',
    templated: true,
    notes
  }
  const patch = readTemplatePatch(ctx, file, doc, spec.templatePatch)
  if (patch) app.patch = patch
  return readAppSources(ctx, app)
}

/**
 * `spec.templatePatch` is a string of (usually templated) YAML merged over each generated Application. It is
 * parsed with its templates masked; everything read from it is read-only, because an edit there would have to
 * go inside a template string.
 */
function readTemplatePatch(
  ctx: ExtractContext,
  file: RepoFile,
  doc: YamlDoc,
  text: unknown
): AppManifest['patch'] | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined
  const root = docOrigin(file, doc.index, [], '')
  const firstLine = root.valueLine(['spec', 'templatePatch']) ?? doc.line
  const inner = parseRepoFile(`${file.path}#spec.templatePatch`, text)
  if (inner.problems.length > 0) {
    for (const p of inner.problems.slice(0, 3)) {
      ctx.report({
        file: file.path,
        line: firstLine + p.line - 1,
        message: `spec.templatePatch is not YAML even with its templates masked: ${p.message}`
      })
    }
    return undefined
  }
  const first = inner.docs[0]
  const js = first ? inner.js(first.index) : undefined
  if (!isPlainObject(js) || !isPlainObject(js.spec)) return undefined
  return {
    spec: js.spec,
    origin: (base, yamlBase) =>
      embeddedOrigin(
        file,
        doc.index,
        inner,
        firstLine,
        base,
        `spec.templatePatch:${yamlBase}`,
        PATCH_READ_ONLY
      )
  }
}
