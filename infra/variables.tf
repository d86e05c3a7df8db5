variable "project_id" {
  description = "The Google Cloud project of this environment."
  type        = string
}

variable "region" {
  description = "Region of the cluster, the database and the subnet."
  type        = string
  default     = "europe-west2"
}

variable "environment" {
  description = "review, staging or production: names resources and picks their size."
  type        = string
  validation {
    condition     = contains(["review", "staging", "production"], var.environment)
    error_message = "environment must be review, staging or production."
  }
}

variable "dns_zone_name" {
  description = "Cloud DNS managed zone that holds the environment's records."
  type        = string
}

variable "dns_domain" {
  description = "The zone's domain, with the trailing dot (parkway.example.com.)."
  type        = string
}

variable "app_host" {
  description = "Public host of the API (the Ingress host); review environments get *.<app_host>."
  type        = string
}

variable "node_machine_type" {
  description = "Machine type of the autoscaled node pool."
  type        = string
}

variable "node_min_count" {
  description = "Fewest nodes per zone of the node pool."
  type        = number
}

variable "node_max_count" {
  description = "Most nodes per zone of the node pool."
  type        = number
}

variable "database_enabled" {
  description = "Create Cloud SQL; review environments run an ephemeral PostgreSQL per merge request instead."
  type        = bool
  default     = true
}

variable "database_tier" {
  description = "Cloud SQL machine tier."
  type        = string
  default     = "db-custom-2-7680"
}

variable "database_high_availability" {
  description = "A standby in another zone (REGIONAL availability)."
  type        = bool
  default     = false
}

variable "database_max_connections" {
  description = "PostgreSQL max_connections: at least HPA maxReplicas x (PG_POOL_MAX + 2) plus headroom."
  type        = number
  default     = 200
}

variable "deletion_protection" {
  description = "Refuse to delete the cluster and the database (true in production)."
  type        = bool
}

variable "uptime_contact_emails" {
  description = "Who StatusCake alerts when /readyz fails."
  type        = list(string)
}

variable "statuscake_api_token" {
  description = "StatusCake API token; set TF_VAR_statuscake_api_token, never a file."
  type        = string
  sensitive   = true
}
