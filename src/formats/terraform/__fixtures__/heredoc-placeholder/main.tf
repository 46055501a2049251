variable "inject" {
  default = "true"
}

resource "helm_release" "testkube" {
  chart      = "testkube"
  repository = "https://kubeshop.github.io/helm-charts"
  version    = "2.1.50"
  values = [<<EOT
testkube-api:
  jobPodAnnotations:
    sidecar.istio.io/inject: "${var.inject}"
EOT
  ]
}
