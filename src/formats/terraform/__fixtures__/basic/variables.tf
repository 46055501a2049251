variable "testkube_version" {
  type    = string
  default = "1.16.17"
}

variable "nats_inject" {
  type      = string
  sensitive = true
}
