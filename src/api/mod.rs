//! The backend contract (`docs/api.md`): one typed `async fn` per endpoint.
//!
//! All decoding is done by pure functions in [`crate::domain`], so it is tested natively.

mod error;
pub mod http;

pub use error::ApiError;

use crate::domain::careers::{self, CareersDoc};
use crate::domain::catalogue::{self, CatalogueEntry, CatalogueList};
use crate::domain::config::{encode_component, AppConfig, ConfigError};
use crate::domain::issuers::IssuersDoc;
use crate::domain::quiz::{self, Quiz};
use crate::domain::signup::Signup;
use std::sync::Arc;

/// Where `config.json` lives, relative to the site root.
pub const CONFIG_URL: &str = "/config.json";

/// Why the configuration could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigLoadError {
    /// It could not be fetched.
    #[error("config.json could not be loaded: {0}")]
    Fetch(ApiError),
    /// It was fetched but is wrong.
    #[error("{0}")]
    Invalid(ConfigError),
}

/// Loads and validates `config.json`. (Hosts serve it with `Cache-Control: no-cache`, and
/// `index.html` preloads it, so it arrives in parallel with the wasm.)
pub async fn load_config() -> Result<AppConfig, ConfigLoadError> {
    let text = http::get_text(CONFIG_URL, 15_000)
        .await
        .map_err(ConfigLoadError::Fetch)?;
    AppConfig::parse(&text).map_err(ConfigLoadError::Invalid)
}

/// Query for the catalogue list. A static backend ignores it; a live one pages and searches.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CatalogueQuery {
    /// Free-text search.
    pub q: String,
    /// 1-based page.
    pub page: u32,
    /// Page size.
    pub per_page: u32,
    /// Optional facet filters and sort, named as in the list page's URL (`area=health,it`,
    /// `sort=title`, see `docs/api.md`); a backend that does not know them ignores them.
    pub filters: Vec<(&'static str, String)>,
}

/// A client for the configured backend. Cheap to clone; provided once as context.
#[derive(Debug, Clone)]
pub struct Api {
    config: Arc<AppConfig>,
}

impl Api {
    /// A client for `config`.
    pub fn new(config: AppConfig) -> Self {
        Api {
            config: Arc::new(config),
        }
    }

    /// The configuration this client was made from.
    pub fn config(&self) -> &AppConfig {
        &self.config
    }

    fn url(&self, path: &str, query: &[(&str, String)]) -> String {
        self.config.endpoint(path, query)
    }

    async fn get(&self, path: &str, query: &[(&str, String)]) -> Result<String, ApiError> {
        http::get_text(&self.url(path, query), self.config.request_timeout_ms).await
    }

    /// `GET catalogue?q=&page=&per_page=`
    pub async fn catalogue(&self, query: &CatalogueQuery) -> Result<CatalogueList, ApiError> {
        let mut params = Vec::new();
        if !query.q.is_empty() {
            params.push(("q", query.q.clone()));
        }
        if query.page > 0 {
            params.push(("page", query.page.to_string()));
        }
        if query.per_page > 0 {
            params.push(("per_page", query.per_page.to_string()));
        }
        params.extend(query.filters.iter().cloned());
        let text = self.get("catalogue", &params).await?;
        Ok(catalogue::decode_list(&text)?)
    }

    /// `GET catalogue/{id}`
    pub async fn catalogue_entry(&self, id: &str) -> Result<CatalogueEntry, ApiError> {
        let text = self
            .get(&format!("catalogue/{}", encode_component(id)), &[])
            .await?;
        Ok(catalogue::decode_entry(&text)?)
    }

    /// `GET careers` (careers without a usable profile are skipped and counted)
    pub async fn careers(&self) -> Result<CareersDoc, ApiError> {
        Ok(careers::decode(&self.get("careers", &[]).await?)?)
    }

    /// `GET quiz` (malformed items are skipped and counted)
    pub async fn quiz(&self) -> Result<Quiz, ApiError> {
        Ok(quiz::decode(&self.get("quiz", &[]).await?)?)
    }

    /// `GET issuers` (malformed issuers are left out)
    pub async fn issuers(&self) -> Result<IssuersDoc, ApiError> {
        Ok(IssuersDoc::decode(&self.get("issuers", &[]).await?)?.0)
    }

    /// `POST signups` with the `Idempotency-Key` header.
    pub async fn post_signup(&self, signup: &Signup) -> Result<(), ApiError> {
        let body = serde_json::to_string(signup).map_err(|e| ApiError::Malformed {
            path: ".".into(),
            message: e.to_string(),
        })?;
        http::post_json(
            &self.url("signups", &[]),
            body,
            &[("Idempotency-Key", &signup.idempotency_key)],
            self.config.request_timeout_ms,
        )
        .await?;
        Ok(())
    }
}
