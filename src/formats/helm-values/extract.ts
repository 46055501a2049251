/**
 * Plain Helm values files for the Testkube charts (`helm install -f`, a Terraform `values = [file(…)]`, a values
 * file that some deployer reads). Each file is one release of its own, keyed `values-file:<file>`: when a release
 * of another format reads the file as a layer, the engine drops this release and the file is judged as part of
 * that one.
 */
import { isMap, isScalar } from 'yaml'
import type { ExtractContext } from '../types.js'
import type { Release, ValueLayer } from '../../model.js'
import type { RepoFile } from '../../yaml/file.js'
import { isPlainObject } from '../../values/setpath.js'
import { classifyValues } from './classify.js'
import { enclosingChartDir } from '../chartdir.js'

/** Files that are never values files even when they hold Testkube keys. */
const NOT_VALUES =
  /(^|\/)(Chart\.ya?ml|Chart\.lock|requirements\.ya?ml|kustomization\.ya?ml|helmfile\.ya?ml|\.argocd-source[^/]*\.ya?ml)$/

/** Top-level keys that identify a Testkube chart's values (the reader's cheap text test). */
const TEXT_TEST =
  /^(?:\u00ef\u00bb\u00bf)?(testkube(-api|-operator|-dashboard|-logs|-cloud-api|-worker-service|-cloud-ui|-ai-service|-agent|-enterprise|-runner)?|preUpgradeHook(NATS)?|globalTemplate)[ \t]*:/m
const RUNNER_TEST = /^runner[ \t]*:/m

export function mayContainValues(path: string, text: string): boolean {
  if (NOT_VALUES.test(path)) return false
  // Each regex is behind a plain search for a word it needs: a line-anchored regex tries every line of the
  // file, and this test runs on every YAML file of the tree.
  return (
    ((text.includes('testkube') || text.includes('preUpgradeHook') || text.includes('globalTemplate')) &&
      TEXT_TEST.test(text)) ||
    text.includes('testWorkflows') ||
    (text.includes('runner') && RUNNER_TEST.test(text) && /\b(orgId|envId|secretRef|register)\b/.test(text))
  )
}

export function extractValuesFiles(ctx: ExtractContext): Release[] {
  const releases: Release[] = []
  for (const file of ctx.candidates) {
    if (NOT_VALUES.test(file.path) || !mayContainValues(file.path, file.text)) continue
    if (isChartOwnFile(ctx, file.path)) continue
    const release = readValuesFile(file)
    if (!release) continue
    // A values file inside the enterprise chart's own directory (a profile) runs the agent that chart bundles.
    if (release.chart === 'testkube-enterprise' && release.valuesPrefix === '') {
      const agent = enclosingChartDir(ctx, file.path)?.scopes.find(s => s.prefix === 'testkube-agent.')
      if (agent) release.scopes = [...release.scopes, agent]
    }
    releases.push(release)
  }
  return releases
}

/**
 * A chart's own files are not user values: `values.yaml` next to a `Chart.yaml` is that chart's defaults (the
 * umbrella reader uses it as its layer), and nothing under a chart's `templates/` is a values file.
 */
function isChartOwnFile(ctx: ExtractContext, path: string): boolean {
  const parts = path.split('/')
  const dir = parts.slice(0, -1).join('/')
  const chartYaml = (d: string): string => (d ? `${d}/Chart.yaml` : 'Chart.yaml')
  if (/^values\.ya?ml$/.test(parts[parts.length - 1]) && ctx.exists(chartYaml(dir))) return true
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== 'templates' && parts[i] !== 'crds') continue
    if (ctx.exists(chartYaml(parts.slice(0, i).join('/')))) return true
  }
  return false
}

/** The release a values file stands for, or null when it is not a Testkube values file. */
export function readValuesFile(file: RepoFile): Release | null {
  // Helm reads the first document of a values file; a stream of several documents is a manifest file.
  const nonEmpty = file.docs.filter(d => !d.empty)
  if (nonEmpty.length !== 1 || nonEmpty[0].index !== 0) return null
  const yamlDoc = nonEmpty[0]
  const tree = file.js(0)
  if (!isPlainObject(tree)) return null
  if (typeof tree.apiVersion === 'string' && typeof tree.kind === 'string') return null
  const found = classifyValues(tree)
  if (!found) return null

  const markerLines = found.markers.map(k => topKeyLine(file, k)).filter((l): l is number => l !== null)
  const line = markerLines.length > 0 ? Math.min(...markerLines) : yamlDoc.line
  const notes: string[] = []
  if (found.prefix) {
    notes.push(
      `values nested under '${found.prefix.slice(0, -1)}:' as for an umbrella chart; no umbrella chart in the ` +
        'repository uses this file'
    )
  }
  const layer: ValueLayer = {
    label: 'values file',
    kind: 'values-file',
    file: file.path,
    line: yamlDoc.line,
    yamlPath: '',
    values: tree,
    target: { type: 'yaml-map', file: file.path, docIndex: 0, nodePath: [] },
    addTarget: true
  }
  if (file.templated || /\.gotmpl$/i.test(file.path)) {
    layer.readOnlyReason = 'the file is a template that another tool renders before Helm reads it'
    delete layer.target
    delete layer.addTarget
  }
  return {
    id: file.path,
    name: releaseName(file.path),
    namespace: null,
    source: 'helm-values',
    file: file.path,
    line,
    chart: found.chart,
    chartVersion: null,
    valuesPrefix: found.prefix,
    layers: [layer],
    scopes: [{ chart: found.chart, version: null, prefix: found.prefix }],
    key: valuesFileKey(file.path),
    notes: notes.length > 0 ? notes : undefined
  }
}

export function valuesFileKey(path: string): string {
  return `values-file:${path}`
}

/** `values.yaml` says nothing: name the release after its directory; other files after their own name. */
function releaseName(path: string): string {
  const parts = path.split('/')
  const base = parts[parts.length - 1].replace(/\.ya?ml(\.gotmpl)?$/i, '')
  if (/^values$/i.test(base) && parts.length > 1) return parts[parts.length - 2]
  return base
}

/** 1-based line of a top-level key of the first document. */
function topKeyLine(file: RepoFile, key: string): number | null {
  const contents = file.docs[0]?.doc.contents
  if (!isMap(contents)) return null
  for (const pair of contents.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key && pair.key.range)
      return file.lineAt(pair.key.range[0])
  }
  return null
}
