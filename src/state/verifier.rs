//! The page side of the verifier worker (`public/verifier-worker.js` + the `verifier` wasm
//! bundle): one worker per page, started on first use, answering request/response messages.
//! The faces that call [`verify`] link only this client and the report types, never the
//! verifier itself.

use crate::domain::verify::Report;
use js_sys::{Object, Promise, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Why there is no report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifierError {
    /// The worker or its bundle could not be started (old browser, offline before first load).
    #[error("the verifier could not start")]
    Unavailable,
    /// The worker answered something unreadable.
    #[error("the verifier gave an unreadable answer")]
    BadReply,
}

struct Conn {
    worker: web_sys::Worker,
    pending: RefCell<HashMap<u32, js_sys::Function>>,
    next: Cell<u32>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static CONN: RefCell<Option<Rc<Conn>>> = const { RefCell::new(None) };
}

/// The verifier bundle's file names from the build's `carewise-bundles` table (unhashed names
/// in a bare Trunk build).
fn bundle_urls() -> (String, String) {
    let table = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("carewise-bundles"))
        .and_then(|e| e.text_content())
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
    let get = |k: &str| {
        table
            .as_ref()
            .and_then(|t| t["verifier"][k].as_str())
            .map(str::to_string)
    };
    (
        get("js").unwrap_or_else(|| "/verifier.js".into()),
        get("wasm").unwrap_or_else(|| "/verifier_bg.wasm".into()),
    )
}

fn fail_all(conn: &Conn) {
    for (_, resolve) in conn.pending.borrow_mut().drain() {
        let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
    }
}

fn start() -> Result<Rc<Conn>, VerifierError> {
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("/verifier-worker.js", &opts)
        .map_err(|_| VerifierError::Unavailable)?;
    // The bundle's names go in the first message, not in the script URL: a worker script served
    // from the service worker's cache keeps the cached copy's URL, without a query string.
    let (js, wasm) = bundle_urls();
    let files = Object::new();
    let _ = Reflect::set(&files, &"js".into(), &js.into());
    let _ = Reflect::set(&files, &"wasm".into(), &wasm.into());
    let init = Object::new();
    let _ = Reflect::set(&init, &"init".into(), &files);
    worker
        .post_message(&init)
        .map_err(|_| VerifierError::Unavailable)?;
    let conn = Rc::new_cyclic(|weak: &std::rc::Weak<Conn>| {
        let w = weak.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let Some(conn) = w.upgrade() else { return };
                let data = e.data();
                let id = Reflect::get(&data, &"id".into())
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(-1.0) as u32;
                let resolve = conn.pending.borrow_mut().remove(&id);
                if let Some(resolve) = resolve {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            });
        let w = weak.clone();
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_e: JsValue| {
            if let Some(conn) = w.upgrade() {
                fail_all(&conn);
            }
            // start afresh next time
            CONN.with(|c| c.borrow_mut().take());
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Conn {
            worker,
            pending: RefCell::new(HashMap::new()),
            next: Cell::new(0),
            _on_message: on_message,
            _on_error: on_error,
        }
    });
    Ok(conn)
}

fn conn() -> Result<Rc<Conn>, VerifierError> {
    if let Some(c) = CONN.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let c = start()?;
    CONN.with(|slot| *slot.borrow_mut() = Some(c.clone()));
    Ok(c)
}

fn offline() -> bool {
    web_sys::window().is_some_and(|w| !w.navigator().on_line())
}

/// Verifies credential bytes in the worker. `issuers` is the trusted-issuers document as JSON
/// text (`None` when it could not be loaded: the issuer check then says so). Offline, documents
/// the worker does not have cached are not fetched, so a status list makes the verdict
/// "unknown".
pub async fn verify(bytes: &[u8], issuers: Option<&str>) -> Result<Report, VerifierError> {
    let conn = conn()?;
    let id = conn.next.get().wrapping_add(1);
    conn.next.set(id);
    let promise = Promise::new(&mut |resolve, _reject| {
        conn.pending.borrow_mut().insert(id, resolve);
    });
    let msg = Object::new();
    let set = |k: &str, v: &JsValue| {
        let _ = Reflect::set(&msg, &k.into(), v);
    };
    set("id", &JsValue::from(id));
    set("bytes", &Uint8Array::from(bytes).into());
    set("now", &JsValue::from(js_sys::Date::now()));
    set("issuers", &issuers.map_or(JsValue::NULL, JsValue::from_str));
    set("offline", &JsValue::from(offline()));
    if conn.worker.post_message(&msg).is_err() {
        conn.pending.borrow_mut().remove(&id);
        return Err(VerifierError::Unavailable);
    }
    let data = JsFuture::from(promise)
        .await
        .map_err(|_| VerifierError::Unavailable)?;
    if data.is_null() {
        return Err(VerifierError::Unavailable);
    }
    let report = Reflect::get(&data, &"report".into()).map_err(|_| VerifierError::BadReply)?;
    if report.is_undefined() || report.is_null() {
        return Err(VerifierError::Unavailable);
    }
    let text: String = js_sys::JSON::stringify(&report)
        .map_err(|_| VerifierError::BadReply)?
        .into();
    serde_json::from_str(&text).map_err(|_| VerifierError::BadReply)
}
