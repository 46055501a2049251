/** Terraform `helm_release` resources and Terragrunt `inputs` (see readme.md). */
import type { FormatReader } from '../types.js'
import { extractTerraform, mayContainTerraform } from './extract.js'
import { isTerraformPath } from './files.js'
import { loadHclParser } from './hcl.js'

export const terraformReader: FormatReader = {
  source: 'terraform-helm-release',
  displayName: 'Terraform helm_release',
  mayContain: mayContainTerraform,
  async prepare(paths) {
    if (paths.some(isTerraformPath)) await loadHclParser()
  },
  extract: extractTerraform
}
