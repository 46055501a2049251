variable "chart_version" {
  type = string
}

variable "helm_values" {
  type    = string
  default = ""
}

variable "namespace" {
  type    = string
  default = "default"
}

resource "helm_release" "this" {
  name       = "testkube"
  repository = "https://kubeshop.github.io/helm-charts"
  chart      = "testkube"
  version    = var.chart_version
  namespace  = var.namespace
  values     = [file("${path.module}/values.yaml"), var.helm_values]
}
