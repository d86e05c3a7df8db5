# Providers pinned to a minor line (~>): patch releases only, reviewed through the plan on a
# merge request. The state lives in a GCS bucket per project; the pipeline passes the prefix
# (`terraform init -backend-config="prefix=parkway/<environment>"`), see docs/deployment.md.
terraform {
  required_version = "~> 1.11.0"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 6.40"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.7"
    }
    statuscake = {
      source  = "StatusCakeDev/statuscake"
      version = "~> 2.2"
    }
  }

  backend "gcs" {
    bucket = "parkway-terraform-state"
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}

# The API token comes from the environment (TF_VAR_statuscake_api_token, a masked CI variable).
provider "statuscake" {
  api_token = var.statuscake_api_token
}
