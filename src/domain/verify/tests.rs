//! The verifier against the fixture corpus (`tests/fixtures/credentials/manifest.json`) and
//! hand-made JWTs for the claim checks.

use super::*;
use crate::domain::envelope::base64url_encode;
use crate::domain::issuers::IssuersDoc;
use ed25519_dalek::Signer;
use serde_json::json;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/credentials")
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

const STATUS_URL: &str = "http://127.0.0.1:8765/status/ee-pttik-revocation-2025.json";

fn status_docs() -> MapDocuments {
    let text =
        std::fs::read_to_string(fixtures().join("status/ee-pttik-revocation-2025.json")).unwrap();
    MapDocuments::from([(STATUS_URL.to_string(), serde_json::from_str(&text).unwrap())])
}

fn trusted() -> Vec<TrustedIssuer> {
    let text = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public/api/issuers.json"),
    )
    .unwrap();
    serde_json::from_str::<IssuersDoc>(&text).unwrap().issuers
}

fn signature_word(r: &Report) -> &'static str {
    if r.parse.state == State::Fail {
        return "n/a";
    }
    match (r.signature.state, r.signature.reason) {
        (_, Reason::NoProof) => "missing",
        (State::Pass, _) => "valid",
        (State::Fail, _) => "invalid",
        _ => "undecided",
    }
}

fn validity_word(r: &Report) -> &'static str {
    match r.validity.reason {
        _ if r.parse.state == State::Fail => "n/a",
        Reason::Current | Reason::ExpiresSoon => "current",
        Reason::Expired => "expired",
        Reason::NotYetValid => "not-yet-valid",
        _ => "other",
    }
}

fn status_word(r: &Report) -> &'static str {
    match r.status.reason {
        Reason::StatusActive => "active",
        Reason::Revoked => "revoked",
        Reason::NoStatus | Reason::NotChecked => "none",
        _ => "other",
    }
}

#[test]
fn every_fixture_gets_the_manifest_verdicts() {
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("manifest.json")).unwrap())
            .unwrap();
    let docs = status_docs();
    let list = trusted();
    let ctx = Context {
        now: now(),
        trusted: Some(&list),
        documents: &docs,
    };
    let mut failures = vec![];
    let files = manifest["files"].as_array().unwrap();
    assert_eq!(files.len(), 28);
    for f in files {
        let name = f["file"].as_str().unwrap();
        let bytes = std::fs::read(fixtures().join(name)).unwrap();
        let r = verify(&bytes, &ctx);
        let got = (
            if r.parse.state == State::Pass {
                "ok"
            } else {
                "error"
            },
            signature_word(&r),
            validity_word(&r),
            status_word(&r),
        );
        let want = (
            f["parse"].as_str().unwrap(),
            f["signature"].as_str().unwrap(),
            f["validity"].as_str().unwrap(),
            f["status"].as_str().unwrap(),
        );
        if got != want {
            failures.push(format!(
                "{name}: got {got:?}, want {want:?} ({:?})",
                r.signature
            ));
        }
        assert!(r.needs.is_empty(), "{name} needed {:?}", r.needs);
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).unwrap()
}

#[test]
fn overall_verdicts_of_fixture_kinds() {
    let docs = status_docs();
    let list = trusted();
    let ctx = Context {
        now: now(),
        trusted: Some(&list),
        documents: &docs,
    };
    let v = |n: &str| verify(&fixture(n), &ctx);
    let r = v("01-valid-di-v2-ehr-basics.json");
    assert_eq!(r.verdict, Verdict::Verified);
    assert_eq!(r.issuer.reason, Reason::IssuerTrusted);
    assert_eq!(
        r.trusted_name.as_deref(),
        Some("Põhja-Tallinna Tervishoiu- ja Infotehnoloogiakool")
    );
    assert_eq!(
        r.securing,
        Securing::DataIntegrity("eddsa-rdfc-2022".into())
    );
    let j = v("06-valid-jwt-es256.jwt");
    assert_eq!(j.verdict, Verdict::Verified);
    assert_eq!(j.issuer.reason, Reason::IssuerNotTrusted);
    assert_eq!(j.issuer.state, State::Warn);
    assert_eq!(
        v("13-tampered-di-issuer-not-signer.json").signature.reason,
        Reason::KeyNotIssuers
    );
    assert_eq!(
        v("15-tampered-jwt-alg-none.jwt").signature.reason,
        Reason::AlgNone
    );
    assert_eq!(v("14-tampered-jwt-payload.jwt").verdict, Verdict::Invalid);
    assert_eq!(v("16-expired-di.json").verdict, Verdict::Expired);
    assert_eq!(v("17-not-yet-valid-di.json").verdict, Verdict::Invalid);
    assert_eq!(v("18-revoked-di.json").verdict, Verdict::Revoked);
    assert_eq!(v("19-status-active-di.json").verdict, Verdict::Verified);
    assert_eq!(v("26-unsigned-ob3.json").verdict, Verdict::Unknown);
    assert_eq!(v("24-garbage-6mb.json").parse.reason, Reason::TooLarge);
    assert_eq!(
        v("25-garbage-not-a-credential.json").parse.reason,
        Reason::NotACredential
    );
}

#[test]
fn offline_status_is_unknown_never_verified() {
    let ctx = Context {
        now: now(),
        trusted: None,
        documents: &NoDocuments,
    };
    for name in ["18-revoked-di.json", "19-status-active-di.json"] {
        let r = verify(&fixture(name), &ctx);
        assert_eq!(r.signature.state, State::Pass, "{name}");
        assert_eq!(
            r.status,
            Check::new(State::Unknown, Reason::StatusUnreachable)
        );
        assert_eq!(r.verdict, Verdict::Unknown);
        assert_eq!(r.needs, vec![STATUS_URL.to_string()]);
        assert_eq!(r.issuer.reason, Reason::TrustListUnavailable);
    }
}

#[test]
fn status_list_from_another_issuer_is_refused() {
    // the second issuer's valid credential pointing at the first issuer's list
    let mut cred: Value = serde_json::from_slice(&fixture("19-status-active-di.json")).unwrap();
    cred["issuer"]["id"] = json!("did:key:z6MkpcUbpZFrLa5Qf6Vp9m2MaXeFqBPcf6Qa7nJrHbchqr1y");
    let docs = status_docs();
    let ctx = Context {
        now: now(),
        trusted: None,
        documents: &docs,
    };
    let r = verify(cred.to_string().as_bytes(), &ctx);
    assert_eq!(r.status, Check::new(State::Fail, Reason::StatusListInvalid));
    // and a tampered list fails its own proof
    let mut list = docs[STATUS_URL].clone();
    list["credentialSubject"]["encodedList"] =
        json!("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA");
    let bad = MapDocuments::from([(STATUS_URL.to_string(), list)]);
    let ctx = Context {
        now: now(),
        trusted: None,
        documents: &bad,
    };
    let r = verify(&fixture("18-revoked-di.json"), &ctx);
    assert_eq!(r.status, Check::new(State::Fail, Reason::StatusListInvalid));
    assert_eq!(r.verdict, Verdict::Invalid);
}

#[test]
fn trusted_issuer_with_other_keys_makes_the_signature_invalid() {
    let mut list = trusted();
    list[0].keys = vec![json!(
        "did:key:z6MkpcUbpZFrLa5Qf6Vp9m2MaXeFqBPcf6Qa7nJrHbchqr1y"
    )];
    let ctx = Context {
        now: now(),
        trusted: Some(&list),
        documents: &NoDocuments,
    };
    let r = verify(&fixture("01-valid-di-v2-ehr-basics.json"), &ctx);
    assert_eq!(r.signature.reason, Reason::KeyNotListed);
    assert_eq!(r.verdict, Verdict::Invalid);
}

#[test]
fn expiry_soon_is_reported_in_days() {
    let ctx = Context {
        now: dates::parse_datetime("2035-03-01T00:00:00Z").unwrap(),
        trusted: None,
        documents: &NoDocuments,
    };
    let r = verify(&fixture("01-valid-di-v2-ehr-basics.json"), &ctx);
    assert_eq!(r.validity.reason, Reason::ExpiresSoon);
    assert_eq!(r.expires_in_days, Some(13));
    assert_eq!(r.verdict, Verdict::Verified);
}

// ---- hand-made JWTs

const SEED: [u8; 32] = [7u8; 32];

fn sign_jwt(header: Value, payload: Value) -> String {
    sign_jwt_with(&SEED, header, payload)
}

/// A JWT signed EdDSA with the Ed25519 key of `seed`.
fn sign_jwt_with(seed: &[u8; 32], header: Value, payload: Value) -> String {
    let key = ed25519_dalek::SigningKey::from_bytes(seed);
    let input = format!(
        "{}.{}",
        base64url_encode(header.to_string().as_bytes()),
        base64url_encode(payload.to_string().as_bytes())
    );
    let sig = key.sign(input.as_bytes());
    format!("{input}.{}", base64url_encode(&sig.to_bytes()))
}

fn our_jwk() -> Value {
    jwk_of(&SEED)
}

/// The public JWK of the Ed25519 key of `seed`.
fn jwk_of(seed: &[u8; 32]) -> Value {
    let key = ed25519_dalek::SigningKey::from_bytes(seed);
    json!({"kty": "OKP", "crv": "Ed25519", "x": base64url_encode(key.verifying_key().as_bytes())})
}

/// Our Ed25519 public key as a multibase multikey (`z6Mk…`).
fn our_multikey() -> String {
    let key = ed25519_dalek::SigningKey::from_bytes(&SEED);
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(key.verifying_key().as_bytes());
    format!("z{}", base58_encode(&bytes))
}

fn our_did_key() -> String {
    format!("did:key:{}", our_multikey())
}

/// A did:web document with our key as `#k1`, named in `assertionMethod` as `assertion`.
fn our_did_web_doc(did: &str, assertion: String) -> Value {
    json!({
        "id": did,
        "verificationMethod": [{"id": format!("{did}#k1"), "type": "Multikey", "controller": did,
                                "publicKeyMultibase": our_multikey()}],
        "assertionMethod": [assertion]
    })
}

fn base58_encode(bytes: &[u8]) -> String {
    const A: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut digits: Vec<u8> = vec![];
    for &b in bytes {
        let mut carry = b as u32;
        for d in digits.iter_mut() {
            carry += (*d as u32) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let zeros = bytes.iter().take_while(|&&b| b == 0).count();
    std::iter::repeat_n('1', zeros)
        .chain(digits.iter().rev().map(|&d| A[d as usize] as char))
        .collect()
}

fn payload(iss: &str) -> Value {
    json!({
        "iss": iss, "jti": "urn:uuid:1", "sub": "did:example:learner",
        "nbf": 1_700_000_000, "exp": 2_000_000_000,
        "vc": {
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "id": "urn:uuid:1",
            "issuer": {"id": iss},
            "credentialSubject": {"id": "did:example:learner"}
        }
    })
}

fn check_jwt(jwt: &str, docs: &dyn Documents) -> Report {
    let ctx = Context {
        now: 1_800_000_000,
        trusted: None,
        documents: docs,
    };
    verify(jwt.as_bytes(), &ctx)
}

#[test]
fn jwt_claims_must_match_the_credential() {
    let iss = "https://school.example/issuer";
    let ok = sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), payload(iss));
    assert_eq!(check_jwt(&ok, &NoDocuments).signature.state, State::Pass);
    for (claim, value, reason) in [
        ("iss", "https://other.example", Reason::JwtIssMismatch),
        ("jti", "urn:uuid:2", Reason::JwtJtiMismatch),
        ("sub", "did:example:someone-else", Reason::JwtSubMismatch),
    ] {
        let mut p = payload(iss);
        p[claim] = json!(value);
        let jwt = sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), p);
        assert_eq!(
            check_jwt(&jwt, &NoDocuments).signature.reason,
            reason,
            "{claim}"
        );
    }
    let mut p = payload(iss);
    p["exp"] = json!(1_750_000_000);
    let r = check_jwt(
        &sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), p),
        &NoDocuments,
    );
    assert_eq!(r.verdict, Verdict::Expired);
    for alg in ["HS256", "none", "NONE", "ES384"] {
        let jwt = sign_jwt(json!({"alg": alg, "jwk": our_jwk()}), payload(iss));
        assert_eq!(
            check_jwt(&jwt, &NoDocuments).signature.state,
            State::Fail,
            "{alg}"
        );
    }
    let no_key = sign_jwt(json!({"alg": "EdDSA"}), payload(iss));
    assert_eq!(
        check_jwt(&no_key, &NoDocuments).signature.reason,
        Reason::JwtNoKey
    );
}

#[test]
fn jwt_kid_did_key_and_key_url() {
    let did = our_did_key();
    let kid = format!("{did}#{}", &did[8..]);
    let jwt = sign_jwt(json!({"alg": "EdDSA", "kid": kid}), payload(&did));
    assert_eq!(check_jwt(&jwt, &NoDocuments).signature.state, State::Pass);
    // the same key claimed for another issuer
    let other = "did:key:z6MksVmx5ZZLZJZCcPU41d6yVkXZjCVgx8WmuD8hHCQwMRuX";
    let forged = sign_jwt(json!({"alg": "EdDSA", "kid": kid}), payload(other));
    assert_eq!(
        check_jwt(&forged, &NoDocuments).signature.reason,
        Reason::KeyNotIssuers
    );
    // an HTTPS key URL: unknown until fetched, then checked for its controller
    let iss = "https://school.example/issuer";
    let url = "https://school.example/keys/1";
    let jwt = sign_jwt(json!({"alg": "EdDSA", "kid": url}), payload(iss));
    let r = check_jwt(&jwt, &NoDocuments);
    assert_eq!(r.signature.state, State::Unknown);
    assert_eq!(r.needs, vec![url.to_string()]);
    assert_eq!(r.verdict, Verdict::Unknown);
    let mut method =
        json!({"id": url, "type": "JsonWebKey", "controller": iss, "publicKeyJwk": our_jwk()});
    let docs = MapDocuments::from([(url.to_string(), method.clone())]);
    assert_eq!(check_jwt(&jwt, &docs).verdict, Verdict::Verified);
    method["controller"] = json!("https://mallory.example");
    let docs = MapDocuments::from([(url.to_string(), method)]);
    assert_eq!(
        check_jwt(&jwt, &docs).signature.reason,
        Reason::KeyNotIssuers
    );
}

#[test]
fn did_web_issuer_via_injected_document() {
    let did = "did:web:school.example";
    let doc = our_did_web_doc(did, format!("{did}#k1"));
    let docs = MapDocuments::from([("https://school.example/.well-known/did.json".into(), doc)]);
    let jwt = sign_jwt(
        json!({"alg": "EdDSA", "kid": format!("{did}#k1")}),
        payload(did),
    );
    assert_eq!(check_jwt(&jwt, &docs).verdict, Verdict::Verified);
    assert_eq!(check_jwt(&jwt, &NoDocuments).verdict, Verdict::Unknown);
}

#[test]
fn eddsa_jcs_2022_round_trip() {
    let did = our_did_key();
    let key = ed25519_dalek::SigningKey::from_bytes(&SEED);
    let mut cred = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "issuer": did,
        "credentialSubject": {"id": "did:example:x", "name": "Åsa ✓"}
    });
    let proof = json!({
        "type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022",
        "created": "2025-01-01T00:00:00Z", "proofPurpose": "assertionMethod",
        "verificationMethod": format!("{did}#{}", &did[8..])
    });
    let data = di::signed_bytes(
        cred.as_object().unwrap(),
        proof.as_object().unwrap(),
        "eddsa-jcs-2022",
    )
    .unwrap();
    let sig = key.sign(&data);
    let mut proof = proof;
    proof["proofValue"] = json!(format!("z{}", base58_encode(&sig.to_bytes())));
    cred["proof"] = proof;
    let ctx = Context {
        now: 1_800_000_000,
        trusted: None,
        documents: &NoDocuments,
    };
    let r = verify(cred.to_string().as_bytes(), &ctx);
    assert_eq!(r.signature, Check::new(State::Pass, Reason::SignatureValid));
    cred["credentialSubject"]["name"] = json!("Asa");
    let r = verify(cred.to_string().as_bytes(), &ctx);
    assert_eq!(r.signature.reason, Reason::SignatureMismatch);
}

#[test]
fn card_verdicts_use_the_same_words() {
    use crate::domain::wallet::CardVerdict;
    for v in [
        Verdict::Verified,
        Verdict::Invalid,
        Verdict::Expired,
        Verdict::Revoked,
        Verdict::Unknown,
    ] {
        assert_eq!(CardVerdict::from(v).as_str(), v.code());
    }
    // every reason code round-trips through the report's JSON (the worker's wire format)
    let r = verify(
        &fixture("18-revoked-di.json"),
        &Context {
            now: now(),
            trusted: None,
            documents: &status_docs(),
        },
    );
    let back: Report = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
    assert_eq!(Reason::KeyNotIssuers.code(), "key-not-issuers");
}

// --- Found by the cross-check against the reference libraries (end2end/crosscheck/crosscheck.mjs).
// These files are signed by them; end2end/crosscheck/regressions.mjs prints them again.

/// `name` as a value object with `@direction`.
const REF_DIRECTION: &str = r##"{"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],"id":"urn:uuid:7d2c1f9e-0b1a-4c55-9d0e-3f6a2b8c4e11","type":["VerifiableCredential","OpenBadgeCredential"],"issuer":{"id":"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z","type":["Profile"],"name":"Issuer"},"validFrom":"2025-01-01T00:00:00Z","name":{"@value":"رعاية صحية منزلية","@language":"ar","@direction":"rtl"},"credentialSubject":{"type":["AchievementSubject"],"achievement":{"id":"https://example.org/a/1","type":["Achievement"],"name":"Home care","description":"d","criteria":{"narrative":"n"}}},"proof":{"type":"DataIntegrityProof","created":"2025-01-01T00:00:00Z","verificationMethod":"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z#z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z","cryptosuite":"eddsa-rdfc-2022","proofPurpose":"assertionMethod","proofValue":"zKNHD5VYXsZedsFfaioHo5GQrHY62J6E6ju1kF3m5Dzb8MtinJmc1im3bLZAaAjtauZdLpw84wLCxygcKHAXGX5J"}}"##;

/// An inline context with a default `@language` and `@direction` for plain strings.
const REF_CONTEXT_LANGUAGE: &str = r##"{"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",{"@language":"et","@direction":"ltr"}],"id":"urn:uuid:7d2c1f9e-0b1a-4c55-9d0e-3f6a2b8c4e11","type":["VerifiableCredential","OpenBadgeCredential"],"issuer":{"id":"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z","type":["Profile"],"name":"Issuer"},"validFrom":"2025-01-01T00:00:00Z","name":"Koduhooldus","credentialSubject":{"type":["AchievementSubject"],"achievement":{"id":"https://example.org/a/1","type":["Achievement"],"name":"Home care","description":"d","criteria":{"narrative":"n"}}},"proof":{"type":"DataIntegrityProof","created":"2025-01-01T00:00:00Z","verificationMethod":"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z#z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z","cryptosuite":"eddsa-rdfc-2022","proofPurpose":"assertionMethod","proofValue":"z2WZR1SjHfC4AHcr4JSoor4qZBj3T5ag87jL4mTWWbQewvvaTHjMrjCPSTTt9vE3ZATUx2Rssx2qDdVKkYgurzjBc"}}"##;

/// Doubles whose shortest decimal form has 16–17 digits (parsed one ulp off without
/// serde_json's `float_roundtrip`).
const REF_FLOATS: &str = r##"{"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],"id":"urn:uuid:7d2c1f9e-0b1a-4c55-9d0e-3f6a2b8c4e11","type":["VerifiableCredential","OpenBadgeCredential"],"issuer":{"id":"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z","type":["Profile"],"name":"Issuer"},"validFrom":"2025-01-01T00:00:00Z","name":"Home care basics","credentialSubject":{"type":["AchievementSubject"],"achievement":{"id":"https://example.org/a/1","type":["Achievement"],"name":"Home care","description":"d","criteria":{"narrative":"n"},"creditsAvailable":8.361097355373204e+24},"creditsEarned":95.26492264121771},"proof":{"type":"DataIntegrityProof","created":"2025-01-01T00:00:00Z","verificationMethod":"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z#z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z","cryptosuite":"eddsa-rdfc-2022","proofPurpose":"assertionMethod","proofValue":"zdqn6j1KzUEV93s1Xk8G4tPaSKqSUqtQFbjHrQCKR9vLvBnekFciYnv6Vsz6naxcBTdSPwtu4s6UXuWYLiBYyyVf"}}"##;

/// eddsa-jcs-2022 with an inline context; the proof carries the document's `@context`.
const REF_JCS_INLINE_CONTEXT: &str = r##"{"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",{"@language":"et"}],"id":"urn:uuid:7d2c1f9e-0b1a-4c55-9d0e-3f6a2b8c4e11","type":["VerifiableCredential","OpenBadgeCredential"],"issuer":{"id":"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z","type":["Profile"],"name":"Issuer"},"validFrom":"2025-01-01T00:00:00Z","name":"Koduhooldus","credentialSubject":{"type":["AchievementSubject"],"achievement":{"id":"https://example.org/a/1","type":["Achievement"],"name":"Home care","description":"d","criteria":{"narrative":"n"}}},"proof":{"type":"DataIntegrityProof","created":"2025-01-01T00:00:00Z","verificationMethod":"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z#z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z","cryptosuite":"eddsa-jcs-2022","proofPurpose":"assertionMethod","@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",{"@language":"et"}],"proofValue":"z2JBvw5qapRriVa26WggUTaNG3qiUeWFyianoxx1yz75Y5Ctt6DGkdYEcMKS5ZsLF3cJcTP3G5kN6FzKUroMywoEq"}}"##;

fn sig(doc: &str) -> Check {
    let ctx = Context {
        now: 1_800_000_000,
        trusted: None,
        documents: &NoDocuments,
    };
    verify(doc.as_bytes(), &ctx).signature
}

const VALID: Check = Check::new(State::Pass, Reason::SignatureValid);

#[test]
fn base_direction_is_signed_as_an_i18n_datatype() {
    assert_eq!(sig(REF_DIRECTION), VALID);
    let flipped = REF_DIRECTION.replace(r#""@direction":"rtl""#, r#""@direction":"ltr""#);
    assert_eq!(sig(&flipped).reason, Reason::SignatureMismatch);
    let bad = REF_DIRECTION.replace(r#""@direction":"rtl""#, r#""@direction":"up""#);
    assert_eq!(sig(&bad).reason, Reason::JsonLdError);
}

#[test]
fn context_default_language_and_direction_apply_to_plain_strings() {
    assert_eq!(sig(REF_CONTEXT_LANGUAGE), VALID);
    let other = REF_CONTEXT_LANGUAGE.replace(r#"{"@language":"et","#, r#"{"@language":"fi","#);
    assert_eq!(sig(&other).reason, Reason::SignatureMismatch);
    // the reference drops a context's default direction as soon as another context is
    // processed (here the credential's type-scoped ones), and so do we: it is not signed
    let no_dir = REF_CONTEXT_LANGUAGE.replace(r#","@direction":"ltr"}"#, "}");
    assert_ne!(no_dir, REF_CONTEXT_LANGUAGE);
    assert_eq!(sig(&no_dir), VALID);
}

#[test]
fn default_direction_of_the_last_context_is_kept() {
    let q = |ctx: Value| {
        let doc = json!({"@context": ctx, "@id": "http://e/s", "http://e/n": "x"});
        let quads = jsonld::to_rdf(&doc).unwrap();
        rdfc::canonicalize(&quads).unwrap()
    };
    assert_eq!(
        q(json!({"@language": "et", "@direction": "rtl"})),
        "<http://e/s> <http://e/n> \"x\"^^<https://www.w3.org/ns/i18n#et_rtl> .\n"
    );
    assert_eq!(
        q(json!([{"@language": "et", "@direction": "rtl"}, {"m": "http://e/m"}])),
        "<http://e/s> <http://e/n> \"x\"@et .\n"
    );
}

#[test]
fn long_doubles_parse_exactly() {
    // valid only if 95.26492264121771 and 8.361097355373204e+24 are read exactly
    // (numbers::make_exact; serde_json alone reads them one ulp off)
    assert_eq!(sig(REF_FLOATS), VALID);
    let edited = REF_FLOATS.replace("95.26492264121771", "95.26492264121772");
    assert_eq!(sig(&edited).reason, Reason::SignatureMismatch);
}

#[test]
fn eddsa_jcs_2022_proof_context_replaces_the_documents() {
    assert_eq!(sig(REF_JCS_INLINE_CONTEXT), VALID);
    // a context appended after signing is not covered (vc-di-eddsa: the proof's @context is used)
    let appended = REF_JCS_INLINE_CONTEXT.replacen(
        r#"{"@language":"et"}],"id""#,
        r#"{"@language":"et"},"https://w3id.org/security/multikey/v1"],"id""#,
        1,
    );
    assert_ne!(appended, REF_JCS_INLINE_CONTEXT);
    assert_eq!(sig(&appended), VALID);
    // …but the document's context must start with the proof's
    let changed = REF_JCS_INLINE_CONTEXT.replacen(
        r#"{"@language":"et"}],"id""#,
        r#"{"@language":"fi"}],"id""#,
        1,
    );
    assert_ne!(changed, REF_JCS_INLINE_CONTEXT);
    assert_eq!(sig(&changed).reason, Reason::SignatureMismatch);
}

// ---- hand-made Data Integrity credentials and status lists

/// Signs `doc` with [`SEED`]'s key as `did` (a `DataIntegrityProof` with `suite`).
fn sign_di(mut doc: Value, did: &str, suite: &str) -> Value {
    let key = ed25519_dalek::SigningKey::from_bytes(&SEED);
    let proof = json!({
        "type": "DataIntegrityProof", "cryptosuite": suite,
        "created": "2025-01-01T00:00:00Z", "proofPurpose": "assertionMethod",
        "verificationMethod": format!("{did}#{}", &did[8..])
    });
    let data =
        di::signed_bytes(doc.as_object().unwrap(), proof.as_object().unwrap(), suite).unwrap();
    let mut proof = proof;
    proof["proofValue"] = json!(format!("z{}", base58_encode(&key.sign(&data).to_bytes())));
    doc["proof"] = proof;
    doc
}

/// A gzip member (RFC 1952) of `bytes`, base64url-encoded: a StatusList2021 `encodedList`.
fn encoded_list(bytes: &[u8]) -> String {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    gz.extend(miniz_oxide::deflate::compress_to_vec(bytes, 6));
    gz.extend((!crc).to_le_bytes());
    gz.extend((bytes.len() as u32).to_le_bytes());
    base64url_encode(&gz)
}

const SL2021_CTX: &str = "https://w3id.org/vc/status-list/2021/v1";
const SL2021_URL: &str = "https://school.example/status/2021/1";

/// A VC 1.1 credential by `did` with a `StatusList2021Entry` at `index`, signed
/// `eddsa-rdfc-2022`.
fn sl2021_credential(did: &str, index: usize) -> Value {
    let cred = json!({
        "@context": [
            "https://www.w3.org/2018/credentials/v1",
            SL2021_CTX,
            "https://w3id.org/security/data-integrity/v2"
        ],
        "id": "urn:uuid:5b0f3c2e-8d4a-4f0e-9c1b-2a7e6d9f1c01",
        "type": ["VerifiableCredential"],
        "issuer": did,
        "issuanceDate": "2025-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner"},
        "credentialStatus": {
            "id": format!("{SL2021_URL}#{index}"),
            "type": "StatusList2021Entry",
            "statusPurpose": "revocation",
            "statusListIndex": index.to_string(),
            "statusListCredential": SL2021_URL
        }
    });
    sign_di(cred, did, "eddsa-rdfc-2022")
}

/// A `StatusList2021Credential` by `did` (16 KiB list) with the bits `set`, signed
/// `eddsa-rdfc-2022`.
fn sl2021_list(did: &str, set: &[usize]) -> Value {
    let mut bits = vec![0u8; 16 * 1024];
    for &i in set {
        bits[i / 8] |= 0x80 >> (i % 8);
    }
    let list = json!({
        "@context": [
            "https://www.w3.org/2018/credentials/v1",
            SL2021_CTX,
            "https://w3id.org/security/data-integrity/v2"
        ],
        "id": SL2021_URL,
        "type": ["VerifiableCredential", "StatusList2021Credential"],
        "issuer": did,
        "issuanceDate": "2025-01-01T00:00:00Z",
        "credentialSubject": {
            "id": format!("{SL2021_URL}#list"),
            "type": "StatusList2021",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(&bits)
        }
    });
    sign_di(list, did, "eddsa-rdfc-2022")
}

#[test]
fn status_list_2021_with_data_integrity() {
    let did = our_did_key();
    let cred = sl2021_credential(&did, 42);
    let check = |list: Value| {
        let docs = MapDocuments::from([(SL2021_URL.to_string(), list)]);
        let ctx = Context {
            now: 1_800_000_000,
            trusted: None,
            documents: &docs,
        };
        verify(cred.to_string().as_bytes(), &ctx)
    };
    // the credential and the list both need the bundled StatusList2021 context
    let r = check(sl2021_list(&did, &[7, 41, 43]));
    assert_eq!(r.signature, VALID);
    assert_eq!(r.status, Check::new(State::Pass, Reason::StatusActive));
    assert_eq!(r.verdict, Verdict::Verified);
    let r = check(sl2021_list(&did, &[7, 42]));
    assert_eq!(r.status, Check::new(State::Fail, Reason::Revoked));
    assert_eq!(r.verdict, Verdict::Revoked);
    // the list's proof covers the bits
    let mut edited = sl2021_list(&did, &[7]);
    edited["credentialSubject"]["encodedList"] = json!(encoded_list(&{
        let mut b = vec![0u8; 16 * 1024];
        b[42 / 8] = 0x80 >> (42 % 8);
        b
    }));
    assert_eq!(
        check(edited).status,
        Check::new(State::Fail, Reason::StatusListInvalid)
    );
}

#[test]
fn a_credential_without_issuer_is_never_verified() {
    // VC-JOSE style (the payload is the credential): no `issuer`, no `iss`
    let cred = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "id": "urn:uuid:1",
        "credentialSubject": {"id": "did:example:learner"}
    });
    let jwt = sign_jwt(
        json!({"alg": "EdDSA", "typ": "vc+jwt", "jwk": our_jwk()}),
        cred.clone(),
    );
    let r = check_jwt(&jwt, &NoDocuments);
    assert_eq!(r.signature, Check::new(State::Fail, Reason::IssuerMissing));
    assert_eq!(r.issuer, Check::new(State::Fail, Reason::IssuerMissing));
    assert_eq!(r.verdict, Verdict::Invalid);
    // the same with an empty issuer
    let mut empty = cred.clone();
    empty["issuer"] = json!("");
    let jwt = sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), empty);
    assert_eq!(check_jwt(&jwt, &NoDocuments).verdict, Verdict::Invalid);
    // VC-JWT with a `vc` claim and no issuer anywhere
    let mut p = payload("https://school.example/issuer");
    p.as_object_mut().unwrap().remove("iss");
    p["vc"].as_object_mut().unwrap().remove("issuer");
    let r = check_jwt(
        &sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), p),
        &NoDocuments,
    );
    assert_eq!(r.signature.reason, Reason::IssuerMissing);
    assert_eq!(r.verdict, Verdict::Invalid);
    // …but `iss` alone names the issuer (VC-JWT 1.1 moves `issuer` into `iss`)
    let iss = "https://school.example/issuer";
    let mut p = payload(iss);
    p["vc"].as_object_mut().unwrap().remove("issuer");
    let r = check_jwt(
        &sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), p),
        &NoDocuments,
    );
    assert_eq!(r.verdict, Verdict::Verified);
    assert_eq!(r.issuer_id.as_deref(), Some(iss));
    // an unsigned credential without issuer is invalid, not merely "unknown"
    let r = check_jwt(&cred.to_string(), &NoDocuments);
    assert_eq!(r.issuer, Check::new(State::Fail, Reason::IssuerMissing));
    assert_eq!(r.verdict, Verdict::Invalid);
}

#[test]
fn a_forged_credential_naming_a_trusted_issuer_is_not_shown_as_trusted() {
    let list = trusted();
    let ctx = Context {
        now: now(),
        trusted: Some(&list),
        documents: &NoDocuments,
    };
    // fixture 09 names the trusted issuer but was edited after signing; 12 and 13 are signed
    // with another key than the trusted issuer's
    for name in [
        "09-tampered-di-achievement-name.json",
        "12-tampered-di-wrong-key.json",
        "13-tampered-di-issuer-not-signer.json",
    ] {
        let r = verify(&fixture(name), &ctx);
        assert!(
            list.iter().any(|t| Some(&t.id) == r.issuer_id.as_ref()),
            "{name}"
        );
        assert_eq!(r.signature.state, State::Fail, "{name}");
        assert_eq!(
            r.issuer,
            Check::new(State::Unknown, Reason::IssuerUnconfirmed),
            "{name}"
        );
        assert_eq!(r.trusted_name, None, "{name}");
        assert_eq!(r.verdict, Verdict::Invalid, "{name}");
    }
    // unsigned, naming a trusted issuer: not confirmed either, and still "unknown" overall
    let r = verify(&fixture("26-unsigned-ob3.json"), &ctx);
    assert_eq!(
        r.issuer,
        Check::new(State::Unknown, Reason::IssuerUnconfirmed)
    );
    assert_eq!(r.trusted_name, None);
    assert_eq!(r.verdict, Verdict::Unknown);
    // a forged JWT naming an issuer that is not on the list does not say "valid signature"
    let r = verify(&fixture("14-tampered-jwt-payload.jwt"), &ctx);
    assert_eq!(r.issuer.reason, Reason::IssuerUnconfirmed);
}

// ---- a JWT header's `jwk` must be the issuer's key

fn verify_with(text: &str, list: &[TrustedIssuer], docs: &dyn Documents) -> Report {
    let ctx = Context {
        now: 1_800_000_000,
        trusted: Some(list),
        documents: docs,
    };
    verify(text.as_bytes(), &ctx)
}

/// Someone else's key.
const MALLORY: [u8; 32] = [9u8; 32];

#[test]
fn jwt_header_key_must_be_a_did_issuers_key() {
    let did = our_did_key();
    let ok = sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), payload(&did));
    assert_eq!(check_jwt(&ok, &NoDocuments).verdict, Verdict::Verified);
    // Mallory signs a credential in our name and puts her own key in the header
    let forged = sign_jwt_with(
        &MALLORY,
        json!({"alg": "EdDSA", "jwk": jwk_of(&MALLORY)}),
        payload(&did),
    );
    let r = check_jwt(&forged, &NoDocuments);
    assert_eq!(r.signature, Check::new(State::Fail, Reason::KeyNotIssuers));
    assert_eq!(r.verdict, Verdict::Invalid);
    // the same against a trusted did:key issuer whose list entry names no keys
    let victim = "did:key:z6MksVmx5ZZLZJZCcPU41d6yVkXZjCVgx8WmuD8hHCQwMRuX";
    let mut list = trusted();
    list[0].keys = vec![];
    assert_eq!(list[0].id, victim);
    let forged = sign_jwt_with(
        &MALLORY,
        json!({"alg": "EdDSA", "jwk": jwk_of(&MALLORY)}),
        payload(victim),
    );
    let ctx = Context {
        now: 1_800_000_000,
        trusted: Some(&list),
        documents: &NoDocuments,
    };
    let r = verify(forged.as_bytes(), &ctx);
    assert_eq!(r.signature.reason, Reason::KeyNotIssuers);
    assert_eq!(r.trusted_name, None);
    assert_eq!(r.verdict, Verdict::Invalid);
}

#[test]
fn jwt_header_key_matches_a_p256_did_key_in_either_point_encoding() {
    use p256::ecdsa::signature::Signer as _;
    let sk = p256::ecdsa::SigningKey::from_bytes(&[5u8; 32].into()).unwrap();
    let vk = sk.verifying_key();
    let mut mk = vec![0x80, 0x24];
    mk.extend_from_slice(vk.to_encoded_point(true).as_bytes());
    let did = format!("did:key:z{}", base58_encode(&mk));
    let full = vk.to_encoded_point(false);
    let jwk = json!({"kty": "EC", "crv": "P-256",
        "x": base64url_encode(full.x().unwrap()), "y": base64url_encode(full.y().unwrap())});
    let input = format!(
        "{}.{}",
        base64url_encode(json!({"alg": "ES256", "jwk": jwk}).to_string().as_bytes()),
        base64url_encode(payload(&did).to_string().as_bytes())
    );
    let sig: p256::ecdsa::Signature = sk.sign(input.as_bytes());
    let jwt = format!("{input}.{}", base64url_encode(&sig.to_bytes()));
    assert_eq!(check_jwt(&jwt, &NoDocuments).verdict, Verdict::Verified);
}

#[test]
fn jwt_header_key_must_be_in_a_did_web_document() {
    let did = "did:web:school.example";
    let url = "https://school.example/.well-known/did.json";
    let doc = our_did_web_doc(did, "#k1".into());
    let docs = MapDocuments::from([(url.to_string(), doc)]);
    let ok = sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), payload(did));
    assert_eq!(check_jwt(&ok, &docs).verdict, Verdict::Verified);
    // without the DID document the key cannot be tied to the issuer yet
    let r = check_jwt(&ok, &NoDocuments);
    assert_eq!(
        r.signature,
        Check::new(State::Unknown, Reason::KeyUnreachable)
    );
    assert_eq!(r.needs, vec![url.to_string()]);
    assert_eq!(r.verdict, Verdict::Unknown);
    let forged = sign_jwt_with(
        &MALLORY,
        json!({"alg": "EdDSA", "jwk": jwk_of(&MALLORY)}),
        payload(did),
    );
    let r = check_jwt(&forged, &docs);
    assert_eq!(r.signature.reason, Reason::KeyNotIssuers);
    assert_eq!(r.verdict, Verdict::Invalid);
}

#[test]
fn jwt_header_key_must_be_a_trusted_url_issuers_listed_key() {
    let iss = "https://school.example/issuer";
    let key_url = "https://school.example/keys/1";
    let method =
        json!({"id": key_url, "type": "JsonWebKey", "controller": iss, "publicKeyJwk": our_jwk()});
    let docs = MapDocuments::from([(key_url.to_string(), method)]);
    let mut list = trusted();
    list[0].id = iss.to_string();
    // the list names the key only by its URL
    list[0].keys = vec![json!(key_url)];
    let ok = sign_jwt(json!({"alg": "EdDSA", "jwk": our_jwk()}), payload(iss));
    let r = verify_with(&ok, &list, &docs);
    assert_eq!(r.signature, VALID);
    assert_eq!(r.issuer, Check::new(State::Pass, Reason::IssuerTrusted));
    assert_eq!(r.verdict, Verdict::Verified);
    let forged = sign_jwt_with(
        &MALLORY,
        json!({"alg": "EdDSA", "jwk": jwk_of(&MALLORY)}),
        payload(iss),
    );
    let r = verify_with(&forged, &list, &docs);
    assert_eq!(r.signature, Check::new(State::Fail, Reason::KeyNotListed));
    assert_eq!(r.trusted_name, None);
    assert_eq!(r.verdict, Verdict::Invalid);
    // the key URL not fetched yet: undecided, and asked for
    let r = verify_with(&forged, &list, &NoDocuments);
    assert_eq!(
        r.signature,
        Check::new(State::Unknown, Reason::KeyUnreachable)
    );
    assert_eq!(r.needs, vec![key_url.to_string()]);
    assert_eq!(r.verdict, Verdict::Unknown);
    // an https issuer with no key set anywhere: the header key is accepted
    let r = check_jwt(&forged, &NoDocuments);
    assert_eq!(r.verdict, Verdict::Verified);
    assert_eq!(r.issuer.reason, Reason::TrustListUnavailable);
}

#[test]
fn what_the_verifier_cannot_process_is_unknown_not_invalid() {
    let did = our_did_key();
    let cred = json!({
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": "urn:uuid:7d2c1f9e-0b1a-4c55-9d0e-3f6a2b8c4e12",
        "type": ["VerifiableCredential"],
        "issuer": did,
        "credentialSubject": {"id": "did:example:learner"}
    });
    let signed = sign_di(cred, &did, "eddsa-rdfc-2022");
    let ctx = Context {
        now: 1_800_000_000,
        trusted: None,
        documents: &NoDocuments,
    };
    let r = verify(signed.to_string().as_bytes(), &ctx);
    assert_eq!(r.verdict, Verdict::Verified);
    let with_context = |extra: Value| {
        let mut d = signed.clone();
        d["@context"].as_array_mut().unwrap().push(extra);
        d
    };
    // a context that is not bundled (never fetched)
    let unknown = with_context(json!("https://example.org/contexts/unknown/v1"));
    let r = verify(unknown.to_string().as_bytes(), &ctx);
    assert_eq!(
        r.signature,
        Check::new(State::Unknown, Reason::ContextUnknown)
    );
    assert_eq!(r.verdict, Verdict::Unknown);
    // JSON-LD 1.1 features this processor leaves out: a language map, @import, @nest
    let mut lang_map = with_context(
        json!({"titles": {"@id": "https://example.org/titles", "@container": "@language"}}),
    );
    lang_map["titles"] = json!({"en": "Home care", "et": "Koduhooldus"});
    let import = with_context(json!({"@import": "https://www.w3.org/ns/credentials/v2"}));
    let nest = with_context(json!({"meta": {"@id": "https://example.org/meta", "@nest": "x"}}));
    for (what, doc) in [
        ("language map", lang_map),
        ("@import", import),
        ("@nest", nest),
    ] {
        let r = verify(doc.to_string().as_bytes(), &ctx);
        assert_eq!(
            r.signature,
            Check::new(State::Unknown, Reason::JsonLdUnsupported),
            "{what}"
        );
        assert_eq!(r.verdict, Verdict::Unknown, "{what}");
    }
    // …while JSON-LD that is wrong, or data the signature would not cover, stays invalid
    let mut undefined = signed.clone();
    undefined["credentialSubject"]["undefinedTerm"] = json!("x");
    let r = verify(undefined.to_string().as_bytes(), &ctx);
    assert_eq!(r.signature, Check::new(State::Fail, Reason::JsonLdError));
    let bad_container =
        with_context(json!({"t": {"@id": "https://example.org/t", "@container": "@nonsense"}}));
    let r = verify(bad_container.to_string().as_bytes(), &ctx);
    assert_eq!(r.signature, Check::new(State::Fail, Reason::JsonLdError));
    // a status list the verifier cannot process: the status is unknown, not invalid
    let cred = sl2021_credential(&did, 42);
    let mut list = sl2021_list(&did, &[42]);
    list["@context"]
        .as_array_mut()
        .unwrap()
        .push(json!("https://example.org/contexts/unknown/v1"));
    let docs = MapDocuments::from([(SL2021_URL.to_string(), list)]);
    let ctx = Context {
        now: 1_800_000_000,
        trusted: None,
        documents: &docs,
    };
    let r = verify(cred.to_string().as_bytes(), &ctx);
    assert_eq!(r.status, Check::new(State::Unknown, Reason::ContextUnknown));
    assert_eq!(r.verdict, Verdict::Unknown);
}
