resource "helm_release" "testkube" {
  chart   = "testkube"
  version = "2.1.50"
}
