//! The cues a plan calls for, each fixed at its place in the plan, in the order they sound.

use std::time::Duration;

/// Where the session's cues go (the sound output, or nowhere); the runner hands them over.
pub trait CueSink: Send + Sync {
    /// Cues that fell due or will fall due if nothing changes; the same cue may come again and
    /// is played once.
    fn plan(&self, cues: &[super::CueEvent]);
    /// Everything planned is stale (pause, skip, end): drop what has not started.
    fn cancel(&self) {}
}

use crate::timeline::{Side, StepKind, Timeline};

/// Holds at least this long get a "halfway" cue.
pub const HALFWAY_MIN_HOLD: Duration = Duration::from_secs(10);
/// The countdown before the end of get-ready, rest and switch-sides steps: 3, 2, 1.
pub const COUNTDOWN_FROM: u32 = 3;

/// What a cue announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// A step begins: the phase word, the exercise name at get-ready.
    StepStarted(StepKind),
    /// Seconds left in a get-ready, rest or switch-sides step: 3, 2, 1.
    Countdown(u32),
    /// Halfway through a hold of [`HALFWAY_MIN_HOLD`] or more.
    Halfway,
    /// A rep finished.
    RepCompleted {
        /// Which rep (1-based) within the set and side.
        rep: u32,
        /// Reps per set and side.
        of: u32,
    },
    /// The last rep of a set finished (on both sides, for exercises done on each side).
    SetCompleted {
        /// Which set (1-based).
        set: u32,
        /// Sets prescribed.
        of: u32,
    },
    /// The last step of an exercise finished.
    ExerciseCompleted,
    /// The last step of the routine finished.
    SessionCompleted,
}

/// A cue at its place in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// Plan position (same scale as [`crate::timeline::Step::start`]).
    pub at: Duration,
    /// The step the session must have reached for the cue to sound: the step it starts or
    /// sounds in, or for "completed" cues the step after the one that completed
    /// (`steps.len()` after the last).
    pub step: usize,
    /// Exercise the cue is about.
    pub exercise: usize,
    /// What it announces.
    pub kind: CueKind,
}

/// Every cue of the plan, in the order they sound; simultaneous cues are ordered
/// completion first (rep, set, exercise, session), then the next step.
pub fn plan(timeline: &Timeline) -> Vec<Cue> {
    let steps = &timeline.steps;
    let mut cues = Vec::with_capacity(steps.len() * 2 + 1);
    for (index, step) in steps.iter().enumerate() {
        let cue = |at, kind| Cue {
            at,
            step: index,
            exercise: step.exercise,
            kind,
        };
        cues.push(cue(step.start, CueKind::StepStarted(step.kind)));
        let length = step.duration.unwrap_or(Duration::ZERO);
        match step.kind {
            StepKind::Prepare | StepKind::Rest | StepKind::SwitchSides => {
                for n in (1..=COUNTDOWN_FROM).rev() {
                    let before_end = Duration::from_secs(n.into());
                    // Only inside the step, never on top of its start.
                    if length > before_end {
                        cues.push(cue(step.end() - before_end, CueKind::Countdown(n)));
                    }
                }
            }
            StepKind::Hold if length >= HALFWAY_MIN_HOLD => {
                cues.push(cue(step.start + length / 2, CueKind::Halfway));
            }
            _ => {}
        }
        let done = |kind| Cue {
            at: step.end(),
            step: index + 1,
            exercise: step.exercise,
            kind,
        };
        let plan = &timeline.exercises[step.exercise];
        if step.ends_rep {
            let rep = step.rep.unwrap_or(1);
            cues.push(done(CueKind::RepCompleted {
                rep,
                of: plan.reps_per_set,
            }));
            let last_side = step.side.is_none_or(|side| side == Side::Right);
            if rep == plan.reps_per_set && last_side {
                cues.push(done(CueKind::SetCompleted {
                    set: step.set.unwrap_or(1),
                    of: plan.sets,
                }));
            }
        }
        if timeline.is_last_of_exercise(index) {
            cues.push(done(CueKind::ExerciseCompleted));
        }
        if index + 1 == steps.len() {
            cues.push(done(CueKind::SessionCompleted));
        }
    }
    cues
}
