//! Every UI language has every key of English, with the same `{{ placeholders }}`, and no
//! value is empty. (leptos_i18n would fall back to English for a missing key; this keeps that
//! fallback from ever being needed.)

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::path::Path;

const LANGS: [&str; 6] = ["en", "nl", "et", "fi", "it", "uk"];

fn load(lang: &str, ns: &str) -> Map<String, Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang)
        .join(format!("{ns}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    match serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}")) {
        Value::Object(m) => m,
        _ => panic!("{path:?} is not an object"),
    }
}

fn namespaces() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    v.sort();
    v
}

fn placeholders(s: &str) -> BTreeSet<String> {
    s.split("{{")
        .skip(1)
        .filter_map(|p| p.split_once("}}"))
        .map(|(name, _)| name.trim().to_owned())
        .collect()
}

fn flatten(prefix: &str, m: &Map<String, Value>, out: &mut Vec<(String, String)>) {
    for (k, v) in m {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::String(s) => out.push((key, s.clone())),
            Value::Object(o) => flatten(&key, o, out),
            other => panic!("{key}: unexpected {other}"),
        }
    }
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let mut problems = Vec::new();
    for ns in namespaces() {
        let mut en = Vec::new();
        flatten("", &load("en", &ns), &mut en);
        for lang in LANGS {
            let mut other = Vec::new();
            flatten("", &load(lang, &ns), &mut other);
            let other: std::collections::BTreeMap<_, _> = other.into_iter().collect();
            for (key, en_text) in &en {
                match other.get(key) {
                    None => problems.push(format!("{lang}/{ns}: missing {key}")),
                    Some(t) if t.trim().is_empty() => {
                        problems.push(format!("{lang}/{ns}: empty {key}"))
                    }
                    Some(t) if placeholders(t) != placeholders(en_text) => {
                        problems.push(format!("{lang}/{ns}: placeholders differ in {key}"))
                    }
                    _ => {}
                }
            }
            for key in other.keys() {
                if !en.iter().any(|(k, _)| k == key) {
                    problems.push(format!("{lang}/{ns}: {key} is not in English"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn placeholder_parsing() {
    assert_eq!(
        placeholders("a {{ count }} b {{path}}"),
        BTreeSet::from(["count".to_owned(), "path".to_owned()])
    );
}
