use crate::components::wallet_text::show_date;
use crate::domain::wallet::{CredentialView, Format};
use crate::i18n::*;
use leptos::prelude::*;

fn row(label: String, value: Option<String>) -> Option<impl IntoView> {
    value.map(|v| {
        view! {
            <div class="element">
                <dt>{label}</dt>
                <dd>{v}</dd>
            </div>
        }
    })
}

fn list(label: String, items: Vec<String>) -> Option<impl IntoView> {
    (!items.is_empty()).then(|| {
        view! {
            <div class="element">
                <dt>{label}</dt>
                <dd><ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul></dd>
            </div>
        }
    })
}

/// Every EU micro-credential element the credential states (nothing invented), as a
/// description list. All text is rendered as text; links are http(s) only.
#[component]
pub fn CredentialDetails(
    /// What the credential says.
    view: CredentialView,
) -> impl IntoView {
    let i18n = use_i18n();
    let l = move |f: fn(Locale) -> &'static str| f(i18n.get_locale_untracked()).to_owned();
    let v = view;
    let format = match v.format {
        Format::Ob3Json => "Open Badges 3.0 (JSON)",
        Format::VcJwt => "VC-JWT",
        Format::VcJose => "VC-JOSE (vc+jwt)",
        Format::Edc => "European Digital Credential (JSON-LD)",
        Format::VcJson => "Verifiable Credential (JSON)",
    };
    let alignments: Vec<String> = v
        .alignments
        .iter()
        .map(|a| {
            let mut s = a.name.clone().unwrap_or_default();
            if let Some(code) = &a.code {
                s.push_str(&format!(" ({code})"));
            }
            if let Some(fw) = &a.framework {
                s.push_str(&format!(" — {fw}"));
            }
            s
        })
        .collect();
    let types = (!v.types.is_empty()).then(|| v.types.join(", "));
    let kind = v.achievement_type.clone().or(types);
    view! {
        <dl class="credential-elements">
            {row(l(|l| td_string!(l, wallet.el_learner)), v.learner.clone())}
            {row(l(|l| td_string!(l, wallet.el_title)), v.title.clone())}
            {row(l(|l| td_string!(l, wallet.el_issuer)), v.issuer.name.clone().or(v.issuer.id.clone()))}
            {row(l(|l| td_string!(l, wallet.el_country)), v.issuer.country.clone())}
            {v.issuer.url.clone().map(|u| view! {
                <div class="element">
                    <dt>{l(|l| td_string!(l, wallet.el_website))}</dt>
                    <dd><a href=u.clone() rel="noopener noreferrer nofollow" target="_blank">{u.clone()}</a></dd>
                </div>
            })}
            {row(l(|l| td_string!(l, wallet.el_issued)), v.issued.as_deref().map(show_date))}
            {row(l(|l| td_string!(l, wallet.el_valid_from)), v.valid_from.as_deref().map(show_date))}
            {row(l(|l| td_string!(l, wallet.el_valid_until)), v.valid_until.as_deref().map(show_date))}
            {row(l(|l| td_string!(l, wallet.el_description)), v.description.clone())}
            {list(l(|l| td_string!(l, wallet.el_outcomes)), v.outcomes.clone())}
            {row(l(|l| td_string!(l, wallet.el_criteria)), v.criteria.clone())}
            {row(l(|l| td_string!(l, wallet.el_ects)), v.ects.clone())}
            {row(l(|l| td_string!(l, wallet.el_eqf)), v.eqf.clone())}
            {list(l(|l| td_string!(l, wallet.el_assessment)), v.assessment.clone())}
            {row(l(|l| td_string!(l, wallet.el_participation)), v.participation.clone())}
            {row(l(|l| td_string!(l, wallet.el_qa)), v.quality_assurance.clone())}
            {list(l(|l| td_string!(l, wallet.el_alignments)), alignments)}
            {row(l(|l| td_string!(l, wallet.el_code)), v.code.clone())}
            {row(l(|l| td_string!(l, wallet.el_field)), v.field_of_study.clone())}
            {row(l(|l| td_string!(l, wallet.el_language)), v.language.clone())}
            {row(l(|l| td_string!(l, wallet.el_type)), kind)}
            {row(l(|l| td_string!(l, wallet.el_format)), Some(format.to_owned()))}
            {row(l(|l| td_string!(l, wallet.el_id)), v.id.clone())}
        </dl>
    }
}
