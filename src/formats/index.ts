/** Every format reader, in the order they run. Adding a format means adding one line here. */
import type { FormatReader } from './types.js'
import { helmUmbrellaReader } from './helm-umbrella/index.js'
import { argocdApplicationReader } from './argocd/index.js'
import { argocdApplicationSetReader } from './argocd-applicationset/index.js'
import { fluxHelmReleaseReader } from './flux/index.js'
import { helmfileReader } from './helmfile/index.js'
import { kustomizeHelmChartsReader } from './kustomize/index.js'
import { helmValuesReader } from './helm-values/index.js'
import { terraformReader } from './terraform/index.js'

export const ALL_READERS: readonly FormatReader[] = [
  helmUmbrellaReader,
  argocdApplicationReader,
  argocdApplicationSetReader,
  fluxHelmReleaseReader,
  helmfileReader,
  kustomizeHelmChartsReader,
  terraformReader,
  // Last: a values file is a release of its own only when no other release reads it.
  helmValuesReader
]
