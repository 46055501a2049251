resource "helm_release" "testkube" {
  name       = "testkube"
  repository = "https://kubeshop.github.io/helm-charts"
  chart      = "testkube"
  version    = var.chart_version

  values = [
    templatefile("${path.module}/values.yaml.tpl", {
      inject = "false"
    })
  ]
}

variable "chart_version" {
  type = string
}
