use crate::components::wallet_text::show_date;
use crate::domain::wallet::{CredentialView, Format};
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// A label's translation, looked up for each locale (`|l| td_string!(l, wallet.el_title)`).
type Label = fn(Locale) -> &'static str;

fn row(
    i18n: I18nContext<Locale>,
    label: Label,
    value: Option<impl IntoView + 'static>,
) -> Option<impl IntoView> {
    value.map(|v| {
        view! {
            <div class="element">
                <dt>{move || label(i18n.get_locale())}</dt>
                <dd>{v}</dd>
            </div>
        }
    })
}

fn list(i18n: I18nContext<Locale>, label: Label, items: Vec<String>) -> Option<impl IntoView> {
    row(
        i18n,
        label,
        (!items.is_empty())
            .then(|| view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }),
    )
}

/// A date in the current language's format (follows a language switch).
fn date(iso: Option<&String>) -> Option<impl Fn() -> String + Send + Sync + 'static> {
    iso.cloned().map(|d| move || show_date(&d))
}

/// Every EU micro-credential element the credential states (nothing invented), as a
/// description list. All text is rendered as text; links are http(s) only.
#[component]
pub fn CredentialDetails(
    /// What the credential says.
    view: CredentialView,
) -> impl IntoView {
    // labels and dates are read in reactive closures, so they follow a language switch
    let i18n = use_i18n();
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
            {row(i18n, |l| td_string!(l, wallet.el_learner), v.learner.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_title), v.title.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_issuer), v.issuer.name.clone().or(v.issuer.id.clone()))}
            {row(i18n, |l| td_string!(l, wallet.el_country), v.issuer.country.clone())}
            {v.issuer.url.clone().map(|u| view! {
                <div class="element">
                    <dt>{move || td_string!(i18n.get_locale(), wallet.el_website)}</dt>
                    <dd><a href=u.clone() rel="noopener noreferrer nofollow" target="_blank">{u.clone()}</a></dd>
                </div>
            })}
            {row(i18n, |l| td_string!(l, wallet.el_issued), date(v.issued.as_ref()))}
            {row(i18n, |l| td_string!(l, wallet.el_valid_from), date(v.valid_from.as_ref()))}
            {row(i18n, |l| td_string!(l, wallet.el_valid_until), date(v.valid_until.as_ref()))}
            {row(i18n, |l| td_string!(l, wallet.el_description), v.description.clone())}
            {list(i18n, |l| td_string!(l, wallet.el_outcomes), v.outcomes.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_criteria), v.criteria.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_ects), v.ects.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_eqf), v.eqf.clone())}
            {list(i18n, |l| td_string!(l, wallet.el_assessment), v.assessment.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_participation), v.participation.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_qa), v.quality_assurance.clone())}
            {list(i18n, |l| td_string!(l, wallet.el_alignments), alignments)}
            {row(i18n, |l| td_string!(l, wallet.el_code), v.code.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_field), v.field_of_study.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_language), v.language.clone())}
            {row(i18n, |l| td_string!(l, wallet.el_type), kind)}
            {row(i18n, |l| td_string!(l, wallet.el_format), Some(format.to_owned()))}
            {row(i18n, |l| td_string!(l, wallet.el_id), v.id.clone())}
        </dl>
    }
}
