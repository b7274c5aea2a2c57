use crate::components::verify_text::reason_text;
use crate::domain::verify::{Check, Report, State};
use crate::i18n::*;
use leptos::prelude::*;

/// The four checks of a verification report (signature, issuer, validity, revocation status),
/// each with its outcome symbol and the reason in words.
#[component]
pub fn VerificationChecks(
    /// The verifier's report.
    report: Report,
) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |label: String, check: Check, extra: Option<String>| {
        let (symbol, state) = match check.state {
            State::Pass => ("✓", "pass"),
            State::Warn => ("!", "warn"),
            State::Fail => ("✗", "fail"),
            State::Unknown => ("?", "unknown"),
            State::Skipped => ("–", "skipped"),
        };
        view! {
            <li class=format!("verify-check check-{state}") data-state=state data-reason=check.reason.code()>
                <span class="check-symbol" aria-hidden="true">{symbol}</span>
                <span class="check-label">{label}</span>
                <span class="check-reason">{reason_text(i18n, check.reason)}</span>
                {extra.map(|e| view! { <span class="check-extra">{e}</span> })}
            </li>
        }
    };
    let trusted = report
        .trusted_name
        .clone()
        .map(|name| t_string!(i18n, verify.trusted_as, name = name).to_string());
    let days = report
        .expires_in_days
        .filter(|_| report.validity.state == State::Warn)
        .map(|days| t_string!(i18n, verify.expires_in_days, days = days).to_string());
    view! {
        <section class="verify-checks" aria-labelledby="verify-checks-title">
            <h2 id="verify-checks-title">{t!(i18n, verify.checks_title)}</h2>
            <ul>
                {row(t_string!(i18n, verify.check_signature).to_string(), report.signature, None)}
                {row(t_string!(i18n, verify.check_issuer).to_string(), report.issuer, trusted)}
                {row(t_string!(i18n, verify.check_validity).to_string(), report.validity, days)}
                {row(t_string!(i18n, verify.check_status).to_string(), report.status, None)}
            </ul>
        </section>
    }
}
