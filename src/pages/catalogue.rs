use crate::api::{ApiError, CatalogueQuery};
use crate::app::Later;
use crate::components::catalogue_text::{
    area_name, country_name, ects_range_name, language_name, participation_name, text_in,
};
use crate::components::i18n_text::{tx, txs};
use crate::components::{CatalogueCard, CatalogueFacet, ErrorPanel, FacetOption, Loading};
use crate::domain::catalogue::CatalogueEntry;
use crate::domain::catalogue_picks::{holds, next_steps, Interests};
use crate::domain::catalogue_search::{CatalogueIndex, FacetCounts};
use crate::domain::catalogue_state::{
    area_token, participation_token, CatalogueState, EctsRange, Sort, AREAS, PARTICIPATIONS,
    PER_PAGE, WEEK_CHOICES,
};
use crate::domain::config::encode_component;
use crate::i18n::*;
use crate::state::{catalogue as store, locale, use_api};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use std::collections::BTreeSet;
use std::sync::Arc;

/// The whole catalogue from a static backend, indexed on the device.
struct LocalCatalogue {
    entries: Vec<CatalogueEntry>,
    index: CatalogueIndex,
    lang: &'static str,
}

/// What the backend answered.
#[derive(Clone)]
enum Loaded {
    /// The whole list (kept in `LocalCatalogue`): search on the device.
    Local { skipped: usize },
    /// One page searched by the server.
    Server(Arc<crate::domain::catalogue::CatalogueList>),
}

/// One page as the view shows it, whichever backend it came from.
#[derive(Clone, PartialEq, Default)]
struct PageData {
    entries: Vec<CatalogueEntry>,
    total: usize,
    page: u32,
    pages: u32,
    facets: Option<FacetCounts>,
    skipped: usize,
}

fn href_for(state: &CatalogueState) -> String {
    let q = state.to_query();
    if q.is_empty() {
        "/catalogue".into()
    } else {
        format!("/catalogue?{q}")
    }
}

/// Cards drawn in the task that brings the list; the rest follow [`CARDS_PER_TASK`] at a time.
const FIRST_CARDS: usize = 2;
const CARDS_PER_TASK: usize = 4;

/// Raises `shown` by [`CARDS_PER_TASK`] per task (`setTimeout(0)`) until `total` cards show.
fn show_more_cards(shown: RwSignal<usize>, total: usize) {
    use wasm_bindgen::JsCast;
    let step = wasm_bindgen::closure::Closure::once_into_js(move || {
        let n = shown.get_untracked() + CARDS_PER_TASK;
        shown.set(n);
        if n < total {
            show_more_cards(shown, total);
        } else {
            shown.set(usize::MAX);
        }
    });
    if window()
        .set_timeout_with_callback(step.unchecked_ref())
        .is_err()
    {
        shown.set(usize::MAX);
    }
}

/// `/catalogue`: search, facets with live counts, sort and paging; the whole state in the URL.
/// With a static backend the list is searched on the device; with a backend that pages
/// (`total` + `page` in its answer) every change asks the server, with the same UI.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let lang = locale::lang_signal();
    let location = use_location();
    let navigate = use_navigate();
    let state = Memo::new(move |_| CatalogueState::from_query(&location.search.get()));
    let today = store::today();
    let held = store::held_achievements();
    let interests = RwSignal::new(store::load_interests());

    // The static catalogue, indexed once; `version` says it changed.
    let local = StoredValue::new_local(None::<LocalCatalogue>);
    let version = RwSignal::new(0u32);
    // Set once a backend answers with a page: from then on every state change is a request.
    // Until then the first request's state stands (the switch itself asks nothing again).
    let server = RwSignal::new(false);
    let first = state.get_untracked();
    let asked = Memo::new(move |_| {
        if server.get() {
            state.get()
        } else {
            first.clone()
        }
    });
    let list = LocalResource::new(move || {
        let api = api.clone();
        let s = asked.get();
        async move {
            let query = CatalogueQuery {
                q: s.q.clone(),
                page: s.page(),
                per_page: PER_PAGE,
                filters: s.filter_params(),
            };
            let list = api.catalogue(&query).await?;
            if list.paging.is_some() {
                server.set(true);
                Ok::<_, ApiError>(Loaded::Server(Arc::new(list)))
            } else {
                let skipped = list.skipped.len();
                // decoding, indexing and the first cards in three tasks (shorter main-thread
                // tasks at start: a slow phone answers input in between)
                crate::app::next_task().await;
                let lang = lang.get_untracked();
                let index = CatalogueIndex::new(&list.entries, lang);
                local.set_value(Some(LocalCatalogue {
                    entries: list.entries,
                    index,
                    lang,
                }));
                crate::app::next_task().await;
                version.update(|v| *v += 1);
                Ok(Loaded::Local { skipped })
            }
        }
    });

    // Text relevance depends only on the query (a facet click does not search again).
    let q = Memo::new(move |_| state.read().q.clone());
    let scores = Memo::new(move |_| {
        version.track();
        let q = q.get();
        local.with_value(|c| c.as_ref().map(|c| Arc::new(c.index.scores(&q))))
    });
    let loaded = move || list.get();
    let page = Memo::new(move |_| -> Option<PageData> {
        match loaded()? {
            Err(_) => None,
            Ok(Loaded::Server(l)) => {
                let p = l.paging.unwrap_or_default();
                Some(PageData {
                    entries: l.entries.clone(),
                    total: p.total as usize,
                    page: p.page,
                    pages: p.total.div_ceil(p.per_page.max(1)).max(1),
                    facets: l.facets.clone(),
                    skipped: l.skipped.len(),
                })
            }
            Ok(Loaded::Local { skipped }) => {
                let scores = scores.get()?;
                let s = state.get();
                let want = lang.get();
                local.update_value(|c| {
                    if let Some(c) = c.as_mut().filter(|c| c.lang != want) {
                        c.index.set_lang(&c.entries, want);
                        c.lang = want;
                    }
                });
                local.with_value(|c| {
                    let c = c.as_ref()?;
                    let r = c.index.search_scored(&scores, &s, today);
                    Some(PageData {
                        entries: r.hits.iter().map(|i| c.entries[*i].clone()).collect(),
                        total: r.total,
                        page: r.page,
                        pages: r.pages,
                        facets: Some(r.facets),
                        skipped,
                    })
                })
            }
        }
    });
    let error = move || loaded().and_then(|r| r.err());

    // Changing the state = navigating to its URL. Typing replaces the history entry while the
    // learner keeps typing (one entry per search, not per key); everything else adds one.
    let last_typed = StoredValue::new(0.0f64);
    let go = {
        let navigate = navigate.clone();
        move |next: CatalogueState, replace: bool| {
            navigate(
                &href_for(&next),
                NavigateOptions {
                    replace,
                    scroll: false,
                    ..Default::default()
                },
            )
        }
    };
    let change = {
        let go = go.clone();
        move |f: &dyn Fn(&mut CatalogueState)| {
            let mut next = state.get_untracked().first_page();
            f(&mut next);
            go(next, false);
        }
    };
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_input = {
        let go = go.clone();
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let mut next = state.get_untracked().first_page();
            next.q = value.trim().to_owned();
            let now = js_sys::Date::now();
            let replace =
                now - last_typed.get_value() < 1500.0 && !state.get_untracked().q.is_empty();
            last_typed.set_value(now);
            go(next, replace);
        }
    };
    // Back/forward or a link changed the query: show it in the box (but never fight the caret
    // while the learner types: trailing spaces are not in the URL).
    Effect::new(move |_| {
        let q = q.get();
        if let Some(input) = input_ref.get() {
            if input.value().trim() != q {
                input.set_value(&q);
            }
        }
    });

    let facet_counts = move || page.read().as_ref().and_then(|p| p.facets.clone());
    let count_of =
        move |f: &dyn Fn(&FacetCounts) -> Option<u32>| facet_counts().as_ref().and_then(f);

    let area_options = Signal::derive(move || {
        let s = state.read();
        let l = i18n.get_locale();
        AREAS
            .iter()
            .enumerate()
            .map(|(i, a)| FacetOption {
                key: area_token(*a).into(),
                label: area_name(l, *a).into(),
                count: count_of(&|c| Some(c.area[i])),
                checked: s.areas.contains(a),
            })
            .collect::<Vec<_>>()
    });
    let eqf_options = Signal::derive(move || {
        let s = state.read();
        let l = i18n.get_locale();
        let counts = facet_counts();
        (1..=8u8)
            .filter(|n| {
                s.eqf.contains(n) || counts.as_ref().is_some_and(|c| c.eqf[*n as usize - 1] > 0)
            })
            .map(|n| FacetOption {
                key: n.to_string(),
                label: td_string!(l, catalogue.eqf_value, n = n).to_string(),
                count: counts.as_ref().map(|c| c.eqf[n as usize - 1]),
                checked: s.eqf.contains(&n),
            })
            .collect::<Vec<_>>()
    });
    let ects_options = Signal::derive(move || {
        let s = state.read();
        let l = i18n.get_locale();
        EctsRange::ALL
            .iter()
            .map(|r| FacetOption {
                key: r.token().into(),
                label: ects_range_name(l, *r).into(),
                count: count_of(&|c| Some(c.ects[r.index()])),
                checked: s.ects.contains(r),
            })
            .collect::<Vec<_>>()
    });
    let country_options = Signal::derive(move || {
        let s = state.read();
        let l = i18n.get_locale();
        let counts = facet_counts().map(|c| c.country).unwrap_or_default();
        let mut keys: BTreeSet<String> = counts.iter().map(|(k, _)| k.clone()).collect();
        keys.extend(s.countries.iter().cloned());
        keys.into_iter()
            .map(|k| FacetOption {
                label: country_name(l, &k),
                count: Some(counts.iter().find(|(c, _)| *c == k).map_or(0, |(_, n)| *n)),
                checked: s.countries.contains(&k),
                key: k,
            })
            .collect::<Vec<_>>()
    });
    let language_options = Signal::derive(move || {
        let s = state.read();
        let l = i18n.get_locale();
        let counts = facet_counts().map(|c| c.language).unwrap_or_default();
        let mut keys: BTreeSet<String> = counts.iter().map(|(k, _)| k.clone()).collect();
        keys.extend(s.languages.iter().cloned());
        keys.into_iter()
            .map(|k| FacetOption {
                label: language_name(l, &k),
                count: Some(counts.iter().find(|(c, _)| *c == k).map_or(0, |(_, n)| *n)),
                checked: s.languages.contains(&k),
                key: k,
            })
            .collect::<Vec<_>>()
    });
    let mode_options = Signal::derive(move || {
        let s = state.read();
        let l = i18n.get_locale();
        PARTICIPATIONS
            .iter()
            .enumerate()
            .map(|(i, p)| FacetOption {
                key: participation_token(*p).into(),
                label: participation_name(l, *p).into(),
                count: count_of(&|c| Some(c.participation[i])),
                checked: s.participation.contains(p),
            })
            .collect::<Vec<_>>()
    });
    let free_options = Signal::derive(move || {
        vec![FacetOption {
            key: "1".into(),
            label: td_string!(i18n.get_locale(), catalogue.free_only).into(),
            count: count_of(&|c| Some(c.free)),
            checked: state.read().free_only,
        }]
    });
    let weeks_options = Signal::derive(move || {
        let s = state.read();
        let l = i18n.get_locale();
        let mut v = vec![FacetOption {
            key: String::new(),
            label: td_string!(l, catalogue.any_time).into(),
            count: None,
            checked: s.within_weeks.is_none(),
        }];
        v.extend(WEEK_CHOICES.iter().enumerate().map(|(i, w)| FacetOption {
            key: w.to_string(),
            label: td_string!(l, catalogue.within_weeks, n = w).to_string(),
            count: count_of(&|c| Some(c.within[i])),
            checked: s.within_weeks == Some(*w),
        }));
        v
    });

    fn toggle<T: Ord>(set: &mut BTreeSet<T>, v: T) {
        if !set.remove(&v) {
            set.insert(v);
        }
    }
    let on_area = {
        let change = change.clone();
        Callback::new(move |k: String| {
            if let Some(a) = AREAS.into_iter().find(|a| area_token(*a) == k) {
                change(&|s| toggle(&mut s.areas, a))
            }
        })
    };
    let on_eqf = {
        let change = change.clone();
        Callback::new(move |k: String| {
            if let Ok(n) = k.parse::<u8>() {
                change(&|s| toggle(&mut s.eqf, n))
            }
        })
    };
    let on_ects = {
        let change = change.clone();
        Callback::new(move |k: String| {
            if let Some(r) = EctsRange::ALL.into_iter().find(|r| r.token() == k) {
                change(&|s| toggle(&mut s.ects, r))
            }
        })
    };
    let on_country = {
        let change = change.clone();
        Callback::new(move |k: String| change(&|s| toggle(&mut s.countries, k.clone())))
    };
    let on_language = {
        let change = change.clone();
        Callback::new(move |k: String| change(&|s| toggle(&mut s.languages, k.clone())))
    };
    let on_mode = {
        let change = change.clone();
        Callback::new(move |k: String| {
            if let Some(p) = PARTICIPATIONS
                .into_iter()
                .find(|p| participation_token(*p) == k)
            {
                change(&|s| toggle(&mut s.participation, p))
            }
        })
    };
    let on_free = {
        let change = change.clone();
        Callback::new(move |_: String| change(&|s| s.free_only = !s.free_only))
    };
    let on_weeks = {
        let change = change.clone();
        Callback::new(move |k: String| change(&|s| s.within_weeks = k.parse().ok()))
    };
    let on_sort = {
        let change = change.clone();
        move |ev: leptos::ev::Event| {
            let sort = Sort::from_token(&event_target_value(&ev)).unwrap_or_default();
            change(&|s| s.sort = sort)
        }
    };
    let clear = {
        let change = change.clone();
        Callback::new(move |_: ()| {
            change(&|s| {
                *s = CatalogueState {
                    q: s.q.clone(),
                    sort: s.sort,
                    ..CatalogueState::default()
                }
            })
        })
    };
    let active_filters = move || {
        let s = state.read();
        s.areas.len()
            + s.eqf.len()
            + s.ects.len()
            + s.countries.len()
            + s.languages.len()
            + s.participation.len()
            + usize::from(s.free_only)
            + usize::from(s.within_weeks.is_some())
    };
    let has_facets = move || page.read().as_ref().is_some_and(|p| p.facets.is_some());

    let page_link = move |n: u32| {
        let mut s = state.get();
        s.page = n;
        href_for(&s)
    };
    let held_ids = StoredValue::new(held.clone());

    // Next steps: entries that stack on what the wallet holds (whole catalogue on the device,
    // or the current page from a paging server).
    let steps = Memo::new(move |_| {
        version.track();
        let held = held_ids.get_value();
        if held.is_empty() {
            return Vec::new();
        }
        let from_page = || {
            page.read()
                .as_ref()
                .map(|p| p.entries.clone())
                .unwrap_or_default()
        };
        let from_local = local.with_value(|c| {
            c.as_ref().map(|c| {
                next_steps(&c.entries, &held)
                    .into_iter()
                    .take(3)
                    .map(|s| c.entries[s.index].clone())
                    .collect::<Vec<_>>()
            })
        });
        from_local.unwrap_or_else(|| {
            let entries = from_page();
            next_steps(&entries, &held)
                .into_iter()
                .take(3)
                .map(|s| entries[s.index].clone())
                .collect()
        })
    });

    // The first cards are drawn with the list, the others a few at a time in later tasks, so
    // the first render is not one long main-thread task on a slow phone.
    let shown = RwSignal::new(FIRST_CARDS);
    Effect::new(move |_| {
        let total = page.read().as_ref().map_or(0, |p| p.entries.len());
        if total > FIRST_CARDS && shown.get_untracked() == FIRST_CARDS {
            show_more_cards(shown, total);
        }
    });
    let facets_shown = RwSignal::new(false);

    view! {
        <Title text=move || t_string!(i18n, catalogue.title)/>
        <section class="page catalogue">
            <h1>{tx(i18n, |l| td_string!(l, catalogue.title))}</h1>
            <p class="lead">{tx(i18n, |l| td_string!(l, catalogue.intro))}</p>

            <Show when=move || !interests.read().is_empty()>
                <section class="cat-interests" aria-labelledby="cat-interests-h">
                    <h2 id="cat-interests-h">{tx(i18n, |l| td_string!(l, catalogue.my_interests))}</h2>
                    <ul class="link-list">
                        <For each=move || interests.get().0 key=|i| i.id.clone() let:item>
                            {
                                let href = format!("/catalogue/{}", encode_component(&item.id));
                                let title = item.title.clone();
                                let id = item.id.clone();
                                view! {
                                    <li>
                                        <A href=href>
                                            {move || {
                                                let (s, l) = text_in(&title, lang.get());
                                                let s = if s.trim().is_empty() { id.clone() } else { s };
                                                view! { <span lang=l>{s}</span> }
                                            }}
                                        </A>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                    <button type="button" class="secondary small" on:click=move |_| {
                        interests.set(Interests::default());
                        let _ = store::save_interests(&Interests::default());
                    }>{tx(i18n, |l| td_string!(l, catalogue.clear_interests))}</button>
                </section>
            </Show>

            <Show when=move || !steps.read().is_empty()>
                <section class="cat-next" aria-labelledby="cat-next-h">
                    <h2 id="cat-next-h">{tx(i18n, |l| td_string!(l, catalogue.next_steps))}</h2>
                    <p>{tx(i18n, |l| td_string!(l, catalogue.next_steps_intro))}</p>
                    <ul class="card-list">
                        <For each=move || steps.get() key=|e| e.id.clone() let:entry>
                            <CatalogueCard entry today/>
                        </For>
                    </ul>
                </section>
            </Show>

            <form class="cat-search" role="search" on:submit=|ev| ev.prevent_default()>
                <label for="cat-q">{tx(i18n, |l| td_string!(l, catalogue.search_label))}</label>
                <input
                    id="cat-q"
                    type="search"
                    node_ref=input_ref
                    value=state.get_untracked().q
                    autocomplete="off"
                    enterkeyhint="search"
                    on:input=on_input
                />
            </form>

            // the controls, then the list, each in a task of its own (shorter start-up tasks)
            <Later>
                <div class="cat-controls">
                    <label for="cat-sort">{tx(i18n, |l| td_string!(l, catalogue.sort_label))}</label>
                    <select id="cat-sort" on:change=on_sort.clone()>
                        {Sort::ALL
                            .into_iter()
                            .map(|s| {
                                let label = move || {
                                    let l = i18n.get_locale();
                                    match s {
                                        Sort::Relevance => td_string!(l, catalogue.sort_relevance),
                                        Sort::Title => td_string!(l, catalogue.sort_title),
                                        Sort::Ects => td_string!(l, catalogue.sort_ects),
                                        Sort::Start => td_string!(l, catalogue.sort_start),
                                    }
                                };
                                view! {
                                    <option value=s.token() prop:selected=move || state.read().sort == s>{label}</option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>

                <Show when=has_facets>
                    <details class="cat-facets" on:toggle=move |_| facets_shown.set(true)>
                        <summary>
                            {txs(move || match active_filters() {
                                0 => t_string!(i18n, catalogue.filters).to_string(),
                                n => t_string!(i18n, catalogue.filters_active, count = n).to_string(),
                            })}
                        </summary>
                        // the options (and their live counts) are drawn when the list is first opened
                        <Show when=move || facets_shown.get()>
                            <CatalogueFacet legend=txs(move || t_string!(i18n, catalogue.facet_area).to_string()) options=area_options on_toggle=on_area/>
                            <CatalogueFacet legend=txs(move || t_string!(i18n, catalogue.facet_eqf).to_string()) options=eqf_options on_toggle=on_eqf/>
                            <CatalogueFacet legend=txs(move || t_string!(i18n, catalogue.facet_ects).to_string()) options=ects_options on_toggle=on_ects/>
                            <CatalogueFacet legend=txs(move || t_string!(i18n, catalogue.facet_country).to_string()) options=country_options on_toggle=on_country/>
                            <CatalogueFacet legend=txs(move || t_string!(i18n, catalogue.facet_language).to_string()) options=language_options on_toggle=on_language/>
                            <CatalogueFacet legend=txs(move || t_string!(i18n, catalogue.facet_mode).to_string()) options=mode_options on_toggle=on_mode/>
                            <CatalogueFacet legend=txs(move || t_string!(i18n, catalogue.facet_price).to_string()) options=free_options on_toggle=on_free/>
                            <CatalogueFacet legend=txs(move || t_string!(i18n, catalogue.facet_start).to_string()) options=weeks_options on_toggle=on_weeks radio="cat-weeks"/>
                            <Show when=move || active_filters() != 0>
                                <button type="button" class="secondary small" on:click=move |_| clear.run(())>
                                    {tx(i18n, |l| td_string!(l, catalogue.clear_filters))}
                                </button>
                            </Show>
                        </Show>
                    </details>
                </Show>
            </Later>

            <Later>
                <p class="cat-count" role="status" aria-live="polite" aria-atomic="true" data-testid="cat-count">
                    {move || page.read().as_ref().map(|p| t_string!(i18n, catalogue.count, count = p.total).to_string())}
                </p>
                <Show when=move || page.read().as_ref().is_some_and(|p| p.skipped != 0)>
                    <p class="notice">
                        {move || t_string!(i18n, catalogue.skipped, count = page.read().as_ref().map_or(0, |p| p.skipped)).to_string()}
                    </p>
                </Show>

                {move || match (error(), list.get().is_none()) {
                    (Some(e), _) => view! { <ErrorPanel error=e on_retry=move || list.refetch()/> }.into_any(),
                    (None, true) => view! { <Loading/> }.into_any(),
                    (None, false) => ().into_any(),
                }}

                <ul class="card-list cat-results" data-testid="cat-results">
                    <For
                        each=move || {
                            let n = shown.get();
                            page.read().as_ref().map(|p| p.entries.iter().take(n).cloned().collect::<Vec<_>>()).unwrap_or_default()
                        }
                        key=|e| e.id.clone()
                        let:entry
                    >
                        {
                            let held = held_ids.with_value(|h| holds(&entry, h));
                            view! { <CatalogueCard entry held today/> }
                        }
                    </For>
                </ul>

                <Show when=move || page.read().as_ref().is_some_and(|p| p.pages > 1)>
                    <nav class="pager" aria-label=move || t_string!(i18n, catalogue.pages_label).to_string()>
                        {move || {
                            let (p, pages) = page.read().as_ref().map_or((1, 1), |d| (d.page, d.pages));
                            let (has_prev, has_next) = (p > 1, p < pages);
                            view! {
                                <Show when=move || has_prev>
                                    <A href=page_link(p - 1) attr:rel="prev">{tx(i18n, |l| td_string!(l, catalogue.prev_page))}</A>
                                </Show>
                                <span>{t_string!(i18n, catalogue.page_of, page = p, pages = pages).to_string()}</span>
                                <Show when=move || has_next>
                                    <A href=page_link(p + 1) attr:rel="next">{tx(i18n, |l| td_string!(l, catalogue.next_page))}</A>
                                </Show>
                            }
                        }}
                    </nav>
                </Show>
            </Later>
        </section>
    }
}
