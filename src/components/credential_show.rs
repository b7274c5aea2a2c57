use crate::components::wallet_text::show_date;
use crate::components::{CredentialVerdict, QrCode};
use crate::domain::verify::Check;
use crate::domain::wallet::compact::qr_payload;
use crate::domain::wallet::record::Record;
use crate::domain::wallet::CardVerdict;
use crate::i18n::*;
use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Keeps the screen on while shown (where the Screen Wake Lock API exists).
async fn wake_lock() -> Option<JsValue> {
    let nav = web_sys::window()?.navigator();
    let lock = Reflect::get(&nav, &"wakeLock".into()).ok()?;
    let request = Reflect::get(&lock, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = request.call1(&lock, &"screen".into()).ok()?;
    JsFuture::from(promise.dyn_into::<js_sys::Promise>().ok()?)
        .await
        .ok()
}

/// Calls a method that returns a promise and ignores a refusal (full screen is a nicety: a
/// browser may refuse it without a user gesture or in a frame).
fn call_quietly(target: &JsValue, method: &str) {
    let Some(f) = Reflect::get(target, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    if let Ok(p) = f
        .call0(target)
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    {
        let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
        let _ = p.catch(&ignore);
        ignore.forget();
    }
}

fn release(sentinel: &JsValue) {
    if let Ok(f) = Reflect::get(sentinel, &"release".into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(sentinel);
        }
    }
}

/// Full-screen, high-contrast card to show at a desk: the credential's verdict (symbol and
/// words), its main facts and a QR code ([`qr_payload`]), the screen kept on.
#[component]
pub fn CredentialShow(
    /// The credential.
    record: Record,
    /// Its verdict.
    #[prop(into)]
    verdict: Signal<CardVerdict>,
    /// The issuer check of its verification report, once there is one.
    #[prop(into)]
    issuer: Signal<Option<Check>>,
    /// Called to close.
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let v = record.view.clone();
    let payload = qr_payload(&record);
    let sentinel = StoredValue::new_local(None::<JsValue>);
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = root.get() {
            let el: &web_sys::HtmlElement = &el;
            call_quietly(el.as_ref(), "requestFullscreen");
            let _ = el.focus();
        }
    });
    leptos::task::spawn_local(async move {
        let s = wake_lock().await;
        sentinel.set_value(s);
    });
    let close = move || {
        if let Some(s) = sentinel.get_value() {
            release(&s);
        }
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if doc.fullscreen_element().is_some() {
                call_quietly(doc.as_ref(), "exitFullscreen");
            }
        }
        on_close.run(());
    };
    on_cleanup(move || {
        if let Some(s) = sentinel.try_get_value().flatten() {
            release(&s);
        }
    });
    let title = v
        .title
        .clone()
        .unwrap_or_else(|| t_string!(i18n, wallet.untitled).to_string());
    view! {
        <div class="show-card" role="dialog" aria-modal="true" aria-labelledby="show-title" tabindex="-1" node_ref=root
            on:keydown=move |ev| if ev.key() == "Escape" { close() }>
            <h2 id="show-title">{title}</h2>
            {v.learner.clone().map(|n| view! { <p class="show-learner">{n}</p> })}
            {v.issuer.name.clone().map(|n| view! { <p class="show-issuer">{n}</p> })}
            <CredentialVerdict verdict=verdict issuer=issuer/>
            <p class="show-facts">
                {v.issued.as_deref().map(show_date).map(|d| view! { <span>{t!(i18n, wallet.issued_on, date = d.clone())}</span> })}
                {v.ects.clone().map(|n| view! { <span>{t!(i18n, wallet.ects, n = n.clone())}</span> })}
                {v.eqf.clone().map(|e| view! { <span>{t!(i18n, wallet.eqf, level = e.clone())}</span> })}
            </p>
            {match payload {
                Some(data) => view! {
                    <QrCode data=data label=Signal::derive(move || t_string!(i18n, wallet.qr_label).to_string()) size=280/>
                }.into_any(),
                None => view! { <p class="show-note" data-testid="qr-none">{t!(i18n, wallet.qr_none)}</p> }.into_any(),
            }}
            <button type="button" on:click=move |_| close()>{t!(i18n, wallet.close)}</button>
        </div>
    }
}
