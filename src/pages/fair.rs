use crate::components::i18n_text::tx;
use crate::components::{
    ErrorPanel, IdleGuard, LanguagePicker, Loading, QuizResultView, QuizRunner, SignupForm,
    StaffPanel, StaffPin,
};
use crate::domain::careers::IIP_CITATION;
use crate::domain::result_code;
use crate::domain::scoring::{rank, Profile};
use crate::domain::tally::area_key;
use crate::i18n::*;
use crate::state::fair::{use_kiosk, FairStore};
use crate::state::quiz::{self as progress_store, FAIR_PROGRESS_KEY};
use crate::state::{locale, storage, use_api};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Which screen of the kiosk is showing, from the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Screen {
    /// `/fair`: the attract screen.
    Attract,
    /// `/fair?q=N`: the quiz.
    Quiz,
    /// `/fair?r=CODE`: the visitor's result.
    Result(String),
}

/// The staff part of the attract screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Staff {
    Closed,
    Pin,
    Open,
}

/// `/fair`: kiosk mode for career fairs on a shared tablet. An attract screen (big start,
/// language picker), the quiz, the result with its QR hand-off and an optional sign-up, then
/// back to the start. Idle visitors are asked "Still there?" and then cleared. Staff open a
/// screen behind a PIN with tallies and the sign-up queue. Navigation replaces the history
/// entry, so the back button never shows a previous visitor's result.
#[component]
pub fn FairPage() -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let fair = api.config().fair.clone();
    let default_lang = fair.default_locale.clone();
    let lang = locale::lang_signal();

    // The app's chrome steps aside while the kiosk is shown.
    let kiosk = use_kiosk();
    kiosk.0.set(true);
    on_cleanup(move || {
        kiosk.0.set(false);
        // back in the normal app: the learner's own saved language, if any
        if let Some(saved) = storage::get(storage::keys::LANGUAGE) {
            locale::apply(i18n, &saved);
        }
    });

    let store = FairStore::load();
    provide_context(store);
    store.run_sender(api.clone());

    let query = use_query_map();
    let navigate = use_navigate();
    let screen = Memo::new(move |_| {
        let q = query.read();
        match (q.get("r"), q.get("q")) {
            (Some(r), _) => Screen::Result(r),
            (None, Some(_)) => Screen::Quiz,
            _ => Screen::Attract,
        }
    });
    // A fresh kiosk starts in the fair's language.
    if screen.get_untracked() == Screen::Attract {
        locale::apply(i18n, &default_lang);
    }
    let staff = RwSignal::new(Staff::Closed);

    let go = {
        let navigate = navigate.clone();
        move |path: &str| {
            navigate(
                path,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            )
        }
    };
    // Everything about the visitor goes: answers, result (it is only in the URL), sign-up form
    // (unmounted), staff screen, and the language returns to the fair default.
    let reset = {
        let go = go.clone();
        let default_lang = default_lang.clone();
        move || {
            progress_store::clear(FAIR_PROGRESS_KEY);
            staff.set(Staff::Closed);
            locale::apply(i18n, &default_lang);
            go("/fair");
        }
    };

    let quiz = LocalResource::new({
        let api = api.clone();
        move || crate::state::quiz::fetch(api.clone())
    });
    let careers = LocalResource::new({
        let api = api.clone();
        move || {
            let api = api.clone();
            async move { api.careers().await }
        }
    });

    let idle_active = {
        let default_lang = default_lang.clone();
        Signal::derive(move || {
            screen.get() != Screen::Attract
                || staff.get() != Staff::Closed
                || lang.get() != default_lang
        })
    };

    let attract = {
        let go = go.clone();
        let pin = fair.staff_pin.clone();
        move || {
            let go = go.clone();
            let pin = pin.clone();
            view! {
                <div class="fair-attract">
                    <h1>{tx(i18n, |l| td_string!(l, fair.title))}</h1>
                    <p class="lead">{tx(i18n, |l| td_string!(l, fair.intro))}</p>
                    <button
                        type="button"
                        class="fair-start"
                        on:click=move |_| {
                            progress_store::clear(FAIR_PROGRESS_KEY);
                            go("/fair?q=1");
                        }
                    >
                        {tx(i18n, |l| td_string!(l, fair.start))}
                    </button>
                    <LanguagePicker remember=false class="kiosk"/>
                    <Show when=move || !store.alerts.read().is_empty()>
                        <p class="notice" role="status">{tx(i18n, |l| td_string!(l, fair.staff_alert))}</p>
                    </Show>
                    <p class="items-source small">
                        {tx(i18n, |l| td_string!(l, quiz.items_source))}
                        " "
                        <cite lang="en">{IIP_CITATION}</cite>
                    </p>
                    {move || match staff.get() {
                        Staff::Closed => view! {
                            <button type="button" class="secondary staff-open" on:click=move |_| staff.set(Staff::Pin)>
                                {tx(i18n, |l| td_string!(l, fair.staff_open))}
                            </button>
                        }
                            .into_any(),
                        Staff::Pin => view! {
                            <StaffPin
                                pin=pin.clone()
                                on_open=move || staff.set(Staff::Open)
                                on_cancel=move || staff.set(Staff::Closed)
                            />
                        }
                            .into_any(),
                        Staff::Open => view! { <StaffPanel on_close=move || staff.set(Staff::Closed)/> }.into_any(),
                    }}
                </div>
            }
        }
    };

    let quiz_screen = {
        let go = go.clone();
        move || {
            let go = go.clone();
            Suspend::new(async move {
                match quiz.await {
                    Err(e) => view! {
                        <h1>{tx(i18n, |l| td_string!(l, quiz.title))}</h1>
                        <ErrorPanel error=e on_retry=move || quiz.refetch()/>
                    }
                    .into_any(),
                    Ok(q) => {
                        let on_finish = move |profile: Profile| {
                            // anonymous tally: date, language, area of the top career
                            let area =
                                careers
                                    .get_untracked()
                                    .and_then(|r| r.ok())
                                    .and_then(|doc| {
                                        rank(&profile, &doc.careers)
                                            .matches
                                            .first()
                                            .map(|m| doc.careers[m.index].area)
                                    });
                            store.record_tally(lang.get_untracked(), area);
                            go(&format!("/fair?r={}", result_code::encode(&profile)));
                        };
                        view! {
                            <h1 class="fair-quiz-title">{tx(i18n, |l| td_string!(l, quiz.title))}</h1>
                            <QuizRunner
                                quiz=q
                                storage_key=FAIR_PROGRESS_KEY
                                base_path="/fair"
                                replace=true
                                on_finish=on_finish
                            />
                        }
                        .into_any()
                    }
                }
            })
        }
    };

    let result_screen = {
        let reset = reset.clone();
        move |code: String| {
            let reset = reset.clone();
            match result_code::decode(&code) {
                Err(_) => view! {
                    <h1>{tx(i18n, |l| td_string!(l, quiz.result_title))}</h1>
                    <p class="notice" role="alert">{tx(i18n, |l| td_string!(l, quiz.bad_code))}</p>
                    <button type="button" class="big" on:click=move |_| reset()>{tx(i18n, |l| td_string!(l, fair.done))}</button>
                }
                    .into_any(),
                Ok(profile) => {
                    let interest = Suspend::new(async move {
                        let area = careers.await.ok().and_then(|doc| {
                            rank(&profile, &doc.careers)
                                .matches
                                .first()
                                .map(|m| doc.careers[m.index].area)
                        });
                        view! { <SignupForm default_interest=area_key(area)/> }
                    });
                    view! {
                        <h1>{tx(i18n, |l| td_string!(l, quiz.result_title))}</h1>
                        <QuizResultView profile=profile fair=true>
                            <Suspense fallback=Loading>{interest}</Suspense>
                            <p class="fair-done">
                                <button type="button" class="big" on:click=move |_| reset()>{tx(i18n, |l| td_string!(l, fair.done))}</button>
                            </p>
                        </QuizResultView>
                    }
                        .into_any()
                }
            }
        }
    };

    view! {
        <Title text=move || t_string!(i18n, fair.title)/>
        <section class="page fair">
            {move || match screen.get() {
                Screen::Attract => attract().into_any(),
                Screen::Quiz => {
                    let quiz_screen = quiz_screen.clone();
                    view! { <Transition fallback=Loading>{quiz_screen}</Transition> }.into_any()
                }
                Screen::Result(code) => result_screen(code),
            }}
            <IdleGuard
                idle_seconds=fair.idle_seconds
                prompt_seconds=fair.prompt_seconds
                active=idle_active
                on_reset=move || reset()
            />
        </section>
    }
}
