use crate::components::verify_text::reason_text;
use crate::components::wallet_text::verdict_text;
use crate::domain::verify::{Check, Reason};
use crate::domain::wallet::{verdict_caveat, CardVerdict};
use crate::i18n::*;
use leptos::prelude::*;

/// The symbol shown before a verdict (decorative: the words say the same).
fn symbol(verdict: CardVerdict, qualified: bool) -> &'static str {
    match verdict {
        CardVerdict::Verified if qualified => "!",
        CardVerdict::Verified => "✓",
        CardVerdict::Invalid | CardVerdict::Revoked => "✗",
        CardVerdict::Expired => "!",
        CardVerdict::Unknown => "?",
        CardVerdict::Unchecked => "–",
    }
}

/// A credential's verdict with a symbol and in words, never by colour alone: "Verified", or
/// "Valid signature, issuer not in the trusted list." when the verifier's issuer check did not
/// pass ([`verdict_caveat`]). Exposes the verdict as `data-verdict` and such a qualification as
/// `data-caveat` (the issuer check's reason code).
#[component]
pub fn CredentialVerdict(
    /// The card verdict.
    #[prop(into)]
    verdict: Signal<CardVerdict>,
    /// The issuer check of the verifier's report, once there is one.
    #[prop(into)]
    issuer: Signal<Option<Check>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let caveat = Memo::new(move |_| verdict_caveat(verdict.get(), issuer.get()));
    let text = move || match caveat.get() {
        Some(Reason::IssuerNotTrusted) => {
            t_string!(i18n, verify.reason_issuer_not_trusted).to_string()
        }
        Some(Reason::TrustListUnavailable | Reason::IssuerMissing) => {
            t_string!(i18n, verify.verdict_issuer_unchecked).to_string()
        }
        Some(other) => reason_text(i18n, other),
        None => verdict_text(i18n, verdict.get()),
    };
    view! {
        <p class="verdict" data-verdict=move || verdict.get().as_str() data-caveat=move || caveat.get().map(Reason::code)>
            <span class="verdict-symbol" aria-hidden="true">{move || symbol(verdict.get(), caveat.get().is_some())}</span>
            <span class="visually-hidden">{t!(i18n, wallet.verdict_label)}": "</span>
            <span class="verdict-text">{text}</span>
        </p>
    }
}
