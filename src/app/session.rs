//! The session's owner: the runner that keeps it moving, the question before ending it, the
//! pain score given before it, its recording in the history, and the summary after it with
//! what the person says (written shortly after they stop typing).

use std::time::{Duration, Instant};

use super::Deps;
use super::repaint::{self, Why};
use crate::loaded::Loaded;
use crate::session::runner::Runner;
use crate::session::{EndReason, Feedback, Saved, Session, State, Stopped, Summary};
use crate::store::history::{FeedbackLine, ProgrammeMark};
use crate::store::journal::{self, Header};
use crate::store::recorder::Message;
use crate::ui::Command;

/// How long the feedback stays unchanged before it is written.
const FEEDBACK_SETTLE: Duration = Duration::from_secs(1);

/// The session, before, during and after.
pub(super) struct SessionState {
    pub(super) runner: Option<Runner>,
    pub(super) summary: Option<Summary>,
    /// "End the session?" is being asked.
    pub(super) confirm_end: bool,
    /// The session was paused to ask, and goes on if the person keeps going.
    paused_to_ask: bool,
    /// The pain score on the pain check screen.
    pub(super) pain_before: Option<u8>,
    /// `--start`: start once the sound output is ready (or has had its chance), so the first
    /// "get ready" is heard.
    pub(super) start_when_ready: Option<Instant>,
    /// The session being recorded (or last recorded).
    pub(super) id: Option<String>,
    /// The feedback as last sent, and since when the summary's differs.
    feedback_sent: Feedback,
    feedback_changed: Option<Instant>,
    /// The sound output was told to stay open (a session is running).
    sound_held: bool,
}

impl SessionState {
    /// No session yet; `start` starts one as soon as the sound output is ready.
    pub(super) fn new(start: bool) -> Self {
        Self {
            runner: None,
            summary: None,
            confirm_end: false,
            paused_to_ask: false,
            pain_before: None,
            start_when_ready: start.then(Instant::now),
            id: None,
            feedback_sent: Feedback::default(),
            sound_held: false,
            feedback_changed: None,
        }
    }

    /// Starts a session on `loaded`, recording it, with the pain score given before it.
    pub(super) fn start(&mut self, loaded: &Loaded, pain: Option<u8>, deps: &Deps) {
        self.pain_before = pain;
        let ctx = deps.ctx.clone();
        let on_change = move || repaint::now(&ctx, Why::SessionStep);
        let (clock, sink) = (deps.clock.clone(), deps.sink.clone());
        let session = loaded.session.clone();
        let runner = if deps.session_thread {
            Runner::spawn(session, clock, sink, on_change)
        } else {
            Runner::manual(session, clock, sink, on_change)
        };
        let lead = deps.start_lead;
        self.record(loaded, &runner, pain, deps);
        runner.command(|s, now| s.start(now + lead));
        // For checking cue timing against a recording: the wall-clock moment the plan starts.
        if let Ok(unix) =
            (std::time::SystemTime::now() + lead).duration_since(std::time::UNIX_EPOCH)
        {
            log::info!("session started at unix time {:.6}", unix.as_secs_f64());
        }
        self.runner = Some(runner);
        self.summary = None;
        self.confirm_end = false;
        self.paused_to_ask = false;
    }

    /// Steers the running session; `false` when the command is not about the session.
    pub(super) fn steer(&mut self, command: &Command) -> bool {
        let Some(runner) = &self.runner else {
            return matches!(command, Command::AskEnd | Command::CancelEnd);
        };
        match command {
            Command::TogglePause => runner.command(|s, now| s.toggle_pause(now)),
            Command::NextStep => runner.command(|s, now| s.next_step(now)),
            Command::PreviousStep => runner.command(|s, now| s.previous_step(now)),
            Command::RestartExercise => runner.command(|s, now| s.restart_exercise(now)),
            Command::RepDone => runner.command(|s, now| s.rep_done(now)),
            // The session waits while the question is asked, and goes on if the answer is no.
            Command::AskEnd if !self.confirm_end => {
                self.confirm_end = true;
                self.paused_to_ask = runner.with(|s| s.state() == State::Running);
                if self.paused_to_ask {
                    runner.command(|s, now| s.pause(now));
                }
            }
            Command::AskEnd => {}
            Command::CancelEnd => {
                self.confirm_end = false;
                if std::mem::take(&mut self.paused_to_ask) {
                    runner.command(|s, now| s.resume(now));
                }
            }
            Command::EndSession => {
                self.confirm_end = false;
                runner.command(|s, now| s.finish_early(now, EndReason::User));
            }
            Command::StopForPain => {
                self.confirm_end = false;
                runner.command(|s, now| s.finish_early(now, EndReason::Pain));
            }
            _ => return false,
        }
        true
    }

    /// Moves the session on (tests without a session thread) and, once it has finished, makes
    /// its summary. `saved` says whether the record is already in the history. Returns `true`
    /// when the session has just finished.
    pub(super) fn follow(&mut self, loaded: &Loaded, saved: impl Fn(&str) -> bool) -> bool {
        let Some(runner) = &self.runner else {
            return false;
        };
        runner.pump();
        if !runner.with(Session::is_finished) {
            return false;
        }
        let (record, caution) = runner.with(|s| {
            // The exercise being done: the place a stop is recorded at, or the last one.
            let caution = s
                .current()
                .or_else(|| s.timeline().steps.last())
                .map(|step| Stopped::at(step, s.timeline()).exercise)
                .and_then(|i| loaded.routine.exercises.get(i))
                .and_then(|e| e.caution.clone());
            (s.record(), caution)
        });
        let saved = match &self.id {
            Some(id) if saved(id) => Saved::Saved,
            Some(_) => Saved::Saving,
            None => Saved::NotKept,
        };
        self.summary = Some(Summary {
            pain_before: self.pain_before,
            saved,
            record,
            caution,
            feedback: Feedback::default(),
        });
        self.confirm_end = false;
        true
    }

    /// Keeps the sound output open from the pain check before a session until the session is
    /// over, paused included (the first cue after resuming is then on its beat, with no device
    /// to open first), and lets it close a few idle seconds after: an open output costs CPU on
    /// every sample.
    pub(super) fn hold_sound(&mut self, deps: &Deps, about_to_start: bool) {
        let going = about_to_start
            || self
                .runner
                .as_ref()
                .is_some_and(|r| r.with(|s| !s.is_finished()));
        if going != self.sound_held {
            self.sound_held = going;
            deps.sink.keep_open(going);
        }
    }

    /// Back to no session (the summary has been left).
    pub(super) fn close(&mut self) {
        self.runner = None;
        self.confirm_end = false;
    }

    /// Whether the record of session `id` is the one on the summary: it is now `saved`.
    pub(super) fn recorded(&mut self, id: &str, saved: Saved) {
        if self.id.as_deref() == Some(id)
            && let Some(summary) = &mut self.summary
            && summary.saved == Saved::Saving
        {
            summary.saved = saved;
        }
    }

    /// A problem writing the history: shown on the summary when it is waiting for its record
    /// (`None`), otherwise handed back for the History screen.
    pub(super) fn record_failed(&mut self, message: String) -> Option<String> {
        match &mut self.summary {
            Some(summary) if summary.saved == Saved::Saving => {
                summary.saved = Saved::Failed(message);
                None
            }
            _ => Some(message),
        }
    }

    /// The summary's feedback, once it has settled (or at once with `now`) and when it differs
    /// from what was last sent, to be written and shown in the history.
    pub(super) fn settled_feedback(&mut self, now: bool, deps: &Deps) -> Option<FeedbackLine> {
        let (Some(summary), Some(id)) = (&self.summary, &self.id) else {
            return None;
        };
        deps.recorder.as_ref()?;
        if summary.feedback == self.feedback_sent {
            self.feedback_changed = None;
            return None;
        }
        let since = *self.feedback_changed.get_or_insert_with(Instant::now);
        if !now && since.elapsed() < FEEDBACK_SETTLE {
            let wait = FEEDBACK_SETTLE.saturating_sub(since.elapsed());
            repaint::ask(&deps.ctx, Why::Settle, wait);
            return None;
        }
        self.feedback_sent = summary.feedback.clone();
        self.feedback_changed = None;
        Some(FeedbackLine {
            id: id.clone(),
            feedback: summary.feedback.tidy(),
        })
    }

    /// Starts recording the session `runner` is about to start, `deps.start_lead` from now.
    fn record(&mut self, loaded: &Loaded, runner: &Runner, pain: Option<u8>, deps: &Deps) {
        self.id = None;
        self.feedback_sent = Feedback::default();
        self.feedback_changed = None;
        let Some(recorder) = deps.recorder.clone() else {
            return;
        };
        let wall = deps.clock.wall_now();
        let started = jiff::SignedDuration::try_from(deps.start_lead)
            .ok()
            .and_then(|lead| wall.checked_add(lead).ok())
            .unwrap_or(wall);
        let id = format!(
            "{}-{:03}",
            started.strftime("%Y%m%dT%H%M%SZ"),
            started.subsec_millisecond()
        );
        let mut header = Header::new(
            id.clone(),
            started,
            &loaded.routine,
            &loaded.timeline,
            loaded.routine.source_sha256.clone(),
            loaded.origin_text(),
        );
        header.pain_before = pain;
        header.started_above_limit = pain.is_some_and(|p| loaded.routine.pain.too_much_to_start(p));
        header.programme = loaded
            .routine
            .schedule
            .clone()
            .map(|schedule| ProgrammeMark {
                week: loaded.week.unwrap_or(1),
                date: crate::report::local_date(started, &deps.time_zone),
                schedule,
            });
        recorder.send(Message::Begin(Box::new(header)));
        let session_id = id.clone();
        runner.on_events(Box::new(move |session, events| {
            recorder.send(Message::Lines {
                id: session_id.clone(),
                lines: journal::lines(session, &events),
            });
        }));
        self.id = Some(id);
    }
}
