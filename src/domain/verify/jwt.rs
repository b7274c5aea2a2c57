//! VC-JWT (compact JWS) verification: EdDSA, ES256, RS256; `alg: none` and any other algorithm
//! are refused. The key comes from the header's `kid` (a DID URL or key URL that must belong to
//! the issuer) or `jwk` (which must be one of the issuer's keys when the issuer is a DID; for an
//! issuer URL the trusted list's keys, when it has any, are checked in `mod.rs`). The registered claims must agree with the credential (Open Badges 3.0
//! §8.2.4: `iss` = issuer id, `jti` = credential id, `sub` = subject id).

use super::keys::{self, Alg, PublicKey};
use super::{issuer_id, Check, Context, Reason, State};
use crate::domain::envelope::CompactJws;
use serde_json::Value;

/// The outcome of checking a JWS.
pub struct JwsOutcome {
    /// The signature check.
    pub check: Check,
    /// The key that verified it.
    pub key: Option<PublicKey>,
}

fn fail(reason: Reason) -> JwsOutcome {
    JwsOutcome {
        check: Check::new(State::Fail, reason),
        key: None,
    }
}

/// The token's issuer: the credential's `issuer`, else the `iss` claim.
pub fn issuer(jws: &CompactJws) -> Option<&str> {
    issuer_id(jws.credential()).or_else(|| jws.payload.get("iss").and_then(Value::as_str))
}

/// `nbf` and `exp` (seconds) when present.
pub fn times(jws: &CompactJws) -> Option<(Option<i64>, Option<i64>)> {
    let t = |k: &str| jws.payload.get(k).and_then(Value::as_f64).map(|f| f as i64);
    Some((t("nbf"), t("exp")))
}

fn subject_id(cred: &serde_json::Map<String, Value>) -> Option<&str> {
    match cred.get("credentialSubject")? {
        Value::Object(o) => o.get("id").and_then(Value::as_str),
        Value::Array(a) if a.len() == 1 => a[0].get("id").and_then(Value::as_str),
        _ => None,
    }
}

/// Checks the claims against the credential, then the signature.
pub fn verify_jws(jws: &CompactJws, ctx: &Context) -> JwsOutcome {
    let alg = match jws.alg() {
        Some("EdDSA") | Some("Ed25519") => Alg::EdDsa,
        Some("ES256") => Alg::Es256,
        Some("RS256") => Alg::Rs256,
        Some(a) if a.eq_ignore_ascii_case("none") => return fail(Reason::AlgNone),
        _ => return fail(Reason::AlgUnsupported),
    };
    // `crit` names extensions we would have to understand: we understand none.
    if jws.header.contains_key("crit") {
        return fail(Reason::AlgUnsupported);
    }
    let cred = jws.credential();
    let issuer = issuer_id(cred);
    let claim = |k: &str| jws.payload.get(k).and_then(Value::as_str);
    let is_vc_claim = jws.payload.get("vc").is_some_and(Value::is_object);
    if is_vc_claim {
        if let (Some(iss), Some(i)) = (claim("iss"), issuer) {
            if iss != i {
                return fail(Reason::JwtIssMismatch);
            }
        }
        if let (Some(jti), Some(id)) = (claim("jti"), cred.get("id").and_then(Value::as_str)) {
            if jti != id {
                return fail(Reason::JwtJtiMismatch);
            }
        }
        if let (Some(sub), Some(id)) = (claim("sub"), subject_id(cred)) {
            if sub != id {
                return fail(Reason::JwtSubMismatch);
            }
        }
    } else if let (Some(iss), Some(i)) = (claim("iss"), issuer) {
        if iss != i {
            return fail(Reason::JwtIssMismatch);
        }
    }
    // the issuer may be given in `iss` or in the credential, but somewhere: a token that names
    // no issuer proves nothing about who made it
    let Some(issuer) = issuer.or(claim("iss")).filter(|i| !i.is_empty()) else {
        return fail(Reason::IssuerMissing);
    };
    let unknown = |reason| JwsOutcome {
        check: Check::new(State::Unknown, reason),
        key: None,
    };
    let key = if let Some(j) = jws.header.get("jwk") {
        let key = match keys::jwk(j) {
            Ok(k) => k,
            Err(r) => return fail(r),
        };
        // anyone can put a key in the header: it must be one of a DID issuer's keys
        match keys::inline_key_belongs(&key, issuer, ctx.documents) {
            Ok(()) => key,
            Err(Reason::KeyUnreachable) => return unknown(Reason::KeyUnreachable),
            Err(r) => return fail(r),
        }
    } else if let Some(kid) = jws.header.get("kid").and_then(Value::as_str) {
        // a relative kid ("#key-1") is relative to the issuer
        let kid = if kid.starts_with('#') {
            format!("{issuer}{kid}")
        } else {
            kid.to_string()
        };
        match keys::resolve_method(&kid, issuer, ctx.documents) {
            Ok(k) => k,
            Err(Reason::KeyUnreachable) => return unknown(Reason::KeyUnreachable),
            Err(r) => return fail(r),
        }
    } else {
        return fail(Reason::JwtNoKey);
    };
    match key.verify(alg, jws.signing_input.as_bytes(), &jws.signature) {
        Ok(()) => JwsOutcome {
            check: Check::new(State::Pass, Reason::SignatureValid),
            key: Some(key),
        },
        Err(r) => fail(r),
    }
}
