use crate::i18n::*;
use crate::state::pwa::{self, PwaCtx};
use leptos::prelude::*;

/// "A new version is available — Reload", shown when a new build is waiting and nothing on
/// screen must not be interrupted.
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let i18n = use_i18n();
    let pwa = expect_context::<PwaCtx>();
    view! {
        <div class="app-banner update-banner" role="status" aria-live="polite">
            <Show when=move || pwa.offer_update()>
                <p>{t!(i18n, common.update_available)}</p>
                <button type="button" class="button" on:click=move |_| pwa::apply_update()>
                    {t!(i18n, common.update_reload)}
                </button>
            </Show>
        </div>
    }
}
