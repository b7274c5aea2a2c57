//! Data Integrity proofs (`DataIntegrityProof`) with the cryptosuites `eddsa-rdfc-2022`
//! (JSON-LD → RDF → RDFC-1.0) and `eddsa-jcs-2022` (JCS): hash of the proof options and of the
//! document, Ed25519 signature by a verification method of the issuer.

use super::keys::{self, Alg, PublicKey};
use super::{issuer_id, jcs, jsonld, rdfc, Check, Context, Reason, State};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// The outcome of checking a document's proof(s).
pub struct DiOutcome {
    /// The cryptosuite (or proof type) of the proof that decided.
    pub suite: String,
    /// The signature check.
    pub check: Check,
    /// The key that verified it.
    pub key: Option<PublicKey>,
}

const DI_V2: &str = "https://w3id.org/security/data-integrity/v2";
const VC_V2: &str = "https://www.w3.org/ns/credentials/v2";

/// SHA-256 of the canonical N-Quads of a JSON-LD document.
pub fn rdfc_hash(doc: &Value) -> Result<[u8; 32], Reason> {
    let quads = jsonld::to_rdf(doc).map_err(|e| match e {
        jsonld::JsonLdError::UnknownContext(_) => Reason::ContextUnknown,
        jsonld::JsonLdError::Unsupported(_) => Reason::JsonLdUnsupported,
        _ => Reason::JsonLdError,
    })?;
    let canon = rdfc::canonicalize(&quads).map_err(|_| Reason::JsonLdError)?;
    Ok(Sha256::digest(canon.as_bytes()).into())
}

fn includes(ctx: &Value, url: &str) -> bool {
    match ctx {
        Value::String(s) => s == url,
        Value::Array(a) => a.iter().any(|c| c.as_str() == Some(url)),
        _ => false,
    }
}

/// The bytes an `eddsa-*` proof signs: hash(proof options) ‖ hash(document).
pub fn signed_bytes(
    doc: &Map<String, Value>,
    proof: &Map<String, Value>,
    suite: &str,
) -> Result<Vec<u8>, Reason> {
    let mut unsecured = doc.clone();
    unsecured.remove("proof");
    let mut config = proof.clone();
    config.remove("proofValue");
    let doc_ctx = unsecured.get("@context").cloned();
    if suite == "eddsa-jcs-2022" {
        // vc-di-eddsa, Verify Proof (eddsa-jcs-2022): when the proof has a @context, the
        // document's must start with the same values in the same order, and the proof's
        // replaces it (a context appended after signing is not signed); without one, both are
        // hashed as they are.
        if let Some(pc) = config.get("@context") {
            let as_list = |v: &Value| match v {
                Value::Array(a) => a.clone(),
                v => vec![v.clone()],
            };
            let (pl, dl) = (
                as_list(pc),
                doc_ctx.as_ref().map(as_list).unwrap_or_default(),
            );
            if pl.len() > dl.len() || pl.iter().zip(&dl).any(|(a, b)| a != b) {
                return Err(Reason::SignatureMismatch);
            }
            unsecured.insert("@context".into(), pc.clone());
        }
    } else if !config.contains_key("@context") {
        if let Some(c) = &doc_ctx {
            config.insert("@context".into(), c.clone());
        }
    }
    let (h1, h2): ([u8; 32], [u8; 32]) = match suite {
        "eddsa-rdfc-2022" => {
            let c = config.get("@context").cloned().unwrap_or(Value::Null);
            if !includes(&c, DI_V2) && !includes(&c, VC_V2) {
                let mut list = match c {
                    Value::Array(a) => a,
                    Value::Null => vec![],
                    v => vec![v],
                };
                list.push(Value::String(DI_V2.into()));
                config.insert("@context".into(), Value::Array(list));
            }
            (
                rdfc_hash(&Value::Object(config))?,
                rdfc_hash(&Value::Object(unsecured))?,
            )
        }
        "eddsa-jcs-2022" => (
            Sha256::digest(jcs::canonicalize(&Value::Object(config)).as_bytes()).into(),
            Sha256::digest(jcs::canonicalize(&Value::Object(unsecured)).as_bytes()).into(),
        ),
        _ => return Err(Reason::CryptosuiteUnsupported),
    };
    let mut out = h1.to_vec();
    out.extend_from_slice(&h2);
    Ok(out)
}

fn one_proof(doc: &Map<String, Value>, proof: &Value, ctx: &Context) -> DiOutcome {
    let fail = |suite: &str, reason: Reason| DiOutcome {
        suite: suite.to_string(),
        check: Check::new(State::Fail, reason),
        key: None,
    };
    let Some(p) = proof.as_object() else {
        return fail("", Reason::ProofMalformed);
    };
    let s = |k: &str| p.get(k).and_then(Value::as_str);
    let suite = s("cryptosuite").or(s("type")).unwrap_or("").to_string();
    if s("type") != Some("DataIntegrityProof")
        || !matches!(suite.as_str(), "eddsa-rdfc-2022" | "eddsa-jcs-2022")
    {
        return fail(&suite, Reason::CryptosuiteUnsupported);
    }
    if s("proofPurpose") != Some("assertionMethod") {
        return fail(&suite, Reason::ProofPurposeWrong);
    }
    let method = match p.get("verificationMethod") {
        Some(Value::String(m)) => m.as_str(),
        Some(Value::Object(o)) => o.get("id").and_then(Value::as_str).unwrap_or(""),
        _ => "",
    };
    let Some(sig) = s("proofValue")
        .filter(|v| v.starts_with('z'))
        .and_then(keys::multibase_decode)
        .filter(|b| b.len() == 64)
    else {
        return fail(&suite, Reason::ProofMalformed);
    };
    if method.is_empty() {
        return fail(&suite, Reason::ProofMalformed);
    }
    let Some(issuer) = issuer_id(doc) else {
        return fail(&suite, Reason::IssuerMissing);
    };
    let key = match keys::resolve_method(method, issuer, ctx.documents) {
        Ok(k) => k,
        Err(Reason::KeyUnreachable) => {
            return DiOutcome {
                suite,
                check: Check::new(State::Unknown, Reason::KeyUnreachable),
                key: None,
            }
        }
        Err(r) => return fail(&suite, r),
    };
    let data = match signed_bytes(doc, p, &suite) {
        Ok(d) => d,
        // what this verifier cannot process says nothing about the signature: "cannot check"
        Err(r @ (Reason::ContextUnknown | Reason::JsonLdUnsupported)) => {
            return DiOutcome {
                suite,
                check: Check::new(State::Unknown, r),
                key: None,
            }
        }
        Err(r) => return fail(&suite, r),
    };
    match key.verify(Alg::EdDsa, &data, &sig) {
        Ok(()) => DiOutcome {
            suite,
            check: Check::new(State::Pass, Reason::SignatureValid),
            key: Some(key),
        },
        Err(r) => fail(&suite, r),
    }
}

/// Checks the document's proof (or proofs: one valid proof by the issuer suffices, but an
/// invalid one is reported when none is valid).
pub fn verify_proofs(doc: &Map<String, Value>, ctx: &Context) -> DiOutcome {
    let proofs: Vec<&Value> = match doc.get("proof") {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v) => vec![v],
        None => vec![],
    };
    let mut first: Option<DiOutcome> = None;
    for p in proofs {
        let out = one_proof(doc, p, ctx);
        if out.check.state == State::Pass {
            return out;
        }
        let better = match &first {
            None => true,
            Some(f) => f.check.state == State::Unknown && out.check.state == State::Fail,
        };
        if better {
            first = Some(out);
        }
    }
    first.unwrap_or(DiOutcome {
        suite: String::new(),
        check: Check::new(State::Skipped, Reason::NoProof),
        key: None,
    })
}
