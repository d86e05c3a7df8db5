# The API's host, and in review environments a wildcard for the merge requests' hosts, pointed
# at the ingress controller's static IP. cert-manager issues the certificates (HTTP-01).
data "google_dns_managed_zone" "main" {
  name = var.zone_name
}

resource "google_dns_record_set" "app" {
  managed_zone = data.google_dns_managed_zone.main.name
  name         = "${var.wildcard_hosts ? "*." : ""}${var.app_host}."
  type         = "A"
  ttl          = 300
  rrdatas      = [var.ingress_ip]
}

check "host_in_zone" {
  assert {
    condition     = endswith("${var.app_host}.", var.dns_domain)
    error_message = "app_host must be inside the zone's domain."
  }
}
