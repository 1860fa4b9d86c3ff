//! The programmes the history holds: sessions grouped by the routine's title and the
//! schedule's `start` (so a file edited between visits keeps its count), each with its
//! adherence as of a day.

use jiff::civil::Date;

use super::{Adherence, Attempt, adherence};
use crate::routine::Schedule;
use crate::store::history::SessionEntry;

/// One programme in the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeSummary {
    /// The routine's title.
    pub title: String,
    /// The schedule as its newest session recorded it.
    pub schedule: Schedule,
    /// Its sessions, as adherence counts them.
    pub attempts: Vec<Attempt>,
    /// Adherence as of the day asked for.
    pub adherence: Adherence,
}

/// The programmes of `entries` (in history order), newest first, counted as of `today`.
pub fn programmes<'a>(
    entries: impl IntoIterator<Item = &'a SessionEntry>,
    today: Date,
) -> Vec<ProgrammeSummary> {
    let mut found: Vec<ProgrammeSummary> = Vec::new();
    for entry in entries {
        let Some(mark) = &entry.programme else {
            continue;
        };
        let attempt = Attempt {
            date: mark.date,
            ending: entry.ending,
            pain_alert: entry.pain_alert(),
        };
        let same = |p: &ProgrammeSummary| {
            p.title == entry.routine && p.schedule.start == mark.schedule.start
        };
        match found.iter_mut().find(|p| same(p)) {
            Some(programme) => {
                programme.schedule = mark.schedule.clone();
                programme.attempts.push(attempt);
            }
            None => found.push(ProgrammeSummary {
                title: entry.routine.clone(),
                schedule: mark.schedule.clone(),
                attempts: vec![attempt],
                adherence: Adherence::default(),
            }),
        }
    }
    for programme in &mut found {
        programme.adherence = adherence(&programme.schedule, &programme.attempts, today);
    }
    found.reverse();
    found
}

impl ProgrammeSummary {
    /// Whether `entry` is one of this programme's sessions.
    pub fn holds(&self, entry: &SessionEntry) -> bool {
        entry.routine == self.title
            && entry
                .programme
                .as_ref()
                .is_some_and(|mark| mark.schedule.start == self.schedule.start)
    }
}

/// The programme of `title` starting on `start`, when the history has it.
pub fn find<'a>(
    programmes: &'a [ProgrammeSummary],
    title: &str,
    start: Date,
) -> Option<&'a ProgrammeSummary> {
    programmes
        .iter()
        .find(|p| p.title == title && p.schedule.start == start)
}
