//! What a session can be asked without changing it: where it is, what it counted, which cues
//! are coming.

use std::time::Duration;

use super::{CueEvent, Event, Mark, Record, Session, State, record};
use crate::timeline::Step;

impl Session {
    /// The current step, if not finished.
    pub fn current(&self) -> Option<&Step> {
        self.timeline.steps.get(self.index)
    }

    /// Plan position at clock reading `now`, within the current step.
    pub fn plan_position(&self, now: Duration) -> Duration {
        let Some(step) = self.current() else {
            return self.timeline.total;
        };
        let raw = match self.state {
            State::Running => self.anchor_plan + now.saturating_sub(self.anchor_clock),
            State::Paused => self.anchor_plan,
            State::Ready => Duration::ZERO,
            State::Finished(_) => return self.timeline.total,
        };
        raw.clamp(step.start, step.end())
    }

    /// Clock reading at which plan position `at` is reached, if nothing changes meanwhile.
    pub fn clock_of(&self, at: Duration) -> Duration {
        self.anchor_clock + at.saturating_sub(self.anchor_plan)
    }

    /// Cues that will fall due up to clock reading `until` if nothing changes, not yet
    /// returned by [`Self::update`], stopping at a step that waits for "rep done".
    pub fn upcoming_cues(&self, until: Duration) -> Vec<CueEvent> {
        if self.state != State::Running {
            return Vec::new();
        }
        let waits_at = (self.index..self.timeline.steps.len())
            .find(|&i| !self.timeline.steps[i].is_timed())
            .unwrap_or(self.timeline.steps.len());
        self.cues[self.next_cue..]
            .iter()
            .take_while(|cue| cue.step <= waits_at)
            .map(|&cue| CueEvent {
                due: self.clock_of(cue.at),
                cue,
            })
            .take_while(|event| event.due <= until)
            .collect()
    }

    /// Clock reading of the next cue to sound, if it can be known now (running, and not
    /// behind a step that waits for "rep done").
    pub fn next_cue_due(&self) -> Option<Duration> {
        let cue = self.cues.get(self.next_cue)?;
        (self.state == State::Running && cue.step <= self.index).then(|| self.clock_of(cue.at))
    }

    /// What happened to each step so far.
    pub fn marks(&self) -> &[Mark] {
        &self.marks
    }

    /// What was done, against what was prescribed.
    pub fn record(&self) -> Record {
        record::count(
            &self.record,
            &self.timeline,
            &self.planned,
            &self.marks,
            &self.active,
        )
    }

    /// Takes what happened since the last call, oldest first.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }
}
