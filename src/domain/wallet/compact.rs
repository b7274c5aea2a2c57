//! The compact text of a stored credential, for the desk QR code.
//!
//! A Data Integrity proof signs the credential's data, and the verifier that scans the QR code
//! reads that data back from the text: every string, every number literal as written (a long
//! double such as `0.30000000000000004` must not be re-printed by another float formatter), every
//! key. So the compact form only drops the whitespace JSON allows between tokens and keeps
//! everything else byte for byte — no re-serialisation, which would sort keys and may round
//! numbers.

use super::record::Record;
use crate::domain::qr;

/// `json` without its insignificant whitespace: the space, tab, line feed and carriage return
/// that RFC 8259 allows between tokens, and a leading byte order mark. Everything else is kept
/// exactly as written — strings (with their escapes and any whitespace inside them), number
/// literals, key order, duplicate keys.
///
/// The text is not validated: anything that is not JSON comes back with only those characters
/// removed outside string literals.
pub fn strip_json_whitespace(json: &str) -> String {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// What the desk QR code carries: the credential's public URL if it has one, else the compact
/// credential itself (a JWT as is, JSON without insignificant whitespace) if it fits in a QR
/// code, else nothing (the desk card then says so).
pub fn qr_payload(record: &Record) -> Option<String> {
    if let Some(url) = &record.view.public_url {
        return Some(url.clone());
    }
    let text = record.text();
    let compact = if record.view.format.is_jwt() {
        text.trim_start_matches('\u{feff}').trim().to_owned()
    } else {
        strip_json_whitespace(&text)
    };
    qr::encode(&compact).is_ok().then_some(compact)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::wallet::record::Source;

    #[test]
    fn drops_whitespace_between_tokens_only() {
        let pretty = "{\n  \"a\" : [ 1 ,\t2 ],\r\n  \"b\": { \"c\" : null , \"d\":true }\n}\n";
        assert_eq!(
            strip_json_whitespace(pretty),
            r#"{"a":[1,2],"b":{"c":null,"d":true}}"#
        );
        assert_eq!(strip_json_whitespace(""), "");
        assert_eq!(strip_json_whitespace(" \n\t "), "");
    }

    #[test]
    fn keeps_strings_exactly() {
        // escaped quotes and backslashes do not end the string; whitespace inside is kept
        let json =
            r#"{ "q" : "say \"hi there\" ", "bs" : "C:\\ dir\\" , "end" : "\\\"" , "x" : 1 }"#;
        assert_eq!(
            strip_json_whitespace(json),
            r#"{"q":"say \"hi there\" ","bs":"C:\\ dir\\","end":"\\\"","x":1}"#
        );
        // a tab and a newline inside a string (not valid JSON, but kept as they are)
        assert_eq!(strip_json_whitespace("[ \"a\tb\nc\" ]"), "[\"a\tb\nc\"]");
        // escapes stay escapes; non-ASCII text stays as written
        let json =
            "{ \"n\" : \"Ma\\u00e4rja K\u{f5}iv \u{1f393} \u{5d0}\u{5d1}\" , \"s\" : \"\\/ \\n\" }";
        assert_eq!(
            strip_json_whitespace(json),
            "{\"n\":\"Ma\\u00e4rja K\u{f5}iv \u{1f393} \u{5d0}\u{5d1}\",\"s\":\"\\/ \\n\"}"
        );
        // a key that looks like whitespace
        assert_eq!(strip_json_whitespace(r#"{ " " : " " }"#), r#"{" ":" "}"#);
    }

    #[test]
    fn keeps_numbers_and_key_order_verbatim() {
        let json = r#"{ "z" : 0.30000000000000004 , "a" : 1e400, "m" : -0.0 ,
            "big" : 123456789012345678901234567890 , "e" : 9.5264922641217706E1, "p" : 1E+2,
            "a" : "duplicate key kept" }"#;
        assert_eq!(
            strip_json_whitespace(json),
            r#"{"z":0.30000000000000004,"a":1e400,"m":-0.0,"big":123456789012345678901234567890,"e":9.5264922641217706E1,"p":1E+2,"a":"duplicate key kept"}"#
        );
    }

    #[test]
    fn drops_a_leading_byte_order_mark() {
        assert_eq!(strip_json_whitespace("\u{feff} { } "), "{}");
        // but not one inside a string
        assert_eq!(
            strip_json_whitespace("[\"\u{feff} x\"]"),
            "[\"\u{feff} x\"]"
        );
    }

    #[test]
    fn same_document_as_the_input() {
        let manifest =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/credentials");
        let mut checked = 0;
        for entry in std::fs::read_dir(&manifest).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("utf-8 fixture");
            let Ok(before) = serde_json::from_str::<serde_json::Value>(&text) else {
                continue;
            };
            let compact = strip_json_whitespace(&text);
            let after: serde_json::Value = serde_json::from_str(&compact).expect("still JSON");
            assert_eq!(before, after, "{}", path.display());
            // nothing removed but whitespace outside strings
            let ws = |s: &str| s.chars().filter(|c| !c.is_ascii_whitespace()).count();
            assert!(ws(&compact) <= ws(&text));
            checked += 1;
        }
        assert!(checked > 10, "only {checked} JSON fixtures");
    }

    fn record(text: &str) -> Record {
        Record::import(text.as_bytes(), Source::Paste, "2026-01-01T00:00:00Z", "en")
            .expect("a credential")
    }

    #[test]
    fn qr_payload_keeps_the_signed_bytes() {
        let json = r#"{
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  "type": ["VerifiableCredential"],
  "issuer": "did:example:issuer",
  "credentialSubject": { "id": "did:example:learner", "score": 0.30000000000000004, "x": 9.5264922641217706E1 },
  "name": "Say \"hi\"  twice"
}"#;
        let payload = qr_payload(&record(json)).expect("fits");
        assert_eq!(
            payload,
            r#"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],"issuer":"did:example:issuer","credentialSubject":{"id":"did:example:learner","score":0.30000000000000004,"x":9.5264922641217706E1},"name":"Say \"hi\"  twice"}"#
        );
    }

    #[test]
    fn qr_payload_prefers_the_public_url_and_trims_a_jwt() {
        use base64::engine::general_purpose::URL_SAFE_NO_PAD;
        use base64::Engine;
        let part = |json: &str| URL_SAFE_NO_PAD.encode(json);
        let jwt = format!(
            "{}.{}.{}",
            part(r#"{"alg":"EdDSA","typ":"JWT"}"#),
            part(
                r#"{"iss":"did:example:i","vc":{"type":["VerifiableCredential"],"issuer":"did:example:i","credentialSubject":{}}}"#
            ),
            URL_SAFE_NO_PAD.encode([7u8; 64])
        );
        let rec = record(&format!("\n{jwt}  \n"));
        assert!(rec.view.format.is_jwt());
        assert_eq!(qr_payload(&rec).as_deref(), Some(jwt.as_str()));
        let mut rec = record(
            r#"{"type":["VerifiableCredential"],"issuer":"did:example:i","credentialSubject":{}}"#,
        );
        rec.view.public_url = Some("https://example.org/c/1".into());
        assert_eq!(qr_payload(&rec).as_deref(), Some("https://example.org/c/1"));
    }

    #[test]
    fn qr_payload_is_none_when_too_long() {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/credentials/21-hostile-long-rtl-emoji-di.json");
        let text = std::fs::read_to_string(fixtures).expect("fixture");
        assert_eq!(qr_payload(&record(&text)), None);
    }
}
