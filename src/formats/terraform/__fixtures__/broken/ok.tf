resource "helm_release" "testkube" {
  chart   = "testkube"
  version = "1.16.17"
}
