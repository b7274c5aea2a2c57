use crate::domain::locale::{endonym, SUPPORTED};
use crate::i18n::*;
use crate::state::locale;
use leptos::prelude::*;

/// The language picker: a labelled `<select>` of the six UI languages, each in its own name.
#[component]
pub fn LanguagePicker(
    /// Remember the choice on this device (off in fair mode, which resets per visitor).
    #[prop(default = true)]
    remember: bool,
    /// Extra class for larger variants (fair mode).
    #[prop(optional, into)]
    class: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = if remember {
        "lang-picker"
    } else {
        "lang-picker-kiosk"
    };
    let on_change = move |ev| {
        let code = event_target_value(&ev);
        if remember {
            locale::choose(i18n, &code);
        } else {
            locale::apply(i18n, &code);
        }
    };
    view! {
        <div class=format!("language-picker {class}")>
            <label for=id>{t!(i18n, common.language)}</label>
            <select
                id=id
                on:change=on_change
                prop:value=move || i18n.get_locale().as_str()
            >
                {SUPPORTED
                    .into_iter()
                    .map(|code| {
                        view! {
                            <option value=code lang=code selected=move || i18n.get_locale().as_str() == code>
                                {endonym(code)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
