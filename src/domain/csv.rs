//! Writing CSV (RFC 4180) for staff exports, safe to open in a spreadsheet.

/// Quotes a field when it needs it, and neutralises spreadsheet formulas: a field starting
/// with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'` (OWASP "CSV injection").
pub fn field(value: &str) -> String {
    let mut v = String::with_capacity(value.len() + 2);
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        v.push('\'');
    }
    v.push_str(value);
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// Rows to CSV text, lines ended by CRLF as RFC 4180 asks.
pub fn write(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| field(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_by_hand() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("-5"), "'-5");
        assert_eq!(field("@cmd"), "'@cmd");
        assert_eq!(field(""), "");
        assert_eq!(field("Україна"), "Україна");
    }

    #[test]
    fn rows_end_with_crlf() {
        let rows = vec![
            vec!["a".to_owned(), "b".to_owned()],
            vec!["1".to_owned(), "x,y".to_owned()],
        ];
        assert_eq!(write(&rows), "a,b\r\n1,\"x,y\"\r\n");
    }
}
