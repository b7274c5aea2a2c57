use crate::app::Later;
use crate::components::wallet_text::{human_size, store_error_text};
use crate::components::{CredentialCard, Loading, WalletBackup, WalletImport};
use crate::domain::wallet::record::Record;
use crate::i18n::*;
use crate::state::verification::use_verification;
use crate::state::wallet::{use_wallet, LoadState};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/wallet`: the learner's credentials, adding new ones, deleting (with confirmation and
/// undo), backup and restore.
#[component]
pub fn WalletPage() -> impl IntoView {
    let i18n = use_i18n();
    let wallet = use_wallet();
    let verification = use_verification();
    // verify each credential once the wallet has loaded, and each one imported later
    Effect::new(move |_| {
        if wallet.state.get() == LoadState::Ready {
            wallet.records.track();
            verification.verify_new(wallet);
        }
    });
    // the credential waiting for "Yes, delete", and the last deleted one (for Undo)
    let confirming = RwSignal::new(None::<Record>);
    let deleted = RwSignal::new(None::<Record>);
    let error = RwSignal::new(None::<String>);
    let confirm_clear = RwSignal::new(false);
    let cleared = RwSignal::new(false);

    let title_of = move |r: &Record| {
        r.view
            .title
            .clone()
            .unwrap_or_else(|| t_string!(i18n, wallet.untitled).to_string())
    };
    let do_delete = move |_| {
        let Some(rec) = confirming.get_untracked() else {
            return;
        };
        confirming.set(None);
        leptos::task::spawn_local(async move {
            match wallet.remove(&rec.key).await {
                Ok(r) => deleted.set(Some(r)),
                Err(e) => error.set(Some(store_error_text(i18n, &e))),
            }
        });
    };
    let do_undo = move |_| {
        let Some(rec) = deleted.get_untracked() else {
            return;
        };
        deleted.set(None);
        leptos::task::spawn_local(async move {
            if let Err(e) = wallet.undo_remove(rec).await {
                error.set(Some(store_error_text(i18n, &e)));
            }
        });
    };
    let do_clear = move |_| {
        confirm_clear.set(false);
        leptos::task::spawn_local(async move {
            match wallet.clear().await {
                Ok(()) => cleared.set(true),
                Err(e) => error.set(Some(store_error_text(i18n, &e))),
            }
        });
    };

    let list = move || {
        match wallet.state.get() {
        LoadState::Loading => view! { <Loading/> }.into_any(),
        LoadState::Failed(_) => view! { <p class="notice error" role="alert">{t!(i18n, wallet.load_failed)}</p> }.into_any(),
        LoadState::Ready => view! {
            <Show when=move || wallet.records.with(|r| r.is_empty()) fallback=move || view! {
                <h2 class="wallet-count">{move || t!(i18n, wallet.count, count = wallet.records.with(|r| r.len()))}</h2>
                <Show when=move || verification.unavailable.get()>
                    <p class="notice" role="status">{t!(i18n, verify.unavailable)}</p>
                </Show>
                <ul class="card-list credential-list" data-testid="credential-list">
                    <For each=move || wallet.records.get() key=|r| r.key.clone() let(rec)>
                        <CredentialCard record=rec wallet=wallet verification=verification on_delete=move |r: Record| { deleted.set(None); confirming.set(Some(r)) }/>
                    </For>
                </ul>
            }>
                <p class="empty">{t!(i18n, wallet.empty)}</p>
            </Show>
        }.into_any(),
    }
    };

    view! {
        <Title text=move || t_string!(i18n, wallet.title)/>
        <section class="page wallet">
            <h1>{t!(i18n, wallet.title)}</h1>
            <p class="lead">{t!(i18n, wallet.intro)}</p>
            {move || (wallet.quarantined.get() > 0).then(|| view! {
                <p class="notice warn" role="alert" data-testid="quarantined">
                    {t!(i18n, wallet.quarantined, count = wallet.quarantined.get())}
                </p>
            })}
            {move || error.get().map(|m| view! { <p class="notice error" role="alert">{m}</p> })}
            {move || confirming.get().map(|r| view! {
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
                    <p id="confirm-delete-text">{t!(i18n, wallet.delete_confirm, title = title_of(&r))}</p>
                    <button type="button" class="danger" on:click=do_delete>{t!(i18n, wallet.delete_yes)}</button>
                    <button type="button" class="secondary" on:click=move |_| confirming.set(None)>{t!(i18n, wallet.cancel)}</button>
                </div>
            })}
            <div role="status" aria-live="polite">
                {move || deleted.get().map(|r| view! {
                    <p class="notice undo-bar">
                        {t!(i18n, wallet.deleted, title = title_of(&r))}" "
                        <button type="button" class="secondary" on:click=do_undo>{t!(i18n, wallet.undo)}</button>
                    </p>
                })}
                {move || cleared.get().then(|| view! { <p class="notice">{t!(i18n, wallet.cleared)}</p> })}
            </div>
            {list}
            // each in a later task: the first render is several short tasks, not one long one
            <Later><WalletImport wallet=wallet/></Later>
            <Later><Later><WalletBackup wallet=wallet/></Later></Later>
            <section class="wallet-storage">
                {move || wallet.usage.get().map(|u| view! {
                    <p data-testid="storage-used">{t!(i18n, wallet.storage_used, used = human_size(u.used), quota = human_size(u.quota))}</p>
                })}
                {move || (wallet.persisted.get() == Some(true)).then(|| view! { <p>{t!(i18n, wallet.persisted)}</p> })}
                <Show when=move || !wallet.records.with(|r| r.is_empty())>
                    <Show when=move || confirm_clear.get() fallback=move || view! {
                        <button type="button" class="secondary" on:click=move |_| { cleared.set(false); confirm_clear.set(true) }>{t!(i18n, wallet.clear_button)}</button>
                    }>
                        <div class="confirm" role="alertdialog" aria-labelledby="confirm-clear-text">
                            <p id="confirm-clear-text">{t!(i18n, wallet.clear_confirm)}</p>
                            <button type="button" class="danger" on:click=do_clear>{t!(i18n, wallet.delete_yes)}</button>
                            <button type="button" class="secondary" on:click=move |_| confirm_clear.set(false)>{t!(i18n, wallet.cancel)}</button>
                        </div>
                    </Show>
                </Show>
            </section>
        </section>
    }
}
