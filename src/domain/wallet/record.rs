//! One credential as the wallet stores it: the exact imported bytes next to the parsed view,
//! with a schema version so older records can be migrated, and the key that keeps the same
//! credential from being stored twice.

use super::credential::{parse, parse_import, CredentialView, ImportError};
use super::sha256_hex;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The record schema this code writes. Older schemas are migrated by [`Record::from_stored`].
pub const SCHEMA: u32 = 2;

/// How a credential came into the wallet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// A file (JSON, JWT or badge image).
    File,
    /// Pasted text.
    Paste,
    /// Fetched from a URL.
    Url,
    /// Read from a QR code.
    Qr,
    /// Restored from a backup.
    Backup,
}

/// A stored credential.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Record {
    /// Schema version ([`SCHEMA`]).
    pub schema: u32,
    /// Dedupe key: `id:<credential id>` or `sha256:<hex of the bytes>`.
    pub key: String,
    /// Short stable identifier for the URL (`/wallet/<slug>`).
    pub slug: String,
    /// The exact credential bytes, base64.
    #[serde(with = "b64")]
    pub bytes: Vec<u8>,
    /// Where it came from.
    pub source: Source,
    /// When it was imported (ISO 8601).
    pub imported_at: String,
    /// The parsed view.
    pub view: CredentialView,
}

mod b64 {
    use super::*;
    pub fn serialize<S: serde::Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        STANDARD.decode(s).map_err(serde::de::Error::custom)
    }
}

/// The dedupe key of a credential: its `id` if it has one, else a hash of the exact bytes.
pub fn dedupe_key(view: &CredentialView, bytes: &[u8]) -> String {
    match &view.id {
        Some(id) => format!("id:{id}"),
        None => format!("sha256:{}", sha256_hex(bytes)),
    }
}

/// The URL slug of a key: 16 hex digits of its hash.
pub fn slug_of(key: &str) -> String {
    sha256_hex(key.as_bytes())[..16].to_owned()
}

/// Why a stored record could not be read (it is then quarantined, not dropped).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CorruptRecord {
    /// Not the JSON of a record.
    #[error("unreadable record: {0}")]
    Unreadable(String),
    /// Written by a newer version of the app.
    #[error("record schema {0} is newer than this app")]
    TooNew(u32),
    /// The stored bytes are no longer a credential.
    #[error("stored bytes are not a credential: {0}")]
    BadBytes(ImportError),
}

/// Schema 1 (the first wallet): bytes and metadata, no stored view.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RecordV1 {
    key: String,
    #[serde(with = "b64")]
    bytes: Vec<u8>,
    source: Source,
    imported_at: String,
}

impl Record {
    /// A new record from imported bytes (a badge image is unbaked; the record keeps the
    /// credential itself).
    pub fn import(
        bytes: &[u8],
        source: Source,
        now: &str,
        lang: &str,
    ) -> Result<Record, ImportError> {
        let parsed = parse_import(bytes, lang)?;
        let key = dedupe_key(&parsed.view, &parsed.bytes);
        Ok(Record {
            schema: SCHEMA,
            slug: slug_of(&key),
            key,
            bytes: parsed.bytes,
            source,
            imported_at: now.to_owned(),
            view: parsed.view,
        })
    }

    /// The record as stored (JSON).
    pub fn to_stored(&self) -> String {
        serde_json::to_string(self).expect("a record always serialises")
    }

    /// Reads a stored record, migrating older schemas (schema 1 had no view: it is parsed
    /// again from the bytes).
    pub fn from_stored(json: &str, lang: &str) -> Result<Record, CorruptRecord> {
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| CorruptRecord::Unreadable(e.to_string()))?;
        let schema = value.get("schema").and_then(|s| s.as_u64()).unwrap_or(1) as u32;
        match schema {
            1 => {
                let old: RecordV1 = serde_json::from_value(value)
                    .map_err(|e| CorruptRecord::Unreadable(e.to_string()))?;
                let view = parse(&old.bytes, lang).map_err(CorruptRecord::BadBytes)?;
                Ok(Record {
                    schema: SCHEMA,
                    slug: slug_of(&old.key),
                    key: old.key,
                    bytes: old.bytes,
                    source: old.source,
                    imported_at: old.imported_at,
                    view,
                })
            }
            SCHEMA => {
                let rec: Record = serde_json::from_value(value)
                    .map_err(|e| CorruptRecord::Unreadable(e.to_string()))?;
                // the bytes are the truth: a record whose bytes no longer parse is corrupt
                parse(&rec.bytes, lang).map_err(CorruptRecord::BadBytes)?;
                Ok(rec)
            }
            n if n > SCHEMA => Err(CorruptRecord::TooNew(n)),
            n => Err(CorruptRecord::Unreadable(format!("unknown schema {n}"))),
        }
    }

    /// File name for a download: `<slug>.jwt` or `<slug>.json`.
    pub fn file_name(&self) -> String {
        let ext = if self.view.format.is_jwt() {
            "jwt"
        } else {
            "json"
        };
        format!("credential-{}.{ext}", self.slug)
    }

    /// The bytes as text (credentials are UTF-8; checked at import).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }
}

/// The achievement ids of the held credentials (published for the catalogue).
pub fn achievement_ids<'a>(records: impl IntoIterator<Item = &'a Record>) -> BTreeSet<String> {
    records
        .into_iter()
        .filter_map(|r| r.view.achievement_id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/credentials")
                .join(name),
        )
        .unwrap()
    }

    #[test]
    fn stored_round_trip_keeps_exact_bytes() {
        let bytes = fixture("21-hostile-long-rtl-emoji-di.json");
        let rec = Record::import(&bytes, Source::File, "2026-12-04T00:00:00Z", "en").unwrap();
        assert_eq!(rec.bytes, bytes);
        let back = Record::from_stored(&rec.to_stored(), "en").unwrap();
        assert_eq!(back, rec);
        assert!(rec.key.starts_with("id:urn:uuid:"));
        assert_eq!(rec.slug.len(), 16);
        assert_eq!(rec.file_name(), format!("credential-{}.json", rec.slug));
    }

    #[test]
    fn same_id_same_key_and_no_id_uses_the_bytes_hash() {
        let a = Record::import(
            &fixture("01-valid-di-v2-ehr-basics.json"),
            Source::File,
            "t",
            "en",
        )
        .unwrap();
        let tampered = Record::import(
            &fixture("09-tampered-di-achievement-name.json"),
            Source::Paste,
            "t",
            "en",
        )
        .unwrap();
        // different bytes: whether the id matches decides
        assert_eq!(a.key == tampered.key, a.view.id == tampered.view.id);
        let no_id = br#"{"type":["VerifiableCredential"]}"#;
        let r = Record::import(no_id, Source::Paste, "t", "en").unwrap();
        assert_eq!(r.key, format!("sha256:{}", sha256_hex(no_id)));
        let r2 = Record::import(
            b"{\"type\":[\"VerifiableCredential\"] }",
            Source::Paste,
            "t",
            "en",
        )
        .unwrap();
        assert_ne!(r.key, r2.key);
    }

    #[test]
    fn schema_1_records_are_migrated() {
        let bytes = fixture("26-unsigned-ob3.json");
        let v1 = serde_json::json!({
            "key": "id:x",
            "bytes": STANDARD.encode(&bytes),
            "source": "url",
            "importedAt": "2026-01-01T00:00:00Z"
        });
        let rec = Record::from_stored(&v1.to_string(), "en").unwrap();
        assert_eq!(rec.schema, SCHEMA);
        assert_eq!(rec.bytes, bytes);
        assert_eq!(rec.source, Source::Url);
        assert!(rec.view.title.is_some());
    }

    #[test]
    fn corrupt_records_are_reported() {
        assert!(matches!(
            Record::from_stored("{not json", "en"),
            Err(CorruptRecord::Unreadable(_))
        ));
        assert_eq!(
            Record::from_stored(r#"{"schema": 99}"#, "en"),
            Err(CorruptRecord::TooNew(99))
        );
        let rec = Record::import(
            &fixture("04-valid-di-v2-no-validuntil.json"),
            Source::File,
            "t",
            "en",
        )
        .unwrap();
        let mut value: serde_json::Value = serde_json::from_str(&rec.to_stored()).unwrap();
        value["bytes"] = STANDARD.encode(b"[1,2]").into();
        assert_eq!(
            Record::from_stored(&value.to_string(), "en"),
            Err(CorruptRecord::BadBytes(ImportError::NotACredential))
        );
    }

    #[test]
    fn achievement_ids_of_the_wallet() {
        let recs: Vec<Record> = ["01-valid-di-v2-ehr-basics.json", "27-edc-unsigned.json"]
            .iter()
            .map(|n| Record::import(&fixture(n), Source::File, "t", "en").unwrap())
            .collect();
        let ids = achievement_ids(&recs);
        assert!(
            ids.contains("https://tervis-it.example.ee/achievements/digital-health-records-basics")
        );
        assert_eq!(ids.len(), 2);
    }
}
