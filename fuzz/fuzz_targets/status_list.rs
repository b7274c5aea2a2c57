//! The status-list decoder: multibase/base64url text, then gzip (size-capped), then bit lookups.
#![no_main]
use carewise::domain::verify::status::{bit, decode_list, gunzip};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = gunzip(data);
    if let Ok(text) = std::str::from_utf8(data) {
        if let Some(list) = decode_list(text) {
            // an empty list has no last bit (`len * 8 - 1` would underflow)
            if let Some(last) = list.len().saturating_mul(8).checked_sub(1) {
                let _ = bit(&list, last);
            }
            let _ = bit(&list, usize::MAX / 2);
        }
    }
});
