variable "inject" {
  default = "true"
}

resource "helm_release" "testkube" {
  chart      = "testkube"
  repository = "https://kubeshop.github.io/helm-charts"
  version    = "1.16.17"
  values = [<<EOT
testkube-api:
  jobPodAnnotations:
    sidecar.istio.io/inject: "${var.inject}"
EOT
  ]
}
