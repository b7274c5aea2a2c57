use crate::api::ConfigLoadError;
use crate::components::ErrorPanel;
use crate::domain::config::{ConfigError, Expected, Problem};
use crate::i18n::*;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// Shown instead of the app when `config.json` is missing or wrong: says which field.
#[component]
pub fn ConfigErrorPage(
    /// What is wrong.
    error: ConfigLoadError,
    /// Reload the configuration.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let details = match error {
        ConfigLoadError::Fetch(e) => view! {
            <p>{t!(i18n, common.config_unreachable)}</p>
            <ErrorPanel error=e on_retry=on_retry/>
        }
        .into_any(),
        ConfigLoadError::Invalid(e) => {
            let field = e.field().unwrap_or("config.json").to_owned();
            let problem = move || match &e {
                ConfigError::NotJson(_) => t_string!(i18n, common.config_not_json).to_string(),
                ConfigError::NotAnObject => t_string!(i18n, common.config_not_object).to_string(),
                ConfigError::Missing(_) => t_string!(i18n, common.config_missing).to_string(),
                ConfigError::WrongType { expected, .. } => {
                    let expected = expected_text(i18n, *expected);
                    t_string!(i18n, common.config_wrong_type, expected = expected).to_string()
                }
                ConfigError::Invalid { reason, .. } => {
                    let reason = problem_text(i18n, *reason);
                    t_string!(i18n, common.config_invalid, reason = reason).to_string()
                }
            };
            view! {
                <dl class="config-problem" data-testid="config-problem">
                    <dt>{t!(i18n, common.config_field)}</dt>
                    <dd><code data-testid="config-field">{field}</code></dd>
                    <dt>{t!(i18n, common.config_problem)}</dt>
                    <dd>{problem}</dd>
                </dl>
                <button type="button" class="button" on:click=move |_| on_retry.run(())>
                    {t!(i18n, common.retry)}
                </button>
            }
            .into_any()
        }
    };
    view! {
        <main id="main" class="page config-error">
            <h1>{t!(i18n, common.config_title)}</h1>
            <p>{t!(i18n, common.config_intro)}</p>
            {details}
        </main>
    }
}

fn expected_text(i18n: I18nContext<Locale>, e: Expected) -> &'static str {
    match e {
        Expected::Text => t_string!(i18n, common.config_expected_text),
        Expected::WholeNumber => t_string!(i18n, common.config_expected_whole_number),
        Expected::Boolean => t_string!(i18n, common.config_expected_boolean),
        Expected::Object => t_string!(i18n, common.config_expected_object),
        Expected::LocalisedText => t_string!(i18n, common.config_expected_localised_text),
    }
}

fn problem_text(i18n: I18nContext<Locale>, p: Problem) -> &'static str {
    match p {
        Problem::OutOfRange => t_string!(i18n, common.config_problem_out_of_range),
        Problem::UnknownLanguage => t_string!(i18n, common.config_problem_unknown_language),
        Problem::Empty => t_string!(i18n, common.config_problem_empty),
        Problem::NotHttp => t_string!(i18n, common.config_problem_not_http),
        Problem::BadSuffix => t_string!(i18n, common.config_problem_bad_suffix),
    }
}
