//! The quiz result as a short code for the URL (`/quiz/result?r=1…`), so a result can be
//! reopened or carried to another phone by QR code without retaking the quiz.
//!
//! The code holds only the six type scores — no answers, no names, nothing personal:
//! a version digit `1`, then two base-36 digits (`00`–`2s`, i.e. 0–100) per type in
//! R-I-A-S-E-C order, `--` for a type without a score. 13 characters in all, all of them
//! unreserved in URLs.

use super::scoring::Profile;

/// The format version written by [`encode`].
pub const VERSION: char = '1';

/// Length of a version-1 code.
pub const LEN: usize = 13;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// Why a code cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Not a version this app knows.
    #[error("unknown result code version")]
    Version,
    /// Wrong length or characters, or a score above 100.
    #[error("damaged result code")]
    Damaged,
}

/// Encodes a profile.
pub fn encode(profile: &Profile) -> String {
    let mut s = String::with_capacity(LEN);
    s.push(VERSION);
    for score in profile.0 {
        match score {
            None => s.push_str("--"),
            Some(v) => {
                let v = usize::from(v.min(100));
                s.push(DIGITS[v / 36] as char);
                s.push(DIGITS[v % 36] as char);
            }
        }
    }
    s
}

fn digit(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'z' => Some(b - b'a' + 10),
        b'A'..=b'Z' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes a code made by [`encode`] (letters in either case).
pub fn decode(code: &str) -> Result<Profile, CodeError> {
    let code = code.trim();
    let bytes = code.as_bytes();
    match bytes.first() {
        None => return Err(CodeError::Damaged),
        Some(&b) if b != VERSION as u8 => {
            return Err(if b.is_ascii_digit() {
                CodeError::Version
            } else {
                CodeError::Damaged
            })
        }
        _ => {}
    }
    if bytes.len() != LEN {
        return Err(CodeError::Damaged);
    }
    let mut out = [None; 6];
    for (t, pair) in bytes[1..].chunks(2).enumerate() {
        out[t] = match pair {
            b"--" => None,
            [hi, lo] => {
                let v = u16::from(digit(*hi).ok_or(CodeError::Damaged)?) * 36
                    + u16::from(digit(*lo).ok_or(CodeError::Damaged)?);
                if v > 100 {
                    return Err(CodeError::Damaged);
                }
                Some(v as u8)
            }
            _ => return Err(CodeError::Damaged),
        };
    }
    Ok(Profile(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_by_hand() {
        // 88 = 2·36 + 16 → "2g"; 0 → "00"; 100 = 2·36 + 28 → "2s"; 38 = 1·36 + 2 → "12"; 25 → "0p"
        let p = Profile([Some(88), Some(0), None, Some(100), Some(38), Some(25)]);
        assert_eq!(encode(&p), "12g00--2s120p");
        assert_eq!(decode("12g00--2s120p"), Ok(p));
        assert_eq!(
            decode(" 12G00--2S120P "),
            Ok(p),
            "case and spaces are tolerated"
        );
    }

    #[test]
    fn every_profile_round_trips() {
        for a in 0..=100u8 {
            let p = Profile([
                Some(a),
                Some(100 - a),
                None,
                Some(a / 2),
                Some(a / 3),
                (a % 2 == 0).then_some(a),
            ]);
            let code = encode(&p);
            assert_eq!(code.len(), LEN);
            assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
            assert_eq!(decode(&code), Ok(p));
        }
        assert_eq!(decode(&encode(&Profile([None; 6]))), Ok(Profile([None; 6])));
    }

    #[test]
    fn damaged_codes_are_rejected() {
        for bad in [
            "",
            "1",
            "12g00--2s120",
            "12g00--2s120pp",
            "12t00--2s120p", // 2t = 101
            "12g00-x2s120p",
            "12g00--2s12_p",
            "x2g00--2s120p",
            "1€g00--2s120",
        ] {
            assert_eq!(decode(bad), Err(CodeError::Damaged), "{bad}");
        }
        assert_eq!(decode("22g00--2s120p"), Err(CodeError::Version));
    }
}
