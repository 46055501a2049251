variable "chart_version" {
  type = string
}

variable "namespace" {
  type = string
}

resource "helm_release" "testkube" {
  name       = "testkube"
  repository = "https://kubeshop.github.io/helm-charts"
  chart      = "testkube"
  version    = var.chart_version
  namespace  = var.namespace
  values     = [file("${path.module}/values.yaml")]
}
