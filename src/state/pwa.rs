//! Offline state and app updates (the service worker is registered by `boot.js`).
//!
//! A new build is installed by the service worker in the background; the learner is then
//! offered "A new version is available — Reload", never in the middle of a quiz
//! ([`busy_while_mounted`]).

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Shared offline/update state, provided once in `app.rs`.
#[derive(Clone, Copy)]
pub struct PwaCtx {
    /// The browser reports no network.
    pub offline: RwSignal<bool>,
    /// A new build is installed and waiting.
    pub update_ready: RwSignal<bool>,
    /// Something the learner should not be interrupted in is on screen (e.g. a quiz).
    pub busy: RwSignal<u32>,
}

impl PwaCtx {
    /// Whether to offer the update now.
    pub fn offer_update(&self) -> bool {
        self.update_ready.get() && self.busy.get() == 0
    }
}

fn listen(target: &web_sys::EventTarget, event: &str, f: impl Fn() + 'static) {
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Creates the context and wires it to the browser's events.
pub fn provide() -> PwaCtx {
    let ctx = PwaCtx {
        offline: RwSignal::new(!window().navigator().on_line()),
        update_ready: RwSignal::new(false),
        busy: RwSignal::new(0),
    };
    listen(&window(), "online", move || ctx.offline.set(false));
    listen(&window(), "offline", move || ctx.offline.set(true));
    watch_updates(ctx);
    provide_context(ctx);
    ctx
}

fn watch_updates(ctx: PwaCtx) {
    let container = window().navigator().service_worker();
    // Only an update if this page is already controlled by a service worker.
    if container.controller().is_none() {
        return;
    }
    let reg_promise = container.get_registration();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(reg_promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if reg.waiting().is_some() {
            ctx.update_ready.set(true);
        }
        // A new build may be installing already, or start installing later.
        let track = move |sw: web_sys::ServiceWorker| {
            let watched = sw.clone();
            listen(&sw, "statechange", move || {
                if watched.state() == web_sys::ServiceWorkerState::Installed {
                    ctx.update_ready.set(true);
                }
            });
        };
        if let Some(installing) = reg.installing() {
            track(installing);
        }
        let reg2 = reg.clone();
        listen(&reg, "updatefound", move || {
            if let Some(installing) = reg2.installing() {
                track(installing);
            }
        });
        // Look for a new build now (the app may run long without a page load) …
        let _ = reg.update();
        // … and whenever the learner comes back to it.
        let reg3 = reg.clone();
        listen(&document(), "visibilitychange", move || {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                let _ = reg3.update();
            }
        });
    });
}

/// Activates the waiting build and reloads into it.
pub fn apply_update() {
    let container = window().navigator().service_worker();
    listen(&container, "controllerchange", || {
        let _ = window().location().reload();
    });
    let reg_promise = container.get_registration();
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(reg) = wasm_bindgen_futures::JsFuture::from(reg_promise).await {
            if let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() {
                match reg.waiting() {
                    Some(w) => {
                        let _ = w.post_message(&"skip-waiting".into());
                    }
                    None => {
                        let _ = window().location().reload();
                    }
                }
            }
        }
    });
}

/// Marks the current view as one the learner must not be interrupted in (no update prompt)
/// for as long as it is mounted.
pub fn busy_while_mounted() {
    if let Some(ctx) = use_context::<PwaCtx>() {
        ctx.busy.update(|n| *n += 1);
        on_cleanup(move || ctx.busy.update(|n| *n = n.saturating_sub(1)));
    }
}
