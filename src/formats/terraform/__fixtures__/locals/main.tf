resource "helm_release" "testkube" {
  name       = "testkube"
  repository = "https://kubeshop.github.io/helm-charts"
  chart      = "testkube"
  version    = "2.1.50"
  values     = [local.base_values, local.istio_values]
}
