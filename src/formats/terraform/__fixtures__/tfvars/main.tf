resource "helm_release" "testkube" {
  name      = "testkube"
  chart     = "testkube"
  version   = var.chart_version
  namespace = var.namespace

  values = var.testkube_values

  dynamic "set" {
    for_each = var.extra
    content {
      name  = set.key
      value = set.value
    }
  }
}
