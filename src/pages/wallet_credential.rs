use crate::i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/wallet/:id`: one credential with all its elements and actions.
#[component]
pub fn WalletCredentialPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, wallet.credential_title)/>
        <section class="page wallet-credential">
            <h1>{t!(i18n, wallet.credential_title)}</h1>
        </section>
    }
}
