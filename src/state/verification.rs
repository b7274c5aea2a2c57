//! Verification of the wallet's credentials: runs each record's bytes through the verifier
//! worker ([`super::verifier`]), stores the report by record key and sets the card verdict
//! ([`Wallet::set_verdict`], the cards' `data-verdict`). Every card is verified when the wallet
//! has loaded or a credential is imported, and again when its page is opened or the learner asks.

use crate::api::Api;
use crate::domain::verify::Report;
use crate::domain::wallet::record::Record;
use crate::domain::wallet::CardVerdict;
use crate::state::wallet::Wallet;
use crate::state::{verifier, ApiCtx};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

/// Reports by record key, and whether the verifier is unavailable.
#[derive(Clone, Copy)]
pub struct Verification {
    /// The last report of each verified record.
    pub reports: RwSignal<HashMap<String, Report>>,
    /// Records being verified now.
    pub running: RwSignal<HashSet<String>>,
    /// The worker could not start (the page shows why; verdicts stay "unchecked").
    pub unavailable: RwSignal<bool>,
}

thread_local! {
    static VERIFICATION: std::cell::OnceCell<Verification> = const { std::cell::OnceCell::new() };
    /// The trusted-issuers document as JSON (`Some(None)`: it could not be loaded this page).
    static ISSUERS: RefCell<Option<Option<String>>> = const { RefCell::new(None) };
    /// The backend client, taken from context when a page first asks (tasks and click handlers
    /// run outside the component tree).
    static API: RefCell<Option<Api>> = const { RefCell::new(None) };
}

/// The page's verification state.
pub fn use_verification() -> Verification {
    if API.with(|a| a.borrow().is_none()) {
        if let Some(ApiCtx(api)) = use_context::<ApiCtx>() {
            API.with(|a| *a.borrow_mut() = Some(api));
        }
    }
    VERIFICATION.with(|cell| {
        *cell.get_or_init(|| {
            // signals of a root owner that is never cleaned up: they live as long as the page,
            // not as long as the page component that first asked for them
            // (as `state::wallet`: a parentless owner, made without disturbing the caller's)
            let tmp = Owner::new();
            tmp.with(|| {
                tmp.clone().unset();
                let root = Owner::new();
                let v = root.with(|| Verification {
                    reports: RwSignal::new(HashMap::new()),
                    running: RwSignal::new(HashSet::new()),
                    unavailable: RwSignal::new(false),
                });
                std::mem::forget(root);
                v
            })
        })
    })
}

async fn issuers_json() -> Option<String> {
    if let Some(cached) = ISSUERS.with(|c| c.borrow().clone()) {
        return cached;
    }
    let api = API.with(|a| a.borrow().clone())?;
    let got = api
        .issuers()
        .await
        .ok()
        .and_then(|doc| serde_json::to_string(&doc).ok());
    // a failure is retried on the next verification; a success is kept for the page
    if got.is_some() {
        ISSUERS.with(|c| *c.borrow_mut() = Some(got.clone()));
    }
    got
}

impl Verification {
    /// Verifies one record now (again, if it was verified before).
    pub fn verify(self, wallet: Wallet, record: &Record) {
        let key = record.key.clone();
        let bytes = record.bytes.clone();
        if self.running.with_untracked(|r| r.contains(&key)) {
            return;
        }
        self.running.update(|r| {
            r.insert(key.clone());
        });
        leptos::task::spawn_local(async move {
            let issuers = issuers_json().await;
            match verifier::verify(&bytes, issuers.as_deref()).await {
                Ok(report) => {
                    wallet.set_verdict(&key, CardVerdict::from(report.verdict));
                    self.reports.update(|r| {
                        r.insert(key.clone(), report);
                    });
                    self.unavailable.set(false);
                }
                Err(_) => self.unavailable.set(true),
            }
            self.running.update(|r| {
                r.remove(&key);
            });
        });
    }

    /// Verifies every record that has no report yet (after loading, after an import).
    pub fn verify_new(self, wallet: Wallet) {
        let records = wallet.records.get_untracked();
        for rec in records {
            if !self.reports.with_untracked(|r| r.contains_key(&rec.key)) {
                self.verify(wallet, &rec);
            }
        }
    }

    /// The report of a record, if it has been verified.
    pub fn report(self, key: &str) -> Option<Report> {
        self.reports.with(|r| r.get(key).cloned())
    }
}
