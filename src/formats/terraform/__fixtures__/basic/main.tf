locals {
  namespace = "testkube"
}

resource "helm_release" "testkube" {
  name       = "tk"
  repository = "https://kubeshop.github.io/helm-charts"
  chart      = "testkube"
  version    = var.testkube_version
  namespace  = local.namespace

  values = [
    file("${path.module}/values/base.yaml"),
    <<-EOT
      # kept: a comment in the heredoc
      testkube-api:
        jobPodAnnotations:
          sidecar.istio.io/inject: "false"
    EOT
  ]

  set {
    name  = "testkube-operator.webhook.patch.podAnnotations.sidecar\\.istio\\.io/inject"
    value = "true"
    type  = "string"
  }

  set_list {
    name  = "testkube-api.extraArgs"
    value = ["a", "b"]
  }

  set_sensitive {
    name  = "preUpgradeHookNATS.podAnnotations.sidecar\\.istio\\.io/inject"
    value = var.nats_inject
  }
}

resource "helm_release" "ingress" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"
}
