output "cluster_name" {
  description = "The GKE cluster (gcloud container clusters get-credentials)."
  value       = module.gke.cluster_name
}

output "ingress_ip" {
  description = "The static IP to give ingress-nginx's Service (loadBalancerIP)."
  value       = module.network.ingress_ip
}

output "database_private_ip" {
  description = "Cloud SQL's private IP, inside the NetworkPolicy's egress range."
  value       = var.database_enabled ? module.cloudsql[0].private_ip : null
}

output "app_service_account" {
  description = "Google service account the app's Kubernetes service account impersonates."
  value       = module.gke.app_service_account_email
}
