//! Prints how long decoding the quiz/careers documents and scoring a quiz take (natively):
//! `cargo run --release --example quiz_bench`. A figure, not a test.

use carewise::domain::quiz::{Answer, Progress};
use carewise::domain::{careers, quiz, result_code, scoring};
use std::time::Instant;

fn main() {
    let quiz_text =
        std::fs::read_to_string("public/api/quiz.json").expect("run from the repo root");
    let careers_text = std::fs::read_to_string("public/api/careers.json").expect("careers.json");

    let n = 200;
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(quiz::decode(&quiz_text).unwrap());
    }
    let decode_quiz = t.elapsed() / n;
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(careers::decode(&careers_text).unwrap());
    }
    let decode_careers = t.elapsed() / n;

    let q = quiz::decode(&quiz_text).unwrap();
    let doc = careers::decode(&careers_text).unwrap();
    let mut progress = Progress::new(q.version);
    for (i, item) in q.items.iter().enumerate() {
        progress.set(&item.id, Answer::Rated((i % 5) as u8 + 1));
    }
    let n = 20_000;
    let t = Instant::now();
    for _ in 0..n {
        let profile = scoring::score(&q, &progress);
        let ranking = scoring::rank(&profile, &doc.careers);
        std::hint::black_box(result_code::encode(&profile));
        std::hint::black_box(ranking);
    }
    let score_rank = t.elapsed() / n;
    println!(
        "quiz.json decode: {decode_quiz:?} ({} items); careers.json decode: {decode_careers:?} ({} careers); \
         score + rank + encode: {score_rank:?}",
        q.items.len(),
        doc.careers.len()
    );
}
