variable "zone_name" {
  description = "An existing Cloud DNS managed zone."
  type        = string
}

variable "dns_domain" {
  description = "The zone's domain with the trailing dot."
  type        = string
}

variable "app_host" {
  description = "The API's host."
  type        = string
}

variable "ingress_ip" {
  description = "Where the host points."
  type        = string
}

variable "wildcard_hosts" {
  description = "Point *.<app_host> instead (review apps: one host per merge request)."
  type        = bool
}
