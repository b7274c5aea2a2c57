//! A small TTL cache for fetched documents (DID documents, key URLs, status lists). The browser
//! worker keeps one and verifies through it; an entry past its time to live reads as missing, so
//! it is fetched again, and a failed fetch is remembered briefly as unreachable.

use super::{Documents, Fetched};
use serde_json::Value;
use std::collections::HashMap;

/// Default time to live of a status list (the Bitstring Status List default, 5 minutes).
pub const STATUS_TTL_SECS: i64 = 300;
/// Default time to live of a DID document or key.
pub const KEY_TTL_SECS: i64 = 86_400;
/// How long a failed fetch is remembered.
pub const FAILURE_TTL_SECS: i64 = 60;

#[derive(Debug, Clone)]
struct Entry {
    value: Option<Value>,
    expires: i64,
}

/// Documents by URL with an expiry time.
#[derive(Debug, Clone, Default)]
pub struct DocCache {
    entries: HashMap<String, Entry>,
}

/// The time to live for a fetched document: a status list's `ttl` (milliseconds, Bitstring Status
/// List) when given, else the default for its kind.
pub fn ttl_for(value: &Value) -> i64 {
    let subject = &value["credentialSubject"];
    if let Some(ms) = subject.get("ttl").and_then(Value::as_f64) {
        return ((ms / 1000.0) as i64).max(1);
    }
    if subject.get("encodedList").is_some() || value.get("revokedCredentials").is_some() {
        STATUS_TTL_SECS
    } else {
        KEY_TTL_SECS
    }
}

impl DocCache {
    /// Stores a fetched document at time `now`.
    pub fn insert(&mut self, url: &str, value: Value, now: i64) {
        let expires = now.saturating_add(ttl_for(&value));
        self.entries.insert(
            url.to_string(),
            Entry {
                value: Some(value),
                expires,
            },
        );
    }

    /// Remembers that `url` could not be fetched at time `now`.
    pub fn insert_failure(&mut self, url: &str, now: i64) {
        self.entries.insert(
            url.to_string(),
            Entry {
                value: None,
                expires: now + FAILURE_TTL_SECS,
            },
        );
    }

    /// The cache as a [`Documents`] source at time `now`.
    pub fn at(&self, now: i64) -> CacheView<'_> {
        CacheView { cache: self, now }
    }

    /// Drops expired entries.
    pub fn prune(&mut self, now: i64) {
        self.entries.retain(|_, e| e.expires > now);
    }
}

/// A [`DocCache`] read at one moment.
pub struct CacheView<'a> {
    cache: &'a DocCache,
    now: i64,
}

impl Documents for CacheView<'_> {
    fn get(&self, url: &str) -> Fetched {
        match self.cache.entries.get(url) {
            Some(e) if e.expires > self.now => match &e.value {
                Some(v) => Fetched::Json(v.clone()),
                None => Fetched::Unreachable,
            },
            _ => Fetched::Missing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn entries_expire_with_their_ttl() {
        let mut c = DocCache::default();
        let list = json!({"credentialSubject": {"encodedList": "u", "ttl": 10_000}});
        c.insert("https://a/list", list.clone(), 100);
        c.insert("https://a/did.json", json!({"id": "did:web:a"}), 100);
        c.insert_failure("https://b/list", 100);
        assert_eq!(c.at(105).get("https://a/list"), Fetched::Json(list));
        assert_eq!(c.at(110).get("https://a/list"), Fetched::Missing);
        assert!(matches!(
            c.at(110 + 3600).get("https://a/did.json"),
            Fetched::Json(_)
        ));
        assert_eq!(c.at(120).get("https://b/list"), Fetched::Unreachable);
        assert_eq!(c.at(161).get("https://b/list"), Fetched::Missing);
        assert_eq!(c.at(0).get("https://nope"), Fetched::Missing);
        c.prune(200);
        assert_eq!(
            c.at(200).get("https://a/did.json").clone(),
            Fetched::Json(json!({"id": "did:web:a"}))
        );
        assert_eq!(
            ttl_for(&json!({"credentialSubject": {"encodedList": "u"}})),
            STATUS_TTL_SECS
        );
    }
}
