/**
 * Releases declared inside a module of this repository and fed by a caller: a Terraform `module` block or a
 * Terragrunt `inputs` map. The module's `helm_release` resources are read with the caller's arguments as the
 * module's variables; each release supersedes the module read on its own (`consumes`), so a module is reported
 * once per caller, with the caller's values.
 */
import type { ExtractContext } from '../types.js'
import { resolvePath } from '../helmfile/layers.js'
import { EMPTY_SCOPE, evalExpr, type Defined, type Val } from './eval.js'
import { attributesOf, blocksOf, fileBody, type HclFile, type TerraformFiles } from './files.js'
import { readHelmRelease, type Outcome } from './release.js'

/** Arguments of a `module` block that are not variables of the module. */
const META_ARGUMENTS = new Set(['source', 'version', 'providers', 'depends_on', 'count', 'for_each'])

/** A module source in this repository (`./modules/tk`, `../modules//tk`), as a repo-relative directory. */
export function localModuleDir(callerDir: string, source: string): string | null {
  if (/^(git@|git::|hg::|s3::|gcs::|github\.com\/|bitbucket\.org\/|tfr:)/.test(source)) return null
  if (!source.startsWith('./') && !source.startsWith('../')) return null // a registry address
  const where = resolvePath(callerDir, source.replace(/\/\/(?=[^/])/, '/').replace(/\?.*$/, ''))
  return where.kind === 'repo' ? where.path : null
}

export function readModuleReleases(
  ctx: ExtractContext,
  files: TerraformFiles,
  caller: string,
  moduleDir: string,
  inputs: ReadonlyMap<string, Val>,
  inputExprs?: ReadonlyMap<string, Defined>
): Outcome[] {
  const scope = files.scope(moduleDir, inputs, inputExprs)
  const out: Outcome[] = []
  for (const path of files.tfFilesIn(moduleDir)) {
    const mod = files.get(path)
    if (!mod) continue
    for (const b of blocksOf(fileBody(mod))) {
      if (b.type !== 'resource' || b.labels[0] !== 'helm_release') continue
      const got = readHelmRelease(ctx, mod, b, scope)
      if ('release' in got) {
        got.release.consumes = [got.release.id]
        got.release.id = `${caller}#${path}#helm_release.${b.labels[1] ?? ''}`
        got.release.notes = [
          `helm_release.${b.labels[1] ?? ''} in ${path}, with the inputs of ${caller}`,
          ...(got.release.notes ?? [])
        ]
      }
      out.push(got)
    }
  }
  return out
}

/** Every `module` block of a file whose source is a module of this repository. */
export function readModuleCalls(
  ctx: ExtractContext,
  files: TerraformFiles,
  file: HclFile,
  dir: string
): Outcome[] {
  const out: Outcome[] = []
  for (const b of blocksOf(fileBody(file))) {
    if (b.type !== 'module') continue
    const attrs = attributesOf(b.body)
    const source = attrs.get('source')
    // A source is a literal (Terraform requires it): no need to read the caller's scope for a registry module.
    const src = source ? evalExpr(source.expr, EMPTY_SCOPE) : null
    const moduleDir = typeof src === 'string' ? localModuleDir(dir, src) : null
    if (moduleDir === null) continue
    const scope = files.scope(dir)
    const inputs = new Map<string, Val>()
    const inputExprs = new Map<string, Defined>()
    for (const [name, a] of attrs) {
      if (META_ARGUMENTS.has(name)) continue
      inputs.set(name, evalExpr(a.expr, scope))
      inputExprs.set(name, { expr: a.expr, file, scope })
    }
    for (const got of readModuleReleases(
      ctx,
      files,
      `${file.path}#module.${b.labels[0] ?? ''}`,
      moduleDir,
      inputs,
      inputExprs
    ))
      if ('release' in got) out.push(got)
  }
  return out
}
