# An uptime check on /readyz (503 while the database or the LISTEN connection is down) from
# three regions, confirmed by a second location before anyone is alerted.
resource "statuscake_contact_group" "operations" {
  name            = "${var.name} operations"
  email_addresses = var.contact_emails
}

resource "statuscake_uptime_check" "readyz" {
  name           = "${var.name} /readyz"
  check_interval = 60
  confirmation   = 2
  trigger_rate   = 2
  contact_groups = [statuscake_contact_group.operations.id]
  regions        = ["london", "frankfurt", "amsterdam"]

  http_check {
    timeout          = 10
    validate_ssl     = true
    follow_redirects = false
    status_codes     = ["200"]
  }

  monitored_resource {
    address = var.url
  }
}
