# Review apps: one small cluster, a namespace and an ephemeral PostgreSQL per merge request.
project_id            = "parkway-review"
environment           = "review"
dns_zone_name         = "parkway-example"
dns_domain            = "parkway.example.com."
app_host              = "review.parkway.example.com"
node_machine_type     = "e2-standard-2"
node_min_count        = 0
node_max_count        = 3
database_enabled      = false
deletion_protection   = false
uptime_contact_emails = ["platform@example.com"]
