variable "name" {
  description = "Instance name."
  type        = string
}

variable "region" {
  description = "Region of the instance."
  type        = string
}

variable "network_id" {
  description = "VPC whose private service access gives the instance its private IP."
  type        = string
}

variable "private_services" {
  description = "The private service connection (the instance waits for it)."
  type        = string
}

variable "tier" {
  description = "Machine tier."
  type        = string
}

variable "high_availability" {
  description = "REGIONAL (a standby in another zone) instead of ZONAL."
  type        = bool
}

variable "max_connections" {
  description = "PostgreSQL max_connections."
  type        = number
}

variable "deletion_protection" {
  description = "Refuse to delete the instance (Terraform and the Cloud SQL API)."
  type        = bool
}
