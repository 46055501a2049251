resource "helm_release" "testkube" {
  name       = "testkube"
  repository = "https://kubeshop.github.io/helm-charts"
  chart      = "testkube"
  version    = "1.16.17"
  values     = [local.base_values, local.istio_values]
}
