//! Localised text as the backend contract sends it: either a plain string or an object of
//! language code → string (`"Data protection"` or `{"en": "Data protection", "nl": "Gegevensbescherming"}`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text field that may come in one language or several.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LocalisedText {
    /// One string for every language.
    Plain(String),
    /// Language code (`en`, `nl`, `et`, `fi`, `it`, `uk`, …) → text.
    Map(BTreeMap<String, String>),
}

impl Default for LocalisedText {
    fn default() -> Self {
        LocalisedText::Plain(String::new())
    }
}

impl From<&str> for LocalisedText {
    fn from(s: &str) -> Self {
        LocalisedText::Plain(s.to_owned())
    }
}

impl LocalisedText {
    /// The text in `lang`, else English, else the first non-empty language (in code order),
    /// else the empty string. Never a key name.
    pub fn get(&self, lang: &str) -> &str {
        self.get_with_lang(lang).0
    }

    /// Like [`get`](Self::get), but also says which language the text is in (`None` for a plain
    /// string), so the UI can mark text shown in another language with its own `lang` attribute.
    pub fn get_with_lang(&self, lang: &str) -> (&str, Option<&str>) {
        match self {
            LocalisedText::Plain(s) => (s.as_str(), None),
            LocalisedText::Map(m) => {
                let pick = |k: &str| {
                    m.get_key_value(k)
                        .filter(|(_, v)| !v.trim().is_empty())
                        .map(|(k, v)| (v.as_str(), Some(k.as_str())))
                };
                pick(lang)
                    .or_else(|| pick("en"))
                    .or_else(|| {
                        m.iter()
                            .find(|(_, v)| !v.trim().is_empty())
                            .map(|(k, v)| (v.as_str(), Some(k.as_str())))
                    })
                    .unwrap_or(("", None))
            }
        }
    }

    /// Every language version of the text (for search across languages).
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let (plain, map) = match self {
            LocalisedText::Plain(s) => (Some(s.as_str()), None),
            LocalisedText::Map(m) => (None, Some(m.values().map(String::as_str))),
        };
        plain.into_iter().chain(map.into_iter().flatten())
    }

    /// True when no language has any non-blank text.
    pub fn is_empty(&self) -> bool {
        self.all().all(|s| s.trim().is_empty())
    }

    /// The languages this text is available in (empty for a plain string).
    pub fn languages(&self) -> Vec<&str> {
        match self {
            LocalisedText::Plain(_) => Vec::new(),
            LocalisedText::Map(m) => m.keys().map(String::as_str).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> LocalisedText {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn plain_string_is_the_same_in_every_language() {
        let t = parse(r#""Teamwork""#);
        assert_eq!(t.get("fi"), "Teamwork");
        assert_eq!(t.get_with_lang("fi"), ("Teamwork", None));
    }

    #[test]
    fn map_picks_requested_then_english_then_any() {
        let t = parse(r#"{"nl":"Teamwerk","en":"Teamwork"}"#);
        assert_eq!(t.get("nl"), "Teamwerk");
        assert_eq!(t.get_with_lang("uk"), ("Teamwork", Some("en")));
        let only_it = parse(r#"{"it":"Lavoro di squadra"}"#);
        assert_eq!(
            only_it.get_with_lang("et"),
            ("Lavoro di squadra", Some("it"))
        );
    }

    #[test]
    fn blank_translations_fall_back() {
        let t = parse(r#"{"fi":"  ","en":"Teamwork"}"#);
        assert_eq!(t.get("fi"), "Teamwork");
        assert!(parse(r#"{"fi":""}"#).is_empty());
        assert_eq!(parse(r#"{}"#).get("en"), "");
    }

    #[test]
    fn all_lists_every_language() {
        let t = parse(r#"{"nl":"a","en":"b"}"#);
        let mut all: Vec<_> = t.all().collect();
        all.sort();
        assert_eq!(all, ["a", "b"]);
        assert_eq!(t.languages(), ["en", "nl"]);
    }

    #[test]
    fn other_json_types_are_rejected() {
        assert!(serde_json::from_str::<LocalisedText>("42").is_err());
        assert!(serde_json::from_str::<LocalisedText>(r#"{"en": 3}"#).is_err());
    }
}
