/**
 * The engine's shared vocabulary: releases, the layers their values come from, findings and edits.
 * Everything here is plain data so that the core stays pure and every output can serialise it.
 */

/** The Testkube charts the rules know about. */
import type { DeclaredBasis, InstalledVersion } from './charts/installed.js'

export type ChartName = 'testkube' | 'testkube-enterprise' | 'testkube-runner'

export const CHART_NAMES: readonly ChartName[] = ['testkube', 'testkube-enterprise', 'testkube-runner']

/** Which kind of declaration a release was read from (the JSON contract's `source`). */
export type ReleaseSource =
  | 'helm-values'
  | 'helm-umbrella'
  | 'argocd-application'
  | 'argocd-applicationset'
  | 'flux-helmrelease'
  | 'helmfile'
  | 'kustomize-helmchart'
  | 'terraform-helm-release'

export type Level = 'error' | 'warning' | 'note'

/** A path into a values tree, one key per segment (`sidecar.istio.io/inject` is one segment). */
export type ValuePath = readonly string[]

/** A path to a node inside one YAML document (map keys and sequence indexes). */
export type NodePath = readonly (string | number)[]

/** A position for messages: repo-relative file with `/` and a 1-based line. */
export interface Location {
  file: string
  line: number
}

/**
 * How the fixer can write to a layer. Every target names one YAML document of one repository file.
 * - `yaml-map`: the layer's values are the map at `nodePath` (created, with its parents, when missing).
 * - `yaml-embedded`: the layer's values are YAML text held by the string scalar at `nodePath`
 *   (Argo CD `helm.values`, a ConfigMap's `data["values.yaml"]`); the edit is made inside that text and the
 *   scalar keeps its block style.
 * - `set-list`: the layer is a list of `{name, value}` entries in `--set` syntax (Argo CD `helm.parameters`,
 *   helmfile `set`/`setString`); only an entry that already sets the path is patched.
 * - `hcl-heredoc`: the layer's values are the YAML in the `heredoc`-th heredoc of a Terraform file (counted from
 *   0 in the file, see fix/heredoc.ts); the edit is made inside it and its indentation is kept.
 */
export type EditTarget =
  | { type: 'yaml-map'; file: string; docIndex: number; nodePath: NodePath }
  | { type: 'yaml-embedded'; file: string; docIndex: number; nodePath: NodePath }
  | { type: 'set-list'; file: string; docIndex: number; nodePath: NodePath; style: 'argocd' | 'helmfile' }
  | { type: 'hcl-heredoc'; file: string; docIndex: 0; nodePath: readonly []; heredoc: number }

/** One `--set`-style assignment (Argo CD parameter, helmfile set, Flux targetPath). */
export interface SetEntry {
  path: ValuePath
  /** The value as Helm will see it: `forceString` entries are strings, others are parsed like `--set`. */
  value: unknown
  forceString: boolean
  /** Index of the entry in its list, for patching it in place. */
  index: number
  line: number | null
}

/**
 * One place a release's values come from, in precedence order (the reader emits them lowest first).
 * Exactly one of `values` (a tree merged like a `-f` file) or `sets` (assignments applied like `--set`) is used.
 */
export interface ValueLayer {
  /** What the layer is, for people: `helm.values`, `valueFiles[1]`, `ConfigMap testkube-values`, `chart defaults`. */
  label: string
  kind:
    | 'values-file'
    | 'inline'
    | 'embedded-yaml'
    | 'parameters'
    | 'target-path'
    | 'secret'
    | 'remote'
    | 'chart-defaults'
  /** Repo-relative file, or null for a layer outside the repository. */
  file: string | null
  line: number | null
  /** YAML path of the layer inside its file (`spec.values`, `spec.sources[0].helm.values`), '' for a whole file. */
  yamlPath: string
  /** The values tree at the release's top (the chart the tool installs). null when the layer cannot be read. */
  values: Record<string, unknown> | null
  sets?: SetEntry[]
  /** Where the fixer may write, when it may. */
  target?: EditTarget
  /**
   * Why the layer cannot be checked or written (templated, a Secret, outside the repository, a remote chart's
   * own values). A rule value that wins from such a layer is reported as TKI102.
   */
  readOnlyReason?: string
  /** The reader's choice of layer to add a missing key to (at most one per release). */
  addTarget?: boolean
}

/** How the mesh treats a release's pods, and why the tool thinks so. */
export interface MeshMode {
  mode: 'sidecar' | 'native-sidecars' | 'ambient' | 'injection-disabled'
  reason: string
  evidence: Location[]
}

/** A Testkube chart inside a release, with the prefix its values live under. */
export interface ChartScope {
  chart: ChartName
  /** As declared (pinned, a range, or null); `installed` is what gets installed. */
  version: string | null
  /** Where the reader took `version` from when not from the release itself (an umbrella `Chart.lock`, a git ref). */
  versionBasis?: DeclaredBasis
  /** The exact version the judge evaluates, set by the engine (engine/versions.ts) before judging. */
  installed?: InstalledVersion
  /** `--set` prefix including its trailing dot, '' at the top. */
  prefix: string
  /** The scope counts only when this path is true in the effective values (umbrella `condition`, the embedded agent). */
  enabledBy?: { path: ValuePath; defaultEnabled: boolean }
}

export interface Release {
  /** Stable across runs: `<file>#<doc>/<name>` or similar. */
  id: string
  name: string
  namespace: string | null
  source: ReleaseSource
  file: string
  line: number
  /**
   * The Testkube chart reported for the release (the outermost one). Readers also return `istiod` installs,
   * which the engine gives to the mesh detector instead of the judge and never reports as releases.
   */
  chart: ChartName | 'istiod'
  /** As declared: a pinned version, a range, or null when floating or unknown. */
  chartVersion: string | null
  /** The version of `chart` that gets installed (see charts/installed.ts), set by the engine; null before that. */
  resolvedVersion?: string | null
  /** The `--set` prefix of `chart` inside what is installed ('' when installed directly). */
  valuesPrefix: string
  /** Lowest precedence first. */
  layers: ValueLayer[]
  /** Chart scopes to judge; the engine derives the embedded agent of `testkube-enterprise` itself. */
  scopes: ChartScope[]
  /** Identity used to report a release once: e.g. `chart-dir:ops/charts/tk`. */
  key?: string
  /** Keys of other releases this one supersedes (an Argo Application deploying an umbrella chart dir). */
  consumes?: string[]
  /** Facts for people: `repository not verified (alias kubeshop)`. */
  notes?: string[]
  mesh?: MeshMode
}

export interface Finding {
  ruleId: string
  level: Level
  releaseId: string
  /** Helm `--set` syntax, with the release's prefix. */
  path: string
  expected: unknown
  actual: unknown
  /** Where the fix goes, or where the release is declared when there is no fix. */
  file: string
  line: number
  fixable: boolean
  message: string
  /**
   * A check that needs another change: the first chart release after the installed one that reads the key that
   * would fix it (null when none does). Absent on every other finding.
   */
  requiresChartVersion?: string | null
  /**
   * Stable across runs and line moves: rule, release identity (file, namespace, name, chart) and value path.
   * Set by the engine (engine/suppress.ts); the key of a baseline.
   */
  fingerprint?: string
  /** Why the finding is accepted, when it is (engine/suppress.ts): it is reported but fails nothing. */
  suppression?: Suppression
}

/**
 * An accepted finding's reason: an inline `# testkube-istio-guard: ignore` comment, an entry of the config file
 * (`ignore`, or `mesh` saying a namespace is not injected), or a baseline report.
 */
export interface Suppression {
  kind: 'inline' | 'config' | 'baseline'
  reason: string
  /** Where the reason is written: the commented file, the config file, the baseline file. */
  file: string
  line: number
}

/** One value to write, planned by the engine and carried out by the fixer. */
export interface PlannedEdit {
  target: EditTarget
  /** Path relative to the layer's values root. */
  path: ValuePath
  /**
   * `set`: write `value`. `merge-proxy-config`: merge `value` (an object) into the JSON/YAML string at `path`.
   * `replace-string`: the string at `path` (which must still be `from`) becomes `value`, a whole new string (a custom
   * job template), written in the scalar's own style (a block literal stays a block literal).
   */
  op: 'set' | 'merge-proxy-config' | 'replace-string'
  value: unknown
  /** `replace-string`: the string the edit was planned on; anything else there is not overwritten. */
  from?: string
  /** Set-list entries: whether the entry must be forced to a string. */
  forceString?: boolean
  /** The finding this edit resolves, for reporting. */
  ruleId: string
  releaseId: string
}

export interface ScanError {
  file: string
  line: number
  message: string
  /**
   * TKI900's level for this file: `error` when the file mentions Testkube or feeds a release's values (a
   * release or its values go unchecked), absent (a warning) for any other file.
   */
  level?: 'error'
}

/** The level a file problem is reported at (see ScanError.level). */
export function fileProblemLevel(e: Pick<ScanError, 'level'>): 'error' | 'warning' {
  return e.level === 'error' ? 'error' : 'warning'
}

export interface FileFix {
  file: string
  diff: string
}
