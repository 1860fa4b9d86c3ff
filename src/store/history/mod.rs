//! The history: `history.jsonl` in the data folder, one JSON line per ended session and one per
//! note about it (pain after, where, a free note; the newest wins). Lines are only ever appended.
//! A half-written last line (a crash mid-write) is passed over; a file with lines that cannot be
//! read is moved aside whole, and the sessions that could be read are kept.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::routine::{PainLimits, Schedule};
use crate::session::{Ending, ExerciseRecord, Feedback};

mod file;

pub use file::{Parsed, feedback_line, lock, parse, session_line};

/// The history file's name in the data folder.
pub const FILE_NAME: &str = "history.jsonl";

/// One recorded session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionEntry {
    /// Unique name of the session (also its journal's file name).
    pub id: String,
    /// When it started.
    pub started: Timestamp,
    /// When it ended (or, interrupted, its last recorded moment).
    pub ended: Timestamp,
    /// The routine's title.
    pub routine: String,
    /// SHA-256 of the routine file, in hex.
    #[serde(default)]
    pub routine_hash: String,
    /// Where the routine came from ("bundled routine" or its path).
    #[serde(default)]
    pub routine_file: String,
    /// How it ended.
    pub ending: Ending,
    /// Total time paused, in milliseconds.
    #[serde(default)]
    pub paused_ms: u64,
    /// Times paused.
    #[serde(default)]
    pub pauses: u32,
    /// Steps skipped.
    #[serde(default)]
    pub steps_skipped: u64,
    /// Per exercise, in routine order.
    #[serde(default)]
    pub exercises: Vec<ExerciseRecord>,
    /// Pain before (0–10), when asked.
    #[serde(default)]
    pub pain_before: Option<u8>,
    /// Pain after (0–10).
    #[serde(default)]
    pub pain_after: Option<u8>,
    /// Where it hurt.
    #[serde(default)]
    pub pain_where: String,
    /// A free note.
    #[serde(default)]
    pub note: String,
    /// Where it was ended early ("Clamshell, set 1, right side, rep 7").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_during: Option<String>,
    /// The programme it belongs to, when the routine has a `[schedule]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<ProgrammeMark>,
    /// The routine's `[pain]` limits.
    #[serde(default, skip_serializing_if = "PainLimits::is_empty")]
    pub pain_limits: PainLimits,
    /// Started with pain before above `stop_above` ("Start anyway").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub started_above_limit: bool,
}

/// Where a session stands in its programme. Sessions belong to a programme by the routine's
/// title and the schedule's `start`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgrammeMark {
    /// The programme week whose plan it followed.
    pub week: u32,
    /// The day it started on, in the person's time zone.
    pub date: jiff::civil::Date,
    /// The schedule as the routine file gave it then.
    pub schedule: Schedule,
}

impl SessionEntry {
    /// Whether pain after (with pain before) is over the routine's limits.
    pub fn pain_alert(&self) -> bool {
        self.pain_after
            .is_some_and(|after| self.pain_limits.alert(self.pain_before, after))
    }

    /// Reps done and prescribed over all exercises.
    pub fn reps(&self) -> (u64, u64) {
        self.exercises
            .iter()
            .fold((0u64, 0u64), |(done, planned), e| {
                (
                    done.saturating_add(e.reps_done),
                    planned.saturating_add(e.reps_prescribed),
                )
            })
    }

    /// Holds done and prescribed over all exercises.
    pub fn holds(&self) -> (u64, u64) {
        self.exercises
            .iter()
            .fold((0u64, 0u64), |(done, planned), e| {
                (
                    done.saturating_add(e.holds_done),
                    planned.saturating_add(e.holds_prescribed),
                )
            })
    }

    /// Time from start to end, pauses included, in milliseconds.
    pub fn elapsed_ms(&self) -> u64 {
        let ms = self
            .ended
            .as_millisecond()
            .saturating_sub(self.started.as_millisecond());
        u64::try_from(ms).unwrap_or(0)
    }

    /// Time spent exercising (not paused), in milliseconds.
    pub fn active_ms(&self) -> u64 {
        self.exercises
            .iter()
            .fold(0u64, |sum, e| sum.saturating_add(e.active_ms))
    }

    /// "34 of 36 reps" (holds instead for routines without reps).
    pub fn completion(&self) -> String {
        let (done, planned) = self.reps();
        if planned > 0 {
            return crate::t!("store-completion-reps", done = done, planned = planned);
        }
        let (done, planned) = self.holds();
        crate::t!("store-completion-holds", done = done, planned = planned)
    }

    fn apply(&mut self, feedback: &Feedback) {
        self.pain_after = feedback.pain_after.filter(|p| *p <= 10);
        self.pain_where = feedback.pain_where.clone();
        self.note = feedback.note.clone();
    }

    /// What the person said about it.
    pub fn feedback(&self) -> Feedback {
        Feedback {
            pain_after: self.pain_after,
            pain_where: self.pain_where.clone(),
            note: self.note.clone(),
        }
    }
}

/// A history line with what the person said about one session; a newer line replaces an
/// older one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FeedbackLine {
    /// The session it is about.
    pub id: String,
    /// What they said.
    #[serde(flatten)]
    pub feedback: Feedback,
}

/// The history as read from its file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Sessions, oldest first.
    pub sessions: Vec<SessionEntry>,
}

impl History {
    /// Adds a session (or replaces one with the same id), keeping the order by start.
    pub fn insert(&mut self, entry: SessionEntry) {
        // A session's own account of how it ended beats one pieced together after a crash.
        let keeps_better = self
            .sessions
            .iter()
            .any(|s| s.id == entry.id && s.ending != Ending::Interrupted);
        if keeps_better && entry.ending == Ending::Interrupted {
            return;
        }
        self.sessions.retain(|s| s.id != entry.id);
        let at = self
            .sessions
            .partition_point(|s| (s.started, &s.id) <= (entry.started, &entry.id));
        self.sessions.insert(at, entry);
    }

    /// Applies what the person said after a session.
    pub fn apply(&mut self, line: &FeedbackLine) {
        if let Some(session) = self.sessions.iter_mut().find(|s| s.id == line.id) {
            session.apply(&line.feedback);
        }
    }

    /// Whether a session with this id is recorded.
    pub fn contains(&self, id: &str) -> bool {
        self.sessions.iter().any(|s| s.id == id)
    }
}
