//! The running session: a pure state machine over the timeline, driven by clock readings passed
//! in. No clock, window, sound or file inside.
//!
//! Positions are kept as an *anchor*: "plan position P was reached at clock reading C". While
//! running, the plan position now is `P + (now - C)`; every step boundary is the plan's own
//! offset, so no rounding adds up however often or rarely the session is updated.

mod cue;
mod event;
mod query;
mod record;
pub mod runner;
mod snapshot;
mod stopped;
mod summary;

use std::sync::Arc;
use std::time::Duration;

pub use cue::{COUNTDOWN_FROM, Cue, CueKind, CueSink, HALFWAY_MIN_HOLD};
pub use event::Event;
pub use record::{
    DONE_PERCENT, EndReason, Ended, Ending, ExerciseRecord, Mark, Planned, Record, millis, tally,
};
pub use snapshot::Snapshot;
pub use stopped::Stopped;
pub use summary::{Feedback, Saved, Summary};

use crate::timeline::{Step, Timeline};

/// Where the session is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Not started yet.
    Ready,
    /// Time runs.
    Running,
    /// Time stands still.
    Paused,
    /// Over; no command changes it any more.
    Finished(Ending),
}

/// A cue with the clock reading it is due at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueEvent {
    /// Clock reading at which the cue belongs.
    pub due: Duration,
    /// The cue.
    pub cue: Cue,
}

/// A session walking through one timeline.
#[derive(Debug, Clone)]
pub struct Session {
    timeline: Arc<Timeline>,
    cues: Vec<Cue>,
    /// Index in `cues` of each step's "step started" cue, plus one past the end.
    step_cue: Vec<usize>,
    state: State,
    index: usize,
    /// Plan position reached at `anchor_clock` (while running) or frozen (while paused).
    anchor_plan: Duration,
    anchor_clock: Duration,
    paused_since: Duration,
    next_cue: usize,
    pending: Vec<CueEvent>,
    generation: u64,
    marks: Vec<Mark>,
    active: Vec<Duration>,
    active_since: Duration,
    record: Record,
    /// The prescription, counted against.
    planned: Vec<Planned>,
    /// Happened since the last [`Session::take_events`].
    events: Vec<Event>,
}

impl Session {
    /// A session over `timeline`, not started.
    pub fn new(timeline: Arc<Timeline>) -> Self {
        let cues = cue::plan(&timeline);
        let mut step_cue: Vec<usize> = cues
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.kind, CueKind::StepStarted(_)))
            .map(|(i, _)| i)
            .collect();
        // Skipping past the last step still says "well done": point at that cue.
        step_cue.push(cues.len().saturating_sub(1));
        let steps = timeline.steps.len();
        let exercises = timeline.exercises.len();
        let planned = Planned::of(&timeline);
        Self {
            cues,
            step_cue,
            state: State::Ready,
            index: 0,
            anchor_plan: Duration::ZERO,
            anchor_clock: Duration::ZERO,
            paused_since: Duration::ZERO,
            next_cue: 0,
            pending: Vec::new(),
            generation: 0,
            marks: vec![Mark::Pending; steps],
            active: vec![Duration::ZERO; exercises],
            active_since: Duration::ZERO,
            record: Record::default(),
            planned,
            events: Vec::new(),
            timeline,
        }
    }

    /// The plan this session walks.
    pub fn timeline(&self) -> &Arc<Timeline> {
        &self.timeline
    }

    /// Every cue of the plan, in order.
    pub fn cue_plan(&self) -> &[Cue] {
        &self.cues
    }

    /// Run state.
    pub fn state(&self) -> State {
        self.state
    }

    /// Index of the current step.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The clock reading the session started at.
    pub fn started_at(&self) -> Option<Duration> {
        self.record.started_at
    }

    /// Whether the session is over.
    pub fn is_finished(&self) -> bool {
        matches!(self.state, State::Finished(_))
    }

    /// Whether the current step waits for "rep done".
    pub fn waiting_for_rep(&self) -> bool {
        !self.is_finished()
            && self.state != State::Ready
            && self.current().is_some_and(|step| !step.is_timed())
    }

    /// Changes whenever cues planned ahead are no longer valid (pause, resume, skip, restart,
    /// ending early); not when a step simply ends or a rep is marked done.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Starts the session at clock reading `now`.
    pub fn start(&mut self, now: Duration) {
        if self.state != State::Ready {
            return;
        }
        self.state = State::Running;
        self.record.started_at = Some(now);
        self.events.push(Event::Started { at: now });
        self.set_anchor(now, Duration::ZERO);
        self.active_since = now;
        if self.timeline.steps.is_empty() {
            self.finish(now, Ending::Completed);
        }
    }

    /// Moves the session to `now` and returns the cues that fell due, oldest first, each with
    /// its exact due time (which may lie before `now` if updates came late).
    pub fn update(&mut self, now: Duration) -> Vec<CueEvent> {
        self.advance(now);
        std::mem::take(&mut self.pending)
    }

    /// Pauses; time stands still until [`Self::resume`].
    pub fn pause(&mut self, now: Duration) {
        self.advance(now);
        if self.state != State::Running {
            return;
        }
        self.close_active(now);
        self.anchor_plan = self.plan_position(now);
        self.paused_since = now;
        self.state = State::Paused;
        self.record.pauses += 1;
        self.events.push(Event::Paused { at: now });
        self.generation += 1;
    }

    /// Resumes after [`Self::pause`].
    pub fn resume(&mut self, now: Duration) {
        if self.state != State::Paused {
            return;
        }
        self.record.paused += now.saturating_sub(self.paused_since);
        self.state = State::Running;
        self.events.push(Event::Resumed { at: now });
        self.active_since = now;
        self.set_anchor(now, self.anchor_plan);
    }

    /// Pauses when running, resumes when paused.
    pub fn toggle_pause(&mut self, now: Duration) {
        match self.state {
            State::Running => self.pause(now),
            State::Paused => self.resume(now),
            _ => {}
        }
    }

    /// Skips to the start of the next step (finishing the session after the last).
    pub fn next_step(&mut self, now: Duration) {
        self.advance(now);
        if !self.is_live() {
            return;
        }
        let skipped = self.index;
        if self.state == State::Running {
            self.close_active(now);
        }
        if self.marks[skipped] != Mark::Done {
            self.marks[skipped] = Mark::Skipped;
            self.push_step_ended(skipped, Mark::Skipped, now);
        }
        self.jump(now, skipped + 1);
    }

    /// Goes back to the start of the previous step (or restarts the first).
    pub fn previous_step(&mut self, now: Duration) {
        self.advance(now);
        if self.is_live() {
            self.jump(now, self.index.saturating_sub(1));
        }
    }

    /// Goes back to the get-ready of the current exercise.
    pub fn restart_exercise(&mut self, now: Duration) {
        self.advance(now);
        if let Some(step) = self.current().filter(|_| self.is_live()) {
            let first = self.timeline.exercises[step.exercise].first_step;
            self.jump(now, first);
        }
    }

    /// Marks the current self-paced rep done.
    pub fn rep_done(&mut self, now: Duration) {
        self.advance(now);
        if self.is_live() && self.current().is_some_and(|step| !step.is_timed()) {
            // No generation change: nothing beyond a waiting step was ever planned.
            self.complete_step(now);
        }
    }

    /// Ends the session before the end of the plan.
    pub fn finish_early(&mut self, now: Duration, reason: EndReason) {
        self.advance(now);
        if !self.is_live() && self.state != State::Ready {
            return;
        }
        let outcome = match reason {
            EndReason::User => Ending::EndedEarly,
            EndReason::Pain => Ending::StoppedForPain,
        };
        if self.state == State::Ready {
            self.record.started_at = Some(now);
            self.events.push(Event::Started { at: now });
        }
        if self.state == State::Running {
            self.close_active(now);
        }
        self.record.stopped = self.current().map(|step| Stopped::at(step, &self.timeline));
        self.finish(now, outcome);
    }

    fn push_step_ended(&mut self, index: usize, mark: Mark, at: Duration) {
        let exercise = self.timeline.steps[index].exercise;
        self.events.push(Event::StepEnded {
            index,
            mark,
            at,
            exercise_active: self.active[exercise],
        });
    }

    fn is_live(&self) -> bool {
        matches!(self.state, State::Running | State::Paused)
    }

    fn set_anchor(&mut self, clock: Duration, plan: Duration) {
        self.anchor_clock = clock;
        self.anchor_plan = plan;
        self.generation += 1;
    }

    /// Completes every timed step whose end has passed, queueing each cue as it falls due.
    fn advance(&mut self, now: Duration) {
        loop {
            // Cues are dated with the anchor of the step they belong to, before it moves on.
            self.queue_due_cues(now);
            if self.state != State::Running {
                return;
            }
            let Some(step) = self.current().filter(|step| step.is_timed()) else {
                return;
            };
            let end = self.clock_of(step.end());
            if end > now {
                return;
            }
            self.complete_step(end);
        }
    }

    fn queue_due_cues(&mut self, now: Duration) {
        if !matches!(self.state, State::Running | State::Finished(_)) {
            return;
        }
        while let Some(&cue) = self.cues.get(self.next_cue) {
            let due = self.clock_of(cue.at);
            if cue.step > self.index || due > now {
                break;
            }
            self.pending.push(CueEvent { due, cue });
            self.next_cue += 1;
        }
    }

    /// The current step ran to its end (or was marked done) at clock reading `at`.
    fn complete_step(&mut self, at: Duration) {
        let end = self.current().map_or(Duration::ZERO, Step::end);
        self.marks[self.index] = Mark::Done;
        if self.state == State::Running {
            self.close_active(at);
        }
        self.push_step_ended(self.index, Mark::Done, at);
        self.index += 1;
        // Anchoring at the boundary keeps later steps on the plan's own offsets.
        self.anchor_clock = at;
        self.anchor_plan = end;
        if self.index == self.timeline.steps.len() {
            self.finish(at, Ending::Completed);
        }
    }

    fn jump(&mut self, now: Duration, target: usize) {
        if self.state == State::Running {
            self.close_active(now);
        }
        self.index = target.min(self.timeline.steps.len());
        self.next_cue = self.step_cue[self.index];
        let start = self
            .current()
            .map_or(self.timeline.total, |step| step.start);
        self.set_anchor(now, start);
        if self.index == self.timeline.steps.len() {
            self.finish(now, Ending::Completed);
        }
    }

    fn close_active(&mut self, now: Duration) {
        if let Some(exercise) = self.current().map(|step| step.exercise) {
            self.active[exercise] += now.saturating_sub(self.active_since);
        }
        self.active_since = now;
    }

    fn finish(&mut self, at: Duration, outcome: Ending) {
        if self.state == State::Paused {
            self.record.paused += at.saturating_sub(self.paused_since);
        }
        // The end of the plan, reached by skipping most of it, is no success.
        let outcome = match outcome {
            Ending::Completed => self.record().reached_the_end(),
            other => other,
        };
        self.state = State::Finished(outcome);
        self.record.ended_at = Some(at);
        self.record.outcome = Some(outcome);
        self.events.push(Event::Finished { at, outcome });
        if outcome != Ending::Completed {
            // Nothing more will sound after the person stopped, and no "well done" after a
            // session mostly skipped; what was planned is stale.
            self.next_cue = self.cues.len();
            self.generation += 1;
        }
        self.queue_due_cues(at);
    }
}
