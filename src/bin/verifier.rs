//! The verifier bundle, run in a Web Worker (`public/verifier-worker.js`) so that checking a
//! credential never blocks the page and the faces' bundles stay small. It exports three functions
//! to the worker script: `verify` and the document cache's `cache_put` / `cache_fail` (the worker
//! fetches what a report `needs`, stores it here and verifies again).

use carewise::domain::issuers::IssuersDoc;
use carewise::domain::verify::{self, cache::DocCache, Context};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static CACHE: RefCell<DocCache> = RefCell::new(DocCache::default());
}

fn secs(ms: f64) -> i64 {
    (ms / 1000.0).floor() as i64
}

/// Verifies credential bytes at `now_ms` (milliseconds since the epoch) against the trusted
/// issuers document (`issuers_json`, absent when it could not be loaded) and the cached
/// documents. Returns the report as JSON.
#[wasm_bindgen]
pub fn verify(bytes: &[u8], now_ms: f64, issuers_json: Option<String>) -> String {
    let issuers = issuers_json.and_then(|t| serde_json::from_str::<IssuersDoc>(&t).ok());
    let now = secs(now_ms);
    let report = CACHE.with(|c| {
        let cache = c.borrow();
        let docs = cache.at(now);
        let ctx = Context {
            now,
            trusted: issuers.as_ref().map(|d| d.issuers.as_slice()),
            documents: &docs,
        };
        verify::verify(bytes, &ctx)
    });
    serde_json::to_string(&report).unwrap_or_default()
}

/// Stores a fetched document (JSON, or a VC-JWT as text). `false` if it is neither.
#[wasm_bindgen]
pub fn cache_put(url: &str, text: &str, now_ms: f64) -> bool {
    let value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) if text.trim().split('.').count() == 3 => {
            serde_json::Value::String(text.trim().into())
        }
        Err(_) => return false,
    };
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        c.prune(secs(now_ms));
        c.insert(url, value, secs(now_ms));
    });
    true
}

/// Remembers that `url` could not be fetched (the check that needs it says "unknown").
#[wasm_bindgen]
pub fn cache_fail(url: &str, now_ms: f64) {
    CACHE.with(|c| c.borrow_mut().insert_failure(url, secs(now_ms)));
}

fn main() {}
