use leptos::prelude::*;

/// The icons the app draws (inline SVG, no icon font).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IconName {
    /// House.
    Home,
    /// Open book.
    Catalogue,
    /// Compass.
    Quiz,
    /// Wallet.
    Wallet,
    /// Globe (language).
    Globe,
}

impl IconName {
    fn path(self) -> &'static str {
        match self {
            IconName::Home => "M3 11 12 3l9 8v10h-6v-6H9v6H3z",
            IconName::Catalogue => "M4 4h6a3 3 0 0 1 2 1 3 3 0 0 1 2-1h6v15h-6a2 2 0 0 0-2 2 2 2 0 0 0-2-2H4z",
            IconName::Quiz => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm4 6-2.5 5.5L8 16l2.5-5.5z",
            IconName::Wallet => "M3 6h15a3 3 0 0 1 3 3v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2zm13 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM5 3h11v2H5z",
            IconName::Globe => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2c1.3 1.6 2 3.7 2.2 6H9.8C10 7.7 10.7 5.6 12 4zM4.1 13h3.7c.1 2 .6 3.9 1.4 5.4A8 8 0 0 1 4.1 13zm0-2a8 8 0 0 1 5.1-6.4c-.8 1.5-1.3 3.4-1.4 6.4zm5.7 2h4.4c-.2 2.3-.9 4.4-2.2 6-1.3-1.6-2-3.7-2.2-6zm5 5.4c.8-1.5 1.3-3.4 1.4-5.4h3.7a8 8 0 0 1-5.1 5.4zM16.2 11c-.1-3-.6-4.9-1.4-6.4a8 8 0 0 1 5.1 6.4z",
        }
    }
}

/// A decorative 24×24 icon; its meaning is always also given in text.
#[component]
pub fn Icon(
    /// Which icon.
    name: IconName,
) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=name.path() fill="currentColor"></path>
        </svg>
    }
}
