use crate::components::i18n_text::{tx, txs};
use crate::components::{ErrorPanel, Loading, QuizRunner};
use crate::domain::careers::IIP_CITATION;
use crate::domain::result_code;
use crate::i18n::*;
use crate::state::quiz::{self as progress_store, PROGRESS_KEY};
use crate::state::use_api;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

/// Seconds a visitor needs per item, for the time estimate on the intro screen.
const SECONDS_PER_ITEM: usize = 5;

/// `/quiz`: the interest quiz. Without `?q=` an intro (start, or continue saved progress);
/// with `?q=N` item N, one per screen. The last answer leads to `/quiz/result?r=…`.
#[component]
pub fn QuizPage() -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let query = use_query_map();
    let navigate = use_navigate();
    let quiz = LocalResource::new(move || crate::state::quiz::fetch(api.clone()));
    let running = Memo::new(move |_| query.read().get("q").is_some());

    view! {
        <Title text=move || t_string!(i18n, quiz.title)/>
        <section class="page quiz">
            <h1>{tx(i18n, |l| td_string!(l, quiz.title))}</h1>
            <Transition fallback=Loading>
                {move || {
                    let navigate = navigate.clone();
                    let running = running.get();
                    Suspend::new(async move {
                        let q = match quiz.await {
                            Err(e) => {
                                return view! { <ErrorPanel error=e on_retry=move || quiz.refetch()/> }
                                    .into_any()
                            }
                            Ok(q) => q,
                        };
                        let skipped = q.skipped.len();
                        let skipped_note = (skipped > 0)
                            .then(|| view! {
                                <p class="notice" data-testid="items-skipped">
                                    {txs(move || t_string!(i18n, quiz.items_skipped, count = skipped).to_string())}
                                </p>
                            });
                        if running {
                            let on_finish = move |profile| {
                                navigate(
                                    &format!("/quiz/result?r={}", result_code::encode(&profile)),
                                    Default::default(),
                                )
                            };
                            view! {
                                {skipped_note}
                                <QuizRunner quiz=q storage_key=PROGRESS_KEY base_path="/quiz" on_finish=on_finish/>
                            }
                                .into_any()
                        } else {
                            let count = q.items.len();
                            let minutes = (count * SECONDS_PER_ITEM).div_ceil(60);
                            let saved = progress_store::load(PROGRESS_KEY, &q);
                            let next = saved.first_open(&q);
                            let started = saved.done(&q) > 0 && next < count;
                            view! {
                                <p class="lead">{tx(i18n, |l| td_string!(l, quiz.intro))}</p>
                                {skipped_note}
                                <p class="quiz-facts" data-testid="quiz-items">
                                    {txs(move || t_string!(i18n, quiz.start_facts, count = count, minutes = minutes).to_string())}
                                </p>
                                <p>{tx(i18n, |l| td_string!(l, quiz.start_help))}</p>
                                <div class="quiz-start">
                                    {if started {
                                        view! {
                                            <A href=format!("/quiz?q={}", next + 1) attr:class="button big">
                                                {tx(i18n, |l| td_string!(l, quiz.resume))}
                                            </A>
                                            <A
                                                href="/quiz?q=1"
                                                attr:class="button secondary"
                                                on:click=move |_| progress_store::clear(PROGRESS_KEY)
                                            >
                                                {tx(i18n, |l| td_string!(l, quiz.restart))}
                                            </A>
                                        }
                                            .into_any()
                                    } else {
                                        view! {
                                            <A href="/quiz?q=1" attr:class="button big" on:click=move |_| progress_store::clear(PROGRESS_KEY)>
                                                {tx(i18n, |l| td_string!(l, quiz.start))}
                                            </A>
                                        }
                                            .into_any()
                                    }}
                                </div>
                                <p class="items-source">
                                    {tx(i18n, |l| td_string!(l, quiz.items_source))}
                                    " "
                                    <cite lang="en">{IIP_CITATION}</cite>
                                </p>
                            }
                                .into_any()
                        }
                    })
                }}
            </Transition>
        </section>
    }
}
