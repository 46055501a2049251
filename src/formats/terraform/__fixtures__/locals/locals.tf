locals {
  base_values = file("${path.module}/values.yaml")

  istio_values = <<-EOT
    testkube-api:
      jobPodAnnotations:
        sidecar.istio.io/inject: "false"
  EOT
}
