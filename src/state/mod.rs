//! Shared state provided as context, and everything persisted on the device.

pub mod catalogue;
pub mod fair;
pub mod held;
pub mod locale;
pub mod pwa;
pub mod quiz;
pub mod storage;
pub mod verification;
pub mod verifier;
pub mod wallet;

use crate::api::Api;
use leptos::prelude::*;

/// The backend client and configuration, provided once in `app.rs`.
#[derive(Clone)]
pub struct ApiCtx(pub Api);

/// The backend client from context.
pub fn use_api() -> Api {
    expect_context::<ApiCtx>().0
}
