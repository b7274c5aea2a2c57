use super::i18n_text::tx;
use super::{ProgressBar, QuizQuestion};
use crate::domain::quiz::{Answer, Quiz};
use crate::domain::scoring::{score, Profile};
use crate::i18n::*;
use crate::state::{locale, quiz as progress_store};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Runs the quiz one item per screen. The position is the `q` query parameter (1-based) of
/// `base_path`, so the back button and a reload work; answers are kept in session storage
/// under `storage_key`. Answering (or skipping) the last item calls `on_finish` with the scores.
#[component]
pub fn QuizRunner(
    /// The quiz.
    quiz: Quiz,
    /// Session-storage key for the answers.
    storage_key: &'static str,
    /// Path of the page the quiz runs on (`/quiz`, `/fair`).
    base_path: &'static str,
    /// Replace the history entry instead of adding one (fair mode keeps no history).
    #[prop(optional)]
    replace: bool,
    /// Called with the scores when the last item has an answer.
    #[prop(into)]
    on_finish: Callback<Profile>,
) -> impl IntoView {
    // No "new version — reload" prompt while someone is answering.
    crate::state::pwa::busy_while_mounted();
    let i18n = use_i18n();
    let lang = locale::lang_signal();
    let query = use_query_map();
    let navigate = use_navigate();
    let total = quiz.items.len();
    let progress = RwSignal::new(progress_store::load(storage_key, &quiz));
    let quiz = StoredValue::new(quiz);

    // 1-based position from the URL, kept inside the quiz.
    let position = Memo::new(move |_| {
        query
            .read()
            .get("q")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, total)
    });
    let item = Memo::new(move |_| quiz.with_value(|q| q.items[position.get() - 1].clone()));

    let go = {
        let navigate = navigate.clone();
        move |path: String| {
            navigate(
                &path,
                NavigateOptions {
                    replace,
                    ..Default::default()
                },
            )
        }
    };
    let answer = {
        let go = go.clone();
        move |a: Answer| {
            let index = position.get_untracked() - 1;
            let id = item.with_untracked(|i| i.id.clone());
            progress.update(|p| p.set(&id, a));
            // Not being able to save only matters for a reload; the quiz goes on.
            let _ = progress.with_untracked(|p| progress_store::save(storage_key, p));
            if index + 1 < total {
                go(format!("{base_path}?q={}", index + 2));
            } else {
                let profile = quiz.with_value(|q| progress.with_untracked(|p| score(q, p)));
                on_finish.run(profile);
            }
        }
    };
    let skip = {
        let answer = answer.clone();
        move |_| answer(Answer::Skipped)
    };
    let back = move |_| {
        let index = position.get_untracked() - 1;
        if index == 0 {
            go(base_path.to_owned());
        } else {
            go(format!("{base_path}?q={index}"));
        }
    };

    view! {
        <div class="quiz-runner">
            <ProgressBar
                value=position
                max=Signal::derive(move || total)
                label=Signal::derive(move || t_string!(i18n, quiz.progress_label).to_string())
                text=Signal::derive(move || {
                    t_string!(i18n, quiz.progress, current = position.get(), total = total).to_string()
                })
            />
            <QuizQuestion
                item_id=Signal::derive(move || item.read().id.clone())
                text=Signal::derive(move || item.read().text.get(lang.get()).to_owned())
                text_lang=Signal::derive(move || {
                    let l = lang.get();
                    item.read().text.get_with_lang(l).1.filter(|t| *t != l).map(str::to_owned)
                })
                project=Signal::derive(move || item.read().set == crate::domain::quiz::ItemSet::Project)
                current=Signal::derive(move || { let id = item.read().id.clone(); progress.read().get(&id) })
                on_answer=Callback::new(answer)
            />
            <div class="quiz-nav">
                <button type="button" class="secondary" on:click=back>
                    {tx(i18n, |l| td_string!(l, quiz.back))}
                </button>
                <button type="button" class="secondary" on:click=skip>
                    {tx(i18n, |l| td_string!(l, quiz.skip))}
                </button>
            </div>
        </div>
    }
}
