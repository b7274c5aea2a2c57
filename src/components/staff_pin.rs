use super::i18n_text::tx;
use crate::i18n::*;
use leptos::html;
use leptos::prelude::*;

/// Asks for the staff PIN from `config.json` before the staff screen opens. With no PIN
/// configured the staff screen stays locked.
#[component]
pub fn StaffPin(
    /// The configured PIN (empty: locked).
    pin: String,
    /// Called when the right PIN was entered.
    #[prop(into)]
    on_open: Callback<()>,
    /// Called when staff cancel.
    #[prop(into)]
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<html::Input>::new();
    let wrong = RwSignal::new(false);
    let locked = pin.trim().is_empty();
    // focus the field when it appears
    Effect::new(move |_| {
        if let Some(i) = input.get() {
            let _ = i.focus();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = input.get().map(|i| i.value()).unwrap_or_default();
        if !locked && typed.trim() == pin.trim() {
            wrong.set(false);
            on_open.run(());
        } else {
            wrong.set(true);
            if let Some(i) = input.get() {
                i.set_value("");
                let _ = i.focus();
            }
        }
    };
    view! {
        <section class="staff-pin card" aria-labelledby="pin-title">
            <h2 id="pin-title">{tx(i18n, |l| td_string!(l, fair.pin_title))}</h2>
            {if locked {
                view! {
                    <p>{tx(i18n, |l| td_string!(l, fair.pin_none))}</p>
                    <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
                        {tx(i18n, |l| td_string!(l, fair.cancel))}
                    </button>
                }
                    .into_any()
            } else {
                view! {
                    <form on:submit=submit novalidate>
                        <label for="staff-pin">{tx(i18n, |l| td_string!(l, fair.pin_label))}</label>
                        <input
                            id="staff-pin"
                            type="password"
                            inputmode="numeric"
                            autocomplete="off"
                            node_ref=input
                            aria-invalid=move || wrong.get().to_string()
                            aria-describedby=move || wrong.get().then_some("pin-error")
                        />
                        <Show when=move || wrong.get()>
                            <p id="pin-error" class="field-error" role="alert">{tx(i18n, |l| td_string!(l, fair.pin_wrong))}</p>
                        </Show>
                        <div class="form-actions">
                            <button type="submit">{tx(i18n, |l| td_string!(l, fair.pin_submit))}</button>
                            <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>
                                {tx(i18n, |l| td_string!(l, fair.cancel))}
                            </button>
                        </div>
                    </form>
                }
                    .into_any()
            }}
        </section>
    }
}
