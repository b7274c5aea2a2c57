//! Fair mode on the device: the kiosk flag (the app's chrome steps aside), the anonymous
//! tallies, and the sign-up queue with its sender. Both lists live in local storage, so they
//! survive reloads and power cuts; the queue's rules are in [`crate::domain::signup`].
//!
//! Storage problems never lose what is already stored: a write that fails (full quota,
//! storage disabled) leaves the previous value in place, the change is rolled back in memory
//! and staff are told on the staff screen.

use super::storage::{self, StorageError};
use crate::api::Api;
use crate::domain::catalogue::Area;
use crate::domain::signup::{Outcome, Signup, SignupQueue};
use crate::domain::tally::Tallies;
use leptos::prelude::*;
use std::time::Duration;

/// Local-storage key of the sign-up queue.
pub const SIGNUPS_KEY: &str = "carewise.fair.signups";
/// Where an unreadable queue is copied before anything overwrites it.
pub const SIGNUPS_UNREADABLE_KEY: &str = "carewise.fair.signups.unreadable";
/// Local-storage key of the tallies.
pub const TALLIES_KEY: &str = "carewise.fair.tallies";

/// Whether the app is in kiosk mode (set by the fair page while it is shown): the header,
/// navigation and footer step aside. Provided once in `app.rs`.
#[derive(Clone, Copy, Debug)]
pub struct Kiosk(pub RwSignal<bool>);

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk(RwSignal::new(false))
    }
}

/// The kiosk flag from context (a fresh, inactive one if none was provided).
pub fn use_kiosk() -> Kiosk {
    use_context::<Kiosk>().unwrap_or_default()
}

/// Something staff must know about the device's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffAlert {
    /// The storage quota is full: new sign-ups or tallies could not be saved.
    StorageFull,
    /// Storage is not available at all (private mode, policy).
    StorageUnavailable,
    /// Saved sign-ups could not be read; they were copied aside, not deleted.
    UnreadableSignups(usize),
    /// Saved tallies could not be read; they are kept as they are and not counted further.
    UnreadableTallies,
}

impl From<StorageError> for StaffAlert {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::QuotaExceeded => StaffAlert::StorageFull,
            StorageError::Unavailable => StaffAlert::StorageUnavailable,
        }
    }
}

/// Fair-mode data on this device, provided by the fair page.
#[derive(Clone, Copy)]
pub struct FairStore {
    /// Sign-ups waiting to be delivered (or exported).
    pub queue: RwSignal<SignupQueue>,
    /// Anonymous counts of finished quizzes.
    pub tallies: RwSignal<Tallies>,
    /// Problems to show on the staff screen.
    pub alerts: RwSignal<Vec<StaffAlert>>,
    /// False when the saved tallies could not be read (then they are never overwritten).
    tallies_writable: StoredValue<bool>,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's local date as `YYYY-MM-DD`.
pub fn today_local() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The current time in RFC 3339 (UTC).
pub fn now_rfc3339() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// A fresh idempotency key: a random UUID from the browser's CSPRNG.
pub fn new_idempotency_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| {
            // No Web Crypto (very old browser): time plus Math.random is still unique enough
            // for an idempotency key on one device.
            format!(
                "{:x}-{:016x}-{:016x}",
                now_ms() as u64,
                (js_sys::Math::random() * 1e16) as u64,
                (js_sys::Math::random() * 1e16) as u64
            )
        })
}

impl FairStore {
    /// Loads both lists from local storage.
    pub fn load() -> FairStore {
        let mut alerts = Vec::new();
        let queue = match storage::get(SIGNUPS_KEY) {
            None => SignupQueue::default(),
            Some(raw) => {
                let (q, bad) = SignupQueue::restore(&raw);
                if bad > 0 {
                    // keep the original text before anything overwrites the key
                    if storage::get(SIGNUPS_UNREADABLE_KEY).is_none() {
                        if let Err(e) = storage::set(SIGNUPS_UNREADABLE_KEY, &raw) {
                            alerts.push(e.into());
                        }
                    }
                    alerts.push(StaffAlert::UnreadableSignups(bad));
                }
                q
            }
        };
        let (tallies, writable) = match storage::get(TALLIES_KEY) {
            None => (Tallies::default(), true),
            Some(raw) => match Tallies::restore(&raw) {
                Some(t) => (t, true),
                None => {
                    alerts.push(StaffAlert::UnreadableTallies);
                    (Tallies::default(), false)
                }
            },
        };
        FairStore {
            queue: RwSignal::new(queue),
            tallies: RwSignal::new(tallies),
            alerts: RwSignal::new(alerts),
            tallies_writable: StoredValue::new(writable),
        }
    }

    fn alert(&self, a: StaffAlert) {
        self.alerts.try_update(|v| {
            if !v.contains(&a) {
                v.push(a);
            }
        });
    }

    /// Queues a sign-up and saves the queue. If it cannot be saved, nothing changes (the
    /// queue already stored stays as it was) and staff are alerted.
    pub fn enqueue(&self, signup: Signup) -> Result<(), StorageError> {
        let mut next = self.queue.get_untracked();
        next.push(signup);
        match storage::set(SIGNUPS_KEY, &next.to_json()) {
            Ok(()) => {
                self.queue.set(next);
                Ok(())
            }
            Err(e) => {
                self.alert(e.clone().into());
                Err(e)
            }
        }
    }

    fn save_queue(&self, q: &SignupQueue) {
        let result = if q.is_empty() {
            storage::remove(SIGNUPS_KEY);
            Ok(())
        } else {
            storage::set(SIGNUPS_KEY, &q.to_json())
        };
        if let Err(e) = result {
            self.alert(e.into());
        }
    }

    /// Sends every sign-up that is due, one request per sign-up, each at most once at a time.
    pub fn send_due(&self, api: &Api) {
        if !api.config().fair.signups_enabled {
            return;
        }
        let keys = self.queue.with_untracked(|q| q.due(now_ms()));
        for key in keys {
            let Some(signup) = self.queue.try_update(|q| q.start(&key)).flatten() else {
                continue;
            };
            let api = api.clone();
            let store = *self;
            leptos::task::spawn_local(async move {
                let outcome = match api.post_signup(&signup).await {
                    Ok(()) => Outcome::Delivered,
                    Err(e) if e.is_transient() => Outcome::Transient(e.to_string()),
                    Err(e) => Outcome::Refused(e.to_string()),
                };
                store.finish(&key, outcome);
            });
        }
    }

    /// Records how an attempt ended, in memory and in storage. If the page has gone away in
    /// the meantime, the stored queue is updated directly, so a delivered sign-up is never
    /// sent again.
    fn finish(&self, key: &str, outcome: Outcome) {
        let updated = self.queue.try_update(|q| {
            q.finish(key, outcome.clone(), now_ms());
            q.clone()
        });
        match updated {
            Some(q) => self.save_queue(&q),
            None => {
                if let Some(raw) = storage::get(SIGNUPS_KEY) {
                    let (mut q, bad) = SignupQueue::restore(&raw);
                    if bad == 0 {
                        q.finish(key, outcome, now_ms());
                        self.save_queue(&q);
                    }
                }
            }
        }
    }

    /// "Retry now": every waiting sign-up (refused ones too) is sent again at once.
    pub fn retry_now(&self, api: &Api) {
        self.queue.update(|q| q.retry_all_now());
        self.queue.with_untracked(|q| self.save_queue(q));
        self.send_due(api);
    }

    /// Removes all waiting sign-ups (after staff exported them).
    pub fn clear_signups(&self) {
        self.queue.update(|q| q.clear());
        storage::remove(SIGNUPS_KEY);
    }

    /// Counts a finished quiz. If the tallies cannot be saved they are not changed, and staff
    /// are alerted.
    pub fn record_tally(&self, lang: &str, area: Option<Area>) {
        if !self.tallies_writable.get_value() {
            return;
        }
        let mut next = self.tallies.get_untracked();
        next.record(&today_local(), lang, area);
        match storage::set(TALLIES_KEY, &next.to_json()) {
            Ok(()) => self.tallies.set(next),
            Err(e) => self.alert(e.clone().into()),
        }
    }

    /// Deletes all tallies.
    pub fn clear_tallies(&self) {
        storage::remove(TALLIES_KEY);
        self.tallies.set(Tallies::default());
        self.tallies_writable.set_value(true);
        self.alerts
            .update(|v| v.retain(|a| *a != StaffAlert::UnreadableTallies));
    }

    /// Starts delivering sign-ups (when the configuration allows it): at once, every second
    /// for whatever is due, and as soon as the browser comes back online. Stops when the
    /// calling component is cleaned up.
    pub fn run_sender(&self, api: Api) {
        if !api.config().fair.signups_enabled {
            return;
        }
        let store = *self;
        store.send_due(&api);
        let tick_api = api.clone();
        let interval = set_interval_with_handle(
            move || store.send_due(&tick_api),
            Duration::from_millis(1000),
        )
        .ok();
        let online = window_event_listener(leptos::ev::online, move |_| {
            store.queue.update(|q| {
                // back online: whatever waits for a transient error is due now
                for item in q.items.iter_mut().filter(|i| i.held.is_none()) {
                    item.next_attempt_ms = 0.0;
                }
            });
            store.send_due(&api);
        });
        on_cleanup(move || {
            if let Some(h) = interval {
                h.clear();
            }
            online.remove();
        });
    }
}
