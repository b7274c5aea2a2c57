//! The UI language: initial choice, switching and persisting it, and formatting numbers and
//! dates for it (through the browser's `Intl`, so no locale data ships in the bundle).

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

thread_local! {
    /// The `Intl.DateTimeFormat` of the last language asked for: creating one costs far more
    /// than formatting, and lists (catalogue cards, wallet cards) format many dates per render.
    static DATE_FORMAT: std::cell::RefCell<Option<(String, js_sys::Function)>> =
        const { std::cell::RefCell::new(None) };
}

/// Formats a calendar date (`YYYY-MM-DD`) for `lang`, e.g. "1 Feb 2027" / "1.2.2027".
pub fn format_date(date: chrono::NaiveDate, lang: &str) -> String {
    use chrono::Datelike;
    let format = DATE_FORMAT.with(|cell| {
        let mut cell = cell.borrow_mut();
        match cell.as_ref() {
            Some((l, f)) if l == lang => f.clone(),
            _ => {
                let options = js_sys::Object::new();
                for (k, v) in [
                    ("day", "numeric"),
                    ("month", "short"),
                    ("year", "numeric"),
                    ("timeZone", "UTC"),
                ] {
                    let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
                }
                let locales = js_sys::Array::of1(&lang.into());
                let f = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
                *cell = Some((lang.to_owned(), f.clone()));
                f
            }
        }
    });
    let ms = js_sys::Date::utc(f64::from(date.year()), f64::from(date.month0()))
        + f64::from(date.day() - 1) * 86_400_000.0;
    format
        .call1(
            &wasm_bindgen::JsValue::UNDEFINED,
            &js_sys::Date::new(&ms.into()),
        )
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| date.to_string())
}

/// Reactive helper: the current language as a signal-like closure for views.
pub fn lang_signal() -> Signal<&'static str> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.get_locale().as_str())
}
