//! Searching the catalogue on the device: case- and diacritics-insensitive search over every
//! language of title, provider, learning outcomes and ESCO skills/occupations, with relevance;
//! facet counts; sorting; paging.
//!
//! [`CatalogueIndex::new`] folds and tokenises the text once (a vocabulary of distinct words,
//! each with the entries and fields it occurs in); a query then scans the small vocabulary for
//! words containing each query word and visits only their postings, so it stays far below a
//! millisecond per query on 10,000 entries (`examples/catalogue_bench.rs`).
//!
//! Facet counts are "disjunctive": the count shown next to a value is the number of results
//! the list would have with that value added to its facet (the other facets as they are), so
//! ticking a second area shows how many more courses it brings.

use super::catalogue::{Area, CatalogueEntry, Participation};
use super::catalogue_state::{CatalogueState, EctsRange, Sort, PER_PAGE, WEEK_CHOICES};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Folds one character: lower case, Latin and Cyrillic letters without diacritics.
fn fold_char(c: char, out: &mut String) {
    let base = match c {
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        c if c.is_ascii() => c,
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => 'a',
        'Ç' | 'ç' | 'Ć'..='č' => 'c',
        'Ď'..='đ' => 'd',
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => 'e',
        'Ĝ'..='ģ' => 'g',
        'Ĥ'..='ħ' => 'h',
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' => 'k',
        'Ĺ'..='ł' => 'l',
        'Ñ' | 'ñ' | 'Ń'..='ň' => 'n',
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => 'o',
        'Ŕ'..='ř' => 'r',
        'Ś'..='š' => 's',
        'Ţ'..='ŧ' => 't',
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
        'Ź'..='ž' => 'z',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'Æ' | 'æ' => {
            out.push_str("ae");
            return;
        }
        'Œ' | 'œ' => {
            out.push_str("oe");
            return;
        }
        // Cyrillic letters whose NFD form carries a combining mark.
        'Й' | 'й' => 'и',
        'Ї' | 'ї' => 'і',
        'Ё' | 'ё' => 'е',
        // Combining marks (text already in NFD) disappear.
        '\u{300}'..='\u{36f}' => return,
        // Typographic apostrophes and dashes behave like their ASCII forms.
        '\u{2018}' | '\u{2019}' => '\'',
        '\u{2010}'..='\u{2015}' => '-',
        c => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push(base);
}

/// Lower case without diacritics: `"Sanità"` → `"sanita"`, `"Küberhügieen"` → `"kuberhugieen"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The words of folded text (letters and digits).
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Which part of an entry a word was found in (for relevance).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title = 0,
    Provider = 1,
    Other = 2,
}

const FIELD_WEIGHT: [u8; 3] = [6, 3, 1];

/// Facet values of one entry, precomputed.
#[derive(Debug, Clone)]
struct Facets {
    area: Option<Area>,
    eqf: Option<u8>,
    ects: Option<EctsRange>,
    ects_value: Option<f64>,
    /// Index into `CatalogueIndex::countries`.
    country: Option<u16>,
    /// Bit i set: language `CatalogueIndex::languages[i]` (first 64 languages).
    languages: u64,
    participation: Option<Participation>,
    free: bool,
    /// Start dates as days since 0001-01-01, sorted.
    starts: Vec<i32>,
}

/// Counts shown next to each facet value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts {
    /// By area, in the order of [`super::catalogue_state::AREAS`].
    pub area: [u32; 4],
    /// By EQF level 1–8 (index = level − 1).
    pub eqf: [u32; 8],
    /// By ECTS bucket, in the order of [`EctsRange::ALL`].
    pub ects: [u32; 4],
    /// By country code, sorted by code; every country of the catalogue is listed.
    pub country: Vec<(String, u32)>,
    /// By language of instruction, sorted by code.
    pub language: Vec<(String, u32)>,
    /// By form of participation, in the order of [`super::catalogue_state::PARTICIPATIONS`].
    pub participation: [u32; 4],
    /// Free courses.
    pub free: u32,
    /// Starting within each of [`WEEK_CHOICES`] weeks.
    pub within: [u32; 4],
}

impl FacetCounts {
    /// Reads the `facets` object of a paging backend: facet name (as in the URL: `area`, `eqf`,
    /// `ects`, `country`, `lang`, `mode`, `free`, `weeks`) → value → count. Unknown names,
    /// values and non-integer counts are ignored.
    pub fn from_json(v: &serde_json::Value) -> FacetCounts {
        use super::catalogue_state::{area_token, participation_token, AREAS, PARTICIPATIONS};
        let mut c = FacetCounts::default();
        let get = |name: &str| -> Vec<(String, u32)> {
            v.get(name)
                .and_then(|o| o.as_object())
                .map(|o| {
                    o.iter()
                        .filter_map(|(k, n)| Some((k.clone(), u32::try_from(n.as_u64()?).ok()?)))
                        .collect()
                })
                .unwrap_or_default()
        };
        for (k, n) in get("area") {
            if let Some(i) = AREAS.iter().position(|a| area_token(*a) == k) {
                c.area[i] = n;
            }
        }
        for (k, n) in get("eqf") {
            if let Some(l) = k.parse::<usize>().ok().filter(|l| (1..=8).contains(l)) {
                c.eqf[l - 1] = n;
            }
        }
        for (k, n) in get("ects") {
            if let Some(r) = EctsRange::ALL.iter().find(|r| r.token() == k) {
                c.ects[r.index()] = n;
            }
        }
        for (k, n) in get("mode") {
            if let Some(i) = PARTICIPATIONS
                .iter()
                .position(|p| participation_token(*p) == k)
            {
                c.participation[i] = n;
            }
        }
        for (k, n) in get("weeks") {
            if let Some(i) = WEEK_CHOICES.iter().position(|w| w.to_string() == k) {
                c.within[i] = n;
            }
        }
        c.free = get("free")
            .into_iter()
            .find(|(k, _)| k == "1")
            .map_or(0, |(_, n)| n);
        c.country = get("country");
        c.country.sort();
        c.language = get("lang");
        c.language.sort();
        c
    }
}

/// One page of results.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchResult {
    /// Number of matches.
    pub total: usize,
    /// The page shown (clamped to the pages there are).
    pub page: u32,
    /// Number of pages (at least 1).
    pub pages: u32,
    /// Positions (in the indexed slice) of the entries on this page, in order.
    pub hits: Vec<usize>,
    /// Facet counts over the matches.
    pub facets: FacetCounts,
}

/// A search index over a slice of catalogue entries.
#[derive(Debug, Clone, Default)]
pub struct CatalogueIndex {
    len: usize,
    /// Distinct folded words.
    vocab: Vec<String>,
    /// Per word: `entry << 2 | field`, ascending.
    postings: Vec<Vec<u32>>,
    facets: Vec<Facets>,
    countries: Vec<String>,
    languages: Vec<String>,
    /// Position of each entry in title order (UI language).
    title_rank: Vec<u32>,
}

fn days(d: NaiveDate) -> i32 {
    use chrono::Datelike;
    d.num_days_from_ce()
}

impl CatalogueIndex {
    /// Indexes `entries`, with titles ordered for `lang`.
    pub fn new(entries: &[CatalogueEntry], lang: &str) -> CatalogueIndex {
        let mut vocab_ids: HashMap<String, u32> = HashMap::new();
        let mut vocab: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut countries: Vec<String> = entries
            .iter()
            .filter_map(|e| e.awarding_body.as_ref())
            .map(|b| b.country.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        countries.sort();
        countries.dedup();
        let mut languages: Vec<String> = entries
            .iter()
            .flat_map(|e| e.languages.iter())
            .map(|l| l.trim().to_ascii_lowercase())
            .filter(|l| !l.is_empty())
            .collect();
        languages.sort();
        languages.dedup();
        languages.truncate(64);

        let mut seen: Vec<(u32, Field)> = Vec::new();
        let mut buf = String::new();
        let mut facets = Vec::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            seen.clear();
            let mut add = |text: &str, field: Field, seen: &mut Vec<(u32, Field)>| {
                buf.clear();
                for c in text.chars() {
                    fold_char(c, &mut buf);
                }
                for w in words(&buf) {
                    let id = match vocab_ids.get(w) {
                        Some(id) => *id,
                        None => {
                            let id = vocab.len() as u32;
                            vocab_ids.insert(w.to_owned(), id);
                            vocab.push(w.to_owned());
                            postings.push(Vec::new());
                            id
                        }
                    };
                    seen.push((id, field));
                }
            };
            for t in e.title.all() {
                add(t, Field::Title, &mut seen);
            }
            if let Some(b) = &e.awarding_body {
                add(&b.name, Field::Provider, &mut seen);
            }
            for o in &e.learning_outcomes {
                for t in o.all() {
                    add(t, Field::Other, &mut seen);
                }
            }
            for r in e.skills.iter().chain(&e.occupations) {
                for t in r.label.all() {
                    add(t, Field::Other, &mut seen);
                }
            }
            seen.sort_unstable_by_key(|(id, f)| (*id, *f as u8));
            // Keep the best (lowest-numbered) field per word.
            seen.dedup_by_key(|(id, _)| *id);
            for (id, f) in &seen {
                postings[*id as usize].push(((i as u32) << 2) | *f as u32);
            }

            let country = e.awarding_body.as_ref().and_then(|b| {
                let c = b.country.trim().to_ascii_uppercase();
                countries.binary_search(&c).ok().map(|p| p as u16)
            });
            let mut lang_bits = 0u64;
            for l in &e.languages {
                if let Ok(p) = languages.binary_search(&l.trim().to_ascii_lowercase()) {
                    lang_bits |= 1 << p;
                }
            }
            let mut starts: Vec<i32> = e.start_dates.iter().map(|d| days(*d)).collect();
            starts.sort_unstable();
            let ects_value = e.ects.filter(|x| x.is_finite() && *x >= 0.0);
            facets.push(Facets {
                area: e.area,
                eqf: e.eqf_level.filter(|l| (1..=8).contains(l)),
                ects: ects_value.map(EctsRange::of),
                ects_value,
                country,
                languages: lang_bits,
                participation: e.participation,
                free: e.price.as_ref().is_some_and(|p| p.amount == 0.0),
                starts,
            });
        }
        let mut index = CatalogueIndex {
            len: entries.len(),
            vocab,
            postings,
            facets,
            countries,
            languages,
            title_rank: Vec::new(),
        };
        index.set_lang(entries, lang);
        index
    }

    /// Orders titles for another UI language (`entries` must be the indexed slice).
    pub fn set_lang(&mut self, entries: &[CatalogueEntry], lang: &str) {
        let keys: Vec<String> = entries.iter().map(|e| fold(e.title.get(lang))).collect();
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_by(|a, b| keys[*a].cmp(&keys[*b]).then(a.cmp(b)));
        self.title_rank = vec![0; entries.len()];
        for (rank, i) in order.into_iter().enumerate() {
            self.title_rank[i] = rank as u32;
        }
    }

    /// Number of indexed entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Relevance of every entry for `query` (0 = no match). All query words must match; a word
    /// matches inside a longer word (`"health"` finds `"telehealth"`), a whole word or a word
    /// start ranks higher, and a match in the title beats the provider, which beats the rest.
    /// An empty query matches everything with score 1.
    pub fn scores(&self, query: &str) -> Vec<u16> {
        let folded = fold(query);
        let qwords: Vec<&str> = words(&folded).collect();
        if qwords.is_empty() {
            return vec![1; self.len];
        }
        let mut total = vec![0u16; self.len];
        let mut best = vec![0u8; self.len];
        for (n, w) in qwords.iter().enumerate() {
            best.iter_mut().for_each(|b| *b = 0);
            let one_char = w.chars().nth(1).is_none();
            for (t, token) in self.vocab.iter().enumerate() {
                let quality = if token == w {
                    3
                } else if token.starts_with(w) {
                    2
                } else if !one_char && token.contains(w) {
                    0
                } else {
                    continue;
                };
                for p in &self.postings[t] {
                    let e = (p >> 2) as usize;
                    let s = FIELD_WEIGHT[(p & 3) as usize] + quality;
                    if s > best[e] {
                        best[e] = s;
                    }
                }
            }
            for (t, b) in total.iter_mut().zip(&best) {
                *t = if *b == 0 || (n > 0 && *t == 0) {
                    0
                } else {
                    *t + *b as u16
                };
            }
        }
        total
    }

    /// The facets an entry fails (bit per facet), given the state and today's date.
    fn fails(&self, f: &Facets, s: &CatalogueState, today: i32) -> u8 {
        let mut m = 0u8;
        if !s.areas.is_empty() && !f.area.is_some_and(|a| s.areas.contains(&a)) {
            m |= 1 << 0;
        }
        if !s.eqf.is_empty() && !f.eqf.is_some_and(|l| s.eqf.contains(&l)) {
            m |= 1 << 1;
        }
        if !s.ects.is_empty() && !f.ects.is_some_and(|r| s.ects.contains(&r)) {
            m |= 1 << 2;
        }
        if !s.countries.is_empty()
            && !f
                .country
                .is_some_and(|c| s.countries.contains(&self.countries[c as usize]))
        {
            m |= 1 << 3;
        }
        if !s.languages.is_empty() {
            let wanted = self
                .languages
                .iter()
                .enumerate()
                .filter(|(_, l)| s.languages.contains(*l))
                .fold(0u64, |acc, (i, _)| acc | 1 << i);
            if f.languages & wanted == 0 {
                m |= 1 << 4;
            }
        }
        if !s.participation.is_empty()
            && !f
                .participation
                .is_some_and(|p| s.participation.contains(&p))
        {
            m |= 1 << 5;
        }
        if s.free_only && !f.free {
            m |= 1 << 6;
        }
        if let Some(w) = s.within_weeks {
            if next_start(f, today).is_none_or(|d| d - today > 7 * w as i32) {
                m |= 1 << 7;
            }
        }
        m
    }

    /// Searches, filters, counts facets, sorts and cuts out the page the state asks for.
    /// `today` decides which start dates are still upcoming.
    pub fn search(&self, state: &CatalogueState, today: NaiveDate) -> SearchResult {
        let scores = self.scores(&state.q);
        self.search_scored(&scores, state, today)
    }

    /// [`search`](Self::search) with scores already computed by [`scores`](Self::scores) for
    /// `state.q` (a facet click need not search the text again).
    pub fn search_scored(
        &self,
        scores: &[u16],
        state: &CatalogueState,
        today: NaiveDate,
    ) -> SearchResult {
        let today = days(today);
        let mut c = FacetCounts {
            country: self.countries.iter().map(|k| (k.clone(), 0)).collect(),
            language: self.languages.iter().map(|k| (k.clone(), 0)).collect(),
            ..FacetCounts::default()
        };
        let lang_count = self.languages.len();
        let mut matched: Vec<usize> = Vec::new();
        for (i, f) in self.facets.iter().enumerate() {
            if scores.get(i).copied().unwrap_or(0) == 0 {
                continue;
            }
            let fails = self.fails(f, state, today);
            if fails.count_ones() > 1 {
                continue;
            }
            let counts = |facet: u8| fails == 0 || fails == 1 << facet;
            if counts(0) {
                if let Some(a) = f.area {
                    c.area[a as usize] += 1;
                }
            }
            if counts(1) {
                if let Some(l) = f.eqf {
                    c.eqf[l as usize - 1] += 1;
                }
            }
            if counts(2) {
                if let Some(r) = f.ects {
                    c.ects[r.index()] += 1;
                }
            }
            if counts(3) {
                if let Some(k) = f.country {
                    c.country[k as usize].1 += 1;
                }
            }
            if counts(4) {
                for (b, slot) in c.language.iter_mut().enumerate().take(lang_count) {
                    if f.languages & (1 << b) != 0 {
                        slot.1 += 1;
                    }
                }
            }
            if counts(5) {
                if let Some(p) = f.participation {
                    c.participation[p as usize] += 1;
                }
            }
            if counts(6) && f.free {
                c.free += 1;
            }
            if counts(7) {
                if let Some(d) = next_start(f, today) {
                    for (k, w) in WEEK_CHOICES.iter().enumerate() {
                        if d - today <= 7 * *w as i32 {
                            c.within[k] += 1;
                        }
                    }
                }
            }
            if fails == 0 {
                matched.push(i);
            }
        }
        self.sort(&mut matched, scores, state.sort, today);
        let total = matched.len();
        let pages = total.div_ceil(PER_PAGE as usize).max(1) as u32;
        let page = state.page().min(pages);
        let from = (page as usize - 1) * PER_PAGE as usize;
        let hits = matched
            .into_iter()
            .skip(from)
            .take(PER_PAGE as usize)
            .collect();
        SearchResult {
            total,
            page,
            pages,
            hits,
            facets: c,
        }
    }

    fn sort(&self, ids: &mut [usize], scores: &[u16], sort: Sort, today: i32) {
        let rank = &self.title_rank;
        match sort {
            Sort::Relevance => ids.sort_by_key(|i| (std::cmp::Reverse(scores[*i]), *i)),
            Sort::Title => ids.sort_by_key(|i| rank[*i]),
            Sort::Ects => ids.sort_by(|a, b| {
                let (x, y) = (self.facets[*a].ects_value, self.facets[*b].ects_value);
                match (x, y) {
                    (Some(x), Some(y)) => x.total_cmp(&y),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
                .then(rank[*a].cmp(&rank[*b]))
            }),
            Sort::Start => ids.sort_by_key(|i| {
                (
                    next_start(&self.facets[*i], today).unwrap_or(i32::MAX),
                    rank[*i],
                )
            }),
        }
    }
}

/// The first start date on or after `today` (days since CE).
fn next_start(f: &Facets, today: i32) -> Option<i32> {
    f.starts.iter().copied().find(|d| *d >= today)
}

/// The first start date on or after `today`.
pub fn upcoming_start(entry: &CatalogueEntry, today: NaiveDate) -> Option<NaiveDate> {
    entry
        .start_dates
        .iter()
        .copied()
        .filter(|d| *d >= today)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::{decode_list, Price};
    use crate::domain::catalogue_state::{AREAS, PARTICIPATIONS};

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const TODAY: &str = "2027-01-01";

    fn entries() -> Vec<CatalogueEntry> {
        decode_list(
            r#"[
            {"id": "ee-koolitus", "title": {"en": "Care training", "et": "Hoolduse Koolitus"},
             "area": "health", "eqfLevel": 4, "ects": 1, "participation": "online",
             "awardingBody": {"name": "Tallinna Kool", "country": "EE"}, "languages": ["et", "en"],
             "price": {"amount": 0, "currency": "EUR"}, "startDates": ["2027-01-20"],
             "learningOutcomes": [{"en": "Use the health portal", "et": "Kasutada terviseportaali"}]},
            {"id": "it-sanita", "title": {"en": "Digital health", "it": "Sanità digitale"},
             "area": "healthtech", "eqfLevel": 5, "ects": 3, "participation": "blended",
             "awardingBody": {"name": "ITS Salute", "country": "IT"}, "languages": ["it"],
             "price": {"amount": 100, "currency": "EUR"}, "startDates": ["2026-12-01", "2027-03-01"],
             "skills": [{"uri": "http://data.europa.eu/esco/skill/x", "label": "Telemedicine"}]},
            {"id": "fi-tervis", "title": {"en": "Networks", "fi": "Verkot"},
             "area": "it", "eqfLevel": 4, "ects": 5, "participation": "on-site",
             "awardingBody": {"name": "Opisto", "country": "FI"}, "languages": ["fi", "en"],
             "price": {"amount": 0, "currency": "EUR"},
             "learningOutcomes": [{"en": "Explain Tervis data flows"}]},
            {"id": "nl-zorg", "title": {"en": "Zorg and health records", "nl": "Zorgdossier"},
             "area": "health", "eqfLevel": 3, "ects": 8, "participation": "work-based",
             "awardingBody": {"name": "Zorgcollege", "country": "NL"}, "languages": ["nl"],
             "startDates": ["2027-02-15"]},
            {"id": "bare"}
        ]"#,
        )
        .unwrap()
        .entries
    }

    fn ids(list: &[CatalogueEntry], r: &SearchResult) -> Vec<String> {
        r.hits.iter().map(|i| list[*i].id.clone()).collect()
    }

    fn run(q: &str, f: impl FnOnce(&mut CatalogueState)) -> (Vec<String>, SearchResult) {
        let list = entries();
        let index = CatalogueIndex::new(&list, "en");
        let mut s = CatalogueState {
            q: q.into(),
            ..CatalogueState::default()
        };
        f(&mut s);
        let r = index.search(&s, date(TODAY));
        (ids(&list, &r), r)
    }

    #[test]
    fn folding_removes_case_and_diacritics_in_every_language() {
        assert_eq!(fold("Sanità"), "sanita");
        assert_eq!(fold("KÜBERHÜGIEEN Õppe"), "kuberhugieen oppe");
        assert_eq!(fold("ÄäneKOSKI"), "aanekoski");
        assert_eq!(fold("Patiëntendossier"), "patientendossier");
        assert_eq!(fold("Š Ž ł ß Œ"), "s z l ss oe");
        assert_eq!(fold("Йод Їжак ДОГЛЯД"), "иод іжак догляд");
        // Text that arrives decomposed (NFD) folds the same.
        assert_eq!(fold("sanita\u{300}"), "sanita");
        assert_eq!(fold("it’s"), "it's");
    }

    #[test]
    fn search_is_case_and_diacritics_insensitive_in_all_languages() {
        assert_eq!(run("koolitus", |_| {}).0, ["ee-koolitus"]);
        assert_eq!(run("KOOLITUS", |_| {}).0, ["ee-koolitus"]);
        assert_eq!(run("sanita", |_| {}).0, ["it-sanita"]);
        assert_eq!(run("SANITÀ", |_| {}).0, ["it-sanita"]);
        // "tervis" is in an Estonian outcome (terviseportaali) and an English one (Tervis).
        assert_eq!(run("tervis", |_| {}).0, ["fi-tervis", "ee-koolitus"]);
        // Provider, outcome and skill labels are searched too.
        assert_eq!(run("zorgcollege", |_| {}).0, ["nl-zorg"]);
        assert_eq!(run("telemedicine", |_| {}).0, ["it-sanita"]);
        assert!(run("kardiologia", |_| {}).0.is_empty());
    }

    #[test]
    fn all_words_must_match_and_title_hits_rank_first() {
        // "health" is in three titles and one outcome; whole-word title matches first,
        // then catalogue order among equals.
        assert_eq!(
            run("health", |_| {}).0,
            ["it-sanita", "nl-zorg", "ee-koolitus"]
        );
        assert_eq!(run("health records", |_| {}).0, ["nl-zorg"]);
        assert_eq!(run("health networks", |_| {}).0, Vec::<String>::new());
        // A word inside a longer word still matches ("portaal" in "terviseportaali").
        assert_eq!(run("portaal", |_| {}).0, ["ee-koolitus"]);
        // A single letter only matches word starts.
        assert_eq!(run("v", |_| {}).0, ["fi-tervis"]);
    }

    #[test]
    fn empty_query_lists_everything_in_catalogue_order() {
        let (ids, r) = run("  ", |_| {});
        assert_eq!(
            ids,
            ["ee-koolitus", "it-sanita", "fi-tervis", "nl-zorg", "bare"]
        );
        assert_eq!((r.total, r.page, r.pages), (5, 1, 1));
    }

    #[test]
    fn facet_counts_are_disjunctive() {
        let (_, r) = run("", |_| {});
        assert_eq!(r.facets.area, [2, 1, 1, 0]);
        assert_eq!(r.facets.eqf, [0, 0, 1, 2, 1, 0, 0, 0]);
        assert_eq!(r.facets.ects, [1, 1, 1, 1]);
        assert_eq!(
            r.facets.country,
            [
                ("EE".into(), 1),
                ("FI".into(), 1),
                ("IT".into(), 1),
                ("NL".into(), 1)
            ]
        );
        assert_eq!(
            r.facets.language,
            [
                ("en".into(), 2),
                ("et".into(), 1),
                ("fi".into(), 1),
                ("it".into(), 1),
                ("nl".into(), 1)
            ]
        );
        assert_eq!(r.facets.participation, [1, 1, 1, 1]);
        assert_eq!(r.facets.free, 2);
        // From 2027-01-01: 19 days (koolitus), 59 (sanità, March), 45 (zorg).
        assert_eq!(r.facets.within, [1, 2, 3, 3]);

        // With area = health: the area facet still counts the other areas; the others count
        // only health courses.
        let (ids, r) = run("", |s| s.areas = [Area::Health].into());
        assert_eq!(ids, ["ee-koolitus", "nl-zorg"]);
        assert_eq!(r.facets.area, [2, 1, 1, 0]);
        assert_eq!(r.facets.eqf, [0, 0, 1, 1, 0, 0, 0, 0]);
        assert_eq!(r.facets.free, 1);

        // Two facets: each counts what the other allows.
        let (ids, r) = run("", |s| {
            s.areas = [Area::Health, Area::It].into();
            s.free_only = true;
        });
        assert_eq!(ids, ["ee-koolitus", "fi-tervis"]);
        assert_eq!(r.facets.area, [1, 1, 0, 0]);
        assert_eq!(r.facets.free, 2);
        assert_eq!(r.facets.participation, [1, 0, 1, 0]);

        // Counts follow the query.
        let (_, r) = run("health", |_| {});
        assert_eq!(r.facets.area, [2, 0, 1, 0]);
    }

    #[test]
    fn every_facet_filters() {
        assert_eq!(
            run("", |s| s.eqf = [4].into()).0,
            ["ee-koolitus", "fi-tervis"]
        );
        assert_eq!(
            run("", |s| s.ects = [EctsRange::Over6, EctsRange::UpTo1].into()).0,
            ["ee-koolitus", "nl-zorg"]
        );
        assert_eq!(
            run("", |s| s.countries = ["IT".into()].into()).0,
            ["it-sanita"]
        );
        assert_eq!(
            run("", |s| s.languages = ["en".into()].into()).0,
            ["ee-koolitus", "fi-tervis"]
        );
        assert_eq!(
            run("", |s| s.participation = [Participation::WorkBased].into()).0,
            ["nl-zorg"]
        );
        assert_eq!(
            run("", |s| s.free_only = true).0,
            ["ee-koolitus", "fi-tervis"]
        );
        // Sanità's December date is past; its March one is 59 days away.
        assert_eq!(run("", |s| s.within_weeks = Some(4)).0, ["ee-koolitus"]);
        assert_eq!(
            run("", |s| s.within_weeks = Some(8)).0,
            ["ee-koolitus", "nl-zorg"]
        );
        let _ = (AREAS, PARTICIPATIONS);
    }

    #[test]
    fn sorts() {
        assert_eq!(
            run("", |s| s.sort = Sort::Title).0,
            ["bare", "ee-koolitus", "it-sanita", "fi-tervis", "nl-zorg"]
        );
        assert_eq!(
            run("", |s| s.sort = Sort::Ects).0,
            ["ee-koolitus", "it-sanita", "fi-tervis", "nl-zorg", "bare"]
        );
        // Soonest upcoming start; entries without one last (in title order).
        assert_eq!(
            run("", |s| s.sort = Sort::Start).0,
            ["ee-koolitus", "nl-zorg", "it-sanita", "bare", "fi-tervis"]
        );
        // Title order follows the UI language.
        let list = entries();
        let mut index = CatalogueIndex::new(&list, "en");
        index.set_lang(&list, "it");
        let s = CatalogueState {
            sort: Sort::Title,
            ..CatalogueState::default()
        };
        let r = index.search(&s, date(TODAY));
        assert_eq!(
            ids(&list, &r),
            ["bare", "ee-koolitus", "fi-tervis", "it-sanita", "nl-zorg"]
        );
    }

    #[test]
    fn paging_cuts_and_clamps() {
        let mut list = Vec::new();
        for i in 0..45 {
            list.push(CatalogueEntry {
                id: format!("e{i:02}"),
                title: format!("Course {i:02}").as_str().into(),
                price: Some(Price {
                    amount: 0.0,
                    currency: "EUR".into(),
                }),
                ..CatalogueEntry::default()
            });
        }
        let index = CatalogueIndex::new(&list, "en");
        let mut s = CatalogueState {
            page: 3,
            ..CatalogueState::default()
        };
        let r = index.search(&s, date(TODAY));
        assert_eq!((r.total, r.page, r.pages), (45, 3, 3));
        assert_eq!(ids(&list, &r), ["e40", "e41", "e42", "e43", "e44"]);
        s.page = 9;
        let r = index.search(&s, date(TODAY));
        assert_eq!(r.page, 3);
        s.page = 2;
        let r = index.search(&s, date(TODAY));
        assert_eq!(r.hits.len(), 20);
        assert_eq!(list[r.hits[0]].id, "e20");
        assert_eq!(r.facets.free, 45);
    }

    #[test]
    fn upcoming_start_skips_past_dates() {
        let list = entries();
        assert_eq!(
            upcoming_start(&list[1], date(TODAY)),
            Some(date("2027-03-01"))
        );
        assert_eq!(upcoming_start(&list[2], date(TODAY)), None);
    }
}
