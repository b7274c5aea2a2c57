//! The outer shape of an imported credential, shared by the wallet's parser and the verifier:
//! either a JSON document (a credential with an embedded proof, or unsigned) or a compact JWS
//! (VC-JWT). Opening checks the size limit and the syntax only; what the document means is
//! decided by `credential` (display) and `verify` (trust).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

/// The largest credential the wallet accepts (1 MiB).
pub const MAX_CREDENTIAL_BYTES: usize = 1 << 20;

/// Why bytes could not be opened as a credential document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    /// Nothing but white space.
    #[error("empty")]
    Empty,
    /// Larger than [`MAX_CREDENTIAL_BYTES`].
    #[error("too large: {size} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
    },
    /// Not UTF-8 text.
    #[error("not text")]
    NotText,
    /// Looks like JSON but does not parse.
    #[error("not JSON (line {line}, column {column}): {message}")]
    NotJson {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// JSON, but not an object (an array, a string, a number…).
    #[error("not a JSON object")]
    NotAnObject,
    /// Neither JSON nor a compact JWS.
    #[error("unsupported format")]
    Unsupported,
    /// Three dot-separated parts, but one of them is not valid base64url / JSON.
    #[error("malformed JWT: {0}")]
    BadJwt(&'static str),
}

/// A compact JWS (`header.payload.signature`), decoded but not checked.
#[derive(Debug, Clone, PartialEq)]
pub struct CompactJws {
    /// The protected header.
    pub header: serde_json::Map<String, Value>,
    /// The payload (claims).
    pub payload: serde_json::Map<String, Value>,
    /// `base64url(header) "." base64url(payload)`: the bytes the signature covers.
    pub signing_input: String,
    /// The decoded signature (empty for `alg: none`).
    pub signature: Vec<u8>,
}

impl CompactJws {
    /// The verifiable credential inside: the `vc` claim (VC-JWT, VC Data Model 1.1 style), or
    /// the payload itself (VC-JOSE-COSE style, `typ: vc+jwt`).
    pub fn credential(&self) -> &serde_json::Map<String, Value> {
        match self.payload.get("vc") {
            Some(Value::Object(vc)) => vc,
            _ => &self.payload,
        }
    }

    /// The `alg` header parameter, if it is a string.
    pub fn alg(&self) -> Option<&str> {
        self.header.get("alg").and_then(Value::as_str)
    }
}

/// An opened credential document.
#[derive(Debug, Clone, PartialEq)]
pub enum Envelope {
    /// A JSON object (Open Badges / VC with an embedded proof, or an unsigned one, or EDC).
    Json(serde_json::Map<String, Value>),
    /// A compact JWS.
    Jwt(CompactJws),
}

impl Envelope {
    /// The credential object: the JSON document itself, or the one inside the JWT.
    pub fn credential(&self) -> &serde_json::Map<String, Value> {
        match self {
            Envelope::Json(obj) => obj,
            Envelope::Jwt(jws) => jws.credential(),
        }
    }
}

/// Decodes base64url without padding (padding, if present, is tolerated).
pub fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(s.trim_end_matches('=')).ok()
}

/// Encodes bytes as base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn is_b64url(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'=')
}

fn jws_object(
    part: &str,
    what: &'static str,
) -> Result<serde_json::Map<String, Value>, EnvelopeError> {
    let bytes = base64url_decode(part).ok_or(EnvelopeError::BadJwt(what))?;
    match serde_json::from_slice(&bytes) {
        Ok(Value::Object(obj)) => Ok(obj),
        _ => Err(EnvelopeError::BadJwt(what)),
    }
}

/// Parses a compact JWS. `text` must already be trimmed.
pub fn parse_compact_jws(text: &str) -> Result<CompactJws, EnvelopeError> {
    let mut parts = text.split('.');
    let (Some(h), Some(p), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(EnvelopeError::Unsupported);
    };
    if h.is_empty() || p.is_empty() || ![h, p, s].iter().all(|x| is_b64url(x)) {
        return Err(EnvelopeError::Unsupported);
    }
    let header = jws_object(h, "header")?;
    let payload = jws_object(p, "payload")?;
    let signature = base64url_decode(s).ok_or(EnvelopeError::BadJwt("signature"))?;
    Ok(CompactJws {
        header,
        payload,
        signing_input: format!("{h}.{p}"),
        signature,
    })
}

/// Opens imported bytes: checks the size limit, then reads JSON or a compact JWS.
pub fn open(bytes: &[u8]) -> Result<Envelope, EnvelopeError> {
    if bytes.len() > MAX_CREDENTIAL_BYTES {
        return Err(EnvelopeError::TooLarge { size: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| EnvelopeError::NotText)?;
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(EnvelopeError::Empty);
    }
    if text.starts_with('{') || text.starts_with('[') {
        return match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(obj)) => Ok(Envelope::Json(obj)),
            Ok(_) => Err(EnvelopeError::NotAnObject),
            Err(e) => Err(EnvelopeError::NotJson {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            }),
        };
    }
    // A JSON string holding a JWT (some issuers serve `"eyJ…"`).
    let unquoted = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text);
    parse_compact_jws(unquoted).map(Envelope::Jwt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(header: &str, payload: &str, sig: &[u8]) -> String {
        format!(
            "{}.{}.{}",
            base64url_encode(header.as_bytes()),
            base64url_encode(payload.as_bytes()),
            base64url_encode(sig)
        )
    }

    #[test]
    fn json_objects_open_and_other_json_is_refused() {
        let env = open(br#" {"type": ["VerifiableCredential"]} "#).unwrap();
        assert!(matches!(&env, Envelope::Json(o) if o.contains_key("type")));
        assert_eq!(open(b"[1, 2]"), Err(EnvelopeError::NotAnObject));
        assert!(matches!(
            open(b"{\"a\": "),
            Err(EnvelopeError::NotJson { line: 1, .. })
        ));
        assert_eq!(open(b"  \n "), Err(EnvelopeError::Empty));
        assert_eq!(open(b"hello world"), Err(EnvelopeError::Unsupported));
        assert_eq!(open(&[0xff, 0xfe, 0x00]), Err(EnvelopeError::NotText));
    }

    #[test]
    fn size_limit_is_checked_before_parsing() {
        let big = vec![b' '; MAX_CREDENTIAL_BYTES + 1];
        assert_eq!(
            open(&big),
            Err(EnvelopeError::TooLarge {
                size: MAX_CREDENTIAL_BYTES + 1
            })
        );
        let mut ok = b"{}".to_vec();
        ok.resize(MAX_CREDENTIAL_BYTES, b' ');
        assert!(open(&ok).is_ok());
    }

    #[test]
    fn jwt_with_vc_claim_and_vc_jose_payload() {
        let a = jwt(
            r#"{"alg":"EdDSA"}"#,
            r#"{"iss":"did:example:1","vc":{"type":["VerifiableCredential"]}}"#,
            &[1, 2, 3],
        );
        let Envelope::Jwt(jws) = open(a.as_bytes()).unwrap() else {
            panic!("not a JWT")
        };
        assert_eq!(jws.alg(), Some("EdDSA"));
        assert_eq!(jws.signature, [1, 2, 3]);
        assert!(jws.credential().contains_key("type"));
        assert!(!jws.credential().contains_key("iss"));
        assert_eq!(jws.signing_input, a.rsplit_once('.').unwrap().0);

        let b = jwt(
            r#"{"alg":"EdDSA","typ":"vc+jwt"}"#,
            r#"{"type":["VerifiableCredential"],"issuer":"did:example:1"}"#,
            b"sig",
        );
        let env = open(format!("\"{b}\"\n").as_bytes()).unwrap();
        assert!(env.credential().contains_key("issuer"));
    }

    #[test]
    fn broken_jwts_say_which_part() {
        let bad_payload = format!("{}.bm90IGpzb24.", base64url_encode(br#"{"alg":"none"}"#));
        assert_eq!(
            open(bad_payload.as_bytes()),
            Err(EnvelopeError::BadJwt("payload"))
        );
        assert_eq!(open(b"a.b"), Err(EnvelopeError::Unsupported));
        assert_eq!(open(b"a.b.c.d"), Err(EnvelopeError::Unsupported));
        assert_eq!(open(b"e30.e30.***"), Err(EnvelopeError::Unsupported));
        // alg none: an empty signature part parses; rejecting it is the verifier's job
        let none = jwt(r#"{"alg":"none"}"#, "{}", b"");
        assert!(matches!(open(none.as_bytes()), Ok(Envelope::Jwt(j)) if j.signature.is_empty()));
    }
}
