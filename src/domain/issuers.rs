//! The trusted-issuers document (`issuers` endpoint).

use super::decode::{decode_each, parse_json, DecodeError, Lenient};
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

impl IssuersDoc {
    /// Decodes the document, one issuer at a time: a malformed issuer is left out (and reported
    /// in the second value) instead of hiding every other one.
    pub fn decode(text: &str) -> Result<(IssuersDoc, Vec<DecodeError>), DecodeError> {
        let value = parse_json(text)?;
        let items = value
            .get("issuers")
            .and_then(|v| v.as_array())
            .ok_or_else(|| DecodeError {
                path: "issuers".into(),
                message: "expected an array of issuers".into(),
            })?;
        let Lenient { items, skipped } = decode_each::<TrustedIssuer>(items, "issuers");
        Ok((IssuersDoc { issuers: items }, skipped))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_issuers_survive_a_bad_one() {
        let (doc, skipped) = IssuersDoc::decode(
            r#"{"issuers": [
                {"id": "did:key:z6Mk1", "name": "Tallinn school", "country": "EE", "keys": ["did:key:z6Mk1#z6Mk1"]},
                {"id": 42, "name": "broken"},
                {"id": "https://example.fi/issuer", "name": "Äänekoski", "extra": true}
            ]}"#,
        )
        .unwrap();
        let ids: Vec<_> = doc.issuers.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["did:key:z6Mk1", "https://example.fi/issuer"]);
        assert_eq!(doc.issuers[0].country.as_deref(), Some("EE"));
        assert_eq!(doc.issuers[1].keys, Vec::<serde_json::Value>::new());
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].path, "issuers[1].id");
    }

    #[test]
    fn a_document_without_an_issuer_list_is_malformed() {
        assert_eq!(IssuersDoc::decode("[]").unwrap_err().path, "issuers");
        assert_eq!(
            IssuersDoc::decode(r#"{"issuers": {"id": "x"}}"#)
                .unwrap_err()
                .path,
            "issuers"
        );
        assert_eq!(IssuersDoc::decode("{not json").unwrap_err().path, ".");
        let (empty, skipped) = IssuersDoc::decode(r#"{"issuers": []}"#).unwrap();
        assert!(empty.issuers.is_empty() && skipped.is_empty());
    }

    #[test]
    fn a_missing_name_is_a_bad_issuer() {
        let (doc, skipped) = IssuersDoc::decode(r#"{"issuers": [{"id": "did:web:x"}]}"#).unwrap();
        assert!(doc.issuers.is_empty());
        assert_eq!(skipped[0].path, "issuers[0]");
    }
}
