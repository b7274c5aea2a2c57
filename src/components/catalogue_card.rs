use super::catalogue_text::{
    area_name, country_name, ects_text, participation_name, price_text, text_in,
};
use super::i18n_text::{tx, txs};
use crate::domain::catalogue::CatalogueEntry;
use crate::domain::catalogue_search::upcoming_start;
use crate::domain::config::encode_component;
use crate::i18n::*;
use crate::state::locale;
use leptos::prelude::*;

/// One course in the list: title (the link to it), provider and country, and the key facts
/// (area, workload, level, participation, price, next start). All data is shown as text.
#[component]
pub fn CatalogueCard(
    /// The entry.
    entry: CatalogueEntry,
    /// The learner holds the credential it awards.
    #[prop(optional)]
    held: bool,
    /// Today (which start dates are still upcoming).
    today: chrono::NaiveDate,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = locale::lang_signal();
    let href = format!("/catalogue/{}", encode_component(&entry.id));
    let incomplete = !entry.is_complete();
    let title = entry.title.clone();
    let title_view = move || {
        let (s, l) = text_in(&title, lang.get());
        if s.trim().is_empty() {
            view! { <span>{tx(i18n, |l| td_string!(l, catalogue.untitled))}</span> }.into_any()
        } else {
            view! { <span lang=l>{s}</span> }.into_any()
        }
    };
    let provider = entry.awarding_body.clone().map(|b| {
        let country = b.country.clone();
        let name = b.name.clone();
        txs(move || {
            let c = country_name(i18n.get_locale(), &country);
            match (name.trim().is_empty(), c.is_empty()) {
                (false, false) => format!("{name} · {c}"),
                (false, true) => name.clone(),
                _ => c,
            }
        })
    });
    let area = entry.area;
    let participation = entry.participation;
    let ects = entry.ects;
    let eqf = entry.eqf_level;
    let price = entry.price.clone();
    let start = upcoming_start(&entry, today);
    let facts = txs(move || {
        let l = i18n.get_locale();
        let code = lang.get();
        let mut parts: Vec<String> = Vec::new();
        if let Some(a) = area {
            parts.push(area_name(l, a).to_owned());
        }
        if let Some(x) = ects {
            parts.push(td_string!(l, catalogue.ects_value, n = ects_text(x, code)).to_string());
        }
        if let Some(q) = eqf {
            parts.push(td_string!(l, catalogue.eqf_value, n = q).to_string());
        }
        if let Some(p) = participation {
            parts.push(participation_name(l, p).to_owned());
        }
        if let Some(p) = &price {
            parts.push(price_text(l, p.amount, &p.currency, code));
        }
        if let Some(d) = start {
            parts.push(
                td_string!(
                    l,
                    catalogue.starts_on,
                    date = crate::state::locale::format_date(d, code)
                )
                .to_string(),
            );
        }
        parts.join(" · ")
    });
    view! {
        <li class="card cat-card">
            // A plain link (the router still handles the click): `<A>` would track the location
            // for `aria-current` in every card, on every keystroke.
            <h2 class="cat-card-title"><a href=href>{title_view}</a></h2>
            {provider.map(|p| view! { <p class="cat-card-provider">{p}</p> })}
            <p class="cat-card-facts">{facts}</p>
            <Show when=move || held || incomplete>
                <p class="cat-badges">
                    <Show when=move || held>
                        <span class="badge badge-held">{tx(i18n, |l| td_string!(l, catalogue.you_hold))}</span>
                    </Show>
                    <Show when=move || incomplete>
                        <span class="badge badge-incomplete">{tx(i18n, |l| td_string!(l, catalogue.incomplete))}</span>
                    </Show>
                </p>
            </Show>
        </li>
    }
}
