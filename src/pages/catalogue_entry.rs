use crate::components::catalogue_text::{
    country_name, ects_text, element_name, language_name, participation_name, text_in,
};
use crate::components::i18n_text::{tx, txs};
use crate::components::{ErrorPanel, Loading};
use crate::domain::catalogue::CatalogueEntry;
use crate::domain::catalogue_picks::holds;
use crate::domain::config::encode_component;
use crate::domain::text::LocalisedText;
use crate::i18n::*;
use crate::state::{catalogue as store, locale, use_api};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use std::collections::BTreeMap;

/// A localised text as a span marked with its language when that is not the UI language.
fn lt(text: LocalisedText) -> impl IntoView {
    let lang = locale::lang_signal();
    move || {
        let (s, l) = text_in(&text, lang.get());
        view! { <span lang=l>{s}</span> }
    }
}

/// A `<dt>`/`<dd>` pair (one concrete type for every row keeps the wasm smaller).
fn row(label: Signal<String>, value: impl IntoView + 'static) -> AnyView {
    row_any(label, value.into_any())
}

fn row_any(label: Signal<String>, value: AnyView) -> AnyView {
    view! {
        <div class="cat-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
        </div>
    }
    .into_any()
}

/// Only `http:` and `https:` links from data are used.
fn safe_url(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| u.to_owned())
}

/// Shares the page's URL with the Web Share API, or copies it. `Ok(true)` = copied.
async fn share(title: String, url: String) -> Result<bool, ()> {
    use wasm_bindgen::JsCast;
    let nav = window().navigator();
    let share_fn = js_sys::Reflect::get(&nav, &"share".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(f) = share_fn {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.clone().into());
        if let Ok(p) = f.call1(&nav, &data) {
            if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                // A cancelled share sheet is not an error worth showing.
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                return Ok(false);
            }
        }
    }
    let clipboard = js_sys::Reflect::get(&nav, &"clipboard".into()).map_err(|_| ())?;
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or(())?;
    let p = write
        .call1(&clipboard, &url.into())
        .map_err(|_| ())?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| ())?;
    wasm_bindgen_futures::JsFuture::from(p)
        .await
        .map(|_| true)
        .map_err(|_| ())
}

/// `/catalogue/:id`: one micro-credential with all its elements, grouped for a reader.
#[component]
pub fn CatalogueEntryPage() -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let entry = LocalResource::new({
        let api = api.clone();
        move || {
            let api = api.clone();
            let id = id();
            async move { api.catalogue_entry(&id).await }
        }
    });
    // Titles of the entries this one links to (builds on, pathway), fetched together; a
    // link whose entry cannot be fetched shows its id.
    let linked = LocalResource::new(move || {
        let api = api.clone();
        let e = entry.get().and_then(Result::ok);
        async move {
            let mut titles = BTreeMap::new();
            let Some(st) = e.and_then(|e| e.stackability) else {
                return titles;
            };
            let ids = st
                .builds_on
                .iter()
                .chain(st.pathway.iter().flat_map(|p| p.entries.iter()))
                .cloned()
                .collect::<std::collections::BTreeSet<_>>();
            // asked side by side: on a slow line twelve round trips one after another add up
            let asked = ids.into_iter().take(12).map(|id| {
                let api = api.clone();
                async move { api.catalogue_entry(&id).await.ok().map(|x| (id, x.title)) }
            });
            titles.extend(futures::future::join_all(asked).await.into_iter().flatten());
            titles
        }
    });
    let title_text = move || {
        entry
            .get()
            .and_then(Result::ok)
            .map(|e| e.title.get(locale::current()).to_owned())
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| t_string!(i18n, catalogue.entry_title).to_string())
    };
    view! {
        <Title text=title_text/>
        <section class="page catalogue-entry">
            <p class="back-link">
                <A href="/catalogue">{tx(i18n, |l| td_string!(l, catalogue.back_to_list))}</A>
            </p>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match entry.await {
                        Err(e) => view! {
                            <h1>{tx(i18n, |l| td_string!(l, catalogue.entry_title))}</h1>
                            <ErrorPanel error=e on_retry=move || entry.refetch()/>
                        }
                            .into_any(),
                        Ok(e) => view! { <EntryView entry=e linked/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The body of the detail page.
#[component]
fn EntryView(
    /// The entry.
    entry: CatalogueEntry,
    /// Titles of linked entries, by id.
    linked: LocalResource<BTreeMap<String, LocalisedText>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = locale::lang_signal();
    let held = holds(&entry, &store::held_achievements());
    let missing = entry.missing_elements();
    let interests = RwSignal::new(store::load_interests());
    let entry_id = entry.id.clone();
    let saved = {
        let id = entry_id.clone();
        Signal::derive(move || interests.read().contains(&id))
    };
    let message = RwSignal::new(None::<Signal<String>>);
    let toggle = {
        let e = entry.clone();
        move |_| {
            let mut next = interests.get_untracked();
            next.toggle(&e);
            match store::save_interests(&next) {
                Ok(()) => {
                    interests.set(next);
                    message.set(None);
                }
                Err(_) => message.set(Some(txs(move || {
                    t_string!(i18n, catalogue.save_failed).to_string()
                }))),
            }
        }
    };
    let on_share = {
        let title = entry.title.clone();
        move |_| {
            let title = title.get(lang.get_untracked()).to_owned();
            let url = window().location().href().unwrap_or_default();
            leptos::task::spawn_local(async move {
                match share(title, url).await {
                    Ok(true) => message.set(Some(txs(move || {
                        t_string!(i18n, catalogue.link_copied).to_string()
                    }))),
                    Ok(false) => message.set(None),
                    Err(()) => message.set(Some(txs(move || {
                        t_string!(i18n, catalogue.copy_failed).to_string()
                    }))),
                }
            });
        }
    };

    let label = |f: fn(Locale) -> &'static str| txs(move || f(i18n.get_locale()).to_owned());
    let yes_no = move |b: bool| {
        txs(move || {
            let l = i18n.get_locale();
            if b {
                td_string!(l, catalogue.yes).to_owned()
            } else {
                td_string!(l, catalogue.no).to_owned()
            }
        })
    };
    let link_to = move |id: String| {
        let href = format!("/catalogue/{}", encode_component(&id));
        let shown = id.clone();
        view! {
            <A href=href>
                {move || {
                    let t = linked.get().and_then(|m| m.get(&shown).cloned());
                    match t {
                        Some(t) => {
                            let (s, l) = text_in(&t, lang.get());
                            view! { <span lang=l>{s}</span> }.into_any()
                        }
                        None => view! { <span>{shown.clone()}</span> }.into_any(),
                    }
                }}
            </A>
        }
    };

    let CatalogueEntry {
        id,
        title,
        summary,
        awarding_body,
        learning_outcomes,
        ects,
        eqf_level,
        assessment,
        participation,
        quality_assurance,
        prerequisites,
        stackability,
        languages,
        price,
        start_dates,
        duration_weeks,
        location,
        isced_f,
        occupations,
        skills,
        ..
    } = entry;
    let heading = {
        let title = title.clone();
        move || {
            let (s, l) = text_in(&title, lang.get());
            if s.trim().is_empty() {
                view! { <span>{t_string!(i18n, catalogue.untitled).to_string()}</span> }.into_any()
            } else {
                view! { <span lang=l>{s}</span> }.into_any()
            }
        }
    };
    let incomplete = !missing.is_empty();
    let missing_text = txs(move || {
        let l = i18n.get_locale();
        let list = missing
            .iter()
            .map(|e| element_name(l, *e))
            .collect::<Vec<_>>()
            .join(", ");
        td_string!(l, catalogue.incomplete_detail, list = list).to_string()
    });
    let provider = awarding_body.clone();
    let body_name = provider
        .as_ref()
        .map(|b| b.name.clone())
        .filter(|n| !n.trim().is_empty());
    let country_region = provider.as_ref().map(|b| {
        let country = b.country.clone();
        let region = b.region.clone().filter(|r| !r.trim().is_empty());
        txs(move || {
            let c = country_name(i18n.get_locale(), &country);
            match &region {
                Some(r) => format!("{c}, {r}"),
                None => c,
            }
        })
    });
    let website = provider
        .as_ref()
        .and_then(|b| b.url.as_deref())
        .and_then(safe_url);
    let kind = assessment.as_ref().and_then(|a| a.kind.clone());
    let supervised = assessment.as_ref().and_then(|a| a.supervised);
    let identity = assessment.as_ref().and_then(|a| a.identity_checked);
    let pathway = stackability.as_ref().and_then(|s| s.pathway.clone());
    let builds_on = stackability
        .as_ref()
        .map(|s| s.builds_on.clone())
        .unwrap_or_default();
    let standalone = stackability.as_ref().is_none_or(|s| s.standalone) && pathway.is_none();
    let price_text = price.map(|p| {
        txs(move || {
            if p.amount == 0.0 {
                t_string!(i18n, catalogue.free).to_string()
            } else {
                format!(
                    "{} {}",
                    locale::format_number(p.amount, lang.get(), 2),
                    p.currency
                )
            }
        })
    });
    let langs_text = (!languages.is_empty()).then(|| {
        txs(move || {
            let l = i18n.get_locale();
            languages
                .iter()
                .map(|c| language_name(l, c))
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let dates_text = (!start_dates.is_empty()).then(|| {
        txs(move || {
            let mut d = start_dates.clone();
            d.sort();
            d.iter()
                .map(|d| locale::format_date(*d, lang.get()))
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let this_id = id.clone();
    let esco_refs: Vec<(String, LocalisedText, bool)> = occupations
        .into_iter()
        .map(|o| (o.uri, o.label, true))
        .chain(skills.into_iter().map(|s| (s.uri, s.label, false)))
        .collect();
    let has_esco = !esco_refs.is_empty();

    view! {
        <h1>{heading}</h1>
        {body_name.clone().map(|n| view! { <p class="cat-provider">{n}</p> })}
        <Show when=move || held>
            <p class="badge badge-held" data-testid="cat-held">{tx(i18n, |l| td_string!(l, catalogue.you_hold))}</p>
        </Show>
        <Show when=move || incomplete>
            <p class="notice cat-incomplete">{missing_text}</p>
        </Show>
        <div class="cat-actions">
            <button type="button" class="secondary" aria-pressed=move || saved.get().to_string() on:click=toggle>
                {move || if saved.get() { t_string!(i18n, catalogue.saved).to_string() } else { t_string!(i18n, catalogue.save).to_string() }}
            </button>
            <button type="button" class="secondary" on:click=on_share>
                {tx(i18n, |l| td_string!(l, catalogue.share))}
            </button>
        </div>
        <p role="status" class="cat-message">{move || message.get().map(|m| m.get())}</p>
        {summary.map(|s| view! { <p class="lead">{lt(s)}</p> })}

        <section class="cat-group" aria-labelledby="g-learn">
            <h2 id="g-learn">{tx(i18n, |l| td_string!(l, catalogue.group_learn))}</h2>
            <h3>{tx(i18n, |l| td_string!(l, catalogue.outcomes))}</h3>
            <ul class="cat-outcomes">
                {learning_outcomes
                    .into_iter()
                    .filter(|o| !o.is_empty())
                    .map(|o| view! { <li>{lt(o)}</li> })
                    .collect_view()}
            </ul>
            {prerequisites.map(|p| view! {
                <dl>{row(label(|l| td_string!(l, catalogue.prerequisites)), lt(p))}</dl>
            })}
        </section>

        <section class="cat-group" aria-labelledby="g-effort">
            <h2 id="g-effort">{tx(i18n, |l| td_string!(l, catalogue.group_effort))}</h2>
            <dl>
                {ects.map(|x| row(label(|l| td_string!(l, catalogue.workload)), txs(move || t_string!(i18n, catalogue.ects_value, n = ects_text(x, lang.get())).to_string())))}
                {eqf_level.map(|n| row(label(|l| td_string!(l, catalogue.level)), txs(move || t_string!(i18n, catalogue.eqf_value, n = n).to_string())))}
                {duration_weeks.map(|n| row(label(|l| td_string!(l, catalogue.duration)), txs(move || t_string!(i18n, catalogue.duration_weeks, n = n).to_string())))}
                {isced_f.map(|f| row(label(|l| td_string!(l, catalogue.field)), f))}
            </dl>
        </section>

        <section class="cat-group" aria-labelledby="g-assess">
            <h2 id="g-assess">{tx(i18n, |l| td_string!(l, catalogue.group_assessment))}</h2>
            <dl>
                {kind.map(|k| row(label(|l| td_string!(l, catalogue.assessment_kind)), lt(k)))}
                {supervised.map(|b| row(label(|l| td_string!(l, catalogue.supervised)), yes_no(b)))}
                {identity.map(|b| row(label(|l| td_string!(l, catalogue.identity_checked)), yes_no(b)))}
            </dl>
        </section>

        <section class="cat-group" aria-labelledby="g-awarder">
            <h2 id="g-awarder">{tx(i18n, |l| td_string!(l, catalogue.group_awarder))}</h2>
            <dl>
                {body_name.map(|n| row(label(|l| td_string!(l, catalogue.awarding_body)), n))}
                {country_region.map(|c| row(label(|l| td_string!(l, catalogue.country_region)), c))}
                {quality_assurance.map(|q| row(label(|l| td_string!(l, catalogue.quality_assurance)), lt(q)))}
                {website.map(|u| row(label(|l| td_string!(l, catalogue.website)), view! { <a href=u.clone() rel="noopener">{u.clone()}</a> }))}
            </dl>
        </section>

        <section class="cat-group" aria-labelledby="g-practical">
            <h2 id="g-practical">{tx(i18n, |l| td_string!(l, catalogue.group_practical))}</h2>
            <dl>
                {participation.map(|p| row(label(|l| td_string!(l, catalogue.participation)), txs(move || participation_name(i18n.get_locale(), p).to_owned())))}
                {langs_text.map(|t| row(label(|l| td_string!(l, catalogue.languages)), t))}
                {price_text.map(|t| row(label(|l| td_string!(l, catalogue.price)), t))}
                {dates_text.map(|t| row(label(|l| td_string!(l, catalogue.start_dates)), t))}
                {location.map(|t| row(label(|l| td_string!(l, catalogue.location)), lt(t)))}
            </dl>
        </section>

        <section class="cat-group" aria-labelledby="g-stack">
            <h2 id="g-stack">{tx(i18n, |l| td_string!(l, catalogue.group_stacking))}</h2>
            <Show when=move || standalone>
                <p>{tx(i18n, |l| td_string!(l, catalogue.standalone))}</p>
            </Show>
            {(!builds_on.is_empty()).then(|| view! {
                <h3>{tx(i18n, |l| td_string!(l, catalogue.builds_on))}</h3>
                <ul class="link-list">
                    {builds_on.into_iter().map(|b| view! { <li>{link_to(b)}</li> }).collect_view()}
                </ul>
            })}
            {pathway.map(|p| {
                let q = p.qualification.clone();
                let qualification = txs(move || t_string!(i18n, catalogue.part_of_pathway, qualification = text_in(&q, lang.get()).0).to_string());
                view! {
                    <p data-testid="cat-pathway">{qualification}</p>
                    {p.eqf_level.map(|n| view! { <p>{txs(move || t_string!(i18n, catalogue.pathway_level, n = n).to_string())}</p> })}
                    <h3>{tx(i18n, |l| td_string!(l, catalogue.pathway_steps))}</h3>
                    <ol class="cat-pathway">
                        {p.entries.into_iter().map(|x| {
                            if x == this_id {
                                let t = title.clone();
                                view! { <li aria-current="step"><strong>{lt(t)}</strong>" ("{tx(i18n, |l| td_string!(l, catalogue.this_course))}")"</li> }.into_any()
                            } else {
                                view! { <li>{link_to(x)}</li> }.into_any()
                            }
                        }).collect_view()}
                    </ol>
                }
            })}
        </section>

        {has_esco.then(|| view! {
            <section class="cat-group" aria-labelledby="g-esco">
                <h2 id="g-esco">{tx(i18n, |l| td_string!(l, catalogue.group_esco))}</h2>
                <ul class="link-list">
                    {esco_refs.into_iter().map(|(uri, label, _occupation)| {
                        let shown = label.clone();
                        match safe_url(&uri) {
                            Some(u) => view! { <li><a href=u rel="noopener">{lt(shown)}</a></li> }.into_any(),
                            None => view! { <li>{lt(shown)}</li> }.into_any(),
                        }
                    }).collect_view()}
                </ul>
                <p class="attribution" lang="en">{tx(i18n, |l| td_string!(l, common.esco_attribution))}</p>
            </section>
        })}
    }
}
