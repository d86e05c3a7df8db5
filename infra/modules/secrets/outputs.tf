output "secret_ids" {
  description = "The secrets' ids, by short name."
  value       = { for name, secret in google_secret_manager_secret.app : name => secret.id }
}
