# Cloud SQL for PostgreSQL 15 reachable only over the VPC's private service access (no public
# IP), TLS required, daily backups with point-in-time recovery, a standby in production, and
# deletion protection where the environment asks for it. PostGIS needs no flag on Cloud SQL:
# the migrations' `CREATE EXTENSION postgis` runs as the `parkway` user, a member of
# cloudsqlsuperuser (docs/deployment.md).
resource "google_sql_database_instance" "main" {
  name                = var.name
  region              = var.region
  database_version    = "POSTGRES_15"
  deletion_protection = var.deletion_protection
  depends_on          = [var.private_services]

  settings {
    tier                        = var.tier
    availability_type           = var.high_availability ? "REGIONAL" : "ZONAL"
    deletion_protection_enabled = var.deletion_protection
    disk_autoresize             = true

    ip_configuration {
      ipv4_enabled    = false
      private_network = var.network_id
      ssl_mode        = "ENCRYPTED_ONLY"
    }

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      start_time                     = "02:00"
      transaction_log_retention_days = 7

      backup_retention_settings {
        retained_backups = 14
      }
    }

    maintenance_window {
      day  = 7
      hour = 3
    }

    database_flags {
      name  = "max_connections"
      value = tostring(var.max_connections)
    }

    insights_config {
      query_insights_enabled = true
    }
  }
}

resource "google_sql_database" "parkway" {
  name     = "parkway"
  instance = google_sql_database_instance.main.name
}

# generated here, kept in the (encrypted, access-controlled) state and in Secret Manager only
resource "random_password" "parkway" {
  length  = 32
  special = false
}

resource "google_sql_user" "parkway" {
  name     = "parkway"
  instance = google_sql_database_instance.main.name
  password = random_password.parkway.result
}
