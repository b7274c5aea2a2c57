//! One file per route.

mod catalogue;
mod catalogue_entry;
mod config_error;
mod fair;
mod home;
mod not_found;
mod quiz;
mod quiz_result;
mod wallet;
mod wallet_credential;
mod wallet_import;

pub use catalogue::CataloguePage;
pub use catalogue_entry::CatalogueEntryPage;
pub use config_error::ConfigErrorPage;
pub use fair::FairPage;
pub use home::HomePage;
pub use not_found::NotFound;
pub use quiz::QuizPage;
pub use quiz_result::QuizResultPage;
pub use wallet::WalletPage;
pub use wallet_credential::WalletCredentialPage;
pub use wallet_import::WalletImportPage;
