use super::{Icon, IconName};
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

/// Main navigation: a bottom bar on phones, a top bar on wide screens (CSS decides).
#[component]
pub fn NavBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="main-nav" aria-label=move || t_string!(i18n, common.nav_label)>
            <ul>
                <li>
                    <A href="/" exact=true>
                        <Icon name=IconName::Home/>
                        <span>{t!(i18n, common.nav_home)}</span>
                    </A>
                </li>
                <li>
                    <A href="/catalogue">
                        <Icon name=IconName::Catalogue/>
                        <span>{t!(i18n, common.nav_catalogue)}</span>
                    </A>
                </li>
                <li>
                    <A href="/quiz">
                        <Icon name=IconName::Quiz/>
                        <span>{t!(i18n, common.nav_quiz)}</span>
                    </A>
                </li>
                <li>
                    <A href="/wallet">
                        <Icon name=IconName::Wallet/>
                        <span>{t!(i18n, common.nav_wallet)}</span>
                    </A>
                </li>
            </ul>
        </nav>
    }
}
