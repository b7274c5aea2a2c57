//! The state of the catalogue list page — query, facet filters, sort and page — and its round
//! trip through the URL's query string, so that a copied link reproduces the view and the back
//! button steps through changes.
//!
//! Query string (every part optional, defaults left out, lists comma-separated):
//! `q=telecare&area=health,healthtech&eqf=4&ects=1-3&country=FI&lang=fi&mode=online&free=1&weeks=8&sort=title&page=2`.
//! Unknown parameters and values are ignored, so an old or hand-edited link still opens.

use super::catalogue::{Area, Participation};
use super::config::encode_component;
use std::collections::BTreeSet;

/// Entries per page (list page and server requests).
pub const PER_PAGE: u32 = 20;

/// The choices of the "starting within" facet, in weeks.
pub const WEEK_CHOICES: [u16; 4] = [4, 8, 12, 26];

/// Buckets of the ECTS facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EctsRange {
    /// Up to 1 ECTS.
    UpTo1,
    /// More than 1, up to 3.
    From1To3,
    /// More than 3, up to 6.
    From3To6,
    /// More than 6.
    Over6,
}

impl EctsRange {
    /// All buckets, in order.
    pub const ALL: [EctsRange; 4] = [
        EctsRange::UpTo1,
        EctsRange::From1To3,
        EctsRange::From3To6,
        EctsRange::Over6,
    ];

    /// The bucket of a workload.
    pub fn of(ects: f64) -> EctsRange {
        if ects <= 1.0 {
            EctsRange::UpTo1
        } else if ects <= 3.0 {
            EctsRange::From1To3
        } else if ects <= 6.0 {
            EctsRange::From3To6
        } else {
            EctsRange::Over6
        }
    }

    /// URL token.
    pub fn token(self) -> &'static str {
        match self {
            EctsRange::UpTo1 => "0-1",
            EctsRange::From1To3 => "1-3",
            EctsRange::From3To6 => "3-6",
            EctsRange::Over6 => "6-",
        }
    }

    fn from_token(s: &str) -> Option<EctsRange> {
        EctsRange::ALL.into_iter().find(|r| r.token() == s)
    }

    /// Position in [`ALL`](Self::ALL).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Order of the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Sort {
    /// Best match first (catalogue order when there is no query).
    #[default]
    Relevance,
    /// Title A–Z in the UI language.
    Title,
    /// Smallest workload first.
    Ects,
    /// Soonest upcoming start first.
    Start,
}

impl Sort {
    /// All sorts, in the order offered.
    pub const ALL: [Sort; 4] = [Sort::Relevance, Sort::Title, Sort::Ects, Sort::Start];

    /// URL token.
    pub fn token(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Title => "title",
            Sort::Ects => "ects",
            Sort::Start => "start",
        }
    }

    /// The sort named by a URL token.
    pub fn from_token(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.token() == s)
    }
}

/// URL token of an area (as in the contract).
pub fn area_token(a: Area) -> &'static str {
    match a {
        Area::Health => "health",
        Area::It => "it",
        Area::Healthtech => "healthtech",
        Area::Transversal => "transversal",
    }
}

/// All areas, in the order offered.
pub const AREAS: [Area; 4] = [Area::Health, Area::It, Area::Healthtech, Area::Transversal];

/// All forms of participation, in the order offered.
pub const PARTICIPATIONS: [Participation; 4] = [
    Participation::Online,
    Participation::Blended,
    Participation::OnSite,
    Participation::WorkBased,
];

/// URL token of a form of participation (as in the contract).
pub fn participation_token(p: Participation) -> &'static str {
    match p {
        Participation::Online => "online",
        Participation::Blended => "blended",
        Participation::OnSite => "on-site",
        Participation::WorkBased => "work-based",
    }
}

/// Everything the list page shows, as it travels in the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogueState {
    /// Free-text query, as typed.
    pub q: String,
    /// Career areas (any of).
    pub areas: BTreeSet<Area>,
    /// EQF levels (any of).
    pub eqf: BTreeSet<u8>,
    /// ECTS buckets (any of).
    pub ects: BTreeSet<EctsRange>,
    /// Countries of the awarding body, ISO codes (any of).
    pub countries: BTreeSet<String>,
    /// Languages of instruction (any of).
    pub languages: BTreeSet<String>,
    /// Forms of participation (any of).
    pub participation: BTreeSet<Participation>,
    /// Free courses only.
    pub free_only: bool,
    /// Starting within this many weeks.
    pub within_weeks: Option<u16>,
    /// Order of the results.
    pub sort: Sort,
    /// 1-based page.
    pub page: u32,
}

fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    items
        .into_iter()
        .map(|s| encode_component(s.as_ref()))
        .collect::<Vec<_>>()
        .join(",")
}

/// Decodes `%XX` escapes and `+` (a space, as forms send it); invalid escapes are kept as typed
/// and invalid UTF-8 is replaced.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl CatalogueState {
    /// True when any facet filter is set (query, sort and page aside).
    pub fn has_filters(&self) -> bool {
        !self.areas.is_empty()
            || !self.eqf.is_empty()
            || !self.ects.is_empty()
            || !self.countries.is_empty()
            || !self.languages.is_empty()
            || !self.participation.is_empty()
            || self.free_only
            || self.within_weeks.is_some()
    }

    /// The page, at least 1.
    pub fn page(&self) -> u32 {
        self.page.max(1)
    }

    /// The query string (without `?`), defaults left out; empty for the default view.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let q = self.q.trim();
        if !q.is_empty() {
            parts.push(format!("q={}", encode_component(q)));
        }
        if !self.areas.is_empty() {
            parts.push(format!(
                "area={}",
                join(self.areas.iter().map(|a| area_token(*a)))
            ));
        }
        if !self.eqf.is_empty() {
            parts.push(format!(
                "eqf={}",
                join(self.eqf.iter().map(|l| l.to_string()))
            ));
        }
        if !self.ects.is_empty() {
            parts.push(format!(
                "ects={}",
                join(self.ects.iter().map(|r| r.token()))
            ));
        }
        if !self.countries.is_empty() {
            parts.push(format!("country={}", join(&self.countries)));
        }
        if !self.languages.is_empty() {
            parts.push(format!("lang={}", join(&self.languages)));
        }
        if !self.participation.is_empty() {
            parts.push(format!(
                "mode={}",
                join(self.participation.iter().map(|p| participation_token(*p)))
            ));
        }
        if self.free_only {
            parts.push("free=1".into());
        }
        if let Some(w) = self.within_weeks {
            parts.push(format!("weeks={w}"));
        }
        if self.sort != Sort::Relevance {
            parts.push(format!("sort={}", self.sort.token()));
        }
        if self.page() > 1 {
            parts.push(format!("page={}", self.page()));
        }
        parts.join("&")
    }

    /// Reads a query string (with or without the leading `?`). Unknown parameters and values
    /// are ignored; the last of repeated parameters wins.
    pub fn from_query(query: &str) -> CatalogueState {
        let mut s = CatalogueState::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let values = || {
                raw.split(',')
                    .map(decode_component)
                    .map(|v| v.trim().to_owned())
                    .filter(|v| !v.is_empty())
            };
            match decode_component(key).as_str() {
                "q" => s.q = decode_component(raw).trim().to_owned(),
                "area" => {
                    s.areas = values()
                        .filter_map(|v| AREAS.into_iter().find(|a| area_token(*a) == v))
                        .collect()
                }
                "eqf" => {
                    s.eqf = values()
                        .filter_map(|v| v.parse::<u8>().ok())
                        .filter(|l| (1..=8).contains(l))
                        .collect()
                }
                "ects" => s.ects = values().filter_map(|v| EctsRange::from_token(&v)).collect(),
                "country" => {
                    s.countries = values()
                        .map(|v| v.to_ascii_uppercase())
                        .filter(|v| v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase()))
                        .collect()
                }
                "lang" => {
                    s.languages = values()
                        .map(|v| v.to_ascii_lowercase())
                        .filter(|v| v.len() == 2 && v.bytes().all(|b| b.is_ascii_lowercase()))
                        .collect()
                }
                "mode" => {
                    s.participation = values()
                        .filter_map(|v| {
                            PARTICIPATIONS
                                .into_iter()
                                .find(|p| participation_token(*p) == v)
                        })
                        .collect()
                }
                "free" => s.free_only = matches!(raw, "1" | "true"),
                "weeks" => {
                    s.within_weeks = raw.parse().ok().filter(|w| WEEK_CHOICES.contains(w));
                }
                "sort" => s.sort = Sort::from_token(raw).unwrap_or_default(),
                "page" => s.page = raw.parse().unwrap_or(1),
                _ => {}
            }
        }
        s
    }

    /// The facet filters and sort as unencoded query parameters, for a backend that searches
    /// on the server (query and page travel separately).
    pub fn filter_params(&self) -> Vec<(&'static str, String)> {
        let list = |v: Vec<String>| v.join(",");
        let mut out = Vec::new();
        if !self.areas.is_empty() {
            out.push((
                "area",
                list(self.areas.iter().map(|a| area_token(*a).into()).collect()),
            ));
        }
        if !self.eqf.is_empty() {
            out.push((
                "eqf",
                list(self.eqf.iter().map(|l| l.to_string()).collect()),
            ));
        }
        if !self.ects.is_empty() {
            out.push((
                "ects",
                list(self.ects.iter().map(|r| r.token().into()).collect()),
            ));
        }
        if !self.countries.is_empty() {
            out.push(("country", list(self.countries.iter().cloned().collect())));
        }
        if !self.languages.is_empty() {
            out.push(("lang", list(self.languages.iter().cloned().collect())));
        }
        if !self.participation.is_empty() {
            out.push((
                "mode",
                list(
                    self.participation
                        .iter()
                        .map(|p| participation_token(*p).into())
                        .collect(),
                ),
            ));
        }
        if self.free_only {
            out.push(("free", "1".into()));
        }
        if let Some(w) = self.within_weeks {
            out.push(("weeks", w.to_string()));
        }
        if self.sort != Sort::Relevance {
            out.push(("sort", self.sort.token().into()));
        }
        out
    }

    /// The same state on page 1 (after any change of query or filters).
    pub fn first_page(mut self) -> Self {
        self.page = 1;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> CatalogueState {
        CatalogueState {
            q: "sanità & co/digitale".into(),
            areas: [Area::Health, Area::Healthtech].into(),
            eqf: [3, 4].into(),
            ects: [EctsRange::From1To3, EctsRange::Over6].into(),
            countries: ["FI".to_owned(), "IT".to_owned()].into(),
            languages: ["fi".to_owned()].into(),
            participation: [Participation::OnSite, Participation::WorkBased].into(),
            free_only: true,
            within_weeks: Some(8),
            sort: Sort::Start,
            page: 3,
        }
    }

    #[test]
    fn state_round_trips_through_the_query_string() {
        let s = full();
        let q = s.to_query();
        assert_eq!(
            q,
            "q=sanit%C3%A0%20%26%20co%2Fdigitale&area=health,healthtech&eqf=3,4&ects=1-3,6-\
             &country=FI,IT&lang=fi&mode=on-site,work-based&free=1&weeks=8&sort=start&page=3"
        );
        assert_eq!(CatalogueState::from_query(&q), s);
        assert_eq!(CatalogueState::from_query(&format!("?{q}")), s);
        // The server gets the same filters, unencoded.
        let p = s.filter_params();
        assert_eq!(p[0], ("area", "health,healthtech".to_owned()));
        assert_eq!(p.last().unwrap(), &("sort", "start".to_owned()));
        assert_eq!(p.len(), 9);
        for sort in Sort::ALL {
            let s = CatalogueState {
                sort,
                ..CatalogueState::default()
            };
            assert_eq!(CatalogueState::from_query(&s.to_query()), s);
        }
    }

    #[test]
    fn default_state_is_the_empty_query() {
        assert_eq!(CatalogueState::default().to_query(), "");
        assert_eq!(CatalogueState::from_query(""), CatalogueState::default());
        // Page 1 and relevance are defaults, so they are left out.
        let s = CatalogueState {
            page: 1,
            q: "  ".into(),
            ..CatalogueState::default()
        };
        assert_eq!(s.to_query(), "");
    }

    #[test]
    fn unknown_and_bad_values_are_ignored() {
        let s = CatalogueState::from_query(
            "area=health,space&eqf=0,4,9,x&ects=2-5&country=fi,XYZ&lang=EN,eng&mode=by-post&free=yes&weeks=5&sort=price&page=abc&utm=1&q=a+b",
        );
        assert_eq!(s.areas, [Area::Health].into());
        assert_eq!(s.eqf, [4].into());
        assert!(s.ects.is_empty());
        assert_eq!(s.countries, ["FI".to_owned()].into());
        assert_eq!(s.languages, ["en".to_owned()].into());
        assert!(s.participation.is_empty());
        assert!(!s.free_only);
        assert_eq!(s.within_weeks, None);
        assert_eq!(s.sort, Sort::Relevance);
        assert_eq!(s.page(), 1);
        assert_eq!(s.q, "a b");
    }

    #[test]
    fn percent_decoding_is_lenient() {
        assert_eq!(decode_component("%C3%A4%20x"), "ä x");
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%FF"), "\u{FFFD}");
    }

    #[test]
    fn ects_buckets() {
        assert_eq!(EctsRange::of(0.5), EctsRange::UpTo1);
        assert_eq!(EctsRange::of(1.0), EctsRange::UpTo1);
        assert_eq!(EctsRange::of(1.5), EctsRange::From1To3);
        assert_eq!(EctsRange::of(3.0), EctsRange::From1To3);
        assert_eq!(EctsRange::of(6.0), EctsRange::From3To6);
        assert_eq!(EctsRange::of(7.0), EctsRange::Over6);
    }
}
