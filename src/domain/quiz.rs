//! The interest quiz document (`quiz` endpoint): RIASEC items in every UI language, its lenient
//! decoding, and the learner's answers (progress).

use super::decode::{decode_value, parse_json, DecodeError};
use super::text::LocalisedText;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One of the six Holland (RIASEC) interest types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Riasec {
    /// Realistic.
    R,
    /// Investigative.
    I,
    /// Artistic.
    A,
    /// Social.
    S,
    /// Enterprising.
    E,
    /// Conventional.
    C,
}

impl Riasec {
    /// All six, in R-I-A-S-E-C order.
    pub const ALL: [Riasec; 6] = [
        Riasec::R,
        Riasec::I,
        Riasec::A,
        Riasec::S,
        Riasec::E,
        Riasec::C,
    ];

    /// Position in R-I-A-S-E-C order.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The type's letter (`'S'`).
    pub fn letter(self) -> char {
        ['R', 'I', 'A', 'S', 'E', 'C'][self.index()]
    }
}

/// Where an item comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemSet {
    /// The public-domain IIP RIASEC marker items.
    #[default]
    Iip,
    /// Items written by the project about health and IT work.
    Project,
}

/// One quiz item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuizItem {
    /// Stable id (`R1`, `S4`, `P-HEALTH-2`).
    pub id: String,
    /// The interest type the item scores.
    #[serde(rename = "type")]
    pub kind: Riasec,
    /// Which item set it belongs to.
    #[serde(default)]
    pub set: ItemSet,
    /// The activity, e.g. "Help people with personal or emotional problems".
    pub text: LocalisedText,
}

/// The quiz document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quiz {
    /// Version of the item set (changes invalidate saved progress).
    #[serde(default)]
    pub version: u32,
    /// The items, in the order they are asked.
    pub items: Vec<QuizItem>,
    /// Items that could not be used (malformed, empty text, repeated id), with the reason.
    #[serde(skip)]
    pub skipped: Vec<DecodeError>,
}

impl Quiz {
    /// How many usable items there are of each type, in R-I-A-S-E-C order.
    pub fn items_per_type(&self) -> [usize; 6] {
        let mut n = [0; 6];
        for item in &self.items {
            n[item.kind.index()] += 1;
        }
        n
    }
}

/// Decodes the quiz document. Each item is decoded on its own: a malformed item, an item with
/// no text or a repeated id is skipped and reported in [`Quiz::skipped`]; the document is an
/// error only when it is not an object with an `items` array, or when no item is usable.
pub fn decode(text: &str) -> Result<Quiz, DecodeError> {
    let value = parse_json(text)?;
    let obj = value.as_object().ok_or_else(|| DecodeError {
        path: ".".into(),
        message: "expected an object with `items`".into(),
    })?;
    let version = match obj.get("version") {
        None | Some(serde_json::Value::Null) => 0,
        Some(v) => v
            .as_u64()
            .and_then(|v| u32::try_from(v).ok())
            .ok_or_else(|| DecodeError {
                path: "version".into(),
                message: "expected a whole number".into(),
            })?,
    };
    let values = obj
        .get("items")
        .and_then(|v| v.as_array())
        .ok_or_else(|| DecodeError {
            path: "items".into(),
            message: "expected an array of quiz items".into(),
        })?;
    let mut items = Vec::with_capacity(values.len());
    let mut skipped = Vec::new();
    let mut seen = BTreeSet::new();
    for (i, v) in values.iter().enumerate() {
        let at = format!("items[{i}]");
        match decode_value::<QuizItem>(v, &at) {
            Err(e) => skipped.push(e),
            Ok(item) if item.id.trim().is_empty() => skipped.push(DecodeError {
                path: format!("{at}.id"),
                message: "missing id".into(),
            }),
            Ok(item) if item.text.is_empty() => skipped.push(DecodeError {
                path: format!("{at}.text"),
                message: "empty text".into(),
            }),
            Ok(item) if !seen.insert(item.id.clone()) => skipped.push(DecodeError {
                path: format!("{at}.id"),
                message: format!("repeated id {}", item.id),
            }),
            Ok(item) => items.push(item),
        }
    }
    if items.is_empty() {
        return Err(DecodeError {
            path: "items".into(),
            message: "no usable quiz items".into(),
        });
    }
    Ok(Quiz {
        version,
        items,
        skipped,
    })
}

/// The learner's answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Answer {
    /// The learner skipped the item: it does not count toward any score.
    Skipped,
    /// A rating from 1 ("dislike a lot") to 5 ("like a lot").
    Rated(u8),
}

impl TryFrom<u8> for Answer {
    type Error = String;
    fn try_from(v: u8) -> Result<Self, Self::Error> {
        match v {
            0 => Ok(Answer::Skipped),
            1..=5 => Ok(Answer::Rated(v)),
            _ => Err(format!("answer {v} is not 0–5")),
        }
    }
}

impl From<Answer> for u8 {
    fn from(a: Answer) -> u8 {
        match a {
            Answer::Skipped => 0,
            Answer::Rated(v) => v,
        }
    }
}

/// Lowest and highest rating on the answer scale.
pub const RATING_RANGE: (u8, u8) = (1, 5);

/// Answers given so far, keyed by item id (so they do not depend on the order items are
/// asked in). Saved in session storage while the quiz runs.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    /// The quiz version the answers belong to.
    pub version: u32,
    /// Item id → answer.
    pub answers: BTreeMap<String, Answer>,
}

impl Progress {
    /// Empty progress for a quiz version.
    pub fn new(version: u32) -> Self {
        Progress {
            version,
            answers: BTreeMap::new(),
        }
    }

    /// Restores saved progress; `None` when the text is not valid progress or belongs to
    /// another version of the quiz (its items may have changed).
    pub fn restore(json: &str, quiz: &Quiz) -> Option<Progress> {
        let p: Progress = serde_json::from_str(json).ok()?;
        (p.version == quiz.version).then_some(p)
    }

    /// Serialises for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Records an answer (replacing an earlier one).
    pub fn set(&mut self, item_id: &str, answer: Answer) {
        self.answers.insert(item_id.to_owned(), answer);
    }

    /// The answer given to an item, if any.
    pub fn get(&self, item_id: &str) -> Option<Answer> {
        self.answers.get(item_id).copied()
    }

    /// Index of the first item of `quiz` without an answer (skipped counts as answered), or
    /// the number of items when all are done.
    pub fn first_open(&self, quiz: &Quiz) -> usize {
        quiz.items
            .iter()
            .position(|i| !self.answers.contains_key(&i.id))
            .unwrap_or(quiz.items.len())
    }

    /// How many items of `quiz` have an answer (rated or skipped).
    pub fn done(&self, quiz: &Quiz) -> usize {
        quiz.items
            .iter()
            .filter(|i| self.answers.contains_key(&i.id))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{"version": 3, "items": [
        {"id": "R1", "type": "R", "set": "iip", "text": {"en": "Fix a bike"}},
        {"id": "S1", "type": "S", "text": "Help people"},
        {"id": "X", "type": "Q", "text": "bad type"},
        {"id": "E1", "type": "E", "text": {"en": " "}},
        {"id": "R1", "type": "R", "text": "again"},
        {"type": "C", "text": "no id"},
        {"id": "P1", "type": "C", "set": "project", "text": {"en": "Keep records", "nl": "Dossiers bijhouden"}}
    ]}"#;

    #[test]
    fn good_items_are_kept_and_bad_ones_counted() {
        let q = decode(DOC).unwrap();
        assert_eq!(q.version, 3);
        let ids: Vec<_> = q.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["R1", "S1", "P1"]);
        assert_eq!(q.items[1].set, ItemSet::Iip, "set defaults to iip");
        assert_eq!(q.items[2].set, ItemSet::Project);
        let paths: Vec<_> = q.skipped.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            ["items[2].type", "items[3].text", "items[4].id", "items[5]"]
        );
        assert_eq!(q.items_per_type(), [1, 0, 0, 1, 0, 1]);
    }

    #[test]
    fn unusable_documents_are_errors_with_a_path() {
        assert_eq!(decode("[]").unwrap_err().path, ".");
        assert_eq!(decode(r#"{"items": 4}"#).unwrap_err().path, "items");
        assert_eq!(
            decode(r#"{"items": [{"id": "a"}]}"#).unwrap_err().message,
            "no usable quiz items"
        );
        assert_eq!(
            decode(r#"{"version": "2", "items": []}"#).unwrap_err().path,
            "version"
        );
        assert!(decode("{").is_err());
    }

    #[test]
    fn progress_round_trips_and_rejects_other_versions() {
        let q = decode(DOC).unwrap();
        let mut p = Progress::new(3);
        p.set("R1", Answer::Rated(5));
        p.set("S1", Answer::Skipped);
        let json = p.to_json();
        assert_eq!(json, r#"{"version":3,"answers":{"R1":5,"S1":0}}"#);
        assert_eq!(Progress::restore(&json, &q), Some(p.clone()));
        assert_eq!(p.first_open(&q), 2);
        assert_eq!(p.done(&q), 2);
        let mut other = q.clone();
        other.version = 4;
        assert_eq!(Progress::restore(&json, &other), None);
        assert_eq!(
            Progress::restore(r#"{"version":3,"answers":{"R1":9}}"#, &q),
            None
        );
        assert_eq!(Progress::restore("garbage", &q), None);
    }

    #[test]
    fn first_open_is_the_end_when_everything_is_answered() {
        let q = decode(DOC).unwrap();
        let mut p = Progress::new(3);
        for i in &q.items {
            p.set(&i.id, Answer::Rated(3));
        }
        assert_eq!(p.first_open(&q), 3);
        // answers to items that no longer exist do not count
        p.set("gone", Answer::Rated(1));
        assert_eq!(p.done(&q), 3);
    }
}
