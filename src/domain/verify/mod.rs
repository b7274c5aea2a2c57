//! The credential verifier: signature (Data Integrity `eddsa-rdfc-2022` / `eddsa-jcs-2022`,
//! VC-JWT EdDSA / ES256 / RS256), issuer key binding, validity dates, revocation status and the
//! trusted-issuers list, each as a [`Check`] with a [`Reason`], and one overall [`Verdict`].
//!
//! The core is synchronous and never touches the network: documents it needs (DID documents,
//! key URLs, status-list credentials) come from a [`Documents`] the caller fills. A document the
//! caller does not have yet is reported in [`Report::needs`]; the browser worker fetches those and
//! verifies again, native tests inject them. JSON-LD contexts are bundled (`data/jsonld-contexts`)
//! and never fetched.

pub mod cache;
pub mod dates;
pub mod di;
pub mod jcs;
pub mod jsonld;
pub mod jwt;
pub mod keys;
pub mod nquads;
pub mod numbers;
pub mod rdfc;
pub mod status;

use crate::domain::envelope::{self, Envelope, EnvelopeError};
use crate::domain::issuers::TrustedIssuer;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::cell::RefCell;
use std::collections::HashMap;

/// What a [`Documents`] source has for a URL.
#[derive(Debug, Clone, PartialEq)]
pub enum Fetched {
    /// The document, parsed.
    Json(Value),
    /// Tried and failed (offline, HTTP error, not JSON): the check that needed it is "unknown".
    Unreachable,
    /// Not fetched yet: the verifier lists it in [`Report::needs`].
    Missing,
}

/// Where the verifier gets remote documents (never JSON-LD contexts — those are bundled).
pub trait Documents {
    /// The document at `url`.
    fn get(&self, url: &str) -> Fetched;
}

/// A source with no documents (everything is [`Fetched::Missing`]).
pub struct NoDocuments;

impl Documents for NoDocuments {
    fn get(&self, _url: &str) -> Fetched {
        Fetched::Missing
    }
}

/// Documents injected by URL (tests, or a worker's fetched set).
pub type MapDocuments = HashMap<String, Value>;

impl Documents for MapDocuments {
    fn get(&self, url: &str) -> Fetched {
        self.get(url)
            .cloned()
            .map_or(Fetched::Missing, Fetched::Json)
    }
}

/// Remembers which URLs were asked for but missing.
struct Recording<'a> {
    inner: &'a dyn Documents,
    missing: RefCell<Vec<String>>,
}

impl Documents for Recording<'_> {
    fn get(&self, url: &str) -> Fetched {
        let got = self.inner.get(url);
        if got == Fetched::Missing {
            let mut m = self.missing.borrow_mut();
            if !m.iter().any(|u| u == url) {
                m.push(url.to_string());
            }
        }
        got
    }
}

/// What the verifier needs from its caller.
pub struct Context<'a> {
    /// The device clock, seconds since the Unix epoch.
    pub now: i64,
    /// The backend's trusted issuers (`None`: the list could not be loaded).
    pub trusted: Option<&'a [TrustedIssuer]>,
    /// Remote documents (DID documents, key URLs, status lists).
    pub documents: &'a dyn Documents,
}

/// Why a check came out as it did: a stable code the UI translates (`verify.reason.<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    // --- reading the file
    /// Read as a credential.
    Readable,
    /// Empty input.
    Empty,
    /// Over the size limit.
    TooLarge,
    /// Not UTF-8 text, not JSON, or not a JSON object.
    NotJson,
    /// A JSON object that is not a verifiable credential.
    NotACredential,
    /// Three dot-separated parts, but broken.
    MalformedJwt,
    // --- signature
    /// The signature checks out with the issuer's key.
    SignatureValid,
    /// No proof at all.
    NoProof,
    /// The signature does not match the content (edited after signing, or wrong key).
    SignatureMismatch,
    /// JWT `alg: none` (unsigned).
    AlgNone,
    /// A JWS algorithm the verifier does not accept.
    AlgUnsupported,
    /// A Data Integrity cryptosuite or proof type the verifier does not know.
    CryptosuiteUnsupported,
    /// The proof object is incomplete or malformed.
    ProofMalformed,
    /// The proof's purpose is not `assertionMethod`.
    ProofPurposeWrong,
    /// The JSON-LD could not be turned into RDF (unknown context, redefined protected term,
    /// a term no context defines…).
    JsonLdError,
    /// A context the verifier does not have bundled (never fetched): the signature cannot be
    /// checked here (unknown, not invalid).
    ContextUnknown,
    /// A JSON-LD 1.1 feature the verifier does not implement: the signature cannot be checked
    /// here (unknown, not invalid).
    JsonLdUnsupported,
    /// The key cannot be read.
    KeyMalformed,
    /// A key type the verifier does not support.
    KeyUnsupported,
    /// The key named by the proof is not in the issuer's document.
    KeyNotFound,
    /// The key belongs to someone other than the issuer.
    KeyNotIssuers,
    /// The key is not allowed to sign credentials (`assertionMethod`).
    KeyNotForAssertion,
    /// The issuer's key document could not be fetched.
    KeyUnreachable,
    /// RSA key under 2048 bits.
    KeyTooWeak,
    /// The key does not fit the algorithm.
    KeyAlgMismatch,
    /// The issuer is on the trusted list but this key is not one of its keys.
    KeyNotListed,
    /// JWT `iss` differs from the credential's issuer.
    JwtIssMismatch,
    /// JWT `sub` differs from the credential subject's id.
    JwtSubMismatch,
    /// JWT `jti` differs from the credential's id.
    JwtJtiMismatch,
    /// No usable key: neither `jwk` nor `kid` in the JWT header.
    JwtNoKey,
    // --- issuer
    /// On the trusted list.
    IssuerTrusted,
    /// Valid signature, but the issuer is not on the trusted list.
    IssuerNotTrusted,
    /// The trusted list could not be loaded.
    TrustListUnavailable,
    /// The credential names no issuer.
    IssuerMissing,
    /// The signature is not valid (or could not be checked), so nothing shows that the named
    /// issuer made the credential — whether or not it is on the trusted list.
    IssuerUnconfirmed,
    // --- validity
    /// Within its validity period.
    Current,
    /// Valid now but expires within [`EXPIRES_SOON_DAYS`] days.
    ExpiresSoon,
    /// Past `validUntil` / `expirationDate` / `exp`.
    Expired,
    /// Before `validFrom` / `nbf`.
    NotYetValid,
    /// A date that cannot be read.
    DateMalformed,
    // --- status
    /// No status entry: nothing to check.
    NoStatus,
    /// The status list says not revoked / not suspended.
    StatusActive,
    /// Revoked by the issuer.
    Revoked,
    /// Suspended by the issuer.
    Suspended,
    /// The status list could not be fetched (offline or unreachable).
    StatusUnreachable,
    /// The status list credential is not validly signed by the same issuer.
    StatusListInvalid,
    /// The status entry or list is malformed (bad index, undecodable list).
    StatusMalformed,
    /// A status type the verifier does not know.
    StatusUnsupported,
    // --- not checked
    /// Not checked because the file could not be read.
    NotChecked,
}

impl Reason {
    /// The stable code (also the translation key suffix).
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// "Expires in N days" is shown when fewer than this many days remain.
pub const EXPIRES_SOON_DAYS: i64 = 30;

/// How one check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Passed.
    Pass,
    /// Passed, with something to note (expires soon, issuer not trusted).
    Warn,
    /// Failed.
    Fail,
    /// Could not be decided (offline, missing document).
    Unknown,
    /// Nothing to check (no status entry) or not checked.
    Skipped,
}

/// One check's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// How it came out.
    pub state: State,
    /// Why.
    pub reason: Reason,
}

impl Check {
    /// A check with `state` and `reason`.
    pub const fn new(state: State, reason: Reason) -> Check {
        Check { state, reason }
    }
    const SKIPPED: Check = Check::new(State::Skipped, Reason::NotChecked);
}

/// The overall verdict on a credential (`data-verdict` on its card).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Signed by its issuer, unchanged, current, not revoked.
    Verified,
    /// Bad or forged signature, wrong key, not yet valid, or not a credential.
    Invalid,
    /// Past its end date.
    Expired,
    /// Revoked (or suspended) by its issuer.
    Revoked,
    /// Could not be decided: no proof, or the status could not be fetched.
    Unknown,
}

impl Verdict {
    /// The `data-verdict` value.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Verified => "verified",
            Verdict::Invalid => "invalid",
            Verdict::Expired => "expired",
            Verdict::Revoked => "revoked",
            Verdict::Unknown => "unknown",
        }
    }
}

/// How the credential is secured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "kebab-case")]
pub enum Securing {
    /// Could not be read.
    None,
    /// No proof.
    Unsigned,
    /// An embedded Data Integrity proof with this cryptosuite (or proof type).
    DataIntegrity(String),
    /// A compact JWS with this `alg`.
    Jwt(String),
}

/// The verifier's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Overall verdict.
    pub verdict: Verdict,
    /// How the credential is secured.
    pub securing: Securing,
    /// Reading the file: `Pass`, or `Fail` with the reason.
    pub parse: Check,
    /// The proof / JWS signature, including whether the key is the issuer's.
    pub signature: Check,
    /// The trusted-issuers list.
    pub issuer: Check,
    /// Validity dates.
    pub validity: Check,
    /// Revocation / suspension status.
    pub status: Check,
    /// The issuer's id, when there is one.
    pub issuer_id: Option<String>,
    /// The issuer's name from the trusted list.
    pub trusted_name: Option<String>,
    /// Whole days until the credential expires (when it has an end date and is current).
    pub expires_in_days: Option<i64>,
    /// URLs of documents that were needed but not supplied (fetch them and verify again).
    pub needs: Vec<String>,
}

impl Report {
    fn unreadable(reason: Reason) -> Report {
        Report {
            verdict: Verdict::Invalid,
            securing: Securing::None,
            parse: Check::new(State::Fail, reason),
            signature: Check::SKIPPED,
            issuer: Check::SKIPPED,
            validity: Check::SKIPPED,
            status: Check::SKIPPED,
            issuer_id: None,
            trusted_name: None,
            expires_in_days: None,
            needs: vec![],
        }
    }
}

/// The overall verdict from the checks. A bad signature or a failed issuer check (no issuer, a
/// key the trusted list does not name) outweighs everything; revocation outweighs dates; a status
/// that could not be fetched is never "verified".
pub fn overall(signature: Check, issuer: Check, validity: Check, status: Check) -> Verdict {
    if signature.state == State::Fail || issuer.state == State::Fail {
        return Verdict::Invalid;
    }
    if status.state == State::Fail && matches!(status.reason, Reason::Revoked | Reason::Suspended) {
        return Verdict::Revoked;
    }
    if validity.reason == Reason::Expired {
        return Verdict::Expired;
    }
    if validity.state == State::Fail || status.state == State::Fail {
        return Verdict::Invalid;
    }
    if signature.state != State::Pass || status.state == State::Unknown {
        return Verdict::Unknown;
    }
    Verdict::Verified
}

/// The issuer's id: `issuer` as a string or `issuer.id`.
pub fn issuer_id(cred: &Map<String, Value>) -> Option<&str> {
    match cred.get("issuer")? {
        Value::String(s) => Some(s),
        Value::Object(o) => o.get("id").and_then(Value::as_str),
        _ => None,
    }
}

/// Is this JSON object a verifiable credential (by its `type`)?
pub fn is_credential(cred: &Map<String, Value>) -> bool {
    let known = |t: &str| {
        matches!(
            t,
            "VerifiableCredential"
                | "OpenBadgeCredential"
                | "AchievementCredential"
                | "EndorsementCredential"
        )
    };
    match cred.get("type") {
        Some(Value::String(t)) => known(t),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(known),
        _ => false,
    }
}

fn envelope_reason(e: &EnvelopeError) -> Reason {
    match e {
        EnvelopeError::Empty => Reason::Empty,
        EnvelopeError::TooLarge { .. } => Reason::TooLarge,
        EnvelopeError::NotText | EnvelopeError::NotJson { .. } | EnvelopeError::NotAnObject => {
            Reason::NotJson
        }
        EnvelopeError::Unsupported => Reason::NotACredential,
        EnvelopeError::BadJwt(_) => Reason::MalformedJwt,
    }
}

/// The trusted-list check for a credential whose signature is `signature` by `issuer`, signed
/// with `key` (when known). Only a valid signature can confirm the issuer: otherwise the check
/// is [`Reason::IssuerUnconfirmed`] and no trusted name is given. An issuer on the list whose
/// keys do not include `key` makes the signature invalid ([`Reason::KeyNotListed`]).
fn trust_check(
    issuer: Option<&str>,
    key: Option<&keys::PublicKey>,
    ctx: &Context,
    signature: &mut Check,
) -> (Check, Option<String>) {
    let Some(issuer) = issuer else {
        return (Check::new(State::Fail, Reason::IssuerMissing), None);
    };
    if signature.state != State::Pass {
        return (Check::new(State::Unknown, Reason::IssuerUnconfirmed), None);
    }
    let Some(list) = ctx.trusted else {
        return (
            Check::new(State::Unknown, Reason::TrustListUnavailable),
            None,
        );
    };
    let Some(entry) = list.iter().find(|t| t.id == issuer) else {
        return (Check::new(State::Warn, Reason::IssuerNotTrusted), None);
    };
    if let (Some(key), false) = (key, entry.keys.is_empty()) {
        // the listed keys, references resolved as everywhere else; one that cannot be read
        // names no key
        let mut unreachable = false;
        let mut found = false;
        for k in &entry.keys {
            match keys::listed_keys(k, &entry.id, ctx.documents) {
                Ok(ks) if ks.iter().any(|l| l.same(key)) => {
                    found = true;
                    break;
                }
                Err(Reason::KeyUnreachable) => unreachable = true,
                _ => {}
            }
        }
        if !found {
            if unreachable {
                // it may be one of the keys not fetched yet
                *signature = Check::new(State::Unknown, Reason::KeyUnreachable);
                return (Check::new(State::Unknown, Reason::IssuerUnconfirmed), None);
            }
            *signature = Check::new(State::Fail, Reason::KeyNotListed);
            return (Check::new(State::Fail, Reason::KeyNotListed), None);
        }
    }
    (
        Check::new(State::Pass, Reason::IssuerTrusted),
        Some(entry.name.clone()),
    )
}

/// Verifies imported bytes (a JSON credential with or without an embedded proof, or a VC-JWT).
pub fn verify(bytes: &[u8], ctx: &Context) -> Report {
    let mut env = match envelope::open(bytes) {
        Ok(env) => env,
        Err(e) => return Report::unreadable(envelope_reason(&e)),
    };
    if let (Envelope::Json(doc), Ok(text)) = (&mut env, std::str::from_utf8(bytes)) {
        numbers::make_exact(doc, text);
    }
    verify_envelope(&env, ctx)
}

/// Verifies an opened credential.
pub fn verify_envelope(env: &Envelope, ctx: &Context) -> Report {
    let cred = env.credential();
    if !is_credential(cred) {
        return Report::unreadable(Reason::NotACredential);
    }
    let rec = Recording {
        inner: ctx.documents,
        missing: RefCell::new(vec![]),
    };
    let rctx = Context {
        now: ctx.now,
        trusted: ctx.trusted,
        documents: &rec,
    };
    let issuer = match env {
        Envelope::Jwt(jws) => jwt::issuer(jws),
        Envelope::Json(_) => issuer_id(cred),
    }
    .filter(|i| !i.is_empty())
    .map(str::to_string);
    let (securing, mut signature, key, jwt_times) = match env {
        Envelope::Jwt(jws) => {
            let alg = jws.alg().unwrap_or("").to_string();
            let out = jwt::verify_jws(jws, &rctx);
            let times = jwt::times(jws);
            (Securing::Jwt(alg), out.check, out.key, times)
        }
        Envelope::Json(doc) => match doc.get("proof") {
            None | Some(Value::Null) => (
                Securing::Unsigned,
                Check::new(State::Skipped, Reason::NoProof),
                None,
                None,
            ),
            Some(_) => {
                let out = di::verify_proofs(doc, &rctx);
                (Securing::DataIntegrity(out.suite), out.check, out.key, None)
            }
        },
    };
    let (issuer_check, trusted_name) =
        trust_check(issuer.as_deref(), key.as_ref(), &rctx, &mut signature);
    let (validity, expires_in_days) = dates::check(cred, jwt_times, ctx.now);
    let status = status::check(cred, issuer.as_deref(), &rctx);
    let verdict = overall(signature, issuer_check, validity, status);
    Report {
        verdict,
        securing,
        parse: Check::new(State::Pass, Reason::Readable),
        signature,
        issuer: issuer_check,
        validity,
        status,
        issuer_id: issuer,
        trusted_name,
        expires_in_days,
        needs: rec.missing.into_inner(),
    }
}

#[cfg(test)]
mod tests;

impl From<Verdict> for crate::domain::wallet::CardVerdict {
    fn from(v: Verdict) -> Self {
        use crate::domain::wallet::CardVerdict as C;
        match v {
            Verdict::Verified => C::Verified,
            Verdict::Invalid => C::Invalid,
            Verdict::Expired => C::Expired,
            Verdict::Revoked => C::Revoked,
            Verdict::Unknown => C::Unknown,
        }
    }
}
