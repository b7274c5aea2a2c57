//! The trusted-issuers document (`issuers` endpoint).

use serde::{Deserialize, Serialize};

/// An issuer the backend vouches for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TrustedIssuer {
    /// Issuer id as it appears in credentials (a DID or an https URL).
    pub id: String,
    /// Display name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default)]
    pub country: Option<String>,
    /// Verification keys: DID URLs, key URLs or JWKs.
    #[serde(default)]
    pub keys: Vec<serde_json::Value>,
}

/// The trusted-issuers document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssuersDoc {
    /// The issuers.
    pub issuers: Vec<TrustedIssuer>,
}
