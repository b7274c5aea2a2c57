//! Small-code helpers for translated text in views.
//!
//! `t!(i18n, ns.key)` expands to a new closure type at every call site, and each one
//! instantiates the reactive text rendering again. These helpers give every call site the
//! same type, which keeps the WebAssembly noticeably smaller:
//! `{tx(i18n, |l| td_string!(l, quiz.title))}` for a fixed text, and
//! `{txs(move || t_string!(i18n, quiz.progress, current = n).to_string())}` for a text with
//! values.

use crate::i18n::Locale;
use leptos::prelude::*;
use leptos_i18n::I18nContext;

/// A reactive translated text: `key` picks the text for a language.
pub fn tx(i18n: I18nContext<Locale>, key: fn(Locale) -> &'static str) -> impl IntoView + Copy {
    move || key(i18n.get_locale())
}

/// A reactive text computed by `f` (re-run when the language or anything else it reads
/// changes), as a `Signal<String>` so all call sites share one rendering.
pub fn txs(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}
