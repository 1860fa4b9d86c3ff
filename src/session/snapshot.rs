//! What a screen needs to draw the session at one moment.

use std::time::Duration;

use super::{Session, State};
use crate::timeline::{Side, Step};

/// Everything a screen needs to draw the session at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// Run state.
    pub state: State,
    /// Index of the current step (equal to the step count once finished).
    pub index: usize,
    /// The current step, if not finished.
    pub step: Option<Step>,
    /// The step after it.
    pub next: Option<Step>,
    /// Time spent in the current step.
    pub step_elapsed: Duration,
    /// Time left in the current step (`None` while waiting for "rep done").
    pub step_left: Option<Duration>,
    /// 0.0 to 1.0 through the current step.
    pub step_progress: f32,
    /// Current exercise (0-based) and the number of exercises.
    pub exercise: (usize, usize),
    /// Current set and sets prescribed, where a set applies.
    pub set: Option<(u32, u32)>,
    /// Current rep and reps per set, where a rep applies.
    pub rep: Option<(u32, u32)>,
    /// Side being worked.
    pub side: Option<Side>,
    /// Planned time left in the session (self-paced reps count zero). During a timed step it
    /// is in whole seconds that change when the step's countdown does, so one frame draws
    /// both.
    pub session_left: Duration,
    /// Changes whenever pending cues must be dropped and planned again.
    pub generation: u64,
}

impl Session {
    /// The session at clock reading `now`, for drawing.
    pub fn snapshot(&self, now: Duration) -> Snapshot {
        let step = self.current().cloned();
        let position = self.plan_position(now);
        let (step_elapsed, step_left, step_progress) = match &step {
            Some(step) => {
                let elapsed = position.saturating_sub(step.start);
                match step.duration {
                    Some(length) => (
                        elapsed,
                        Some(length.saturating_sub(elapsed)),
                        (elapsed.as_secs_f64() / length.as_secs_f64()).clamp(0.0, 1.0) as f32,
                    ),
                    None => (elapsed, None, 0.0),
                }
            }
            None => (Duration::ZERO, None, 1.0),
        };
        let plan = step.as_ref().map(|s| &self.timeline.exercises[s.exercise]);
        Snapshot {
            state: self.state,
            index: self.index,
            next: self.timeline.steps.get(self.index + 1).cloned(),
            step_elapsed,
            step_left,
            step_progress,
            exercise: (
                step.as_ref()
                    .map_or(self.timeline.exercises.len(), |s| s.exercise),
                self.timeline.exercises.len(),
            ),
            set: step
                .as_ref()
                .zip(plan)
                .and_then(|(s, p)| Some((s.set?, p.sets))),
            rep: step
                .as_ref()
                .zip(plan)
                .and_then(|(s, p)| Some((s.rep?, p.reps_per_set))),
            side: step.as_ref().and_then(|s| s.side),
            session_left: match (&step, step_left) {
                (Some(step), Some(left)) => {
                    let end = step.start + step.duration.unwrap_or_default();
                    let after = self.timeline.total.saturating_sub(end);
                    Duration::from_secs(
                        left.as_millis().div_ceil(1000) as u64 + after.as_secs_f64().round() as u64,
                    )
                }
                _ => self.timeline.total.saturating_sub(position),
            },
            generation: self.generation,
            step,
        }
    }
}
