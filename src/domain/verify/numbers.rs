//! Exact doubles for signed JSON. serde_json (built without its crate-wide `float_roundtrip`
//! feature, which would grow every face's bundle by about 8 KB brotli) parses some long decimals
//! one ulp off; JavaScript — and so the libraries that sign credentials — parses them exactly.
//! A signature over such a number (a `"9.5264922641217706E1"^^xsd:double` in RDFC, the shortest
//! form in JCS) would then not match. This module re-reads every number literal of the source
//! text with the standard library's exact parser and puts the exact value back into the parsed
//! document.

use serde_json::{Map, Number, Value};
use std::collections::HashMap;

/// The number literals outside strings in JSON `text` that serde_json stores as doubles
/// (a fraction or an exponent, or an integer too large for 64 bits).
fn float_literals(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                {
                    i += 1;
                }
                let lit = &text[start..i];
                let integer = lit.parse::<i64>().is_ok() || lit.parse::<u64>().is_ok();
                if !integer {
                    out.push(lit);
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// Replaces each double in `doc` by the exact value of the literal it was parsed from. A
/// double that two literals with different exact values were both parsed to is left alone.
pub fn make_exact(doc: &mut Map<String, Value>, text: &str) {
    // serde_json's value (bits) -> the exact value, None when ambiguous
    let mut exact: HashMap<u64, Option<f64>> = HashMap::new();
    for lit in float_literals(text) {
        let (Ok(lossy), Ok(e)) = (serde_json::from_str::<f64>(lit), lit.parse::<f64>()) else {
            continue;
        };
        exact
            .entry(lossy.to_bits())
            .and_modify(|v| {
                if *v != Some(e) {
                    *v = None;
                }
            })
            .or_insert(Some(e));
    }
    // (a literal read exactly is recorded too: another literal read one ulp off onto the same
    // double makes that double ambiguous, and it is then left alone)
    if exact
        .iter()
        .any(|(bits, e)| e.is_some_and(|e| e.to_bits() != *bits))
    {
        for v in doc.values_mut() {
            fix(v, &exact);
        }
    }
}

fn fix(v: &mut Value, exact: &HashMap<u64, Option<f64>>) {
    match v {
        Value::Number(n) if n.is_f64() => {
            let bits = n.as_f64().unwrap_or(0.0).to_bits();
            if let Some(Some(e)) = exact.get(&bits) {
                if let Some(num) = Number::from_f64(*e) {
                    *n = num;
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| fix(x, exact)),
        Value::Object(o) => o.values_mut().for_each(|x| fix(x, exact)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn literals_outside_strings_only() {
        let t =
            r#"{"a": 1.5, "b": "2.5 \" 3.5", "c": [-4e-7, 12, 18446744073709551616], "d\\": 0.1}"#;
        assert_eq!(
            float_literals(t),
            vec!["1.5", "-4e-7", "18446744073709551616", "0.1"]
        );
    }

    #[test]
    fn doubles_come_out_exact() {
        let lits = [
            "95.26492264121771",
            "8.361097355373204e+24",
            "0.30000000000000004",
            "33.333333333333336",
            "1.7976931348623157e308",
            "5e-324",
            "-2.5",
        ];
        let text = format!(
            "{{\"v\": [{}], \"w\": {{\"x\": {}}}}}",
            lits.join(","),
            lits[0]
        );
        let Value::Object(mut doc) = serde_json::from_str(&text).unwrap() else {
            panic!()
        };
        make_exact(&mut doc, &text);
        let got: Vec<f64> = doc["v"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_f64().unwrap())
            .collect();
        let want: Vec<f64> = lits.iter().map(|l| l.parse().unwrap()).collect();
        assert_eq!(got, want);
        assert_eq!(doc["w"]["x"].as_f64(), Some(95.26492264121771));
        // a double that one literal gives exactly and another one ulp off is left alone
        let t = "[95.26492264121772, 95.26492264121771]";
        let lossy: f64 = serde_json::from_str("95.26492264121771").unwrap();
        let mut d = json!({"v": serde_json::from_str::<Value>(t).unwrap()});
        make_exact(d.as_object_mut().unwrap(), t);
        if lossy == 95.26492264121772 {
            // serde_json (without float_roundtrip) reads both literals as the same double
            assert_eq!(d["v"], json!([95.26492264121772, 95.26492264121772]));
        } else {
            assert_eq!(d["v"], json!([95.26492264121772, 95.26492264121771]));
        }
        // integers stay integers
        let mut d = json!({"i": 3}).as_object().unwrap().clone();
        make_exact(&mut d, r#"{"i": 3}"#);
        assert!(d["i"].is_i64());
    }
}
