/**
 * The Terraform reader: every `resource "helm_release"` of the `.tf` candidates, read with its module's scope,
 * and every `terragrunt.hcl` with `inputs`. When none is a Testkube release, it says which Terraform files it
 * read and why (a chart it does not know, a chart it cannot resolve, no helm_release at all).
 */
import type { Release } from '../../model.js'
import type { CandidateHints, ExtractContext } from '../types.js'
import { mayNameKnownChart } from '../types.js'
import { dirOf } from '../helmfile/layers.js'
import { hclParserLoaded } from './hcl.js'
import { blocksOf, fileBody, isTerraformPath, isTerragruntPath, isTfPath, TerraformFiles } from './files.js'
import { readHelmRelease } from './release.js'
import { readTerragrunt } from './terragrunt.js'
import { readModuleCalls } from './modules.js'

/** At most this many file names in the message that lists the Terraform files read. */
const LISTED_FILES = 10
const MODULE_CALL = /^\s*module\s+"/m

export function mayContainTerraform(path: string, text: string, hints?: CandidateHints): boolean {
  if (!isTerraformPath(path)) return false
  if (isTerragruntPath(path)) return text.includes('inputs') && mayNameKnownChart(text, hints)
  // A helm_release's chart may come from a variable default in another file: every helm_release is read, and
  // every module call (it may feed a module of this repository that declares one).
  return isTfPath(path) && (text.includes('helm_release') || MODULE_CALL.test(text))
}

export function extractTerraform(ctx: ExtractContext): Release[] {
  const candidates = ctx.candidates.filter(
    f => isTerraformPath(f.path) && mayContainTerraform(f.path, f.text)
  )
  if (candidates.length === 0 && !ctx.allFiles().some(isTfPath)) return []
  if (!hclParserLoaded()) {
    ctx.report({
      file: '.',
      line: 1,
      message: 'Terraform files were not read: the HCL parser was not loaded'
    })
    return []
  }
  const files = new TerraformFiles(ctx)
  const releases: Release[] = []
  const skipped: { file: string; line: number; why: string }[] = []
  try {
    for (const candidate of candidates) {
      const file = files.get(candidate.path)
      if (!file) continue
      if (isTerragruntPath(file.path)) {
        for (const got of readTerragrunt(ctx, files, file)) {
          if ('release' in got) releases.push(got.release)
          else skipped.push({ file: file.path, line: 1, why: `terragrunt.hcl ${got.skipped}` })
        }
        continue
      }
      const dir = dirOf(file.path)
      for (const got of readModuleCalls(ctx, files, file, dir))
        if ('release' in got) releases.push(got.release)
      const resources = blocksOf(fileBody(file)).filter(
        b => b.type === 'resource' && b.labels[0] === 'helm_release'
      )
      // The module's scope (every .tf file of the directory) is read only for a file that needs it.
      if (resources.length === 0) continue
      const scope = files.scope(dir)
      for (const block of resources) {
        const got = readHelmRelease(ctx, file, block, scope)
        if ('release' in got) releases.push(got.release)
        else skipped.push({ file: file.path, line: block.line, why: got.skipped })
      }
    }
  } finally {
    files.dispose()
  }
  if (releases.length === 0) explainNone(ctx, skipped)
  // A module that a terragrunt.hcl feeds is reported with those inputs, not on its own as well.
  const fed = new Set(releases.flatMap(r => r.consumes ?? []))
  return releases.filter(r => !fed.has(r.id))
}

/** Which Terraform files were read, and why none of them declares a Testkube release. */
function explainNone(
  ctx: ExtractContext,
  skipped: readonly { file: string; line: number; why: string }[]
): void {
  const read = ctx.allFiles().filter(p => isTfPath(p) && ctx.scanned(p))
  if (read.length === 0 && skipped.length === 0) return
  const note = (n: { file: string; line: number; message: string }): void => ctx.note?.(n)
  for (const s of skipped) note({ file: s.file, line: s.line, message: `not a Testkube release: ${s.why}` })
  const withReason = new Set(skipped.map(s => s.file))
  const others = read.filter(p => !withReason.has(p))
  if (others.length === 0) return
  const listed = others.slice(0, LISTED_FILES).join(', ')
  const more = others.length > LISTED_FILES ? ` and ${others.length - LISTED_FILES} more` : ''
  note({
    file: others[0],
    line: 1,
    message: `no Testkube release in ${others.length} Terraform file${others.length === 1 ? '' : 's'} read (${listed}${more}): none declares a helm_release`
  })
}
