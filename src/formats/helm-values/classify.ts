/**
 * Which Testkube chart a plain values tree is for, judged by its top-level keys only. The test is conservative:
 * each chart is recognised by keys that only that chart has (its first-party subcharts, its hook blocks), never
 * by a lone generic key (`image`, `mongodb`, `nats`, `dex`, `global`), so an unrelated chart's values file is not
 * taken for a Testkube release.
 */
import type { ChartName } from '../../model.js'
import { isPlainObject } from '../../values/setpath.js'

export interface Classification {
  chart: ChartName
  /** `--set` prefix of the chart inside the tree: '' at the top, `testkube.` when nested under a parent key. */
  prefix: string
  /** The top-level keys that identified the chart (the first of them in the file gives the release's line). */
  markers: string[]
}

/** Subcharts and blocks of `testkube-enterprise` (kubeshop/testkube-cloud-charts). */
const ENTERPRISE_KEYS = [
  'testkube-cloud-api',
  'testkube-worker-service',
  'testkube-cloud-ui',
  'testkube-ai-service',
  'testkube-agent'
]
/** Subcharts and hook blocks of `testkube` (kubeshop/helm-charts, kubeshop/testkube k8s/helm/testkube). */
const TESTKUBE_KEYS = [
  'testkube-api',
  'testkube-operator',
  'testkube-dashboard',
  'testkube-logs',
  'preUpgradeHook',
  'preUpgradeHookNATS'
]
/** `testkube-runner` keys that may come with `globalTemplate` (k8s/helm/testkube-runner/values.yaml). */
const RUNNER_COMPANIONS = [
  'runner',
  'cloud',
  'pod',
  'execution',
  'listener',
  'imageInspectionCache',
  'gitops'
]
/** Keys of the runner's `runner:` block that no other chart's `runner:` has together. */
const RUNNER_IDENTITY = ['id', 'orgId', 'envId', 'secret', 'secretRef', 'register']
/** Parent keys under which a Testkube chart's values are nested in an umbrella chart's values. */
const PARENT_KEYS: readonly string[] = ['testkube', 'testkube-enterprise', 'testkube-runner']

/** Map-valued, or null (a key whose content is all commented out). */
function isBlock(tree: Record<string, unknown>, key: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(tree, key)) return false
  const v = tree[key]
  return v === null || isPlainObject(v)
}

/** The chart a values tree belongs to at its top, with the keys that say so. */
export function classifyTop(tree: Record<string, unknown>): { chart: ChartName; markers: string[] } | null {
  const enterprise = ENTERPRISE_KEYS.filter(k => isBlock(tree, k))
  // `testkube-agent` alone could be a user's umbrella alias; it counts when it holds Testkube agent keys.
  const agentOnly = enterprise.length === 1 && enterprise[0] === 'testkube-agent'
  if (enterprise.length > 0 && (!agentOnly || isAgentBlock(tree['testkube-agent']))) {
    return { chart: 'testkube-enterprise', markers: enterprise }
  }
  const testkube = TESTKUBE_KEYS.filter(k => isBlock(tree, k))
  const global = tree.global
  if (isPlainObject(global) && isPlainObject(global.testWorkflows)) testkube.push('global')
  if (testkube.length > 0) return { chart: 'testkube', markers: testkube }

  const runner = runnerMarkers(tree)
  if (runner) return { chart: 'testkube-runner', markers: runner }
  return null
}

function isAgentBlock(v: unknown): boolean {
  if (!isPlainObject(v)) return false
  return 'enabled' in v || TESTKUBE_KEYS.some(k => k in v) || 'mongodb' in v || 'nats' in v
}

function runnerMarkers(tree: Record<string, unknown>): string[] | null {
  const runner = tree.runner
  const identity = isPlainObject(runner) ? RUNNER_IDENTITY.filter(k => k in runner) : []
  if (isPlainObject(tree.globalTemplate)) {
    const companions = RUNNER_COMPANIONS.filter(k => isPlainObject(tree[k]))
    if (companions.length > 0) return ['globalTemplate', ...companions]
  }
  // A runner's registration block: two of its identity keys together are specific enough.
  if (identity.length >= 2) return ['runner']
  return null
}

/**
 * The chart of a values file: at its top, or nested one level under a parent key named like the chart
 * (`testkube:` in an umbrella chart's values or its environment overlay).
 */
export function classifyValues(tree: Record<string, unknown>): Classification | null {
  const top = classifyTop(tree)
  if (top) return { ...top, prefix: '' }
  for (const key of PARENT_KEYS) {
    const nested = tree[key]
    if (!isPlainObject(nested)) continue
    const inner = classifyTop(nested)
    if (inner) return { chart: inner.chart, prefix: `${key}.`, markers: [key] }
  }
  return null
}
