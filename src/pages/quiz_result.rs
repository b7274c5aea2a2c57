use crate::i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/quiz/result`: scores, matching careers and the QR hand-off.
#[component]
pub fn QuizResultPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, quiz.result_title)/>
        <section class="page quiz-result">
            <h1>{t!(i18n, quiz.result_title)}</h1>
        </section>
    }
}
