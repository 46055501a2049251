# No version: the Helm provider installs the newest release of the chart.
resource "helm_release" "testkube" {
  name             = "testkube"
  repository       = "https://kubeshop.github.io/helm-charts"
  chart            = "testkube"
  namespace        = "testkube"
  create_namespace = true
}
