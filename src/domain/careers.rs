//! The careers document (`careers` endpoint): health, IT and HealthTech occupations from ESCO
//! with RIASEC profiles per ISCO group (O*NET-derived) and the VET route toward them.

use super::catalogue::Area;
use super::text::LocalisedText;
use serde::{Deserialize, Serialize};

/// Mean O*NET interest scores (1–7) of an ISCO-08 unit group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IscoProfile {
    /// Four-digit ISCO-08 code.
    pub isco: String,
    /// Scores in R, I, A, S, E, C order.
    pub scores: [f64; 6],
}

/// The typical VET route into an occupation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct VetRoute {
    /// EQF level of the usual qualification.
    pub eqf_level: Option<u8>,
    /// Usual duration in months.
    pub duration_months: Option<u16>,
    /// A sentence about the route.
    pub text: Option<LocalisedText>,
}

/// One occupation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Career {
    /// Stable id.
    pub id: String,
    /// ESCO occupation URI.
    pub esco_uri: String,
    /// ISCO-08 unit group (looks up the RIASEC profile).
    pub isco: String,
    /// Career area.
    pub area: Area,
    /// ESCO preferred label.
    pub label: LocalisedText,
    /// Short ESCO description.
    #[serde(default)]
    pub description: Option<LocalisedText>,
    /// VET route.
    #[serde(default)]
    pub vet_route: VetRoute,
    /// Catalogue entries that lead toward it.
    #[serde(default)]
    pub catalogue_entries: Vec<String>,
}

/// The careers document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CareersDoc {
    /// RIASEC profiles per ISCO group.
    pub profiles: Vec<IscoProfile>,
    /// The occupations.
    pub careers: Vec<Career>,
}
