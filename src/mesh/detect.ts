/**
 * Which mesh mode a release's pods run in. `on`/`off` are the user's word; `auto` looks for evidence in the
 * repository:
 * - native sidecars: istiod's `ENABLE_NATIVE_SIDECARS` set true in an `IstioOperator` (`spec.values.pilot.env`,
 *   `spec.components.pilot.k8s.env`), in an istiod chart release (`pilot.env` or `env`, the highest layer wins), in
 *   a plain istiod values file, or in a rendered istiod Deployment. `auto` and `false` are not evidence: `auto`
 *   (the default since Istio 1.27) turns native sidecars on only when every node runs Kubernetes 1.33 or later,
 *   which a repository does not show.
 * - ambient: a Namespace labelled `istio.io/dataplane-mode: ambient` (or an Argo CD Application that creates its
 *   destination namespace with that label), unless the same namespace is also labelled for sidecar injection.
 * Ambient wins over native sidecars for a release in such a namespace: its pods get no sidecar at all.
 */
import { isMap, isNode } from 'yaml'
import lt from 'semver/functions/lt.js'
import valid from 'semver/functions/valid.js'
import type { Location, MeshMode, Release, ValueLayer } from '../model.js'
import type { ExtractContext } from '../formats/types.js'
import type { RepoFile } from '../yaml/file.js'
import { isTemplatedValue } from '../yaml/file.js'
import { getPath, isPlainObject, prefixedPath } from '../values/setpath.js'

export type NativeSidecarsSetting = 'auto' | 'on' | 'off'

export const NATIVE_SIDECARS_ENV = 'ENABLE_NATIVE_SIDECARS'
export const DATAPLANE_MODE_LABEL = 'istio.io/dataplane-mode'
export const INJECTION_LABEL = 'istio-injection'

/** Where ENABLE_NATIVE_SIDECARS is set to something that does not turn native sidecars on. */
export interface NativeSidecarsOther {
  location: Location
  /** As written (`auto`, `false`, a template), or why it does not count. */
  value: string
}

/** What the repository says about the mesh, gathered once per scan. */
export interface MeshFacts {
  /** Where ENABLE_NATIVE_SIDECARS is set true (IstioOperator, istiod chart values). */
  nativeSidecars: Location[]
  /**
   * Where it is set but not true (`auto`, `false`, templated): named in the reason for sidecar mode. Optional so
   * that hand-built facts (tests) need not give it.
   */
  nativeSidecarsOther?: NativeSidecarsOther[]
  /** Namespaces labelled `istio.io/dataplane-mode: ambient`, with where. */
  ambientNamespaces: Map<string, Location>
  /** Namespaces labelled `istio-injection: disabled` (and no `istio.io/rev`), with where: nothing is injected. */
  injectionDisabledNamespaces?: Map<string, Location>
}

export function detectMeshFacts(ctx: ExtractContext, istiod: readonly Release[]): MeshFacts {
  const other: NativeSidecarsOther[] = []
  const facts: MeshFacts = {
    nativeSidecars: [],
    nativeSidecarsOther: other,
    ambientNamespaces: new Map(),
    injectionDisabledNamespaces: new Map()
  }
  const record = (value: unknown, location: Location, ignored?: string): void => {
    if (ignored) other.push({ location, value: ignored })
    else if (isOn(value)) facts.nativeSidecars.push(location)
    else other.push({ location, value: describe(value) })
  }

  // Files that are layers of an istiod release are judged through the release, with its precedence.
  const layerFiles = new Set<string>()
  for (const release of istiod) {
    for (const layer of release.layers) if (layer.file) layerFiles.add(layer.file)
    const found = istiodSetting(ctx, release)
    if (found) record(found.value, found.location, found.ignored)
  }

  for (const file of ctx.candidates) {
    if (!MESH_FILTER.mayContain(file.path, file.text)) continue
    for (const yamlDoc of file.docs) {
      if (yamlDoc.empty) continue
      const obj = file.js(yamlDoc.index)
      if (!isPlainObject(obj)) continue
      const at = (path: readonly (string | number)[]): Location => ({
        file: file.path,
        line: nodeLine(file, yamlDoc.index, path) ?? yamlDoc.line
      })
      const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : null
      const kind = typeof obj.kind === 'string' ? obj.kind : null
      if (apiVersion && kind) {
        if (kind === 'IstioOperator' && apiVersion.startsWith('install.istio.io/')) {
          const found = istioOperatorSetting(obj)
          if (found) record(found.value, at(found.path))
        } else if (kind === 'Namespace' && apiVersion === 'v1') {
          const meta = isPlainObject(obj.metadata) ? obj.metadata : {}
          const labels = isPlainObject(meta.labels) ? meta.labels : {}
          const name = meta.name
          if (
            typeof name === 'string' &&
            !isTemplatedValue(name) &&
            isAmbient(labels) &&
            !facts.ambientNamespaces.has(name)
          ) {
            facts.ambientNamespaces.set(name, at(['metadata', 'labels', DATAPLANE_MODE_LABEL]))
          }
          if (typeof name === 'string' && !isTemplatedValue(name) && injectionDisabled(labels))
            facts.injectionDisabledNamespaces?.set(name, at(['metadata', 'labels', INJECTION_LABEL]))
        } else if (kind === 'Application' && apiVersion.startsWith('argoproj.io/')) {
          const ns = argoManagedAmbientNamespace(obj)
          if (ns && !facts.ambientNamespaces.has(ns)) {
            facts.ambientNamespaces.set(
              ns,
              at(['spec', 'syncPolicy', 'managedNamespaceMetadata', 'labels', DATAPLANE_MODE_LABEL])
            )
          }
        } else {
          for (const found of workloadSettings(obj)) record(found.value, at(found.path))
        }
        continue
      }
      if (layerFiles.has(file.path) || yamlDoc.index !== 0) continue
      const found = istiodValuesSetting(file.path, obj)
      if (found) record(found.value, at(found.path))
    }
  }
  return facts
}

export function decideMesh(release: Release, facts: MeshFacts, setting: NativeSidecarsSetting): MeshMode {
  if (setting === 'on')
    return {
      mode: 'native-sidecars',
      reason: 'native sidecars declared on by --native-sidecars on',
      evidence: []
    }
  if (setting === 'off')
    return { mode: 'sidecar', reason: 'native sidecars declared off by --native-sidecars off', evidence: [] }

  const ns = release.namespace
  const ambient = ns ? facts.ambientNamespaces.get(ns) : undefined
  if (ns && ambient) {
    return {
      mode: 'ambient',
      reason: `namespace '${ns}' is labelled ${DATAPLANE_MODE_LABEL}: ambient at ${where(ambient)}`,
      evidence: [ambient]
    }
  }
  const disabled = ns ? facts.injectionDisabledNamespaces?.get(ns) : undefined
  if (ns && disabled) {
    return {
      mode: 'injection-disabled',
      reason: `namespace '${ns}' is labelled ${INJECTION_LABEL}: disabled at ${where(disabled)}`,
      evidence: [disabled]
    }
  }
  if (facts.nativeSidecars.length > 0) {
    return {
      mode: 'native-sidecars',
      reason: `Istio ${NATIVE_SIDECARS_ENV} is true at ${facts.nativeSidecars.map(where).join(', ')}`,
      evidence: [...facts.nativeSidecars]
    }
  }
  let reason = 'no native sidecars or ambient mode declared in the repository'
  const notOn = facts.nativeSidecarsOther ?? []
  const auto = notOn.filter(o => o.value === 'auto')
  const others = notOn.filter(o => o.value !== 'auto')
  if (auto.length > 0) {
    reason +=
      `; ${NATIVE_SIDECARS_ENV} is "auto" at ${auto.map(o => where(o.location)).join(', ')}, which turns native ` +
      'sidecars on only when every node runs Kubernetes 1.33 or later (Istio 1.27+): the repository does not show that'
  }
  if (others.length > 0) {
    reason += `; ${NATIVE_SIDECARS_ENV} is ${others.map(o => `${o.value} at ${where(o.location)}`).join(', ')}`
  }
  if (!ns && facts.ambientNamespaces.size > 0) {
    reason += `; namespaces ${[...facts.ambientNamespaces.keys()].join(', ')} run in ambient mode, but the release's namespace is not known`
  }
  return { mode: 'sidecar', reason, evidence: notOn.map(o => o.location) }
}

/** Files that may declare the mesh mode are parsed even when no reader wants them. */
export const MESH_FILTER = {
  mayContain: (_path: string, text: string): boolean =>
    text.includes(NATIVE_SIDECARS_ENV) ||
    text.includes('dataplane-mode') ||
    text.includes(INJECTION_LABEL) ||
    text.includes('nativeSidecar') ||
    (text.includes('IstioOperator') && /kind:\s*["']?IstioOperator\b/.test(text))
}

/** istiod reads the env with a boolean parse; only an explicit true turns native sidecars on. */
function isOn(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true')
}

function describe(value: unknown): string {
  if (isTemplatedValue(value)) return `templated (${String(value)})`
  if (typeof value === 'string') return value.trim().toLowerCase() === 'auto' ? 'auto' : `"${value}"`
  return String(value)
}

function where(l: Location): string {
  return `${l.file}:${l.line}`
}

/**
 * `istio-injection: disabled` turns injection off for the namespace; a revision label `istio.io/rev` would select
 * a revision's injector instead, so the label alone is not proof then.
 */
function injectionDisabled(labels: Record<string, unknown>): boolean {
  return labels[INJECTION_LABEL] === 'disabled' && labels['istio.io/rev'] === undefined
}

function isAmbient(labels: Record<string, unknown>): boolean {
  if (labels[DATAPLANE_MODE_LABEL] !== 'ambient') return false
  // A namespace labelled for sidecar injection as well gets sidecars, and ambient skips pods that have one.
  return labels['istio-injection'] !== 'enabled' && typeof labels['istio.io/rev'] !== 'string'
}

function argoManagedAmbientNamespace(app: Record<string, unknown>): string | null {
  const spec = isPlainObject(app.spec) ? app.spec : {}
  const labels = getPath(spec, ['syncPolicy', 'managedNamespaceMetadata', 'labels']).value
  const ns = getPath(spec, ['destination', 'namespace']).value
  if (!isPlainObject(labels) || !isAmbient(labels) || typeof ns !== 'string' || !ns || isTemplatedValue(ns)) {
    return null
  }
  return ns
}

interface Setting {
  value: unknown
  path: (string | number)[]
}

/**
 * IstioOperator: `spec.components.pilot.k8s.env` (a Kubernetes env list applied to the istiod Deployment) is
 * more specific than `spec.values.pilot.env` and wins when both are set.
 */
function istioOperatorSetting(op: Record<string, unknown>): Setting | null {
  const spec = isPlainObject(op.spec) ? op.spec : {}
  const list = getPath(spec, ['components', 'pilot', 'k8s', 'env']).value
  if (Array.isArray(list)) {
    const i = list.findIndex(e => isPlainObject(e) && e.name === NATIVE_SIDECARS_ENV)
    if (i >= 0) {
      return {
        value: (list[i] as Record<string, unknown>).value,
        path: ['spec', 'components', 'pilot', 'k8s', 'env', i, 'value']
      }
    }
  }
  const env = getPath(spec, ['values', 'pilot', 'env', NATIVE_SIDECARS_ENV])
  if (env.found) return { value: env.value, path: ['spec', 'values', 'pilot', 'env', NATIVE_SIDECARS_ENV] }
  return null
}

/** A rendered istiod Deployment (a repository of `helm template` / `istioctl manifest generate` output). */
function workloadSettings(obj: Record<string, unknown>): Setting[] {
  if (obj.kind !== 'Deployment') return []
  const containers = getPath(obj, ['spec', 'template', 'spec', 'containers']).value
  if (!Array.isArray(containers)) return []
  const out: Setting[] = []
  containers.forEach((c, ci) => {
    if (!isPlainObject(c) || !Array.isArray(c.env)) return
    const i = c.env.findIndex(e => isPlainObject(e) && e.name === NATIVE_SIDECARS_ENV)
    if (i < 0) return
    const value = (c.env[i] as Record<string, unknown>).value
    out.push({ value, path: ['spec', 'template', 'spec', 'containers', ci, 'env', i, 'value'] })
  })
  return out
}

/** Keys only istiod's chart has at its top, to tell its `env:` from any other chart's. */
const ISTIOD_KEYS = [
  'pilot',
  'meshConfig',
  'sidecarInjectorWebhook',
  'istiodRemote',
  'revision',
  'revisionTags'
]

/**
 * A plain istiod values file (not a layer of a known istiod release): `pilot.env.X` (all versions) or `env.X`
 * (1.24+), at the top or under an `istiod:` umbrella key. `pilot.env` wins, as the chart merges `pilot` over
 * the top level.
 */
function istiodValuesSetting(path: string, tree: Record<string, unknown>): Setting | null {
  for (const base of [[], ['istiod']] as string[][]) {
    const root = base.length ? getPath(tree, base).value : tree
    if (!isPlainObject(root)) continue
    const pilot = getPath(root, ['pilot', 'env', NATIVE_SIDECARS_ENV])
    if (pilot.found) return { value: pilot.value, path: [...base, 'pilot', 'env', NATIVE_SIDECARS_ENV] }
    const env = getPath(root, ['env', NATIVE_SIDECARS_ENV])
    const clearlyIstiod =
      base.length > 0 || ISTIOD_KEYS.some(k => k in root) || /(^|\/)[^/]*istio[^/]*\//i.test(path)
    if (env.found && clearlyIstiod) return { value: env.value, path: [...base, 'env', NATIVE_SIDECARS_ENV] }
  }
  return null
}

interface Found {
  value: unknown
  location: Location
  /** Set when the value has no effect, saying why. */
  ignored?: string
}

/**
 * The effective setting of an istiod chart release: for `pilot.env.X` and `env.X`, the highest layer that sets
 * it; `pilot.env` wins over `env` (the chart merges `pilot` over the top level since 1.24, and reads only
 * `pilot.env` before). `env` alone on a chart pinned below 1.24 has no effect.
 */
export function istiodSetting(ctx: ExtractContext, release: Release): Found | null {
  const pilot = highestLayerValue(
    ctx,
    release,
    prefixedPath(release.valuesPrefix, `pilot.env.${NATIVE_SIDECARS_ENV}`)
  )
  if (pilot) return pilot
  const env = highestLayerValue(
    ctx,
    release,
    prefixedPath(release.valuesPrefix, `env.${NATIVE_SIDECARS_ENV}`)
  )
  if (!env) return null
  const pinned = release.chartVersion ? valid(release.chartVersion.trim().replace(/^v/, '')) : null
  if (pinned && lt(pinned, '1.24.0')) {
    return { ...env, ignored: `${describe(env.value)} under env, which istiod ${pinned} does not read` }
  }
  return env
}

function highestLayerValue(ctx: ExtractContext, release: Release, path: readonly string[]): Found | null {
  let found: Found | null = null
  for (const layer of release.layers) {
    if (layer.values) {
      const got = getPath(layer.values, path)
      if (got.found) found = { value: got.value, location: layerLocation(ctx, release, layer, path) }
    }
    for (const entry of layer.sets ?? []) {
      if (entry.path.length === path.length && entry.path.every((k, i) => String(k) === path[i])) {
        found = {
          value: entry.value,
          location: { file: layer.file ?? release.file, line: entry.line ?? layer.line ?? release.line }
        }
      }
    }
  }
  return found
}

function layerLocation(
  ctx: ExtractContext,
  release: Release,
  layer: ValueLayer,
  path: readonly string[]
): Location {
  const file = layer.file ?? release.file
  const target = layer.target
  if (target?.type === 'yaml-map') {
    const repoFile = ctx.getFile(target.file)
    const line = repoFile ? nodeLine(repoFile, target.docIndex, [...target.nodePath, ...path]) : null
    if (line) return { file: target.file, line }
  }
  return { file, line: layer.line ?? release.line }
}

/** Line of the node at `path` in one document of a file, or null. */
function nodeLine(file: RepoFile, docIndex: number, path: readonly (string | number)[]): number | null {
  const yamlDoc = file.docs.find(d => d.index === docIndex)
  if (!yamlDoc || !isMap(yamlDoc.doc.contents)) return null
  const node = yamlDoc.doc.getIn(path, true)
  if (!isNode(node) || !node.range) return null
  return file.lineAt(node.range[0])
}
