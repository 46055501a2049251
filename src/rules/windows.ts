/**
 * Which chart releases each check belongs to, as data: the one table of version facts the judge, the messages,
 * SARIF rule metadata and `docs/rules/*` read (no chart version is spelled anywhere else in the rules).
 *
 * Source: shared/reference/rules.md (the contract), from chart-matrix.md/.json and chart-pods-before-knobs.md.
 * Every range is a SemVer range over the **released** versions, evaluated with prereleases included (`<X` means
 * "before the released version X": `<2.5.0-rc.0` ends with 2.4.4). Tests check every bound at its boundary
 * releases (last before, first in, last in, first after) from this same table.
 */
import type { ChartName } from '../model.js'

/** A SemVer range over released chart versions, prereleases included. */
export type Releases = string

/** One term of an off-switch: a flag at a value, judged on the effective value or the chart default. */
export type GateTerm =
  | {
      /** `--set` path relative to the chart's values prefix. */
      path: string
      /** The value of the flag that this term needs. */
      is: boolean
      /** The chart's default, by release (first match wins). */
      defaults: readonly { in: Releases; value: boolean }[]
    }
  | { anyOf: readonly GateTerm[] }

/** Values that stop the pod from rendering, at the releases that read them: every term must hold. */
export interface OffSwitch {
  in: Releases
  when: readonly GateTerm[]
  /** What turning it off costs, for the "ways out" of a finding that needs another change. */
  cost?: string
}

/** A whole custom template that replaces a default executor template (TKI001). */
export interface CustomTemplateKey {
  /** `--set` path under the chart prefix. */
  path: string
  encoding: 'base64' | 'raw'
  replaces: 'job' | 'container' | 'scraper' | 'slavePod'
  /** The releases that read the key. */
  readBy: Releases
  /** Higher wins for the same default template (a `templates.*` env beats the ConfigMap file). */
  precedence: number
}

export interface CheckVersions {
  chart: ChartName
  /** The releases whose chart reads the check's keys: a missing key is fixable there. */
  keyRead: Releases
  /**
   * The releases where the pod exists but no values key annotates it: the check needs another change there
   * (upgrade, a custom template, an off-switch). null: none.
   */
  podWithoutKey: Releases | null
  /** What the pod is in the window without a key, for messages. */
  podWithoutKeyWhy?: string
  offSwitches: readonly OffSwitch[]
  /** Releases where a requirement (by its path) is read; a requirement not listed is read in all of `keyRead`. */
  requirementReadBy?: Readonly<Record<string, Releases>>
}

const ALL: Releases = '*'
const TRUE_ALWAYS = [{ in: ALL, value: true }] as const
const FALSE_ALWAYS = [{ in: ALL, value: false }] as const

/** The API stops reading job templates (and so `jobPodAnnotations`) at this release: the legacy executors are gone. */
const LEGACY_EXECUTORS_UNTIL = '<2.5.0-rc.0'

export const CUSTOM_TEMPLATE_KEYS: readonly CustomTemplateKey[] = [
  {
    path: 'testkube-api.templates.job',
    encoding: 'base64',
    replaces: 'job',
    readBy: `>=1.9.125 ${LEGACY_EXECUTORS_UNTIL}`,
    precedence: 2
  },
  {
    path: 'testkube-api.configValues',
    encoding: 'raw',
    replaces: 'job',
    readBy: `>=1.12.22 ${LEGACY_EXECUTORS_UNTIL}`,
    precedence: 1
  },
  {
    path: 'testkube-api.templates.jobContainer',
    encoding: 'base64',
    replaces: 'container',
    readBy: `>=1.9.125 ${LEGACY_EXECUTORS_UNTIL}`,
    precedence: 2
  },
  {
    path: 'testkube-api.jobContainerTemplate',
    encoding: 'raw',
    replaces: 'container',
    readBy: `1.16.48 || >=1.17.46 ${LEGACY_EXECUTORS_UNTIL}`,
    precedence: 1
  },
  {
    path: 'testkube-api.templates.scraperContainer',
    encoding: 'base64',
    replaces: 'scraper',
    readBy: `>=1.9.125 ${LEGACY_EXECUTORS_UNTIL}`,
    precedence: 2
  },
  {
    path: 'testkube-api.jobScraperTemplate',
    encoding: 'raw',
    replaces: 'scraper',
    readBy: `1.16.48 || >=1.17.46 ${LEGACY_EXECUTORS_UNTIL}`,
    precedence: 1
  },
  {
    path: 'testkube-api.templates.slavePod',
    encoding: 'base64',
    replaces: 'slavePod',
    readBy: `1.16.11 || >=1.16.16 ${LEGACY_EXECUTORS_UNTIL}`,
    precedence: 2
  }
]

/** The modes of the `testkube` chart's global Test Workflow template (TKI006), by release. */
export const GLOBAL_TEMPLATE_MODES = {
  /** `globalTemplate.external: true` suppresses the chart's template: the one in use lives elsewhere. */
  external: '2.1.39 || >=2.1.41',
  /** `globalTemplate.inline` is read by the chart. */
  inline: '>=2.1.134',
  /** `inline: true` is rendered, but the bundled API does not read it: no global template at all. */
  inlineIgnored: '>=2.1.134 <2.1.145',
  /** The bundled API reads the inline template. */
  inlineRead: '>=2.1.145',
  /** `globalTemplate.spec` may be a YAML string. */
  specString: '>=2.1.135'
} as const satisfies Record<string, Releases>

const OPERATOR_ENABLED_DEFAULTS = [
  { in: '>=2.1.239', value: false },
  { in: ALL, value: true }
] as const

export const CHECK_VERSIONS = {
  TKI001: {
    chart: 'testkube',
    keyRead: `>=1.17.63 ${LEGACY_EXECUTORS_UNTIL}`,
    podWithoutKey: '<1.17.63',
    podWithoutKeyWhy:
      'the API renders executor Jobs from a default template that has no pod annotations, and the chart has no key for them',
    offSwitches: [
      {
        in: `>=2.1.134 ${LEGACY_EXECUTORS_UNTIL}`,
        when: [
          { path: 'testkube-api.next.enabled', is: true, defaults: TRUE_ALWAYS },
          { path: 'testkube-api.next.legacyTests.enabled', is: false, defaults: TRUE_ALWAYS }
        ],
        cost: 'turns the deprecated tests and executors off'
      }
    ]
  },
  TKI002: {
    chart: 'testkube',
    keyRead: '>=1.15.1 <2.1.61',
    podWithoutKey: '1.4.55 || >=1.5.18 <1.15.1',
    podWithoutKeyWhy:
      'the chart renders the MongoDB pre-upgrade hook Job without a key for its pod annotations',
    offSwitches: [
      {
        in: '>=1.7.71 <2.1.61',
        when: [{ path: 'preUpgradeHook.enabled', is: false, defaults: TRUE_ALWAYS }],
        cost: 'skips the MongoDB upgrade step of chart upgrades'
      },
      {
        in: '>=1.16.42 <2.1.61',
        when: [{ path: 'mongodb.enabled', is: false, defaults: TRUE_ALWAYS }],
        cost: 'drops the bundled MongoDB'
      }
    ]
  },
  TKI003: {
    chart: 'testkube',
    keyRead: '>=1.16.35 <2.1.61',
    podWithoutKey: null,
    offSwitches: [
      {
        in: '>=1.16.35 <2.1.61',
        when: [{ path: 'preUpgradeHookNATS.enabled', is: false, defaults: TRUE_ALWAYS }],
        cost: 'skips the NATS upgrade step of chart upgrades'
      }
    ]
  },
  TKI004: {
    chart: 'testkube',
    keyRead: '1.13.30 || 1.13.32 || >=1.13.35 <2.1.61',
    podWithoutKey: '>=1.10.385 <1.13.30 || 1.13.31 || 1.13.33 || 1.13.34',
    podWithoutKeyWhy:
      'the chart renders the operator pre-install/pre-upgrade hook Job without a key for its pod annotations',
    offSwitches: [
      {
        in: '>=1.10.385 <2.1.61',
        when: [{ path: 'testkube-operator.enabled', is: false, defaults: TRUE_ALWAYS }],
        cost: 'drops the whole Testkube operator'
      },
      {
        in: '>=1.11.126 <2.1.61',
        when: [{ path: 'testkube-operator.preUpgrade.enabled', is: false, defaults: TRUE_ALWAYS }],
        cost: 'skips the hook that creates the operator namespace: create it yourself'
      }
    ]
  },
  TKI005: {
    chart: 'testkube',
    keyRead: '>=1.5.99',
    podWithoutKey: '>=1.4.47 <1.5.99',
    podWithoutKeyWhy:
      'the operator renders a plain certificate Job and CronJob (cert-creation) with no pod annotations and no off-switch',
    offSwitches: [
      {
        in: '>=1.5.99',
        when: [{ path: 'testkube-operator.webhook.enabled', is: false, defaults: TRUE_ALWAYS }]
      },
      {
        in: '>=1.5.99',
        when: [{ path: 'testkube-operator.webhook.patch.enabled', is: false, defaults: TRUE_ALWAYS }]
      },
      {
        in: '>=1.10.385',
        when: [{ path: 'testkube-operator.enabled', is: false, defaults: OPERATOR_ENABLED_DEFAULTS }]
      }
    ]
  },
  TKI006: {
    chart: 'testkube',
    keyRead: '>=1.17.24 <1.17.25 || >=1.17.26',
    podWithoutKey: '1.17.25',
    podWithoutKeyWhy: 'the chart never creates the global template resource, whatever the values say',
    offSwitches: []
  },
  TKI011: {
    chart: 'testkube',
    keyRead: '>=2.12.2',
    podWithoutKey: null,
    offSwitches: [
      {
        in: '>=2.12.2',
        when: [
          {
            path: 'global.testWorkflows.createServiceAccountTemplates',
            is: false,
            defaults: TRUE_ALWAYS
          },
          {
            anyOf: [
              { path: 'global.testWorkflows.globalTemplate.enabled', is: false, defaults: FALSE_ALWAYS },
              { path: 'global.testWorkflows.globalTemplate.external', is: true, defaults: FALSE_ALWAYS },
              { path: 'global.testWorkflows.globalTemplate.inline', is: true, defaults: FALSE_ALWAYS }
            ]
          }
        ]
      }
    ]
  },
  TKI012: {
    chart: 'testkube',
    keyRead: '>=2.8.1',
    podWithoutKey: null,
    offSwitches: [
      { in: '>=2.8.1', when: [{ path: 'mongodb.enabled', is: false, defaults: TRUE_ALWAYS }] },
      {
        in: '>=2.8.1',
        when: [{ path: 'mongodb.preUpgradeFCVJob.enabled', is: false, defaults: FALSE_ALWAYS }]
      }
    ]
  },
  TKI007: { chart: 'testkube-enterprise', keyRead: ALL, podWithoutKey: null, offSwitches: [] },
  TKI008: { chart: 'testkube-enterprise', keyRead: ALL, podWithoutKey: null, offSwitches: [] },
  TKI009: {
    chart: 'testkube-runner',
    keyRead: '>=2.1.0',
    podWithoutKey: null,
    offSwitches: [],
    // Below 2.8.2 the runner reads neither `inline` nor `name`: never ask for them there.
    requirementReadBy: { 'globalTemplate.inline': '>=2.8.2' }
  }
} as const satisfies Record<string, CheckVersions>

export type CheckCode = keyof typeof CHECK_VERSIONS
