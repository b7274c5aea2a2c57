use crate::components::{ErrorPanel, Loading};
use crate::i18n::*;
use crate::state::{locale, use_api};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// `/catalogue/:id`: one micro-credential with all its elements.
#[component]
pub fn CatalogueEntryPage() -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let entry = LocalResource::new(move || {
        let api = api.clone();
        let id = id();
        async move { api.catalogue_entry(&id).await }
    });
    let lang = locale::lang_signal();
    view! {
        <Title text=move || t_string!(i18n, catalogue.entry_title)/>
        <section class="page catalogue-entry">
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match entry.await {
                        Err(e) => view! {
                            <h1>{t!(i18n, catalogue.entry_title)}</h1>
                            <ErrorPanel error=e on_retry=move || entry.refetch()/>
                        }
                            .into_any(),
                        Ok(e) => {
                            let title = e.title.clone();
                            view! { <h1>{move || title.get(lang.get()).to_owned()}</h1> }.into_any()
                        }
                    }
                })}
            </Transition>
        </section>
    }
}
