output "network_id" {
  description = "The VPC."
  value       = google_compute_network.main.id
}

output "subnetwork_id" {
  description = "The nodes' subnet."
  value       = google_compute_subnetwork.nodes.id
}

output "pods_range_name" {
  description = "Secondary range for pod IPs."
  value       = google_compute_subnetwork.nodes.secondary_ip_range[0].range_name
}

output "services_range_name" {
  description = "Secondary range for Service IPs."
  value       = google_compute_subnetwork.nodes.secondary_ip_range[1].range_name
}

output "private_services_connection" {
  description = "The peering Cloud SQL's private IP needs (depend on it)."
  value       = google_service_networking_connection.private_services.id
}

output "ingress_ip" {
  description = "Static IP for the ingress controller's load balancer."
  value       = google_compute_address.ingress.address
}
