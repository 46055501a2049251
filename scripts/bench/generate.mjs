// A seeded generator of synthetic GitOps monorepos for the benchmark: clusters of plain manifests, other
// charts' Argo CD Applications and Flux HelmReleases, values files, kustomizations, some non-YAML files, and
// about 1% Testkube releases spread over every format the scanner reads. The same seed and size always give
// the same tree, byte for byte, so runs and machines can be compared.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** mulberry32: small, fast, good enough for layout decisions. */
export function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const OTHER_CHARTS = [
  ['ingress-nginx', 'https://kubernetes.github.io/ingress-nginx', '4.11.3'],
  ['redis', 'https://charts.bitnami.com/bitnami', '19.6.4'],
  ['cert-manager', 'https://charts.jetstack.io', 'v1.15.3'],
  ['grafana', 'https://grafana.github.io/helm-charts', '8.5.1'],
  ['external-dns', 'https://kubernetes-sigs.github.io/external-dns', '1.14.5']
]

function deployment(name, ns, r) {
  return `# ${name}: generated workload
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  replicas: ${1 + Math.floor(r() * 4)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
      annotations:
        sidecar.istio.io/inject: "true"
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/${name}:1.${Math.floor(r() * 40)}.0
          ports:
            - containerPort: 8080
          resources:
            requests: { cpu: 100m, memory: 128Mi }
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - port: 80
      targetPort: 8080
`
}

function otherValues(r) {
  return `# values for an unrelated chart
replicaCount: ${1 + Math.floor(r() * 3)}
image:
  repository: ghcr.io/acme/thing
  tag: "2.${Math.floor(r() * 90)}"
podAnnotations: {}
resources:
  limits:
    cpu: 500m
    memory: 512Mi
nodeSelector: {}
tolerations: []
`
}

function otherArgoApp(name, chart, r) {
  const [c, repo, v] = chart
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: ${repo}
    chart: ${c}
    targetRevision: ${v}
    helm:
      values: |
        replicaCount: ${1 + Math.floor(r() * 3)}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${name}
`
}

function otherHelmRelease(name, chart) {
  const [c, , v] = chart
  return `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${name}
  namespace: ${name}
spec:
  interval: 10m
  chart:
    spec:
      chart: ${c}
      version: "${v}"
      sourceRef:
        kind: HelmRepository
        name: ${c}
        namespace: flux-system
  values:
    replicaCount: 2
`
}

function kustomization(files) {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
${files.map(f => `  - ${f}`).join('\n')}
`
}

/** Testkube releases, one per format; each returns [relative path, text][] inside its own directory. */
const TESTKUBE = [
  (dir, i) => [
    [
      `${dir}/testkube-values.yaml`,
      `# Testkube agent values (${i})\ntestkube-api:\n  minio:\n    enabled: false\ntestkube-operator:\n  enabled: false\nmongodb:\n  enabled: true\n`
    ]
  ],
  (dir, i) => [
    [
      `${dir}/testkube-app.yaml`,
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: testkube-${i}\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://kubeshop.github.io/helm-charts\n    chart: testkube\n    targetRevision: 2.1.${40 + (i % 30)}\n    helm:\n      values: |\n        # agent settings\n        testkube-api:\n          logs:\n            storage: minio\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: testkube\n`
    ]
  ],
  (dir, i) => [
    [
      `${dir}/testkube-hr.yaml`,
      `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: testkube\n  namespace: testkube-${i}\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: testkube\n      version: "2.${i % 4}.x"\n      sourceRef:\n        kind: HelmRepository\n        name: kubeshop\n        namespace: flux-system\n  values:\n    testkube-api:\n      jobPodAnnotations: {}\n`
    ]
  ],
  (dir, i) => [
    [
      `${dir}/testkube-umbrella/Chart.yaml`,
      `apiVersion: v2\nname: tk-${i}\nversion: 0.1.0\ndependencies:\n  - name: testkube\n    version: 1.17.${30 + (i % 20)}\n    repository: https://kubeshop.github.io/helm-charts\n    condition: testkube.enabled\n`
    ],
    [
      `${dir}/testkube-umbrella/values.yaml`,
      `testkube:\n  enabled: true\n  testkube-api:\n    minio:\n      enabled: true\n`
    ]
  ],
  (dir, i) => [
    [
      `${dir}/helmfile.yaml`,
      `repositories:\n  - name: kubeshop\n    url: https://kubeshop.github.io/helm-charts\nreleases:\n  - name: testkube-${i}\n    namespace: testkube\n    chart: kubeshop/testkube\n    version: 2.1.${i % 60}\n    values:\n      - testkube-api:\n          minio:\n            enabled: false\n`
    ]
  ],
  (dir, i) => [
    [
      `${dir}/tk-kustomize/kustomization.yaml`,
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nhelmCharts:\n  - name: testkube\n    repo: https://kubeshop.github.io/helm-charts\n    version: 1.16.${i % 40}\n    releaseName: testkube\n    namespace: testkube\n    valuesInline:\n      testkube-api:\n        minio:\n          enabled: false\n`
    ]
  ]
]

/**
 * Write a tree of `size` files under `root`. Returns the Testkube files written (path → text) so a benchmark
 * can restore them between `--fix` runs.
 */
export function generateTree(root, size, seed = 42) {
  const r = rng(seed)
  const testkube = new Map()
  let written = 0
  const put = (rel, text) => {
    const abs = join(root, rel)
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, text)
    written++
  }
  const testkubeEvery = 100 // about 1% of files belong to Testkube releases
  let tk = 0
  let app = 0
  while (written < size) {
    const cluster = `clusters/cluster-${String(Math.floor(app / 200)).padStart(3, '0')}`
    const ns = `team-${Math.floor(r() * 50)}`
    const dir = `${cluster}/apps/app-${String(app).padStart(6, '0')}`
    app++
    if (Math.floor(written / testkubeEvery) > tk) {
      const files = TESTKUBE[tk % TESTKUBE.length](dir, tk)
      for (const [rel, text] of files) {
        put(rel, text)
        testkube.set(rel, text)
      }
      tk++
      continue
    }
    const roll = r()
    const name = `svc-${app}`
    if (roll < 0.45) {
      put(`${dir}/deployment.yaml`, deployment(name, ns, r))
      put(`${dir}/kustomization.yaml`, kustomization(['deployment.yaml']))
    } else if (roll < 0.6) {
      put(`${dir}/values.yaml`, otherValues(r))
    } else if (roll < 0.72) {
      put(
        `${dir}/application.yaml`,
        otherArgoApp(name, OTHER_CHARTS[Math.floor(r() * OTHER_CHARTS.length)], r)
      )
    } else if (roll < 0.84) {
      put(
        `${dir}/helmrelease.yaml`,
        otherHelmRelease(name, OTHER_CHARTS[Math.floor(r() * OTHER_CHARTS.length)])
      )
    } else if (roll < 0.92) {
      put(`${dir}/README.md`, `# ${name}\n\nOwned by team ${ns}. Tests run in testkube nightly.\n`)
    } else {
      put(`${dir}/config.json`, JSON.stringify({ name, replicas: 2, owner: ns }, null, 2) + '\n')
    }
  }
  return { files: written, testkube }
}
