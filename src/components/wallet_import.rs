use crate::components::wallet_text::{add_error_text, file_bytes, import_bytes, import_url};
use crate::components::QrScanner;
use crate::domain::wallet::baked::MAX_IMAGE_BYTES;
use crate::domain::wallet::record::Source;
use crate::domain::wallet::url::safe_link;
use crate::i18n::*;
use crate::state::wallet::{AddError, Wallet};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// One line of import feedback.
#[derive(Clone, PartialEq)]
struct Note {
    ok: bool,
    text: String,
}

/// "Add a credential": file picker (JSON, JWT, badge images), paste, URL and QR scan. Each
/// attempt says what happened in a live region; a refused import changes nothing.
#[component]
pub fn WalletImport(
    /// The wallet to add to.
    wallet: Wallet,
) -> impl IntoView {
    let i18n = use_i18n();
    let notes = RwSignal::new(Vec::<Note>::new());
    let busy = RwSignal::new(false);
    let pasted = RwSignal::new(String::new());
    let url = RwSignal::new(String::new());
    let push = move |r: Result<(String, String), String>| {
        notes.update(|n| match r {
            Ok((text, _)) => n.push(Note { ok: true, text }),
            Err(text) => n.push(Note { ok: false, text }),
        })
    };

    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        input.set_value("");
        notes.set(Vec::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            for file in files {
                let r = match file_bytes(&file, MAX_IMAGE_BYTES).await {
                    Ok(bytes) => import_bytes(i18n, wallet, &bytes, Source::File).await,
                    Err(e) => Err(add_error_text(i18n, &AddError::Parse(e))),
                };
                let name = file.name();
                push(
                    r.map(|(t, slug)| (format!("{name}: {t}"), slug))
                        .map_err(|e| format!("{name}: {e}")),
                );
            }
            busy.set(false);
        });
    };

    let on_paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = pasted.get_untracked();
        notes.set(Vec::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = import_bytes(i18n, wallet, text.as_bytes(), Source::Paste).await;
            if r.is_ok() {
                pasted.set(String::new());
            }
            push(r);
            busy.set(false);
        });
    };

    let on_url = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let target = url.get_untracked();
        notes.set(Vec::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = import_url(i18n, wallet, target.trim(), Source::Url).await;
            if r.is_ok() {
                url.set(String::new());
            }
            push(r);
            busy.set(false);
        });
    };

    // A QR code carries a link to the credential, or the credential itself.
    let on_qr = Callback::new(move |text: String| {
        notes.set(Vec::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let r = if safe_link(text.trim()).is_some() {
                import_url(i18n, wallet, text.trim(), Source::Qr).await
            } else {
                import_bytes(i18n, wallet, text.as_bytes(), Source::Qr).await
            };
            push(r);
            busy.set(false);
        });
    });

    view! {
        <section class="wallet-import" aria-labelledby="import-heading">
            <h2 id="import-heading">{t!(i18n, wallet.import_heading)}</h2>
            <div class="import-way">
                <label class="button file-button">
                    {t!(i18n, wallet.import_file)}
                    <input
                        id="import-file"
                        class="visually-hidden"
                        type="file"
                        multiple
                        accept=".json,.jwt,.txt,.png,.svg,application/json,text/plain,image/png,image/svg+xml"
                        aria-describedby="import-file-hint"
                        on:change=on_files
                    />
                </label>
                <p id="import-file-hint" class="hint">{t!(i18n, wallet.import_file_hint)}</p>
            </div>
            <form class="import-way" on:submit=on_paste>
                <label for="import-paste">{t!(i18n, wallet.paste_label)}</label>
                <textarea
                    id="import-paste"
                    rows="4"
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
                <button type="submit" disabled=move || busy.get() || pasted.with(|p| p.trim().is_empty())>
                    {t!(i18n, wallet.paste_button)}
                </button>
            </form>
            <form class="import-way" on:submit=on_url>
                <label for="import-url">{t!(i18n, wallet.url_label)}</label>
                <input
                    id="import-url"
                    type="url"
                    inputmode="url"
                    autocomplete="off"
                    placeholder="https://"
                    prop:value=move || url.get()
                    on:input=move |ev| url.set(event_target_value(&ev))
                />
                <button type="submit" disabled=move || busy.get() || url.with(|u| u.trim().is_empty())>
                    {t!(i18n, wallet.url_button)}
                </button>
            </form>
            <QrScanner on_text=on_qr/>
            <div class="import-notes" role="status" aria-live="polite" data-testid="import-notes">
                <Show when=move || busy.get()>
                    <p class="loading">{t!(i18n, wallet.fetching)}</p>
                </Show>
                <For each=move || notes.get().into_iter().enumerate() key=|(i, n)| (*i, n.text.clone()) let((_, note))>
                    <p class=if note.ok { "notice ok" } else { "notice error" } data-ok=note.ok.to_string()>
                        {note.text}
                    </p>
                </For>
            </div>
        </section>
    }
}
