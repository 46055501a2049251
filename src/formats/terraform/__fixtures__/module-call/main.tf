locals {
  namespace = "testkube"
}

module "testkube" {
  source        = "./modules/testkube"
  chart_version = "2.1.50"
  namespace     = local.namespace
}

module "testkube_next" {
  source        = "./modules/testkube"
  chart_version = "2.1.100"
  namespace     = "testkube-next"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}
