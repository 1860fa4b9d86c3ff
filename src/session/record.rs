//! What was actually done in a session, for the summary and the history log.

use std::time::Duration;

use crate::timeline::{StepKind, Timeline};

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// It ran to the end of the plan (steps may have been skipped on the way).
    Completed,
    /// The person ended it early.
    EndedEarly,
    /// The person stopped because something hurt.
    StoppedForPain,
}

impl Outcome {
    /// How the outcome reads in the summary and the history.
    pub fn label(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::EndedEarly => "ended early",
            Self::StoppedForPain => "stopped for pain",
        }
    }
}

/// Why the person finished early.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndReason {
    /// They chose to end the session.
    User,
    /// Something hurt.
    Pain,
}

/// What happened to one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mark {
    /// Not reached, or left before its end by going back.
    #[default]
    Pending,
    /// Ran to its end (or, self-paced, was marked done).
    Done,
    /// Skipped forward before its end.
    Skipped,
}

/// Done against prescribed, for one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExerciseRecord {
    /// Distinct reps finished (a rep done again after going back counts once).
    pub reps_done: u64,
    /// Reps prescribed.
    pub reps_prescribed: u64,
    /// Distinct holds that ran to their end.
    pub holds_done: u64,
    /// Holds prescribed.
    pub holds_prescribed: u64,
    /// Sets in which every rep and hold was done.
    pub sets_done: u64,
    /// Sets prescribed.
    pub sets_prescribed: u64,
    /// Steps skipped forward.
    pub steps_skipped: u64,
    /// Time spent on the exercise's steps while not paused.
    pub active: Duration,
}

/// The whole record of a session.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    /// Clock reading at start.
    pub started_at: Option<Duration>,
    /// Clock reading at the end.
    pub ended_at: Option<Duration>,
    /// How it ended, once it has.
    pub outcome: Option<Outcome>,
    /// Total time paused.
    pub paused: Duration,
    /// How many times it was paused.
    pub pauses: u32,
    /// Steps skipped forward, over the whole session.
    pub steps_skipped: u64,
    /// One entry per exercise.
    pub exercises: Vec<ExerciseRecord>,
}

impl Record {
    /// Reps done and prescribed over all exercises.
    pub fn reps(&self) -> (u64, u64) {
        self.exercises
            .iter()
            .fold((0, 0), |(d, p), e| (d + e.reps_done, p + e.reps_prescribed))
    }

    /// Holds done and prescribed over all exercises.
    pub fn holds(&self) -> (u64, u64) {
        self.exercises.iter().fold((0, 0), |(d, p), e| {
            (d + e.holds_done, p + e.holds_prescribed)
        })
    }

    /// Time from start to end, pauses included.
    pub fn elapsed(&self) -> Option<Duration> {
        Some(self.ended_at?.saturating_sub(self.started_at?))
    }
}

/// Counts what `marks` say was done on `timeline`, on top of the session-wide `base`.
pub(super) fn tally(
    base: &Record,
    timeline: &Timeline,
    marks: &[Mark],
    active: &[Duration],
) -> Record {
    let mut record = base.clone();
    record.exercises = timeline
        .exercises
        .iter()
        .zip(active)
        .map(|(plan, &active)| {
            let mut done = ExerciseRecord {
                reps_prescribed: plan.reps,
                holds_prescribed: plan.holds,
                sets_prescribed: u64::from(plan.sets),
                active,
                ..ExerciseRecord::default()
            };
            // Per set: (work steps, of which done). A set counts once all its work is done.
            let mut sets = vec![(0u64, 0u64); plan.sets as usize];
            for (step, mark) in timeline.steps[plan.steps.clone()]
                .iter()
                .zip(&marks[plan.steps.clone()])
            {
                let work = step.ends_rep || step.kind == StepKind::Hold;
                let set = step
                    .set
                    .and_then(|set| sets.get_mut((set as usize).saturating_sub(1)));
                if let (true, Some(set)) = (work, set) {
                    set.0 += 1;
                    set.1 += u64::from(*mark == Mark::Done);
                }
                match mark {
                    Mark::Done => {
                        done.reps_done += u64::from(step.ends_rep);
                        done.holds_done += u64::from(step.kind == StepKind::Hold);
                    }
                    Mark::Skipped => done.steps_skipped += 1,
                    Mark::Pending => {}
                }
            }
            done.sets_done = sets
                .iter()
                .filter(|(work, done)| *work > 0 && work == done)
                .count() as u64;
            done
        })
        .collect();
    record.steps_skipped = record.exercises.iter().map(|e| e.steps_skipped).sum();
    record
}
