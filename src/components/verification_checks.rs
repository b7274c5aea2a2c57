use crate::components::verify_text::reason_text;
use crate::domain::verify::{Check, Report, State};
use crate::i18n::*;
use leptos::prelude::*;

/// The four checks of a verification report (signature, issuer, validity, revocation status),
/// each with its outcome symbol and the reason in words. The words are read in reactive
/// closures, so they follow a language switch.
#[component]
pub fn VerificationChecks(
    /// The verifier's report.
    report: Report,
) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |label: fn(Locale) -> &'static str,
                    check: Check,
                    extra: Option<Signal<String>>| {
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
                <span class="check-label">{move || label(i18n.get_locale())}</span>
                <span class="check-reason">{move || reason_text(i18n, check.reason)}</span>
                {extra.map(|e| view! { <span class="check-extra">{e}</span> })}
            </li>
        }
    };
    let trusted = report.trusted_name.clone().map(|name| {
        Signal::derive(move || t_string!(i18n, verify.trusted_as, name = name.clone()).to_string())
    });
    let days = report
        .expires_in_days
        .filter(|_| report.validity.state == State::Warn)
        .map(|days| {
            Signal::derive(move || t_string!(i18n, verify.expires_in_days, days = days).to_string())
        });
    view! {
        <section class="verify-checks" aria-labelledby="verify-checks-title">
            <h2 id="verify-checks-title">{t!(i18n, verify.checks_title)}</h2>
            <ul>
                {row(|l| td_string!(l, verify.check_signature), report.signature, None)}
                {row(|l| td_string!(l, verify.check_issuer), report.issuer, trusted)}
                {row(|l| td_string!(l, verify.check_validity), report.validity, days)}
                {row(|l| td_string!(l, verify.check_status), report.status, None)}
            </ul>
        </section>
    }
}
