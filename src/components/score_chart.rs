use super::i18n_text::tx;
use super::riasec_text::{type_activity, type_name};
use crate::domain::quiz::Riasec;
use crate::domain::scoring::Profile;
use crate::i18n::*;
use leptos::prelude::*;

const ROW: u32 = 40;
const LABEL_W: u32 = 150;
const BAR_W: u32 = 190;

/// The learner's six interest scores as a bar chart (SVG, `role="img"`) followed by a table
/// with the same figures, for screen readers and for anyone who prefers numbers.
#[component]
pub fn ScoreChart(
    /// The six scores.
    profile: Profile,
) -> impl IntoView {
    let i18n = use_i18n();
    let height = ROW * 6;
    let view_box = format!("0 0 {} {height}", LABEL_W + BAR_W + 40);
    let bars = Riasec::ALL
        .iter()
        .enumerate()
        .map(|(row, &t)| {
            let y = row as u32 * ROW;
            let score = profile.get(t);
            let width = score.map(|s| u32::from(s) * BAR_W / 100).unwrap_or(0);
            let value = score.map(|s| s.to_string()).unwrap_or_else(|| "–".into());
            view! {
                <g class=format!("bar bar-{}", t.letter().to_ascii_lowercase())>
                    <text x="0" y=y + 25 class="bar-label">{move || type_name(i18n, t)}</text>
                    <rect x=LABEL_W y=y + 8 width=BAR_W height="24" rx="4" class="bar-track"></rect>
                    <rect x=LABEL_W y=y + 8 width=width height="24" rx="4" class="bar-fill"></rect>
                    <text x=LABEL_W + BAR_W + 8 y=y + 25 class="bar-value">{value}</text>
                </g>
            }
        })
        .collect_view();
    let rows = Riasec::ALL
        .iter()
        .map(|&t| {
            let score = profile.get(t);
            view! {
                <tr>
                    <th scope="row">
                        {move || type_name(i18n, t)}
                        <span class="type-activity">{move || type_activity(i18n, t)}</span>
                    </th>
                    <td data-type=t.letter().to_string()>
                        {move || match score {
                            Some(s) => s.to_string(),
                            None => t_string!(i18n, quiz.no_score).to_string(),
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="score-chart">
            <svg
                role="img"
                viewBox=view_box
                aria-label=move || t_string!(i18n, quiz.chart_label).to_string()
                preserveAspectRatio="xMinYMin meet"
            >
                {bars}
            </svg>
        </figure>
        <table class="score-table">
            <caption>{tx(i18n, |l| td_string!(l, quiz.table_caption))}</caption>
            <thead>
                <tr>
                    <th scope="col">{tx(i18n, |l| td_string!(l, quiz.col_type))}</th>
                    <th scope="col">{tx(i18n, |l| td_string!(l, quiz.col_score))}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
