use crate::components::wallet_text::import_url;
use crate::domain::wallet::record::Source;
use crate::domain::wallet::url::safe_link;
use crate::i18n::*;
use crate::state::wallet::use_wallet;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

/// `/wallet/import?url=…`: a link that offers a credential. Nothing is fetched until the
/// learner agrees; then it is imported and its page opens.
#[component]
pub fn WalletImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let wallet = use_wallet();
    let query = use_query_map();
    let target = Memo::new(move |_| query.read().get("url").and_then(|u| safe_link(u.trim())));
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let confirm = move |_| {
        let Some(url) = target.get_untracked() else {
            return;
        };
        busy.set(true);
        error.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match import_url(i18n, wallet, &url, Source::Url).await {
                Ok((_, slug)) => navigate(&format!("/wallet/{slug}"), Default::default()),
                Err(m) => error.set(Some(m)),
            }
            busy.set(false);
        });
    };
    view! {
        <Title text=move || t_string!(i18n, wallet.confirm_import_heading)/>
        <section class="page wallet-import-link">
            <h1>{t!(i18n, wallet.confirm_import_heading)}</h1>
            {move || match target.get() {
                None => view! { <p class="notice error" role="alert">{t!(i18n, wallet.confirm_import_missing)}</p> }.into_any(),
                Some(url) => view! {
                    <p>{t!(i18n, wallet.confirm_import_text)}</p>
                    <p class="import-url"><code>{url}</code></p>
                }.into_any(),
            }}
            {move || error.get().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
            <p class="credential-actions">
                <Show when=move || target.with(|t| t.is_some())>
                    <button type="button" disabled=move || busy.get() on:click=confirm.clone()>{t!(i18n, wallet.confirm_import_yes)}</button>
                </Show>
                <A href="/wallet" attr:class="button secondary">{t!(i18n, wallet.confirm_import_no)}</A>
            </p>
        </section>
    }
}
