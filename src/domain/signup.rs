//! Fair-mode sign-ups: the POST body, validation of the form, and the queue on the device that
//! delivers each sign-up exactly once.
//!
//! # Delivery
//! A sign-up gets a random idempotency key when it is made and keeps it for ever. The queue
//! POSTs it (header `Idempotency-Key`); the server stores each key at most once, so sending
//! again after an unclear failure is safe. Only a `2xx` answer removes it from the device.
//! A transient failure (offline, timeout, 5xx, 408, 429) schedules the next attempt by
//! [`backoff_ms`]; any other answer (a 4xx) marks it *held*: it is not retried automatically but
//! stays on the device for staff to retry or export. At most one request per key is in flight
//! at a time (the caller asks [`SignupQueue::start`] before sending).

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One visitor's sign-up. The idempotency key makes retries safe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Signup {
    /// Unique per sign-up; also sent as the `Idempotency-Key` header.
    pub idempotency_key: String,
    /// Visitor's name.
    pub name: String,
    /// Visitor's e-mail address.
    pub email: String,
    /// Area of interest (`health`, `it`, `healthtech`, `transversal`, `undecided`).
    pub interest: String,
    /// UI language at the time of sign-up.
    pub locale: String,
    /// The visitor ticked the consent box.
    pub consent: bool,
    /// When the visitor signed up (RFC 3339).
    pub created_at: String,
}

/// The areas a visitor can say they are interested in.
pub const INTERESTS: [&str; 5] = ["health", "it", "healthtech", "transversal", "undecided"];

/// Longest accepted name (characters).
pub const MAX_NAME: usize = 200;

/// What is wrong with an e-mail address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// Nothing was typed.
    #[error("empty")]
    Empty,
    /// Not of the form `name@domain.tld`.
    #[error("not an e-mail address")]
    Invalid,
}

/// Checks an e-mail address the way a form should: one `@`, a local part of up to 64
/// characters without spaces or control characters, and a domain of dot-separated labels of
/// letters, digits and hyphens (not at either end of a label) whose last label has at least
/// two letters. At most 254 characters. Surrounding spaces are ignored.
pub fn validate_email(input: &str) -> Result<(), EmailError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(EmailError::Empty);
    }
    if s.chars().count() > 254 {
        return Err(EmailError::Invalid);
    }
    let (local, domain) = s.split_once('@').ok_or(EmailError::Invalid)?;
    if local.is_empty()
        || local.chars().count() > 64
        || domain.contains('@')
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
        || local
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "\"(),:;<>[\\]".contains(c))
    {
        return Err(EmailError::Invalid);
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return Err(EmailError::Invalid);
    }
    for label in &labels {
        if label.is_empty()
            || label.chars().count() > 63
            || label.starts_with('-')
            || label.ends_with('-')
            || !label.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return Err(EmailError::Invalid);
        }
    }
    let tld = labels[labels.len() - 1];
    if tld.chars().count() < 2 || !tld.chars().all(char::is_alphabetic) {
        return Err(EmailError::Invalid);
    }
    Ok(())
}

/// What the visitor typed into the sign-up form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SignupForm {
    /// Name as typed.
    pub name: String,
    /// E-mail as typed.
    pub email: String,
    /// One of [`INTERESTS`].
    pub interest: String,
    /// The consent box.
    pub consent: bool,
}

/// One problem with the form, tied to its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    /// The name is empty.
    NameMissing,
    /// The name is longer than [`MAX_NAME`].
    NameTooLong,
    /// The e-mail is empty.
    EmailMissing,
    /// The e-mail is not an address.
    EmailInvalid,
    /// No valid interest chosen.
    InterestInvalid,
    /// The consent box is not ticked.
    ConsentMissing,
}

impl SignupForm {
    /// Every problem with the form, in field order (empty when it can be sent).
    pub fn validate(&self) -> Vec<FormError> {
        let mut errors = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            errors.push(FormError::NameMissing);
        } else if name.chars().count() > MAX_NAME {
            errors.push(FormError::NameTooLong);
        }
        match validate_email(&self.email) {
            Err(EmailError::Empty) => errors.push(FormError::EmailMissing),
            Err(EmailError::Invalid) => errors.push(FormError::EmailInvalid),
            Ok(()) => {}
        }
        if !INTERESTS.contains(&self.interest.as_str()) {
            errors.push(FormError::InterestInvalid);
        }
        if !self.consent {
            errors.push(FormError::ConsentMissing);
        }
        errors
    }

    /// The sign-up to queue, if the form is valid. `key` must be unique (a random UUID);
    /// `locale` is the UI language; `now` an RFC 3339 timestamp.
    pub fn into_signup(
        self,
        key: String,
        locale: &str,
        now: String,
    ) -> Result<Signup, Vec<FormError>> {
        let errors = self.validate();
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Signup {
            idempotency_key: key,
            name: self.name.trim().to_owned(),
            email: self.email.trim().to_owned(),
            interest: self.interest,
            locale: locale.to_owned(),
            consent: true,
            created_at: now,
        })
    }
}

/// Delay before attempt `n + 1` after `n` failed attempts: 1 s, 2 s, 4 s, … doubling, at most
/// 5 minutes. Deterministic (a kiosk is one device; there is no crowd of clients to spread out).
pub fn backoff_ms(failed_attempts: u32) -> u64 {
    const FIRST: u64 = 1_000;
    const MAX: u64 = 300_000;
    if failed_attempts == 0 {
        return 0;
    }
    FIRST
        .saturating_mul(1u64 << (failed_attempts - 1).min(20))
        .min(MAX)
}

/// A sign-up waiting on the device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Queued {
    /// The sign-up itself (never changed once queued).
    pub signup: Signup,
    /// Failed attempts so far.
    #[serde(default)]
    pub attempts: u32,
    /// Earliest time of the next automatic attempt (ms since the epoch).
    #[serde(default)]
    pub next_attempt_ms: f64,
    /// Set when the server refused it (4xx): not retried automatically.
    #[serde(default)]
    pub held: Option<String>,
    /// What went wrong last time.
    #[serde(default)]
    pub last_error: Option<String>,
}

/// How an attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The server answered 2xx: stored (201) or already stored (200).
    Delivered,
    /// Worth retrying later (offline, timeout, 5xx, 408, 429).
    Transient(String),
    /// The server refused it (4xx).
    Refused(String),
}

/// The sign-ups on the device, oldest first.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct SignupQueue {
    /// Waiting sign-ups.
    pub items: Vec<Queued>,
    /// Keys with a request under way (not saved: after a reload nothing is in flight).
    #[serde(skip)]
    in_flight: BTreeSet<String>,
}

impl SignupQueue {
    /// Restores the saved queue. Entries that cannot be read are dropped from the returned
    /// queue but counted, so the caller can keep the raw text instead of overwriting it.
    pub fn restore(json: &str) -> (SignupQueue, usize) {
        let Ok(serde_json::Value::Array(values)) = serde_json::from_str(json) else {
            return (SignupQueue::default(), usize::from(!json.trim().is_empty()));
        };
        let mut q = SignupQueue::default();
        let mut bad = 0;
        for v in values {
            match serde_json::from_value::<Queued>(v) {
                Ok(item) => q.items.push(item),
                Err(_) => bad += 1,
            }
        }
        (q, bad)
    }

    /// Serialises for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.items).unwrap_or_else(|_| "[]".into())
    }

    /// Adds a sign-up, due at once. A key already queued is not added twice.
    pub fn push(&mut self, signup: Signup) {
        if self
            .items
            .iter()
            .any(|q| q.signup.idempotency_key == signup.idempotency_key)
        {
            return;
        }
        self.items.push(Queued {
            signup,
            attempts: 0,
            next_attempt_ms: 0.0,
            held: None,
            last_error: None,
        });
    }

    /// Number of sign-ups on the device.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when nothing is waiting.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Keys of the sign-ups due for an automatic attempt at `now_ms`: not held, not in flight,
    /// and their next attempt time has come. Oldest first.
    pub fn due(&self, now_ms: f64) -> Vec<String> {
        self.items
            .iter()
            .filter(|q| {
                q.held.is_none()
                    && q.next_attempt_ms <= now_ms
                    && !self.in_flight.contains(&q.signup.idempotency_key)
            })
            .map(|q| q.signup.idempotency_key.clone())
            .collect()
    }

    /// Makes every sign-up (held ones too) due now ("Retry now" on the staff screen).
    pub fn retry_all_now(&mut self) {
        for q in &mut self.items {
            q.held = None;
            q.next_attempt_ms = 0.0;
        }
    }

    /// Marks `key` as being sent and returns its sign-up; `None` if it is not queued or a
    /// request for it is already under way.
    pub fn start(&mut self, key: &str) -> Option<Signup> {
        let item = self
            .items
            .iter()
            .find(|q| q.signup.idempotency_key == key)?;
        if !self.in_flight.insert(key.to_owned()) {
            return None;
        }
        Some(item.signup.clone())
    }

    /// Whether a request for `key` is under way.
    pub fn is_in_flight(&self, key: &str) -> bool {
        self.in_flight.contains(key)
    }

    /// Records how the attempt for `key` ended, at `now_ms`.
    pub fn finish(&mut self, key: &str, outcome: Outcome, now_ms: f64) {
        self.in_flight.remove(key);
        let Some(pos) = self
            .items
            .iter()
            .position(|q| q.signup.idempotency_key == key)
        else {
            return;
        };
        match outcome {
            Outcome::Delivered => {
                self.items.remove(pos);
            }
            Outcome::Transient(why) => {
                let q = &mut self.items[pos];
                q.attempts = q.attempts.saturating_add(1);
                q.next_attempt_ms = now_ms + backoff_ms(q.attempts) as f64;
                q.last_error = Some(why);
            }
            Outcome::Refused(why) => {
                let q = &mut self.items[pos];
                q.attempts = q.attempts.saturating_add(1);
                q.held = Some(why.clone());
                q.last_error = Some(why);
            }
        }
    }

    /// The earliest time an automatic attempt is due, if any.
    pub fn next_due_ms(&self) -> Option<f64> {
        self.items
            .iter()
            .filter(|q| q.held.is_none())
            .map(|q| q.next_attempt_ms)
            .reduce(f64::min)
    }

    /// Removes everything (after staff exported it).
    pub fn clear(&mut self) {
        self.items.clear();
    }
}

/// The waiting sign-ups as CSV for staff (header row first).
pub fn to_csv(queue: &SignupQueue) -> String {
    let mut rows = vec![vec![
        "created_at".to_owned(),
        "name".into(),
        "email".into(),
        "interest".into(),
        "locale".into(),
        "consent".into(),
        "idempotency_key".into(),
        "status".into(),
    ]];
    for q in &queue.items {
        let s = &q.signup;
        rows.push(vec![
            s.created_at.clone(),
            s.name.clone(),
            s.email.clone(),
            s.interest.clone(),
            s.locale.clone(),
            s.consent.to_string(),
            s.idempotency_key.clone(),
            match &q.held {
                Some(why) => format!("refused: {why}"),
                None if q.attempts == 0 => "waiting".into(),
                None => format!("retrying after {} attempts", q.attempts),
            },
        ]);
    }
    super::csv::write(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signup(key: &str) -> Signup {
        Signup {
            idempotency_key: key.into(),
            name: "Mari Maasikas".into(),
            email: "mari@example.ee".into(),
            interest: "health".into(),
            locale: "et".into(),
            consent: true,
            created_at: "2026-11-22T10:00:00Z".into(),
        }
    }

    #[test]
    fn good_addresses() {
        for ok in [
            "a@b.co",
            "mari.maasikas@example.ee",
            "first+tag@sub.domain.example.org",
            "  padded@example.com ",
            "o'neil@example.ie",
            "jüri@tervis.ee",
            "user@xn--bcher-kva.example",
            "андрій@приклад.укр",
        ] {
            assert_eq!(validate_email(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn bad_addresses() {
        assert_eq!(validate_email("   "), Err(EmailError::Empty));
        for bad in [
            "plainaddress",
            "@example.com",
            "a@",
            "a@b",
            "a@b.c",
            "a@@b.com",
            "a@b@c.com",
            "a b@c.com",
            "a@b .com",
            "a@-b.com",
            "a@b-.com",
            "a@b..com",
            ".a@b.com",
            "a.@b.com",
            "a..b@c.com",
            "a@b.c0m",
            "a@b.123",
            "a<b@c.com",
            "a@b_c.com",
        ] {
            assert_eq!(validate_email(bad), Err(EmailError::Invalid), "{bad}");
        }
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert_eq!(validate_email(&long_local), Err(EmailError::Invalid));
        let long = format!("a@{}.com", "b".repeat(250));
        assert_eq!(validate_email(&long), Err(EmailError::Invalid));
    }

    #[test]
    fn form_reports_each_problem_once_in_field_order() {
        let empty = SignupForm::default();
        assert_eq!(
            empty.validate(),
            [
                FormError::NameMissing,
                FormError::EmailMissing,
                FormError::InterestInvalid,
                FormError::ConsentMissing
            ]
        );
        let form = SignupForm {
            name: "x".repeat(201),
            email: "nope".into(),
            interest: "health".into(),
            consent: true,
        };
        assert_eq!(
            form.validate(),
            [FormError::NameTooLong, FormError::EmailInvalid]
        );
    }

    #[test]
    fn a_valid_form_becomes_a_trimmed_signup() {
        let form = SignupForm {
            name: "  Mari Maasikas ".into(),
            email: " mari@example.ee ".into(),
            interest: "health".into(),
            consent: true,
        };
        let s = form
            .into_signup(
                "k-0123456789abcdef".into(),
                "et",
                "2026-11-22T10:00:00Z".into(),
            )
            .unwrap();
        assert_eq!(s.name, "Mari Maasikas");
        assert_eq!(s.email, "mari@example.ee");
        assert_eq!(
            serde_json::to_value(&s).unwrap(),
            serde_json::json!({"idempotencyKey": "k-0123456789abcdef", "name": "Mari Maasikas",
                "email": "mari@example.ee", "interest": "health", "locale": "et", "consent": true,
                "createdAt": "2026-11-22T10:00:00Z"})
        );
    }

    #[test]
    fn backoff_schedule() {
        let s: Vec<u64> = (0..12).map(backoff_ms).collect();
        assert_eq!(
            s,
            [
                0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000,
                300_000
            ]
        );
        assert_eq!(backoff_ms(u32::MAX), 300_000);
    }

    #[test]
    fn delivered_exactly_once_through_failures() {
        let mut q = SignupQueue::default();
        q.push(signup("k1"));
        q.push(signup("k1")); // the same key is never queued twice
        q.push(signup("k2"));
        assert_eq!(q.len(), 2);
        assert_eq!(q.due(0.0), ["k1", "k2"]);

        // k1 is sent; while under way it is neither due nor startable again
        assert_eq!(q.start("k1").unwrap().idempotency_key, "k1");
        assert!(q.start("k1").is_none());
        assert_eq!(q.due(0.0), ["k2"]);

        // a 500 schedules it 1 s later, then 2 s, then 4 s
        q.finish("k1", Outcome::Transient("HTTP 500".into()), 10_000.0);
        assert_eq!(q.due(10_999.0), ["k2"]);
        assert_eq!(q.due(11_000.0), ["k1", "k2"]);
        q.start("k1");
        q.finish("k1", Outcome::Transient("offline".into()), 11_000.0);
        assert_eq!(q.items[0].next_attempt_ms, 13_000.0);
        q.start("k1");
        q.finish("k1", Outcome::Transient("offline".into()), 13_000.0);
        assert_eq!(q.items[0].next_attempt_ms, 17_000.0);
        assert_eq!(q.items[0].attempts, 3);
        assert_eq!(q.next_due_ms(), Some(0.0), "k2 is still due");

        // survives a save and restore, and nothing is in flight afterwards
        q.start("k2");
        let (mut restored, bad) = SignupQueue::restore(&q.to_json());
        assert_eq!(bad, 0);
        assert_eq!(restored.items, q.items);
        assert!(!restored.is_in_flight("k2"));

        // delivered: removed; a late second answer for the same key changes nothing
        restored.start("k1");
        restored.finish("k1", Outcome::Delivered, 17_000.0);
        restored.finish("k1", Outcome::Delivered, 17_001.0);
        assert_eq!(restored.len(), 1);
        assert_eq!(restored.items[0].signup.idempotency_key, "k2");
    }

    #[test]
    fn refused_signups_are_held_until_staff_retry() {
        let mut q = SignupQueue::default();
        q.push(signup("k1"));
        q.start("k1");
        q.finish("k1", Outcome::Refused("HTTP 422".into()), 0.0);
        assert!(q.due(f64::MAX).is_empty());
        assert_eq!(q.next_due_ms(), None);
        assert_eq!(q.len(), 1, "kept on the device");
        q.retry_all_now();
        assert_eq!(q.due(0.0), ["k1"]);
    }

    #[test]
    fn unreadable_saved_entries_are_counted() {
        let good = serde_json::to_string(&Queued {
            signup: signup("k1"),
            attempts: 2,
            next_attempt_ms: 5.0,
            held: None,
            last_error: None,
        })
        .unwrap();
        let (q, bad) = SignupQueue::restore(&format!("[{good}, {{\"x\": 1}}]"));
        assert_eq!((q.len(), bad), (1, 1));
        assert_eq!(SignupQueue::restore("{").1, 1);
        assert_eq!(SignupQueue::restore("").1, 0);
    }

    #[test]
    fn csv_export_escapes_and_neutralises_formulas() {
        let mut q = SignupQueue::default();
        let mut s = signup("k1");
        s.name = "=HYPERLINK(\"x\")".into();
        q.push(s);
        q.push(signup("k2"));
        q.start("k2");
        q.finish("k2", Outcome::Transient("HTTP 503".into()), 0.0);
        let csv = to_csv(&q);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "created_at,name,email,interest,locale,consent,idempotency_key,status"
        );
        assert_eq!(
            lines[1],
            "2026-11-22T10:00:00Z,\"'=HYPERLINK(\"\"x\"\")\",mari@example.ee,health,et,true,k1,waiting"
        );
        assert_eq!(
            lines[2],
            "2026-11-22T10:00:00Z,Mari Maasikas,mari@example.ee,health,et,true,k2,retrying after 1 attempts"
        );
    }
}
