//! What can go wrong talking to the backend, told apart so the UI can say it plainly.

use crate::domain::decode::DecodeError;

/// A failed request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// The device has no network.
    #[error("offline")]
    Offline,
    /// The network is up but the server could not be reached (DNS, refused, CORS).
    #[error("network error: {0}")]
    Network(String),
    /// No answer within the configured time.
    #[error("timed out")]
    Timeout,
    /// The server answered with a non-success status.
    #[error("HTTP {0}")]
    Http(u16),
    /// The body did not match the contract.
    #[error("malformed response at {path}: {message}")]
    Malformed {
        /// JSON path of the bad field (`.` for the whole document).
        path: String,
        /// What was wrong.
        message: String,
    },
}

impl From<DecodeError> for ApiError {
    fn from(e: DecodeError) -> Self {
        ApiError::Malformed {
            path: e.path,
            message: e.message,
        }
    }
}

impl ApiError {
    /// Whether trying again later might help (everything except a malformed body or a 4xx).
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Offline | ApiError::Network(_) | ApiError::Timeout => true,
            ApiError::Http(s) => *s >= 500 || *s == 408 || *s == 429,
            ApiError::Malformed { .. } => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transient_errors() {
        assert!(ApiError::Offline.is_transient());
        assert!(ApiError::Timeout.is_transient());
        assert!(ApiError::Http(503).is_transient());
        assert!(ApiError::Http(429).is_transient());
        assert!(!ApiError::Http(404).is_transient());
        assert!(!ApiError::Malformed {
            path: ".".into(),
            message: "x".into()
        }
        .is_transient());
    }

    #[test]
    fn decode_errors_keep_their_path() {
        let e: ApiError = DecodeError {
            path: "items[2].ects".into(),
            message: "invalid type".into(),
        }
        .into();
        assert_eq!(
            e,
            ApiError::Malformed {
                path: "items[2].ects".into(),
                message: "invalid type".into()
            }
        );
    }
}
