//! N-Quads text through the reader and the RDFC-1.0 canonicaliser (work-budgeted), which must
//! give the same result for the same dataset whatever the order of its lines.
#![no_main]
use carewise::domain::verify::{nquads, rdfc};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(quads) = nquads::parse(text) else { return };
    if quads.len() > 64 {
        return;
    }
    let a = rdfc::canonicalize(&quads);
    let mut reversed = quads.clone();
    reversed.reverse();
    let b = rdfc::canonicalize(&reversed);
    assert_eq!(a, b);
});
