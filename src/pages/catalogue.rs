use crate::api::CatalogueQuery;
use crate::components::{ErrorPanel, Loading};
use crate::i18n::*;
use crate::state::{locale, use_api};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// `/catalogue`: the list of micro-credentials.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let list = LocalResource::new(move || {
        let api = api.clone();
        async move {
            api.catalogue(&CatalogueQuery {
                page: 1,
                per_page: 20,
                ..Default::default()
            })
            .await
        }
    });
    let lang = locale::lang_signal();
    view! {
        <Title text=move || t_string!(i18n, catalogue.title)/>
        <section class="page catalogue">
            <h1>{t!(i18n, catalogue.title)}</h1>
            <p class="lead">{t!(i18n, catalogue.intro)}</p>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match list.await {
                        Err(e) => view! { <ErrorPanel error=e on_retry=move || list.refetch()/> }.into_any(),
                        Ok(list) => {
                            let count = list.entries.len();
                            let skipped = list.skipped.len();
                            view! {
                                <p role="status">{t!(i18n, catalogue.count, count = move || count)}</p>
                                <Show when=move || skipped != 0>
                                    <p class="notice">{t!(i18n, catalogue.skipped, count = move || skipped)}</p>
                                </Show>
                                <ul class="card-list">
                                    {list
                                        .entries
                                        .into_iter()
                                        .map(|e| {
                                            let href = format!("/catalogue/{}", e.id);
                                            let title = e.title.clone();
                                            view! {
                                                <li class="card">
                                                    <A href=href>{move || title.get(lang.get()).to_owned()}</A>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}
