//! A fair-mode sign-up, as POSTed to the `signups` endpoint.

use serde::{Deserialize, Serialize};

/// One visitor's sign-up. The idempotency key makes retries safe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Signup {
    /// Unique per sign-up; also sent as the `Idempotency-Key` header.
    pub idempotency_key: String,
    /// Visitor's name.
    pub name: String,
    /// Visitor's e-mail address.
    pub email: String,
    /// Area of interest (`health`, `it`, `healthtech`, `transversal`, `undecided`).
    pub interest: String,
    /// UI language at the time of sign-up.
    pub locale: String,
    /// The visitor ticked the consent box.
    pub consent: bool,
    /// When the visitor signed up (RFC 3339).
    pub created_at: String,
}
