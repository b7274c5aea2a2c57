use crate::i18n::*;
use crate::state::pwa::PwaCtx;
use leptos::prelude::*;

/// "You are offline" while the browser has no network.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let i18n = use_i18n();
    let pwa = expect_context::<PwaCtx>();
    view! {
        <div class="app-banner offline-banner" role="status" aria-live="polite">
            <Show when=move || pwa.offline.get()>
                <p>{t!(i18n, common.offline_banner)}</p>
            </Show>
        </div>
    }
}
