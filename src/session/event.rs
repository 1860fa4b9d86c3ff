//! What happened in a session, in order, for the history log: each event is written down as
//! it happens, so a crash loses at most the step in progress.

use std::time::Duration;

use super::{Ending, Mark};

/// One thing that happened, with the clock reading it happened at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The session started.
    Started {
        /// Clock reading.
        at: Duration,
    },
    /// A step ran to its end (or was marked done), or was skipped.
    StepEnded {
        /// Index of the step in the timeline.
        index: usize,
        /// [`Mark::Done`] or [`Mark::Skipped`].
        mark: Mark,
        /// Clock reading.
        at: Duration,
        /// Time spent on the step's exercise so far, while not paused.
        exercise_active: Duration,
    },
    /// Time stood still.
    Paused {
        /// Clock reading.
        at: Duration,
    },
    /// Time runs again.
    Resumed {
        /// Clock reading.
        at: Duration,
    },
    /// The session is over.
    Finished {
        /// Clock reading.
        at: Duration,
        /// How it ended.
        outcome: Ending,
    },
}
