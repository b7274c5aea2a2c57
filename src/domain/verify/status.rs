//! Revocation and suspension status: `BitstringStatusListEntry` (VC Bitstring Status List),
//! `StatusList2021Entry` and `1EdTechRevocationList` (Open Badges 3.0). A status-list credential
//! must itself verify and come from the credential's issuer; a list that cannot be fetched makes
//! the status "unknown", never "active".

use super::{dates, di, jwt, Check, Context, Fetched, Reason, State};
use crate::domain::envelope::{self, base64url_decode, Envelope};
use serde_json::{Map, Value};

/// Largest decompressed status list accepted (the spec's minimum is 16 KiB; 16 MiB is plenty).
const MAX_LIST_BYTES: usize = 16 << 20;

/// Decompresses a gzip member (RFC 1952) with a size cap.
pub fn gunzip(data: &[u8]) -> Option<Vec<u8>> {
    if data.len() < 18 || data[0] != 0x1f || data[1] != 0x8b || data[2] != 8 {
        return None;
    }
    let flags = data[3];
    let mut pos = 10usize;
    if flags & 4 != 0 {
        let xlen = u16::from_le_bytes([*data.get(pos)?, *data.get(pos + 1)?]) as usize;
        pos += 2 + xlen;
    }
    for bit in [8u8, 16] {
        if flags & bit != 0 {
            pos += data.get(pos..)?.iter().position(|&b| b == 0)? + 1;
        }
    }
    if flags & 2 != 0 {
        pos += 2;
    }
    let body = data.get(pos..data.len().checked_sub(8)?)?;
    miniz_oxide::inflate::decompress_to_vec_with_limit(body, MAX_LIST_BYTES).ok()
}

/// Decodes an `encodedList`: multibase base64url (`u…`, Bitstring) or plain base64url
/// (StatusList2021), then gzip.
pub fn decode_list(encoded: &str) -> Option<Vec<u8>> {
    let raw = match encoded.strip_prefix('u') {
        Some(rest) => base64url_decode(rest).or_else(|| base64url_decode(encoded))?,
        None => base64url_decode(encoded)?,
    };
    gunzip(&raw)
}

/// Bit `index` of the list, counted from the most significant bit of the first byte.
pub fn bit(list: &[u8], index: usize) -> Option<bool> {
    let byte = list.get(index / 8)?;
    Some(byte & (0x80 >> (index % 8)) != 0)
}

fn entries(cred: &Map<String, Value>) -> Vec<&Map<String, Value>> {
    match cred.get("credentialStatus") {
        Some(Value::Object(o)) => vec![o],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_object).collect(),
        _ => vec![],
    }
}

fn types(o: &Map<String, Value>) -> Vec<&str> {
    match o.get("type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => vec![],
    }
}

/// Verifies a status-list credential (a JSON document with a proof, or a VC-JWT string) and
/// returns the credential object when it is validly signed by `issuer` and current.
fn verified_list(doc: &Value, issuer: &str, ctx: &Context) -> Result<Map<String, Value>, Reason> {
    let env = match doc {
        Value::Object(o) => Envelope::Json(o.clone()),
        Value::String(s) => envelope::open(s.as_bytes()).map_err(|_| Reason::StatusListInvalid)?,
        _ => return Err(Reason::StatusListInvalid),
    };
    let cred = env.credential().clone();
    let list_issuer = match &env {
        Envelope::Jwt(jws) => jwt::issuer(jws),
        Envelope::Json(o) => super::issuer_id(o),
    };
    if issuer.is_empty() || list_issuer != Some(issuer) {
        return Err(Reason::StatusListInvalid);
    }
    let check = match &env {
        Envelope::Jwt(jws) => jwt::verify_jws(jws, ctx).check,
        Envelope::Json(o) => di::verify_proofs(o, ctx).check,
    };
    match (check.state, check.reason) {
        (State::Pass, _) => {}
        // a context or JSON-LD feature the verifier lacks: the list cannot be checked here
        (State::Unknown, r @ (Reason::ContextUnknown | Reason::JsonLdUnsupported)) => {
            return Err(r)
        }
        (State::Unknown, _) => return Err(Reason::StatusUnreachable),
        _ => return Err(Reason::StatusListInvalid),
    }
    let jwt_times = match &env {
        Envelope::Jwt(jws) => jwt::times(jws),
        Envelope::Json(_) => None,
    };
    match dates::check(&cred, jwt_times, ctx.now).0.state {
        State::Pass | State::Warn => Ok(cred),
        _ => Err(Reason::StatusListInvalid),
    }
}

fn fetch(ctx: &Context, url: &str) -> Result<Value, Check> {
    match ctx.documents.get(url) {
        Fetched::Json(v) => Ok(v),
        Fetched::Unreachable | Fetched::Missing => {
            Err(Check::new(State::Unknown, Reason::StatusUnreachable))
        }
    }
}

fn malformed() -> Check {
    Check::new(State::Fail, Reason::StatusMalformed)
}

/// One status-list entry (Bitstring or StatusList2021).
fn list_entry(entry: &Map<String, Value>, issuer: &str, ctx: &Context) -> Check {
    let s = |k: &str| entry.get(k).and_then(Value::as_str);
    let Some(url) = s("statusListCredential") else {
        return malformed();
    };
    let index = match entry.get("statusListIndex") {
        Some(Value::String(i)) => i.parse::<usize>().ok(),
        Some(Value::Number(n)) => n.as_u64().map(|n| n as usize),
        _ => None,
    };
    let Some(index) = index else {
        return malformed();
    };
    let purpose = s("statusPurpose").unwrap_or("revocation");
    let doc = match fetch(ctx, url) {
        Ok(d) => d,
        Err(c) => return c,
    };
    let list_cred = match verified_list(&doc, issuer, ctx) {
        Ok(c) => c,
        Err(
            r @ (Reason::StatusUnreachable | Reason::ContextUnknown | Reason::JsonLdUnsupported),
        ) => return Check::new(State::Unknown, r),
        Err(r) => return Check::new(State::Fail, r),
    };
    let subject = match list_cred.get("credentialSubject") {
        Some(Value::Object(o)) => o,
        _ => return malformed(),
    };
    let list_purpose = subject.get("statusPurpose").and_then(Value::as_str);
    if list_purpose.is_some_and(|p| p != purpose) {
        return Check::new(State::Fail, Reason::StatusListInvalid);
    }
    let Some(list) = subject
        .get("encodedList")
        .and_then(Value::as_str)
        .and_then(decode_list)
    else {
        return malformed();
    };
    match bit(&list, index) {
        None => malformed(),
        Some(false) => Check::new(State::Pass, Reason::StatusActive),
        Some(true) if purpose == "suspension" => Check::new(State::Fail, Reason::Suspended),
        Some(true) if purpose == "revocation" => Check::new(State::Fail, Reason::Revoked),
        // other purposes (message, refresh) carry no revocation meaning
        Some(true) => Check::new(State::Pass, Reason::StatusActive),
    }
}

/// A 1EdTech revocation list: a JSON document listing revoked credential ids, which must name
/// the credential's issuer as its `issuer` (a list without one is refused).
fn one_edtech(
    entry: &Map<String, Value>,
    cred: &Map<String, Value>,
    issuer: &str,
    ctx: &Context,
) -> Check {
    let Some(url) = entry.get("id").and_then(Value::as_str) else {
        return malformed();
    };
    let doc = match fetch(ctx, url) {
        Ok(d) => d,
        Err(c) => return c,
    };
    let Some(list) = doc.as_object() else {
        return malformed();
    };
    // the list is not signed: it must at least name the credential's issuer as its own
    if issuer.is_empty() || super::issuer_id(list) != Some(issuer) {
        return Check::new(State::Fail, Reason::StatusListInvalid);
    }
    let Some(Value::Array(revoked)) = list.get("revokedCredentials") else {
        return malformed();
    };
    let own = cred.get("id").and_then(Value::as_str);
    let hit = revoked.iter().any(|r| {
        let rid = r.as_str().or_else(|| r.get("id").and_then(Value::as_str));
        own.is_some() && rid == own
    });
    if hit {
        Check::new(State::Fail, Reason::Revoked)
    } else {
        Check::new(State::Pass, Reason::StatusActive)
    }
}

/// The status check over all of a credential's status entries: revoked / suspended beats
/// unknown, unknown beats active.
pub fn check(cred: &Map<String, Value>, issuer: Option<&str>, ctx: &Context) -> Check {
    let list = entries(cred);
    if list.is_empty() {
        return Check::new(State::Skipped, Reason::NoStatus);
    }
    let issuer = issuer.unwrap_or("");
    let mut results = vec![];
    for entry in list {
        let t = types(entry);
        let r = if t
            .iter()
            .any(|t| matches!(*t, "BitstringStatusListEntry" | "StatusList2021Entry"))
        {
            list_entry(entry, issuer, ctx)
        } else if t.contains(&"1EdTechRevocationList") {
            one_edtech(entry, cred, issuer, ctx)
        } else {
            Check::new(State::Unknown, Reason::StatusUnsupported)
        };
        results.push(r);
    }
    let rank = |c: &Check| match (c.state, c.reason) {
        (State::Fail, Reason::Revoked) => 0,
        (State::Fail, Reason::Suspended) => 1,
        (State::Fail, _) => 2,
        (State::Unknown, _) => 3,
        _ => 4,
    };
    results
        .into_iter()
        .min_by_key(rank)
        .unwrap_or(Check::new(State::Skipped, Reason::NoStatus))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_order_is_msb_first() {
        let list = [0b1000_0001u8, 0b0100_0000];
        assert_eq!(bit(&list, 0), Some(true));
        assert_eq!(bit(&list, 1), Some(false));
        assert_eq!(bit(&list, 7), Some(true));
        assert_eq!(bit(&list, 9), Some(true));
        assert_eq!(bit(&list, 16), None);
    }

    #[test]
    fn fixture_list_has_the_documented_bits() {
        let doc: Value = serde_json::from_str(include_str!(
            "../../../tests/fixtures/credentials/status/ee-pttik-revocation-2025.json"
        ))
        .unwrap();
        let enc = doc["credentialSubject"]["encodedList"].as_str().unwrap();
        let list = decode_list(enc).unwrap();
        assert!(list.len() >= 16 * 1024);
        let set: Vec<usize> = (0..list.len() * 8)
            .filter(|&i| bit(&list, i).unwrap())
            .collect();
        assert_eq!(set, vec![5, 99, 1337, 4096]);
    }

    const ISSUER: &str = "https://school.example/issuer";
    const LIST_URL: &str = "https://school.example/revocations";

    /// The status check of a credential with a `1EdTechRevocationList` entry against `list`.
    fn one_edtech_check(list: Option<Value>) -> Check {
        let cred = serde_json::json!({
            "id": "urn:uuid:c1",
            "issuer": {"id": ISSUER},
            "credentialStatus": {"id": LIST_URL, "type": "1EdTechRevocationList"}
        });
        let docs: super::super::MapDocuments = list
            .map(|l| (LIST_URL.to_string(), l))
            .into_iter()
            .collect();
        let ctx = Context {
            now: 1_800_000_000,
            trusted: None,
            documents: &docs,
        };
        check(cred.as_object().unwrap(), Some(ISSUER), &ctx)
    }

    #[test]
    fn one_edtech_revocation_list() {
        let list = |issuer: Value, revoked: Value| {
            let mut l = serde_json::json!({"id": LIST_URL, "revokedCredentials": revoked});
            if !issuer.is_null() {
                l["issuer"] = issuer;
            }
            Some(l)
        };
        let active = Check::new(State::Pass, Reason::StatusActive);
        let revoked = Check::new(State::Fail, Reason::Revoked);
        let invalid = Check::new(State::Fail, Reason::StatusListInvalid);
        let others = serde_json::json!([{"id": "urn:uuid:c2", "revocationReason": "x"}]);
        let ours = serde_json::json!([{"id": "urn:uuid:c2"}, {"id": "urn:uuid:c1"}]);
        assert_eq!(
            one_edtech_check(list(ISSUER.into(), others.clone())),
            active
        );
        assert_eq!(one_edtech_check(list(ISSUER.into(), ours.clone())), revoked);
        assert_eq!(
            one_edtech_check(list(serde_json::json!({"id": ISSUER}), ours.clone())),
            revoked
        );
        assert_eq!(
            one_edtech_check(list(serde_json::json!(["urn:uuid:c1"]), ours.clone())),
            invalid
        );
        // another issuer's list, or a list that names no issuer, cannot speak for this one
        assert_eq!(
            one_edtech_check(list("https://other.example".into(), others.clone())),
            invalid
        );
        assert_eq!(one_edtech_check(list(Value::Null, others)), invalid);
        assert_eq!(one_edtech_check(list(Value::Null, ours)), invalid);
        assert_eq!(
            one_edtech_check(list(ISSUER.into(), Value::Null)),
            Check::new(State::Fail, Reason::StatusMalformed)
        );
        assert_eq!(
            one_edtech_check(None),
            Check::new(State::Unknown, Reason::StatusUnreachable)
        );
    }

    #[test]
    fn gzip_garbage_is_refused() {
        assert_eq!(gunzip(b""), None);
        assert_eq!(
            gunzip(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            None
        );
        assert_eq!(decode_list("u!!!"), None);
    }
}
