//! The one place that performs HTTP requests: timeouts, offline detection and status checks.

use super::ApiError;
use gloo_net::http::{Request, RequestBuilder, Response};
use wasm_bindgen::JsCast;

fn online() -> bool {
    web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

fn classify(err: gloo_net::Error, signal: &web_sys::AbortSignal) -> ApiError {
    if signal.aborted() {
        let reason = signal.reason();
        let is_timeout = reason
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name() == "TimeoutError")
            .unwrap_or(true);
        if is_timeout {
            return ApiError::Timeout;
        }
    }
    if !online() {
        return ApiError::Offline;
    }
    ApiError::Network(err.to_string())
}

async fn send(
    builder: RequestBuilder,
    timeout_ms: u32,
) -> Result<(Response, web_sys::AbortSignal), ApiError> {
    let signal = web_sys::AbortSignal::timeout_with_u32(timeout_ms);
    let request = builder
        .abort_signal(Some(&signal))
        .build()
        .map_err(|e| ApiError::Network(e.to_string()))?;
    let response = request.send().await.map_err(|e| classify(e, &signal))?;
    if !response.ok() {
        return Err(ApiError::Http(response.status()));
    }
    Ok((response, signal))
}

/// GETs `url` and returns the body as text.
pub async fn get_text(url: &str, timeout_ms: u32) -> Result<String, ApiError> {
    let (response, signal) = send(Request::get(url), timeout_ms).await?;
    response.text().await.map_err(|e| classify(e, &signal))
}

/// POSTs a JSON body with extra headers; returns the response body as text.
pub async fn post_json(
    url: &str,
    body: String,
    headers: &[(&str, &str)],
    timeout_ms: u32,
) -> Result<String, ApiError> {
    let mut builder = Request::post(url).header("Content-Type", "application/json");
    for (k, v) in headers {
        builder = builder.header(k, v);
    }
    let signal = web_sys::AbortSignal::timeout_with_u32(timeout_ms);
    let request = builder
        .abort_signal(Some(&signal))
        .body(body)
        .map_err(|e| ApiError::Network(e.to_string()))?;
    let response = request.send().await.map_err(|e| classify(e, &signal))?;
    if !response.ok() {
        return Err(ApiError::Http(response.status()));
    }
    response.text().await.map_err(|e| classify(e, &signal))
}
