use super::i18n_text::tx;
use super::riasec_text::{type_name, type_phrase};
use crate::domain::careers::Career;
use crate::domain::config::encode_component;
use crate::domain::scoring::Why;
use crate::domain::text::LocalisedText;
use crate::i18n::*;
use crate::state::locale;
use leptos::prelude::*;
use leptos_router::components::A;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Renders localised text, marking it with its own `lang` when it is not in the UI language.
fn text_in(text: &LocalisedText, lang: &str) -> (String, Option<String>) {
    let (s, l) = text.get_with_lang(lang);
    (s.to_owned(), l.filter(|l| *l != lang).map(str::to_owned))
}

/// One matching career: ESCO label and description, why it matches, the typical VET route and
/// the catalogue entries that lead toward it.
#[component]
pub fn CareerCard(
    /// The career.
    career: Career,
    /// Why it matches the learner.
    why: Why,
    /// Titles of catalogue entries by id (from the catalogue, or the fallback labels).
    titles: Arc<BTreeMap<String, LocalisedText>>,
    /// Position in the ranking (1 = best).
    rank: usize,
    /// Show links (to the catalogue and ESCO); off in fair mode, where visitors take the result
    /// to their phone instead.
    #[prop(default = true)]
    links: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = locale::lang_signal();
    let label = career.label.clone();
    let description = career.description.clone();
    let why_text = {
        let why = why.clone();
        move || match why.shared.as_slice() {
            [a, b] => t_string!(
                i18n,
                quiz.why_two,
                a = type_phrase(i18n, *a),
                b = type_phrase(i18n, *b)
            )
            .to_string(),
            [a] => t_string!(i18n, quiz.why_one, a = type_phrase(i18n, *a)).to_string(),
            _ => {
                let types: Vec<String> = why
                    .career_code
                    .iter()
                    .map(|t| type_name(i18n, *t))
                    .collect();
                t_string!(i18n, quiz.why_none, types = types.join(", ")).to_string()
            }
        }
    };
    let route = career.vet_route.clone();
    let route_text = move || match (route.eqf_level, route.duration_months) {
        (Some(level), Some(months)) => {
            Some(t_string!(i18n, quiz.vet_route, level = level, months = months).to_string())
        }
        _ => None,
    };
    let esco = (links
        && (career.esco_uri.starts_with("http://") || career.esco_uri.starts_with("https://")))
    .then(|| career.esco_uri.clone());
    let courses = career
        .catalogue_entries
        .iter()
        .map(|id| {
            let title = titles
                .get(id)
                .cloned()
                .unwrap_or_else(|| id.as_str().into());
            let href = format!("/catalogue/{}", encode_component(id));
            let shown = move || text_in(&title, lang.get());
            let inner = {
                let shown = shown.clone();
                move || shown().0
            };
            let title_lang = move || shown().1;
            if links {
                view! { <li><A href=href attr:lang=title_lang>{inner}</A></li> }.into_any()
            } else {
                view! { <li lang=title_lang>{inner}</li> }.into_any()
            }
        })
        .collect_view();
    let has_courses = !career.catalogue_entries.is_empty();
    let label_for_text = label.clone();
    view! {
        <li class="career card" data-career=career.id.clone() data-area=crate::domain::tally::area_key(Some(career.area))>
            <h3>
                <span class="rank">{format!("{rank}.")}</span>
                " "
                <span class="career-label" lang=move || text_in(&label, lang.get()).1>
                    {move || text_in(&label_for_text, lang.get()).0}
                </span>
            </h3>
            {description.map(|d| {
                let d2 = d.clone();
                view! { <p class="career-description" lang=move || text_in(&d, lang.get()).1>{move || text_in(&d2, lang.get()).0}</p> }
            })}
            <p class="why">
                <strong>{tx(i18n, |l| td_string!(l, quiz.why_title))}": "</strong>
                {why_text}
            </p>
            {move || route_text().map(|r| view! { <p class="vet-route">{r}</p> })}
            <h4>{tx(i18n, |l| td_string!(l, quiz.courses_title))}</h4>
            {if has_courses {
                view! { <ul class="career-courses">{courses}</ul> }.into_any()
            } else {
                view! { <p>{tx(i18n, |l| td_string!(l, quiz.no_courses))}</p> }.into_any()
            }}
            {esco.map(|uri| view! { <p><a href=uri rel="external noopener" target="_blank">{tx(i18n, |l| td_string!(l, quiz.esco_link))}</a></p> })}
        </li>
    }
}
