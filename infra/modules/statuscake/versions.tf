# Not a hashicorp/ provider: a module using it must name its source (the root pins the version).
terraform {
  required_providers {
    statuscake = {
      source  = "StatusCakeDev/statuscake"
      version = "~> 2.2"
    }
  }
}
