//! Prints how long the catalogue search takes natively over a large catalogue: the median per
//! query (search + all facet counts + sort + page) over a list of typical queries and filters.
//! A figure, not a test:
//!
//! ```sh
//! node tools/catalogue/generate.mjs --scale 10000      # → target/catalogue-10000.json
//! cargo run --release --example catalogue_bench [-- path/to/catalogue.json]
//! ```

use carewise::domain::catalogue::{decode_list, Area, Participation};
use carewise::domain::catalogue_search::CatalogueIndex;
use carewise::domain::catalogue_state::{CatalogueState, EctsRange, Sort};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/catalogue-10000.json".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("{path} not found: run `node tools/catalogue/generate.mjs --scale 10000` first")
    });
    let t = Instant::now();
    let list = decode_list(&text).expect("catalogue");
    let decode = t.elapsed();
    let t = Instant::now();
    let index = CatalogueIndex::new(&list.entries, "en");
    let build = t.elapsed();
    let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();

    let state = |q: &str| CatalogueState {
        q: q.into(),
        ..CatalogueState::default()
    };
    let mut queries: Vec<(String, CatalogueState)> = [
        "",
        "t",
        "te",
        "tel",
        "tele",
        "telecare",
        "health",
        "health records",
        "sanita",
        "sanità digitale",
        "koolitus",
        "tervis",
        "küberhügieen",
        "python",
        "data analysis",
        "cyber",
        "zorg",
        "ehr",
        "gdpr",
        "verkko",
        "patient",
        "network security",
        "nurse",
        "xyzzy",
    ]
    .iter()
    .map(|q| (format!("q={q:?}"), state(q)))
    .collect();
    queries.push((
        "health + area/eqf/free".into(),
        CatalogueState {
            q: "health".into(),
            areas: [Area::Health, Area::Healthtech].into(),
            eqf: [4].into(),
            free_only: true,
            ..CatalogueState::default()
        },
    ));
    queries.push((
        "all facets, sort start".into(),
        CatalogueState {
            countries: ["FI".into(), "EE".into()].into(),
            languages: ["en".into()].into(),
            participation: [Participation::Online, Participation::Blended].into(),
            ects: [EctsRange::From1To3].into(),
            within_weeks: Some(12),
            sort: Sort::Start,
            page: 3,
            ..CatalogueState::default()
        },
    ));
    queries.push((
        "sort title".into(),
        CatalogueState {
            sort: Sort::Title,
            ..CatalogueState::default()
        },
    ));

    let rounds = 31;
    let mut medians = Vec::new();
    println!(
        "catalogue: {} entries ({} skipped), decode {:.1} ms, index {:.1} ms",
        list.entries.len(),
        list.skipped.len(),
        decode.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3
    );
    for (name, s) in &queries {
        let mut times = Vec::with_capacity(rounds);
        let mut total = 0;
        for _ in 0..rounds {
            let t = Instant::now();
            let r = index.search(s, today);
            times.push(t.elapsed());
            total = r.total;
            std::hint::black_box(r);
        }
        let m = median(times);
        medians.push(m);
        println!(
            "  {:<28} {:>6} hits  median {:>7.3} ms",
            name,
            total,
            m.as_secs_f64() * 1e3
        );
    }
    let all = median(medians.clone());
    let worst = medians.iter().max().copied().unwrap_or_default();
    println!(
        "median over {} queries: {:.3} ms (slowest query {:.3} ms); target <= 2 ms",
        medians.len(),
        all.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3
    );
}
