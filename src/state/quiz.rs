//! The quiz for a screen ([`fetch`]), and quiz progress in session storage: it survives a
//! reload (and a visit to another page) but not closing the tab, and it is cleared on "Retake"
//! and by the fair-mode reset.

use super::storage::{self, StorageError};
use crate::domain::quiz::{Progress, Quiz};

/// Where `/quiz` keeps its progress.
pub const PROGRESS_KEY: &str = "carewise.quiz.progress";

/// Where fair mode keeps the current visitor's progress (separate, so a staff member's own
/// quiz on the same device never mixes with a visitor's).
pub const FAIR_PROGRESS_KEY: &str = "carewise.fair.progress";

/// The saved progress for `quiz`, or empty progress when there is none (or it belongs to
/// another version of the quiz).
pub fn load(key: &str, quiz: &Quiz) -> Progress {
    storage::session_get(key)
        .and_then(|s| Progress::restore(&s, quiz))
        .unwrap_or_else(|| Progress::new(quiz.version))
}

/// Saves progress. Failing is not fatal (the quiz goes on; only a reload would lose it).
pub fn save(key: &str, progress: &Progress) -> Result<(), StorageError> {
    storage::session_set(key, &progress.to_json())
}

/// Forgets the progress.
pub fn clear(key: &str) {
    storage::session_remove(key);
}

/// The quiz from the backend, handed over one task after it was decoded: decoding the items and
/// drawing the first screen are then two shorter main-thread tasks (quiz page and fair mode).
pub async fn fetch(api: crate::api::Api) -> Result<Quiz, crate::api::ApiError> {
    let quiz = api.quiz().await;
    crate::app::next_task().await;
    quiz
}
