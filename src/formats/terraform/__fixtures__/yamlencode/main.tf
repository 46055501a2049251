locals {
  inject = "false"
}

resource "helm_release" "testkube" {
  name    = "testkube"
  chart   = "oci://us-east1-docker.pkg.dev/testkube-cloud-372110/testkube/testkube"
  version = "2.1.50"

  values = [yamlencode({
    testkube-api = {
      jobPodAnnotations = {
        "sidecar.istio.io/inject" = local.inject
      }
      jobServiceAccountName = kubernetes_service_account_v1.job.metadata[0].name
    }
    preUpgradeHook = {
      podAnnotations = { "sidecar.istio.io/inject" = "false" }
    }
  })]
}
