//! The learner's own view of the catalogue, computed on the device: courses saved to
//! "My interests", courses they already hold a credential for (from the wallet), and the "next
//! steps" that stack on what they hold.
//!
//! The wallet publishes the achievement ids it holds as a JSON array of strings in local
//! storage (`carewise.wallet.achievements`); [`decode_held`] reads it leniently.

use super::catalogue::CatalogueEntry;
use super::text::LocalisedText;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A saved course: its id and title, so the list can be shown without the backend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interest {
    /// Catalogue entry id.
    pub id: String,
    /// Its title when it was saved.
    pub title: LocalisedText,
}

/// "My interests", in the order saved (newest last).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Interests(pub Vec<Interest>);

impl Interests {
    /// Reads the stored list; anything unreadable is left out, never an error.
    pub fn decode(text: &str) -> Interests {
        let Ok(serde_json::Value::Array(items)) = serde_json::from_str(text) else {
            return Interests::default();
        };
        let mut out: Vec<Interest> = Vec::new();
        for item in items {
            if let Ok(i) = serde_json::from_value::<Interest>(item) {
                if !i.id.trim().is_empty() && !out.iter().any(|o| o.id == i.id) {
                    out.push(i);
                }
            }
        }
        Interests(out)
    }

    /// The stored form.
    pub fn encode(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "[]".into())
    }

    /// True when `id` is saved.
    pub fn contains(&self, id: &str) -> bool {
        self.0.iter().any(|i| i.id == id)
    }

    /// Saves the entry, or removes it if it was saved. Returns whether it is saved now.
    pub fn toggle(&mut self, entry: &CatalogueEntry) -> bool {
        if self.contains(&entry.id) {
            self.0.retain(|i| i.id != entry.id);
            false
        } else {
            self.0.push(Interest {
                id: entry.id.clone(),
                title: entry.title.clone(),
            });
            true
        }
    }

    /// Number of saved courses.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing is saved.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The wallet's published achievement ids (a JSON array of strings; other items are ignored,
/// anything else is the empty set).
pub fn decode_held(text: &str) -> BTreeSet<String> {
    match serde_json::from_str(text) {
        Ok(serde_json::Value::Array(items)) => items
            .into_iter()
            .filter_map(|v| v.as_str().map(str::trim).map(str::to_owned))
            .filter(|s| !s.is_empty())
            .collect(),
        _ => BTreeSet::new(),
    }
}

/// True when the learner holds the credential this entry awards.
pub fn holds(entry: &CatalogueEntry, held: &BTreeSet<String>) -> bool {
    entry
        .achievement_id
        .as_deref()
        .is_some_and(|a| held.contains(a.trim()))
}

/// Why an entry is a next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum StepReason {
    /// Everything it builds on is held.
    Ready,
    /// It builds on something held (and on something not yet held).
    BuildsOn,
    /// It is on the same pathway as something held.
    SamePathway,
}

/// A suggested next course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextStep {
    /// Position in the slice passed to [`next_steps`].
    pub index: usize,
    /// Why it is suggested.
    pub reason: StepReason,
}

/// Entries that stack on what the learner holds, best first: those whose every prerequisite
/// (`buildsOn`) is held, then those building on something held, then the other entries of a
/// pathway the learner has started (in pathway order). Held entries are never suggested.
pub fn next_steps(entries: &[CatalogueEntry], held: &BTreeSet<String>) -> Vec<NextStep> {
    let held_ids: BTreeSet<&str> = entries
        .iter()
        .filter(|e| holds(e, held))
        .map(|e| e.id.as_str())
        .collect();
    if held_ids.is_empty() {
        return Vec::new();
    }
    let mut steps: Vec<(StepReason, usize, usize)> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if held_ids.contains(e.id.as_str()) {
            continue;
        }
        let Some(st) = &e.stackability else { continue };
        let on = st
            .builds_on
            .iter()
            .filter(|b| held_ids.contains(b.as_str()))
            .count();
        let reason = if on > 0 && on == st.builds_on.len() {
            Some(StepReason::Ready)
        } else if on > 0 {
            Some(StepReason::BuildsOn)
        } else if st
            .pathway
            .as_ref()
            .is_some_and(|p| p.entries.iter().any(|x| held_ids.contains(x.as_str())))
        {
            Some(StepReason::SamePathway)
        } else {
            None
        };
        if let Some(reason) = reason {
            let pos = st
                .pathway
                .as_ref()
                .and_then(|p| p.entries.iter().position(|x| *x == e.id))
                .unwrap_or(usize::MAX);
            steps.push((reason, pos, i));
        }
    }
    steps.sort();
    steps
        .into_iter()
        .map(|(reason, _, index)| NextStep { index, reason })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::decode_list;

    fn list() -> Vec<CatalogueEntry> {
        decode_list(
            r#"[
            {"id": "a", "title": "A", "achievementId": "urn:a",
             "stackability": {"pathway": {"id": "p", "entries": ["a", "b", "c", "d"]}}},
            {"id": "b", "title": "B", "achievementId": "urn:b",
             "stackability": {"buildsOn": ["a"], "pathway": {"id": "p", "entries": ["a", "b", "c", "d"]}}},
            {"id": "c", "title": "C", "stackability": {"buildsOn": ["a", "x"], "pathway": {"id": "p", "entries": ["a", "b", "c", "d"]}}},
            {"id": "d", "title": "D", "stackability": {"pathway": {"id": "p", "entries": ["a", "b", "c", "d"]}}},
            {"id": "e", "title": "E", "stackability": {"buildsOn": ["b"]}},
            {"id": "f", "title": "F", "stackability": {"standalone": true}}
        ]"#,
        )
        .unwrap()
        .entries
    }

    #[test]
    fn next_steps_stack_on_what_is_held() {
        let l = list();
        let held = decode_held(r#"["urn:a", 42, " ", "urn:zz"]"#);
        assert_eq!(held.len(), 2);
        assert!(holds(&l[0], &held) && !holds(&l[1], &held));
        let steps: Vec<(&str, StepReason)> = next_steps(&l, &held)
            .iter()
            .map(|s| (l[s.index].id.as_str(), s.reason))
            .collect();
        assert_eq!(
            steps,
            [
                ("b", StepReason::Ready),
                ("c", StepReason::BuildsOn),
                ("d", StepReason::SamePathway)
            ]
        );
        // Holding b as well: e becomes ready, b is no longer suggested.
        let held = decode_held(r#"["urn:a", "urn:b"]"#);
        let ids: Vec<&str> = next_steps(&l, &held)
            .iter()
            .map(|s| l[s.index].id.as_str())
            .collect();
        assert_eq!(ids, ["e", "c", "d"]);
        assert!(next_steps(&l, &BTreeSet::new()).is_empty());
    }

    #[test]
    fn held_list_is_read_leniently() {
        assert!(decode_held("not json").is_empty());
        assert!(decode_held(r#"{"a": 1}"#).is_empty());
        assert_eq!(decode_held(r#"["x","x"," y "]"#).len(), 2);
    }

    #[test]
    fn interests_toggle_and_survive_encoding() {
        let l = list();
        let mut mine = Interests::default();
        assert!(mine.toggle(&l[0]));
        assert!(mine.toggle(&l[4]));
        assert!(mine.contains("a") && mine.contains("e"));
        let back = Interests::decode(&mine.encode());
        assert_eq!(back, mine);
        assert!(!mine.toggle(&l[0]));
        assert_eq!(mine.len(), 1);
        // Bad stored data: bad items dropped, duplicates once.
        let read = Interests::decode(
            r#"[{"id": "a", "title": "A"}, {"id": 3}, "x", {"id": "a", "title": "A2"}, {"id": "", "title": "no"}]"#,
        );
        assert_eq!(read.len(), 1);
        assert!(Interests::decode("{").is_empty());
    }
}
