//! The achievement ids of the credentials held in the wallet, published for other pages (the
//! catalogue's "You hold this" and "next steps"). The wallet calls [`publish`] whenever its
//! contents change; readers call [`read`]. Kept in local storage as a JSON array, so reading it
//! never needs the wallet's database.

use super::storage;
use std::collections::BTreeSet;

const KEY: &str = "carewise.wallet.achievements";

/// The achievement ids the learner holds (empty if the wallet was never used).
pub fn read() -> BTreeSet<String> {
    storage::get(KEY)
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

/// Replaces the published set (called by the wallet).
pub fn publish(ids: &BTreeSet<String>) -> Result<(), storage::StorageError> {
    if ids.is_empty() {
        storage::remove(KEY);
        return Ok(());
    }
    let json = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    storage::set(KEY, &json)
}
