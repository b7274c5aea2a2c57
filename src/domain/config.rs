//! `config.json`, read at start-up: where the backend is, the default language and the
//! fair-mode settings. Every problem names the field, so staff can fix a broken deploy.

use super::text::LocalisedText;
use serde_json::{Map, Value};

/// The runtime configuration, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct AppConfig {
    /// Base URL of the JSON backend, absolute (`https://api.example.eu/v1/`) or relative to the
    /// page (`/api/`). Always ends with `/`.
    pub api_base: String,
    /// Appended to every endpoint path (`.json` for a static backend; empty for a live one).
    pub api_suffix: String,
    /// Language used when neither a saved choice nor the browser's languages match.
    pub default_locale: String,
    /// Requests are aborted after this many milliseconds.
    pub request_timeout_ms: u32,
    /// Settings for the career-fair kiosk.
    pub fair: FairConfig,
}

/// Fair-mode (kiosk) settings.
#[derive(Debug, Clone, PartialEq)]
pub struct FairConfig {
    /// Seconds without input before the "Still there?" prompt appears.
    pub idle_seconds: u32,
    /// Seconds the prompt waits before clearing the visitor (at least 20, WCAG 2.2.1).
    pub prompt_seconds: u32,
    /// Language the kiosk returns to for the next visitor.
    pub default_locale: String,
    /// PIN that opens the staff screen.
    pub staff_pin: String,
    /// Short privacy notice shown with the sign-up form.
    pub privacy_text: LocalisedText,
    /// Whether sign-ups are POSTed to the backend (a static backend cannot take them; they
    /// then stay queued on the device for staff to export).
    pub signups_enabled: bool,
}

impl Default for FairConfig {
    fn default() -> Self {
        FairConfig {
            idle_seconds: 90,
            prompt_seconds: 30,
            default_locale: "en".into(),
            staff_pin: String::new(),
            privacy_text: LocalisedText::default(),
            signups_enabled: false,
        }
    }
}

/// What is wrong with `config.json`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// The file is not JSON at all.
    #[error("config.json is not valid JSON: {0}")]
    NotJson(String),
    /// The top level is not an object.
    #[error("config.json must be a JSON object")]
    NotAnObject,
    /// A required field is absent.
    #[error("config.json: field `{0}` is missing")]
    Missing(String),
    /// A field has the wrong JSON type.
    #[error("config.json: field `{field}` must be {expected}")]
    WrongType {
        /// Dotted path of the field (`fair.idleSeconds`).
        field: String,
        /// Human description of the type expected.
        expected: Expected,
    },
    /// A field has the right type but an unusable value.
    #[error("config.json: field `{field}` is invalid: {reason}")]
    Invalid {
        /// Dotted path of the field.
        field: String,
        /// Why the value cannot be used.
        reason: Problem,
    },
}

/// The JSON type a field must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    Text,
    /// A non-negative whole number.
    WholeNumber,
    /// `true` or `false`.
    Boolean,
    /// An object.
    Object,
    /// A string, or an object of language → string.
    LocalisedText,
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Expected::Text => "a string",
            Expected::WholeNumber => "a whole number",
            Expected::Boolean => "true or false",
            Expected::Object => "an object",
            Expected::LocalisedText => "a string or an object of language → text",
        })
    }
}

/// Why a value of the right type cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A number outside its allowed range.
    OutOfRange,
    /// Not one of the six UI languages.
    UnknownLanguage,
    /// An empty string.
    Empty,
    /// A URL whose scheme is not http or https.
    NotHttp,
    /// An `apiSuffix` with `/`, `?` or `#` in it.
    BadSuffix,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Problem::OutOfRange => "out of range",
            Problem::UnknownLanguage => "not one of en, nl, et, fi, it, uk",
            Problem::Empty => "empty",
            Problem::NotHttp => "only http and https URLs are allowed",
            Problem::BadSuffix => "must not contain / ? or #",
        })
    }
}

impl ConfigError {
    /// The dotted path of the offending field, if the error is about one field.
    pub fn field(&self) -> Option<&str> {
        match self {
            ConfigError::Missing(f)
            | ConfigError::WrongType { field: f, .. }
            | ConfigError::Invalid { field: f, .. } => Some(f),
            _ => None,
        }
    }
}

fn wrong(field: &str, expected: Expected) -> ConfigError {
    ConfigError::WrongType {
        field: field.into(),
        expected,
    }
}

fn opt_str(obj: &Map<String, Value>, key: &str, path: &str) -> Result<Option<String>, ConfigError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(wrong(path, Expected::Text)),
    }
}

fn opt_u32(
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
    range: (u32, u32),
) -> Result<Option<u32>, ConfigError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => {
            let v = n
                .as_u64()
                .ok_or_else(|| wrong(path, Expected::WholeNumber))?;
            if v < u64::from(range.0) || v > u64::from(range.1) {
                return Err(ConfigError::Invalid {
                    field: path.into(),
                    reason: Problem::OutOfRange,
                });
            }
            Ok(Some(v as u32))
        }
        Some(_) => Err(wrong(path, Expected::WholeNumber)),
    }
}

fn locale(value: Option<String>, path: &str) -> Result<String, ConfigError> {
    match value {
        None => Ok("en".into()),
        Some(v) => super::locale::supported(&v)
            .map(str::to_owned)
            .ok_or(ConfigError::Invalid {
                field: path.into(),
                reason: Problem::UnknownLanguage,
            }),
    }
}

/// Checks that `base` is usable as the API base: a relative path, or an http(s) URL.
fn api_base(value: &str) -> Result<String, ConfigError> {
    let v = value.trim();
    if v.is_empty() {
        return Err(ConfigError::Invalid {
            field: "apiBase".into(),
            reason: Problem::Empty,
        });
    }
    if let Some((scheme, _)) = v.split_once("://") {
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(ConfigError::Invalid {
                field: "apiBase".into(),
                reason: Problem::NotHttp,
            });
        }
    } else if v.contains(':') && !v.starts_with('/') && !v.starts_with('.') {
        // `javascript:…`, `data:…` and friends
        return Err(ConfigError::Invalid {
            field: "apiBase".into(),
            reason: Problem::NotHttp,
        });
    }
    let mut s = v.to_owned();
    if !s.ends_with('/') {
        s.push('/');
    }
    Ok(s)
}

impl AppConfig {
    /// Parses and validates the text of `config.json`.
    pub fn parse(text: &str) -> Result<AppConfig, ConfigError> {
        let value: Value =
            serde_json::from_str(text).map_err(|e| ConfigError::NotJson(e.to_string()))?;
        let obj = value.as_object().ok_or(ConfigError::NotAnObject)?;

        let api_base = match obj.get("apiBase") {
            None | Some(Value::Null) => return Err(ConfigError::Missing("apiBase".into())),
            Some(Value::String(s)) => api_base(s)?,
            Some(_) => return Err(wrong("apiBase", Expected::Text)),
        };
        let api_suffix = opt_str(obj, "apiSuffix", "apiSuffix")?.unwrap_or_default();
        if api_suffix.contains(['/', '?', '#']) {
            return Err(ConfigError::Invalid {
                field: "apiSuffix".into(),
                reason: Problem::BadSuffix,
            });
        }
        let default_locale = locale(
            opt_str(obj, "defaultLocale", "defaultLocale")?,
            "defaultLocale",
        )?;
        let request_timeout_ms =
            opt_u32(obj, "requestTimeoutMs", "requestTimeoutMs", (500, 120_000))?.unwrap_or(10_000);

        let fair = match obj.get("fair") {
            None | Some(Value::Null) => FairConfig {
                default_locale: default_locale.clone(),
                ..FairConfig::default()
            },
            Some(Value::Object(f)) => {
                let d = FairConfig::default();
                let privacy_text = match f.get("privacyText") {
                    None | Some(Value::Null) => LocalisedText::default(),
                    Some(v) => serde_json::from_value(v.clone())
                        .map_err(|_| wrong("fair.privacyText", Expected::LocalisedText))?,
                };
                let signups_enabled = match f.get("signupsEnabled") {
                    None | Some(Value::Null) => d.signups_enabled,
                    Some(Value::Bool(b)) => *b,
                    Some(_) => return Err(wrong("fair.signupsEnabled", Expected::Boolean)),
                };
                FairConfig {
                    idle_seconds: opt_u32(f, "idleSeconds", "fair.idleSeconds", (5, 3600))?
                        .unwrap_or(d.idle_seconds),
                    prompt_seconds: opt_u32(f, "promptSeconds", "fair.promptSeconds", (20, 600))?
                        .unwrap_or(d.prompt_seconds),
                    default_locale: match opt_str(f, "defaultLocale", "fair.defaultLocale")? {
                        None => default_locale.clone(),
                        v => locale(v, "fair.defaultLocale")?,
                    },
                    staff_pin: opt_str(f, "staffPin", "fair.staffPin")?.unwrap_or_default(),
                    privacy_text,
                    signups_enabled,
                }
            }
            Some(_) => return Err(wrong("fair", Expected::Object)),
        };

        Ok(AppConfig {
            api_base,
            api_suffix,
            default_locale,
            request_timeout_ms,
            fair,
        })
    }

    /// The URL of an endpoint: `path` is relative to the API base, without suffix
    /// (`catalogue`, `catalogue/ehr-basics`). The query string, if any, follows the suffix.
    pub fn endpoint(&self, path: &str, query: &[(&str, String)]) -> String {
        let mut url = format!(
            "{}{}{}",
            self.api_base,
            path.trim_start_matches('/'),
            self.api_suffix
        );
        let mut sep = '?';
        for (k, v) in query {
            url.push(sep);
            url.push_str(&encode_component(k));
            url.push('=');
            url.push_str(&encode_component(v));
            sep = '&';
        }
        url
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = r#"{
        "apiBase": "https://api.example.eu/v1",
        "apiSuffix": "",
        "defaultLocale": "fi",
        "requestTimeoutMs": 5000,
        "fair": {"idleSeconds": 60, "promptSeconds": 25, "staffPin": "1234",
                 "privacyText": {"en": "We keep it."}, "signupsEnabled": true}
    }"#;

    #[test]
    fn full_config_parses() {
        let c = AppConfig::parse(FULL).unwrap();
        assert_eq!(c.api_base, "https://api.example.eu/v1/");
        assert_eq!(c.default_locale, "fi");
        assert_eq!(c.request_timeout_ms, 5000);
        assert_eq!(c.fair.idle_seconds, 60);
        assert_eq!(c.fair.prompt_seconds, 25);
        assert_eq!(
            c.fair.default_locale, "fi",
            "fair default follows the app default"
        );
        assert_eq!(c.fair.privacy_text.get("en"), "We keep it.");
        assert!(c.fair.signups_enabled);
    }

    #[test]
    fn minimal_config_gets_defaults() {
        let c = AppConfig::parse(r#"{"apiBase": "/api"}"#).unwrap();
        assert_eq!(c.api_base, "/api/");
        assert_eq!(c.api_suffix, "");
        assert_eq!(c.default_locale, "en");
        assert_eq!(c.request_timeout_ms, 10_000);
        assert_eq!(c.fair.prompt_seconds, 30);
        assert!(!c.fair.signups_enabled);
    }

    #[test]
    fn each_problem_names_its_field() {
        let cases = [
            ("{}", "apiBase"),
            (r#"{"apiBase": 3}"#, "apiBase"),
            (r#"{"apiBase": ""}"#, "apiBase"),
            (r#"{"apiBase": "javascript:alert(1)"}"#, "apiBase"),
            (r#"{"apiBase": "ftp://x/"}"#, "apiBase"),
            (
                r#"{"apiBase": "/api", "defaultLocale": "de"}"#,
                "defaultLocale",
            ),
            (
                r#"{"apiBase": "/api", "requestTimeoutMs": "5"}"#,
                "requestTimeoutMs",
            ),
            (
                r#"{"apiBase": "/api", "requestTimeoutMs": 1}"#,
                "requestTimeoutMs",
            ),
            (r#"{"apiBase": "/api", "apiSuffix": "/x"}"#, "apiSuffix"),
            (r#"{"apiBase": "/api", "fair": []}"#, "fair"),
            (
                r#"{"apiBase": "/api", "fair": {"promptSeconds": 10}}"#,
                "fair.promptSeconds",
            ),
            (
                r#"{"apiBase": "/api", "fair": {"idleSeconds": -1}}"#,
                "fair.idleSeconds",
            ),
            (
                r#"{"apiBase": "/api", "fair": {"privacyText": 1}}"#,
                "fair.privacyText",
            ),
            (
                r#"{"apiBase": "/api", "fair": {"signupsEnabled": "yes"}}"#,
                "fair.signupsEnabled",
            ),
        ];
        for (json, field) in cases {
            let err = AppConfig::parse(json).unwrap_err();
            assert_eq!(err.field(), Some(field), "{json} → {err}");
            assert!(err.to_string().contains(field));
        }
    }

    #[test]
    fn not_json_and_not_object() {
        assert!(matches!(
            AppConfig::parse("{apiBase:"),
            Err(ConfigError::NotJson(_))
        ));
        assert_eq!(AppConfig::parse("[]"), Err(ConfigError::NotAnObject));
    }

    #[test]
    fn endpoints_join_base_path_suffix_and_query() {
        let mut c = AppConfig::parse(r#"{"apiBase": "/api/", "apiSuffix": ".json"}"#).unwrap();
        assert_eq!(c.endpoint("catalogue", &[]), "/api/catalogue.json");
        assert_eq!(
            c.endpoint(
                &format!("/catalogue/{}", encode_component("a/b")),
                &[("q", "sanità & co".into()), ("page", "2".into())]
            ),
            "/api/catalogue/a%2Fb.json?q=sanit%C3%A0%20%26%20co&page=2"
        );
        c.api_suffix.clear();
        assert_eq!(c.endpoint("careers", &[]), "/api/careers");
    }
}
