# One environment of Parkway on Google Cloud: a VPC with private service access, a GKE cluster
# (autoscaled nodes, workload identity), Cloud SQL for PostgreSQL 15 on a private IP, Secret
# Manager for the application's secrets, the DNS records of the public host and a StatusCake
# check on /readyz. `terraform plan -var-file=environments/<environment>.tfvars`.
locals {
  name = "parkway-${var.environment}"
}

module "network" {
  source = "./modules/network"
  name   = local.name
  region = var.region
}

module "gke" {
  source              = "./modules/gke"
  name                = local.name
  project_id          = var.project_id
  region              = var.region
  network_id          = module.network.network_id
  subnetwork_id       = module.network.subnetwork_id
  pods_range_name     = module.network.pods_range_name
  services_range_name = module.network.services_range_name
  machine_type        = var.node_machine_type
  min_node_count      = var.node_min_count
  max_node_count      = var.node_max_count
  deletion_protection = var.deletion_protection
}

module "cloudsql" {
  source              = "./modules/cloudsql"
  count               = var.database_enabled ? 1 : 0
  name                = local.name
  region              = var.region
  network_id          = module.network.network_id
  private_services    = module.network.private_services_connection
  tier                = var.database_tier
  high_availability   = var.database_high_availability
  max_connections     = var.database_max_connections
  deletion_protection = var.deletion_protection
}

module "secrets" {
  source               = "./modules/secrets"
  name                 = local.name
  project_id           = var.project_id
  app_service_account  = module.gke.app_service_account_email
  database_url         = var.database_enabled ? module.cloudsql[0].database_url : ""
  database_url_enabled = var.database_enabled
}

module "dns" {
  source         = "./modules/dns"
  zone_name      = var.dns_zone_name
  dns_domain     = var.dns_domain
  app_host       = var.app_host
  ingress_ip     = module.network.ingress_ip
  wildcard_hosts = var.environment == "review"
}

# review apps come and go with their merge requests: no uptime check for them
module "statuscake" {
  source         = "./modules/statuscake"
  count          = var.environment == "review" ? 0 : 1
  name           = local.name
  url            = "https://${var.app_host}/readyz"
  contact_emails = var.uptime_contact_emails
}
