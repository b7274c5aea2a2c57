//! Catalogue entries (micro-credentials) as the backend contract describes them
//! (`docs/schema/catalogue-entry.schema.json`), and decoding of the list endpoint.
//!
//! Field names follow the EU Council Recommendation on micro-credentials (2022), Annex I.

use super::decode::{decode_value, parse_json, DecodeError};
use super::text::LocalisedText;
use serde::{Deserialize, Serialize};

/// Career area a course belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Area {
    /// Health and care.
    Health,
    /// Information technology.
    It,
    /// Between the two: digital health.
    Healthtech,
    /// Soft and transversal skills (teamwork, communication, digital citizenship).
    Transversal,
}

/// Form of participation in the learning activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Participation {
    /// Fully online.
    Online,
    /// Online and on-site.
    Blended,
    /// On-site at the provider.
    OnSite,
    /// At a workplace.
    WorkBased,
}

/// The awarding body (provider).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AwardingBody {
    /// Official name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code (`NL`, `EE`, `FI`, `IT`).
    pub country: String,
    /// Region within the country.
    pub region: Option<String>,
    /// Web site (only used if http(s)).
    pub url: Option<String>,
}

/// How learning is assessed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Assessment {
    /// Type of assessment (e.g. "practical test and portfolio").
    pub kind: Option<LocalisedText>,
    /// Whether the assessment is supervised.
    pub supervised: Option<bool>,
    /// Whether the learner's identity is checked.
    pub identity_checked: Option<bool>,
}

/// How the credential stacks.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Stackability {
    /// True when the credential stands alone.
    pub standalone: bool,
    /// The pathway it is part of, if any.
    pub pathway: Option<Pathway>,
    /// Ids of catalogue entries this one builds on (recommended before it).
    pub builds_on: Vec<String>,
}

/// A named pathway toward a qualification.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Pathway {
    /// Stable id of the pathway.
    pub id: String,
    /// The qualification the pathway leads toward.
    pub qualification: LocalisedText,
    /// EQF level of that qualification.
    pub eqf_level: Option<u8>,
    /// Ids of the catalogue entries that make up the pathway, in order.
    pub entries: Vec<String>,
}

/// Price of participation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Price {
    /// Amount; `0` means free.
    pub amount: f64,
    /// ISO 4217 currency code.
    pub currency: String,
}

/// A reference into ESCO (occupation or skill).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct EscoRef {
    /// ESCO URI (`http://data.europa.eu/esco/occupation/…`).
    pub uri: String,
    /// Preferred label.
    pub label: LocalisedText,
}

/// One micro-credential in the catalogue.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CatalogueEntry {
    /// Stable id, used in `/catalogue/:id`.
    pub id: String,
    /// Title of the micro-credential.
    pub title: LocalisedText,
    /// One-paragraph summary.
    pub summary: Option<LocalisedText>,
    /// Career area.
    pub area: Option<Area>,
    /// Awarding body, with its country and region.
    pub awarding_body: Option<AwardingBody>,
    /// Learning outcomes, one per item.
    pub learning_outcomes: Vec<LocalisedText>,
    /// Notional workload in ECTS credits.
    pub ects: Option<f64>,
    /// EQF level (1–8).
    pub eqf_level: Option<u8>,
    /// Type of assessment.
    pub assessment: Option<Assessment>,
    /// Form of participation.
    pub participation: Option<Participation>,
    /// Type of quality assurance.
    pub quality_assurance: Option<LocalisedText>,
    /// Prerequisites for enrolment.
    pub prerequisites: Option<LocalisedText>,
    /// Stackability and pathway.
    pub stackability: Option<Stackability>,
    /// Languages of instruction (ISO 639-1 codes).
    pub languages: Vec<String>,
    /// Price.
    pub price: Option<Price>,
    /// Start dates (`YYYY-MM-DD`).
    pub start_dates: Vec<chrono::NaiveDate>,
    /// Duration in weeks.
    pub duration_weeks: Option<u16>,
    /// Where it takes place.
    pub location: Option<LocalisedText>,
    /// ISCED-F 2013 field code (`0913`).
    pub isced_f: Option<String>,
    /// ESCO occupations it prepares for.
    pub occupations: Vec<EscoRef>,
    /// ESCO skills it develops.
    pub skills: Vec<EscoRef>,
    /// The Open Badges achievement id of the credential it awards (to match wallet contents).
    pub achievement_id: Option<String>,
}

/// A mandatory element of the EU Council Recommendation (Annex I) that an entry can lack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Element {
    /// Title.
    Title,
    /// Awarding body (its name).
    AwardingBody,
    /// Country of the awarding body.
    Country,
    /// Learning outcomes.
    LearningOutcomes,
    /// Notional workload (ECTS).
    Ects,
    /// EQF level.
    EqfLevel,
    /// Type of assessment.
    Assessment,
    /// Form of participation.
    Participation,
    /// Type of quality assurance.
    QualityAssurance,
}

impl CatalogueEntry {
    /// The mandatory elements this entry lacks (empty when it is complete). Identification of
    /// the learner and date of issue are per credential, so they are not asked of a course.
    pub fn missing_elements(&self) -> Vec<Element> {
        let body = self.awarding_body.as_ref();
        let blank = |t: &Option<LocalisedText>| t.as_ref().is_none_or(LocalisedText::is_empty);
        let mut missing = Vec::new();
        if self.title.is_empty() {
            missing.push(Element::Title);
        }
        if body.is_none_or(|b| b.name.trim().is_empty()) {
            missing.push(Element::AwardingBody);
        }
        if body.is_none_or(|b| b.country.trim().is_empty()) {
            missing.push(Element::Country);
        }
        if self.learning_outcomes.iter().all(LocalisedText::is_empty) {
            missing.push(Element::LearningOutcomes);
        }
        if !self.ects.is_some_and(|x| x.is_finite() && x >= 0.0) {
            missing.push(Element::Ects);
        }
        if !self.eqf_level.is_some_and(|l| (1..=8).contains(&l)) {
            missing.push(Element::EqfLevel);
        }
        if blank(&self.assessment.as_ref().and_then(|a| a.kind.clone())) {
            missing.push(Element::Assessment);
        }
        if self.participation.is_none() {
            missing.push(Element::Participation);
        }
        if blank(&self.quality_assurance) {
            missing.push(Element::QualityAssurance);
        }
        missing
    }

    /// True when every mandatory element is there.
    pub fn is_complete(&self) -> bool {
        self.missing_elements().is_empty()
    }

    /// True when the course costs nothing.
    pub fn is_free(&self) -> bool {
        self.price.as_ref().is_some_and(|p| p.amount == 0.0)
    }
}

/// Server-side paging information, when the backend pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Paging {
    /// Number of matching entries on the server.
    pub total: u32,
    /// 1-based page number of this response.
    pub page: u32,
    /// Page size.
    pub per_page: u32,
}

/// The decoded catalogue list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CatalogueList {
    /// Entries that decoded.
    pub entries: Vec<CatalogueEntry>,
    /// Entries that did not, with the reason.
    pub skipped: Vec<DecodeError>,
    /// `Some` when the backend pages and searches on the server.
    pub paging: Option<Paging>,
    /// Facet counts sent by a paging backend (`facets`), if it sends them.
    pub facets: Option<super::catalogue_search::FacetCounts>,
}

fn u32_field(obj: &serde_json::Map<String, serde_json::Value>, key: &str) -> Option<u32> {
    obj.get(key)
        .and_then(|v| v.as_u64())
        .and_then(|v| u32::try_from(v).ok())
}

/// Decodes the catalogue list endpoint: either a bare array of entries (static backend, no
/// paging) or `{"items": [...], "total": n, "page": p, "perPage": k}` (paging backend).
/// Each entry is decoded on its own; an entry without an `id` is skipped.
pub fn decode_list(text: &str) -> Result<CatalogueList, DecodeError> {
    let value = parse_json(text)?;
    let (items, paging) = match &value {
        serde_json::Value::Array(items) => (items.as_slice(), None),
        serde_json::Value::Object(obj) => {
            let items = obj
                .get("items")
                .and_then(|v| v.as_array())
                .ok_or_else(|| DecodeError {
                    path: "items".into(),
                    message: "expected an array of catalogue entries".into(),
                })?;
            let paging = match (u32_field(obj, "total"), u32_field(obj, "page")) {
                (Some(total), Some(page)) => Some(Paging {
                    total,
                    page: page.max(1),
                    per_page: u32_field(obj, "perPage")
                        .or_else(|| u32_field(obj, "per_page"))
                        .unwrap_or(items.len() as u32)
                        .max(1),
                }),
                _ => None,
            };
            (items.as_slice(), paging)
        }
        _ => {
            return Err(DecodeError {
                path: ".".into(),
                message: "expected an array or an object with `items`".into(),
            })
        }
    };
    let facets = match (&value, paging) {
        (serde_json::Value::Object(obj), Some(_)) => obj
            .get("facets")
            .filter(|f| f.is_object())
            .map(super::catalogue_search::FacetCounts::from_json),
        _ => None,
    };
    let prefix = if paging.is_some() || value.is_object() {
        "items"
    } else {
        ""
    };
    let mut entries = Vec::with_capacity(items.len());
    let mut skipped = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{prefix}[{i}]");
        match decode_value::<CatalogueEntry>(item, &at) {
            // An entry without an id cannot be linked to: skip it, but say so.
            Ok(e) if e.id.trim().is_empty() => skipped.push(DecodeError {
                path: format!("{at}.id"),
                message: "missing id".into(),
            }),
            Ok(e) => entries.push(e),
            Err(e) => skipped.push(e),
        }
    }
    Ok(CatalogueList {
        entries,
        skipped,
        paging,
        facets,
    })
}

/// Decodes one catalogue entry (the entry-by-id endpoint).
pub fn decode_entry(text: &str) -> Result<CatalogueEntry, DecodeError> {
    let value = parse_json(text)?;
    let entry: CatalogueEntry = decode_value(&value, ".")?;
    if entry.id.trim().is_empty() {
        return Err(DecodeError {
            path: "id".into(),
            message: "missing id".into(),
        });
    }
    Ok(entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = r#"{
        "id": "nl-ehr-basics",
        "title": {"en": "Electronic health records: the basics", "nl": "Elektronisch patiëntendossier: de basis"},
        "area": "healthtech",
        "awardingBody": {"name": "Zorgcollege Noord", "country": "NL", "region": "Groningen"},
        "learningOutcomes": [{"en": "Find and update a care plan"}],
        "ects": 2,
        "eqfLevel": 4,
        "assessment": {"kind": "Practical test", "supervised": true},
        "participation": "work-based",
        "qualityAssurance": "NVAO-accredited provider",
        "languages": ["nl", "en"],
        "price": {"amount": 0, "currency": "EUR"},
        "startDates": ["2027-02-01"],
        "unknownField": {"ignored": true}
    }"#;

    #[test]
    fn entry_decodes_with_eu_elements() {
        let e = decode_entry(ENTRY).unwrap();
        assert_eq!(e.id, "nl-ehr-basics");
        assert_eq!(e.title.get("nl"), "Elektronisch patiëntendossier: de basis");
        assert_eq!(e.area, Some(Area::Healthtech));
        assert_eq!(e.awarding_body.as_ref().unwrap().country, "NL");
        assert_eq!(e.ects, Some(2.0));
        assert_eq!(e.eqf_level, Some(4));
        assert_eq!(e.participation, Some(Participation::WorkBased));
        assert_eq!(e.assessment.unwrap().supervised, Some(true));
        assert_eq!(
            e.start_dates,
            [chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap()]
        );
    }

    #[test]
    fn unpaged_array_keeps_good_entries_and_reports_bad_ones() {
        let text = format!(
            r#"[{ENTRY}, {{"id": "x", "ects": "three"}}, {{"title": "no id"}}, {{"id": "y"}}]"#
        );
        let list = decode_list(&text).unwrap();
        let ids: Vec<_> = list.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["nl-ehr-basics", "y"]);
        assert_eq!(list.skipped.len(), 2);
        assert_eq!(list.skipped[0].path, "[1].ects");
        assert_eq!(list.skipped[1].path, "[2].id");
        assert_eq!(list.paging, None);
    }

    #[test]
    fn paged_object_is_recognised() {
        let list =
            decode_list(r#"{"items": [{"id": "a"}], "total": 41, "page": 3, "perPage": 20}"#)
                .unwrap();
        assert_eq!(
            list.paging,
            Some(Paging {
                total: 41,
                page: 3,
                per_page: 20
            })
        );
        assert_eq!(list.entries.len(), 1);
        assert_eq!(list.facets, None);
        let list = decode_list(
            r#"{"items": [], "total": 0, "page": 1, "facets": {"area": {"health": 3, "bad": 1, "it": "x"}, "eqf": {"4": 2, "11": 1}, "country": {"FI": 5}, "free": {"1": 4}, "weeks": {"8": 2}}}"#,
        )
        .unwrap();
        let f = list.facets.unwrap();
        assert_eq!(f.area, [3, 0, 0, 0]);
        assert_eq!(f.eqf[3], 2);
        assert_eq!(f.country, [("FI".to_owned(), 5)]);
        assert_eq!((f.free, f.within), (4, [0, 2, 0, 0]));
    }

    #[test]
    fn object_without_paging_is_a_plain_list() {
        let list = decode_list(r#"{"items": [{"id": "a"}, {"id": 5}]}"#).unwrap();
        assert_eq!(list.paging, None);
        assert_eq!(list.skipped[0].path, "items[1].id");
    }

    #[test]
    fn incomplete_entries_are_kept_and_say_what_they_lack() {
        let full = decode_entry(ENTRY).unwrap();
        assert_eq!(full.missing_elements(), []);
        assert!(full.is_complete() && full.is_free());
        let list = decode_list(
            r#"[{"id": "a", "title": "<b>Only a title</b>", "awardingBody": {"name": " "},
                 "learningOutcomes": [""], "assessment": {"supervised": true}, "eqfLevel": 9,
                 "qualityAssurance": {"en": ""}}]"#,
        )
        .unwrap();
        assert_eq!(list.entries.len(), 1);
        let e = &list.entries[0];
        // Markup is kept as text, to be shown as text.
        assert_eq!(e.title.get("en"), "<b>Only a title</b>");
        assert_eq!(
            e.missing_elements(),
            [
                Element::AwardingBody,
                Element::Country,
                Element::LearningOutcomes,
                Element::Ects,
                Element::EqfLevel,
                Element::Assessment,
                Element::Participation,
                Element::QualityAssurance
            ]
        );
        assert!(!e.is_free());
    }

    #[test]
    fn wrong_document_shapes_are_errors() {
        assert_eq!(decode_list(r#"{"entries": []}"#).unwrap_err().path, "items");
        assert_eq!(decode_list("42").unwrap_err().path, ".");
        assert!(decode_list("not json").is_err());
        assert_eq!(decode_entry(r#"{"title": "x"}"#).unwrap_err().path, "id");
        assert_eq!(
            decode_entry(r#"{"id": "a", "eqfLevel": "four"}"#)
                .unwrap_err()
                .path,
            "eqfLevel"
        );
    }
}
