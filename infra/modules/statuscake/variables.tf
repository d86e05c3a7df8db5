variable "name" {
  description = "Names the check and the contact group."
  type        = string
}

variable "url" {
  description = "The readiness URL checked."
  type        = string
}

variable "contact_emails" {
  description = "Who is alerted."
  type        = list(string)
}
