use crate::components::verify_text::verdict_text;
use crate::domain::wallet::CardVerdict;
use crate::i18n::*;
use leptos::prelude::*;

/// The verifier's overall verdict as a symbol and a word (never colour alone), e.g. "✓ Verified".
/// The card that shows it carries `data-verdict`.
#[component]
pub fn VerdictBadge(
    /// The verdict to show.
    #[prop(into)]
    verdict: Signal<CardVerdict>,
) -> impl IntoView {
    let i18n = use_i18n();
    let symbol = move || match verdict.get() {
        CardVerdict::Verified => "✓",
        CardVerdict::Invalid => "✗",
        CardVerdict::Expired => "⌛",
        CardVerdict::Revoked => "⊘",
        CardVerdict::Unknown => "?",
        CardVerdict::Unchecked => "…",
    };
    view! {
        <span class=move || format!("verdict-badge verdict-{}", verdict.get().as_str())>
            <span class="verdict-symbol" aria-hidden="true">{symbol}</span>
            <span class="verdict-text">{move || verdict_text(i18n, verdict.get())}</span>
        </span>
    }
}
