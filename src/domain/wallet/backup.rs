//! The wallet backup file: every record, encrypted with a passphrase.
//!
//! ```json
//! {"format": "carewise-wallet-backup", "version": 1,
//!  "kdf": {"name": "PBKDF2", "hash": "SHA-256", "iterations": 600000, "salt": "<base64, 16 bytes>"},
//!  "cipher": {"name": "AES-GCM", "iv": "<base64, 12 bytes>"},
//!  "ciphertext": "<base64: AES-256-GCM ciphertext followed by the 16-byte tag>"}
//! ```
//!
//! The key is PBKDF2-HMAC-SHA256(passphrase UTF-8, salt, iterations, 32 bytes); the additional
//! authenticated data is [`AAD`]. The plaintext is `{"version": 1, "records": [<stored records>]}`.
//! The browser does the crypto with WebCrypto (`state::wallet::backup_crypto`), native code and
//! tests with RustCrypto ([`seal`], [`unseal`]): the same bytes either way.

use super::record::Record;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The `format` value.
pub const FORMAT: &str = "carewise-wallet-backup";
/// PBKDF2 iterations written (and the least accepted).
pub const ITERATIONS: u32 = 600_000;
/// The most iterations accepted when reading (a hostile file must not hang the phone).
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// Additional authenticated data of the AES-GCM encryption.
pub const AAD: &[u8] = b"carewise-wallet-backup/1";
/// Salt length in bytes.
pub const SALT_LEN: usize = 16;
/// AES-GCM nonce length in bytes.
pub const IV_LEN: usize = 12;
/// The largest backup file restored (256 MiB). A backup holds each credential base64-encoded
/// inside its record, and the whole plaintext again base64-encoded as ciphertext: a credential
/// at the 1 MiB import limit takes about 2–3.5 MiB of backup, so this is room for some eighty
/// credentials of the largest size (thousands of ordinary ones, which are a few KB) while the
/// copies a restore makes still fit a phone's memory. Independent of the image limit of
/// imports ([`super::baked::MAX_IMAGE_BYTES`]).
pub const MAX_BACKUP_BYTES: usize = 256 << 20;

/// Why a backup could not be read. Nothing in the wallet changes in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// Larger than [`MAX_BACKUP_BYTES`] (its size in bytes).
    #[error("backup too large ({size} bytes)")]
    TooLarge {
        /// The file's size in bytes.
        size: usize,
    },
    /// Not a carewise backup file.
    #[error("not a wallet backup")]
    NotABackup,
    /// A backup from a newer app, or with parameters this app does not use.
    #[error("unsupported backup")]
    Unsupported,
    /// Decryption failed: the passphrase is wrong or the file was changed.
    #[error("wrong passphrase or damaged backup")]
    WrongPassphraseOrDamaged,
    /// Decrypted, but the content is damaged.
    #[error("damaged backup")]
    Damaged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Kdf {
    name: String,
    hash: String,
    iterations: u32,
    salt: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Cipher {
    name: String,
    iv: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: Cipher,
    ciphertext: String,
}

/// The parameters and ciphertext of a backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// PBKDF2 salt.
    pub salt: [u8; SALT_LEN],
    /// AES-GCM nonce.
    pub iv: [u8; IV_LEN],
    /// Ciphertext with the tag appended.
    pub ciphertext: Vec<u8>,
}

impl Sealed {
    /// The backup file's text.
    pub fn to_file(&self) -> String {
        let file = File {
            format: FORMAT.into(),
            version: 1,
            kdf: Kdf {
                name: "PBKDF2".into(),
                hash: "SHA-256".into(),
                iterations: self.iterations,
                salt: STANDARD.encode(self.salt),
            },
            cipher: Cipher {
                name: "AES-GCM".into(),
                iv: STANDARD.encode(self.iv),
            },
            ciphertext: STANDARD.encode(&self.ciphertext),
        };
        serde_json::to_string_pretty(&file).expect("serialises")
    }

    /// Reads a backup file's text (no decryption yet).
    pub fn from_file(bytes: &[u8]) -> Result<Sealed, BackupError> {
        check_size(bytes.len())?;
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|_| BackupError::NotABackup)?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(BackupError::NotABackup);
        }
        let file: File = serde_json::from_value(value).map_err(|_| BackupError::Damaged)?;
        if file.version != 1
            || file.kdf.name != "PBKDF2"
            || file.kdf.hash != "SHA-256"
            || file.cipher.name != "AES-GCM"
            || !(ITERATIONS..=MAX_ITERATIONS).contains(&file.kdf.iterations)
        {
            return Err(BackupError::Unsupported);
        }
        let fixed = |s: &str, n: usize| {
            STANDARD
                .decode(s)
                .ok()
                .filter(|b| b.len() == n)
                .ok_or(BackupError::Damaged)
        };
        let salt = fixed(&file.kdf.salt, SALT_LEN)?;
        let iv = fixed(&file.cipher.iv, IV_LEN)?;
        let ciphertext = STANDARD
            .decode(&file.ciphertext)
            .map_err(|_| BackupError::Damaged)?;
        if ciphertext.len() < 16 {
            return Err(BackupError::Damaged);
        }
        Ok(Sealed {
            iterations: file.kdf.iterations,
            salt: salt.try_into().expect("checked length"),
            iv: iv.try_into().expect("checked length"),
            ciphertext,
        })
    }
}

/// Refuses a backup file of `size` bytes if it is over [`MAX_BACKUP_BYTES`] (checked before
/// reading the file).
pub fn check_size(size: usize) -> Result<(), BackupError> {
    if size > MAX_BACKUP_BYTES {
        Err(BackupError::TooLarge { size })
    } else {
        Ok(())
    }
}

#[derive(Serialize, Deserialize)]
struct Plain {
    version: u32,
    records: Vec<serde_json::Value>,
}

/// The plaintext of a backup of `records`.
pub fn plaintext<'a>(records: impl IntoIterator<Item = &'a Record>) -> Vec<u8> {
    let plain = Plain {
        version: 1,
        records: records
            .into_iter()
            .map(|r| serde_json::to_value(r).expect("serialises"))
            .collect(),
    };
    serde_json::to_vec(&plain).expect("serialises")
}

/// The records of a decrypted backup. Any unreadable record makes the whole backup damaged
/// (restoring part of it silently would lose data).
pub fn records_of(plaintext: &[u8], lang: &str) -> Result<Vec<Record>, BackupError> {
    let plain: Plain = serde_json::from_slice(plaintext).map_err(|_| BackupError::Damaged)?;
    if plain.version != 1 {
        return Err(BackupError::Unsupported);
    }
    plain
        .records
        .iter()
        .map(|v| Record::from_stored(&v.to_string(), lang).map_err(|_| BackupError::Damaged))
        .collect()
}

/// Restoring into a wallet: the records to add (not already held, no duplicates among
/// themselves) and how many were already there.
pub fn merge(held_keys: &BTreeSet<String>, incoming: Vec<Record>) -> (Vec<Record>, usize) {
    let mut seen = held_keys.clone();
    let mut add = Vec::new();
    let mut duplicates = 0;
    for r in incoming {
        if seen.insert(r.key.clone()) {
            add.push(r);
        } else {
            duplicates += 1;
        }
    }
    (add, duplicates)
}

#[cfg(not(target_arch = "wasm32"))]
fn derive_key(passphrase: &str, salt: &[u8], iterations: u32) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), salt, iterations, &mut key);
    key
}

/// Encrypts `plaintext` (native; the browser uses WebCrypto with the same format).
#[cfg(not(target_arch = "wasm32"))]
pub fn seal(passphrase: &str, plaintext: &[u8], salt: [u8; SALT_LEN], iv: [u8; IV_LEN]) -> Sealed {
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    let key = derive_key(passphrase, &salt, ITERATIONS);
    let cipher = aes_gcm::Aes256Gcm::new((&key).into());
    let ciphertext = cipher
        .encrypt(
            (&iv).into(),
            Payload {
                msg: plaintext,
                aad: AAD,
            },
        )
        .expect("AES-GCM encryption of a bounded message");
    Sealed {
        iterations: ITERATIONS,
        salt,
        iv,
        ciphertext,
    }
}

/// Decrypts a sealed backup (native).
#[cfg(not(target_arch = "wasm32"))]
pub fn unseal(passphrase: &str, sealed: &Sealed) -> Result<Vec<u8>, BackupError> {
    use aes_gcm::aead::{Aead, KeyInit, Payload};
    let key = derive_key(passphrase, &sealed.salt, sealed.iterations);
    let cipher = aes_gcm::Aes256Gcm::new((&key).into());
    cipher
        .decrypt(
            (&sealed.iv).into(),
            Payload {
                msg: &sealed.ciphertext,
                aad: AAD,
            },
        )
        .map_err(|_| BackupError::WrongPassphraseOrDamaged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::wallet::record::Source;

    fn records() -> Vec<Record> {
        [
            "01-valid-di-v2-ehr-basics.json",
            "05-valid-jwt-eddsa.jwt",
            "21-hostile-long-rtl-emoji-di.json",
            "27-edc-unsigned.json",
        ]
        .iter()
        .map(|n| {
            let bytes = std::fs::read(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/fixtures/credentials")
                    .join(n),
            )
            .unwrap();
            Record::import(&bytes, Source::File, "2026-12-04T00:00:00Z", "en").unwrap()
        })
        .collect()
    }

    #[test]
    fn pbkdf2_matches_the_rfc_7914_vector() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1
        let key = derive_key("passwd", b"salt", 1);
        assert_eq!(key[..8], [0x55, 0xac, 0x04, 0x6e, 0x56, 0xe3, 0x08, 0x9f]);
    }

    #[test]
    fn round_trip_wrong_passphrase_and_damage() {
        let recs = records();
        let sealed = seal("correct horse", &plaintext(&recs), [7; 16], [9; 12]);
        let file = sealed.to_file();
        assert!(file.contains("\"iterations\": 600000"));
        assert!(!file.contains("Digital health"), "nothing in clear");

        let read = Sealed::from_file(file.as_bytes()).unwrap();
        assert_eq!(read, sealed);
        let back = records_of(&unseal("correct horse", &read).unwrap(), "en").unwrap();
        assert_eq!(back.len(), recs.len());
        for (a, b) in recs.iter().zip(&back) {
            assert_eq!(a.bytes, b.bytes, "byte-identical credentials");
            assert_eq!(a, b);
        }

        assert_eq!(
            unseal("Correct horse", &read),
            Err(BackupError::WrongPassphraseOrDamaged)
        );

        let mut flipped = read.clone();
        flipped.ciphertext[10] ^= 1;
        assert_eq!(
            unseal("correct horse", &flipped),
            Err(BackupError::WrongPassphraseOrDamaged)
        );
    }

    #[test]
    fn backups_have_their_own_larger_size_limit() {
        use crate::domain::wallet::baked::MAX_IMAGE_BYTES;
        // well above the image limit of imports, and a hundred 1 MiB credentials' worth of base64
        const { assert!(MAX_BACKUP_BYTES > 10 * MAX_IMAGE_BYTES) };
        const { assert!(MAX_BACKUP_BYTES >= 100 * (1 << 20) * 4 / 3 * 4 / 3) };
        assert_eq!(check_size(MAX_IMAGE_BYTES + 1), Ok(()));
        assert_eq!(check_size(MAX_BACKUP_BYTES), Ok(()));
        assert_eq!(
            check_size(MAX_BACKUP_BYTES + 1),
            Err(BackupError::TooLarge {
                size: MAX_BACKUP_BYTES + 1
            })
        );
    }

    #[test]
    fn files_that_are_not_backups() {
        assert_eq!(Sealed::from_file(b"not json"), Err(BackupError::NotABackup));
        assert_eq!(
            Sealed::from_file(br#"{"type":["VerifiableCredential"]}"#),
            Err(BackupError::NotABackup)
        );
        let good = Sealed {
            iterations: ITERATIONS,
            salt: [1; 16],
            iv: [2; 12],
            ciphertext: vec![0; 32],
        }
        .to_file();
        let weak = good.replace("600000", "1000");
        assert_eq!(
            Sealed::from_file(weak.as_bytes()),
            Err(BackupError::Unsupported)
        );
        let cut = &good[..good.len() / 2];
        assert_eq!(
            Sealed::from_file(cut.as_bytes()),
            Err(BackupError::NotABackup)
        );
        let bad_iv = good.replace(&STANDARD.encode([2u8; 12]), "AAAA");
        assert_eq!(
            Sealed::from_file(bad_iv.as_bytes()),
            Err(BackupError::Damaged)
        );
        assert_eq!(
            records_of(b"{\"version\":1}", "en"),
            Err(BackupError::Damaged)
        );
    }

    #[test]
    fn merge_skips_held_and_repeated_records() {
        let recs = records();
        let held: BTreeSet<String> = [recs[0].key.clone()].into();
        let mut incoming = recs.clone();
        incoming.push(recs[1].clone());
        let (add, dup) = merge(&held, incoming);
        assert_eq!(dup, 2);
        assert_eq!(
            add.iter().map(|r| &r.key).collect::<Vec<_>>(),
            recs[1..].iter().map(|r| &r.key).collect::<Vec<_>>()
        );
    }
}
