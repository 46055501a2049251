/**
 * One way to name a key and a place in every message, whatever the judge and the readers wrote: a key as YAML
 * writes it (`testkube-api.jobPodAnnotations."sidecar.istio.io/inject"`, see values/display.ts), except where the
 * user types `--set` syntax (Argo CD `helm.parameters`, helmfile `set`); a place by its file, or by the block and
 * its file (`spec.values of flux/helmrelease.yaml`), never by a bare generic label (`values file`, `spec.values`).
 */
import type { Finding, Release, ValueLayer } from '../model.js'
import { setPathsAsYaml } from '../values/display.js'

/** How a layer is named in prose. */
export function placeName(layer: Pick<ValueLayer, 'kind' | 'label' | 'file'>): string {
  if (!layer.file) return layer.label
  if (layer.kind === 'values-file' || layer.kind === 'target-path') return layer.file
  return `${layer.label} of ${layer.file}`
}

/** The message of a finding of `release`, with its keys and places named the one way. */
export function readableMessage(message: string, release: Pick<Release, 'layers'>): string {
  let text = message
  let typesSetSyntax = false
  // Longest labels first, so that `helm.values` is not taken for part of a longer label holding it.
  const layers = [...release.layers].sort((a, b) => b.label.length - a.label.length)
  for (const layer of layers) {
    const named = ` in ${layer.label}`
    let at = text.indexOf(named)
    while (at >= 0) {
      const after = text[at + named.length]
      if (after === undefined || /[\s.,:;)]/.test(after)) {
        if (layer.kind === 'parameters') typesSetSyntax = true
        const name = ` in ${placeName(layer)}`
        text = text.slice(0, at) + name + text.slice(at + named.length)
        at = text.indexOf(named, at + name.length)
      } else at = text.indexOf(named, at + named.length)
    }
  }
  return typesSetSyntax ? text : setPathsAsYaml(text)
}

/** Rewrites the messages of a release's findings in place (findings are keys of maps: they stay the same objects). */
export function wordFindings(findings: readonly Finding[], release: Pick<Release, 'layers'>): void {
  for (const f of findings) f.message = readableMessage(f.message, release)
}
