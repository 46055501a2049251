/** helmfile state files (`helmfile.yaml`, `helmfile.d/*.yaml`, `.gotmpl`): releases and their value layers. */
import type { FormatReader } from '../types.js'
import { extractHelmfiles, mayContainHelmfile } from './extract.js'

export const helmfileReader: FormatReader = {
  source: 'helmfile',
  displayName: 'helmfile',
  mayContain: mayContainHelmfile,
  extract: extractHelmfiles
}

export { parseSetValue, readHelmfile } from './extract.js'
