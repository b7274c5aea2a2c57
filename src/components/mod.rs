//! Reusable view pieces. Data comes in as props.

mod error_panel;
mod icon;
mod language_picker;
mod loading;
mod nav_bar;
mod offline_banner;
mod qr_code;
mod update_prompt;

pub use error_panel::ErrorPanel;
pub use icon::{Icon, IconName};
pub use language_picker::LanguagePicker;
pub use loading::Loading;
pub use nav_bar::NavBar;
pub use offline_banner::OfflineBanner;
pub use qr_code::QrCode;
pub use update_prompt::UpdatePrompt;
