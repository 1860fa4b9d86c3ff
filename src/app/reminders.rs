//! The reminders' owner: "Remind me" as set in Settings. Each change is written to
//! `reminders.toml` and turned into the systemd user timer by the worker, never on the UI
//! thread; what went wrong is shown under the setting.

use std::path::PathBuf;
use std::sync::Arc;

use super::Deps;
use crate::loaded::{Loaded, Origin};
use crate::reminders::units::{RemindCommand, Timer};
use crate::reminders::{self, ReminderSettings, next_reminder, time_text};
use crate::ui::Command;
use crate::ui::reminders::ReminderView;
use crate::worker::Job;

/// What the reminders start with; tests pass a fake timer.
pub struct ReminderOptions {
    /// "Remind me" as read, or what was wrong with its file.
    pub settings: Result<ReminderSettings, String>,
    /// Where the reminder timer goes (`None`: this system has none).
    pub timer: Option<Arc<dyn Timer>>,
    /// How the timer starts `repcue remind`.
    pub command: RemindCommand,
}

impl Default for ReminderOptions {
    fn default() -> Self {
        Self {
            settings: Ok(ReminderSettings::default()),
            timer: None,
            command: RemindCommand {
                program: PathBuf::from("repcue"),
                home: None,
            },
        }
    }
}

/// Where the last change stands.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    /// As set.
    Set,
    /// Being written.
    Applying,
    /// It failed: why.
    Failed(String),
}

/// The reminders.
pub(super) struct ReminderState {
    pub(super) settings: ReminderSettings,
    problem: Option<String>,
    timer: Option<Arc<dyn Timer>>,
    command: RemindCommand,
    status: Status,
    /// Whether the change being written is the person's (a failed one turns reminders off) or
    /// the timer set again at start (a failure is only shown).
    by_person: bool,
}

impl ReminderState {
    /// Takes the reminders as read. When they are on for the routine on screen, the timer is
    /// written again, so it runs this program (which may have moved since) at today's times.
    pub(super) fn new(options: ReminderOptions, loaded: &Loaded, deps: &Deps) -> Self {
        let (settings, problem) = match options.settings {
            Ok(settings) => (settings, None),
            Err(problem) => (ReminderSettings::default(), Some(problem)),
        };
        let mut state = Self {
            settings,
            problem,
            timer: options.timer,
            command: options.command,
            status: Status::Set,
            by_person: false,
        };
        if state.settings.enabled && state.timer.is_some() && state.for_loaded(loaded) {
            state.submit(loaded, deps, false);
        }
        state
    }

    /// Handles a reminder command; `false` when the command is not about reminders.
    pub(super) fn apply(&mut self, command: &Command, loaded: &Loaded, deps: &Deps) -> bool {
        match command {
            Command::SetReminders(on) => {
                self.settings.enabled = *on;
                if *on {
                    self.settings.routine = routine_path(loaded);
                }
            }
            Command::SetReminderTime(time) => self.settings.time = *time,
            Command::RemindThisRoutine => self.settings.routine = routine_path(loaded),
            _ => return false,
        }
        self.problem = None;
        self.submit(loaded, deps, true);
        true
    }

    /// The worker finished setting the reminders.
    pub(super) fn done(&mut self, result: Result<(), String>) {
        self.status = match result {
            Ok(()) => Status::Set,
            Err(why) => {
                // The worker turned them off in the file too (only for the person's change).
                if self.by_person {
                    self.settings.enabled = false;
                }
                Status::Failed(why)
            }
        };
    }

    /// Whether the reminders are for the routine on screen.
    fn for_loaded(&self, loaded: &Loaded) -> bool {
        self.settings.routine == routine_path(loaded)
    }

    /// Writes the settings and sets (or removes) the timer, in the background. Only the
    /// person's own change (`by_person`) is written to the file, and turned off if it fails.
    fn submit(&mut self, loaded: &Loaded, deps: &Deps, by_person: bool) {
        let Some(paths) = &deps.paths else {
            self.settings.enabled = false;
            self.status = Status::Failed(crate::t!("app-reminders-no-home"));
            return;
        };
        let schedule = self
            .for_loaded(loaded)
            .then_some(loaded.file.schedule.as_ref())
            .flatten();
        let times = self.settings.times(schedule);
        let (config, mut settings) = (paths.config.clone(), self.settings.clone());
        let (timer, command) = (self.timer.clone(), self.command.clone());
        self.status = Status::Applying;
        self.by_person = by_person;
        deps.worker.submit(Job::Reminders(Box::new(move || {
            let result = match (settings.enabled, &timer) {
                (true, Some(timer)) => timer
                    .install(&command, &times)
                    .map_err(|err| err.to_string()),
                (true, None) => Err(crate::reminders::units::UnitError::NoSystemd(crate::t!(
                    "app-reminders-no-systemd"
                ))
                .to_string()),
                (false, Some(timer)) => timer.remove().map_err(|err| err.to_string()),
                (false, None) => Ok(()),
            };
            if !by_person {
                return result;
            }
            if result.is_err() {
                settings.enabled = false;
            }
            reminders::save(&config, &settings)
                .map_err(|err| crate::t!("app-reminders-not-saved", error = err.to_string()))?;
            result
        })));
    }

    /// What the Settings screen shows of the reminders, as of `now` (local).
    pub(super) fn view(&self, loaded: &Loaded, now: jiff::civil::DateTime) -> ReminderView {
        let this_routine = !self.settings.enabled || self.for_loaded(loaded);
        let schedule = loaded.file.schedule.as_ref();
        let times = self.settings.times(schedule);
        let next = (self.settings.enabled && this_routine)
            .then(|| next_reminder(schedule, &times, now))
            .flatten()
            .map(|at| {
                crate::t!(
                    "app-next-reminder",
                    day = crate::format::day_text(at.date()),
                    time = time_text(at.time())
                )
            });
        let for_routine = match &self.settings.routine {
            None => crate::t!("app-reminders-for-bundled"),
            Some(path) if this_routine => format!("{} ({})", loaded.routine.title, path.display()),
            Some(path) => path.display().to_string(),
        };
        ReminderView {
            enabled: self.settings.enabled,
            time: self.settings.time,
            routine_times: reminders::routine_times(schedule),
            this_routine,
            for_routine,
            open_title: loaded.routine.title.clone(),
            schedule: schedule.map(crate::routine::words::schedule),
            next,
            applying: self.status == Status::Applying,
            failed: match &self.status {
                Status::Failed(why) => Some(why.clone()),
                _ => self.problem.clone(),
            },
        }
    }
}

/// The routine file reminders would be for (`None`: the bundled routine), as an absolute
/// path so the timer finds it from any folder.
fn routine_path(loaded: &Loaded) -> Option<PathBuf> {
    match &loaded.origin {
        Origin::Bundled => None,
        Origin::File(path) => Some(std::path::absolute(path).unwrap_or_else(|_| path.clone())),
    }
}
