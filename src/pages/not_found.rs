use crate::i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// Fallback for every unknown path.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, common.not_found_title)/>
        <section class="page not-found">
            <h1>{t!(i18n, common.not_found_title)}</h1>
            <p>{t!(i18n, common.not_found_text)}</p>
            <p>
                <A href="/" attr:class="button">{t!(i18n, common.not_found_home)}</A>
            </p>
        </section>
    }
}
