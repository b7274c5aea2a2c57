//! Text through the compact-JWS parser and the VC-JWT checks (header, claims, key, signature).
#![no_main]
use carewise::domain::envelope::parse_compact_jws;
use carewise::domain::verify::{jwt, Context, NoDocuments};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(jws) = parse_compact_jws(text.trim()) {
            let ctx = Context { now: 1_800_000_000, trusted: None, documents: &NoDocuments };
            let _ = jwt::verify_jws(&jws, &ctx);
            let _ = jwt::times(&jws);
        }
    }
});
