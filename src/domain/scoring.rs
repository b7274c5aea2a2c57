//! Scoring the interest quiz: per-type scores, the Holland code, careers ranked by profile
//! similarity, and the "why this match" data.
//!
//! # Method
//! - **Type score**: the mean of the ratings (1–5) the learner gave to that type's items,
//!   skipped items left out, mapped to 0–100 (`(mean − 1) / 4 × 100`) and rounded to a whole
//!   number (halves away from zero). A type with no rated item has no score.
//! - **Holland code**: the (up to) three scored types with the highest scores; equal scores are
//!   ordered R-I-A-S-E-C (the same rule the O*NET-derived data file uses for its `top3`).
//! - **Similarity** of the learner and a career: the Pearson correlation between the learner's
//!   scores and the career's six O*NET interest means, over the types the learner has a score
//!   for. Correlation compares the *shape* of the two profiles, so the different scales (0–100
//!   and 1–7) do not matter. It needs at least three scored types and some spread in the
//!   learner's scores; otherwise the profile is *flat* and every career gets similarity 0.
//! - **Ranking**: by similarity, highest first; similarities that agree to 9 decimals are ties,
//!   broken by career id in byte order, so the ranking is fully deterministic.
//!
//! Nothing here favours health or IT: that focus comes from the careers in the data.

use super::careers::Career;
use super::quiz::{Answer, Progress, Quiz, Riasec, RATING_RANGE};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// The learner's six scores (0–100) in R-I-A-S-E-C order; `None` for a type with no rated item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Profile(pub [Option<u8>; 6]);

/// Smallest number of scored types for which a correlation is meaningful.
pub const MIN_SCORED_TYPES: usize = 3;

/// Scores the answers in `progress` against the items of `quiz`.
pub fn score(quiz: &Quiz, progress: &Progress) -> Profile {
    let mut sum = [0u32; 6];
    let mut n = [0u32; 6];
    for item in &quiz.items {
        if let Some(Answer::Rated(v)) = progress.get(&item.id) {
            let t = item.kind.index();
            sum[t] += u32::from(v);
            n[t] += 1;
        }
    }
    let (lo, hi) = (f64::from(RATING_RANGE.0), f64::from(RATING_RANGE.1));
    let mut out = [None; 6];
    for t in 0..6 {
        if n[t] > 0 {
            let mean = f64::from(sum[t]) / f64::from(n[t]);
            let pct = ((mean - lo) / (hi - lo) * 100.0).round();
            out[t] = Some(pct.clamp(0.0, 100.0) as u8);
        }
    }
    Profile(out)
}

impl Profile {
    /// The score of one type.
    pub fn get(&self, t: Riasec) -> Option<u8> {
        self.0[t.index()]
    }

    /// Number of types with a score.
    pub fn scored_types(&self) -> usize {
        self.0.iter().flatten().count()
    }

    /// Up to three scored types, highest first; ties in R-I-A-S-E-C order.
    pub fn holland_code(&self) -> Vec<Riasec> {
        let mut scored: Vec<(Riasec, u8)> = Riasec::ALL
            .iter()
            .filter_map(|&t| self.get(t).map(|s| (t, s)))
            .collect();
        // stable sort keeps R-I-A-S-E-C order among equal scores
        scored.sort_by_key(|s| std::cmp::Reverse(s.1));
        scored.into_iter().take(3).map(|(t, _)| t).collect()
    }

    /// The Holland code as letters (`"SIC"`).
    pub fn holland_letters(&self) -> String {
        self.holland_code().iter().map(|t| t.letter()).collect()
    }

    /// True when careers cannot be told apart by this profile: fewer than
    /// [`MIN_SCORED_TYPES`] scored types, or all scores equal.
    pub fn is_flat(&self) -> bool {
        let scored: Vec<u8> = self.0.iter().flatten().copied().collect();
        scored.len() < MIN_SCORED_TYPES || scored.iter().all(|&s| s == scored[0])
    }
}

/// Pearson correlation of the learner's scores with a career's profile, over the types the
/// learner has a score for; `None` when the profile is flat or the career's values on those
/// types do not vary.
pub fn similarity(profile: &Profile, career: &[f64; 6]) -> Option<f64> {
    if profile.is_flat() {
        return None;
    }
    let pairs: Vec<(f64, f64)> = (0..6)
        .filter_map(|t| profile.0[t].map(|s| (f64::from(s), career[t])))
        .collect();
    let n = pairs.len() as f64;
    let (mx, my) = pairs
        .iter()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x / n, b + y / n));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in &pairs {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    if sxx <= f64::EPSILON || syy <= f64::EPSILON {
        return None;
    }
    Some((sxy / (sxx.sqrt() * syy.sqrt())).clamp(-1.0, 1.0))
}

/// One career in the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Index of the career in the list that was ranked.
    pub index: usize,
    /// Correlation with the learner's profile (−1 to 1); 0 when it cannot be computed.
    pub similarity: f64,
}

/// Careers in order of fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Best fit first.
    pub matches: Vec<Match>,
    /// The learner's profile was flat, so the order is only the tie-break (by id).
    pub flat: bool,
}

fn quantise(x: f64) -> i64 {
    (x * 1e9).round() as i64
}

/// Ranks `careers` for `profile` (see the module documentation for the rules).
pub fn rank(profile: &Profile, careers: &[Career]) -> Ranking {
    let mut matches: Vec<Match> = careers
        .iter()
        .enumerate()
        .map(|(index, c)| Match {
            index,
            similarity: similarity(profile, &c.profile).unwrap_or(0.0),
        })
        .collect();
    matches.sort_by(|a, b| {
        quantise(b.similarity)
            .cmp(&quantise(a.similarity))
            .then_with(|| careers[a.index].id.cmp(&careers[b.index].id))
    });
    Ranking {
        matches,
        flat: profile.is_flat(),
    }
}

/// The three highest types of a career's profile; ties in R-I-A-S-E-C order.
pub fn career_code(profile: &[f64; 6]) -> [Riasec; 3] {
    let mut types = Riasec::ALL;
    types.sort_by(|a, b| {
        profile[b.index()]
            .partial_cmp(&profile[a.index()])
            .unwrap_or(Ordering::Equal)
    });
    [types[0], types[1], types[2]]
}

/// Why a career matches, in data the page turns into a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Why {
    /// The learner's strongest types that are also among the career's top three, in the
    /// learner's order; at most two.
    pub shared: Vec<Riasec>,
    /// The career's top three types.
    pub career_code: [Riasec; 3],
}

/// Explains a match: which of the learner's strongest interests the career shares.
pub fn explain(profile: &Profile, career: &[f64; 6]) -> Why {
    let code = career_code(career);
    let shared = profile
        .holland_code()
        .into_iter()
        .filter(|t| code.contains(t))
        .take(2)
        .collect();
    Why {
        shared,
        career_code: code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::Area;
    use crate::domain::quiz::{ItemSet, QuizItem};

    fn quiz(types: &str) -> Quiz {
        // items named by type and position: "R0", "S1", …
        let items = types
            .chars()
            .enumerate()
            .map(|(i, c)| QuizItem {
                id: format!("{c}{i}"),
                kind: serde_json::from_str(&format!("\"{c}\"")).unwrap(),
                set: ItemSet::Iip,
                text: "x".into(),
            })
            .collect();
        Quiz {
            version: 1,
            items,
            skipped: vec![],
        }
    }

    fn answers(q: &Quiz, values: &[u8]) -> Progress {
        let mut p = Progress::new(q.version);
        for (item, &v) in q.items.iter().zip(values) {
            p.set(&item.id, Answer::try_from(v).unwrap());
        }
        p
    }

    fn career(id: &str, profile: [f64; 6]) -> Career {
        Career {
            id: id.into(),
            esco_uri: String::new(),
            isco: "0000".into(),
            area: Area::Health,
            label: id.into(),
            description: None,
            vet_route: Default::default(),
            catalogue_entries: vec![],
            profile,
        }
    }

    #[test]
    fn type_scores_by_hand() {
        // R: 5, 4 → mean 4.5 → 87.5 → 88
        // I: 1, skipped → mean 1 → 0
        // A: skipped, skipped → no score
        // S: 5, 5 → 100
        // E: 3, 2 → mean 2.5 → 37.5 → 38
        // C: 2, unanswered → 25
        let q = quiz("RRIIAASSEECC");
        let p = answers(&q, &[5, 4, 1, 0, 0, 0, 5, 5, 3, 2, 2]);
        assert_eq!(
            score(&q, &p),
            Profile([Some(88), Some(0), None, Some(100), Some(38), Some(25)])
        );
    }

    #[test]
    fn holland_code_by_hand_with_ties_in_riasec_order() {
        let p = Profile([Some(50), Some(80), None, Some(80), Some(10), Some(50)]);
        assert_eq!(p.holland_code(), [Riasec::I, Riasec::S, Riasec::R]);
        assert_eq!(p.holland_letters(), "ISR");
        let two = Profile([None, None, Some(5), None, Some(7), None]);
        assert_eq!(two.holland_letters(), "EA");
        assert!(two.is_flat(), "only two scored types");
    }

    #[test]
    fn similarity_by_hand() {
        // learner x = (0, 50, 100) on R, I, A only; career y on those = (1, 2, 3): r = 1
        let p = Profile([Some(0), Some(50), Some(100), None, None, None]);
        let r = similarity(&p, &[1.0, 2.0, 3.0, 7.0, 7.0, 7.0]).unwrap();
        assert!((r - 1.0).abs() < 1e-12);
        // y = (3, 2, 1): r = −1
        let r = similarity(&p, &[3.0, 2.0, 1.0, 1.0, 1.0, 1.0]).unwrap();
        assert!((r + 1.0).abs() < 1e-12);
        // x = (0, 100, 0, 100), y = (1, 2, 2, 1):
        // mx = 50, my = 1.5; dx = (−50, 50, −50, 50), dy = (−.5, .5, .5, −.5)
        // sxy = 25 + 25 − 25 − 25 = 0 → r = 0
        let p = Profile([Some(0), Some(100), Some(0), Some(100), None, None]);
        let r = similarity(&p, &[1.0, 2.0, 2.0, 1.0, 5.0, 5.0]).unwrap();
        assert!(r.abs() < 1e-12);
        // a career that does not vary on the learner's types cannot be correlated
        assert_eq!(similarity(&p, &[4.0, 4.0, 4.0, 4.0, 1.0, 7.0]), None);
    }

    #[test]
    fn flat_profiles_rank_by_id_only() {
        let careers = [
            career("b", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]),
            career("a", [6.0, 5.0, 4.0, 3.0, 2.0, 1.0]),
        ];
        let all_three = Profile([Some(50); 6]);
        let r = rank(&all_three, &careers);
        assert!(r.flat);
        assert_eq!(
            r.matches.iter().map(|m| m.index).collect::<Vec<_>>(),
            [1, 0]
        );
        assert!(r.matches.iter().all(|m| m.similarity == 0.0));
    }

    #[test]
    fn ties_are_broken_by_id() {
        let same = [1.0, 3.0, 2.0, 7.0, 2.0, 4.0];
        let careers = [
            career("zeta", same),
            career("alpha", same),
            career("mid", [7.0, 1.0, 1.0, 1.0, 1.0, 1.0]),
        ];
        let p = Profile([Some(0), Some(50), Some(25), Some(100), Some(25), Some(75)]);
        let r = rank(&p, &careers);
        let order: Vec<_> = r
            .matches
            .iter()
            .map(|m| careers[m.index].id.as_str())
            .collect();
        assert_eq!(order, ["alpha", "zeta", "mid"]);
        assert!(!r.flat);
    }

    #[test]
    fn liking_social_items_ranks_a_social_career_above_a_conventional_one() {
        let q = quiz("RRIIAASSEECCRRIIAASSEECC");
        // "like a lot" to every Social item, "not sure" to the rest
        let values: Vec<u8> = q
            .items
            .iter()
            .map(|i| if i.kind == Riasec::S { 5 } else { 3 })
            .collect();
        let p = score(&q, &answers(&q, &values));
        assert_eq!(p.holland_code()[0], Riasec::S);
        // real profiles from data/careers/riasec-by-isco.csv
        let community_health_worker = career("chw", [1.94, 3.49, 2.24, 6.58, 3.50, 3.36]);
        let medical_secretary = career("sec", [2.42, 3.31, 1.38, 3.92, 2.19, 6.44]);
        let careers = [medical_secretary, community_health_worker];
        let r = rank(&p, &careers);
        assert_eq!(careers[r.matches[0].index].id, "chw");
        assert!(r.matches[0].similarity > r.matches[1].similarity);
    }

    /// A tiny deterministic generator for the property tests (xorshift64*).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    fn random_careers(rng: &mut Rng, n: usize) -> Vec<Career> {
        (0..n)
            .map(|i| {
                let mut p = [0.0; 6];
                for v in &mut p {
                    *v = 1.0 + rng.below(601) as f64 / 100.0;
                }
                career(&format!("c{i:02}"), p)
            })
            .collect()
    }

    #[test]
    fn property_scores_and_ranking_do_not_depend_on_item_order() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..200 {
            let q = quiz("RRRIIIAAASSSEEECCC");
            let values: Vec<u8> = q.items.iter().map(|_| rng.below(6) as u8).collect();
            let p = answers(&q, &values);
            let mut shuffled = q.clone();
            for i in (1..shuffled.items.len()).rev() {
                let j = rng.below(i as u64 + 1) as usize;
                shuffled.items.swap(i, j);
            }
            assert_eq!(score(&q, &p), score(&shuffled, &p));
            let careers = random_careers(&mut rng, 12);
            let mut reversed = careers.clone();
            reversed.reverse();
            let ids = |cs: &[Career], r: Ranking| -> Vec<String> {
                r.matches.iter().map(|m| cs[m.index].id.clone()).collect()
            };
            let a = ids(&careers, rank(&score(&q, &p), &careers));
            let b = ids(&reversed, rank(&score(&shuffled, &p), &reversed));
            assert_eq!(a, b, "ranking is independent of item and career order");
        }
    }

    #[test]
    fn property_liking_one_type_puts_careers_strong_in_it_first() {
        let mut rng = Rng(42);
        for t in Riasec::ALL {
            let q = quiz("RRIIAASSEECC");
            for _ in 0..50 {
                // like a lot for type t, anything from 1–3 for the others
                let values: Vec<u8> = q
                    .items
                    .iter()
                    .map(|i| {
                        if i.kind == t {
                            5
                        } else {
                            1 + rng.below(3) as u8
                        }
                    })
                    .collect();
                let p = score(&q, &answers(&q, &values));
                // a career that peaks at t vs one that is lowest at t, otherwise the same
                let mut strong = [3.0; 6];
                let mut weak = [3.0; 6];
                for k in 0..6 {
                    let v = 2.0 + rng.below(200) as f64 / 100.0;
                    strong[k] = v;
                    weak[k] = v;
                }
                strong[t.index()] = 6.5;
                weak[t.index()] = 1.0;
                let careers = [career("weak", weak), career("strong", strong)];
                let r = rank(&p, &careers);
                assert_eq!(careers[r.matches[0].index].id, "strong", "{t:?}");
            }
        }
    }

    #[test]
    fn property_similarity_is_a_correlation() {
        let mut rng = Rng(7);
        for _ in 0..500 {
            let mut s = [None; 6];
            for v in &mut s {
                if rng.below(5) > 0 {
                    *v = Some(rng.below(101) as u8);
                }
            }
            let p = Profile(s);
            let c = random_careers(&mut rng, 1).remove(0);
            if let Some(r) = similarity(&p, &c.profile) {
                assert!((-1.0..=1.0).contains(&r));
                // invariant to a linear change of the career's scale
                let mut scaled = c.profile;
                for v in &mut scaled {
                    *v = *v * 2.0 + 1.0;
                }
                let r2 = similarity(&p, &scaled).unwrap();
                assert!((r - r2).abs() < 1e-9);
            } else {
                assert!(
                    p.is_flat() || {
                        let vals: Vec<f64> = (0..6)
                            .filter(|&t| s[t].is_some())
                            .map(|t| c.profile[t])
                            .collect();
                        vals.iter().all(|v| (v - vals[0]).abs() < 1e-12)
                    }
                );
            }
        }
    }

    #[test]
    #[allow(clippy::approx_constant)] // 6.28 is ISCO 7422's R score, not 2π
    fn why_lists_shared_strong_types_in_the_learners_order() {
        let p = Profile([Some(10), Some(90), Some(0), Some(100), Some(20), Some(80)]);
        // learner: S, I, C
        let nurse = [4.02, 5.23, 1.35, 5.44, 2.13, 4.18]; // S, I, C
        let why = explain(&p, &nurse);
        assert_eq!(why.shared, [Riasec::S, Riasec::I]);
        assert_eq!(why.career_code, [Riasec::S, Riasec::I, Riasec::C]);
        let installer = [6.28, 2.72, 1.09, 1.79, 2.07, 4.74]; // R, C, I
        assert_eq!(explain(&p, &installer).shared, [Riasec::I, Riasec::C]);
        let none = [1.0, 1.0, 7.0, 1.0, 6.0, 1.0]; // A, E, R
        assert!(explain(&p, &none).shared.is_empty());
    }
}
