variable "name" {
  description = "Prefix of every resource (parkway-<environment>)."
  type        = string
}

variable "region" {
  description = "Region of the subnet, the router and the ingress IP."
  type        = string
}
