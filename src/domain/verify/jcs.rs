//! JSON Canonicalization Scheme (RFC 8785): keys sorted by UTF-16 code units, numbers as
//! ECMAScript prints them, minimal string escapes. Used by `eddsa-jcs-2022` and for `@json`
//! literals in JSON-LD.

use serde_json::Value;

/// Formats a number the way ECMAScript's `Number.prototype.toString` does.
pub fn number(v: f64) -> String {
    if v == 0.0 {
        return "0".into();
    }
    if !v.is_finite() {
        return "null".into();
    }
    let sign = if v < 0.0 { "-" } else { "" };
    // shortest round-trip digits and exponent, e.g. "1.2345e-7"
    let e = format!("{:e}", v.abs());
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let k = digits.len() as i32;
    let n = exp + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let e = n - 1;
        let es = if e < 0 {
            format!("-{}", -e)
        } else {
            format!("+{e}")
        };
        if k == 1 {
            format!("{digits}e{es}")
        } else {
            format!("{}.{}e{es}", &digits[..1], &digits[1..])
        }
    };
    format!("{sign}{body}")
}

/// Writes `s` as a JSON string with the escapes `JSON.stringify` uses.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => string(out, s),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, x);
            }
            out.push(']');
        }
        Value::Object(o) => {
            let mut keys: Vec<(&String, Vec<u16>)> =
                o.keys().map(|k| (k, k.encode_utf16().collect())).collect();
            keys.sort_by(|a, b| a.1.cmp(&b.1));
            out.push('{');
            for (i, (k, _)) in keys.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                string(out, k);
                out.push(':');
                write(out, &o[k.as_str()]);
            }
            out.push('}');
        }
    }
}

/// The canonical JSON text of `v`.
pub fn canonicalize(v: &Value) -> String {
    let mut out = String::new();
    write(&mut out, v);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_like_ecmascript() {
        for (v, s) in [
            (1.0, "1"),
            (-0.0, "0"),
            (1.5, "1.5"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (1e-7, "1e-7"),
            (0.000001, "0.000001"),
            (123.456, "123.456"),
            (4.5e-10, "4.5e-10"),
            (9007199254740993.0, "9007199254740992"),
            (-1.25e30, "-1.25e+30"),
        ] {
            assert_eq!(number(v), s, "{v}");
        }
    }

    #[test]
    fn rfc8785_sample() {
        let v: Value = serde_json::from_str(
            r#"{"numbers":[333333333.3333333,1E30,4.50,2e-3,0.000000000000000000000000001],
               "string":"\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
               "literals":[null,true,false]}"#,
        )
        .unwrap();
        assert_eq!(
            canonicalize(&v),
            r#"{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}"#
        );
        // UTF-16 order: U+E000 sorts before U+1F600 (a surrogate pair starts with 0xD83D)
        let o = json!({"\u{1f600}": 1, "\u{e000}": 2, "a": 3});
        assert_eq!(canonicalize(&o), "{\"a\":3,\"\u{1f600}\":1,\"\u{e000}\":2}");
    }
}
