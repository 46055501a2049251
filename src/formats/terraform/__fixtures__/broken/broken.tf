resource "helm_release" "half" {
  chart = "testkube"
  values = [
