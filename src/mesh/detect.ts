/**
 * Which mesh mode a release's pods run in. `on`/`off` are the user's word; `auto` looks for evidence in the
 * repository. Placeholder detection: the mesh helper replaces detectMeshFacts/decideMesh.
 */
import type { Location, MeshMode, Release } from '../model.js'
import type { ExtractContext } from '../formats/types.js'

export type NativeSidecarsSetting = 'auto' | 'on' | 'off'

/** What the repository says about the mesh, gathered once per scan. */
export interface MeshFacts {
  /** Where ENABLE_NATIVE_SIDECARS is set true (IstioOperator, istiod chart values). */
  nativeSidecars: Location[]
  /** Namespaces labelled `istio.io/dataplane-mode: ambient`, with where. */
  ambientNamespaces: Map<string, Location>
}

export function detectMeshFacts(_ctx: ExtractContext, _istiod: readonly Release[]): MeshFacts {
  return { nativeSidecars: [], ambientNamespaces: new Map() }
}

export function decideMesh(_release: Release, _facts: MeshFacts, setting: NativeSidecarsSetting): MeshMode {
  if (setting === 'on')
    return {
      mode: 'native-sidecars',
      reason: 'native sidecars declared on by --native-sidecars on',
      evidence: []
    }
  if (setting === 'off')
    return { mode: 'sidecar', reason: 'native sidecars declared off by --native-sidecars off', evidence: [] }
  return {
    mode: 'sidecar',
    reason: 'no native-sidecar or ambient configuration found in the repository',
    evidence: []
  }
}

/** Files that may declare the mesh mode are parsed even when no reader wants them. */
export const MESH_FILTER = {
  mayContain: (_path: string, text: string): boolean =>
    text.includes('ENABLE_NATIVE_SIDECARS') ||
    text.includes('dataplane-mode') ||
    text.includes('nativeSidecar')
}
