/**
 * The rule catalogue, as data. Everything the tool says about a rule (finding messages, SARIF rule metadata,
 * `docs/rules/TKInnn.md`) is built from this one table; nothing about a rule is spelled anywhere else.
 *
 * Source: Testkube's "Using Istio" guide (shared/seed/using-istio.txt), checked against the chart sources.
 * The contract is shared/reference/rules.md.
 *
 * Codes are stable. `TKI0xx` are checks, `TKI1xx` notes about the environment, `TKI9xx` the tool's own problems.
 * Never renumber a rule and never reuse a code: when a rule is retired, delete its entry below, add its code to
 * RETIRED_CODES with the date and reason, and keep its docs page (marked retired) so old SARIF links still work.
 */
import type { ChartName, Level } from '../model.js'

export type RuleCode =
  | 'TKI001'
  | 'TKI002'
  | 'TKI003'
  | 'TKI004'
  | 'TKI005'
  | 'TKI006'
  | 'TKI007'
  | 'TKI008'
  | 'TKI009'
  | 'TKI010'
  | 'TKI100'
  | 'TKI101'
  | 'TKI102'
  | 'TKI900'

/**
 * What a value must be.
 * - `string-equals`: a Kubernetes annotation; must be exactly this string (a bool `false` is TKI010).
 * - `bool-equals`: a chart flag; must be this YAML boolean.
 * - `proxy-config-hold`: a `proxy.istio.io/config` annotation; a string whose JSON or YAML content holds
 *   `holdApplicationUntilProxyStarts: true`.
 * - `true-or-set`: a flag that must be `true` unless the sibling value `orSet` is a non-empty string
 *   (`globalTemplate.inline: true`, or a `globalTemplate.name`).
 */
export type Predicate =
  | { kind: 'string-equals'; value: string }
  | { kind: 'bool-equals'; value: boolean }
  | { kind: 'proxy-config-hold' }
  | { kind: 'true-or-set'; orSet: string }

export interface Requirement {
  /** Helm `--set` syntax, relative to the chart's values prefix P. */
  path: string
  predicate: Predicate
  /**
   * The value is a pod annotation: it must be a string (else TKI010), and the map holding it may instead carry
   * `sidecar.istio.io/nativeSidecar: "true"`, which satisfies it.
   */
  annotation: boolean
}

/** A flag that changes when a rule applies: false → never, true → any chart version, unset → `versions`. */
export interface RuleGate {
  /** `--set` path relative to P. */
  path: string
  /** Why the flag matters, for docs. */
  reason: string
}

export type RuleCategory = 'check' | 'environment' | 'tool'

export interface Rule {
  code: RuleCode
  /** PascalCase, stable (SARIF `name`). */
  name: string
  category: RuleCategory
  /** The chart the rule judges; null when it is not tied to one chart. */
  chart: ChartName | null
  /** semver range of chart versions it applies to; null = every version. */
  versions: string | null
  level: Level
  /** One line (SARIF shortDescription, docs title). */
  title: string
  /** Why it matters (SARIF fullDescription, docs "Why"). */
  description: string
  /** What goes wrong when the rule fails, used inside finding messages ("…, so <consequence>."). */
  consequence: string
  /** How to fix it by hand (SARIF help, docs "How to fix"). */
  remediation: string
  /** What testkube-istio-guard does about it (docs "What the tool does"). */
  toolAction: string
  /** The heading of the "Using Istio" guide section the rule comes from. */
  guideSection: string | null
  /** Chart facts behind the version range, for docs ("Why"). */
  chartFacts: readonly string[]
  requirements: readonly Requirement[]
  gate?: RuleGate
  /** A wrong and a right YAML example, for rules without requirements of their own. */
  example?: { wrong: string; right: string }
}

/** Codes that were used once and are retired; never reuse them. Empty so far. */
export const RETIRED_CODES: readonly { code: string; retired: string; reason: string }[] = []

export const DOCS_BASE_URL =
  'https://github.com/testkube-istio-guard/testkube-istio-guard/blob/main/docs/rules'

/** The page documenting a rule: `<DOCS_BASE_URL>/TKI001.md`. */
export function ruleDocUrl(code: string): string {
  return `${DOCS_BASE_URL}/${code}.md`
}

const INJECT = 'sidecar\\.istio\\.io/inject'
const PROXY_CONFIG = 'proxy\\.istio\\.io/config'
const INJECT_FALSE: Predicate = { kind: 'string-equals', value: 'false' }

/** The key that turns native sidecars on for one pod (Istio 1.24+); it satisfies an annotation requirement. */
export const NATIVE_SIDECAR_ANNOTATION = 'sidecar.istio.io/nativeSidecar'
/** The setting TKI007/TKI008 need inside the proxy config string. */
export const HOLD_SETTING = 'holdApplicationUntilProxyStarts'

const FIX_INJECT =
  'The tool writes `"false"` as a quoted string into the values layer that wins for this key (or, when no ' +
  "layer sets it, into the release's main values block), and checks that no `--set` parameter or Flux " +
  '`targetPath` of higher precedence would override it; when one would, the finding is reported as not fixable.'

const FIX_FLAGS =
  'The tool writes each missing or wrong key into the values layer that wins for it (or, when no layer sets ' +
  "it, into the release's main values block): annotation values as quoted strings, flags as YAML booleans. It " +
  'reports one finding per key, and a key whose fix a higher-precedence `--set` or `targetPath` would override ' +
  'as not fixable.'

const FIX_HOLD =
  'The tool parses the existing proxy config string (JSON or YAML), keeps every other setting, adds ' +
  '`holdApplicationUntilProxyStarts: true` and writes the result back as a one-line JSON string into the ' +
  'layer that wins (or adds the annotation when no layer sets it). A value set through a `--set` parameter is ' +
  "not rewritten (Helm's `--set` parser reads `{…}` as a list); move it into a values block."

const NATIVE_SIDECARS_NOTE =
  'Not needed when Istio runs with native sidecars (TKI100), or when the annotations map also sets ' +
  '`sidecar.istio.io/nativeSidecar: "true"`.'

export const RULES: readonly Rule[] = [
  {
    code: 'TKI001',
    name: 'ExecutorJobsInjected',
    category: 'check',
    chart: 'testkube',
    versions: '<2.5.0',
    level: 'error',
    title: 'Test executor Job pods must not get an Istio sidecar',
    description:
      'Tests run by prebuilt and container executors are Kubernetes Jobs. A classic Istio sidecar never ' +
      'exits on its own, so the Job never completes, and the test hangs until it times out. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'test executor Job pods get an Istio sidecar that never exits and the Jobs never complete',
    remediation:
      'Set `testkube-api.jobPodAnnotations."sidecar.istio.io/inject"` to the string `"false"` in the values ' +
      'of the `testkube` chart, or upgrade the chart to 2.5.0 or later (legacy executors are gone there).',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Test Executions of Prebuilt/Container Executors',
    chartFacts: [
      '`jobPodAnnotations` is rendered into the Job templates the legacy executors use (ConfigMap `testkube-api-server`).',
      'The legacy executors were removed before chart 2.5.0 (kubeshop/testkube f81dea7e, first release 2.5.0-rc.0): the key exists but has no effect from 2.5.0, so the rule applies below 2.5.0 (a 2.5.0 release candidate counts as below 2.5.0).'
    ],
    requirements: [
      { path: `testkube-api.jobPodAnnotations.${INJECT}`, predicate: INJECT_FALSE, annotation: true }
    ]
  },
  {
    code: 'TKI002',
    name: 'MongoUpgradeHookInjected',
    category: 'check',
    chart: 'testkube',
    versions: '<=2.1.60',
    level: 'error',
    title: 'The MongoDB pre-upgrade hook pod must not get an Istio sidecar',
    description:
      'The `mongodb-upgrade` pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, so ' +
      'Helm waits on the hook and the upgrade hangs or times out. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'the MongoDB pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
    remediation:
      'Set `preUpgradeHook.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, or upgrade the ' +
      'chart past 2.1.60, where the hook no longer exists.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Agent Hooks',
    chartFacts: [
      '`preUpgradeHook.podAnnotations` was added in chart 1.14.5 and the hook was removed after 2.1.60 (kubeshop/helm-charts fe9fc4f5): from 2.1.61 the key is dead.'
    ],
    requirements: [
      { path: `preUpgradeHook.podAnnotations.${INJECT}`, predicate: INJECT_FALSE, annotation: true }
    ]
  },
  {
    code: 'TKI003',
    name: 'NatsUpgradeHookInjected',
    category: 'check',
    chart: 'testkube',
    versions: '<=2.1.60',
    level: 'error',
    title: 'The NATS pre-upgrade hook pod must not get an Istio sidecar',
    description:
      'The `nats-upgrade` pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, so ' +
      'Helm waits on the hook and the upgrade hangs or times out. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'the NATS pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
    remediation:
      'Set `preUpgradeHookNATS.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, or upgrade ' +
      'the chart past 2.1.60, where the hook no longer exists.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Agent Hooks',
    chartFacts: [
      'The NATS upgrade hook was added in chart 1.16.33 and removed after 2.1.60 (kubeshop/helm-charts 94b17953): from 2.1.61 the key is dead.'
    ],
    requirements: [
      { path: `preUpgradeHookNATS.podAnnotations.${INJECT}`, predicate: INJECT_FALSE, annotation: true }
    ]
  },
  {
    code: 'TKI004',
    name: 'OperatorUpgradeHookInjected',
    category: 'check',
    chart: 'testkube',
    versions: '<=2.1.60',
    level: 'error',
    title: 'The operator pre-upgrade hook pod must not get an Istio sidecar',
    description:
      'The operator pre-install/pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, ' +
      'so installs and upgrades hang. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'the operator pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
    remediation:
      'Set `testkube-operator.preUpgrade.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, ' +
      'or upgrade the chart past 2.1.60, where the hook no longer exists.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Operator Hooks',
    chartFacts: [
      'The operator pre-upgrade hook was removed in operator chart 2.1.21 (kubeshop/helm-charts 5c2b0ba6); `testkube` 2.1.61 and later no longer ship it, so the key is dead there.'
    ],
    requirements: [
      {
        path: `testkube-operator.preUpgrade.podAnnotations.${INJECT}`,
        predicate: INJECT_FALSE,
        annotation: true
      }
    ]
  },
  {
    code: 'TKI005',
    name: 'OperatorWebhookJobsInjected',
    category: 'check',
    chart: 'testkube',
    versions: '<=2.1.238',
    level: 'error',
    title: "The operator's webhook certificate Job pods must not get an Istio sidecar",
    description:
      'The `webhook-cert-create` and `webhook-cert-patch` hooks are Jobs. With a classic Istio sidecar they ' +
      'never complete, so installs and upgrades hang. ' +
      NATIVE_SIDECARS_NOTE,
    consequence:
      "the operator's webhook certificate Jobs get an Istio sidecar that never exits and installs hang",
    remediation:
      'Set `testkube-operator.webhook.patch.podAnnotations."sidecar.istio.io/inject"` to the string ' +
      '`"false"`, or leave the (deprecated) operator disabled with `testkube-operator.enabled: false`.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Operator Hooks',
    chartFacts: [
      'From chart 2.1.239 the umbrella default is `testkube-operator.enabled: false`, and the webhook Jobs render only when the operator is enabled (kubeshop/helm-charts 5f88936e).',
      'So the rule applies up to 2.1.238 unless the operator is disabled explicitly, and to any version where `testkube-operator.enabled` is true.'
    ],
    requirements: [
      {
        path: `testkube-operator.webhook.patch.podAnnotations.${INJECT}`,
        predicate: INJECT_FALSE,
        annotation: true
      }
    ],
    gate: {
      path: 'testkube-operator.enabled',
      reason:
        'false: the webhook Jobs are not rendered, the rule does not apply; true: it applies to any chart version; unset: the chart default decides, so the version range applies'
    }
  },
  {
    code: 'TKI006',
    name: 'TestWorkflowPodsInjected',
    category: 'check',
    chart: 'testkube',
    versions: '>=1.17.22',
    level: 'error',
    title: 'Test Workflow pods must not get an Istio sidecar (global template)',
    description:
      'Every Test Workflow execution runs in a pod that must finish. A global Test Workflow template that ' +
      'annotates those pods with `sidecar.istio.io/inject: "false"` keeps the classic sidecar out; without ' +
      'it executions never complete. ' +
      NATIVE_SIDECARS_NOTE,
    consequence:
      'Test Workflow execution pods get an Istio sidecar that never exits and executions never complete',
    remediation:
      'Enable the global template with `global.testWorkflows.globalTemplate.enabled: true` and set ' +
      '`global.testWorkflows.globalTemplate.spec.pod.annotations."sidecar.istio.io/inject"` to the string ' +
      '`"false"`. For agents connected to a Control Plane (Testkube 2.7+), also set ' +
      '`global.testWorkflows.globalTemplate.inline: true` (chart 2.1.133+), so the template is not looked up ' +
      'in the Control Plane.',
    toolAction: FIX_FLAGS,
    guideSection: 'Define a Global Test Workflows Template',
    chartFacts: [
      '`global.testWorkflows.globalTemplate` exists from chart 1.17.22 (kubeshop/helm-charts 03715901).',
      'The chart default is `enabled: false`; `spec.pod.annotations` become the annotations of every execution pod.',
      'Under `testkube-enterprise` the agent is the `testkube-agent` dependency, and an umbrella chart’s top-level `global` wins over the dependency’s own `global` (Helm coalesces globals parent first).'
    ],
    requirements: [
      {
        path: 'global.testWorkflows.globalTemplate.enabled',
        predicate: { kind: 'bool-equals', value: true },
        annotation: false
      },
      {
        path: `global.testWorkflows.globalTemplate.spec.pod.annotations.${INJECT}`,
        predicate: INJECT_FALSE,
        annotation: true
      }
    ]
  },
  {
    code: 'TKI007',
    name: 'CloudApiNotHeldForProxy',
    category: 'check',
    chart: 'testkube-enterprise',
    versions: null,
    level: 'error',
    title: 'The Control Plane API must wait for the Istio proxy',
    description:
      'Without `holdApplicationUntilProxyStarts`, the API container can start before its Istio proxy is ' +
      'ready; its first connections fail and the API pods fail on restart. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'the Control Plane API can start before its Istio proxy is ready and fail on restart',
    remediation:
      'Set `testkube-cloud-api.podAnnotations."proxy.istio.io/config"` to a string holding ' +
      '`{"holdApplicationUntilProxyStarts": true}`, keeping any other proxy settings in it, or enable ' +
      '`holdApplicationUntilProxyStarts` mesh-wide.',
    toolAction: FIX_HOLD,
    guideSection: "Hold the API Server Until Istio's Proxy Is Ready",
    chartFacts: [
      '`testkube-cloud-api.podAnnotations` goes, through `toYaml` and unquoted, into the API Deployment and the database migrations Job.',
      'The annotation must stay a string: a YAML map under `proxy.istio.io/config` is rejected by Kubernetes.'
    ],
    requirements: [
      {
        path: `testkube-cloud-api.podAnnotations.${PROXY_CONFIG}`,
        predicate: { kind: 'proxy-config-hold' },
        annotation: true
      }
    ]
  },
  {
    code: 'TKI008',
    name: 'WorkerServiceNotHeldForProxy',
    category: 'check',
    chart: 'testkube-enterprise',
    versions: null,
    level: 'error',
    title: 'The worker service must wait for the Istio proxy',
    description:
      'Without `holdApplicationUntilProxyStarts`, the worker service can start before its Istio proxy is ' +
      'ready; its first connections fail and the pods fail on restart. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'the worker service can start before its Istio proxy is ready and fail on restart',
    remediation:
      'Set `testkube-worker-service.podAnnotations."proxy.istio.io/config"` to a string holding ' +
      '`{"holdApplicationUntilProxyStarts": true}`, keeping any other proxy settings in it, or enable ' +
      '`holdApplicationUntilProxyStarts` mesh-wide.',
    toolAction: FIX_HOLD,
    guideSection: "Hold the Worker Service Until Istio's Proxy Is Ready",
    chartFacts: [
      '`testkube-worker-service.podAnnotations` goes, through `toYaml` and unquoted, into the worker service Deployment.',
      'The annotation must stay a string: a YAML map under `proxy.istio.io/config` is rejected by Kubernetes.'
    ],
    requirements: [
      {
        path: `testkube-worker-service.podAnnotations.${PROXY_CONFIG}`,
        predicate: { kind: 'proxy-config-hold' },
        annotation: true
      }
    ]
  },
  {
    code: 'TKI009',
    name: 'RunnerWorkflowPodsInjected',
    category: 'check',
    chart: 'testkube-runner',
    versions: null,
    level: 'error',
    title: 'Test Workflow pods of a runner agent must not get an Istio sidecar (global template)',
    description:
      'The `testkube-runner` agent runs Test Workflow executions in pods that must finish. Its global ' +
      'template must be enabled, given inline (or by name), and annotate the pods with ' +
      '`sidecar.istio.io/inject: "false"`. The chart refuses to render `enabled: true` with neither `inline` ' +
      'nor `name`. ' +
      NATIVE_SIDECARS_NOTE,
    consequence:
      "the runner's Test Workflow execution pods get an Istio sidecar that never exits and executions never complete",
    remediation:
      'Set `globalTemplate.enabled: true`, `globalTemplate.inline: true` and ' +
      '`globalTemplate.spec.pod.annotations."sidecar.istio.io/inject"` to the string `"false"`.',
    toolAction: FIX_FLAGS,
    guideSection: 'Define a Global Test Workflows Template',
    chartFacts: [
      'The current guide targets `testkube-runner` with `globalTemplate.inline: true` (kubeshop/testkube-docs 6857ef53).',
      'A template referenced by `name` instead is looked up in the Control Plane for connected agents; it still satisfies the rule.'
    ],
    requirements: [
      {
        path: 'globalTemplate.enabled',
        predicate: { kind: 'bool-equals', value: true },
        annotation: false
      },
      {
        path: 'globalTemplate.inline',
        predicate: { kind: 'true-or-set', orSet: 'globalTemplate.name' },
        annotation: false
      },
      { path: `globalTemplate.spec.pod.annotations.${INJECT}`, predicate: INJECT_FALSE, annotation: true }
    ]
  },
  {
    code: 'TKI010',
    name: 'AnnotationNotString',
    category: 'check',
    chart: null,
    versions: null,
    level: 'error',
    title: 'An annotation value the rules check must be a string',
    description:
      'Kubernetes annotation values are strings, and no Testkube template quotes them. A YAML boolean ' +
      '(`false`, and in YAML 1.1, which Helm reads, also `no` and `off`), a number or a map makes Kubernetes ' +
      'reject the Deployment or Job ("cannot unmarshal bool into Go struct field ObjectMeta… of type string"). ' +
      'In an inline global Test Workflow template the agent silently drops the whole template instead. It ' +
      'applies wherever the rule the value belongs to applies, and replaces that rule’s finding.',
    consequence:
      'Kubernetes rejects a non-string annotation value, and the agent silently drops an inline global template holding one',
    remediation:
      'Quote the value: `sidecar.istio.io/inject: "false"`; write `proxy.istio.io/config` as a one-line ' +
      'JSON string. In `--set` form use `--set-string`, Argo CD `forceString: true` or helmfile `setString`.',
    toolAction:
      'The tool rewrites the value as a quoted string (a `proxy.istio.io/config` map becomes one-line JSON, with ' +
      '`holdApplicationUntilProxyStarts: true` added), and sets `forceString: true` on an Argo CD parameter.',
    guideSection: 'Configurations for Istio Installations Without Native Sidecars',
    chartFacts: [
      'Helm renders these annotations with `toYaml`, which keeps a boolean unquoted; `--set` turns `false` into a boolean too.'
    ],
    requirements: [],
    example: {
      wrong: 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: false\n',
      right: 'testkube-api:\n  jobPodAnnotations:\n    sidecar.istio.io/inject: "false"\n'
    }
  },
  {
    code: 'TKI100',
    name: 'NativeSidecarsOn',
    category: 'environment',
    chart: null,
    versions: null,
    level: 'note',
    title: 'Istio native sidecars are on: the sidecar rules are not needed',
    description:
      'With native sidecars (Kubernetes 1.28+ with the SidecarContainers feature, Istio 1.19+ with ' +
      '`ENABLE_NATIVE_SIDECARS`, or per pod with `sidecar.istio.io/nativeSidecar: "true"`), the proxy starts ' +
      'before and exits after the workload, so Jobs complete and the hold setting is moot. Testkube has been ' +
      'verified with native sidecars.',
    consequence: 'the Istio rules are not needed for this release',
    remediation: 'Nothing to do. Keep native sidecars on; the guide recommends them.',
    toolAction:
      'The tool reports this once per release, with the evidence it found (an IstioOperator or istiod values ' +
      'file, the `native-sidecars` setting, or pod annotations), and skips the rules for that release.',
    guideSection: 'Using Istio',
    chartFacts: [],
    requirements: []
  },
  {
    code: 'TKI101',
    name: 'AmbientMode',
    category: 'environment',
    chart: null,
    versions: null,
    level: 'note',
    title: "The release's namespace runs in Istio ambient mode",
    description:
      'In ambient mode (`istio.io/dataplane-mode: ambient`) no sidecar is injected, so the sidecar rules do ' +
      'not apply. Testkube calls this combination unverified.',
    consequence: 'no sidecar is injected and Testkube has not verified this combination',
    remediation:
      'Nothing to fix in the values. Test the installation in ambient mode, or use native sidecars, which ' +
      'Testkube has verified.',
    toolAction: 'The tool reports this once per release instead of the sidecar rules.',
    guideSection: 'Compatibility with Istio',
    chartFacts: [],
    requirements: []
  },
  {
    code: 'TKI102',
    name: 'ValueNotCheckable',
    category: 'environment',
    chart: null,
    versions: null,
    level: 'warning',
    title: 'A value a rule needs cannot be checked or fixed',
    description:
      'The value is templated (`{{ }}`, `${ }`), or comes from a place the tool cannot read or must not ' +
      'write: a Secret, a file outside the repository, a remote chart’s own values. The tool checks what it ' +
      'can and never patches such a place.',
    consequence: 'the tool cannot tell whether the rule holds',
    remediation:
      'Check by hand that the value renders as the rule needs, or move it to a values block in the repository.',
    toolAction:
      'The tool reports a warning that names the rule, the key and where it comes from; it never writes there.',
    guideSection: null,
    chartFacts: [],
    requirements: []
  },
  {
    code: 'TKI900',
    name: 'FileNotReadable',
    category: 'tool',
    chart: null,
    versions: null,
    level: 'warning',
    title: 'A file could not be read or parsed',
    description:
      'A file that may declare a Testkube release or its values could not be read or parsed. The run goes ' +
      'on without it, so releases or values in it are not checked. It is an error when the file mentions ' +
      'Testkube or feeds a release’s values (it fails the run at the default `--fail-on error`), and a ' +
      'warning for any other file.',
    consequence: 'releases and values in the file are not checked',
    remediation: 'Fix the file (the message gives the reason and the line), or exclude it from the scan.',
    toolAction: 'The tool reports the file, the line and the reason, and goes on with the other files.',
    guideSection: null,
    chartFacts: [],
    requirements: []
  }
]

const BY_CODE = new Map<string, Rule>(RULES.map(r => [r.code, r]))

export function getRule(code: RuleCode): Rule {
  const rule = BY_CODE.get(code)
  if (!rule) throw new Error(`unknown rule ${code}`)
  return rule
}

export function findRule(code: string): Rule | undefined {
  return BY_CODE.get(code)
}

/** The rules that check a chart's values (they have requirements). */
export function checksForChart(chart: ChartName): Rule[] {
  return RULES.filter(r => r.chart === chart && r.requirements.length > 0)
}
