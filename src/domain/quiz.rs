//! The interest quiz document (`quiz` endpoint): RIASEC items in every UI language.

use super::text::LocalisedText;
use serde::{Deserialize, Serialize};

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
}
