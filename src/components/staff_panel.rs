use super::i18n_text::{tx, txs};
use super::riasec_text::area_name;
use super::CsvDownload;
use crate::domain::locale::endonym;
use crate::domain::signup;
use crate::i18n::*;
use crate::state::fair::{today_local, FairStore, StaffAlert};
use crate::state::{locale, use_api};
use leptos::prelude::*;
use leptos_router::components::A;

/// What the staff screen is asking to confirm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Confirm {
    ClearTallies,
    ClearSignups,
}

/// The staff screen (behind the PIN): storage alerts, the anonymous tallies with CSV export
/// and clearing (confirmed), and the sign-ups waiting on the device with retry and export.
#[component]
pub fn StaffPanel(
    /// Back to the start screen.
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = locale::lang_signal();
    let store = expect_context::<FairStore>();
    let api = use_api();
    let enabled = api.config().fair.signups_enabled;
    let confirm = RwSignal::new(None::<Confirm>);

    let alerts = move || {
        store
            .alerts
            .get()
            .into_iter()
            .map(|a| {
                let text = move || match a {
                    StaffAlert::StorageFull => t_string!(i18n, fair.alert_storage_full).to_string(),
                    StaffAlert::StorageUnavailable => {
                        t_string!(i18n, fair.alert_storage_unavailable).to_string()
                    }
                    StaffAlert::UnreadableSignups(n) => {
                        t_string!(i18n, fair.alert_unreadable_signups, count = n).to_string()
                    }
                    StaffAlert::UnreadableTallies => {
                        t_string!(i18n, fair.alert_unreadable_tallies).to_string()
                    }
                };
                view! { <li>{text}</li> }
            })
            .collect_view()
    };
    let total = move || store.tallies.with(|t| t.total());
    let rows = move || {
        store.tallies.with(|t| {
            t.rows
                .iter()
                .map(|r| {
                    let date = parse_date(&r.date)
                        .map(|d| locale::format_date(d, lang.get()))
                        .unwrap_or_else(|| r.date.clone());
                    let area = r.area.clone();
                    view! {
                        <tr>
                            <td>{date}</td>
                            <td lang=r.lang.clone()>{endonym(&r.lang)}</td>
                            <td>{move || area_name(i18n, &area)}</td>
                            <td class="num">{r.count}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let pending = move || store.queue.with(|q| q.len());
    let last_error = move || {
        store
            .queue
            .with(|q| q.items.iter().rev().find_map(|i| i.last_error.clone()))
    };
    let any_held = move || {
        store
            .queue
            .with(|q| q.items.iter().any(|i| i.held.is_some()))
    };
    let retry_api = api.clone();

    let confirm_view = move || {
        confirm.get().map(|what| {
            let text = move || match what {
                Confirm::ClearTallies => {
                    t_string!(i18n, fair.clear_tallies_confirm, count = total()).to_string()
                }
                Confirm::ClearSignups => {
                    t_string!(i18n, fair.clear_signups_confirm, count = pending()).to_string()
                }
            };
            view! {
                <div class="confirm card" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{text}</p>
                    <div class="form-actions">
                        <button
                            type="button"
                            class="danger"
                            on:click=move |_| {
                                match what {
                                    Confirm::ClearTallies => store.clear_tallies(),
                                    Confirm::ClearSignups => store.clear_signups(),
                                }
                                confirm.set(None);
                            }
                        >
                            {tx(i18n, |l| td_string!(l, fair.confirm_yes))}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| confirm.set(None)>
                            {tx(i18n, |l| td_string!(l, fair.confirm_no))}
                        </button>
                    </div>
                </div>
            }
        })
    };

    view! {
        <section class="staff-panel" aria-labelledby="staff-title">
            <h2 id="staff-title">{tx(i18n, |l| td_string!(l, fair.staff_title))}</h2>
            <Show when=move || !store.alerts.read().is_empty()>
                <ul class="staff-alerts notice" role="alert">{alerts}</ul>
            </Show>
            {confirm_view}

            <h3>{tx(i18n, |l| td_string!(l, fair.tallies_title))}</h3>
            <p data-testid="tallies-total">{txs(move || t_string!(i18n, fair.tallies_total, count = total()).to_string())}</p>
            <Show
                when=move || total() != 0
                fallback=move || view! { <p>{tx(i18n, |l| td_string!(l, fair.no_tallies))}</p> }
            >
                <div class="table-scroll">
                    <table class="tallies">
                        <caption>{tx(i18n, |l| td_string!(l, fair.tallies_caption))}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tx(i18n, |l| td_string!(l, fair.col_date))}</th>
                                <th scope="col">{tx(i18n, |l| td_string!(l, fair.col_language))}</th>
                                <th scope="col">{tx(i18n, |l| td_string!(l, fair.col_area))}</th>
                                <th scope="col">{tx(i18n, |l| td_string!(l, fair.col_count))}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
            <div class="form-actions">
                <CsvDownload
                    csv=Signal::derive(move || store.tallies.with(|t| t.to_csv()))
                    filename=Signal::derive(move || format!("carewise-tallies-{}.csv", today_local()))
                >
                    {tx(i18n, |l| td_string!(l, fair.export_tallies))}
                </CsvDownload>
                <button
                    type="button"
                    class="secondary"
                    disabled=move || total() == 0
                    on:click=move |_| confirm.set(Some(Confirm::ClearTallies))
                >
                    {tx(i18n, |l| td_string!(l, fair.clear_tallies))}
                </button>
            </div>

            <h3>{tx(i18n, |l| td_string!(l, fair.signups_title))}</h3>
            <p data-testid="signups-pending" aria-live="polite">
                {txs(move || t_string!(i18n, fair.signups_pending, count = pending()).to_string())}
            </p>
            <p>
                {if enabled {
                    tx(i18n, |l| td_string!(l, fair.signups_enabled)).into_any()
                } else {
                    tx(i18n, |l| td_string!(l, fair.signups_disabled)).into_any()
                }}
            </p>
            {move || last_error().map(|e| view! { <p class="muted">{t_string!(i18n, fair.last_error, error = e.clone()).to_string()}</p> })}
            <Show when=any_held>
                <p class="notice">{tx(i18n, |l| td_string!(l, fair.held_note))}</p>
            </Show>
            <div class="form-actions">
                {enabled.then(|| {
                    let api = retry_api.clone();
                    view! {
                        <button type="button" disabled=move || pending() == 0 on:click=move |_| store.retry_now(&api)>
                            {tx(i18n, |l| td_string!(l, fair.retry_now))}
                        </button>
                    }
                })}
                <CsvDownload
                    csv=Signal::derive(move || store.queue.with(signup::to_csv))
                    filename=Signal::derive(move || format!("carewise-signups-{}.csv", today_local()))
                >
                    {tx(i18n, |l| td_string!(l, fair.export_signups))}
                </CsvDownload>
                <button
                    type="button"
                    class="secondary"
                    disabled=move || pending() == 0
                    on:click=move |_| confirm.set(Some(Confirm::ClearSignups))
                >
                    {tx(i18n, |l| td_string!(l, fair.clear_signups))}
                </button>
            </div>

            <div class="form-actions staff-exit">
                <button type="button" on:click=move |_| on_close.run(())>
                    {tx(i18n, |l| td_string!(l, fair.staff_close))}
                </button>
                <A href="/" attr:class="button secondary">{tx(i18n, |l| td_string!(l, fair.leave_fair))}</A>
            </div>
        </section>
    }
}

/// `YYYY-MM-DD` → date (without chrono's format parser, which is large in WebAssembly).
fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    let mut parts = s.splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}
