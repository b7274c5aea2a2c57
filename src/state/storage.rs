//! Local storage, with errors (quota, disabled storage) reported instead of swallowed.

/// Keys used in local storage, all in one place.
pub mod keys {
    /// The learner's chosen UI language.
    pub const LANGUAGE: &str = "carewise.lang";
}

/// Why a value could not be stored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// Storage is not available (private mode, disabled by policy).
    #[error("storage is not available")]
    Unavailable,
    /// The quota is full.
    #[error("storage is full")]
    QuotaExceeded,
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" => StorageError::QuotaExceeded,
        _ => StorageError::Unavailable,
    }
}

/// Reads a local-storage value.
pub fn get(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Writes a local-storage value.
pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local()
        .ok_or(StorageError::Unavailable)?
        .set_item(key, value)
        .map_err(classify)
}

/// Removes a local-storage value.
pub fn remove(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// Reads a session-storage value.
pub fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

/// Writes a session-storage value.
pub fn session_set(key: &str, value: &str) -> Result<(), StorageError> {
    session()
        .ok_or(StorageError::Unavailable)?
        .set_item(key, value)
        .map_err(classify)
}

/// Removes a session-storage value.
pub fn session_remove(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}
