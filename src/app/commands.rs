//! What the person asked for, applied: starting and steering the session, opening routines,
//! sound, text size, full screen.

use std::path::PathBuf;
use std::time::Duration;

use eframe::egui;

use super::{RepcueApp, Screen, ZOOM_NORMAL, ZOOM_STEPS};
use crate::audio::{Output, SoundSettings};
use crate::runner::Runner;
use crate::session::{EndReason, Session};
use crate::ui::Command;
use crate::ui::summary::{Feedback, Saved, Summary};
use crate::worker::Job;

impl RepcueApp {
    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        // Whatever the person said about the last session is written before anything moves on,
        // and settings as the Settings screen is left.
        self.keep_feedback(true);
        if self.screen == Screen::Settings {
            self.keep_settings(super::preferences::Keep::Now);
        }
        match command {
            Command::Start | Command::BeginSession(_) if self.loading => {}
            Command::Start if self.pain_check && self.screen != Screen::Player => {
                self.pain_before = None;
                self.screen = Screen::PainCheck;
            }
            Command::Start => self.start_session(None),
            Command::BeginSession(pain) => self.start_session(pain),
            Command::TogglePause => self.session(|s, now| s.toggle_pause(now)),
            Command::NextStep => self.session(|s, now| s.next_step(now)),
            Command::PreviousStep => self.session(|s, now| s.previous_step(now)),
            Command::RestartExercise => self.session(|s, now| s.restart_exercise(now)),
            Command::RepDone => self.session(|s, now| s.rep_done(now)),
            Command::AskEnd => self.confirm_end = self.screen == Screen::Player,
            Command::CancelEnd => self.confirm_end = false,
            Command::EndSession => {
                self.confirm_end = false;
                self.session(|s, now| s.finish_early(now, EndReason::User));
            }
            Command::StopForPain => {
                self.confirm_end = false;
                self.session(|s, now| s.finish_early(now, EndReason::Pain));
            }
            Command::Open(path) => self.open(path),
            Command::OpenDialog => self.options.worker.submit(Job::PickRoutine),
            Command::DismissError => {
                self.error = None;
                self.notice = None;
            }
            Command::ShowHelp(show) => self.help = show,
            Command::ToggleFullscreen => {
                self.fullscreen = !self.fullscreen;
                self.ctx
                    .send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.fullscreen));
            }
            Command::SetCountdown(countdown) => self.set_sound(SoundSettings {
                countdown,
                ..self.sound
            }),
            Command::SetTheme(theme) => {
                self.theme = theme;
                self.apply_display();
                self.settings_changed();
            }
            Command::SetPainCheck(on) => {
                self.pain_check = on;
                self.settings_changed();
            }
            Command::ShowHistory => self.show_history(),
            Command::ShowSettings if self.screen != Screen::Player => {
                self.screen = Screen::Settings;
            }
            Command::ShowSettings => {}
            Command::SelectSession(id) => self.selected = id,
            Command::SetPeriod(period) => {
                self.period = period;
                self.selected = None;
                self.rebuild_history();
            }
            Command::Export(kind, path) => self.export(kind, path),
            Command::ChooseExportPath(kind) => self.choose_export_path(kind),
            Command::DismissHistoryNotices => self.history_notices.clear(),
            Command::ToggleMute => self.set_sound(SoundSettings {
                enabled: !self.sound.enabled,
                ..self.sound
            }),
            Command::SoundMode(mode) => self.set_sound(SoundSettings { mode, ..self.sound }),
            Command::Volume(volume) => self.set_sound(SoundSettings {
                volume: volume.clamp(0.0, 1.0),
                ..self.sound
            }),
            Command::TextSize(step) => {
                self.zoom = match step {
                    0 => ZOOM_NORMAL,
                    s if s > 0 => (self.zoom + 1).min(ZOOM_STEPS.len() - 1),
                    _ => self.zoom.saturating_sub(1),
                };
                self.ctx.set_zoom_factor(ZOOM_STEPS[self.zoom]);
                self.settings_changed();
            }
            Command::BackToOverview if self.screen == Screen::Player => {}
            Command::BackToOverview => {
                self.screen = Screen::Overview;
                self.selected = None;
                self.runner = None;
                self.notice = None;
            }
        }
        self.ctx.request_repaint();
    }

    pub(super) fn set_sound(&mut self, sound: SoundSettings) {
        self.sound = sound;
        self.options.sink.set_settings(sound);
        self.settings_changed();
    }

    /// A line about sound for the screens, when there is something to say.
    pub(super) fn sound_notice(&self) -> Option<String> {
        match self.options.sink.status().output {
            Output::Unavailable(reason) => Some(format!(
                "No sound: {reason}. Follow the screen; sound comes back when an output is available."
            )),
            _ => None,
        }
    }

    pub(super) fn open(&mut self, path: PathBuf) {
        if self.screen == Screen::Player {
            self.notice = Some("Finish or end the session before opening another routine.".into());
            return;
        }
        self.loading = true;
        self.notice = None;
        self.options.worker.submit(Job::LoadRoutine(path));
    }

    pub(super) fn start_session(&mut self, pain: Option<u8>) {
        if self.screen == Screen::Player {
            return;
        }
        self.pain_before = pain;
        let session = Session::new(self.loaded.timeline.clone());
        let ctx = self.ctx.clone();
        let repaint = move || ctx.request_repaint();
        let (clock, sink) = (self.options.clock.clone(), self.options.sink.clone());
        let runner = if self.options.session_thread {
            Runner::spawn(session, clock, sink, repaint)
        } else {
            Runner::manual(session, clock, sink, repaint)
        };
        let lead = self.options.start_lead;
        self.record_session(&runner, lead, pain);
        runner.command(|s, now| s.start(now + lead));
        // For checking cue timing against a recording: the wall-clock moment the plan starts.
        if let Ok(unix) =
            (std::time::SystemTime::now() + lead).duration_since(std::time::UNIX_EPOCH)
        {
            log::info!("session started at unix time {:.6}", unix.as_secs_f64());
        }
        self.runner = Some(runner);
        self.summary = None;
        self.screen = Screen::Player;
    }

    pub(super) fn session(&mut self, apply: impl FnOnce(&mut Session, Duration)) {
        if let Some(runner) = &self.runner
            && self.screen == Screen::Player
        {
            runner.command(apply);
        }
    }

    /// Moves to the summary once the session has finished.
    pub(super) fn follow_session(&mut self) {
        let Some(runner) = &self.runner else { return };
        if self.screen != Screen::Player {
            return;
        }
        runner.pump();
        if !runner.with(Session::is_finished) {
            return;
        }
        let (record, caution) = runner.with(|s| {
            // The exercise being done: during the rest and get-ready before an exercise, the
            // one just finished (those steps belong to the next exercise).
            let exercise = s
                .current()
                .map(|step| {
                    let before_it = step.kind == crate::timeline::StepKind::Prepare
                        || (step.kind == crate::timeline::StepKind::Rest && step.set.is_none());
                    if before_it && step.exercise > 0 {
                        step.exercise - 1
                    } else {
                        step.exercise
                    }
                })
                .or_else(|| s.timeline().steps.last().map(|step| step.exercise));
            let caution = exercise
                .and_then(|i| self.loaded.routine.exercises.get(i))
                .and_then(|e| e.caution.clone());
            (s.record(), caution)
        });
        let saved = if self.options.recorder.is_some() && self.session_id.is_some() {
            Saved::Saving
        } else {
            Saved::NotKept
        };
        let already = self
            .session_id
            .as_ref()
            .is_some_and(|id| self.history.as_ref().is_some_and(|h| h.contains(id)));
        self.summary = Some(Summary {
            pain_before: self.pain_before,
            saved: if already { Saved::Saved } else { saved },
            record,
            names: self
                .loaded
                .routine
                .exercises
                .iter()
                .map(|e| e.name.clone())
                .collect(),
            caution,
            feedback: Feedback::default(),
        });
        self.confirm_end = false;
        self.screen = Screen::Summary;
    }
}
