use crate::components::i18n_text::tx;
use crate::components::QuizResultView;
use crate::domain::result_code;
use crate::i18n::*;
use crate::state::quiz::{self as progress_store, PROGRESS_KEY};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// `/quiz/result?r=…`: the result encoded in the URL (see [`result_code`]), so the same link
/// (or its QR code) shows the same result on any device without retaking the quiz.
#[component]
pub fn QuizResultPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let code = Memo::new(move |_| query.read().get("r"));
    let retake = move || {
        view! {
            <p class="result-actions">
                <A href="/quiz" attr:class="button" on:click=move |_| progress_store::clear(PROGRESS_KEY)>
                    {tx(i18n, |l| td_string!(l, quiz.retake))}
                </A>
            </p>
        }
    };
    view! {
        <Title text=move || t_string!(i18n, quiz.result_title)/>
        <section class="page quiz-result">
            <h1>{tx(i18n, |l| td_string!(l, quiz.result_title))}</h1>
            {move || match code.get().map(|c| result_code::decode(&c)) {
                None => view! {
                    <p class="lead">{tx(i18n, |l| td_string!(l, quiz.no_result))}</p>
                    <p><A href="/quiz" attr:class="button">{tx(i18n, |l| td_string!(l, quiz.take_quiz))}</A></p>
                }
                    .into_any(),
                Some(Err(_)) => view! {
                    <p class="notice" role="alert">{tx(i18n, |l| td_string!(l, quiz.bad_code))}</p>
                    <p><A href="/quiz" attr:class="button">{tx(i18n, |l| td_string!(l, quiz.take_quiz))}</A></p>
                }
                    .into_any(),
                Some(Ok(profile)) => view! {
                    <QuizResultView profile=profile>{retake()}</QuizResultView>
                }
                    .into_any(),
            }}
        </section>
    }
}
