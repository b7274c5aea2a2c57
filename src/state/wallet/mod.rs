//! The wallet on this device: the records in IndexedDB, loaded once per page into signals
//! shared by `/wallet` and `/wallet/:id`, and every change to them (import, delete, undo,
//! restore). After each change the held achievement ids are published for the catalogue.
//!
//! The verdict slot: [`Wallet::verdicts`] maps a record key to its [`CardVerdict`]
//! (`unchecked` until set). The verifier integration calls [`Wallet::set_verdict`] for each
//! record (e.g. after [`Wallet::load`] and after each import); cards show the verdict and
//! expose it as `data-verdict`.

pub mod crypto;
pub mod idb;

use crate::domain::wallet::backup::{self, BackupError, Sealed};
use crate::domain::wallet::record::{achievement_ids, Record, Source};
use crate::domain::wallet::{CardVerdict, ImportError};
use idb::StoreError;
use leptos::prelude::*;
use std::collections::{BTreeSet, HashMap};

/// Where loading the wallet stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadState {
    /// Reading the database.
    Loading,
    /// Loaded.
    Ready,
    /// The database could not be opened.
    Failed(StoreError),
}

/// Why an import did not add a credential. Nothing changes in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddError {
    /// The bytes are not a credential the wallet reads.
    Parse(ImportError),
    /// The same credential is already in the wallet (its slug).
    Duplicate(String),
    /// Storage refused (full, unavailable).
    Store(StoreError),
}

/// Storage use as the browser reports it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageUse {
    /// Bytes used by this site.
    pub used: f64,
    /// Bytes this site may use.
    pub quota: f64,
}

/// The wallet's shared state (copyable handles to signals).
#[derive(Clone, Copy)]
pub struct Wallet {
    /// The records, newest first.
    pub records: RwSignal<Vec<Record>>,
    /// Loading state.
    pub state: RwSignal<LoadState>,
    /// How many stored records could not be read: those in quarantine (this load and before)
    /// and those this load could not move there ([`damaged_count`]).
    pub quarantined: RwSignal<u32>,
    /// Verification verdicts by record key (absent = `unchecked`).
    pub verdicts: RwSignal<HashMap<String, CardVerdict>>,
    /// Whether the browser granted persistent storage.
    pub persisted: RwSignal<Option<bool>>,
    /// Space used.
    pub usage: RwSignal<Option<StorageUse>>,
}

thread_local! {
    static WALLET: std::cell::OnceCell<Wallet> = const { std::cell::OnceCell::new() };
}

/// The wallet of this page (created and loaded on first use). It lives as long as the page, so
/// moving between `/wallet` and `/wallet/:id` keeps it.
pub fn use_wallet() -> Wallet {
    WALLET.with(|cell| {
        *cell.get_or_init(|| {
            detached(|| {
                let w = Wallet {
                    records: RwSignal::new(Vec::new()),
                    state: RwSignal::new(LoadState::Loading),
                    quarantined: RwSignal::new(0),
                    verdicts: RwSignal::new(HashMap::new()),
                    persisted: RwSignal::new(None),
                    usage: RwSignal::new(None),
                };
                leptos::task::spawn_local(async move { w.load().await });
                w
            })
        })
    })
}

/// Runs `f` under a new root owner that is never cleaned up, so the signals it creates live
/// as long as the page (not as long as the page component that first asked for them).
fn detached<T>(f: impl FnOnce() -> T) -> T {
    let tmp = Owner::new();
    tmp.with(|| {
        // no current owner for the rest of this closure: the next owner has no parent
        tmp.clone().unset();
        let root = Owner::new();
        let value = root.with(f);
        std::mem::forget(root);
        value
    })
}

/// Now, as ISO 8601.
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// The page language (`<html lang>`, kept in step with the UI language). Read from the
/// document, not the i18n context: the wallet also works from tasks outside any component.
fn lang() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| "en".to_owned())
}

impl Wallet {
    /// Reads every record; unreadable ones are quarantined and counted, the rest load.
    pub async fn load(self) {
        let entries = match idb::read_all().await {
            Ok(e) => e,
            Err(e) => {
                self.state.set(LoadState::Failed(e));
                return;
            }
        };
        let mut records = Vec::with_capacity(entries.len());
        // unreadable entries: moved to quarantine now, and those that could not be moved (they
        // stay where they are, are tried again next load, and are reported all the same)
        let mut moved = 0u32;
        let mut not_moved = 0u32;
        for entry in entries {
            let parsed = match &entry.json {
                Some(json) => Record::from_stored(json, &lang())
                    .map(|r| (r, json))
                    .map_err(|e| e.to_string()),
                None => Err("entry without record".to_owned()),
            };
            let reason = match parsed {
                Ok((rec, json)) if entry.key.as_deref() == Some(rec.key.as_str()) => {
                    // migrated from an older schema: write the new form back
                    if !json.contains(&format!("\"schema\":{}", rec.schema)) {
                        let _ = idb::put(&rec.key, &rec.to_stored()).await;
                    }
                    records.push(rec);
                    continue;
                }
                Ok(_) => "key does not match the record".to_owned(),
                Err(reason) => reason,
            };
            match idb::quarantine(&entry, &reason, &now_iso()).await {
                Ok(()) => moved += 1,
                Err(_) => not_moved += 1,
            }
        }
        records.sort_by(|a, b| b.imported_at.cmp(&a.imported_at));
        self.records.set(records);
        let kept_aside = idb::quarantine_count().await.ok();
        self.quarantined
            .set(damaged_count(kept_aside, moved, not_moved));
        self.state.set(LoadState::Ready);
        self.changed().await;
    }

    /// The record with this URL slug.
    pub fn by_slug(self, slug: &str) -> Option<Record> {
        self.records
            .with(|rs| rs.iter().find(|r| r.slug == slug).cloned())
    }

    /// The verdict of a record (`unchecked` until the verifier sets one).
    pub fn verdict(self, key: &str) -> CardVerdict {
        self.verdicts
            .with(|v| v.get(key).copied().unwrap_or_default())
    }

    /// Sets a record's verdict (the verifier integration's entry point).
    pub fn set_verdict(self, key: &str, verdict: CardVerdict) {
        self.verdicts.update(|v| {
            v.insert(key.to_owned(), verdict);
        });
    }

    /// Imports bytes: parsed, refused if already held, stored, then shown.
    pub async fn import(self, bytes: &[u8], source: Source) -> Result<Record, AddError> {
        let rec = Record::import(bytes, source, &now_iso(), &lang()).map_err(AddError::Parse)?;
        if self
            .records
            .with_untracked(|rs| rs.iter().any(|r| r.key == rec.key))
        {
            return Err(AddError::Duplicate(rec.slug));
        }
        self.add(vec![rec.clone()]).await.map_err(|e| match e {
            StoreError::Duplicate => AddError::Duplicate(rec.slug.clone()),
            e => AddError::Store(e),
        })?;
        if self.persisted.get_untracked() != Some(true) {
            self.persisted.set(Some(idb::persist().await));
        }
        Ok(rec)
    }

    /// Stores records (all or none) and shows them.
    async fn add(self, recs: Vec<Record>) -> Result<(), StoreError> {
        let rows: Vec<(String, String)> = recs
            .iter()
            .map(|r| (r.key.clone(), r.to_stored()))
            .collect();
        idb::add_all(&rows).await?;
        self.records.update(|rs| {
            for r in recs.into_iter().rev() {
                rs.insert(0, r);
            }
            rs.sort_by(|a, b| b.imported_at.cmp(&a.imported_at));
        });
        self.changed().await;
        Ok(())
    }

    /// Deletes a record; returns it for an undo.
    pub async fn remove(self, key: &str) -> Result<Record, StoreError> {
        let rec = self
            .records
            .with_untracked(|rs| rs.iter().find(|r| r.key == key).cloned())
            .ok_or(StoreError::Other("not found".into()))?;
        idb::delete(key).await?;
        self.records.update(|rs| rs.retain(|r| r.key != key));
        self.changed().await;
        Ok(rec)
    }

    /// Puts a deleted record back (undo).
    pub async fn undo_remove(self, rec: Record) -> Result<(), StoreError> {
        self.add(vec![rec]).await
    }

    /// Deletes every record.
    pub async fn clear(self) -> Result<(), StoreError> {
        idb::clear().await?;
        self.records.set(Vec::new());
        self.changed().await;
        Ok(())
    }

    /// The encrypted backup file of the whole wallet.
    pub async fn export(self, passphrase: &str) -> Result<String, String> {
        let plain = self.records.with_untracked(|rs| backup::plaintext(rs));
        crypto::seal(passphrase, &plain).await.map(|s| s.to_file())
    }

    /// Restores a backup file, merging: returns (added, already held). A wrong passphrase, a
    /// damaged file or a storage error changes nothing.
    pub async fn restore(
        self,
        file: &[u8],
        passphrase: &str,
    ) -> Result<(usize, usize), RestoreError> {
        let sealed = Sealed::from_file(file).map_err(RestoreError::Backup)?;
        let plain = crypto::unseal(passphrase, &sealed)
            .await
            .map_err(RestoreError::Backup)?;
        let incoming = backup::records_of(&plain, &lang()).map_err(RestoreError::Backup)?;
        let held: BTreeSet<String> = self
            .records
            .with_untracked(|rs| rs.iter().map(|r| r.key.clone()).collect());
        let (add, duplicates) = backup::merge(&held, incoming);
        let added = add.len();
        if added > 0 {
            self.add(add).await.map_err(RestoreError::Store)?;
        }
        Ok((added, duplicates))
    }

    /// After every change: publish the held achievement ids and refresh the space used.
    async fn changed(self) {
        let ids = self.records.with_untracked(|rs| achievement_ids(rs));
        let _ = crate::state::held::publish(&ids);
        if let Some((used, quota)) = idb::estimate().await {
            self.usage.set(Some(StorageUse { used, quota }));
        }
    }
}

/// How many stored items to report as unreadable after a load: everything in quarantine (from
/// this load and earlier ones; at least the `moved` of this load if the quarantine cannot be
/// counted), plus the `not_moved` ones this load could not move there. None is ever left out.
pub fn damaged_count(in_quarantine: Option<u32>, moved: u32, not_moved: u32) -> u32 {
    in_quarantine
        .unwrap_or(0)
        .max(moved)
        .saturating_add(not_moved)
}

/// Why a restore changed nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreError {
    /// The file or passphrase.
    Backup(BackupError),
    /// Storage refused.
    Store(StoreError),
}

#[cfg(test)]
mod tests {
    use super::damaged_count;

    #[test]
    fn every_unreadable_item_is_counted() {
        // all moved: the quarantine's count (which includes earlier loads)
        assert_eq!(damaged_count(Some(3), 1, 0), 3);
        // moving failed: still counted
        assert_eq!(damaged_count(Some(0), 0, 2), 2);
        assert_eq!(damaged_count(Some(4), 1, 1), 5);
        // the quarantine cannot even be counted: this load's findings
        assert_eq!(damaged_count(None, 2, 1), 3);
        assert_eq!(damaged_count(None, 0, 0), 0);
    }
}
