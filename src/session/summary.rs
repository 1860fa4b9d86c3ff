//! A finished session as the summary shows it: what was done, the caution that applies, what
//! the person says about it, and whether it is in the history yet.

use serde::{Deserialize, Serialize};

use super::Record;

/// What the person says after a session: on the summary, then in the history.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Feedback {
    /// Pain after (0–10).
    pub pain_after: Option<u8>,
    /// Where it hurt.
    pub pain_where: String,
    /// A free note.
    pub note: String,
}

impl Feedback {
    /// As it is kept: pain within 0–10, no blank space around the words.
    pub fn tidy(&self) -> Self {
        Self {
            pain_after: self.pain_after.filter(|p| *p <= 10),
            pain_where: self.pain_where.trim().to_string(),
            note: self.note.trim().to_string(),
        }
    }
}

/// A finished session as the summary shows it.
#[derive(Debug, Clone)]
pub struct Summary {
    /// What was done (each exercise named).
    pub record: Record,
    /// The caution of the exercise in progress when the session stopped, if any.
    pub caution: Option<String>,
    /// What the person told.
    pub feedback: Feedback,
    /// Pain before the session, when asked.
    pub pain_before: Option<u8>,
    /// Whether the session is in the history yet.
    pub saved: Saved,
}

/// Where the session's record stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Being written.
    Saving,
    /// In the history.
    Saved,
    /// Nothing is kept (no home folder).
    NotKept,
    /// Writing failed; the sentence says why.
    Failed(String),
}

impl Saved {
    /// The line the summary shows about it.
    pub fn text(&self) -> String {
        match self {
            Self::Saving => crate::t!("session-saving"),
            Self::Saved => crate::t!("session-saved"),
            Self::NotKept => crate::t!("session-not-kept"),
            Self::Failed(why) => crate::t!("session-not-saved", why = why),
        }
    }
}
