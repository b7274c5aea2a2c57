//! Reads an imported credential (Open Badges 3.0 / VC JSON, VC-JWT, VC-JOSE, European Digital
//! Credential JSON-LD, or a baked badge image) into a [`CredentialView`]: the EU
//! micro-credential elements that are present, and nothing invented.

use super::baked::{self, BakedError};
use super::url::{safe_image, safe_link};
use crate::domain::envelope::{self, Envelope, EnvelopeError};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Why imported bytes were not accepted. Each case has its own message in the UI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Nothing to import.
    #[error("empty")]
    Empty,
    /// Larger than the 1 MiB limit (or the image limit for badge images).
    #[error("too large: {size} bytes")]
    TooLarge {
        /// Size in bytes.
        size: usize,
    },
    /// It starts like JSON but is not valid JSON.
    #[error("not JSON (line {line}, column {column})")]
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Valid JSON or JWT, but not a verifiable credential.
    #[error("not a credential")]
    NotACredential,
    /// A format the wallet does not read (plain text, another image type, broken JWT…).
    #[error("unsupported format")]
    Unsupported,
    /// A badge image with no credential baked in.
    #[error("no credential in the image")]
    NoBakedCredential,
}

impl From<EnvelopeError> for ImportError {
    fn from(e: EnvelopeError) -> Self {
        match e {
            EnvelopeError::Empty => ImportError::Empty,
            EnvelopeError::TooLarge { size } => ImportError::TooLarge { size },
            EnvelopeError::NotJson { line, column, .. } => ImportError::NotJson { line, column },
            EnvelopeError::NotAnObject => ImportError::NotACredential,
            EnvelopeError::NotText | EnvelopeError::Unsupported | EnvelopeError::BadJwt(_) => {
                ImportError::Unsupported
            }
        }
    }
}

/// How the credential was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Open Badges 3.0 JSON (embedded proof, or unsigned).
    Ob3Json,
    /// A compact VC-JWT (`vc` claim).
    VcJwt,
    /// A compact JWS whose payload is the credential (VC-JOSE-COSE, `vc+jwt`).
    VcJose,
    /// A European Digital Credential (EDC JSON-LD).
    Edc,
    /// Another kind of verifiable credential (JSON).
    VcJson,
}

impl Format {
    /// Whether the stored bytes are a compact JWT (for the download file name).
    pub fn is_jwt(self) -> bool {
        matches!(self, Format::VcJwt | Format::VcJose)
    }
}

/// The issuer as shown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IssuerView {
    /// Identifier (a DID or URL).
    pub id: Option<String>,
    /// Name.
    pub name: Option<String>,
    /// Country (name, code, or both).
    pub country: Option<String>,
    /// Web site (http(s) only).
    pub url: Option<String>,
}

/// One alignment (framework, code, name, link).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AlignmentView {
    /// Target name.
    pub name: Option<String>,
    /// Framework name.
    pub framework: Option<String>,
    /// Code in the framework.
    pub code: Option<String>,
    /// Link (http(s) only).
    pub url: Option<String>,
}

/// A credential mapped onto the EU micro-credential elements. Every field is what the document
/// says (`None` / empty when it says nothing); text is plain text, URLs are safe to use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CredentialView {
    /// Encoding.
    pub format: Format,
    /// VC Data Model version: 1 (1.1) or 2.
    pub data_model: u8,
    /// `type` values of the credential.
    pub types: Vec<String>,
    /// Credential `id` (or the JWT's `jti`).
    pub id: Option<String>,
    /// Title: the achievement's name, else the credential's.
    pub title: Option<String>,
    /// Description of the achievement (or the credential).
    pub description: Option<String>,
    /// Identifier of the achievement (the catalogue matches on it).
    pub achievement_id: Option<String>,
    /// `achievementType` (e.g. MicroCredential).
    pub achievement_type: Option<String>,
    /// Course code (`humanCode`).
    pub code: Option<String>,
    /// Field of study.
    pub field_of_study: Option<String>,
    /// Language of the learning (`inLanguage`).
    pub language: Option<String>,
    /// The learner's name, if the credential states it in clear.
    pub learner: Option<String>,
    /// The awarding body.
    pub issuer: IssuerView,
    /// Date of issue (ISO 8601 as written).
    pub issued: Option<String>,
    /// Valid from.
    pub valid_from: Option<String>,
    /// Valid until / expiration.
    pub valid_until: Option<String>,
    /// Learning outcomes.
    pub outcomes: Vec<String>,
    /// Criteria (how it was earned).
    pub criteria: Option<String>,
    /// ECTS credit points (`creditsAvailable`).
    pub ects: Option<String>,
    /// EQF level.
    pub eqf: Option<String>,
    /// Other alignments (ESCO occupations and skills…).
    pub alignments: Vec<AlignmentView>,
    /// Assessment: what was assessed and the results.
    pub assessment: Vec<String>,
    /// Form of participation.
    pub participation: Option<String>,
    /// Quality assurance.
    pub quality_assurance: Option<String>,
    /// Badge image (http(s) or data:image only).
    pub image: Option<String>,
    /// The credential's public URL (its `id` when that is http(s)).
    pub public_url: Option<String>,
    /// An EDC: its seal is not checked by this app.
    pub seal_not_checked: bool,
    /// Whether the JSON carries an embedded `proof`, or is a JWT.
    pub signed: bool,
}

impl Default for CredentialView {
    fn default() -> Self {
        CredentialView {
            format: Format::VcJson,
            data_model: 2,
            types: Vec::new(),
            id: None,
            title: None,
            description: None,
            achievement_id: None,
            achievement_type: None,
            code: None,
            field_of_study: None,
            language: None,
            learner: None,
            issuer: IssuerView::default(),
            issued: None,
            valid_from: None,
            valid_until: None,
            outcomes: Vec::new(),
            criteria: None,
            ects: None,
            eqf: None,
            alignments: Vec::new(),
            assessment: Vec::new(),
            participation: None,
            quality_assurance: None,
            image: None,
            public_url: None,
            seal_not_checked: false,
            signed: false,
        }
    }
}

/// A parsed import: the credential bytes to keep (for an image, the baked credential) and
/// the view.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The exact credential bytes (JSON or compact JWT).
    pub bytes: Vec<u8>,
    /// What it says.
    pub view: CredentialView,
}

/// Reads imported bytes: a badge image is unbaked first, then the credential is opened and
/// mapped. `lang` picks the language of multilingual (EDC) texts.
pub fn parse_import(bytes: &[u8], lang: &str) -> Result<Parsed, ImportError> {
    if let Some(kind) = baked::image_kind(bytes) {
        let inner = baked::extract(kind, bytes).map_err(|e| match e {
            BakedError::TooLarge => ImportError::TooLarge { size: bytes.len() },
            BakedError::NoCredential => ImportError::NoBakedCredential,
            BakedError::BrokenPng | BakedError::Compressed => ImportError::Unsupported,
        })?;
        let view = parse(&inner, lang)?;
        return Ok(Parsed { bytes: inner, view });
    }
    let view = parse(bytes, lang)?;
    Ok(Parsed {
        bytes: bytes.to_vec(),
        view,
    })
}

/// Reads credential bytes (JSON or compact JWT) into a view.
pub fn parse(bytes: &[u8], lang: &str) -> Result<CredentialView, ImportError> {
    let env = envelope::open(bytes)?;
    let cred = env.credential();
    let types = strings(cred.get("type"));
    if !types.iter().any(|t| t == "VerifiableCredential") {
        return Err(ImportError::NotACredential);
    }
    let contexts = strings(cred.get("@context"));
    let data_model = if contexts
        .iter()
        .any(|c| c == "https://www.w3.org/2018/credentials/v1")
    {
        1
    } else {
        2
    };
    let is_edc = types.iter().any(|t| t == "EuropeanDigitalCredential")
        || contexts
            .iter()
            .any(|c| c.starts_with("http://data.europa.eu/snb/model/context"));
    let format = match &env {
        Envelope::Jwt(j) if j.payload.contains_key("vc") => Format::VcJwt,
        Envelope::Jwt(_) => Format::VcJose,
        Envelope::Json(_) if is_edc => Format::Edc,
        Envelope::Json(_)
            if types
                .iter()
                .any(|t| t == "OpenBadgeCredential" || t == "AchievementCredential") =>
        {
            Format::Ob3Json
        }
        Envelope::Json(_) => Format::VcJson,
    };
    let mut view = CredentialView {
        format,
        data_model,
        types,
        id: text(cred.get("id")).or_else(|| match &env {
            Envelope::Jwt(j) => text(j.payload.get("jti")),
            Envelope::Json(_) => None,
        }),
        signed: match &env {
            // a JWT is a signed form even with `alg: none` (rejecting that is the verifier's job)
            Envelope::Jwt(_) => true,
            Envelope::Json(o) => o.contains_key("proof"),
        },
        valid_from: text(cred.get("validFrom")).or_else(|| text(cred.get("issuanceDate"))),
        valid_until: text(cred.get("validUntil")).or_else(|| text(cred.get("expirationDate"))),
        ..CredentialView::default()
    };
    view.public_url = view.id.as_deref().and_then(safe_link);
    if is_edc {
        read_edc(cred, lang, &mut view);
    } else {
        read_ob3(cred, &mut view);
    }
    Ok(view)
}

/// `value` as a trimmed non-empty string (numbers are written out).
fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => {
            let s = s.trim();
            (!s.is_empty()).then(|| s.to_owned())
        }
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A string or an array of strings.
fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// An object, or each object of an array.
fn objects(value: Option<&Value>) -> Vec<&Map<String, Value>> {
    match value {
        Some(Value::Object(o)) => vec![o],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_object).collect(),
        _ => Vec::new(),
    }
}

fn obj(value: Option<&Value>) -> Option<&Map<String, Value>> {
    value.and_then(Value::as_object)
}

fn read_ob3(cred: &Map<String, Value>, view: &mut CredentialView) {
    view.issued = text(cred.get("awardedDate")).or_else(|| view.valid_from.clone());
    match cred.get("issuer") {
        Some(Value::String(id)) => view.issuer.id = Some(id.clone()),
        Some(Value::Object(iss)) => {
            view.issuer.id = text(iss.get("id"));
            view.issuer.name = text(iss.get("name"));
            view.issuer.url = text(iss.get("url")).as_deref().and_then(safe_link);
            if let Some(addr) = obj(iss.get("address")) {
                view.issuer.country = match (
                    text(addr.get("addressCountry")),
                    text(addr.get("addressCountryCode")),
                ) {
                    (Some(n), Some(c)) if n != c => Some(format!("{n} ({c})")),
                    (Some(n), _) => Some(n),
                    (None, c) => c,
                };
            }
        }
        _ => {}
    }
    let subject = objects(cred.get("credentialSubject"))
        .into_iter()
        .next()
        .cloned()
        .unwrap_or_default();
    view.learner = text(subject.get("name")).or_else(|| {
        objects(subject.get("identifier"))
            .into_iter()
            .find(|i| {
                i.get("identityType").and_then(Value::as_str) == Some("name")
                    && i.get("hashed").and_then(Value::as_bool) == Some(false)
            })
            .and_then(|i| text(i.get("identityHash")))
    });
    let achievement = obj(subject.get("achievement")).cloned().unwrap_or_default();
    view.title = text(achievement.get("name")).or_else(|| text(cred.get("name")));
    view.description =
        text(achievement.get("description")).or_else(|| text(cred.get("description")));
    view.achievement_id = text(achievement.get("id"));
    view.achievement_type = text(achievement.get("achievementType"));
    view.code = text(achievement.get("humanCode"));
    view.field_of_study = text(achievement.get("fieldOfStudy"));
    view.language = text(achievement.get("inLanguage"));
    view.criteria = obj(achievement.get("criteria")).and_then(|c| text(c.get("narrative")));
    view.ects = text(achievement.get("creditsAvailable"));
    view.image = match achievement.get("image").or_else(|| cred.get("image")) {
        Some(Value::String(s)) => safe_image(s),
        Some(Value::Object(o)) => text(o.get("id")).as_deref().and_then(safe_image),
        _ => None,
    };
    for a in objects(achievement.get("alignment")) {
        let framework = text(a.get("targetFramework"));
        let code = text(a.get("targetCode"));
        let url = text(a.get("targetUrl"));
        let is_eqf = text(a.get("targetType")).as_deref() == Some("ext:EQFLevel")
            || url
                .as_deref()
                .is_some_and(|u| u.starts_with("http://data.europa.eu/snb/eqf/"))
            || framework.as_deref().is_some_and(|f| {
                f.contains("EQF") || f.contains("European Qualifications Framework")
            });
        if is_eqf && view.eqf.is_none() {
            view.eqf = code.clone().or_else(|| {
                url.as_deref()
                    .and_then(|u| u.rsplit('/').next())
                    .map(str::to_owned)
            });
            if view.eqf.is_some() {
                continue;
            }
        }
        view.alignments.push(AlignmentView {
            name: text(a.get("targetName")),
            framework,
            code,
            url: url.as_deref().and_then(safe_link),
        });
    }
    // Learning outcomes: OB3 has no dedicated field; result descriptions describe what was
    // assessed, and extensions sometimes carry `learningOutcomes`.
    view.outcomes = strings(achievement.get("learningOutcomes"))
        .into_iter()
        .chain(
            objects(achievement.get("learningOutcomes"))
                .into_iter()
                .filter_map(|o| text(o.get("name")).or_else(|| text(o.get("description")))),
        )
        .collect();
    let results = objects(subject.get("result"));
    for rd in objects(achievement.get("resultDescription")) {
        let Some(name) = text(rd.get("name")) else {
            continue;
        };
        let rd_id = text(rd.get("id"));
        let value = results
            .iter()
            .find(|r| rd_id.is_some() && text(r.get("resultDescription")) == rd_id)
            .and_then(|r| text(r.get("value")));
        let required = text(rd.get("requiredValue"));
        let mut line = name;
        match (value, required) {
            (Some(v), Some(req)) => line.push_str(&format!(": {v} (≥ {req})")),
            (Some(v), None) => line.push_str(&format!(": {v}")),
            (None, Some(req)) => line.push_str(&format!(" (≥ {req})")),
            (None, None) => {}
        }
        view.assessment.push(line);
    }
    view.participation = text(achievement.get("modeOfParticipation"))
        .or_else(|| text(achievement.get("participation")));
    view.quality_assurance = text(achievement.get("qualityAssurance"));
}

/// A multilingual EDC text (`{"et": "…", "en": "…"}`, or a plain string): `lang`, else
/// English, else the first.
fn lang_text(value: Option<&Value>, lang: &str) -> Option<String> {
    match value? {
        Value::Object(map) => [lang, "en"]
            .iter()
            .find_map(|l| text(map.get(*l)))
            .or_else(|| map.values().find_map(|v| text(Some(v)))),
        other => text(Some(other)),
    }
}

/// The label of an EDC concept (`prefLabel`), else its `notation`.
fn concept_label(value: Option<&Value>, lang: &str) -> Option<String> {
    let c = obj(value)?;
    lang_text(c.get("prefLabel"), lang).or_else(|| text(c.get("notation")))
}

fn read_edc(cred: &Map<String, Value>, lang: &str, view: &mut CredentialView) {
    view.seal_not_checked = true;
    view.issued = text(cred.get("issued")).or_else(|| view.valid_from.clone());
    if let Some(iss) = obj(cred.get("issuer")) {
        view.issuer.id = text(iss.get("id"));
        view.issuer.name =
            lang_text(iss.get("legalName"), lang).or_else(|| lang_text(iss.get("name"), lang));
        view.issuer.url = text(iss.get("homepage"))
            .or_else(|| {
                objects(iss.get("homepage"))
                    .first()
                    .and_then(|h| text(h.get("contentURL")))
            })
            .as_deref()
            .and_then(safe_link);
        view.issuer.country = objects(iss.get("location"))
            .into_iter()
            .flat_map(|l| objects(l.get("address")))
            .find_map(|a| concept_label(a.get("countryCode"), lang));
        view.quality_assurance = objects(iss.get("accreditation"))
            .first()
            .and_then(|a| lang_text(a.get("title"), lang));
    }
    let subject = objects(cred.get("credentialSubject"))
        .into_iter()
        .next()
        .cloned()
        .unwrap_or_default();
    view.learner = lang_text(subject.get("fullName"), lang).or_else(|| {
        match (
            lang_text(subject.get("givenName"), lang),
            lang_text(subject.get("familyName"), lang),
        ) {
            (Some(g), Some(f)) => Some(format!("{g} {f}")),
            (g, f) => g.or(f),
        }
    });
    let claims = objects(subject.get("hasClaim"));
    let Some(claim) = claims.first() else {
        return;
    };
    let spec = obj(claim.get("specifiedBy")).cloned().unwrap_or_default();
    view.title = lang_text(claim.get("title"), lang).or_else(|| lang_text(spec.get("title"), lang));
    view.description = lang_text(claim.get("description"), lang)
        .or_else(|| lang_text(spec.get("description"), lang));
    view.achievement_id = text(spec.get("id"));
    if let Some(awarded) = obj(claim.get("awardedBy")) {
        if view.issued.is_none() {
            view.issued = text(awarded.get("awardingDate"));
        }
    }
    view.ects = objects(spec.get("creditPoint"))
        .into_iter()
        .find(|cp| {
            let fw = obj(cp.get("framework"));
            fw.and_then(|f| text(f.get("id")))
                .is_some_and(|id| id.ends_with("/6fcec5c5af"))
                || concept_label(cp.get("framework"), "en")
                    .is_some_and(|l| l.contains("European Credit Transfer"))
        })
        .and_then(|cp| text(cp.get("point")));
    view.eqf = obj(spec.get("eqfLevel"))
        .and_then(|e| text(e.get("id")))
        .and_then(|id| {
            id.strip_prefix("http://data.europa.eu/snb/eqf/")
                .map(str::to_owned)
        })
        .or_else(|| concept_label(spec.get("eqfLevel"), lang));
    view.outcomes = objects(spec.get("learningOutcome"))
        .into_iter()
        .filter_map(|o| lang_text(o.get("title"), lang))
        .collect();
    view.participation = concept_label(spec.get("mode"), lang)
        .or_else(|| concept_label(spec.get("learningSetting"), lang));
    view.assessment = objects(claim.get("provenBy"))
        .into_iter()
        .filter_map(|a| lang_text(a.get("title"), lang))
        .collect();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::envelope::base64url_encode;
    use std::path::Path;

    fn fixture(name: &str) -> Vec<u8> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/credentials")
            .join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    fn view(name: &str) -> CredentialView {
        parse(&fixture(name), "en").unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    #[test]
    fn every_fixture_gives_its_manifest_parse_verdict() {
        let manifest: Value = serde_json::from_slice(&fixture("manifest.json")).unwrap();
        let files = manifest["files"].as_array().unwrap();
        assert!(files.len() >= 27);
        for f in files {
            let name = f["file"].as_str().unwrap();
            let expected = f["parse"].as_str().unwrap();
            let got = parse_import(&fixture(name), "en");
            match expected {
                "ok" => {
                    let p = got.unwrap_or_else(|e| panic!("{name}: expected ok, got {e}"));
                    let format = f["format"].as_str().unwrap();
                    let fmt_ok = match format {
                        "ob3-di-json" => {
                            matches!(p.view.format, Format::Ob3Json | Format::VcJson)
                        }
                        "ob3-vc-jwt" => p.view.format.is_jwt(),
                        "edc-json" => p.view.format == Format::Edc,
                        other => panic!("{name}: unknown format {other}"),
                    };
                    assert!(fmt_ok, "{name}: {format} read as {:?}", p.view.format);
                    let signed = f["signature"].as_str() != Some("missing");
                    assert_eq!(p.view.signed, signed, "{name}: proof present?");
                }
                "error" => assert!(got.is_err(), "{name}: expected an error"),
                other => panic!("{name}: unknown verdict {other}"),
            }
        }
    }

    #[test]
    fn garbage_gets_specific_errors() {
        let err = |n: &str| parse_import(&fixture(n), "en").unwrap_err();
        assert!(matches!(
            err("22-garbage-invalid-json.json"),
            ImportError::NotJson { .. }
        ));
        assert_eq!(
            err("23-garbage-json-array.json"),
            ImportError::NotACredential
        );
        assert!(matches!(
            err("24-garbage-6mb.json"),
            ImportError::TooLarge { size } if size > 6_000_000
        ));
        assert_eq!(
            err("25-garbage-not-a-credential.json"),
            ImportError::NotACredential
        );
        assert_eq!(parse_import(b"hello", "en"), Err(ImportError::Unsupported));
        assert_eq!(parse_import(b"   ", "en"), Err(ImportError::Empty));
    }

    #[test]
    fn ob3_v2_elements() {
        let v = view("01-valid-di-v2-ehr-basics.json");
        assert_eq!(v.format, Format::Ob3Json);
        assert_eq!(v.data_model, 2);
        assert_eq!(v.title.as_deref(), Some("Digital health records basics"));
        assert_eq!(
            v.issuer.name.as_deref(),
            Some("Põhja-Tallinna Tervishoiu- ja Infotehnoloogiakool")
        );
        assert_eq!(v.issuer.country.as_deref(), Some("Eesti (EE)"));
        assert_eq!(
            v.issuer.url.as_deref(),
            Some("https://tervis-it.example.ee")
        );
        assert_eq!(v.learner.as_deref(), Some("Maarja-Liis Kõiv"));
        assert_eq!(v.issued.as_deref(), Some("2025-03-14T09:00:00Z"));
        assert_eq!(v.valid_until.as_deref(), Some("2035-03-14T23:59:59Z"));
        assert_eq!(v.ects.as_deref(), Some("3"));
        assert_eq!(v.eqf.as_deref(), Some("4"));
        assert_eq!(v.alignments.len(), 1);
        assert_eq!(v.alignments[0].code.as_deref(), Some("C3252"));
        assert_eq!(
            v.assessment,
            ["Practical assessment: recording a home-care visit: 91 (≥ 60)"]
        );
        assert!(v.criteria.as_deref().unwrap().starts_with("Completed 4"));
        assert_eq!(
            v.achievement_id.as_deref(),
            Some("https://tervis-it.example.ee/achievements/digital-health-records-basics")
        );
        assert_eq!(v.code.as_deref(), Some("PTTIK-TI-101"));
        assert_eq!(
            v.id.as_deref(),
            Some("urn:uuid:fa5f91d6-c9b3-471d-8477-30da8d7fea5b")
        );
        assert_eq!(v.public_url, None, "a urn is not a public URL");
        assert!(v.signed);
        assert!(!v.seal_not_checked);
        // nothing invented
        assert_eq!(v.participation, None);
        assert_eq!(v.quality_assurance, None);
    }

    #[test]
    fn vc_1_1_dates() {
        let v = view("03-valid-di-v1-issuancedate.json");
        assert_eq!(v.data_model, 1);
        assert!(v.valid_from.is_some());
        assert!(v.valid_until.is_some());
        assert!(v.issued.is_some());
        let v4 = view("04-valid-di-v2-no-validuntil.json");
        assert_eq!(v4.valid_until, None);
    }

    #[test]
    fn jwt_and_jose() {
        let j = view("05-valid-jwt-eddsa.jwt");
        assert_eq!(j.format, Format::VcJwt);
        assert!(j.title.is_some() && j.issuer.name.is_some() && j.ects.is_some());
        let k = view("08-valid-jwt-vcjose-eddsa.jwt");
        assert_eq!(k.format, Format::VcJose);
        assert!(k.title.is_some());
        let none = view("15-tampered-jwt-alg-none.jwt");
        assert!(none.format.is_jwt());
    }

    #[test]
    fn edc_elm_fields() {
        let v = view("27-edc-unsigned.json");
        assert_eq!(v.format, Format::Edc);
        assert!(v.seal_not_checked);
        assert_eq!(v.title.as_deref(), Some("Digital health records basics"));
        assert_eq!(
            v.issuer.name.as_deref(),
            Some("Põhja-Tallinna Tervishoiu- ja Infotehnoloogiakool")
        );
        assert_eq!(v.issuer.country.as_deref(), Some("Estonia"));
        assert_eq!(v.learner.as_deref(), Some("Jüri Õunapuu"));
        assert_eq!(v.ects.as_deref(), Some("3"));
        assert_eq!(v.eqf.as_deref(), Some("4"));
        assert_eq!(v.outcomes.len(), 2);
        assert_eq!(v.issued.as_deref(), Some("2025-03-14T09:00:00Z"));
        assert!(!v.signed);
    }

    #[test]
    fn hostile_content_stays_text_and_urls_are_dropped() {
        let v = view("20-hostile-markup-di.json");
        assert!(v.title.as_deref().unwrap().contains("<script>"));
        assert_eq!(v.image, None, "javascript: image dropped");
        let all = serde_json::to_string(&v).unwrap();
        // the only URLs kept are http(s)
        for u in [&v.issuer.url, &v.public_url, &v.image]
            .into_iter()
            .flatten()
        {
            assert!(u.starts_with("http"), "{u}");
        }
        assert!(!v
            .alignments
            .iter()
            .any(|a| a.url.as_deref().is_some_and(|u| !u.starts_with("http"))));
        assert!(all.contains("alert(1)"), "the text itself is kept as text");
        let long = view("21-hostile-long-rtl-emoji-di.json");
        assert!(long.title.is_some());
    }

    #[test]
    fn image_of_a_badge_and_baked_import() {
        let cred = fixture("01-valid-di-v2-ehr-basics.json");
        let v = parse(&cred, "en").unwrap();
        assert_eq!(
            v.image.as_deref(),
            Some("https://tervis-it.example.ee/badges/digital-health-records-basics.png")
        );
        let png = baked::bake_png(&cred);
        let p = parse_import(&png, "en").unwrap();
        assert_eq!(p.bytes, cred, "the stored bytes are the baked credential");
        assert_eq!(p.view, v);
        let jwt = fixture("05-valid-jwt-eddsa.jwt");
        let svg = format!(
            "<svg xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"><openbadges:credential><![CDATA[{}]]></openbadges:credential></svg>",
            String::from_utf8(jwt.clone()).unwrap().trim()
        );
        let p = parse_import(svg.as_bytes(), "en").unwrap();
        assert_eq!(p.view.format, Format::VcJwt);
        assert_eq!(
            parse_import(b"<svg><rect/></svg>", "en"),
            Err(ImportError::NoBakedCredential)
        );
    }

    #[test]
    fn jwt_claims_fill_missing_id() {
        let payload =
            r#"{"jti":"urn:uuid:1","vc":{"type":["VerifiableCredential"],"credentialSubject":{}}}"#;
        let jwt = format!(
            "{}.{}.{}",
            base64url_encode(br#"{"alg":"EdDSA"}"#),
            base64url_encode(payload.as_bytes()),
            base64url_encode(b"s")
        );
        let v = parse(jwt.as_bytes(), "en").unwrap();
        assert_eq!(v.id.as_deref(), Some("urn:uuid:1"));
        assert_eq!(v.title, None);
        let not_vc = format!(
            "{}.{}.",
            base64url_encode(br#"{"alg":"none"}"#),
            base64url_encode(br#"{"sub":"x"}"#)
        );
        assert_eq!(
            parse(not_vc.as_bytes(), "en"),
            Err(ImportError::NotACredential)
        );
    }

    #[test]
    fn public_url_when_id_is_http() {
        let json = br#"{"type":["VerifiableCredential","OpenBadgeCredential"],"id":"https://badges.example.eu/c/1","credentialSubject":{"achievement":{"name":"A","image":"javascript:alert(1)"}}}"#;
        let v = parse(json, "en").unwrap();
        assert_eq!(
            v.public_url.as_deref(),
            Some("https://badges.example.eu/c/1")
        );
        assert_eq!(v.image, None);
        assert_eq!(v.title.as_deref(), Some("A"));
    }
}
