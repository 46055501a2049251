/** GitOps files for the action's end-to-end tests: plain Testkube values files and an Argo CD Application. */

/** Every setting the Istio guide asks of the `testkube` chart: no findings. */
export const COMPLIANT_VALUES = `testkube-api:
  replicas: 1
  jobPodAnnotations:
    sidecar.istio.io/inject: "false"
preUpgradeHook:
  podAnnotations:
    sidecar.istio.io/inject: "false"
preUpgradeHookNATS:
  podAnnotations:
    sidecar.istio.io/inject: "false"
testkube-operator:
  preUpgrade:
    podAnnotations:
      sidecar.istio.io/inject: "false"
  webhook:
    patch:
      podAnnotations:
        sidecar.istio.io/inject: "false"
global:
  testWorkflows:
    globalTemplate:
      enabled: true
      spec:
        pod:
          annotations:
            sidecar.istio.io/inject: "false"
`

/** All but one setting (TKI001): exactly one finding. */
export const ONE_FINDING_VALUES = COMPLIANT_VALUES.replace(
  '  jobPodAnnotations:\n    sidecar.istio.io/inject: "false"\n',
  ''
)

/** A values file of the prod cluster that the pull request does not touch. */
export const PROD_VALUES = `# Testkube agent for prod
testkube-api:
  replicas: 2
  jobPodAnnotations:
    example.com/team: qa
testkube-operator:
  enabled: true
`

/** An Argo CD Application with inline values (a boolean where a string must be, missing hooks). */
export const ARGO_APP = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: testkube
  namespace: argocd
spec:
  project: default
  destination:
    server: https://kubernetes.default.svc
    namespace: testkube
  source:
    repoURL: https://kubeshop.github.io/helm-charts
    chart: testkube
    targetRevision: 2.1.50
    helm:
      values: |
        testkube-api:
          jobPodAnnotations:
            sidecar.istio.io/inject: false
        preUpgradeHook:
          podAnnotations: {}
`

/** The file the pull request adds: its fixes are inside the diff. */
export const STAGING_VALUES = `# Testkube agent for staging
testkube-api:
  replicas: 1
  jobPodAnnotations:
    sidecar.istio.io/inject: false
preUpgradeHook:
  podAnnotations:
    sidecar.istio.io/inject: "false"
`

export const BASE_FILES: Record<string, string> = {
  'README.md': '# gitops\n',
  'clusters/prod/testkube-values.yaml': PROD_VALUES,
  'apps/testkube.yaml': ARGO_APP
}

export const NO_TESTKUBE_FILES: Record<string, string> = {
  'README.md': '# gitops\n',
  'apps/nginx.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
spec:
  template:
    metadata:
      annotations:
        sidecar.istio.io/inject: "true"
`,
  'values/redis.yaml': 'architecture: standalone\nauth:\n  enabled: false\n'
}
