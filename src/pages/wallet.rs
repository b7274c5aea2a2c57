use crate::i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/wallet`: the learner's credentials.
#[component]
pub fn WalletPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, wallet.title)/>
        <section class="page wallet">
            <h1>{t!(i18n, wallet.title)}</h1>
            <p class="lead">{t!(i18n, wallet.intro)}</p>
        </section>
    }
}
