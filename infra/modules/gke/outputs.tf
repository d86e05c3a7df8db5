output "cluster_name" {
  description = "The cluster's name."
  value       = google_container_cluster.main.name
}

output "app_service_account_email" {
  description = "Google service account of the app (workload identity)."
  value       = google_service_account.app.email
}
