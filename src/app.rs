//! The app: configuration, contexts and all routes in one place.

use crate::api::{self, Api};
use crate::components::{LanguagePicker, NavBar};
use crate::domain::config::AppConfig;
use crate::i18n::*;
use crate::pages::*;
use crate::state::{fair::Kiosk, locale, ApiCtx};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// Root component: translations, then the configuration, then the shell.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <Boot/>
        </I18nContextProvider>
    }
}

/// Loads `config.json`; shows the shell, or a screen that names the broken field.
#[component]
fn Boot() -> impl IntoView {
    let config = LocalResource::new(api::load_config);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let result = config.await;
                remove_splash();
                match result {
                    Ok(cfg) => view! { <Shell config=cfg/> }.into_any(),
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
fn Shell(config: AppConfig) -> impl IntoView {
    let i18n = use_i18n();
    locale::init(i18n, &config.default_locale);
    provide_context(ApiCtx(Api::new(config)));
    // Fair mode sets this while it is shown: the header, navigation and footer step aside.
    let kiosk = Kiosk::default();
    provide_context(kiosk);

    view! {
        <Title formatter=|text: String| if text.is_empty() { "carewise".to_owned() } else { format!("{text} · carewise") }/>
        <Router>
            <a class="skip-link" href="#main" on:click=move |ev| { ev.prevent_default(); focus_main(); }>
                {t!(i18n, common.skip_to_content)}
            </a>
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
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("catalogue") view=CataloguePage/>
                    <Route path=path!("catalogue/:id") view=CatalogueEntryPage/>
                    <Route path=path!("quiz") view=QuizPage/>
                    <Route path=path!("quiz/result") view=QuizResultPage/>
                    <Route path=path!("wallet") view=WalletPage/>
                    <Route path=path!("wallet/:id") view=WalletCredentialPage/>
                    <Route path=path!("fair") view=FairPage/>
                </Routes>
            </main>
            <Show when=move || !kiosk.0.get()>
                <footer class="site-footer">
                    <p>{t!(i18n, common.footer_about)}</p>
                    <p lang="en">{t!(i18n, common.esco_attribution)}</p>
                </footer>
            </Show>
        </Router>
    }
}
