variable "chart_version" {
  default = "1.10.0"
}

variable "namespace" {
  default = "testkube"
}

variable "testkube_values" {
  default = [<<-EOT
    testkube-api:
      jobPodAnnotations:
        sidecar.istio.io/inject: "false"
  EOT
  ]
}

variable "extra" {
  default = {}
}
