use crate::i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/fair`: kiosk mode for career fairs.
#[component]
pub fn FairPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, fair.title)/>
        <section class="page fair">
            <h1>{t!(i18n, fair.title)}</h1>
            <p class="lead">{t!(i18n, fair.intro)}</p>
        </section>
    }
}
