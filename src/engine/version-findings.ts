/**
 * The findings that depend on the installed chart version rather than on one key: a check that needs another
 * change, a note for a check only older releases need (unknown version), and the modes of the global Test Workflow
 * template (TKI006). Pure: the version facts come from rules/windows.ts.
 */
import { isMap, parse as parseYaml, parseDocument, Scalar } from 'yaml'
import type { ChartScope, Finding, PlannedEdit, Release } from '../model.js'
import { resolveKey } from './rule-keys.js'
import { getRule, type Requirement, type Rule } from '../rules/catalogue.js'
import {
  applicability,
  describeApplicable,
  segmentsOf,
  firstReleaseIn,
  inReleases,
  type Applicability,
  type ValueOf
} from '../rules/applicability.js'
import { GLOBAL_TEMPLATE_MODES } from '../rules/windows.js'
import { isPlainObject, joinSetPath, splitSetPath } from '../values/setpath.js'
import { isTemplatedValue } from '../yaml/file.js'

type NeedsChange = Extract<Applicability, { kind: 'needs-change' }>

/** The pod exists at the installed version and no values key annotates it: an error no fix can resolve. */
export function needsChangeFinding(
  release: Release,
  rule: Rule,
  version: string,
  at: NeedsChange,
  path: string,
  expected: unknown
): Finding {
  return {
    ruleId: rule.code,
    level: 'error',
    releaseId: release.id,
    path,
    expected,
    actual: null,
    file: release.file,
    line: release.line,
    fixable: false,
    requiresChartVersion: at.requiresChartVersion,
    message:
      `${capitalise(at.why)}, so ${rule.consequence}. No values key fixes this at chart ${version} ` +
      `(the tool writes none): ${at.waysOut.join('; or ')}.`
  }
}

/** The newest release in the check's window where the values leave its pod on, with the keys read there. */
export function newestApplicableRelease(
  rule: Rule,
  valueOf: ValueOf
): { version: string; requirements: readonly Requirement[] } | null {
  const segments = segmentsOf(rule)
  for (let i = segments.length - 1; i >= 0; i--) {
    const at = applicability(rule, segments[i].last, valueOf)
    if (at.kind === 'keys') return { version: segments[i].last, requirements: at.requirements }
  }
  return null
}

/** A finding of a check only older releases need, for a release whose version is unknown: a note, never fixed. */
export function asOlderReleaseNote(
  finding: Finding,
  rule: Rule,
  judgedAs: string,
  declaredAt: { file: string; line: number },
  valueOf: ValueOf
): Finding {
  const releases = describeApplicable(rule, valueOf)
  return {
    ...finding,
    level: 'note',
    fixable: false,
    file: declaredAt.file,
    line: declaredAt.line,
    message:
      `Only chart releases ${releases} need ${rule.code}, and the installed version is not known ` +
      `(judged as ${judgedAs}, which does not need it); pin the version to decide. At those releases: ${finding.message}`
  }
}

const P = 'global.testWorkflows.globalTemplate.'
const INJECT = 'sidecar.istio.io/inject'

export interface GlobalTemplateMode {
  finding?: Finding
  /** No key of the check can be judged further (the template lives elsewhere, or there is none). */
  stop: boolean
  /** Requirement paths judged here (inside a `spec` string): the caller does not judge them again. */
  handled: Set<string>
  /** Advice for the check's messages at this version (agents connected to a Control Plane). */
  inlineHint?: string
  /** The edit that fixes `finding` (a `spec` string rewritten with the annotation). */
  edit?: PlannedEdit
}

/**
 * TKI006 by release (rules.md, "TKI006 modes"): `external: true` (the chart creates no template: TKI102), the
 * `inline` releases whose bundled API ignores the inline template (error, not fixable), and `spec` as a YAML
 * string (judged inside the string).
 */
export function globalTemplateMode(
  release: Release,
  scope: ChartScope,
  version: string,
  valueOf: ValueOf
): GlobalTemplateMode {
  const handled = new Set<string>()
  const base = {
    releaseId: release.id,
    actual: null,
    file: release.file,
    line: release.line,
    fixable: false
  }
  const where = (key: string): string => joinSetPath(splitSetPath(scope.prefix + P + key))
  const inline = inReleases(version, GLOBAL_TEMPLATE_MODES.inline) && valueOf(`${P}inline`) === true
  if (inReleases(version, GLOBAL_TEMPLATE_MODES.external) && valueOf(`${P}external`) === true && !inline) {
    const tki102 = getRule('TKI102')
    return {
      stop: true,
      handled,
      finding: {
        ...base,
        ruleId: 'TKI102',
        level: tki102.level,
        path: where('external'),
        expected: null,
        message:
          `${where('external')} is true, so the chart creates no global Test Workflow template and the one in use ` +
          `is defined elsewhere; TKI006 cannot check it here. Make sure it sets pod.annotations.${INJECT}: "false".`
      }
    }
  }
  if (inline && inReleases(version, GLOBAL_TEMPLATE_MODES.inlineIgnored)) {
    const next = firstReleaseIn(scope.chart, GLOBAL_TEMPLATE_MODES.inlineRead, version)
    return {
      stop: true,
      handled,
      finding: {
        ...base,
        ruleId: 'TKI006',
        level: 'error',
        path: where('inline'),
        expected: null,
        requiresChartVersion: next,
        message:
          `${where('inline')} is true, but the API bundled with chart ${version} does not read the inline ` +
          `template, so there is no global template and Test Workflow pods get an Istio sidecar that never exits. ` +
          `Drop inline: true (the chart then creates the template resource)${next ? `, or upgrade the chart to ${next} or later` : ''}.`
      }
    }
  }
  const spec = valueOf(`${P}spec`)
  if (typeof spec === 'string' && inReleases(version, GLOBAL_TEMPLATE_MODES.specString)) {
    // The annotation inside `spec` is judged here; the catalogue's requirement for it is not judged again.
    for (const r of getRule('TKI006').requirements) if (r.path.startsWith(`${P}spec.`)) handled.add(r.path)
    const finding = specStringFinding(spec, where('spec'), base)
    const fix = finding && finding.ruleId !== 'TKI102' ? specStringFix(release, scope, spec) : null
    if (finding && fix && 'edit' in fix) {
      const fixed: Finding = {
        ...finding,
        file: fix.edit.target.file,
        line: fix.line,
        fixable: true,
        message: finding.message.replace(
          / Set pod\.annotations\..* inside the string \(the tool does not rewrite YAML held in a string\)\./,
          ` Set pod.annotations.${INJECT}: "false" inside the string (the tool rewrites it there and keeps the rest of the string).`
        )
      }
      return { stop: false, handled, finding: fixed, edit: fix.edit, ...hintAt(version, inline, where) }
    }
    return { stop: false, handled, ...(finding ? { finding } : {}), ...hintAt(version, inline, where) }
  }
  return { stop: false, handled, ...hintAt(version, inline, where) }
}

/** rules.md: agents connected to a Control Plane (Testkube 2.7+) should use an inline template where it works. */
function hintAt(version: string, inline: boolean, where: (key: string) => string): { inlineHint?: string } {
  if (inline || !inReleases(version, GLOBAL_TEMPLATE_MODES.inlineRead)) return {}
  return {
    inlineHint: `For an agent connected to a Control Plane (Testkube 2.7+), also set ${where('inline')}: true, so the template is not looked up there.`
  }
}

function specStringFinding(
  spec: string,
  path: string,
  base: Omit<Finding, 'ruleId' | 'level' | 'path' | 'expected' | 'message'>
): Finding | null {
  if (isTemplatedValue(spec))
    return {
      ...base,
      ruleId: 'TKI102',
      level: 'warning',
      path,
      expected: 'false',
      message: `${path} is a templated YAML string, so TKI006 cannot check it. Make sure its pod.annotations set ${INJECT}: "false".`
    }
  let tree: unknown
  try {
    tree = parseYaml(spec, { prettyErrors: false })
  } catch {
    tree = undefined
  }
  if (tree !== null && tree !== undefined && !isPlainObject(tree))
    return {
      ...base,
      ruleId: 'TKI006',
      level: 'error',
      path,
      expected: 'false',
      message: `${path} is a string that is not a YAML map, so the global template is not usable. Write it as a map with pod.annotations.${INJECT}: "false".`
    }
  const pod = isPlainObject(tree) && isPlainObject(tree.pod) ? tree.pod : {}
  const annotations = isPlainObject(pod.annotations) ? pod.annotations : {}
  const value = annotations[INJECT]
  if (value === 'false' || annotations['sidecar.istio.io/nativeSidecar'] === 'true') return null
  const notString = value !== undefined && value !== null && typeof value !== 'string'
  return {
    ...base,
    ruleId: notString ? 'TKI010' : 'TKI006',
    level: 'error',
    path,
    expected: 'false',
    message:
      `${path} is a YAML string whose pod.annotations ${value === undefined || value === null ? `do not set ${INJECT}` : notString ? `set ${INJECT} to a value that is not a string` : `set ${INJECT} to another string than "false"`}, ` +
      `so Test Workflow execution pods get an Istio sidecar that never exits. Set pod.annotations.${INJECT}: "false" inside the string (the tool does not rewrite YAML held in a string).`
  }
}

/**
 * The `spec` string with `pod.annotations."sidecar.istio.io/inject": "false"`, written back into the layer that sets
 * it (replace-string keeps the scalar's style). Verified by reading the new string again; refused when the string
 * is not plain YAML or the winning layer is not one the tool writes.
 */
function specStringFix(
  release: Release,
  scope: ChartScope,
  spec: string
): { edit: PlannedEdit; line: number } | { why: string } {
  const { path, res } = resolveKey(release.layers, scope.prefix, `${P}spec`)
  const layer = res.layerIndex !== null ? release.layers[res.layerIndex] : null
  if (!layer || res.via !== 'path' || layer.readOnlyReason || layer.sets || !layer.target)
    return { why: 'the layer that sets the string is not one the tool writes' }
  if (layer.target.type === 'set-list') return { why: 'the string is set by a --set parameter' }
  const doc = parseDocument(spec, { prettyErrors: false })
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents)))
    return { why: 'the string is not a YAML map' }
  const value = new Scalar('false')
  value.type = Scalar.QUOTE_DOUBLE
  doc.setIn(['pod', 'annotations', INJECT], value)
  const text = String(doc)
  const again: unknown = parseYaml(text)
  const pod = isPlainObject(again) && isPlainObject(again.pod) ? again.pod : {}
  if (!isPlainObject(pod.annotations) || pod.annotations[INJECT] !== 'false')
    return { why: 'the rewritten string does not check out' }
  const edit: PlannedEdit = {
    target: layer.target,
    path,
    op: 'replace-string',
    value: text,
    from: spec,
    ruleId: 'TKI006',
    releaseId: release.id
  }
  return { edit, line: layer.line ?? release.line }
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s
}
