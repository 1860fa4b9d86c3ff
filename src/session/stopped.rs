//! Where a session was ended early: the exercise, set, side and rep the person was doing (in a
//! rest or get-ready before an exercise, the one just finished), for the summary and the
//! history ("Stopped during: Clamshell, set 1, right side, rep 7").

use crate::t;
use crate::timeline::{Side, Step, StepKind, Timeline};

/// The place in the plan a session was ended early.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stopped {
    /// Exercise index: the exercise being done.
    pub exercise: usize,
    /// Its name.
    pub name: String,
    /// Set, where one applies.
    pub set: Option<u32>,
    /// Side, where one applies.
    pub side: Option<Side>,
    /// Rep, where one applies.
    pub rep: Option<u32>,
    /// What the step was.
    pub kind: StepKind,
    /// In the rest or get-ready after the exercise (before the next one).
    pub after: bool,
}

impl Stopped {
    /// The place of `step`: a rest or get-ready that comes before an exercise counts as the end
    /// of the exercise before it, which is the one that may have hurt.
    pub fn at(step: &Step, timeline: &Timeline) -> Self {
        if step.is_before_exercise() && step.exercise > 0 {
            let exercise = step.exercise - 1;
            return Self {
                exercise,
                name: name(timeline, exercise),
                set: None,
                side: None,
                rep: None,
                kind: step.kind,
                after: true,
            };
        }
        Self {
            exercise: step.exercise,
            name: name(timeline, step.exercise),
            set: step.set,
            side: step.side,
            rep: step.rep,
            kind: step.kind,
            after: false,
        }
    }

    /// "Clamshell, set 1, right side, rep 7"; "Knee rocks, in the rest after it".
    /// (A rest between sets carries the set after it, and a rest between reps the rep after it.)
    pub fn describe(&self) -> String {
        if self.after {
            return t!("session-stopped-after", name = &self.name);
        }
        let mut parts = vec![self.name.clone()];
        let between_sets = self.kind == StepKind::Rest && self.rep.is_none_or(|rep| rep <= 1);
        if let Some(set) = self.set.filter(|_| !between_sets) {
            parts.push(t!("session-stopped-set", set = set));
        }
        if let Some(side) = self.side {
            parts.push(match side {
                Side::Left => t!("side-left"),
                Side::Right => t!("side-right"),
            });
        }
        parts.push(match (self.kind, self.rep, self.set) {
            (StepKind::Prepare, ..) => t!("session-stopped-getting-ready"),
            (StepKind::SwitchSides, ..) => t!("session-stopped-switching-sides"),
            (StepKind::Rest, Some(rep), _) if rep > 1 => {
                t!("session-stopped-resting-before-rep", rep = rep)
            }
            (StepKind::Rest, _, Some(set)) => t!("session-stopped-resting-before-set", set = set),
            (_, Some(rep), _) => t!("session-stopped-rep", rep = rep),
            _ => t!("session-stopped-resting"),
        });
        parts.join(", ")
    }
}

fn name(timeline: &Timeline, exercise: usize) -> String {
    timeline
        .exercises
        .get(exercise)
        .map(|e| e.name.clone())
        .unwrap_or_default()
}
