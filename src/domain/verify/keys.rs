//! Public keys: `did:key` (Ed25519 and P-256 multikeys), JWKs, and verification methods found in
//! documents the caller supplies (`did:web` DID documents, HTTP(S) key URLs) — plus the check that
//! the key belongs to the credential's issuer.

use super::{Documents, Fetched, Reason};
use crate::domain::envelope::base64url_decode;
use serde_json::{Map, Value};

/// A public key that can check a signature.
#[derive(Debug, Clone, PartialEq)]
pub enum PublicKey {
    /// Ed25519, 32 bytes.
    Ed25519([u8; 32]),
    /// NIST P-256 (SEC1 encoded point).
    P256(Vec<u8>),
    /// RSA modulus and exponent, big-endian.
    Rsa {
        /// Modulus.
        n: Vec<u8>,
        /// Public exponent.
        e: Vec<u8>,
    },
}

/// The signature algorithms the verifier knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    /// Ed25519 (JWS `EdDSA`, Data Integrity `eddsa-*`).
    EdDsa,
    /// ECDSA P-256 with SHA-256 (`ES256`).
    Es256,
    /// RSASSA-PKCS1-v1_5 with SHA-256 (`RS256`).
    Rs256,
}

impl PublicKey {
    /// Checks `sig` over `msg`; `Err` says why not.
    pub fn verify(&self, alg: Alg, msg: &[u8], sig: &[u8]) -> Result<(), Reason> {
        match (self, alg) {
            (PublicKey::Ed25519(pk), Alg::EdDsa) => {
                let key = ed25519_dalek::VerifyingKey::from_bytes(pk)
                    .map_err(|_| Reason::KeyMalformed)?;
                let sig = ed25519_dalek::Signature::from_slice(sig)
                    .map_err(|_| Reason::SignatureMismatch)?;
                key.verify_strict(msg, &sig)
                    .map_err(|_| Reason::SignatureMismatch)
            }
            (PublicKey::P256(point), Alg::Es256) => {
                use p256::ecdsa::signature::Verifier;
                let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(point)
                    .map_err(|_| Reason::KeyMalformed)?;
                let sig = p256::ecdsa::Signature::from_slice(sig)
                    .map_err(|_| Reason::SignatureMismatch)?;
                key.verify(msg, &sig).map_err(|_| Reason::SignatureMismatch)
            }
            (PublicKey::Rsa { n, e }, Alg::Rs256) => {
                use rsa::signature::Verifier;
                let n = rsa::BigUint::from_bytes_be(n);
                if n.bits() < 2048 {
                    return Err(Reason::KeyTooWeak);
                }
                let key = rsa::RsaPublicKey::new(n, rsa::BigUint::from_bytes_be(e))
                    .map_err(|_| Reason::KeyMalformed)?;
                let key = rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(key);
                let sig = rsa::pkcs1v15::Signature::try_from(sig)
                    .map_err(|_| Reason::SignatureMismatch)?;
                key.verify(msg, &sig).map_err(|_| Reason::SignatureMismatch)
            }
            _ => Err(Reason::KeyAlgMismatch),
        }
    }
}

impl PublicKey {
    /// The same key in one encoding: P-256 points uncompressed, RSA numbers without leading
    /// zero bytes (a `did:key` P-256 key is compressed, a JWK's is not).
    fn normalized(&self) -> PublicKey {
        match self {
            PublicKey::P256(point) => PublicKey::P256(
                p256::ecdsa::VerifyingKey::from_sec1_bytes(point)
                    .map(|k| k.to_encoded_point(false).as_bytes().to_vec())
                    .unwrap_or_else(|_| point.clone()),
            ),
            PublicKey::Rsa { n, e } => {
                let trim = |b: &[u8]| b[b.iter().take_while(|&&x| x == 0).count()..].to_vec();
                PublicKey::Rsa {
                    n: trim(n),
                    e: trim(e),
                }
            }
            k => k.clone(),
        }
    }

    /// Is `other` the same public key (whatever its encoding)?
    pub fn same(&self, other: &PublicKey) -> bool {
        self == other || self.normalized() == other.normalized()
    }
}

const B58: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Decodes base58 (Bitcoin alphabet). `None` on any other character.
pub fn base58_decode(s: &str) -> Option<Vec<u8>> {
    if s.len() > 4096 {
        return None;
    }
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.bytes() {
        let mut carry = B58.iter().position(|&b| b == c)? as u32;
        for byte in out.iter_mut().rev() {
            carry += (*byte as u32) * 58;
            *byte = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            out.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.bytes().take_while(|&b| b == b'1').count();
    let mut v = vec![0u8; zeros];
    v.extend(out);
    Some(v)
}

/// Decodes a multibase string: `z` (base58btc) or `u` (base64url).
pub fn multibase_decode(s: &str) -> Option<Vec<u8>> {
    let mut chars = s.chars();
    match chars.next()? {
        'z' => base58_decode(chars.as_str()),
        'u' => base64url_decode(chars.as_str()),
        _ => None,
    }
}

/// Reads a multikey (`publicKeyMultibase`): multicodec 0xed (Ed25519) or 0x1200 (P-256).
pub fn multikey(s: &str) -> Result<PublicKey, Reason> {
    let bytes = multibase_decode(s).ok_or(Reason::KeyMalformed)?;
    match bytes.as_slice() {
        [0xed, 0x01, rest @ ..] if rest.len() == 32 => {
            let mut k = [0u8; 32];
            k.copy_from_slice(rest);
            Ok(PublicKey::Ed25519(k))
        }
        [0x80, 0x24, rest @ ..] if rest.len() == 33 || rest.len() == 65 => {
            Ok(PublicKey::P256(rest.to_vec()))
        }
        b if b.len() < 8 => Err(Reason::KeyMalformed),
        _ => Err(Reason::KeyUnsupported),
    }
}

/// Reads a public JWK (OKP/Ed25519, EC/P-256, RSA). Private parts are ignored.
pub fn jwk(v: &Value) -> Result<PublicKey, Reason> {
    let o = v.as_object().ok_or(Reason::KeyMalformed)?;
    let s = |k: &str| o.get(k).and_then(Value::as_str);
    let b = |k: &str| s(k).and_then(base64url_decode).ok_or(Reason::KeyMalformed);
    match (s("kty"), s("crv")) {
        (Some("OKP"), Some("Ed25519")) => {
            let x = b("x")?;
            let k: [u8; 32] = x.try_into().map_err(|_| Reason::KeyMalformed)?;
            Ok(PublicKey::Ed25519(k))
        }
        (Some("EC"), Some("P-256")) => {
            let (x, y) = (b("x")?, b("y")?);
            if x.len() != 32 || y.len() != 32 {
                return Err(Reason::KeyMalformed);
            }
            let mut p = vec![4u8];
            p.extend(x);
            p.extend(y);
            Ok(PublicKey::P256(p))
        }
        (Some("RSA"), _) => Ok(PublicKey::Rsa {
            n: b("n")?,
            e: b("e")?,
        }),
        (Some(_), _) => Err(Reason::KeyUnsupported),
        _ => Err(Reason::KeyMalformed),
    }
}

/// A DID URL or URL without its fragment.
pub fn without_fragment(url: &str) -> &str {
    url.split_once('#').map_or(url, |(a, _)| a)
}

/// The key of a `did:key` DID (or DID URL); its fragment, if any, must name the same key.
pub fn did_key(did: &str) -> Result<PublicKey, Reason> {
    let (base, frag) = did.split_once('#').unwrap_or((did, ""));
    let id = base
        .strip_prefix("did:key:")
        .ok_or(Reason::KeyUnsupported)?;
    if !frag.is_empty() && frag != id {
        return Err(Reason::KeyNotFound);
    }
    multikey(id)
}

/// The URL of the DID document of a `did:web` DID (`did:web:host%3A8443:path` →
/// `https://host:8443/path/did.json`).
pub fn did_web_url(did: &str) -> Option<String> {
    let rest = without_fragment(did).strip_prefix("did:web:")?;
    let mut parts = rest.split(':');
    let host = parts.next()?.replace("%3A", ":").replace("%3a", ":");
    if host.is_empty() || host.contains('/') {
        return None;
    }
    let path: Vec<&str> = parts.collect();
    if path.iter().any(|p| p.is_empty() || p.contains('/')) {
        return None;
    }
    Some(if path.is_empty() {
        format!("https://{host}/.well-known/did.json")
    } else {
        format!("https://{host}/{}/did.json", path.join("/"))
    })
}

/// The key inside a verification method object (`publicKeyMultibase` or `publicKeyJwk`).
fn method_key(m: &Map<String, Value>) -> Result<PublicKey, Reason> {
    if let Some(mb) = m.get("publicKeyMultibase").and_then(Value::as_str) {
        return multikey(mb);
    }
    if let Some(j) = m.get("publicKeyJwk") {
        return jwk(j);
    }
    // a bare JWK served at a key URL
    if m.contains_key("kty") {
        return jwk(&Value::Object(m.clone()));
    }
    Err(Reason::KeyUnsupported)
}

/// Does `reference` (an id string or an embedded method) in a relationship list name `id`?
fn names(reference: &Value, id: &str, doc_id: &str) -> bool {
    let r = match reference {
        Value::String(s) => s.as_str(),
        Value::Object(o) => o.get("id").and_then(Value::as_str).unwrap_or(""),
        _ => "",
    };
    r == id || (r.starts_with('#') && format!("{doc_id}{r}") == id)
}

/// Finds the key for `method_id` in a DID document controlled by `issuer`: the method must be
/// listed in the document, be controlled by the DID subject, and be allowed for
/// `assertionMethod`.
fn key_in_did_doc(doc: &Value, method_id: &str, issuer: &str) -> Result<PublicKey, Reason> {
    let doc_id = doc.get("id").and_then(Value::as_str).unwrap_or("");
    if doc_id != issuer {
        return Err(Reason::KeyNotIssuers);
    }
    let listed = |k: &str| -> Vec<&Value> {
        match doc.get(k) {
            Some(Value::Array(a)) => a.iter().collect(),
            Some(v @ Value::Object(_)) | Some(v @ Value::String(_)) => vec![v],
            _ => vec![],
        }
    };
    let assertion = listed("assertionMethod");
    if !assertion.iter().any(|r| names(r, method_id, doc_id)) {
        return Err(Reason::KeyNotForAssertion);
    }
    let method = listed("verificationMethod")
        .into_iter()
        .chain(assertion.iter().copied())
        .filter_map(Value::as_object)
        .find(|m| names(&Value::Object((*m).clone()), method_id, doc_id))
        .ok_or(Reason::KeyNotFound)?;
    let controller = method
        .get("controller")
        .and_then(Value::as_str)
        .unwrap_or(doc_id);
    if controller != issuer {
        return Err(Reason::KeyNotIssuers);
    }
    method_key(method)
}

/// Resolves the verification method `method_id` and checks that it belongs to `issuer`.
///
/// - `did:key`: the method's DID must be the issuer's DID.
/// - `did:web`: the issuer's DID document (from `docs`) must list the method for assertions.
/// - an HTTP(S) key URL: the document there (a verification method or a JWK) must name the
///   issuer as `controller`, or be listed in the issuer's own profile document.
pub fn resolve_method(
    method_id: &str,
    issuer: &str,
    docs: &dyn Documents,
) -> Result<PublicKey, Reason> {
    if method_id.starts_with("did:key:") {
        if without_fragment(method_id) != issuer {
            return Err(Reason::KeyNotIssuers);
        }
        return did_key(method_id);
    }
    if method_id.starts_with("did:web:") {
        if without_fragment(method_id) != issuer {
            return Err(Reason::KeyNotIssuers);
        }
        let url = did_web_url(method_id).ok_or(Reason::KeyMalformed)?;
        let doc = fetch_json(docs, &url)?;
        return key_in_did_doc(&doc, method_id, issuer);
    }
    if method_id.starts_with("https://") || method_id.starts_with("http://") {
        let doc = fetch_json(docs, without_fragment(method_id))?;
        let m = doc.as_object().ok_or(Reason::KeyMalformed)?;
        // a DID-document-like profile served at the URL
        if m.contains_key("verificationMethod") || m.contains_key("assertionMethod") {
            return key_in_did_doc(&doc, method_id, issuer);
        }
        let controller = m.get("controller").and_then(Value::as_str);
        if controller != Some(issuer) {
            return Err(Reason::KeyNotIssuers);
        }
        return method_key(m);
    }
    Err(Reason::KeyUnsupported)
}

/// Every key a DID document (or a DID-document-like profile) `doc` lists for `assertionMethod`
/// and that `owner` controls. The document must be `owner`'s.
fn assertion_keys(doc: &Value, owner: &str) -> Result<Vec<PublicKey>, Reason> {
    let doc_id = doc.get("id").and_then(Value::as_str).unwrap_or("");
    if doc_id != owner {
        return Err(Reason::KeyNotIssuers);
    }
    let refs: Vec<&Value> = match doc.get("assertionMethod") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v) => vec![v],
        None => vec![],
    };
    Ok(refs
        .into_iter()
        .filter_map(|r| match r {
            Value::String(s) => Some(s.as_str()),
            Value::Object(o) => o.get("id").and_then(Value::as_str),
            _ => None,
        })
        .map(|id| {
            if id.starts_with('#') {
                format!("{doc_id}{id}")
            } else {
                id.to_string()
            }
        })
        .filter_map(|id| key_in_did_doc(doc, &id, owner).ok())
        .collect())
}

/// The keys a DID may sign credentials with: a `did:key`'s own key, or the `assertionMethod`
/// keys of a `did:web` DID document (from `docs`). Other DID methods are not supported.
pub fn did_keys(did: &str, docs: &dyn Documents) -> Result<Vec<PublicKey>, Reason> {
    let did = without_fragment(did);
    if did.starts_with("did:key:") {
        return Ok(vec![did_key(did)?]);
    }
    if did.starts_with("did:web:") {
        let url = did_web_url(did).ok_or(Reason::KeyMalformed)?;
        return assertion_keys(&fetch_json(docs, &url)?, did);
    }
    Err(Reason::KeyUnsupported)
}

/// Checks a key given inline (a JWT header's `jwk`) against `issuer`: when the issuer is a DID,
/// the key must be one of the DID's keys ([`Reason::KeyNotIssuers`] otherwise). An issuer
/// that is a URL has no key set here; the trusted list, when it names keys for the issuer, is
/// checked by the caller.
pub fn inline_key_belongs(
    key: &PublicKey,
    issuer: &str,
    docs: &dyn Documents,
) -> Result<(), Reason> {
    if !issuer.starts_with("did:") {
        return Ok(());
    }
    if did_keys(issuer, docs)?.iter().any(|k| k.same(key)) {
        Ok(())
    } else {
        Err(Reason::KeyNotIssuers)
    }
}

/// The key(s) one entry of a trusted issuer's `keys` stands for: a JWK object, a multikey, a
/// `did:key`, a `did:web` DID (all its assertion keys) or DID URL (that method), or an HTTP(S)
/// key URL or profile — resolved as everywhere else, for the issuer `owner`.
pub fn listed_keys(
    entry: &Value,
    owner: &str,
    docs: &dyn Documents,
) -> Result<Vec<PublicKey>, Reason> {
    let s = match entry {
        Value::Object(_) => return Ok(vec![jwk(entry)?]),
        Value::String(s) => s.as_str(),
        _ => return Err(Reason::KeyMalformed),
    };
    if s.starts_with('z') {
        return Ok(vec![multikey(s)?]);
    }
    if s.starts_with("did:key:") {
        return Ok(vec![did_key(s)?]);
    }
    if s.starts_with("did:web:") {
        return match s.contains('#') {
            // the list vouches for the DID: its document must list the method
            true => Ok(vec![resolve_method(s, without_fragment(s), docs)?]),
            false => did_keys(s, docs),
        };
    }
    if s.starts_with("https://") || s.starts_with("http://") {
        if !s.contains('#') {
            let doc = fetch_json(docs, s)?;
            if doc.get("assertionMethod").is_some() {
                // the issuer's profile with its keys
                return assertion_keys(&doc, owner);
            }
        }
        return Ok(vec![resolve_method(s, owner, docs)?]);
    }
    Err(Reason::KeyUnsupported)
}

/// Reads a JSON document from `docs`; missing or unreachable → [`Reason::KeyUnreachable`].
fn fetch_json(docs: &dyn Documents, url: &str) -> Result<Value, Reason> {
    match docs.get(url) {
        Fetched::Json(v) => Ok(v),
        Fetched::Unreachable => Err(Reason::KeyUnreachable),
        Fetched::Missing => Err(Reason::KeyUnreachable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base58_round_trips_known_vectors() {
        assert_eq!(base58_decode("").unwrap(), Vec::<u8>::new());
        assert_eq!(base58_decode("2g").unwrap(), b"a");
        assert_eq!(base58_decode("11").unwrap(), vec![0, 0]);
        assert_eq!(base58_decode("StV1DL6CwTryKyV").unwrap(), b"hello world");
        assert_eq!(base58_decode("0OIl"), None);
    }

    #[test]
    fn did_key_ed25519_and_p256() {
        let k = did_key("did:key:z6MksVmx5ZZLZJZCcPU41d6yVkXZjCVgx8WmuD8hHCQwMRuX").unwrap();
        assert!(matches!(k, PublicKey::Ed25519(_)));
        // P-256 example from the did:key spec
        let p = did_key("did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169").unwrap();
        assert!(matches!(p, PublicKey::P256(ref b) if b.len() == 33));
        assert_eq!(
            did_key("did:key:z6MksVmx5ZZLZJZCcPU41d6yVkXZjCVgx8WmuD8hHCQwMRuX#other"),
            Err(Reason::KeyNotFound)
        );
        assert_eq!(did_key("did:key:zzz"), Err(Reason::KeyMalformed));
    }

    #[test]
    fn did_web_urls() {
        assert_eq!(
            did_web_url("did:web:example.com").unwrap(),
            "https://example.com/.well-known/did.json"
        );
        assert_eq!(
            did_web_url("did:web:example.com%3A8443:users:alice#key-1").unwrap(),
            "https://example.com:8443/users/alice/did.json"
        );
        assert_eq!(did_web_url("did:web:"), None);
        assert_eq!(did_web_url("did:web:a/b"), None);
    }

    #[test]
    fn method_must_belong_to_issuer() {
        let a = "did:key:z6MksVmx5ZZLZJZCcPU41d6yVkXZjCVgx8WmuD8hHCQwMRuX";
        let b = "did:key:z6MkpcUbpZFrLa5Qf6Vp9m2MaXeFqBPcf6Qa7nJrHbchqr1y";
        let docs = super::super::NoDocuments;
        let vm = format!("{b}#{}", &b[8..]);
        assert_eq!(resolve_method(&vm, a, &docs), Err(Reason::KeyNotIssuers));
        assert!(resolve_method(&vm, b, &docs).is_ok());
        assert_eq!(
            resolve_method("did:web:example.com#k", "did:web:example.com", &docs),
            Err(Reason::KeyUnreachable)
        );
    }

    #[test]
    fn did_web_document_rules() {
        let did = "did:web:school.example";
        let pk = "z6MksVmx5ZZLZJZCcPU41d6yVkXZjCVgx8WmuD8hHCQwMRuX";
        let doc = serde_json::json!({
            "id": did,
            "verificationMethod": [
                {"id": format!("{did}#a"), "type": "Multikey", "controller": did, "publicKeyMultibase": pk},
                {"id": format!("{did}#b"), "type": "Multikey", "controller": "did:web:other.example", "publicKeyMultibase": pk},
                {"id": format!("{did}#c"), "type": "Multikey", "controller": did, "publicKeyMultibase": pk}
            ],
            "assertionMethod": ["#a", format!("{did}#b")]
        });
        let docs = super::super::MapDocuments::from([(
            "https://school.example/.well-known/did.json".to_string(),
            doc,
        )]);
        assert!(resolve_method(&format!("{did}#a"), did, &docs).is_ok());
        assert_eq!(
            resolve_method(&format!("{did}#b"), did, &docs),
            Err(Reason::KeyNotIssuers)
        );
        assert_eq!(
            resolve_method(&format!("{did}#c"), did, &docs),
            Err(Reason::KeyNotForAssertion)
        );
        assert_eq!(
            resolve_method(&format!("{did}#a"), "did:web:other.example", &docs),
            Err(Reason::KeyNotIssuers)
        );
    }

    #[test]
    fn jwks() {
        let k = jwk(
            &serde_json::json!({"kty":"OKP","crv":"Ed25519","x":"vOGLivMFz3w345ePna5w5uQE5lx2XrYaYUmrsFCBGek"}),
        );
        assert!(matches!(k, Ok(PublicKey::Ed25519(_))));
        assert_eq!(
            jwk(&serde_json::json!({"kty":"OKP","crv":"X25519","x":"AA"})),
            Err(Reason::KeyUnsupported)
        );
        assert_eq!(
            jwk(&serde_json::json!({"kty":"EC","crv":"P-256","x":"AA","y":"AA"})),
            Err(Reason::KeyMalformed)
        );
        assert_eq!(jwk(&serde_json::json!("x")), Err(Reason::KeyMalformed));
    }
}
