//! The catalogue's on-device state: "My interests" and the credentials held in the wallet.

use super::storage;
use crate::domain::catalogue_picks::{decode_held, Interests};
use std::collections::BTreeSet;

/// Local-storage key of "My interests" (a JSON array of `{id, title}`).
pub const INTERESTS_KEY: &str = "carewise.catalogue.interests";

/// Local-storage key where the wallet publishes the achievement ids it holds (JSON array).
pub const WALLET_ACHIEVEMENTS_KEY: &str = "carewise.wallet.achievements";

/// The saved interests (empty if none or unreadable).
pub fn load_interests() -> Interests {
    storage::get(INTERESTS_KEY)
        .map(|s| Interests::decode(&s))
        .unwrap_or_default()
}

/// Saves the interests.
pub fn save_interests(i: &Interests) -> Result<(), storage::StorageError> {
    storage::set(INTERESTS_KEY, &i.encode())
}

/// The achievement ids held in the wallet: the wallet's published list, and the older
/// `state::held` key as well.
pub fn held_achievements() -> BTreeSet<String> {
    let mut held = storage::get(WALLET_ACHIEVEMENTS_KEY)
        .map(|s| decode_held(&s))
        .unwrap_or_default();
    held.extend(super::held::read());
    held
}

/// Today's date on the device.
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}
