/**
 * `docs/rules/TKInnn.md`, rendered from the catalogue. The pages are committed; src/rules/__tests__/docs.test.ts
 * fails when one differs from what this renders (regenerate with `UPDATE_RULE_DOCS=1 npm test -- src/rules`).
 */
import type { ChartName } from '../model.js'
import { splitSetPath } from '../values/setpath.js'
import { HOLD_SETTING, RETIRED_CODES, RULES, type Requirement, type Rule } from './catalogue.js'
import { expectedValue } from './predicates.js'
import { describeReleases } from './applicability.js'
import { GLOBAL_TEMPLATE_MODES, type GateTerm } from './windows.js'

/** Repo-relative directory of the rule pages. */
export const RULE_DOCS_DIR = 'docs/rules'

export const REGENERATE_HINT = 'UPDATE_RULE_DOCS=1 npm test -- src/rules'

const GENERATED = `<!-- Generated from src/rules/catalogue.ts by src/rules/docs.ts. Do not edit; run \`${REGENERATE_HINT}\`. -->`

const HELMFILE_CHART: Record<ChartName, string> = {
  testkube: 'kubeshop/testkube',
  'testkube-runner': 'kubeshop/testkube-runner',
  'testkube-enterprise': 'testkubeenterprise/testkube-enterprise'
}

export function ruleDocFileName(code: string): string {
  return `${code}.md`
}

export function renderRuleDoc(rule: Rule): string {
  const out: string[] = []
  out.push(`# ${rule.code} ${rule.name}`, '', GENERATED, '', `**${rule.title}**`, '')
  out.push('| | |', '|---|---|')
  out.push(`| Level | ${rule.level} |`)
  out.push(`| Chart | ${chartText(rule)} |`)
  out.push(`| Chart versions | ${versionsText(rule)} |`)
  if (rule.guideSection) out.push(`| Guide section | ${rule.guideSection} |`)
  out.push('')

  if (rule.requirements.length > 0) out.push(...whatMustHold(rule))
  if (rule.example) {
    out.push('## Example', '', 'Wrong:', '', '```yaml', rule.example.wrong.trimEnd(), '```', '')
    out.push('Right:', '', '```yaml', rule.example.right.trimEnd(), '```', '')
  }

  out.push(...versionSection(rule))
  out.push('## Why', '', rule.description, '')
  if (rule.chartFacts.length > 0) {
    out.push('Chart facts:', '')
    for (const fact of rule.chartFacts) out.push(`- ${fact}`)
    out.push('')
  }
  out.push('## How to fix', '', rule.remediation, '')
  out.push('## What the tool does', '', rule.toolAction, '')
  return out.join('\n')
}

/** docs/rules/README.md: every code with its title and level. */
export function renderRuleIndex(): string {
  const out: string[] = ['# Rules', '', GENERATED, '']
  out.push(
    'Codes are stable: a rule is never renumbered and a retired code is never reused. `TKI0xx` are checks, ' +
      '`TKI1xx` notes about the environment, `TKI9xx` problems of the tool itself.',
    ''
  )
  out.push('| Code | Name | Level | Chart | Chart versions | Title |', '|---|---|---|---|---|---|')
  for (const r of RULES) {
    out.push(
      `| [${r.code}](${ruleDocFileName(r.code)}) | ${r.name} | ${r.level} | ${chartText(r)} | ${versionsText(r)} | ${r.title} |`
    )
  }
  out.push('')
  if (RETIRED_CODES.length > 0) {
    out.push('Retired codes (never reused):', '')
    for (const r of RETIRED_CODES) out.push(`- ${r.code} (retired ${r.retired}): ${r.reason}`)
    out.push('')
  }
  return out.join('\n')
}

function chartText(rule: Rule): string {
  if (rule.chart) return `\`${rule.chart}\``
  return rule.category === 'check' ? 'the chart of the rule the value belongs to' : 'any'
}

function versionsText(rule: Rule): string {
  if (rule.category !== 'check') return '—'
  if (rule.chart === null) return 'as the rule the value belongs to'
  const w = rule.window
  if (!w) return 'every release'
  return describeReleases(w.chart, w.keyRead)
}

/** The "Chart versions" section: the windows and off-switches of windows.ts, spelled out release by release. */
function versionSection(rule: Rule): string[] {
  const w = rule.window
  if (!w || rule.category !== 'check') return []
  const out = ['## Chart versions', '']
  out.push(
    `- The key is read by ${w.chart} ${describeReleases(w.chart, w.keyRead)}: a missing or wrong key is fixable there.`
  )
  if (w.podWithoutKey !== null)
    out.push(
      `- ${w.chart} ${describeReleases(w.chart, w.podWithoutKey)}: the pod exists but ${w.podWithoutKeyWhy ?? 'no values key annotates it'}. ` +
        'The finding is an error that needs another change (`fixable: false`, `requiresChartVersion`): the tool never writes a key the installed release does not read.'
    )
  out.push('- Other releases do not render the pod: no finding.')
  for (const [path, readBy] of Object.entries(w.requirementReadBy ?? {}))
    out.push(
      `- \`${path}\` is read only by ${describeReleases(w.chart, readBy)}; elsewhere the tool does not ask for it.`
    )
  for (const s of w.offSwitches) {
    const terms = s.when.map(t => termDoc(t)).join(' and ')
    out.push(
      `- Not applicable at ${describeReleases(w.chart, s.in)} when ${terms}${s.cost ? ` (which ${s.cost})` : ''}.`
    )
  }
  if (rule.code === 'TKI006') {
    const m = GLOBAL_TEMPLATE_MODES
    const at = (r: string): string => describeReleases(w.chart, r)
    out.push(
      `- \`globalTemplate.external: true\` (${at(m.external)}): the chart creates no template; the one in use lives elsewhere, so the finding is TKI102 (unless \`inline\` is true).`,
      `- \`globalTemplate.inline: true\` at ${at(m.inlineIgnored)}: the bundled API ignores the inline template, so there is none: an error that is not fixable (drop \`inline\`, or upgrade: ${at(m.inlineRead)} read it).`,
      `- \`globalTemplate.spec\` as a YAML string (${at(m.specString)}): judged inside the string.`,
      `- At ${at(m.inlineRead)}, agents connected to a Control Plane should also set \`inline: true\`; the messages say so.`
    )
  }
  out.push(
    '- An unknown installed version is judged as the newest known stable release; a check only older releases need is then a note naming its releases.',
    ''
  )
  return out
}

function termDoc(t: GateTerm): string {
  if ('anyOf' in t) return `(${t.anyOf.map(termDoc).join(' or ')})`
  const defaults = t.defaults.map(d =>
    d.in === '*' ? `${d.value}` : `${d.value} from ${d.in.replace('>=', '')}`
  )
  return `\`${t.path}\` is \`${t.is}\` (chart default ${defaults.join(', else ')})`
}

function holdText(req: Requirement): string {
  const path = `\`${req.path}\``
  const p = req.predicate
  switch (p.kind) {
    case 'string-equals':
      return `${path} is the string \`"${p.value}"\``
    case 'bool-equals':
      return `${path} is the boolean \`${p.value}\``
    case 'true-or-set':
      return `${path} is the boolean \`true\`, or \`${p.orSet}\` is set`
    case 'proxy-config-hold':
      return `${path} is a string whose JSON or YAML content sets \`${HOLD_SETTING}: true\` (other settings may stay)`
  }
}

function whatMustHold(rule: Rule): string[] {
  const chart = rule.chart ?? 'testkube'
  const out: string[] = ['## What must hold', '']
  for (const req of rule.requirements) out.push(`- ${holdText(req)}`)
  out.push('')
  out.push(
    `Paths use Helm \`--set\` syntax (\`\\.\` is a dot inside a key) from the top of the \`${chart}\` chart. ` +
      "Inside an umbrella chart, put them under the dependency's alias (or name)" +
      (chart === 'testkube'
        ? '; for the agent embedded in `testkube-enterprise`, under `testkube-agent` (it must have ' +
          '`testkube-agent.enabled: true` to matter).'
        : '.') +
      ' A fix writes annotation values as quoted strings, never as YAML booleans.',
    ''
  )

  const tree = valuesTree(rule.requirements)
  const proxy = rule.requirements.some(r => r.predicate.kind === 'proxy-config-hold')
  out.push('### Values file', '', '```yaml', ...yamlLines(tree, 0), '```', '')
  if (proxy) {
    out.push(
      "Prefer a values block to `--set` for this JSON value: Helm's `--set` parser reads a value that starts " +
        'with `{` as a list.',
      ''
    )
    out.push('### Argo CD Application (`helm.valuesObject`)', '', '```yaml')
    out.push(
      'spec:',
      '  source:',
      `    chart: ${chart}`,
      '    helm:',
      '      valuesObject:',
      ...yamlLines(tree, 8)
    )
    out.push('```', '')
  } else {
    out.push('### Argo CD Application (`helm.parameters`)', '', '```yaml')
    out.push('spec:', '  source:', `    chart: ${chart}`, '    helm:', '      parameters:')
    for (const req of rule.requirements) {
      const value = expectedValue(req)
      out.push(`        - name: ${req.path}`, `          value: ${JSON.stringify(String(value))}`)
      if (typeof value === 'string') out.push('          forceString: true')
    }
    out.push('```', '')
  }
  out.push('### Flux HelmRelease', '', '```yaml', 'spec:', '  values:', ...yamlLines(tree, 4), '```', '')
  out.push(
    '### helmfile',
    '',
    '```yaml',
    'releases:',
    `  - name: ${chart}`,
    `    chart: ${HELMFILE_CHART[chart]}`
  )
  if (proxy) {
    const [first, ...rest] = yamlLines(tree, 8)
    out.push('    values:', `      - ${first.trimStart()}`, ...rest)
  } else {
    const strings = rule.requirements.filter(r => typeof expectedValue(r) === 'string')
    const others = rule.requirements.filter(r => typeof expectedValue(r) !== 'string')
    if (strings.length > 0) {
      out.push('    setString:')
      for (const r of strings)
        out.push(`      - name: ${r.path}`, `        value: ${yamlScalar(expectedValue(r))}`)
    }
    if (others.length > 0) {
      out.push('    set:')
      for (const r of others)
        out.push(`      - name: ${r.path}`, `        value: ${yamlScalar(expectedValue(r))}`)
    }
  }
  out.push('```', '')
  return out
}

type Tree = { [key: string]: unknown }

function valuesTree(reqs: readonly Requirement[]): Tree {
  const tree: Tree = {}
  for (const req of reqs) {
    const keys = splitSetPath(req.path).map(String)
    let node = tree
    for (const key of keys.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
      node = node[key] as Tree
    }
    node[keys[keys.length - 1]] = expectedValue(req)
  }
  return tree
}

function yamlLines(tree: Tree, indent: number): string[] {
  const pad = ' '.repeat(indent)
  const out: string[] = []
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object' && value !== null) {
      out.push(`${pad}${yamlKey(key)}:`, ...yamlLines(value as Tree, indent + 2))
    } else {
      out.push(`${pad}${yamlKey(key)}: ${yamlScalar(value)}`)
    }
  }
  return out
}

function yamlKey(key: string): string {
  return /^[A-Za-z0-9][\w./-]*$/.test(key) ? key : JSON.stringify(key)
}

function yamlScalar(value: unknown): string {
  if (typeof value !== 'string') return String(value)
  if (value.includes('"')) return `'${value.replace(/'/g, "''")}'`
  return JSON.stringify(value)
}
