//! The careers document (`careers` endpoint): health, IT and HealthTech occupations from ESCO
//! with RIASEC profiles per ISCO group (O*NET-derived) and the VET route toward them.
//!
//! Decoding is lenient: a career that is malformed, repeats an id, or whose ISCO group has no
//! usable interest profile is skipped and counted, so one bad record never breaks scoring.

use super::catalogue::Area;
use super::decode::{decode_value, parse_json, DecodeError};
use super::text::LocalisedText;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The attribution O*NET prescribes for modified data (CC BY 4.0), shown with every result.
pub const ONET_ATTRIBUTION: &str = "This page includes information from the O*NET 29.0 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. carewise has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.";

/// The citation of the public-domain interest items, shown with the quiz.
pub const IIP_CITATION: &str = "Armstrong, P. I., Allison, W., & Rounds, J. (2008). Development and initial validation of brief public domain RIASEC marker scales. Journal of Vocational Behavior, 73, 287–299.";

/// Lowest and highest value of the O*NET interest scale.
pub const ONET_RANGE: (f64, f64) = (1.0, 7.0);

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
    /// The interest profile of its ISCO group (R-I-A-S-E-C, 1–7), filled in by [`decode`].
    #[serde(skip)]
    pub profile: [f64; 6],
}

/// The careers document, decoded: only careers that can be scored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CareersDoc {
    /// Usable RIASEC profiles per ISCO group.
    pub profiles: Vec<IscoProfile>,
    /// Occupations with a profile, in document order.
    pub careers: Vec<Career>,
    /// English (or localised) titles of the catalogue entries the careers link to, used only
    /// as a fallback label when the catalogue does not have the entry.
    pub catalogue_titles: BTreeMap<String, LocalisedText>,
    /// Careers (and profiles) that were skipped, with the reason.
    pub skipped: Vec<DecodeError>,
}

impl CareersDoc {
    /// Number of careers that were skipped (profiles that were skipped are not counted here).
    pub fn skipped_careers(&self) -> usize {
        self.skipped
            .iter()
            .filter(|e| e.path.starts_with("careers["))
            .count()
    }

    /// The career with this id.
    pub fn career(&self, id: &str) -> Option<&Career> {
        self.careers.iter().find(|c| c.id == id)
    }
}

fn array<'a>(
    obj: &'a serde_json::Map<String, serde_json::Value>,
    key: &str,
) -> Result<&'a Vec<serde_json::Value>, DecodeError> {
    obj.get(key)
        .and_then(|v| v.as_array())
        .ok_or_else(|| DecodeError {
            path: key.into(),
            message: "expected an array".into(),
        })
}

fn valid_isco(code: &str) -> bool {
    code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit())
}

/// Decodes the careers document. The document is an error only when it is not an object with
/// `profiles` and `careers` arrays; single bad records are skipped and reported.
pub fn decode(text: &str) -> Result<CareersDoc, DecodeError> {
    let value = parse_json(text)?;
    let obj = value.as_object().ok_or_else(|| DecodeError {
        path: ".".into(),
        message: "expected an object with `profiles` and `careers`".into(),
    })?;
    let mut doc = CareersDoc::default();

    let mut by_isco: BTreeMap<String, [f64; 6]> = BTreeMap::new();
    for (i, v) in array(obj, "profiles")?.iter().enumerate() {
        let at = format!("profiles[{i}]");
        match decode_value::<IscoProfile>(v, &at) {
            Err(e) => doc.skipped.push(e),
            Ok(p) if !valid_isco(&p.isco) => doc.skipped.push(DecodeError {
                path: format!("{at}.isco"),
                message: format!("not a four-digit ISCO-08 code: {}", p.isco),
            }),
            Ok(p)
                if p.scores
                    .iter()
                    .any(|s| !s.is_finite() || *s < ONET_RANGE.0 || *s > ONET_RANGE.1) =>
            {
                doc.skipped.push(DecodeError {
                    path: format!("{at}.scores"),
                    message: "scores must be between 1 and 7".into(),
                })
            }
            Ok(p) => {
                by_isco.insert(p.isco.clone(), p.scores);
                doc.profiles.push(p);
            }
        }
    }

    let mut seen = BTreeSet::new();
    for (i, v) in array(obj, "careers")?.iter().enumerate() {
        let at = format!("careers[{i}]");
        match decode_value::<Career>(v, &at) {
            Err(e) => doc.skipped.push(e),
            Ok(c) if c.id.trim().is_empty() => doc.skipped.push(DecodeError {
                path: format!("{at}.id"),
                message: "missing id".into(),
            }),
            Ok(c) if c.label.is_empty() => doc.skipped.push(DecodeError {
                path: format!("{at}.label"),
                message: "empty label".into(),
            }),
            Ok(mut c) => match by_isco.get(&c.isco) {
                None => doc.skipped.push(DecodeError {
                    path: format!("{at}.isco"),
                    message: format!("no interest profile for ISCO group {}", c.isco),
                }),
                Some(_) if !seen.insert(c.id.clone()) => doc.skipped.push(DecodeError {
                    path: format!("{at}.id"),
                    message: format!("repeated id {}", c.id),
                }),
                Some(profile) => {
                    c.profile = *profile;
                    doc.careers.push(c);
                }
            },
        }
    }

    // Optional: fallback titles. A malformed map is ignored entry by entry.
    if let Some(titles) = obj.get("catalogueTitles").and_then(|v| v.as_object()) {
        for (id, t) in titles {
            if let Ok(text) = serde_json::from_value::<LocalisedText>(t.clone()) {
                doc.catalogue_titles.insert(id.clone(), text);
            }
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{
      "profiles": [
        {"isco": "5321", "scores": [4.12, 3.38, 1.41, 6.17, 1.80, 4.09]},
        {"isco": "3512", "scores": [4.06, 3.85, 1.00, 3.32, 2.31, 5.89]},
        {"isco": "9999", "scores": [1, 2, 3]},
        {"isco": "12", "scores": [1, 1, 1, 1, 1, 1]},
        {"isco": "2511", "scores": [3.55, 6.65, 2.41, 2.65, 2.30, 9.0]}
      ],
      "careers": [
        {"id": "healthcare-assistant", "escoUri": "http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082",
         "isco": "5321", "area": "health", "label": {"en": "healthcare assistant"},
         "vetRoute": {"eqfLevel": 3, "durationMonths": 24}, "catalogueEntries": ["nl-ehr-basics"]},
        {"id": "ict-operations", "escoUri": "http://data.europa.eu/esco/occupation/x", "isco": "3511", "area": "it", "label": "ICT operations technician"},
        {"id": "no-area", "escoUri": "http://data.europa.eu/esco/occupation/y", "isco": "3512", "label": "x"},
        {"id": "ict-technician", "escoUri": "http://data.europa.eu/esco/occupation/z", "isco": "3512", "area": "it", "label": "ICT technician"},
        {"id": "ict-technician", "escoUri": "http://data.europa.eu/esco/occupation/z", "isco": "3512", "area": "it", "label": "again"},
        {"id": "analyst", "escoUri": "http://data.europa.eu/esco/occupation/w", "isco": "2511", "area": "it", "label": "data analyst"}
      ],
      "catalogueTitles": {"nl-ehr-basics": "Electronic health records: the basics", "bad": 4}
    }"#;

    #[test]
    fn careers_without_a_profile_are_skipped_and_counted() {
        let doc = decode(DOC).unwrap();
        let ids: Vec<_> = doc.careers.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["healthcare-assistant", "ict-technician"]);
        assert_eq!(doc.careers[0].profile[3], 6.17);
        assert_eq!(doc.careers[0].vet_route.eqf_level, Some(3));
        assert_eq!(doc.profiles.len(), 2);
        let career_problems: Vec<_> = doc
            .skipped
            .iter()
            .filter(|e| e.path.starts_with("careers"))
            .map(|e| (e.path.as_str(), e.message.as_str()))
            .collect();
        assert_eq!(
            career_problems,
            [
                ("careers[1].isco", "no interest profile for ISCO group 3511"),
                ("careers[2]", "missing field `area`"),
                ("careers[4].id", "repeated id ict-technician"),
                // 2511's profile was out of range, so the analyst has no profile either
                ("careers[5].isco", "no interest profile for ISCO group 2511"),
            ]
        );
        assert_eq!(doc.skipped_careers(), 4);
        assert_eq!(doc.skipped.len(), 7, "three bad profiles too");
        assert_eq!(
            doc.catalogue_titles["nl-ehr-basics"].get("fi"),
            "Electronic health records: the basics"
        );
        assert!(!doc.catalogue_titles.contains_key("bad"));
    }

    #[test]
    fn broken_documents_are_errors() {
        assert_eq!(decode("[]").unwrap_err().path, ".");
        assert_eq!(decode(r#"{"careers": []}"#).unwrap_err().path, "profiles");
        assert_eq!(
            decode(r#"{"profiles": [], "careers": {}}"#)
                .unwrap_err()
                .path,
            "careers"
        );
        assert!(decode("not json").is_err());
    }

    #[test]
    fn an_empty_document_is_valid_but_has_nothing() {
        let doc = decode(r#"{"profiles": [], "careers": []}"#).unwrap();
        assert!(doc.careers.is_empty() && doc.skipped.is_empty());
    }
}
