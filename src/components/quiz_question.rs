use super::i18n_text::tx;
use super::riasec_text::answer_label;
use crate::domain::quiz::Answer;
use crate::i18n::*;
use leptos::html;
use leptos::prelude::*;

/// One quiz item: the activity as a heading and five big answer buttons from "dislike a lot" to
/// "like a lot" (a labelled group; the chosen one is `aria-pressed`). The heading takes focus
/// when the item changes, so screen readers read the new activity.
#[component]
pub fn QuizQuestion(
    /// Id of the item (changes when the next item is shown).
    #[prop(into)]
    item_id: Signal<String>,
    /// The activity in the UI language.
    #[prop(into)]
    text: Signal<String>,
    /// The language the text is in, when it is not the UI language.
    #[prop(into)]
    text_lang: Signal<Option<String>>,
    /// True for a project-written item (shown with a note).
    #[prop(into)]
    project: Signal<bool>,
    /// The answer given earlier, if any.
    #[prop(into)]
    current: Signal<Option<Answer>>,
    /// Called with the chosen answer.
    #[prop(into)]
    on_answer: Callback<Answer>,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = NodeRef::<html::H2>::new();
    // Move focus to the new activity (not on the very first render, which would steal focus
    // from wherever the visitor is).
    Effect::new(move |prev: Option<String>| {
        let id = item_id.get();
        if prev.is_some_and(|p| p != id) {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
        id
    });
    view! {
        <div class="quiz-question">
            <p class="quiz-stem" id="quiz-stem">{tx(i18n, |l| td_string!(l, quiz.stem))}</p>
            <h2 id="quiz-item" class="quiz-item" tabindex="-1" node_ref=heading lang=move || text_lang.get()>
                {move || text.get()}
            </h2>
            <Show when=move || project.get()>
                <p class="quiz-set-note">{tx(i18n, |l| td_string!(l, quiz.set_project))}</p>
            </Show>
            <div class="answers" role="group" aria-labelledby="quiz-stem quiz-item">
                {(1..=5u8)
                    .map(|rating| {
                        let pressed = move || current.get() == Some(Answer::Rated(rating));
                        view! {
                            <button
                                type="button"
                                class=format!("answer answer-{rating}")
                                aria-pressed=move || pressed().to_string()
                                on:click=move |_| on_answer.run(Answer::Rated(rating))
                            >
                                <span class="answer-dot" aria-hidden="true"></span>
                                {move || answer_label(i18n, rating)}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </div>
    }
}
