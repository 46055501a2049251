resource "helm_release" "ingress" {
  name       = "ingress-nginx"
  repository = "https://kubernetes.github.io/ingress-nginx"
  chart      = "ingress-nginx"
}

resource "helm_release" "mystery" {
  name  = "mystery"
  chart = var.chart
}

variable "chart" {
  type = string
}
