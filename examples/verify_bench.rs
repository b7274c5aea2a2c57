//! Prints the median time to verify each fixture kind natively, with its verdict:
//! `cargo run --release --example verify_bench`. A figure, not a test.

use carewise::domain::issuers::IssuersDoc;
use carewise::domain::verify::{self, Context, MapDocuments};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let dir = "tests/fixtures/credentials";
    let status_url = "http://127.0.0.1:8765/status/ee-pttik-revocation-2025.json";
    let status = std::fs::read_to_string(format!("{dir}/status/ee-pttik-revocation-2025.json"))
        .expect("run from the repo root");
    let docs = MapDocuments::from([(
        status_url.to_string(),
        serde_json::from_str(&status).unwrap(),
    )]);
    let issuers: IssuersDoc =
        serde_json::from_str(&std::fs::read_to_string("public/api/issuers.json").unwrap()).unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let ctx = Context {
        now,
        trusted: Some(&issuers.issuers),
        documents: &docs,
    };
    let kinds: &[(&str, &[&str])] = &[
        (
            "eddsa-rdfc-2022 (VC 2.0)",
            &[
                "01-valid-di-v2-ehr-basics.json",
                "02-valid-di-v2-second-issuer.json",
                "04-valid-di-v2-no-validuntil.json",
            ],
        ),
        (
            "eddsa-rdfc-2022 (VC 1.1)",
            &["03-valid-di-v1-issuancedate.json"],
        ),
        (
            "eddsa-rdfc-2022 + status list",
            &["18-revoked-di.json", "19-status-active-di.json"],
        ),
        (
            "eddsa-rdfc-2022, 10k-char text",
            &["21-hostile-long-rtl-emoji-di.json"],
        ),
        (
            "eddsa-rdfc-2022, tampered",
            &[
                "09-tampered-di-achievement-name.json",
                "11-tampered-di-proofvalue.json",
            ],
        ),
        (
            "VC-JWT EdDSA",
            &["05-valid-jwt-eddsa.jwt", "08-valid-jwt-vcjose-eddsa.jwt"],
        ),
        ("VC-JWT ES256", &["06-valid-jwt-es256.jwt"]),
        ("VC-JWT RS256", &["07-valid-jwt-rs256.jwt"]),
        ("garbage 6 MiB (size limit)", &["24-garbage-6mb.json"]),
    ];
    println!("{:<34} {:>10} {:>8}  verdicts", "kind", "median", "runs");
    for (kind, files) in kinds {
        let inputs: Vec<Vec<u8>> = files
            .iter()
            .map(|f| std::fs::read(format!("{dir}/{f}")).unwrap())
            .collect();
        // warm up (parses the bundled contexts once)
        let verdicts: Vec<&str> = inputs
            .iter()
            .map(|b| verify::verify(b, &ctx).verdict.code())
            .collect();
        let runs = 60;
        let mut times = vec![];
        for _ in 0..runs {
            for b in &inputs {
                let t = Instant::now();
                std::hint::black_box(verify::verify(b, &ctx));
                times.push(t.elapsed());
            }
        }
        println!(
            "{kind:<34} {:>8.2}ms {:>8}  {}",
            median(times).as_secs_f64() * 1e3,
            runs * inputs.len(),
            verdicts.join(",")
        );
    }
}
