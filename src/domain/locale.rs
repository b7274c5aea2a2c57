//! The UI languages and how the starting language is chosen.

/// UI languages, in the order the language picker shows them. `en` is the fallback.
pub const SUPPORTED: [&str; 6] = ["en", "nl", "et", "fi", "it", "uk"];

/// Each language's name in itself (for the language picker).
pub fn endonym(code: &str) -> &'static str {
    match code {
        "en" => "English",
        "nl" => "Nederlands",
        "et" => "Eesti",
        "fi" => "Suomi",
        "it" => "Italiano",
        "uk" => "Українська",
        _ => "",
    }
}

/// Maps a BCP 47 tag (`nl-BE`, `uk`, `EN_gb`) to a supported language code, if any.
pub fn supported(tag: &str) -> Option<&'static str> {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    SUPPORTED.into_iter().find(|c| *c == primary)
}

/// The starting language: the learner's saved choice, else the first of the browser's
/// preferred languages we support, else the configured default, else English.
pub fn negotiate<'a>(
    saved: Option<&str>,
    preferred: impl IntoIterator<Item = &'a str>,
    configured_default: &str,
) -> &'static str {
    saved
        .and_then(supported)
        .or_else(|| preferred.into_iter().find_map(supported))
        .or_else(|| supported(configured_default))
        .unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_and_case_are_ignored() {
        assert_eq!(supported("nl-BE"), Some("nl"));
        assert_eq!(supported("EN_gb"), Some("en"));
        assert_eq!(supported("uk-UA"), Some("uk"));
        assert_eq!(supported("de-DE"), None);
        assert_eq!(supported(""), None);
    }

    #[test]
    fn saved_choice_wins_over_browser() {
        assert_eq!(negotiate(Some("fi"), ["it-IT"], "en"), "fi");
    }

    #[test]
    fn first_supported_browser_language_wins() {
        assert_eq!(negotiate(None, ["de-DE", "et-EE", "it"], "en"), "et");
    }

    #[test]
    fn unsupported_everything_falls_back_to_config_then_english() {
        assert_eq!(negotiate(Some("xx"), ["de", "fr"], "it"), "it");
        assert_eq!(negotiate(None, ["de"], "zz"), "en");
    }

    #[test]
    fn every_language_has_an_endonym() {
        for code in SUPPORTED {
            assert!(!endonym(code).is_empty(), "{code}");
        }
    }
}
