use crate::components::{Icon, IconName};
use crate::i18n::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// `/`: three big entry points.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, common.tagline)/>
        <section class="page home">
            <h1>{t!(i18n, common.home_title)}</h1>
            <p class="lead">{t!(i18n, common.home_intro)}</p>
            <ul class="entry-points">
                <li>
                    <A href="/catalogue" attr:class="entry-point">
                        <Icon name=IconName::Catalogue/>
                        <span class="entry-title">{t!(i18n, common.home_catalogue_title)}</span>
                        <span class="entry-text">{t!(i18n, common.home_catalogue_text)}</span>
                    </A>
                </li>
                <li>
                    <A href="/quiz" attr:class="entry-point">
                        <Icon name=IconName::Quiz/>
                        <span class="entry-title">{t!(i18n, common.home_quiz_title)}</span>
                        <span class="entry-text">{t!(i18n, common.home_quiz_text)}</span>
                    </A>
                </li>
                <li>
                    <A href="/wallet" attr:class="entry-point">
                        <Icon name=IconName::Wallet/>
                        <span class="entry-title">{t!(i18n, common.home_wallet_title)}</span>
                        <span class="entry-text">{t!(i18n, common.home_wallet_text)}</span>
                    </A>
                </li>
            </ul>
            <p class="fair-link">
                <A href="/fair">{t!(i18n, common.home_fair_link)}</A>
            </p>
        </section>
    }
}
