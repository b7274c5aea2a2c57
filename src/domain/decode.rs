//! Decoding backend JSON with the JSON path of the first bad field, and per-item decoding of
//! lists so that one malformed record never hides the good ones.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// A document (or one item of it) did not match the contract.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct DecodeError {
    /// JSON path of the offending value, e.g. `items[3].ects`; `.` for the document itself.
    pub path: String,
    /// What serde said was wrong.
    pub message: String,
}

fn path_string(path: &serde_path_to_error::Path) -> String {
    let s = path.to_string();
    if s.is_empty() || s == "." {
        ".".into()
    } else {
        s
    }
}

/// Decodes a whole JSON document into `T`, reporting the path of the first bad field.
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|e| DecodeError {
        path: path_string(e.path()),
        message: e.inner().to_string(),
    })
}

/// Decodes an already-parsed JSON value into `T`, prefixing error paths with `prefix`.
pub fn decode_value<T: DeserializeOwned>(value: &Value, prefix: &str) -> Result<T, DecodeError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = path_string(e.path());
        let root = prefix.is_empty() || prefix == ".";
        DecodeError {
            path: match inner.as_str() {
                "." if root => ".".to_owned(),
                "." => prefix.to_owned(),
                p if root => p.to_owned(),
                p if p.starts_with('[') => format!("{prefix}{p}"),
                p => format!("{prefix}.{p}"),
            },
            message: e.inner().to_string(),
        }
    })
}

/// The good items of a list, plus what was wrong with the bad ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Lenient<T> {
    /// Items that decoded.
    pub items: Vec<T>,
    /// One error per item that did not (its path includes the index).
    pub skipped: Vec<DecodeError>,
}

impl<T> Default for Lenient<T> {
    fn default() -> Self {
        Lenient {
            items: Vec::new(),
            skipped: Vec::new(),
        }
    }
}

/// Decodes each element of a JSON array on its own. `prefix` is the array's path (`items`).
pub fn decode_each<T: DeserializeOwned>(values: &[Value], prefix: &str) -> Lenient<T> {
    let mut out = Lenient::default();
    for (i, v) in values.iter().enumerate() {
        match decode_value(v, &format!("{prefix}[{i}]")) {
            Ok(item) => out.items.push(item),
            Err(e) => out.skipped.push(e),
        }
    }
    out
}

/// Parses text as JSON, reporting syntax errors with line and column.
pub fn parse_json(text: &str) -> Result<Value, DecodeError> {
    serde_json::from_str(text).map_err(|e| DecodeError {
        path: ".".into(),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Item {
        id: String,
        #[serde(default)]
        ects: Option<f32>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        items: Vec<Item>,
    }

    #[test]
    fn path_of_bad_field_is_reported() {
        let err = decode::<Doc>(r#"{"items":[{"id":"a"},{"id":"b","ects":"three"}]}"#).unwrap_err();
        assert_eq!(err.path, "items[1].ects");
        assert!(err.message.contains("invalid type"), "{}", err.message);
    }

    #[test]
    fn syntax_error_is_reported_at_document_level() {
        let err = decode::<Doc>(r#"{"items":[{"id":"#).unwrap_err();
        assert!(err.message.contains("EOF"), "{}", err.message);
        let err = parse_json("<html>").unwrap_err();
        assert_eq!(err.path, ".");
        assert!(err.message.contains("line 1"));
    }

    #[test]
    fn each_item_is_decoded_alone() {
        let v = parse_json(r#"[{"id":"a"},{"ects":1},{"id":"c","ects":2.5},7]"#).unwrap();
        let out: Lenient<Item> = decode_each(v.as_array().unwrap(), "items");
        assert_eq!(
            out.items,
            vec![
                Item {
                    id: "a".into(),
                    ects: None
                },
                Item {
                    id: "c".into(),
                    ects: Some(2.5)
                }
            ]
        );
        let paths: Vec<_> = out.skipped.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["items[1]", "items[3]"]);
    }

    #[test]
    fn nested_paths_are_prefixed() {
        let v = parse_json(r#"{"id":"x","ects":"no"}"#).unwrap();
        let err = decode_value::<Item>(&v, "items[4]").unwrap_err();
        assert_eq!(err.path, "items[4].ects");
    }
}
