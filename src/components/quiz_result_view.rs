use super::i18n_text::{tx, txs};
use super::riasec_text::type_name;
use super::{CareerCard, ErrorPanel, Loading, QrCode, ScoreChart};
use crate::api::CatalogueQuery;
use crate::domain::careers::ONET_ATTRIBUTION;
use crate::domain::result_code;
use crate::domain::scoring::{explain, rank, Profile};
use crate::domain::text::LocalisedText;
use crate::i18n::*;
use crate::state::use_api;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// How many careers the result lists.
pub const TOP_CAREERS: usize = 6;

/// The absolute URL of a result (what the QR code holds).
pub fn result_url(profile: &Profile) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}/quiz/result?r={}", result_code::encode(profile))
}

/// A quiz result: the six scores (chart and table), the best-matching careers with why they
/// match, their VET routes and courses, the QR hand-off and the data sources. Used by
/// `/quiz/result` and by fair mode.
#[component]
pub fn QuizResultView(
    /// The learner's scores.
    profile: Profile,
    /// Fair mode: no links away from the kiosk; the QR code is the way to take the result along.
    #[prop(default = false)]
    fair: bool,
    /// Shown after the hand-off, before the sources (retake link, sign-up form).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let careers = LocalResource::new({
        let api = api.clone();
        move || {
            let api = api.clone();
            async move { api.careers().await }
        }
    });
    // Course titles come from the catalogue; if it cannot be loaded the careers document's
    // fallback labels are used, so this never blocks the result.
    let catalogue = LocalResource::new(move || {
        let api = api.clone();
        async move {
            api.catalogue(&CatalogueQuery {
                per_page: 100,
                ..Default::default()
            })
            .await
        }
    });
    let url = result_url(&profile);
    let strongest = move || {
        let names: Vec<String> = profile
            .holland_code()
            .iter()
            .map(|t| type_name(i18n, *t))
            .collect();
        t_string!(i18n, quiz.strongest, types = names.join(", ")).to_string()
    };
    let flat = profile.is_flat();

    view! {
        <p class="lead">{tx(i18n, |l| td_string!(l, quiz.result_intro))}</p>
        <section class="result-scores" aria-labelledby="scores-title">
            <h2 id="scores-title">{tx(i18n, |l| td_string!(l, quiz.scores_title))}</h2>
            <p class="strongest" data-testid="holland-code" data-code=profile.holland_letters()>{strongest}</p>
            <ScoreChart profile=profile/>
        </section>
        <section class="result-careers" aria-labelledby="careers-title">
            <h2 id="careers-title">{tx(i18n, |l| td_string!(l, quiz.careers_title))}</h2>
            {flat.then(|| view! { <p class="notice">{tx(i18n, |l| td_string!(l, quiz.flat_note))}</p> })}
            <Transition fallback=Loading>
                {move || Suspend::new(async move {
                    let doc = match careers.await {
                        Err(e) => {
                            return view! { <ErrorPanel error=e on_retry=move || careers.refetch()/> }
                                .into_any()
                        }
                        Ok(doc) => doc,
                    };
                    let mut titles: BTreeMap<String, LocalisedText> = doc.catalogue_titles.clone();
                    if let Ok(list) = catalogue.await {
                        for e in list.entries {
                            if !e.title.is_empty() {
                                titles.insert(e.id.clone(), e.title.clone());
                            }
                        }
                    }
                    let titles = Arc::new(titles);
                    let skipped = doc.skipped_careers();
                    let ranking = rank(&profile, &doc.careers);
                    let cards = ranking
                        .matches
                        .iter()
                        .take(TOP_CAREERS)
                        .enumerate()
                        .map(|(i, m)| {
                            let career = doc.careers[m.index].clone();
                            let why = explain(&profile, &career.profile);
                            view! { <CareerCard career=career why=why rank=i + 1 titles=titles.clone() links=!fair/> }
                        })
                        .collect_view();
                    view! {
                        {(skipped > 0).then(|| view! {
                            <p class="notice" data-testid="careers-skipped">
                                {txs(move || t_string!(i18n, quiz.careers_skipped, count = skipped).to_string())}
                            </p>
                        })}
                        {doc.careers.is_empty().then(|| view! { <p class="notice">{tx(i18n, |l| td_string!(l, quiz.no_careers))}</p> })}
                        <ol class="career-list">{cards}</ol>
                        <p class="vet-note">{tx(i18n, |l| td_string!(l, quiz.vet_note))}</p>
                    }
                        .into_any()
                })}
            </Transition>
        </section>
        <section class="handoff" aria-labelledby="handoff-title">
            <h2 id="handoff-title">{tx(i18n, |l| td_string!(l, quiz.handoff_title))}</h2>
            <p>{tx(i18n, |l| td_string!(l, quiz.handoff_text))}</p>
            <QrCode
                data=url.clone()
                label=Signal::derive(move || t_string!(i18n, quiz.qr_label).to_string())
                size=if fair { 280 } else { 220 }
            />
            <p class="result-link">
                <span>{tx(i18n, |l| td_string!(l, quiz.link_label))}": "</span>
                {if fair {
                    view! { <span class="url" data-testid="result-url">{url.clone()}</span> }.into_any()
                } else {
                    view! { <a href=url.clone() data-testid="result-url">{url.clone()}</a> }.into_any()
                }}
            </p>
        </section>
        {children.map(|c| c())}
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{tx(i18n, |l| td_string!(l, quiz.sources_title))}</h2>
            <p>{tx(i18n, |l| td_string!(l, quiz.sources_text))}</p>
            <p lang="en">{tx(i18n, |l| td_string!(l, common.esco_attribution))}</p>
            <p lang="en">{ONET_ATTRIBUTION}</p>
        </section>
    }
}
