use crate::api::ApiError;
use crate::i18n::*;
use leptos::prelude::*;

/// A translated explanation of a failed request, with a Retry button.
#[component]
pub fn ErrorPanel(
    /// What went wrong.
    error: ApiError,
    /// Called when the learner presses Retry.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = move || match &error {
        ApiError::Offline => t_string!(i18n, common.err_offline).to_string(),
        ApiError::Network(_) => t_string!(i18n, common.err_network).to_string(),
        ApiError::Timeout => t_string!(i18n, common.err_timeout).to_string(),
        ApiError::Http(status) => t_string!(i18n, common.err_http, status = *status).to_string(),
        ApiError::Malformed { path, .. } => {
            t_string!(i18n, common.err_malformed, path = path.clone()).to_string()
        }
    };
    view! {
        <section class="error-panel" role="alert" data-testid="error-panel">
            <h2>{t!(i18n, common.error_title)}</h2>
            <p>{message}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {t!(i18n, common.retry)}
            </button>
        </section>
    }
}
