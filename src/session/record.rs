//! What was actually done in a session, counted once: the same [`tally`] serves the live record
//! (the summary), the journal folded back after a crash, and the history.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::timeline::{StepKind, Timeline};

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// It ran to the end of the plan with at least [`DONE_PERCENT`] % of its prescribed reps
    /// and holds done: the only ending that counts as a session done.
    Completed,
    /// It reached the end of the plan, but with under [`DONE_PERCENT`] % of its prescribed reps
    /// and holds done (steps were skipped): partly done, never completed.
    FinishedWithSkips,
    /// The person ended it early.
    EndedEarly,
    /// The person stopped because something hurt.
    StoppedForPain,
    /// The app closed (or the computer stopped) during the session; what was done up to then
    /// is kept. Only a journal folded after the fact ends this way.
    Interrupted,
}

impl Ending {
    /// How it reads on screen and in reports.
    pub fn label(self) -> String {
        match self {
            Self::Completed => crate::t!("session-ending-completed"),
            Self::FinishedWithSkips => crate::t!("session-ending-finished-with-skips"),
            Self::EndedEarly => crate::t!("session-ending-ended-early"),
            Self::StoppedForPain => crate::t!("session-ending-stopped-for-pain"),
            Self::Interrupted => crate::t!("session-ending-interrupted"),
        }
    }

    /// The word used in files (CSV, `repcue history`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::FinishedWithSkips => "finished_with_skips",
            Self::EndedEarly => "ended_early",
            Self::StoppedForPain => "stopped_for_pain",
            Self::Interrupted => "interrupted",
        }
    }
}

/// A session that reaches the end of its plan is completed when at least this share (in per
/// cent) of its prescribed reps and holds were done.
pub const DONE_PERCENT: u64 = 80;

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

/// Done against prescribed, for one exercise: in the summary and, as written, in the history.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExerciseRecord {
    /// The exercise's name.
    pub name: String,
    /// Sets in which every rep and hold was done.
    pub sets_done: u64,
    /// Sets prescribed.
    pub sets_prescribed: u64,
    /// Distinct reps finished (a rep done again after going back counts once).
    pub reps_done: u64,
    /// Reps prescribed.
    pub reps_prescribed: u64,
    /// Distinct holds that ran to their end.
    pub holds_done: u64,
    /// Holds prescribed.
    pub holds_prescribed: u64,
    /// Steps skipped forward.
    pub steps_skipped: u64,
    /// Time spent on the exercise's steps while not paused, in milliseconds.
    pub active_ms: u64,
}

impl ExerciseRecord {
    /// Time spent on the exercise while not paused.
    pub fn active(&self) -> Duration {
        Duration::from_millis(self.active_ms)
    }
}

/// What one exercise prescribes, as the tally needs it (and the journal's header keeps).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Planned {
    /// Its name.
    pub name: String,
    /// Sets.
    pub sets: u64,
    /// Reps over all sets and sides.
    pub reps: u64,
    /// Holds over all sets and sides.
    pub holds: u64,
    /// Work steps (see [`crate::timeline::Step::is_work`]) in one set, all sides: a set is
    /// done when this many of its work steps are.
    pub work_per_set: u64,
}

impl Planned {
    /// The prescription of every exercise of `timeline`.
    pub fn of(timeline: &Timeline) -> Vec<Self> {
        timeline
            .exercises
            .iter()
            .map(|plan| Self {
                name: plan.name.clone(),
                sets: u64::from(plan.sets),
                reps: plan.reps,
                holds: plan.holds,
                work_per_set: timeline.steps[plan.steps.clone()]
                    .iter()
                    .filter(|s| s.set == Some(1) && s.is_work())
                    .count() as u64,
            })
            .collect()
    }
}

/// One step that ended, as counted: which exercise and set, whether it was work, and whether
/// it was done (`true`) or skipped (`false`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ended {
    /// Exercise index.
    pub exercise: usize,
    /// Set, where one applies.
    pub set: Option<u32>,
    /// What the step was.
    pub kind: StepKind,
    /// Whether it finished a rep.
    pub ends_rep: bool,
    /// Done or skipped.
    pub done: bool,
}

impl Ended {
    fn is_work(&self) -> bool {
        crate::timeline::is_work(self.kind, self.ends_rep)
    }
}

/// Counts each exercise of `planned` from the steps that ended (each step once: done wins over
/// skipped, as the session and the journal both keep it), with `active_ms` per exercise.
pub fn tally(
    planned: &[Planned],
    ended: impl IntoIterator<Item = Ended>,
    active_ms: &[u64],
) -> Vec<ExerciseRecord> {
    let mut records: Vec<ExerciseRecord> = planned
        .iter()
        .enumerate()
        .map(|(index, plan)| ExerciseRecord {
            name: plan.name.clone(),
            sets_prescribed: plan.sets,
            reps_prescribed: plan.reps,
            holds_prescribed: plan.holds,
            active_ms: active_ms.get(index).copied().unwrap_or(0),
            ..ExerciseRecord::default()
        })
        .collect();
    let mut work_per_set = std::collections::BTreeMap::<(usize, u32), u64>::new();
    for step in ended {
        let Some(record) = records.get_mut(step.exercise) else {
            continue;
        };
        if !step.done {
            record.steps_skipped += 1;
            continue;
        }
        record.reps_done += u64::from(step.ends_rep);
        record.holds_done += u64::from(step.kind == StepKind::Hold);
        if let (true, Some(set)) = (step.is_work(), step.set) {
            *work_per_set.entry((step.exercise, set)).or_default() += 1;
        }
    }
    for ((exercise, _), done) in work_per_set {
        if let (Some(record), Some(plan)) = (records.get_mut(exercise), planned.get(exercise))
            && plan.work_per_set > 0
            && done >= plan.work_per_set
        {
            record.sets_done += 1;
        }
    }
    records
}

/// The whole record of a session.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Record {
    /// Clock reading at start.
    pub started_at: Option<Duration>,
    /// Clock reading at the end.
    pub ended_at: Option<Duration>,
    /// How it ended, once it has.
    pub outcome: Option<Ending>,
    /// Total time paused.
    pub paused: Duration,
    /// How many times it was paused.
    pub pauses: u32,
    /// Steps skipped forward, over the whole session.
    pub steps_skipped: u64,
    /// One entry per exercise.
    pub exercises: Vec<ExerciseRecord>,
    /// Where the person was when they ended the session early.
    pub stopped: Option<super::Stopped>,
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

    /// How a session that reached the end of its plan ended: completed, or finished with skips
    /// when under [`DONE_PERCENT`] % of its prescribed reps and holds were done.
    pub fn reached_the_end(&self) -> Ending {
        let ((reps, planned_reps), (holds, planned_holds)) = (self.reps(), self.holds());
        let (done, planned) = (reps + holds, planned_reps + planned_holds);
        if done.saturating_mul(100) >= planned.saturating_mul(DONE_PERCENT) {
            Ending::Completed
        } else {
            Ending::FinishedWithSkips
        }
    }

    /// Time from start to end, pauses included.
    pub fn elapsed(&self) -> Option<Duration> {
        Some(self.ended_at?.saturating_sub(self.started_at?))
    }
}

/// Counts what `marks` say was done on `timeline`, on top of the session-wide `base`.
pub(super) fn count(
    base: &Record,
    timeline: &Timeline,
    planned: &[Planned],
    marks: &[Mark],
    active: &[Duration],
) -> Record {
    let ended = timeline
        .steps
        .iter()
        .zip(marks)
        .filter(|(_, mark)| **mark != Mark::Pending)
        .map(|(step, mark)| Ended {
            exercise: step.exercise,
            set: step.set,
            kind: step.kind,
            ends_rep: step.ends_rep,
            done: *mark == Mark::Done,
        });
    let active_ms: Vec<u64> = active.iter().map(|a| millis(*a)).collect();
    let mut record = base.clone();
    record.exercises = tally(planned, ended, &active_ms);
    record.steps_skipped = record.exercises.iter().map(|e| e.steps_skipped).sum();
    record
}

/// A duration in whole milliseconds, as records keep them.
pub fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
