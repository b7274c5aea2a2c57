use crate::i18n::*;
use leptos::prelude::*;

/// A polite "Loading…" status line.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {t!(i18n, common.loading)}
        </p>
    }
}
