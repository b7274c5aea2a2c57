use crate::components::wallet_text::download;
use crate::components::{
    BadgeImage, CredentialDetails, CredentialShow, CredentialVerdict, Loading, VerificationChecks,
};
use crate::domain::wallet::record::Record;
use crate::i18n::*;
use crate::state::verification::use_verification;
use crate::state::wallet::{use_wallet, LoadState};
use js_sys::Reflect;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::{JsCast, JsValue};

/// Whether `navigator.share` exists.
fn can_share() -> bool {
    web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &"share".into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Shares the credential as a file where the browser can, else as text.
fn share(record: &Record) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let nav = window.navigator();
    let data = js_sys::Object::new();
    let title = record.view.title.clone().unwrap_or_default();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let mime = if record.view.format.is_jwt() {
        "application/jwt"
    } else {
        "application/json"
    };
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type(mime);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(record.bytes.as_slice()));
    if let Ok(file) =
        web_sys::File::new_with_u8_array_sequence_and_options(&parts, &record.file_name(), &opts)
    {
        let with_file = js_sys::Object::new();
        let _ = Reflect::set(&with_file, &"files".into(), &js_sys::Array::of1(&file));
        let can = Reflect::get(&nav, &"canShare".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&nav, &with_file).ok())
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if can {
            let _ = Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
        } else if let Some(url) = &record.view.public_url {
            let _ = Reflect::set(&data, &"url".into(), &JsValue::from_str(url));
        } else {
            let _ = Reflect::set(&data, &"text".into(), &record.text().into());
        }
    }
    if let Ok(f) =
        Reflect::get(&nav, &"share".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        // a cancelled share rejects; nothing to report
        if let Ok(p) = f.call1(&nav, &data) {
            if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                leptos::task::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                });
            }
        }
    }
}

/// `/wallet/:id`: one credential with all its elements, the raw credential, and Show, Share,
/// Download and Print.
#[component]
pub fn WalletCredentialPage() -> impl IntoView {
    let i18n = use_i18n();
    let wallet = use_wallet();
    let params = use_params_map();
    let verification = use_verification();
    // re-verify on open (once per credential shown here; "Check again" for more)
    let opened = RwSignal::new(None::<String>);
    let record = Memo::new(move |_| {
        let slug = params.read().get("id").unwrap_or_default();
        wallet
            .records
            .with(|rs| rs.iter().find(|r| r.slug == slug).cloned())
    });
    let showing = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(rec) = record.get() {
            if opened.get_untracked().as_deref() != Some(rec.key.as_str()) {
                opened.set(Some(rec.key.clone()));
                verification.verify(wallet, &rec);
            }
        }
    });
    let body = move || match (wallet.state.get(), record.get()) {
        (LoadState::Loading, _) => view! { <Loading/> }.into_any(),
        (_, None) => view! {
            <h1>{t!(i18n, wallet.credential_title)}</h1>
            <p class="notice" role="alert">{t!(i18n, wallet.not_found)}</p>
            <p><A href="/wallet" attr:class="button">{t!(i18n, wallet.back_to_wallet)}</A></p>
        }
        .into_any(),
        (_, Some(rec)) => {
            let title = rec
                .view
                .title
                .clone()
                .unwrap_or_else(|| t_string!(i18n, wallet.untitled).to_string());
            let key = rec.key.clone();
            let verdict = Memo::new(move |_| wallet.verdict(&key));
            let key = rec.key.clone();
            let issuer_check =
                Memo::new(move |_| verification.reports.with(|r| r.get(&key).map(|r| r.issuer)));
            let raw = rec.text();
            let for_share = rec.clone();
            let for_download = rec.clone();
            let for_show = rec.clone();
            view! {
                <Title text=title.clone()/>
                <article class="credential-page" data-verdict=move || verdict.get().as_str()>
                    <h1>{title}</h1>
                    {rec.view.image.clone().map(|src| view! { <BadgeImage src=src size=96 large=true/> })}
                    <CredentialVerdict verdict=verdict issuer=issuer_check/>
                    {rec.view.seal_not_checked.then(|| view! { <p class="seal-note">{t!(i18n, wallet.seal_not_checked)}</p> })}
                    {
                        let key = rec.key.clone();
                        let again = rec.clone();
                        let busy_key = rec.key.clone();
                        let busy = Memo::new(move |_| verification.running.with(|r| r.contains(&busy_key)));
                        view! {
                            <div class="verification" aria-live="polite">
                                {move || verification.report(&key).map(|report| view! { <VerificationChecks report=report/> })}
                                <Show when=move || verification.unavailable.get()>
                                    <p class="notice" role="status">{t!(i18n, verify.unavailable)}</p>
                                </Show>
                                <button type="button" class="secondary verify-again" disabled=busy on:click=move |_| verification.verify(wallet, &again)>
                                    {move || if busy.get() { t_string!(i18n, verify.verifying) } else { t_string!(i18n, verify.verify_again) }}
                                </button>
                            </div>
                        }
                    }
                    <div class="credential-actions">
                        <button type="button" on:click=move |_| showing.set(true)>{t!(i18n, wallet.show)}</button>
                        {can_share().then(|| view! {
                            <button type="button" class="secondary" on:click=move |_| share(&for_share)>{t!(i18n, wallet.share)}</button>
                        })}
                        <button type="button" class="secondary" on:click=move |_| {
                            let mime = if for_download.view.format.is_jwt() { "application/jwt" } else { "application/json" };
                            download(&for_download.file_name(), mime, &for_download.bytes);
                        }>{t!(i18n, wallet.download)}</button>
                        <button type="button" class="secondary" on:click=move |_| { if let Some(w) = web_sys::window() { let _ = w.print(); } }>{t!(i18n, wallet.print)}</button>
                    </div>
                    <CredentialDetails view=rec.view.clone()/>
                    <details class="raw">
                        <summary>{t!(i18n, wallet.raw)}</summary>
                        <pre tabindex="0"><code>{raw}</code></pre>
                    </details>
                    <p class="back"><A href="/wallet">{t!(i18n, wallet.back_to_wallet)}</A></p>
                </article>
                <Show when=move || showing.get()>
                    <CredentialShow record=for_show.clone() verdict=verdict issuer=issuer_check on_close=move || showing.set(false)/>
                </Show>
            }.into_any()
        }
    };
    view! {
        <Title text=move || t_string!(i18n, wallet.credential_title)/>
        <section class="page wallet-credential">{body}</section>
    }
}
