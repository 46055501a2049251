terraform {
  source = "../../modules//tk"
}

locals {
  version = "1.16.17"
}

inputs = {
  chart_version = local.version
  namespace     = "testkube"
  helm_values   = file("values.yaml")
}
