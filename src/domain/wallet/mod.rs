//! The credential wallet's pure logic: reading imported bytes (JSON, VC-JWT, baked badge
//! images) into a display view mapped onto the EU micro-credential elements, the stored record
//! format with its migrations, and the encrypted backup file format.
//!
//! Trust (signatures, validity, status) is decided by `domain::verify`; the wallet only keeps a
//! [`CardVerdict`] slot per credential for it.

pub mod backup;
pub mod baked;
pub mod compact;
pub mod credential;
pub mod record;
pub mod scan;
pub mod url;

use crate::domain::verify::{Check, Reason, State};
pub use credential::{parse, CredentialView, Format, ImportError};
pub use record::{Record, Source};

/// What the verifier said about one credential, shown on its card and exposed as
/// `data-verdict` for tests. Until the verifier has looked at it, it is [`Unchecked`](Self::Unchecked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CardVerdict {
    /// Signature valid, currently valid, not revoked.
    Verified,
    /// The signature does not match (tampered, wrong key, `alg: none`…).
    Invalid,
    /// Past its `validUntil` / `exp` (or not yet valid).
    Expired,
    /// The issuer revoked it.
    Revoked,
    /// The verifier could not decide (unknown key type, status list unreachable…).
    Unknown,
    /// Not checked yet.
    #[default]
    Unchecked,
}

impl CardVerdict {
    /// The value of the card's `data-verdict` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            CardVerdict::Verified => "verified",
            CardVerdict::Invalid => "invalid",
            CardVerdict::Expired => "expired",
            CardVerdict::Revoked => "revoked",
            CardVerdict::Unknown => "unknown",
            CardVerdict::Unchecked => "unchecked",
        }
    }
}

/// Why a "verified" verdict needs qualifying: the signature, dates and status are all right, but
/// the issuer check of the verifier's report did not pass — the issuer is not on the trusted
/// list ([`Reason::IssuerNotTrusted`]), the list could not be loaded, or no issuer is named.
/// The card then says so instead of a plain "Verified". `None` for every other verdict (their
/// own words already say what is wrong) and before there is a report.
pub fn verdict_caveat(verdict: CardVerdict, issuer: Option<Check>) -> Option<Reason> {
    match (verdict, issuer) {
        (CardVerdict::Verified, Some(check)) if check.state != State::Pass => Some(check.reason),
        _ => None,
    }
}

/// Lower-case hex of SHA-256 over `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_attribute_values() {
        let all = [
            CardVerdict::Verified,
            CardVerdict::Invalid,
            CardVerdict::Expired,
            CardVerdict::Revoked,
            CardVerdict::Unknown,
            CardVerdict::Unchecked,
        ];
        let names: Vec<_> = all.iter().map(|v| v.as_str()).collect();
        assert_eq!(
            names,
            [
                "verified",
                "invalid",
                "expired",
                "revoked",
                "unknown",
                "unchecked"
            ]
        );
        assert_eq!(CardVerdict::default(), CardVerdict::Unchecked);
    }

    #[test]
    fn only_a_verified_verdict_with_an_issuer_problem_is_qualified() {
        let check = |state, reason| Some(Check::new(state, reason));
        let untrusted = check(State::Warn, Reason::IssuerNotTrusted);
        assert_eq!(
            verdict_caveat(CardVerdict::Verified, untrusted),
            Some(Reason::IssuerNotTrusted)
        );
        assert_eq!(
            verdict_caveat(
                CardVerdict::Verified,
                check(State::Unknown, Reason::TrustListUnavailable)
            ),
            Some(Reason::TrustListUnavailable)
        );
        assert_eq!(
            verdict_caveat(
                CardVerdict::Verified,
                check(State::Pass, Reason::IssuerTrusted)
            ),
            None
        );
        assert_eq!(verdict_caveat(CardVerdict::Verified, None), None);
        for other in [
            CardVerdict::Invalid,
            CardVerdict::Expired,
            CardVerdict::Revoked,
            CardVerdict::Unknown,
            CardVerdict::Unchecked,
        ] {
            assert_eq!(verdict_caveat(other, untrusted), None, "{other:?}");
        }
    }

    #[test]
    fn sha256_of_abc() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
