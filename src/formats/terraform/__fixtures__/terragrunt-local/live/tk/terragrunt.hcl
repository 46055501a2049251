terraform {
  source = "../../modules//tk"
}

locals {
  version = "2.1.50"
}

inputs = {
  chart_version = local.version
  namespace     = "testkube"
  helm_values   = file("values.yaml")
}
