/**
 * Custom job templates of the `testkube` chart (TKI001): which ones a chart version reads, which default template
 * each replaces, and whether the pod template inside carries `sidecar.istio.io/inject: "false"`.
 *
 * Facts (shared/reference/chart-matrix.md "V1 details", chart-pods-before-knobs.md "V1"):
 * - `testkube-api.templates.job|jobContainer|scraperContainer` (base64, env) from 1.9.125; `templates.slavePod` in
 *   1.16.11 and from 1.16.16; `testkube-api.configValues` (raw job-template.yml) from 1.12.22;
 *   `jobContainerTemplate` / `jobScraperTemplate` (raw) in 1.16.48 and from 1.17.46. The API stops reading job
 *   templates at 2.5.0-rc.0.
 * - A non-empty `templates.*` env wins over the ConfigMap file, so it wins over the raw key for the same template.
 * - From 1.17.63 `jobPodAnnotations` annotates every default template a custom one does not replace; below 1.17.63 a
 *   custom template is the only knob, so a default Job template left in place cannot be annotated at all.
 *
 * Pure: values in, findings and planned edits out. The edit replaces the whole string (re-encoded when it was
 * base64) and is verified here by decoding it again and judging it again.
 */
import valid from 'semver/functions/valid.js'
import type { ChartScope, Finding, PlannedEdit, Release, ValueLayer, ValuePath } from '../model.js'
import { resolve, type Resolution } from '../engine/merge.js'
import { joinSetPath, splitSetPath } from '../values/setpath.js'
import { firstReleaseIn, inReleases } from './applicability.js'
import { CHECK_VERSIONS, CUSTOM_TEMPLATE_KEYS, type CustomTemplateKey } from './windows.js'
import { directives, INJECT_KEY, judgeTemplateText, type TemplateKind } from './job-template-text.js'

/** The default templates the API renders executor pods from. */
export type DefaultTemplate = CustomTemplateKey['replaces']

const TKI001 = CHECK_VERSIONS.TKI001

const DEFAULT_NAMES: Record<DefaultTemplate, string> = {
  job: 'prebuilt executor Job template',
  container: 'container executor Job template',
  scraper: 'scraper Job template',
  slavePod: 'slave Pod template'
}

/** The base64 key that replaces a default template (what to supply when no key of it is set). */
const BASE64_KEY: Record<DefaultTemplate, string> = {
  job: 'testkube-api.templates.job',
  container: 'testkube-api.templates.jobContainer',
  scraper: 'testkube-api.templates.scraperContainer',
  slavePod: 'testkube-api.templates.slavePod'
}

const KIND: Record<DefaultTemplate, TemplateKind> = {
  job: 'job',
  container: 'job',
  scraper: 'job',
  slavePod: 'pod'
}

export interface CustomTemplateInput {
  release: Release
  scope: ChartScope
  /** The exact chart version that gets installed. */
  version: string
  layers: readonly ValueLayer[]
}

export interface CustomTemplateJudgement {
  findings: Finding[]
  edits: PlannedEdit[]
  /** The edit that fixes each fixable finding. */
  editOf: Map<Finding, PlannedEdit>
  /**
   * True when `jobPodAnnotations` still annotates a default template no custom one replaces (from 1.17.63): the
   * caller judges it as usual too. False below 1.17.63, where the default templates left in place are reported here.
   */
  judgeJobPodAnnotations: boolean
}

function reads(key: CustomTemplateKey, version: string): boolean {
  return inReleases(version, key.readBy)
}

interface InEffect {
  key: CustomTemplateKey
  path: ValuePath
  res: Resolution
}

/** The custom templates in effect at `version`: the winning non-empty key of each default template. */
export function templatesInEffect(
  prefix: string,
  version: string,
  layers: readonly ValueLayer[]
): Map<DefaultTemplate, InEffect> {
  const out = new Map<DefaultTemplate, InEffect>()
  for (const key of CUSTOM_TEMPLATE_KEYS) {
    if (!reads(key, version)) continue
    const path = splitSetPath(prefix + key.path).map(String)
    const res = resolve(layers, path)
    if (!res.defined || res.value === '') continue
    const held = out.get(key.replaces)
    if (!held || held.key.precedence < key.precedence) out.set(key.replaces, { key, path, res })
  }
  return out
}

/**
 * Judge TKI001 through the custom templates in effect. null: none is in effect at this version (or the version is
 * not exact), so TKI001 is judged on `jobPodAnnotations` as usual.
 */
export function judgeCustomJobTemplates(input: CustomTemplateInput): CustomTemplateJudgement | null {
  const { release, scope, layers } = input
  const version = valid(input.version)
  // Only where the API reads job templates at all: the key's releases and the releases before the key.
  if (!version || !(inReleases(version, TKI001.keyRead) || inReleases(version, TKI001.podWithoutKey)))
    return null
  const inEffect = templatesInEffect(scope.prefix, version, layers)
  if (inEffect.size === 0) return null

  const findings: Finding[] = []
  const edits: PlannedEdit[] = []
  const editOf = new Map<Finding, PlannedEdit>()
  for (const [replaces, t] of inEffect) {
    const out = judgeOne(release, layers, replaces, t)
    if (!out) continue
    findings.push(out.finding)
    if (out.edit) {
      edits.push(out.edit)
      editOf.set(out.finding, out.edit)
    }
  }

  const annotationsRead = inReleases(version, TKI001.keyRead)
  const left = (['job', 'container', 'scraper'] as const).filter(d => !inEffect.has(d))
  if (!annotationsRead) {
    for (const d of left) findings.push(defaultLeft(release, scope, d, version))
  }
  return {
    findings,
    edits,
    editOf,
    judgeJobPodAnnotations: annotationsRead && (left.length > 0 || !inEffect.has('slavePod'))
  }
}

function defaultLeft(release: Release, scope: ChartScope, d: DefaultTemplate, version: string): Finding {
  const key = BASE64_KEY[d]
  const from = firstReleaseIn('testkube', TKI001.keyRead, version)
  return {
    ruleId: 'TKI001',
    level: 'error',
    releaseId: release.id,
    path: joinSetPath(splitSetPath(scope.prefix + key)),
    expected: 'false',
    actual: null,
    file: release.file,
    line: release.line,
    fixable: false,
    requiresChartVersion: from,
    message:
      `Chart ${version} renders the default ${DEFAULT_NAMES[d]}, which has no pod annotations, and reads no ` +
      `jobPodAnnotations, so its Jobs get an Istio sidecar that never exits. ` +
      `Supply a custom template in ${scope.prefix}${key} (base64) whose spec.template.metadata.annotations sets ` +
      `${INJECT_KEY}: "false"${from ? `, or upgrade the chart to ${from} or later` : ''}.`
  }
}

function decode(key: CustomTemplateKey, value: unknown): { text: string } | { why: string } {
  if (typeof value !== 'string') return { why: 'it is not a string' }
  if (key.encoding === 'raw') return { text: value }
  const compact = value.replace(/[\r\n]/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0)
    return { why: 'it is not valid base64' }
  const bytes = Buffer.from(compact, 'base64')
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { why: 'it does not decode to UTF-8 text' }
  }
}

function encode(key: CustomTemplateKey, text: string): string {
  return key.encoding === 'raw' ? text : Buffer.from(text, 'utf8').toString('base64')
}

function judgeOne(
  release: Release,
  layers: readonly ValueLayer[],
  replaces: DefaultTemplate,
  t: InEffect
): { finding: Finding; edit?: PlannedEdit } | null {
  const display = joinSetPath(t.path)
  const layer = t.res.layerIndex !== null ? layers[t.res.layerIndex] : null
  const where = layer ? ` in ${layer.label}` : ''
  const what = `the custom ${DEFAULT_NAMES[replaces]} ${display}${where}`
  const need = `its ${KIND[replaces] === 'job' ? 'spec.template.metadata.annotations' : 'metadata.annotations'} must set ${INJECT_KEY}: "false"`
  const base = {
    releaseId: release.id,
    path: display,
    // The annotation value the template's pod template needs (the message says where).
    expected: 'false',
    actual: null,
    file: release.file,
    line: release.line,
    fixable: false
  }
  const decoded = decode(t.key, t.res.value)
  if ('why' in decoded)
    return {
      finding: {
        ...base,
        ruleId: 'TKI001',
        level: 'error',
        message: `${what} cannot be checked: ${decoded.why}; ${need}.`
      }
    }
  const verdict = judgeTemplateText(decoded.text, KIND[replaces])
  if (verdict.state === 'ok') return null
  if (verdict.state === 'templated')
    return {
      finding: {
        ...base,
        ruleId: 'TKI102',
        level: 'warning',
        message: `${what} sets its pod annotations with a Go template, so TKI001 cannot check them; ${need}.`
      }
    }
  if (verdict.state === 'unreadable')
    return {
      finding: {
        ...base,
        ruleId: 'TKI001',
        level: 'error',
        message: `${what} cannot be checked: ${verdict.why}; ${need}.`
      }
    }

  const ruleId = verdict.state === 'not-string' ? 'TKI010' : 'TKI001'
  const head =
    verdict.state === 'missing'
      ? `${what} has no ${INJECT_KEY} annotation on its pod template, so its pods get an Istio sidecar that never exits`
      : verdict.state === 'wrong'
        ? `${what} sets ${INJECT_KEY} to another string than "false" on its pod template, so its pods get an Istio sidecar`
        : `${what} sets ${INJECT_KEY} to a value that is not a string, which Kubernetes rejects`
  const planned = planEdit(release, layers, t, decoded.text, verdict.edit, replaces)
  if ('why' in planned)
    return {
      finding: {
        ...base,
        ruleId,
        level: 'error',
        message: `${head}. Fix it by hand: ${need} (${planned.why}).`
      }
    }
  return {
    finding: {
      ...base,
      ruleId,
      level: 'error',
      file: planned.edit.target.file,
      line: layer?.line ?? release.line,
      fixable: true,
      message: `${head}. Add ${INJECT_KEY}: "false" to its pod template (the tool keeps every Go template directive${t.key.encoding === 'base64' ? ' and encodes it again' : ''}).`
    },
    edit: planned.edit
  }
}

function planEdit(
  release: Release,
  layers: readonly ValueLayer[],
  t: InEffect,
  oldText: string,
  edit: { text: string } | { refused: string },
  replaces: DefaultTemplate
): { edit: PlannedEdit } | { why: string } {
  if ('refused' in edit) return { why: edit.refused }
  const index = t.res.layerIndex
  const layer = index !== null ? layers[index] : null
  if (!layer || index === null || t.res.via !== 'path') return { why: 'no layer sets the key itself' }
  if (layer.readOnlyReason)
    return { why: `${layer.label} is not edited by the tool (${layer.readOnlyReason})` }
  if (!layer.target) return { why: `the tool cannot write to ${layer.label}` }
  // Verify: keep every directive, decode the new value again and judge it again.
  if (directives(edit.text).join('\u0000') !== directives(oldText).join('\u0000'))
    return { why: 'the edit would change a Go template directive' }
  const value = encode(t.key, edit.text)
  const again = decode(t.key, value)
  if (
    'why' in again ||
    again.text !== edit.text ||
    judgeTemplateText(again.text, KIND[replaces]).state !== 'ok'
  )
    return { why: 'the edited template does not check out' }
  let path: ValuePath
  if (layer.sets) {
    if (!t.res.entry || layer.target.type !== 'set-list')
      return { why: `the tool cannot write to ${layer.label}` }
    path = t.res.entry.path
  } else {
    if (layer.target.type === 'set-list') return { why: `the tool cannot write to ${layer.label}` }
    path = t.path
  }
  const from = t.res.value as string
  const planned: PlannedEdit = {
    target: layer.target,
    path,
    op: 'replace-string',
    value,
    from,
    ruleId: 'TKI001',
    releaseId: release.id
  }
  if (layer.sets) planned.forceString = true
  return { edit: planned }
}
