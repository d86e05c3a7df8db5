variable "name" {
  description = "Secret name prefix (parkway-<environment>)."
  type        = string
}

variable "project_id" {
  description = "Project of the secrets."
  type        = string
}

variable "app_service_account" {
  description = "The app's Google service account, granted secretAccessor."
  type        = string
}

variable "database_url" {
  description = "DATABASE_URL from the cloudsql module."
  type        = string
  sensitive   = true
}

variable "database_url_enabled" {
  description = "Whether a Cloud SQL DATABASE_URL exists to store (not in review environments)."
  type        = bool
}
