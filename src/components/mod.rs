//! Reusable view pieces. Data comes in as props.

mod error_panel;
mod icon;
mod language_picker;
mod loading;
mod nav_bar;
mod qr_code;

pub use error_panel::ErrorPanel;
pub use icon::{Icon, IconName};
pub use language_picker::LanguagePicker;
pub use loading::Loading;
pub use nav_bar::NavBar;
pub use qr_code::QrCode;
