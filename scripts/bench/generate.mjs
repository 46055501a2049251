// A seeded generator of synthetic GitOps monorepos for the benchmark. Each cluster holds a Flux source file
// (HelmRepositories), a cluster kustomization and a few hundred application directories: plain manifests with
// their kustomization, other charts' Argo CD Applications and Flux HelmReleases (with a kustomization that lists
// them), values files, and some non-YAML files. About 1% of the files belong to Testkube releases, spread over
// every format the scanner reads; the Flux ones resolve their HelmRepository and some take values from a
// ConfigMap, so the cross-references a real repository has are followed. The same seed and size always give the
// same tree, byte for byte, so runs and machines can be compared.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

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
const APPS_PER_CLUSTER = 200

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
          envFrom:
            - configMapRef:
                name: ${name}-env
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
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-env
  namespace: ${ns}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "a,b,c"
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
  syncPolicy:
    automated: { prune: true, selfHeal: true }
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

function kustomization(resources, namespace) {
  return `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
${namespace ? `namespace: ${namespace}\n` : ''}resources:
${resources.map(f => `  - ${f}`).join('\n')}
`
}

function fluxSources() {
  const repos = [
    ...OTHER_CHARTS.map(([c, url]) => [c, url]),
    ['kubeshop', 'https://kubeshop.github.io/helm-charts']
  ]
  return repos
    .map(
      ([name, url]) => `---
apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: ${name}
  namespace: flux-system
spec:
  interval: 1h
  url: ${url}
`
    )
    .join('')
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
  // Flux: the HelmRelease is built by a kustomization that sets its namespace, resolves the cluster's
  // HelmRepository, and every other one takes values from a ConfigMap next to it.
  (dir, i) => {
    const fromConfigMap = i % 2 === 0
    const files = [
      [
        `${dir}/testkube-hr.yaml`,
        `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: testkube\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: testkube\n      version: "2.${i % 4}.x"\n      sourceRef:\n        kind: HelmRepository\n        name: kubeshop\n        namespace: flux-system\n${fromConfigMap ? `  valuesFrom:\n    - kind: ConfigMap\n      name: testkube-values-${i}\n` : ''}  values:\n    testkube-api:\n      jobPodAnnotations: {}\n`
      ],
      [
        `${dir}/kustomization.yaml`,
        kustomization(['testkube-hr.yaml', ...(fromConfigMap ? ['testkube-cm.yaml'] : [])], `testkube-${i}`)
      ]
    ]
    if (fromConfigMap)
      files.push([
        `${dir}/testkube-cm.yaml`,
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: testkube-values-${i}\ndata:\n  values.yaml: |\n    testkube-operator:\n      enabled: true\n`
      ])
    return files
  },
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
 * Write a tree of about `size` files under `root`. Returns the number written and the Testkube files (path →
 * text), so a benchmark can restore them between `--fix` runs.
 */
export function generateTree(root, size, seed = 42) {
  const r = rng(seed)
  const testkube = new Map()
  const made = new Set()
  let written = 0
  const put = (rel, text) => {
    const abs = join(root, rel)
    const dir = abs.slice(0, abs.lastIndexOf('/'))
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true })
      made.add(dir)
    }
    writeFileSync(abs, text)
    written++
  }
  const testkubeEvery = 100 // about 1% of files belong to Testkube releases
  let tk = 0
  let app = 0
  let clusterApps = []
  const closeCluster = cluster => {
    // The cluster's entry point, as `flux bootstrap` lays it out: one kustomization for every app directory.
    put(`${cluster}/kustomization.yaml`, kustomization(['flux-system', ...clusterApps]))
    clusterApps = []
  }
  let cluster = null
  while (written < size) {
    const next = `clusters/cluster-${String(Math.floor(app / APPS_PER_CLUSTER)).padStart(3, '0')}`
    if (next !== cluster) {
      if (cluster) closeCluster(cluster)
      cluster = next
      put(`${cluster}/flux-system/sources.yaml`, fluxSources())
      put(`${cluster}/flux-system/kustomization.yaml`, kustomization(['sources.yaml']))
    }
    const ns = `team-${Math.floor(r() * 50)}`
    const appDir = `apps/app-${String(app).padStart(6, '0')}`
    const dir = `${cluster}/${appDir}`
    app++
    if (Math.floor(written / testkubeEvery) > tk) {
      const files = TESTKUBE[tk % TESTKUBE.length](dir, tk)
      for (const [rel, text] of files) {
        put(rel, text)
        testkube.set(rel, text)
      }
      if (files.some(([rel]) => rel === `${dir}/kustomization.yaml`)) clusterApps.push(appDir)
      tk++
      continue
    }
    const roll = r()
    const name = `svc-${app}`
    if (roll < 0.45) {
      put(`${dir}/deployment.yaml`, deployment(name, ns, r))
      put(`${dir}/kustomization.yaml`, kustomization(['deployment.yaml'], ns))
      clusterApps.push(appDir)
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
      put(`${dir}/kustomization.yaml`, kustomization(['helmrelease.yaml']))
      clusterApps.push(appDir)
    } else if (roll < 0.92) {
      put(`${dir}/README.md`, `# ${name}\n\nOwned by team ${ns}. Tests run in testkube nightly.\n`)
    } else {
      put(`${dir}/config.json`, JSON.stringify({ name, replicas: 2, owner: ns }, null, 2) + '\n')
    }
  }
  if (cluster) closeCluster(cluster)
  return { files: written, testkube }
}
