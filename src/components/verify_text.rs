//! Translated reasons for the verifier's checks (for the wallet's credential page; the
//! translations are in `locales/<lang>/verify.json`).

use crate::domain::verify::Reason;
use crate::i18n::*;
use leptos_i18n::I18nContext;

/// Why a check came out as it did, in plain words.
pub fn reason_text(i18n: I18nContext<Locale>, r: Reason) -> String {
    match r {
        Reason::Readable => t_string!(i18n, verify.reason_readable).to_string(),
        Reason::Empty => t_string!(i18n, verify.reason_empty).to_string(),
        Reason::TooLarge => t_string!(i18n, verify.reason_too_large).to_string(),
        Reason::NotJson => t_string!(i18n, verify.reason_not_json).to_string(),
        Reason::NotACredential => t_string!(i18n, verify.reason_not_a_credential).to_string(),
        Reason::MalformedJwt => t_string!(i18n, verify.reason_malformed_jwt).to_string(),
        Reason::SignatureValid => t_string!(i18n, verify.reason_signature_valid).to_string(),
        Reason::NoProof => t_string!(i18n, verify.reason_no_proof).to_string(),
        Reason::SignatureMismatch => t_string!(i18n, verify.reason_signature_mismatch).to_string(),
        Reason::AlgNone => t_string!(i18n, verify.reason_alg_none).to_string(),
        Reason::AlgUnsupported => t_string!(i18n, verify.reason_alg_unsupported).to_string(),
        Reason::CryptosuiteUnsupported => {
            t_string!(i18n, verify.reason_cryptosuite_unsupported).to_string()
        }
        Reason::ProofMalformed => t_string!(i18n, verify.reason_proof_malformed).to_string(),
        Reason::ProofPurposeWrong => t_string!(i18n, verify.reason_proof_purpose_wrong).to_string(),
        Reason::JsonLdError => t_string!(i18n, verify.reason_json_ld_error).to_string(),
        Reason::ContextUnknown => t_string!(i18n, verify.reason_context_unknown).to_string(),
        Reason::JsonLdUnsupported => t_string!(i18n, verify.reason_json_ld_unsupported).to_string(),
        Reason::KeyMalformed => t_string!(i18n, verify.reason_key_malformed).to_string(),
        Reason::KeyUnsupported => t_string!(i18n, verify.reason_key_unsupported).to_string(),
        Reason::KeyNotFound => t_string!(i18n, verify.reason_key_not_found).to_string(),
        Reason::KeyNotIssuers => t_string!(i18n, verify.reason_key_not_issuers).to_string(),
        Reason::KeyNotForAssertion => {
            t_string!(i18n, verify.reason_key_not_for_assertion).to_string()
        }
        Reason::KeyUnreachable => t_string!(i18n, verify.reason_key_unreachable).to_string(),
        Reason::KeyTooWeak => t_string!(i18n, verify.reason_key_too_weak).to_string(),
        Reason::KeyAlgMismatch => t_string!(i18n, verify.reason_key_alg_mismatch).to_string(),
        Reason::KeyNotListed => t_string!(i18n, verify.reason_key_not_listed).to_string(),
        Reason::JwtIssMismatch => t_string!(i18n, verify.reason_jwt_iss_mismatch).to_string(),
        Reason::JwtSubMismatch => t_string!(i18n, verify.reason_jwt_sub_mismatch).to_string(),
        Reason::JwtJtiMismatch => t_string!(i18n, verify.reason_jwt_jti_mismatch).to_string(),
        Reason::JwtNoKey => t_string!(i18n, verify.reason_jwt_no_key).to_string(),
        Reason::IssuerTrusted => t_string!(i18n, verify.reason_issuer_trusted).to_string(),
        Reason::IssuerNotTrusted => t_string!(i18n, verify.reason_issuer_not_trusted).to_string(),
        Reason::TrustListUnavailable => {
            t_string!(i18n, verify.reason_trust_list_unavailable).to_string()
        }
        Reason::IssuerMissing => t_string!(i18n, verify.reason_issuer_missing).to_string(),
        Reason::IssuerUnconfirmed => t_string!(i18n, verify.reason_issuer_unconfirmed).to_string(),
        Reason::Current => t_string!(i18n, verify.reason_current).to_string(),
        Reason::ExpiresSoon => t_string!(i18n, verify.reason_expires_soon).to_string(),
        Reason::Expired => t_string!(i18n, verify.reason_expired).to_string(),
        Reason::NotYetValid => t_string!(i18n, verify.reason_not_yet_valid).to_string(),
        Reason::DateMalformed => t_string!(i18n, verify.reason_date_malformed).to_string(),
        Reason::NoStatus => t_string!(i18n, verify.reason_no_status).to_string(),
        Reason::StatusActive => t_string!(i18n, verify.reason_status_active).to_string(),
        Reason::Revoked => t_string!(i18n, verify.reason_revoked).to_string(),
        Reason::Suspended => t_string!(i18n, verify.reason_suspended).to_string(),
        Reason::StatusUnreachable => t_string!(i18n, verify.reason_status_unreachable).to_string(),
        Reason::StatusListInvalid => t_string!(i18n, verify.reason_status_list_invalid).to_string(),
        Reason::StatusMalformed => t_string!(i18n, verify.reason_status_malformed).to_string(),
        Reason::StatusUnsupported => t_string!(i18n, verify.reason_status_unsupported).to_string(),
        Reason::NotChecked => t_string!(i18n, verify.reason_not_checked).to_string(),
    }
}
