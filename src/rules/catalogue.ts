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
import { CHECK_VERSIONS, type CheckVersions } from './windows.js'

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
  | 'TKI011'
  | 'TKI012'
  | 'TKI100'
  | 'TKI101'
  | 'TKI102'
  | 'TKI103'
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

export type RuleCategory = 'check' | 'environment' | 'tool'

export interface Rule {
  code: RuleCode
  /** PascalCase, stable (SARIF `name`). */
  name: string
  category: RuleCategory
  /** The chart the rule judges; null when it is not tied to one chart. */
  chart: ChartName | null
  /**
   * The releases where the check's keys are read, where its pod exists without a key, and its off-switches with
   * their chart defaults (windows.ts, the one table of version facts). Absent: not tied to chart releases.
   */
  window?: CheckVersions
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
    window: CHECK_VERSIONS.TKI001,
    level: 'error',
    title: 'Test executor Job pods must not get an Istio sidecar',
    description:
      'Tests run by prebuilt and container executors are Kubernetes Jobs. A classic Istio sidecar never ' +
      'exits on its own, so the Job never completes, and the test hangs until it times out. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'test executor Job pods get an Istio sidecar that never exits and the Jobs never complete',
    remediation:
      'Set `testkube-api.jobPodAnnotations."sidecar.istio.io/inject"` to the string `"false"` in the values ' +
      'of the `testkube` chart (the releases that read it are listed below). Below them no key annotates the ' +
      'executor pods: supply a whole custom Job template (`testkube-api.templates.job`, base64, or ' +
      '`testkube-api.configValues`) whose pod template carries the annotation, or upgrade the chart.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Test Executions of Prebuilt/Container Executors',
    chartFacts: [
      '`jobPodAnnotations` is rendered into the Job templates the legacy executors use (ConfigMap of `testkube-api`); before it existed the default templates had no pod annotations at all (chart-pods-before-knobs.md).',
      'A non-empty custom template (`templates.job|jobContainer|scraperContainer|slavePod`, `configValues`, `jobContainerTemplate`, `jobScraperTemplate`) replaces the default one, and with it `jobPodAnnotations`: the tool then checks the custom template itself.',
      'The API stops reading job templates when the legacy executors are removed (kubeshop/testkube f81dea7e): the key is still rendered but has no effect there.',
      'With `testkube-api.next.enabled` (default true) and `testkube-api.next.legacyTests.enabled: false` the API does not load the job templates at all.'
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
    window: CHECK_VERSIONS.TKI002,
    level: 'error',
    title: 'The MongoDB pre-upgrade hook pod must not get an Istio sidecar',
    description:
      'The `mongodb-upgrade` pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, so ' +
      'Helm waits on the hook and the upgrade hangs or times out. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'the MongoDB pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
    remediation:
      'Set `preUpgradeHook.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, or upgrade the ' +
      'chart past the releases that render the hook. Where the chart renders the hook without the key, turn ' +
      'the hook off (`preUpgradeHook.enabled: false`, which skips the MongoDB upgrade step) or upgrade.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Agent Hooks',
    chartFacts: [
      'The `mongodb-upgrade` hook (`pre-upgrade` only) existed before its `podAnnotations` key (kubeshop/helm-charts 9333ec14); the hook was removed by fe9fc4f5.',
      'It renders only while `preUpgradeHook.enabled` (default true, read from the release listed below) and, later, `mongodb.enabled` (default true) are on.'
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
    window: CHECK_VERSIONS.TKI003,
    level: 'error',
    title: 'The NATS pre-upgrade hook pod must not get an Istio sidecar',
    description:
      'The `nats-upgrade` pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, so ' +
      'Helm waits on the hook and the upgrade hangs or times out. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'the NATS pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
    remediation:
      'Set `preUpgradeHookNATS.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, or upgrade ' +
      'the chart past the releases that render the hook.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Agent Hooks',
    chartFacts: [
      'The NATS upgrade hook and its key arrived in the same commit (kubeshop/helm-charts 9f0edd55) and were removed together (94b17953).',
      '`preUpgradeHookNATS.enabled: false` (default true) turns it off; `testkube-api.nats.enabled` does not.'
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
    window: CHECK_VERSIONS.TKI004,
    level: 'error',
    title: 'The operator pre-upgrade hook pod must not get an Istio sidecar',
    description:
      'The operator pre-install/pre-upgrade hook is a Job. With a classic Istio sidecar it never completes, ' +
      'so installs and upgrades hang. ' +
      NATIVE_SIDECARS_NOTE,
    consequence: 'the operator pre-upgrade hook Job gets an Istio sidecar that never exits and upgrades hang',
    remediation:
      'Set `testkube-operator.preUpgrade.podAnnotations."sidecar.istio.io/inject"` to the string `"false"`, ' +
      'or upgrade the chart past the releases that render the hook. Where the chart renders the hook without ' +
      'the key, turn it off (`testkube-operator.preUpgrade.enabled: false`, then create the operator namespace ' +
      'yourself) or upgrade.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Operator Hooks',
    chartFacts: [
      'The hook is `pre-install,pre-upgrade`, so a fresh `helm install` blocks too. It existed before its `podAnnotations` key (kubeshop/helm-charts e3b77133, key in e3f62475), and a few releases of the interleaved release streams lack the key again.',
      'It was removed with 5c2b0ba6. Judge by the `testkube` version: the vendored operator subchart’s version is not evidence.'
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
    window: CHECK_VERSIONS.TKI005,
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
      '`"false"`, or leave the (deprecated) operator disabled with `testkube-operator.enabled: false`. Before ' +
      'the key existed the operator ran a plain certificate Job and CronJob with no knob and no off-switch: ' +
      'upgrade.',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Operator Hooks',
    chartFacts: [
      '`testkube-operator.webhook.enabled` and `…webhook.patch.enabled` (both default true) gate the Jobs; `testkube-operator.enabled` gates the whole operator, and its default turns false with kubeshop/helm-charts 5f88936e.',
      'So at the releases where the operator is off by default the check applies only when `testkube-operator.enabled: true` is set.'
    ],
    requirements: [
      {
        path: `testkube-operator.webhook.patch.podAnnotations.${INJECT}`,
        predicate: INJECT_FALSE,
        annotation: true
      }
    ]
  },
  {
    code: 'TKI006',
    name: 'TestWorkflowPodsInjected',
    category: 'check',
    chart: 'testkube',
    window: CHECK_VERSIONS.TKI006,
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
      '`global.testWorkflows.globalTemplate.inline: true` (where the chart reads it and the bundled API honours ' +
      'it), so the template is not looked up in the Control Plane.',
    toolAction: FIX_FLAGS,
    guideSection: 'Define a Global Test Workflows Template',
    chartFacts: [
      '`global.testWorkflows.globalTemplate` arrived with kubeshop/helm-charts 03715901; one release of it (7504f692) never creates the template resource.',
      '`external: true` means the chart creates no template (the one in use lives elsewhere: not checkable here); `inline: true` first rendered a template the bundled API ignored, and works from the release listed below; `spec` may later be a YAML string.',
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
    window: CHECK_VERSIONS.TKI007,
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
    window: CHECK_VERSIONS.TKI008,
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
    window: CHECK_VERSIONS.TKI009,
    level: 'error',
    title: 'Test Workflow pods of a runner agent must not get an Istio sidecar (global template)',
    description:
      'The `testkube-runner` agent runs Test Workflow executions in pods that must finish. Its global ' +
      'template must be enabled, given inline (or by name), and annotate the pods with ' +
      '`sidecar.istio.io/inject: "false"`. Later runner releases refuse to render `enabled: true` with neither ' +
      '`inline` nor `name`. ' +
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
      'Early runner releases read neither `inline` nor `name` (the template is inline whenever `enabled` and `spec` are set); from d37d452a the render fails unless one of them is set. The tool asks for `inline` only where the runner reads it.',
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
    code: 'TKI011',
    name: 'BuiltinTemplatesHookInjected',
    category: 'check',
    chart: 'testkube',
    window: CHECK_VERSIONS.TKI011,
    level: 'error',
    title: 'The builtin-templates installer hook pod must not get an Istio sidecar',
    description:
      'The `<api>-builtin-templates` Job is a `post-install,post-upgrade` hook that applies the builtin Test ' +
      'Workflow templates, rendered by default. With a classic Istio sidecar it never completes, so both ' +
      '`helm install` and `helm upgrade` hang until their timeout. ' +
      NATIVE_SIDECARS_NOTE,
    consequence:
      'the builtin-templates installer hook Job gets an Istio sidecar that never exits and installs and upgrades hang',
    remediation:
      'Set `global.testWorkflows.builtinTemplatesInstaller.podAnnotations."sidecar.istio.io/inject"` to the ' +
      'string `"false"`. (`global.annotations` reaches only the Job and ConfigMap metadata, not the pod.)',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Agent Hooks',
    chartFacts: [
      'The hook Job is in `testkube-api/templates/testworkflows/builtin-templates-hook.yaml` (kubeshop/testkube 9543bb55); its pod annotations come from `global.testWorkflows.builtinTemplatesInstaller.podAnnotations` (not listed in the umbrella values.yaml).',
      'It renders when `global.testWorkflows.createServiceAccountTemplates` (default true) is on, or when the global template is created as a resource (`globalTemplate.enabled` and neither `external` nor `inline`).'
    ],
    requirements: [
      {
        path: `global.testWorkflows.builtinTemplatesInstaller.podAnnotations.${INJECT}`,
        predicate: INJECT_FALSE,
        annotation: true
      }
    ]
  },
  {
    code: 'TKI012',
    name: 'MongoFcvJobsInjected',
    category: 'check',
    chart: 'testkube',
    window: CHECK_VERSIONS.TKI012,
    level: 'error',
    title: 'The MongoDB feature-compatibility Job pods must not get an Istio sidecar',
    description:
      'When enabled, the `<mongodb>-fcv-prepare` (pre-upgrade) and `<mongodb>-fcv-apply` (post-upgrade) Jobs ' +
      'set the MongoDB feature compatibility version around an upgrade. With a classic Istio sidecar they never ' +
      'complete, so upgrades hang. ' +
      NATIVE_SIDECARS_NOTE,
    consequence:
      'the MongoDB feature-compatibility Jobs get an Istio sidecar that never exits and upgrades hang',
    remediation:
      'Set `mongodb.preUpgradeFCVJob.podAnnotations."sidecar.istio.io/inject"` to the string `"false"` (both ' +
      'Jobs share it).',
    toolAction: FIX_INJECT,
    guideSection: 'Disable Istio for Agent Hooks',
    chartFacts: [
      'The Jobs are in `testkube/templates/mongodb-preupgrade-fcv.yaml` and `mongodb-postupgrade-fcv.yaml` (kubeshop/testkube e4237cb1), Argo CD `PreSync`/`PostSync` hooks with `useArgoHooks`.',
      'They render only when `mongodb.enabled` (default true) and `mongodb.preUpgradeFCVJob.enabled` (default **false**) are both on.'
    ],
    requirements: [
      {
        path: `mongodb.preUpgradeFCVJob.podAnnotations.${INJECT}`,
        predicate: INJECT_FALSE,
        annotation: true
      }
    ]
  },
  {
    code: 'TKI100',
    name: 'NativeSidecarsOn',
    category: 'environment',
    chart: null,
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
    code: 'TKI103',
    name: 'InjectionDisabled',
    category: 'environment',
    chart: null,
    level: 'note',
    title: "The release's namespace has Istio injection disabled: the sidecar rules are not needed",
    description:
      'A namespace labelled `istio-injection: disabled` (without an `istio.io/rev` revision label) gets no ' +
      'sidecars, so no Testkube pod in it can hang on one.',
    consequence: 'no sidecar is injected into the release’s pods',
    remediation:
      'Nothing to do while the label stays. If the namespace is ever injected, the checks apply again: keep the ' +
      'values right anyway if you can.',
    toolAction:
      'The tool reports this once per release, with the namespace manifest it found, instead of the sidecar rules.',
    guideSection: 'Using Istio',
    chartFacts: [],
    requirements: []
  },
  {
    code: 'TKI900',
    name: 'FileNotReadable',
    category: 'tool',
    chart: null,
    level: 'warning',
    title: 'A file could not be read or parsed',
    description:
      'A file that may declare a Testkube release or its values could not be read or parsed. The run goes ' +
      'on without it, so releases or values in it are not checked.',
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
