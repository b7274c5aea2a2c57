//! The status-list decoder: multibase/base64url text, then gzip (size-capped), then bit lookups.
#![no_main]
use carewise::domain::verify::status::{bit, decode_list, gunzip};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = gunzip(data);
    if let Ok(text) = std::str::from_utf8(data) {
        if let Some(list) = decode_list(text) {
            let _ = bit(&list, list.len() * 8 - 1);
            let _ = bit(&list, usize::MAX / 2);
        }
    }
});
