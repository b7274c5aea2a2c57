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

/// Short month names per UI language, as CLDR gives them for a date with a short month
/// (`Intl.DateTimeFormat` with `{day: numeric, month: short, year: numeric}`).
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_NL: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];
const MONTHS_ET: [&str; 12] = [
    "jaan", "veebr", "märts", "apr", "mai", "juuni", "juuli", "aug", "sept", "okt", "nov", "dets",
];
const MONTHS_IT: [&str; 12] = [
    "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic",
];
const MONTHS_UK: [&str; 12] = [
    "січ.",
    "лют.",
    "бер.",
    "квіт.",
    "трав.",
    "черв.",
    "лип.",
    "серп.",
    "вер.",
    "жовт.",
    "лист.",
    "груд.",
];

/// Formats a calendar date for a UI language the way the browser's `Intl.DateTimeFormat` does
/// with a short month (CLDR's patterns): "Feb 1, 2027", "1 feb 2027", "1. veebr 2027",
/// "1.2.2027", "1 feb 2027", "1 лют. 2027 р.". Written out here because creating the first
/// `Intl` formatter in a page costs 13–22 ms of main-thread time (ICU start-up) — more than
/// rendering a whole list of cards. Unknown languages get English.
pub fn format_date(year: i32, month: u32, day: u32, lang: &str) -> String {
    let m = month.clamp(1, 12) as usize - 1;
    match supported(lang).unwrap_or("en") {
        "nl" => format!("{day} {} {year}", MONTHS_NL[m]),
        "et" => format!("{day}. {} {year}", MONTHS_ET[m]),
        "fi" => format!("{day}.{month}.{year}"),
        "it" => format!("{day} {} {year}", MONTHS_IT[m]),
        "uk" => format!("{day} {} {year} р.", MONTHS_UK[m]),
        _ => format!("{} {day}, {year}", MONTHS_EN[m]),
    }
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

    #[test]
    fn dates_follow_each_languages_pattern() {
        assert_eq!(format_date(2027, 2, 1, "en"), "Feb 1, 2027");
        assert_eq!(format_date(2027, 3, 3, "nl"), "3 mrt 2027");
        assert_eq!(format_date(2027, 9, 21, "et"), "21. sept 2027");
        assert_eq!(format_date(1999, 12, 9, "fi"), "9.12.1999");
        assert_eq!(format_date(2027, 1, 1, "it"), "1 gen 2027");
        assert_eq!(format_date(2027, 5, 31, "uk"), "31 трав. 2027 р.");
        // a region tag is the language; an unknown language is English
        assert_eq!(format_date(2027, 10, 10, "nl-BE"), "10 okt 2027");
        assert_eq!(format_date(2027, 12, 12, "de"), "Dec 12, 2027");
    }

    #[test]
    fn every_month_has_a_distinct_name_in_every_language() {
        for lang in SUPPORTED {
            let names: std::collections::BTreeSet<String> =
                (1..=12).map(|m| format_date(2027, m, 15, lang)).collect();
            assert_eq!(names.len(), 12, "{lang}");
        }
    }
}
