output "fqdn" {
  description = "The record's name."
  value       = google_dns_record_set.app.name
}
