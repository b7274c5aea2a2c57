//! Translated messages and small browser helpers shared by the wallet's views.

use crate::domain::wallet::backup::{BackupError, MAX_BACKUP_BYTES};
use crate::domain::wallet::record::Source;
use crate::domain::wallet::url::safe_link;
use crate::domain::wallet::{CardVerdict, ImportError};
use crate::i18n::*;
use crate::state::wallet::idb::StoreError;
use crate::state::wallet::{AddError, RestoreError, Wallet};
use leptos_i18n::I18nContext;
use wasm_bindgen::JsCast;

/// Bytes as "12 KB" / "1.4 MB".
pub fn human_size(bytes: f64) -> String {
    if bytes >= 1_000_000.0 {
        format!("{:.1} MB", bytes / 1_000_000.0)
    } else {
        format!("{} KB", (bytes / 1000.0).ceil() as u64)
    }
}

/// The message for a failed import.
pub fn add_error_text(i18n: I18nContext<Locale>, e: &AddError) -> String {
    match e {
        AddError::Parse(p) => match p {
            ImportError::Empty => t_string!(i18n, wallet.err_empty).to_string(),
            ImportError::TooLarge { size } => {
                t_string!(i18n, wallet.err_too_large, size = human_size(*size as f64)).to_string()
            }
            ImportError::NotJson { line, column } => {
                t_string!(i18n, wallet.err_not_json, line = *line, column = *column).to_string()
            }
            ImportError::NotACredential => t_string!(i18n, wallet.err_not_credential).to_string(),
            ImportError::Unsupported => t_string!(i18n, wallet.err_unsupported).to_string(),
            ImportError::NoBakedCredential => t_string!(i18n, wallet.err_no_baked).to_string(),
        },
        AddError::Duplicate(_) => t_string!(i18n, wallet.duplicate).to_string(),
        AddError::Store(s) => store_error_text(i18n, s),
    }
}

/// The message for a storage failure.
pub fn store_error_text(i18n: I18nContext<Locale>, e: &StoreError) -> String {
    match e {
        StoreError::QuotaExceeded => t_string!(i18n, wallet.err_quota).to_string(),
        _ => t_string!(i18n, wallet.err_storage).to_string(),
    }
}

/// The message for a failed restore.
pub fn restore_error_text(i18n: I18nContext<Locale>, e: &RestoreError) -> String {
    match e {
        RestoreError::Backup(BackupError::TooLarge { size }) => t_string!(
            i18n,
            wallet.err_backup_too_large,
            size = human_size(*size as f64),
            limit = human_size(MAX_BACKUP_BYTES as f64)
        )
        .to_string(),
        RestoreError::Backup(BackupError::NotABackup) => {
            t_string!(i18n, wallet.err_not_backup).to_string()
        }
        RestoreError::Backup(BackupError::Unsupported) => {
            t_string!(i18n, wallet.err_backup_unsupported).to_string()
        }
        RestoreError::Backup(BackupError::WrongPassphraseOrDamaged) => {
            t_string!(i18n, wallet.err_wrong_pass).to_string()
        }
        RestoreError::Backup(BackupError::Damaged) => {
            t_string!(i18n, wallet.err_backup_damaged).to_string()
        }
        RestoreError::Store(s) => store_error_text(i18n, s),
    }
}

/// The label of a verdict.
pub fn verdict_text(i18n: I18nContext<Locale>, v: CardVerdict) -> String {
    match v {
        CardVerdict::Verified => t_string!(i18n, wallet.verdict_verified),
        CardVerdict::Invalid => t_string!(i18n, wallet.verdict_invalid),
        CardVerdict::Expired => t_string!(i18n, wallet.verdict_expired),
        CardVerdict::Revoked => t_string!(i18n, wallet.verdict_revoked),
        CardVerdict::Unknown => t_string!(i18n, wallet.verdict_unknown),
        CardVerdict::Unchecked => t_string!(i18n, wallet.verdict_unchecked),
    }
    .to_string()
}

/// An ISO date(-time) as a local date, or the text as written if it is not a date.
pub fn show_date(iso: &str) -> String {
    let lang = crate::state::locale::current();
    iso.get(..10)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map(|d| crate::state::locale::format_date(d, lang))
        .unwrap_or_else(|| iso.to_owned())
}

/// Why fetching a URL failed.
pub enum FetchError {
    /// Not an http(s) URL.
    NotHttp,
    /// Offline, unreachable, or refused by CORS (a browser does not tell these apart).
    Network,
    /// An HTTP error status.
    Http(u16),
    /// The response is larger than the limit.
    TooLarge(usize),
}

/// The message for a failed fetch.
pub fn fetch_error_text(i18n: I18nContext<Locale>, e: &FetchError) -> String {
    match e {
        FetchError::NotHttp => t_string!(i18n, wallet.url_not_http).to_string(),
        FetchError::Network => t_string!(i18n, wallet.err_network).to_string(),
        FetchError::Http(s) => t_string!(i18n, wallet.err_http, status = *s).to_string(),
        FetchError::TooLarge(n) => {
            t_string!(i18n, wallet.err_too_large, size = human_size(*n as f64)).to_string()
        }
    }
}

/// Fetches a credential's bytes (no cookies sent).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    use crate::domain::wallet::baked::MAX_IMAGE_BYTES;
    let url = safe_link(url).ok_or(FetchError::NotHttp)?;
    let resp = gloo_net::http::Request::get(&url)
        .credentials(web_sys::RequestCredentials::Omit)
        // short enough to stay a CORS-safelisted header (no preflight request)
        .header(
            "Accept",
            "application/json, application/jwt, text/plain, image/*, */*",
        )
        .send()
        .await
        .map_err(|_| FetchError::Network)?;
    if !resp.ok() {
        return Err(FetchError::Http(resp.status()));
    }
    if let Some(len) = resp
        .headers()
        .get("content-length")
        .and_then(|l| l.parse::<usize>().ok())
    {
        if len > MAX_IMAGE_BYTES {
            return Err(FetchError::TooLarge(len));
        }
    }
    resp.binary().await.map_err(|_| FetchError::Network)
}

/// Fetches a URL and imports it; the message to show (`Ok` = success text).
pub async fn import_url(
    i18n: I18nContext<Locale>,
    wallet: Wallet,
    url: &str,
    source: Source,
) -> Result<(String, String), String> {
    let bytes = fetch_bytes(url)
        .await
        .map_err(|e| fetch_error_text(i18n, &e))?;
    import_bytes(i18n, wallet, &bytes, source).await
}

/// Imports bytes: `Ok((message, slug))` or `Err(message)`.
pub async fn import_bytes(
    i18n: I18nContext<Locale>,
    wallet: Wallet,
    bytes: &[u8],
    source: Source,
) -> Result<(String, String), String> {
    match wallet.import(bytes, source).await {
        Ok(rec) => {
            let title = rec
                .view
                .title
                .clone()
                .unwrap_or_else(|| t_string!(i18n, wallet.untitled).to_string());
            Ok((
                t_string!(i18n, wallet.imported, title = title).to_string(),
                rec.slug,
            ))
        }
        Err(e) => Err(add_error_text(i18n, &e)),
    }
}

/// The bytes of a picked file, refused unread if it is over `limit` bytes
/// (`ImportError::TooLarge` with its size).
pub async fn file_bytes(file: &web_sys::File, limit: usize) -> Result<Vec<u8>, ImportError> {
    let size = file.size() as usize;
    if size > limit {
        return Err(ImportError::TooLarge { size });
    }
    let buf = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ImportError::Unsupported)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Offers bytes as a file download (a temporary `blob:` link).
pub fn download(name: &str, mime: &str, bytes: &[u8]) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        let _ = a.style().set_property("display", "none");
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}
