use super::i18n_text::{tx, txs};
use super::riasec_text::interest_name;
use crate::domain::signup::{FormError, SignupForm as Form, INTERESTS};
use crate::i18n::*;
use crate::state::fair::{new_idempotency_key, now_rfc3339, FairStore};
use crate::state::{locale, use_api};
use leptos::prelude::*;

fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn field_of(e: FormError) -> &'static str {
    match e {
        FormError::NameMissing | FormError::NameTooLong => "signup-name",
        FormError::EmailMissing | FormError::EmailInvalid => "signup-email",
        FormError::InterestInvalid => "signup-interest",
        FormError::ConsentMissing => "signup-consent",
    }
}

/// The optional fair-mode sign-up: name, e-mail, area of interest and an explicit consent box,
/// with the privacy text from the configuration. Problems are shown next to their field (and
/// counted in an alert); a valid sign-up is queued on the device and sent in the background.
/// The browser is asked not to remember or suggest anything (the next visitor must not see it).
#[component]
pub fn SignupForm(
    /// The interest preselected (the area of the visitor's top career).
    #[prop(into)]
    default_interest: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = locale::lang_signal();
    let store = expect_context::<FairStore>();
    let api = use_api();
    let privacy = api.config().fair.privacy_text.clone();
    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let interest = RwSignal::new(if INTERESTS.contains(&default_interest.as_str()) {
        default_interest
    } else {
        "undecided".to_owned()
    });
    let consent = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FormError>::new());
    // None: not sent; Some(true): queued; Some(false): could not be stored
    let outcome = RwSignal::new(None::<bool>);

    let form = move || Form {
        name: name.get_untracked(),
        email: email.get_untracked(),
        interest: interest.get_untracked(),
        consent: consent.get_untracked(),
    };
    // Re-check a field the visitor already got an error for, as they fix it.
    let recheck = move |fields: &[&str]| {
        if errors.with_untracked(|e| e.iter().any(|e| fields.contains(&field_of(*e)))) {
            let fresh = form().validate();
            errors.update(|e| {
                e.retain(|x| !fields.contains(&field_of(*x)));
                e.extend(fresh.into_iter().filter(|x| fields.contains(&field_of(*x))));
                e.sort_by_key(|x| *x as u8);
            });
        }
    };
    // Inline check of the e-mail when the visitor leaves the field.
    let check_email = move |()| {
        if email.get_untracked().trim().is_empty() {
            return;
        }
        let fresh = form().validate();
        errors.update(|e| {
            e.retain(|x| field_of(*x) != "signup-email");
            e.extend(fresh.into_iter().filter(|x| field_of(*x) == "signup-email"));
            e.sort_by_key(|x| *x as u8);
        });
    };
    let submit_api = api.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let data = form();
        let problems = data.validate();
        if let Some(first) = problems.first() {
            let id = field_of(*first);
            errors.set(problems);
            focus(id);
            return;
        }
        errors.set(Vec::new());
        match data.into_signup(new_idempotency_key(), lang.get_untracked(), now_rfc3339()) {
            Ok(signup) => match store.enqueue(signup) {
                Ok(()) => {
                    outcome.set(Some(true));
                    store.send_due(&submit_api);
                }
                Err(_) => outcome.set(Some(false)),
            },
            Err(problems) => errors.set(problems),
        }
    };

    let error_text = move |e: FormError| match e {
        FormError::NameMissing => t_string!(i18n, fair.err_name_missing).to_string(),
        FormError::NameTooLong => t_string!(i18n, fair.err_name_long).to_string(),
        FormError::EmailMissing => t_string!(i18n, fair.err_email_missing).to_string(),
        FormError::EmailInvalid => t_string!(i18n, fair.err_email_invalid).to_string(),
        FormError::InterestInvalid => t_string!(i18n, fair.err_interest).to_string(),
        FormError::ConsentMissing => t_string!(i18n, fair.err_consent).to_string(),
    };
    // Each field's error message (translated), or None.
    let message_for = move |field: &'static str| -> Signal<Option<String>> {
        Signal::derive(move || {
            errors
                .read()
                .iter()
                .find(|e| field_of(**e) == field)
                .map(|e| error_text(*e))
        })
    };
    let name_err = message_for("signup-name");
    let email_err = message_for("signup-email");
    let interest_err = message_for("signup-interest");
    let consent_err = message_for("signup-consent");
    let consent_described = Signal::derive(move || {
        if consent_err.read().is_some() {
            "signup-privacy signup-consent-error".to_owned()
        } else {
            "signup-privacy".to_owned()
        }
    });

    view! {
        <section class="signup" aria-labelledby="signup-title">
            <h2 id="signup-title">{tx(i18n, |l| td_string!(l, fair.signup_title))}</h2>
            {move || match outcome.get() {
                Some(true) => view! {
                    <p class="signup-thanks" role="status">{tx(i18n, |l| td_string!(l, fair.signup_thanks))}</p>
                }
                    .into_any(),
                _ => {
                    let privacy = privacy.clone();
                    let privacy_lang = privacy.clone();
                    view! {
                        <p>{tx(i18n, |l| td_string!(l, fair.signup_intro))}</p>
                        <Show when=move || outcome.get() == Some(false)>
                            <p class="notice error-text" role="alert">{tx(i18n, |l| td_string!(l, fair.signup_not_saved))}</p>
                        </Show>
                        <Show when=move || !errors.read().is_empty()>
                            <p class="field-error" role="alert">
                                {txs(move || t_string!(i18n, fair.form_problems, count = errors.read().len()).to_string())}
                            </p>
                        </Show>
                        <form class="signup-form" on:submit=submit.clone() novalidate autocomplete="off">
                            {text_field(
                                "signup-name",
                                "text",
                                tx(i18n, |l| td_string!(l, fair.name_label)),
                                name,
                                name_err,
                                Callback::new(move |()| recheck(&["signup-name"])),
                                None,
                            )}
                            {text_field(
                                "signup-email",
                                "email",
                                tx(i18n, |l| td_string!(l, fair.email_label)),
                                email,
                                email_err,
                                Callback::new(move |()| recheck(&["signup-email"])),
                                Some(Callback::new(check_email)),
                            )}
                            <div class="field">
                                <label for="signup-interest">{tx(i18n, |l| td_string!(l, fair.interest_label))}</label>
                                <select
                                    id="signup-interest"
                                    prop:value=move || interest.get()
                                    on:change=move |ev| { interest.set(event_target_value(&ev)); recheck(&["signup-interest"]); }
                                    aria-invalid=invalid(interest_err)
                                    aria-describedby=described_by("signup-interest-error", interest_err)
                                >
                                    {INTERESTS
                                        .into_iter()
                                        .map(|code| view! {
                                            <option value=code selected=move || interest.get() == code>
                                                {move || interest_name(i18n, code)}
                                            </option>
                                        })
                                        .collect_view()}
                                </select>
                                {error_line("signup-interest-error", interest_err)}
                            </div>
                            <div class="field consent">
                                <input
                                    id="signup-consent"
                                    type="checkbox"
                                    prop:checked=move || consent.get()
                                    on:change=move |ev| { consent.set(event_target_checked(&ev)); recheck(&["signup-consent"]); }
                                    aria-invalid=invalid(consent_err)
                                    aria-describedby=consent_described
                                />
                                <label for="signup-consent">{tx(i18n, |l| td_string!(l, fair.consent_label))}</label>
                            </div>
                            {error_line("signup-consent-error", consent_err)}
                            <details class="privacy" id="signup-privacy" open>
                                <summary>{tx(i18n, |l| td_string!(l, fair.privacy_title))}</summary>
                                <p lang=move || privacy_lang.get_with_lang(lang.get()).1.filter(|l| *l != lang.get()).map(str::to_owned)>
                                    {move || privacy.get(lang.get()).to_owned()}
                                </p>
                            </details>
                            <button type="submit" class="big">{tx(i18n, |l| td_string!(l, fair.signup_submit))}</button>
                        </form>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// `aria-invalid` for a field with this error message.
fn invalid(message: Signal<Option<String>>) -> Signal<String> {
    Signal::derive(move || message.read().is_some().to_string())
}

/// `aria-describedby` pointing at the error line while there is one.
fn described_by(id: &'static str, message: Signal<Option<String>>) -> Signal<Option<String>> {
    Signal::derive(move || message.read().as_ref().map(|_| id.to_owned()))
}

/// The error line under a field (nothing when the field is fine).
fn error_line(id: &'static str, message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message
            .get()
            .map(|m| view! { <p id=id class="field-error">{m}</p> })
    }
}

/// A labelled text input bound to `value`, with its error line. Autocomplete is off: the next
/// visitor must not be offered this one's name or address.
fn text_field(
    id: &'static str,
    kind: &'static str,
    label: impl IntoView + 'static,
    value: RwSignal<String>,
    message: Signal<Option<String>>,
    on_input: Callback<()>,
    on_change: Option<Callback<()>>,
) -> impl IntoView {
    let error_id: &'static str = if kind == "email" {
        "signup-email-error"
    } else {
        "signup-name-error"
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type=kind
                inputmode=if kind == "email" { "email" } else { "text" }
                autocomplete="off"
                spellcheck="false"
                maxlength="240"
                prop:value=value
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    on_input.run(());
                }
                on:change=move |_| {
                    if let Some(c) = on_change {
                        c.run(());
                    }
                }
                aria-invalid=invalid(message)
                aria-describedby=described_by(error_id, message)
            />
            {error_line(error_id, message)}
        </div>
    }
}
