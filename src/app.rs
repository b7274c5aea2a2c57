//! The app: configuration, contexts and all routes in one place.

use crate::api::{self, Api};
use crate::components::{LanguagePicker, Loading, NavBar, OfflineBanner, UpdatePrompt};
use crate::domain::config::AppConfig;
use crate::i18n::*;
use crate::pages::*;
use crate::state::{fair::Kiosk, locale, ApiCtx};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// Starts one face of the app: its routes inside the common shell. Each face is its own wasm
/// bundle (see `src/bin/`), so a visitor downloads only the part they open.
pub fn start<R, V>(routes: R)
where
    R: Fn() -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    console_error_panic_hook::set_once();
    leave_router_for_other_faces();
    // Mount one task later: instantiating the wasm and the first render are then two shorter
    // main-thread tasks instead of one long one (a slow phone answers input in between).
    in_next_task(move || {
        leptos::mount::mount_to_body(move || view! { <App routes/> });
    });
}

/// Runs `f` in a later task (a `setTimeout(0)`), or at once if the browser refuses the timer.
fn in_next_task(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let f: &js_sys::Function = f.unchecked_ref();
    if window().set_timeout_with_callback(f).is_err() {
        let _ = f.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// The face that owns `path`, as `boot.js` decides it (one table for the loader and the app).
fn face_of(path: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    js_sys::Reflect::get(&window(), &"carewiseFaceOf".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call1(&wasm_bindgen::JsValue::NULL, &path.into())
        .ok()?
        .as_string()
}

/// This bundle's face, as `boot.js` chose it.
fn current_face() -> Option<String> {
    js_sys::Reflect::get(&window(), &"carewiseFace".into())
        .ok()?
        .as_string()
}

/// A click on a link into another face must be an ordinary page load (that face is another
/// bundle), so it is kept away from the router: a capturing listener stops it before the
/// router's own click handler sees it, and the browser follows the link.
fn leave_router_for_other_faces() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(mine) = current_face() else { return };
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if ev.default_prevented()
            || ev.button() != 0
            || ev.meta_key()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.shift_key()
        {
            return;
        }
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(anchor) = anchor else { return };
        let same_origin = window().location().origin().ok() == Some(anchor.origin());
        if same_origin && anchor.target().is_empty() {
            if let Some(face) = face_of(&anchor.pathname()) {
                if face != mine {
                    ev.stop_immediate_propagation();
                }
            }
        }
    });
    let _ = window().add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    on_click.forget();
}

/// Root component: translations, then the configuration, then the shell.
#[component]
fn App<R, V>(routes: R) -> impl IntoView
where
    R: Fn() -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <I18nContextProvider>
            // one task for the translations' context, the next one for loading the configuration
            <Later>
                <Boot routes/>
            </Later>
        </I18nContextProvider>
    }
}

/// Loads `config.json`; shows the shell, or a screen that names the broken field.
#[component]
fn Boot<R, V>(routes: R) -> impl IntoView
where
    R: Fn() -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let config = LocalResource::new(api::load_config);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let result = config.await;
                remove_splash();
                match result {
                    Ok(cfg) => view! { <Shell config=cfg>{routes()}</Shell> }.into_any(),
                    Err(e) => view! { <ConfigErrorPage error=e on_retry=move || config.refetch()/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
/// Removes the static splash from `index.html` once the app has something to show.
fn remove_splash() {
    if let Some(el) = document().get_element_by_id("splash") {
        el.remove();
    }
}

/// Resolves in a later task (a `setTimeout(0)`), so the browser can paint and answer input in
/// between.
pub(crate) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Renders its children one task after its parent. The first render is cut into shorter
/// main-thread tasks (on a slow phone one long task would block input: Lighthouse's total
/// blocking time), and the header paints first. A plain signal set by a timer, not a resource
/// in a `Suspense`: that machinery alone was a good part of each task's work.
#[component]
pub(crate) fn Later(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    // (If the parent is gone by then, the signal is too, and `try_set` does nothing.)
    in_next_task(move || {
        let _ = ready.try_set(true);
    });
    move || ready.get().then(|| children())
}

/// Moves keyboard focus to the main content (the skip link's target).
fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// Header, navigation, routes and footer, with the backend client in context.
#[component]
fn Shell(config: AppConfig, children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    locale::init(i18n, &config.default_locale);
    provide_context(ApiCtx(Api::new(config)));
    // Fair mode sets this while it is shown: the header, navigation and footer step aside.
    let kiosk = Kiosk::default();
    provide_context(kiosk);
    crate::state::pwa::provide();

    view! {
        <Title formatter=|text: String| if text.is_empty() { "carewise".to_owned() } else { format!("{text} · carewise") }/>
        <Router>
            <a class="skip-link" href="#main" on:click=move |ev| { ev.prevent_default(); focus_main(); }>
                {t!(i18n, common.skip_to_content)}
            </a>
            // The header, the page and the footer each render in a task of their own (in this
            // order), so no single start-up task is long; see `Later`.
            <Later>
                <Show when=move || !kiosk.0.get()>
                    <header class="site-header">
                        <A href="/" attr:class="brand">
                            <img src="/icons/icon.svg" alt="" width="32" height="32"/>
                            <span>{t!(i18n, common.app_name)}</span>
                        </A>
                        <NavBar/>
                        <LanguagePicker/>
                    </header>
                </Show>
            </Later>
            <OfflineBanner/>
            <UpdatePrompt/>
            <main id="main" tabindex="-1"><Later>{children()}</Later></main>
            <Later>
                <Show when=move || !kiosk.0.get()>
                    <footer class="site-footer">
                        <p>{t!(i18n, common.footer_about)}</p>
                        <p lang="en">{t!(i18n, common.esco_attribution)}</p>
                    </footer>
                </Show>
            </Later>
        </Router>
    }
}

/// Face `home`: the start page, and the not-found page for every unknown path.
pub fn home_routes() -> impl IntoView {
    view! {
        <Routes fallback=OtherFace>
            <Route path=path!("") view=HomePage/>
        </Routes>
    }
}

/// Face `catalogue`.
pub fn catalogue_routes() -> impl IntoView {
    view! {
        <Routes fallback=OtherFace>
            <Route path=path!("catalogue") view=CataloguePage/>
            <Route path=path!("catalogue/:id") view=CatalogueEntryPage/>
        </Routes>
    }
}

/// Face `quiz`: the quiz and its result.
pub fn quiz_routes() -> impl IntoView {
    view! {
        <Routes fallback=OtherFace>
            <Route path=path!("quiz") view=QuizPage/>
            <Route path=path!("quiz/result") view=QuizResultPage/>
        </Routes>
    }
}

/// Face `fair`: the career-fair kiosk (quiz, result, sign-up, staff screen).
pub fn fair_routes() -> impl IntoView {
    view! {
        <Routes fallback=OtherFace>
            <Route path=path!("fair") view=FairPage/>
        </Routes>
    }
}

/// Face `wallet`.
pub fn wallet_routes() -> impl IntoView {
    view! {
        <Routes fallback=OtherFace>
            <Route path=path!("wallet") view=WalletPage/>
            <Route path=path!("wallet/import") view=WalletImportPage/>
            <Route path=path!("wallet/:id") view=WalletCredentialPage/>
        </Routes>
    }
}

/// Fallback of every face: a path that belongs to another face is loaded by that face's bundle
/// (a full page load, picked by `boot.js`); a path nobody knows gets the not-found page.
#[component]
fn OtherFace() -> impl IntoView {
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    let mine = current_face();
    let wanted = face_of(&path);
    if mine.is_some() && wanted.is_some() && mine != wanted {
        // The router may or may not have pushed the new URL yet: load it either way, without
        // adding a second history entry for it.
        let location = window().location();
        if location.pathname().ok().as_deref() == Some(path.as_str()) {
            let _ = location.reload();
        } else {
            let _ = location.assign(&path);
        }
        view! { <Loading/> }.into_any()
    } else {
        view! { <NotFound/> }.into_any()
    }
}
