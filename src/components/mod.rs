//! Reusable view pieces. Data comes in as props.

mod career_card;
mod csv_download;
mod error_panel;
pub mod i18n_text;
mod icon;
mod idle_guard;
mod language_picker;
mod loading;
mod nav_bar;
mod progress_bar;
mod qr_code;
mod quiz_question;
mod quiz_result_view;
mod quiz_runner;
pub mod riasec_text;
mod score_chart;
mod signup_form;
mod staff_panel;
mod staff_pin;

pub use career_card::CareerCard;
pub use csv_download::CsvDownload;
pub use error_panel::ErrorPanel;
pub use icon::{Icon, IconName};
pub use idle_guard::IdleGuard;
pub use language_picker::LanguagePicker;
pub use loading::Loading;
pub use nav_bar::NavBar;
pub use progress_bar::ProgressBar;
pub use qr_code::QrCode;
pub use quiz_question::QuizQuestion;
pub use quiz_result_view::QuizResultView;
pub use quiz_runner::QuizRunner;
pub use score_chart::ScoreChart;
pub use signup_form::SignupForm;
pub use staff_panel::StaffPanel;
pub use staff_pin::StaffPin;
