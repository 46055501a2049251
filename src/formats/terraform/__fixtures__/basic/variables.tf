variable "testkube_version" {
  type    = string
  default = "2.1.50"
}

variable "nats_inject" {
  type      = string
  sensitive = true
}
