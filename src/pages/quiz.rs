use crate::components::{ErrorPanel, Loading};
use crate::i18n::*;
use crate::state::use_api;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/quiz`: the interest quiz, one item per screen.
#[component]
pub fn QuizPage() -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let quiz = LocalResource::new(move || {
        let api = api.clone();
        async move { api.quiz().await }
    });
    view! {
        <Title text=move || t_string!(i18n, quiz.title)/>
        <section class="page quiz">
            <h1>{t!(i18n, quiz.title)}</h1>
            <p class="lead">{t!(i18n, quiz.intro)}</p>
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    match quiz.await {
                        Err(e) => view! { <ErrorPanel error=e on_retry=move || quiz.refetch()/> }.into_any(),
                        Ok(q) => view! { <p data-testid="quiz-items">{q.items.len()}</p> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
