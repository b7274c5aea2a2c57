//! Any bytes through the whole verifier as an imported file (envelope, JSON credential parser,
//! JSON-LD expansion + RDFC-1.0 for anything with a proof). Must never panic or hang.
#![no_main]
use carewise::domain::verify::{verify, Context, NoDocuments};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let ctx = Context { now: 1_800_000_000, trusted: None, documents: &NoDocuments };
    let _ = verify(data, &ctx);
});
