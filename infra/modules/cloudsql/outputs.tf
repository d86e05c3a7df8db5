output "private_ip" {
  description = "The instance's private IP."
  value       = google_sql_database_instance.main.private_ip_address
}

output "database_url" {
  description = "DATABASE_URL for the app: the primary directly (the app LISTENs on it), TLS required."
  value       = "postgres://parkway:${random_password.parkway.result}@${google_sql_database_instance.main.private_ip_address}:5432/parkway?sslmode=require"
  sensitive   = true
}
