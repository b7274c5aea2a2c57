//! Backup encryption in the browser with WebCrypto: the format of
//! [`domain::wallet::backup`](crate::domain::wallet::backup) (PBKDF2-SHA256 → AES-256-GCM), done
//! by the browser's native code (600,000 iterations take a fraction of a second there, several
//! seconds in wasm).

use crate::domain::wallet::backup::{BackupError, Sealed, AAD, ITERATIONS, IV_LEN, SALT_LEN};
use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

fn subtle() -> Option<(web_sys::Crypto, SubtleCrypto)> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = crypto.subtle();
    Some((crypto, subtle))
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &key.into(), value);
}

async fn aes_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, JsValue> {
    let usages: Array = ["deriveBits"]
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect();
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base: CryptoKey =
        JsFuture::from(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages)?)
            .await?
            .unchecked_into();
    let params = Object::new();
    set(&params, "name", &"PBKDF2".into());
    set(&params, "hash", &"SHA-256".into());
    set(&params, "iterations", &iterations.into());
    set(&params, "salt", &Uint8Array::from(salt));
    let bits = JsFuture::from(subtle.derive_bits_with_object(&params, &base, 256)?).await?;
    let usages: Array = ["encrypt", "decrypt"]
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect();
    let key = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &Uint8Array::new(&bits),
        "AES-GCM",
        false,
        &usages,
    )?)
    .await?;
    Ok(key.unchecked_into())
}

fn gcm_params(iv: &[u8]) -> Object {
    let params = Object::new();
    set(&params, "name", &"AES-GCM".into());
    set(&params, "iv", &Uint8Array::from(iv));
    set(&params, "additionalData", &Uint8Array::from(AAD));
    set(&params, "tagLength", &128.into());
    params
}

/// Encrypts a backup plaintext with a fresh random salt and nonce.
pub async fn seal(passphrase: &str, plaintext: &[u8]) -> Result<Sealed, String> {
    let (crypto, subtle) = subtle().ok_or("WebCrypto is not available")?;
    let mut salt = [0u8; SALT_LEN];
    let mut iv = [0u8; IV_LEN];
    crypto
        .get_random_values_with_u8_array(&mut salt)
        .map_err(|e| format!("{e:?}"))?;
    crypto
        .get_random_values_with_u8_array(&mut iv)
        .map_err(|e| format!("{e:?}"))?;
    let inner = async {
        let key = aes_key(&subtle, passphrase, &salt, ITERATIONS).await?;
        let ct = JsFuture::from(subtle.encrypt_with_object_and_u8_array(
            &gcm_params(&iv),
            &key,
            plaintext,
        )?)
        .await?;
        Ok::<_, JsValue>(Uint8Array::new(&ct).to_vec())
    };
    let ciphertext = inner.await.map_err(|e| format!("{e:?}"))?;
    Ok(Sealed {
        iterations: ITERATIONS,
        salt,
        iv,
        ciphertext,
    })
}

/// Decrypts a backup; a wrong passphrase or any change to the file fails the same way.
pub async fn unseal(passphrase: &str, sealed: &Sealed) -> Result<Vec<u8>, BackupError> {
    let (_, subtle) = subtle().ok_or(BackupError::Unsupported)?;
    let inner = async {
        let key = aes_key(&subtle, passphrase, &sealed.salt, sealed.iterations).await?;
        let pt = JsFuture::from(subtle.decrypt_with_object_and_u8_array(
            &gcm_params(&sealed.iv),
            &key,
            &sealed.ciphertext,
        )?)
        .await?;
        Ok::<_, JsValue>(Uint8Array::new(&pt).to_vec())
    };
    inner
        .await
        .map_err(|_| BackupError::WrongPassphraseOrDamaged)
}
