//! Anonymous fair-mode tallies: for each finished quiz only the date, the UI language and the
//! area of the top career. Kept as counts per (date, language, area), so the order and time of
//! visits are not recorded either.

use super::catalogue::Area;
use serde::{Deserialize, Serialize};

/// One counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TallyRow {
    /// Local calendar date, `YYYY-MM-DD`.
    pub date: String,
    /// UI language code.
    pub lang: String,
    /// Area of the visitor's top career (`health`, `it`, `healthtech`, `transversal`), or
    /// `none` when there was no career to show.
    pub area: String,
    /// Finished quizzes.
    pub count: u32,
}

/// All counters on the device, sorted by date, language, area.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Tallies {
    /// The counters.
    pub rows: Vec<TallyRow>,
}

/// The tally name of an area.
pub fn area_key(area: Option<Area>) -> &'static str {
    match area {
        Some(Area::Health) => "health",
        Some(Area::It) => "it",
        Some(Area::Healthtech) => "healthtech",
        Some(Area::Transversal) => "transversal",
        None => "none",
    }
}

impl Tallies {
    /// Restores saved tallies; `None` when the text cannot be read (the caller then keeps it
    /// rather than overwrite it).
    pub fn restore(json: &str) -> Option<Tallies> {
        serde_json::from_str(json).ok()
    }

    /// Serialises for storage.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Counts one finished quiz.
    pub fn record(&mut self, date: &str, lang: &str, area: Option<Area>) {
        let area = area_key(area);
        match self
            .rows
            .iter_mut()
            .find(|r| r.date == date && r.lang == lang && r.area == area)
        {
            Some(r) => r.count = r.count.saturating_add(1),
            None => {
                self.rows.push(TallyRow {
                    date: date.to_owned(),
                    lang: lang.to_owned(),
                    area: area.to_owned(),
                    count: 1,
                });
                self.rows
                    .sort_by(|a, b| (&a.date, &a.lang, &a.area).cmp(&(&b.date, &b.lang, &b.area)));
            }
        }
    }

    /// Total finished quizzes.
    pub fn total(&self) -> u32 {
        self.rows.iter().map(|r| r.count).sum()
    }

    /// Totals per area, in the order health, it, healthtech, transversal, none; zero counts left out.
    pub fn by_area(&self) -> Vec<(&'static str, u32)> {
        ["health", "it", "healthtech", "transversal", "none"]
            .into_iter()
            .map(|a| {
                (
                    a,
                    self.rows
                        .iter()
                        .filter(|r| r.area == a)
                        .map(|r| r.count)
                        .sum(),
                )
            })
            .filter(|(_, n)| *n > 0)
            .collect()
    }

    /// CSV for staff: `date,language,top_area,finished_quizzes`.
    pub fn to_csv(&self) -> String {
        let mut rows = vec![vec![
            "date".to_owned(),
            "language".into(),
            "top_area".into(),
            "finished_quizzes".into(),
        ]];
        for r in &self.rows {
            rows.push(vec![
                r.date.clone(),
                r.lang.clone(),
                r.area.clone(),
                r.count.to_string(),
            ]);
        }
        super::csv::write(&rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_date_language_and_area() {
        let mut t = Tallies::default();
        t.record("2026-11-22", "nl", Some(Area::Health));
        t.record("2026-11-21", "fi", Some(Area::It));
        t.record("2026-11-22", "nl", Some(Area::Health));
        t.record("2026-11-22", "en", None);
        t.record("2026-11-22", "nl", Some(Area::Healthtech));
        assert_eq!(t.total(), 5);
        assert_eq!(
            t.by_area(),
            [("health", 2), ("it", 1), ("healthtech", 1), ("none", 1)]
        );
        assert_eq!(
            t.to_csv(),
            "date,language,top_area,finished_quizzes\r\n\
             2026-11-21,fi,it,1\r\n\
             2026-11-22,en,none,1\r\n\
             2026-11-22,nl,health,2\r\n\
             2026-11-22,nl,healthtech,1\r\n"
        );
        assert_eq!(Tallies::restore(&t.to_json()), Some(t));
        assert_eq!(Tallies::restore("[1,"), None);
    }
}
