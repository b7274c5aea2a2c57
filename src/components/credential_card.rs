use crate::components::wallet_text::show_date;
use crate::components::CredentialVerdict;
use crate::domain::wallet::record::Record;
use crate::i18n::*;
use crate::state::verification::Verification;
use crate::state::wallet::Wallet;
use leptos::prelude::*;
use leptos_router::components::A;

/// One credential in the wallet list: title (a link to its page), awarding body, date,
/// ECTS / EQF, and the verdict (symbol and words, qualified when the issuer is not on the
/// trusted list). The verdict is read from [`Wallet::verdicts`] and the verifier's report, and
/// exposed as `data-verdict` on the card.
#[component]
pub fn CredentialCard(
    /// The credential.
    record: Record,
    /// The wallet (for the verdict).
    wallet: Wallet,
    /// The verification reports (for the issuer check behind the verdict).
    verification: Verification,
    /// Called when the learner asks to delete it (the page confirms).
    #[prop(into)]
    on_delete: Callback<Record>,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = record.key.clone();
    let verdict = Memo::new({
        let key = key.clone();
        move |_| wallet.verdict(&key)
    });
    let issuer_check =
        Memo::new(move |_| verification.reports.with(|r| r.get(&key).map(|r| r.issuer)));
    let v = record.view.clone();
    let href = format!("/wallet/{}", record.slug);
    let title = v
        .title
        .clone()
        .unwrap_or_else(|| t_string!(i18n, wallet.untitled).to_string());
    let issuer = v.issuer.name.clone().or(v.issuer.id.clone());
    // formatted when shown, so the date follows a language switch
    let issued = v.issued.clone();
    let ects = v.ects.clone();
    let eqf = v.eqf.clone();
    let image = v.image.clone();
    let seal = v.seal_not_checked;
    let rec = record.clone();
    view! {
        <li>
            <article class="card credential-card" data-verdict=move || verdict.get().as_str() data-slug=record.slug.clone()>
                {image.map(|src| view! { <BadgeImage src=src size=56/> })}
                <div class="credential-text">
                    <h3 class="credential-title"><A href=href>{title}</A></h3>
                    {issuer.map(|i| view! { <p class="issuer">{i}</p> })}
                    <p class="facts">
                        {issued.map(|iso| view! { <span>{t!(i18n, wallet.issued_on, date = move || show_date(&iso))}</span> })}
                        {ects.map(|n| view! { <span>{t!(i18n, wallet.ects, n = n.clone())}</span> })}
                        {eqf.map(|l| view! { <span>{t!(i18n, wallet.eqf, level = l.clone())}</span> })}
                    </p>
                    <CredentialVerdict verdict=verdict issuer=issuer_check/>
                    {seal.then(|| view! { <p class="seal-note">{t!(i18n, wallet.seal_not_checked)}</p> })}
                </div>
                <button type="button" class="secondary delete" on:click=move |_| on_delete.run(rec.clone())>
                    {t!(i18n, wallet.delete)}
                </button>
            </article>
        </li>
    }
}

/// A credential's picture (an issuer's URL, or a `data:image` one). Removed when it cannot be
/// loaded, as happens offline or when the issuer's host is gone, instead of a broken image.
#[component]
pub fn BadgeImage(
    /// The image URL (already checked to be http(s) or `data:image`).
    src: String,
    /// Width and height in CSS pixels.
    size: u32,
    /// The larger picture of the credential page.
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let failed = RwSignal::new(false);
    move || {
        (!failed.get()).then(|| {
            view! {
                <img class="badge-image" class:large=large src=src.clone() alt="" width=size height=size
                    loading="lazy" referrerpolicy="no-referrer" on:error=move |_| failed.set(true)/>
            }
        })
    }
}
