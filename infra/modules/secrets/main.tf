# The application's secrets in Secret Manager, readable by the app's service account only.
# Terraform creates the secrets, not their values (except DATABASE_URL, which it generates):
# JWT/OIDC and payment secrets are added by a person (`gcloud secrets versions add`), so they
# never appear in code, variables or state. deploy/scripts/sync-secrets.sh turns every secret
# labelled app=parkway into a key of the Kubernetes Secret `parkway-secrets`.
locals {
  names = toset(["jwt-secret", "oidc-client-secret", "stripe-secret-key", "stripe-webhook-secret", "database-url"])
}

resource "google_secret_manager_secret" "app" {
  for_each  = local.names
  secret_id = "${var.name}-${each.value}"
  labels    = { app = "parkway" }

  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "database_url" {
  count       = var.database_url_enabled ? 1 : 0
  secret      = google_secret_manager_secret.app["database-url"].id
  secret_data = var.database_url
}

resource "google_secret_manager_secret_iam_member" "app" {
  for_each  = local.names
  project   = var.project_id
  secret_id = google_secret_manager_secret.app[each.value].secret_id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${var.app_service_account}"
}
