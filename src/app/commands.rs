//! What the person asked for, sent to the owner that handles it — after the one guard that
//! decides what may happen while a session runs.

use eframe::egui;

use super::repaint::{self, Why};
use super::settings::Keep;
use super::{RepcueApp, Screen};
use crate::ui::Command;
use crate::worker::Job;

/// When a command may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// Only during a session: steering it.
    Session,
    /// Any time: how the app looks and sounds, help.
    Anytime,
    /// Only when no session runs: opening routines, other screens, starting a session.
    Outside,
}

/// The one rule for what a session allows: steering it, and whatever changes how it looks or
/// sounds; nothing that would leave it or replace its routine.
pub(super) fn scope(command: &Command) -> Scope {
    use Command::*;
    match command {
        TogglePause | NextStep | PreviousStep | RestartExercise | RepDone | AskEnd | CancelEnd
        | EndSession | StopForPain => Scope::Session,
        ShowHelp(_) | ToggleFullscreen | ToggleMute | SoundMode(_) | Volume(_) | TextSize(_)
        | DismissError => Scope::Anytime,
        Start
        | BeginSession(_)
        | Open(_)
        | OpenDialog
        | BackToOverview
        | ShowHistory
        | PrintHandout
        | ShowSettings
        | SetCountdown(_)
        | SetTheme(_)
        | SetLanguage(_)
        | SetPainCheck(_)
        | SetReminders(_)
        | SetReminderTime(_)
        | RemindThisRoutine
        | SelectSession(_)
        | SetPeriod(_)
        | Export(..)
        | ChooseExportPath(_)
        | DismissHistoryNotices => Scope::Outside,
    }
}

/// What the person is told when they try to open a routine during a session.
pub(super) fn not_during_session() -> String {
    crate::t!("app-not-during-session")
}

impl RepcueApp {
    /// Whether commands of `scope` may be used now.
    pub(super) fn allowed(&self, scope: Scope) -> bool {
        match scope {
            Scope::Session => self.in_session(),
            Scope::Anytime => true,
            Scope::Outside => !self.in_session(),
        }
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        // Whatever the person said about the last session is written before anything moves on,
        // and settings as the Settings screen is left.
        self.keep_feedback(true);
        if self.screen == Screen::Settings {
            self.keep_settings(Keep::Now);
        }
        if !self.allowed(scope(&command)) {
            if matches!(command, Command::Open(_) | Command::OpenDialog) {
                self.shell.notice = Some(not_during_session());
            }
            return;
        }
        let deps = &self.deps;
        let handled = self.session.steer(&command)
            || self.settings.apply(&command, deps)
            || self.history.apply(&command, deps)
            || self.reminders.apply(&command, &self.routine.loaded, deps);
        if let Command::SetLanguage(_) = command {
            self.routine.follow_language(&self.deps);
        }
        if !handled {
            self.navigate(command);
        }
        repaint::now(&self.deps.ctx, Why::Command);
    }

    /// Commands that move between screens, open routines or change the window.
    fn navigate(&mut self, command: Command) {
        match command {
            Command::Start | Command::BeginSession(_) if self.routine.loading => {}
            Command::Start if self.settings.current.pain_check => {
                self.session.pain_before = None;
                self.show_screen(Screen::PainCheck);
            }
            Command::Start => self.start_session(None),
            Command::BeginSession(pain) => self.start_session(pain),
            Command::Open(path) => {
                self.shell.notice = None;
                self.routine.open(path, &self.deps);
            }
            Command::OpenDialog => self.deps.worker.submit(Job::PickRoutine),
            Command::DismissError => {
                self.routine.error = None;
                self.shell.notice = None;
            }
            Command::ShowHelp(show) => self.shell.help = show,
            Command::ToggleFullscreen => {
                self.shell.fullscreen = !self.shell.fullscreen;
                self.deps
                    .ctx
                    .send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.shell.fullscreen));
            }
            Command::ShowHistory => {
                self.history.rebuild(&self.deps);
                self.show_screen(Screen::History);
            }
            Command::ShowSettings => self.show_screen(Screen::Settings),
            Command::PrintHandout => self.routine.print_handout(&self.deps),
            Command::BackToOverview => {
                self.show_screen(Screen::Overview);
                self.history.selected = None;
                self.session.close();
                self.shell.notice = None;
            }
            // Handled by their owners before this point.
            _ => {}
        }
    }

    fn start_session(&mut self, pain: Option<u8>) {
        self.session.start(&self.routine.loaded, pain, &self.deps);
        self.show_screen(Screen::Player);
    }

    /// Sends the summary's feedback once it has settled (or at once with `now`).
    pub(super) fn keep_feedback(&mut self, now: bool) {
        if let Some(line) = self.session.settled_feedback(now, &self.deps) {
            self.history.feedback(line, &self.deps);
        }
    }

    /// Writes the settings as `keep` says; a failure is shown.
    pub(super) fn keep_settings(&mut self, keep: Keep) {
        if let Err(err) = self.settings.keep(keep, &self.deps) {
            log::warn!("{err}");
            self.shell.notice = Some(err.to_string());
        }
    }
}
