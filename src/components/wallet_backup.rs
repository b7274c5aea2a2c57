use crate::components::wallet_text::{download, file_bytes, restore_error_text};
use crate::domain::wallet::backup::{BackupError, MAX_BACKUP_BYTES};
use crate::domain::wallet::ImportError;
use crate::i18n::*;
use crate::state::wallet::{RestoreError, Wallet};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const MIN_PASSPHRASE: usize = 8;

/// Backup: save the whole wallet to one passphrase-encrypted file, and restore from one
/// (merging, never storing a credential twice). Wrong passphrase or damaged file: a clear
/// message, nothing changed.
#[component]
pub fn WalletBackup(
    /// The wallet.
    wallet: Wallet,
) -> impl IntoView {
    let i18n = use_i18n();
    let pass = RwSignal::new(String::new());
    let restore_pass = RwSignal::new(String::new());
    let file = StoredValue::new_local(None::<web_sys::File>);
    let busy = RwSignal::new(false);
    let note = RwSignal::new(None::<(bool, String)>);
    let short = |p: &str| p.chars().count() < MIN_PASSPHRASE;

    let on_export = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = pass.get_untracked();
        if short(&p) {
            note.set(Some((
                false,
                t_string!(i18n, wallet.passphrase_short).to_string(),
            )));
            return;
        }
        busy.set(true);
        note.set(Some((true, t_string!(i18n, wallet.exporting).to_string())));
        leptos::task::spawn_local(async move {
            match wallet.export(&p).await {
                Ok(text) => {
                    let day = crate::state::wallet::now_iso()
                        .get(..10)
                        .unwrap_or("")
                        .to_owned();
                    download(
                        &format!("carewise-wallet-{day}.backup.json"),
                        "application/json",
                        text.as_bytes(),
                    );
                    note.set(Some((true, t_string!(i18n, wallet.exported).to_string())));
                }
                Err(_) => note.set(Some((
                    false,
                    t_string!(i18n, wallet.err_storage).to_string(),
                ))),
            }
            busy.set(false);
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let f = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|l| l.get(0));
        file.set_value(f);
    };

    let on_restore = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(f) = file.get_value() else {
            note.set(Some((
                false,
                t_string!(i18n, wallet.restore_choose).to_string(),
            )));
            return;
        };
        let p = restore_pass.get_untracked();
        busy.set(true);
        note.set(Some((true, t_string!(i18n, wallet.restoring).to_string())));
        leptos::task::spawn_local(async move {
            let result = match file_bytes(&f, MAX_BACKUP_BYTES).await {
                Ok(bytes) => wallet.restore(&bytes, &p).await,
                Err(ImportError::TooLarge { size }) => {
                    Err(RestoreError::Backup(BackupError::TooLarge { size }))
                }
                Err(_) => Err(RestoreError::Backup(BackupError::NotABackup)),
            }
            .map_err(|e| restore_error_text(i18n, &e));
            note.set(Some(match result {
                Ok((added, skipped)) => (
                    true,
                    t_string!(i18n, wallet.restored, added = added, skipped = skipped).to_string(),
                ),
                Err(m) => (false, m),
            }));
            busy.set(false);
        });
    };

    view! {
        <section class="wallet-backup" aria-labelledby="backup-heading">
            <h2 id="backup-heading">{t!(i18n, wallet.backup_heading)}</h2>
            <p>{t!(i18n, wallet.backup_intro)}</p>
            <form class="import-way" on:submit=on_export>
                <label for="backup-pass">{t!(i18n, wallet.passphrase)}</label>
                <input id="backup-pass" type="password" autocomplete="new-password" minlength="8"
                    prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                <button type="submit" disabled=move || busy.get()>{t!(i18n, wallet.export_button)}</button>
            </form>
            <form class="import-way" on:submit=on_restore>
                <label for="restore-file">{t!(i18n, wallet.restore_file)}</label>
                <input id="restore-file" type="file" accept=".json,application/json" on:change=on_file/>
                <label for="restore-pass">{t!(i18n, wallet.passphrase)}</label>
                <input id="restore-pass" type="password" autocomplete="current-password"
                    prop:value=move || restore_pass.get() on:input=move |ev| restore_pass.set(event_target_value(&ev))/>
                <button type="submit" disabled=move || busy.get()>{t!(i18n, wallet.restore_button)}</button>
            </form>
            <div role="status" aria-live="polite" data-testid="backup-status">
                {move || note.get().map(|(ok, m)| view! { <p class=if ok { "notice ok" } else { "notice error" }>{m}</p> })}
            </div>
        </section>
    }
}
