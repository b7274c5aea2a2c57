//! The UI language: initial choice, switching and persisting it, and formatting numbers and
//! dates for it (numbers through the browser's `Intl`; dates with CLDR's patterns in
//! `domain::locale`).

use super::storage;
use crate::domain::locale;
use crate::i18n::{use_i18n, Locale};
use leptos::prelude::*;
use leptos_i18n::{I18nContext, Locale as _};

/// Picks the starting language (saved choice → browser languages → config default) and
/// applies it.
pub fn init(i18n: I18nContext<Locale>, configured_default: &str) {
    let saved = storage::get(storage::keys::LANGUAGE);
    let preferred: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    let code = locale::negotiate(
        saved.as_deref(),
        preferred.iter().map(String::as_str),
        configured_default,
    );
    if let Ok(l) = code.parse::<Locale>() {
        if i18n.get_locale_untracked() != l {
            i18n.set_locale(l);
        }
    }
}

/// Switches the UI language and remembers the choice on this device.
pub fn choose(i18n: I18nContext<Locale>, code: &str) {
    if let Ok(l) = code.parse::<Locale>() {
        i18n.set_locale(l);
        // Not being able to remember the choice is harmless: the switch still happens.
        let _ = storage::set(storage::keys::LANGUAGE, l.as_str());
    }
}

/// Switches the UI language without remembering it (fair mode's reset to its default).
pub fn apply(i18n: I18nContext<Locale>, code: &str) {
    if let Ok(l) = code.parse::<Locale>() {
        i18n.set_locale(l);
    }
}

/// The current language code, reactive.
pub fn current() -> &'static str {
    use_i18n().get_locale().as_str()
}

/// Formats a number for `lang` with at most `max_fraction` decimals.
pub fn format_number(value: f64, lang: &str, max_fraction: u8) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &"maximumFractionDigits".into(),
        &f64::from(max_fraction).into(),
    );
    let locales = js_sys::Array::of1(&lang.into());
    js_sys::Intl::NumberFormat::new(&locales, &options)
        .format()
        .call1(&wasm_bindgen::JsValue::UNDEFINED, &value.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| value.to_string())
}

/// Formats a calendar date (`YYYY-MM-DD`) for `lang`, e.g. "Feb 1, 2027" / "1.2.2027" (the
/// patterns `Intl.DateTimeFormat` uses, written out in `domain::locale` so no page pays the
/// browser's ICU start-up for it).
pub fn format_date(date: chrono::NaiveDate, lang: &str) -> String {
    use chrono::Datelike;
    locale::format_date(date.year(), date.month(), date.day(), lang)
}

/// Reactive helper: the current language as a signal-like closure for views.
pub fn lang_signal() -> Signal<&'static str> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.get_locale().as_str())
}
