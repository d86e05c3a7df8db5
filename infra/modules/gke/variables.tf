variable "name" {
  description = "Cluster name and resource prefix."
  type        = string
}

variable "project_id" {
  description = "Project of the cluster; names the workload identity pool."
  type        = string
}

variable "region" {
  description = "A regional cluster: control plane and nodes across the region's zones."
  type        = string
}

variable "network_id" {
  description = "The VPC."
  type        = string
}

variable "subnetwork_id" {
  description = "The nodes' subnet."
  type        = string
}

variable "pods_range_name" {
  description = "Secondary range for pods."
  type        = string
}

variable "services_range_name" {
  description = "Secondary range for Services."
  type        = string
}

variable "machine_type" {
  description = "Node machine type."
  type        = string
}

variable "min_node_count" {
  description = "Autoscaler floor, per zone."
  type        = number
}

variable "max_node_count" {
  description = "Autoscaler ceiling, per zone."
  type        = number
}

variable "deletion_protection" {
  description = "Refuse terraform destroy of the cluster."
  type        = bool
}

variable "app_namespace" {
  description = "Namespace of the app's Kubernetes service account `parkway`."
  type        = string
  default     = "parkway"
}
