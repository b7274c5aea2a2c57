//! Pure logic: models of the backend contract, decoding, search, scoring, credential parsing
//! and verification. Nothing here imports leptos or web-sys, so it all runs under native
//! `cargo test`.

pub mod careers;
pub mod catalogue;
pub mod catalogue_picks;
pub mod catalogue_search;
pub mod catalogue_state;
pub mod config;
pub mod csv;
pub mod decode;
pub mod envelope;
pub mod issuers;
pub mod locale;
pub mod qr;
pub mod quiz;
pub mod result_code;
pub mod scoring;
pub mod signup;
pub mod tally;
pub mod text;
pub mod verify;
pub mod wallet;
