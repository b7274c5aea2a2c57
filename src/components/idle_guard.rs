use super::i18n_text::tx;
use crate::i18n::*;
use leptos::html;
use leptos::prelude::*;
use std::time::Duration;

/// Kiosk idle timer. While `active`, `idle_seconds` without any input (pointer, touch, key,
/// scroll) opens a "Still there?" dialog that waits `prompt_seconds` (at least 20 s, WCAG
/// 2.2.1) with a button to continue (or Escape); when that time runs out, `on_reset` is called.
#[component]
pub fn IdleGuard(
    /// Seconds without input before the prompt.
    idle_seconds: u32,
    /// Seconds the prompt waits.
    prompt_seconds: u32,
    /// Whether there is anything to clear (false on an untouched start screen).
    #[prop(into)]
    active: Signal<bool>,
    /// Clears everything about the visitor.
    #[prop(into)]
    on_reset: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let last_input = StoredValue::new(js_sys::Date::now());
    let prompt_since = RwSignal::new(None::<f64>);
    let now = RwSignal::new(js_sys::Date::now());
    let continue_button = NodeRef::<html::Button>::new();

    let touch = move || {
        if prompt_since.get_untracked().is_none() {
            last_input.set_value(js_sys::Date::now());
        }
    };
    let listeners = [
        window_event_listener(leptos::ev::pointerdown, move |_| touch()),
        window_event_listener(leptos::ev::keydown, move |_| touch()),
        window_event_listener(leptos::ev::touchstart, move |_| touch()),
        window_event_listener(leptos::ev::wheel, move |_| touch()),
        window_event_listener(leptos::ev::input, move |_| touch()),
    ];
    let tick = move || {
        let t = js_sys::Date::now();
        now.set(t);
        if !active.get_untracked() {
            last_input.set_value(t);
            if prompt_since.get_untracked().is_some() {
                prompt_since.set(None);
            }
            return;
        }
        match prompt_since.get_untracked() {
            None if t - last_input.get_value() >= f64::from(idle_seconds) * 1000.0 => {
                prompt_since.set(Some(t));
            }
            Some(since) if t - since >= f64::from(prompt_seconds) * 1000.0 => {
                prompt_since.set(None);
                last_input.set_value(t);
                on_reset.run(());
            }
            _ => {}
        }
    };
    let interval = set_interval_with_handle(tick, Duration::from_millis(500)).ok();
    on_cleanup(move || {
        if let Some(h) = interval {
            h.clear();
        }
        for l in listeners {
            l.remove();
        }
    });

    let dismiss = move || {
        prompt_since.set(None);
        last_input.set_value(js_sys::Date::now());
    };
    let seconds_left = move || {
        prompt_since.get().map(|since| {
            let left = f64::from(prompt_seconds) - (now.get() - since) / 1000.0;
            left.ceil().max(0.0) as u32
        })
    };
    // Open and close the native modal dialog with the state (showModal makes the rest of the
    // page inert and moves focus into the dialog): a DOM side effect, not state copying.
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let open = prompt_since.get().is_some();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
                if let Some(b) = continue_button.get_untracked() {
                    let _ = b.focus();
                }
            } else if !open && d.open() {
                d.close();
            }
        }
    });

    view! {
        <dialog
            class="idle-dialog"
            role="alertdialog"
            aria-labelledby="idle-title"
            aria-describedby="idle-text"
            node_ref=dialog
            on:cancel=move |ev: leptos::ev::Event| {
                // Escape means "I'm still here".
                ev.prevent_default();
                dismiss();
            }
        >
            <h2 id="idle-title">{tx(i18n, |l| td_string!(l, fair.idle_title))}</h2>
            <p id="idle-text">
                {move || {
                    t_string!(i18n, fair.idle_text, seconds = seconds_left().unwrap_or(0)).to_string()
                }}
            </p>
            <div class="idle-actions">
                <button type="button" class="big" node_ref=continue_button on:click=move |_| dismiss()>
                    {tx(i18n, |l| td_string!(l, fair.idle_continue))}
                </button>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        prompt_since.set(None);
                        on_reset.run(());
                    }
                >
                    {tx(i18n, |l| td_string!(l, fair.idle_reset))}
                </button>
            </div>
        </dialog>
    }
}
