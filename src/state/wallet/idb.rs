//! The wallet's IndexedDB database, with web-sys directly (no wrapper crate).
//!
//! Database `carewise-wallet`, version [`DB_VERSION`]:
//! - `credentials` (key path `key`): `{key, json}`, where `json` is a stored
//!   [`Record`](crate::domain::wallet::Record) (its own schema number, migrated on read);
//! - `quarantine` (auto-increment): `{key, json, reason, at}` for records that could not be
//!   read — kept, reported, never silently dropped.
//!
//! Every write is one transaction, so a failure (a full quota) leaves nothing half-written.

use js_sys::{Array, Object, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbObjectStoreParameters, IdbOpenDbRequest, IdbRequest,
    IdbTransaction, IdbTransactionMode, IdbVersionChangeEvent,
};

const DB_NAME: &str = "carewise-wallet";
/// The database schema version. Add a step to [`upgrade`] when it grows.
pub const DB_VERSION: u32 = 1;
const CREDENTIALS: &str = "credentials";
const QUARANTINE: &str = "quarantine";

/// Why the database refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// IndexedDB is not available (private mode in some browsers, blocked by policy).
    #[error("storage not available")]
    Unavailable,
    /// The device's storage quota is full.
    #[error("storage full")]
    QuotaExceeded,
    /// A record with this key is already stored.
    #[error("already stored")]
    Duplicate,
    /// Anything else (named by the browser).
    #[error("storage error: {0}")]
    Other(String),
}

fn classify(err: &JsValue) -> StoreError {
    if let Some(e) = err.dyn_ref::<web_sys::DomException>() {
        return match e.name().as_str() {
            "QuotaExceededError" => StoreError::QuotaExceeded,
            "ConstraintError" => StoreError::Duplicate,
            "InvalidStateError" | "SecurityError" => StoreError::Unavailable,
            other => StoreError::Other(other.to_owned()),
        };
    }
    StoreError::Other(format!("{err:?}"))
}

/// Resolves with the request's result, or fails with its error.
async fn request(req: &IdbRequest) -> Result<JsValue, StoreError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call1(
                &JsValue::NULL,
                &ok_req.result().unwrap_or(JsValue::UNDEFINED),
            );
        });
        let err_req = req.clone();
        let on_err = Closure::once_into_js(move || {
            let err = err_req.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &err.unwrap_or(JsValue::NULL));
        });
        req.set_onsuccess(Some(on_ok.unchecked_ref()));
        req.set_onerror(Some(on_err.unchecked_ref()));
    });
    JsFuture::from(promise).await.map_err(|e| classify(&e))
}

/// Resolves when the transaction commits; fails (with the cause) when it aborts.
async fn done(tx: &IdbTransaction) -> Result<(), StoreError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let fail_tx = tx.clone();
        let reject2 = reject.clone();
        let on_err = Closure::once_into_js(move || {
            let err = fail_tx.error().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &err.unwrap_or(JsValue::NULL));
        });
        let abort_tx = tx.clone();
        let on_abort = Closure::once_into_js(move || {
            let err = abort_tx.error().map(JsValue::from);
            let _ = reject2.call1(&JsValue::NULL, &err.unwrap_or(JsValue::NULL));
        });
        tx.set_oncomplete(Some(on_ok.unchecked_ref()));
        tx.set_onerror(Some(on_err.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| classify(&e))
}

/// Creates or migrates the stores, step by step from `old` to [`DB_VERSION`].
fn upgrade(db: &IdbDatabase, old: u32) -> Result<(), JsValue> {
    if old < 1 {
        let params = IdbObjectStoreParameters::new();
        params.set_key_path(&JsValue::from_str("key"));
        db.create_object_store_with_optional_parameters(CREDENTIALS, &params)?;
        let params = IdbObjectStoreParameters::new();
        params.set_auto_increment(true);
        db.create_object_store_with_optional_parameters(QUARANTINE, &params)?;
    }
    // A future version 2 adds `if old < 2 { … }` here.
    Ok(())
}

thread_local! {
    static DB: std::cell::RefCell<Option<IdbDatabase>> = const { std::cell::RefCell::new(None) };
}

async fn db() -> Result<IdbDatabase, StoreError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StoreError::Unavailable)?;
    let req: IdbOpenDbRequest = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(|_| StoreError::Unavailable)?;
    let on_upgrade =
        Closure::<dyn FnMut(IdbVersionChangeEvent)>::new(move |ev: IdbVersionChangeEvent| {
            let Some(req) = ev
                .target()
                .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            else {
                return;
            };
            if let Ok(db) = req.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                let _ = upgrade(&db, ev.old_version() as u32);
            }
        });
    req.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let result = request(&req).await;
    req.set_onupgradeneeded(None);
    drop(on_upgrade);
    let db: IdbDatabase = result?.unchecked_into();
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, StoreError> {
    tx.object_store(name).map_err(|e| classify(&e))
}

fn tx(db: &IdbDatabase, names: &[&str], write: bool) -> Result<IdbTransaction, StoreError> {
    let mode = if write {
        IdbTransactionMode::Readwrite
    } else {
        IdbTransactionMode::Readonly
    };
    let list: Array = names.iter().map(|n| JsValue::from_str(n)).collect();
    db.transaction_with_str_sequence_and_mode(&list, mode)
        .map_err(|e| classify(&e))
}

fn entry(key: &str, json: &str) -> Object {
    let obj = Object::new();
    let _ = Reflect::set(&obj, &"key".into(), &key.into());
    let _ = Reflect::set(&obj, &"json".into(), &json.into());
    obj
}

fn field(value: &JsValue, name: &str) -> Option<String> {
    Reflect::get(value, &name.into()).ok()?.as_string()
}

/// One stored entry as read: its key (if any) and the record JSON (if it is a string).
pub struct RawEntry {
    /// The `key` field.
    pub key: Option<String>,
    /// The `json` field.
    pub json: Option<String>,
    /// The entry as stored (moved to quarantine if it cannot be read).
    value: JsValue,
}

/// Every stored entry.
pub async fn read_all() -> Result<Vec<RawEntry>, StoreError> {
    let db = db().await?;
    let tx = tx(&db, &[CREDENTIALS], false)?;
    let all = request(
        &store(&tx, CREDENTIALS)?
            .get_all()
            .map_err(|e| classify(&e))?,
    )
    .await?;
    Ok(Array::from(&all)
        .iter()
        .map(|value| RawEntry {
            key: field(&value, "key"),
            json: field(&value, "json"),
            value,
        })
        .collect())
}

/// Adds records in one transaction: all of them or (on any error, e.g. quota or a duplicate)
/// none.
pub async fn add_all(records: &[(String, String)]) -> Result<(), StoreError> {
    let db = db().await?;
    let tx = tx(&db, &[CREDENTIALS], true)?;
    let credentials = store(&tx, CREDENTIALS)?;
    for (key, json) in records {
        if let Err(e) = credentials.add(&entry(key, json)) {
            let _ = tx.abort();
            return Err(classify(&e));
        }
    }
    done(&tx).await
}

/// Replaces a record (after a migration).
pub async fn put(key: &str, json: &str) -> Result<(), StoreError> {
    let db = db().await?;
    let tx = tx(&db, &[CREDENTIALS], true)?;
    store(&tx, CREDENTIALS)?
        .put(&entry(key, json))
        .map_err(|e| classify(&e))?;
    done(&tx).await
}

/// Deletes one record.
pub async fn delete(key: &str) -> Result<(), StoreError> {
    let db = db().await?;
    let tx = tx(&db, &[CREDENTIALS], true)?;
    store(&tx, CREDENTIALS)?
        .delete(&key.into())
        .map_err(|e| classify(&e))?;
    done(&tx).await
}

/// Deletes every record (the quarantine is kept).
pub async fn clear() -> Result<(), StoreError> {
    let db = db().await?;
    let tx = tx(&db, &[CREDENTIALS], true)?;
    store(&tx, CREDENTIALS)?.clear().map_err(|e| classify(&e))?;
    done(&tx).await
}

/// Moves an unreadable entry into the quarantine store (one transaction: it is never lost).
pub async fn quarantine(entry: &RawEntry, reason: &str, at: &str) -> Result<(), StoreError> {
    let db = db().await?;
    let tx = tx(&db, &[CREDENTIALS, QUARANTINE], true)?;
    let q = Object::new();
    let _ = Reflect::set(&q, &"entry".into(), &entry.value);
    let _ = Reflect::set(&q, &"reason".into(), &reason.into());
    let _ = Reflect::set(&q, &"at".into(), &at.into());
    store(&tx, QUARANTINE)?.add(&q).map_err(|e| classify(&e))?;
    // Entries without a readable key can only be removed by their key path value; without
    // one they cannot be addressed, so they stay (and are quarantined again next time).
    if let Some(key) = Reflect::get(&entry.value, &"key".into())
        .ok()
        .filter(|k| !k.is_undefined() && !k.is_null())
    {
        store(&tx, CREDENTIALS)?
            .delete(&key)
            .map_err(|e| classify(&e))?;
    }
    done(&tx).await
}

/// How many entries are in quarantine.
pub async fn quarantine_count() -> Result<u32, StoreError> {
    let db = db().await?;
    let tx = tx(&db, &[QUARANTINE], false)?;
    let n = request(&store(&tx, QUARANTINE)?.count().map_err(|e| classify(&e))?).await?;
    Ok(n.as_f64().unwrap_or(0.0) as u32)
}

/// Asks the browser to keep the wallet's storage (not evict it under pressure). Resolves
/// with whether storage is now persistent.
pub async fn persist() -> bool {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return false;
    };
    if let Ok(p) = storage.persisted() {
        if JsFuture::from(p).await.ok().and_then(|v| v.as_bool()) == Some(true) {
            return true;
        }
    }
    match storage.persist() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// Bytes used and the quota for this site, where the browser says.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let est: web_sys::StorageEstimate = JsFuture::from(storage.estimate().ok()?)
        .await
        .ok()?
        .unchecked_into();
    Some((est.get_usage()?, est.get_quota()?))
}
