output "check_id" {
  description = "The uptime check."
  value       = statuscake_uptime_check.readyz.id
}
