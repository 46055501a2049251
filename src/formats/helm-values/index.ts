/** Plain values files of the Testkube charts, recognised by their top-level keys. See readme.md. */
import type { FormatReader } from '../types.js'
import { extractValuesFiles, mayContainValues } from './extract.js'

export const helmValuesReader: FormatReader = {
  source: 'helm-values',
  displayName: 'Helm values file',
  mayContain: mayContainValues,
  extract: extractValuesFiles
}

export { classifyValues, classifyTop, type Classification } from './classify.js'
export { readValuesFile, valuesFileKey } from './extract.js'
