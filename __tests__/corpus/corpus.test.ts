/**
 * Acceptance on the real corpus (../shared/corpus, read-only public GitOps files): every release a person sees
 * is reported once, with the findings its chart version calls for, nothing that is not a Testkube chart install
 * is reported, no file fails to read, and --fix on a copy leaves files that scan clean and a second --fix that
 * changes nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { scan } from '../../src/engine/scan.js'
import { writeChanges } from '../../src/fix/write.js'
import type { Finding } from '../../src/model.js'

const CORPUS = resolve(process.cwd(), '../shared/corpus')

/** What a person sees in each corpus repository: source, chart, version, file:line, prefix, rule codes. */
const EXPECTED: Record<string, string[]> = {
  // Unknown version (a bare values file): judged as the newest release (2.12.2), which needs the global template
  // and the builtin-templates hook (TKI011); the checks only older releases need are notes (?).
  '3KeyCompany__Playground': [
    'helm-values testkube null testkube/values.yaml:1 "" TKI001?,TKI002?,TKI003?,TKI004?,TKI005?,TKI006,TKI011'
  ],
  'JinoArch__testkube.poc': [
    'helm-values testkube null misc/values.yaml:100 "" TKI001?,TKI002?,TKI003?,TKI004?,TKI005?,TKI006,TKI011'
  ],
  // Terragrunt inputs of a module outside the repository, read by name (helm_version, helm_values); the values
  // file is a comment and an empty document. 1.0.25 has none of the hooks; jobPodAnnotations needs 1.17.63.
  'ManagedKube__kubernetes-ops': [
    'terraform-helm-release testkube 1.0.25 terraform-environments/aws/terragrunt-dev/us-east-1/terragrunt-dev/300-kubernetes/110-testkube/10-testkube/terragrunt.hcl:58 "" TKI001>1.17.63'
  ],
  // helm_release with templatefile(): the values file is a layer of the release, at the version it pins.
  'Presotto-Technologies__infra-playground': [
    'terraform-helm-release testkube 1.12.28 terraform/modules/testkube/testkube.tf:1 "" TKI001>1.17.63,TKI002>1.15.1,TKI004>1.13.30,TKI005'
  ],
  // `version: '*'` installs the newest release (2.12.2): the global template and the builtin-templates hook.
  'aabedraba__testkube-flux': [
    'flux-helmrelease testkube *=2.12.2 infrastructure/controllers/testkube.yaml:20 "" TKI006,TKI011'
  ],
  // 1.16.17: no NATS hook yet (1.16.35); jobPodAnnotations arrives only in 1.17.63, so TKI001 needs an upgrade
  // (or a custom template).
  'devantler-tech__platform': [
    'flux-helmrelease testkube 2.10.0 k8s/bases/infrastructure/controllers/testkube/helm-release.yaml:15 "" TKI006',
    'flux-helmrelease testkube 1.16.17 k8s/infrastructure/testkube/release.yaml:13 "" TKI001>1.17.63,TKI002,TKI004,TKI005'
  ],
  // No `version`: Flux installs `*`, the newest release (2.12.2).
  'devantler-tech__testkube-poc': [
    'flux-helmrelease testkube *=2.12.2 k8s/infrastructure/testkube/helm-release.yaml:10 "" TKI006,TKI011'
  ],
  // 1.5.28 reads none of the keys: the executor Jobs, the MongoDB hook and the cert-creation Job need another
  // change (upgrade); nothing is fixable, and the operator hook does not exist before 1.10.385.
  'harsha1163__argocd-example-apps': [
    'kustomize-helmchart testkube 1.5.28 testkube/kustomization.yaml:15 "" TKI001>1.17.63,TKI002>1.15.1,TKI005>1.5.99'
  ],
  // 1.15.26 with a custom Job template in testkube-api.templates.job (checked and fixed inside the template);
  // the container and scraper templates are left at the defaults, which no key annotates before 1.17.63.
  'hiero-ledger__hiero-mirror-node': [
    'flux-helmrelease testkube 1.15.26 clusters/base/testkube/helmrelease.yaml:9 "" TKI001,TKI001>1.17.63,TKI002,TKI004,TKI005'
  ],
  // Capten plugin and KAD app-store descriptors re-host a forked chart: not a format a GitOps tool applies.
  'intelops__capten-plugins': [],
  'kube-tarian__kad': [],
  // 1.11.214: no jobPodAnnotations (1.17.63), no MongoDB hook key (1.15.1), no operator hook key (1.13.30).
  'konstructio__gitops-catalog': [
    'argocd-application testkube 1.11.214 testkube/components/testkube/application.yaml:18 "" TKI001>1.17.63,TKI002>1.15.1,TKI004>1.13.30,TKI005'
  ],
  // Same chart 1.11.214 as konstructio.
  kubefirst__marketplace: [
    'argocd-application testkube 1.11.214 testkube/application.yaml:14 "" TKI001>1.17.63,TKI002>1.15.1,TKI004>1.13.30,TKI005'
  ],
  // The CMP plugin Application named testkube renders tests, not the chart.
  'kubeshop__testkube-argocd': [],
  // The enterprise chart's own source is no release; its demo profile enables the embedded agent, which the
  // chart's Chart.yaml pins at testkube 2.1.254: the executor Jobs and the global template (the operator is off by
  // default there).
  'kubeshop__testkube-cloud-charts': [
    'helm-values testkube-enterprise null charts/testkube-enterprise/profiles/values.demo.yaml:22 "" TKI001,TKI006,TKI007,TKI008'
  ],
  'kubeshop__testkube-examples': [
    'argocd-application testkube 2.3.0 TestTrigger-Argo-demo/argocd-applications/testkube-agent.yaml:13 "" TKI001,TKI006'
  ],
  // 1.9.26: before the operator hook (1.10.385) and before any custom-template route (1.9.125).
  'lreimer__hands-on-testkube': [
    'flux-helmrelease testkube 1.9.26 k8s/infrastructure/testkube/testkube-release.yaml:12 "" TKI001>1.17.63,TKI002>1.15.1,TKI005'
  ],
  // Enterprise defaults with the agent disabled: only the Control Plane rules.
  'rijuvijayan87__e2e-tests-infra': [
    'helm-values testkube-enterprise null testkube/values.yaml:235 "" TKI007,TKI008'
  ],
  // 1.12.16: no keys for the executor Jobs, the MongoDB hook or the operator hook yet.
  'rodrigodelmonte__qa-testkube': [
    'flux-helmrelease testkube 1.12.16 services/testkube/1.12.16/testkube.yaml:9 "" TKI001>1.17.63,TKI002>1.15.1,TKI004>1.13.30,TKI005'
  ],
  // The Argo CD Application deploys the old umbrella path (reported once, as the Application); the moved
  // umbrella under observability/ is deployed by nothing in the repository, so it is a release of its own.
  // 1.14.11 reads the operator hook key (1.13.35+), 1.11.49 does not.
  'shortlink-org__shortlink': [
    'helm-umbrella testkube 1.14.11 ops/Helm/addons/observability/testkube/Chart.yaml:16 "testkube." TKI001>1.17.63,TKI002>1.15.1,TKI004,TKI005',
    'argocd-application testkube 1.11.49 ops/argocd/infrastructure/testkube/application.yaml:15 "testkube." TKI001>1.17.63,TKI002>1.15.1,TKI004>1.13.30,TKI005'
  ],
  // 2.12.2 renders the builtin-templates installer hook by default (TKI011).
  'suxess-it__kubriX': [
    'helm-umbrella testkube 2.12.2 platform-apps/charts/testkube/Chart.yaml:27 "testkube." TKI006,TKI011'
  ],
  // helm_release with yamlencode({…}): judged, not fixable (the tool does not write HCL).
  'tiagoangelototvs__testkube-playground': [
    'terraform-helm-release testkube 1.15.18 testkube.tf:1 "" TKI001>1.17.63,TKI002!,TKI004!,TKI005!'
  ]
}

/**
 * A finding as the expectations write it: `TKI001` a fixable error, `TKI001>1.17.63` an error that needs another
 * change (the first release that reads the key), `TKI001!` another error no fix resolves, `TKI001?` a note (a check
 * only older releases need, the version being unknown), `TKI102~` a warning.
 */
function codeOf(f: Finding): string {
  if (f.level === 'note') return `${f.ruleId}?`
  if (f.level === 'warning') return `${f.ruleId}~`
  if (f.fixable) return f.ruleId
  return f.requiresChartVersion ? `${f.ruleId}>${f.requiresChartVersion}` : `${f.ruleId}!`
}

const repos = existsSync(CORPUS)
  ? readdirSync(CORPUS, { withFileTypes: true })
      .filter(d => d.isDirectory())
      .map(d => d.name)
  : []

describe('the shared corpus', () => {
  it('is present beside the repository (CI lays ../shared next to the clone)', () => {
    expect(repos.length).toBeGreaterThan(0)
    expect(repos.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  it.each(repos)('%s: the releases a person sees, with the findings their versions call for', async repo => {
    const report = await scan({ root: join(CORPUS, repo), planFixes: false })
    const seen = report.releases.map(r => {
      const codes = [...new Set(report.findings.filter(f => f.releaseId === r.id).map(codeOf))].sort()
      const version =
        r.resolvedVersion && r.resolvedVersion !== r.chartVersion
          ? `${r.chartVersion}=${r.resolvedVersion}`
          : r.chartVersion
      return `${r.source} ${r.chart} ${version} ${r.file}:${r.line} ${JSON.stringify(r.valuesPrefix)} ${codes.join(',')}`
    })
    if (process.env.PRINT_CORPUS) console.log(JSON.stringify({ [repo]: seen }, null, 2))
    expect(seen).toEqual(EXPECTED[repo])
    expect(report.errors).toEqual([])
  })

  it.each(repos)('%s: --fix leaves files that scan clean, and a second --fix changes nothing', async repo => {
    const dir = mkdtempSync(join(tmpdir(), 'tkig-corpus-'))
    try {
      cpSync(join(CORPUS, repo), dir, { recursive: true })
      const first = await scan({ root: dir })
      const written = await writeChanges(dir, first.changes)
      expect(written.problems).toEqual([])
      expect(first.errors).toEqual([])
      const second = await scan({ root: dir })
      expect(second.findings.filter(f => f.fixable)).toEqual([])
      expect(second.changes).toEqual([])
      // What is left is what the tool says it cannot fix, and it said so the first time.
      for (const left of second.findings) {
        expect(first.findings.some(f => f.ruleId === left.ruleId && f.path === left.path && !f.fixable)).toBe(
          true
        )
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
