//! Wiring: a small coordinator over the owners of the app's state — the routine on screen
//! ([`routine`]), the session ([`session`]), the history ([`history`]), the settings
//! ([`settings`]) and the reminders ([`reminders`]) — and `eframe::App` for the window
//! ([`frame`]). Each command goes to the owner that handles it ([`commands`]); one guard there
//! decides what a session allows.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;

mod commands;
mod frame;
mod history;
mod input;
mod reminders;
pub mod repaint;
mod routine;
mod session;
mod settings;
mod stats;

pub use reminders::ReminderOptions;

use crate::audio::SoundOutput;
use crate::clock::Clock;
use crate::loaded::Loaded;
use crate::routine::LoadError;
use crate::session::Summary;
use crate::store::recorder::Recorder;
use crate::store::settings::SoundSettings;
use crate::store::{self, Paths, settings as settings_file};
use crate::worker::Worker;

/// Which screen is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The routine and Start.
    Overview,
    /// A session is running.
    Player,
    /// A session has ended.
    Summary,
    /// "How is your pain right now?" before a session.
    PainCheck,
    /// Past sessions, charts and exports.
    History,
    /// Settings.
    Settings,
}

/// Everything the app is started with; tests pass fakes. Taken apart by [`RepcueApp::new`]:
/// the first routine, settings and recent list go to their owners, the rest is [`Deps`].
pub struct AppOptions {
    /// The routine to show first.
    pub routine: Loaded,
    /// Problems with the routine asked for on the command line (the bundled one is shown instead).
    pub error: Option<LoadError>,
    /// Go straight into the session.
    pub start: bool,
    /// Time source for sessions.
    pub clock: Arc<dyn Clock>,
    /// Background jobs.
    pub worker: Box<dyn Worker>,
    /// Where cues go.
    pub sink: Arc<dyn SoundOutput>,
    /// Run sessions on their own thread (the app) or pump them from frames (tests).
    pub session_thread: bool,
    /// Where state files live (`None`: keep nothing).
    pub paths: Option<Paths>,
    /// Recently opened routines.
    pub recent: Vec<PathBuf>,
    /// How long after Start the plan begins, so even the first cue can be placed on its beat
    /// ahead of time (zero in tests).
    pub start_lead: Duration,
    /// The person's settings as read, with any problems in the file.
    pub settings: settings_file::Loaded,
    /// Writes the history (`None`: nothing is recorded).
    pub recorder: Option<Arc<Recorder>>,
    /// The person's time zone, for dates in the history.
    pub time_zone: jiff::tz::TimeZone,
    /// Where exports are offered (the documents folder).
    pub export_folder: PathBuf,
    /// "Remind me" as read, and where its timer goes.
    pub reminders: ReminderOptions,
}

/// What every owner may use and none changes after start.
pub(crate) struct Deps {
    clock: Arc<dyn Clock>,
    worker: Box<dyn Worker>,
    sink: Arc<dyn SoundOutput>,
    session_thread: bool,
    paths: Option<Paths>,
    start_lead: Duration,
    recorder: Option<Arc<Recorder>>,
    time_zone: jiff::tz::TimeZone,
    export_folder: PathBuf,
    ctx: egui::Context,
}

impl Deps {
    /// Today in the person's time zone.
    fn today(&self) -> jiff::civil::Date {
        crate::report::local_date(self.clock.wall_now(), &self.time_zone)
    }

    /// Time left until tomorrow begins in the person's time zone (a day at most).
    fn until_tomorrow(&self) -> Duration {
        let now = self.clock.wall_now();
        let midnight = self
            .today()
            .tomorrow()
            .ok()
            .and_then(|day| day.to_zoned_datetime(self.time_zone.clone()).ok())
            .map(|zoned| zoned.timestamp());
        midnight
            .and_then(|midnight| Duration::try_from(midnight.duration_since(now)).ok())
            .unwrap_or(Duration::from_secs(24 * 60 * 60))
    }
}

/// The window itself: help, full screen, and the one notice for the person.
struct Shell {
    help: bool,
    fullscreen: bool,
    /// Something the person should know (a failed save, a routine not opened), until dismissed
    /// or replaced.
    notice: Option<String>,
    started_at: Instant,
    first_frame_reported: bool,
    /// `REPCUE_FRAME_STATS`: a line per frame on stderr, for the benchmark.
    stats: Option<stats::FrameStats>,
    /// Counts screen changes, so each screen opens at its top.
    visit: u64,
}

/// The Repcue window.
pub struct RepcueApp {
    deps: Deps,
    screen: Screen,
    shell: Shell,
    routine: routine::RoutineState,
    session: session::SessionState,
    history: history::HistoryState,
    settings: settings::SettingsState,
    reminders: reminders::ReminderState,
}

impl RepcueApp {
    /// Builds the app inside eframe (or the test harness).
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        crate::ui::theme::setup(&cc.egui_ctx);
        let AppOptions {
            routine,
            error,
            start,
            clock,
            worker,
            sink,
            session_thread,
            paths,
            recent,
            start_lead,
            settings,
            recorder,
            time_zone,
            export_folder,
            reminders,
        } = options;
        let deps = Deps {
            clock,
            worker,
            sink,
            session_thread,
            paths,
            start_lead,
            recorder,
            time_zone,
            export_folder,
            ctx: cc.egui_ctx.clone(),
        };
        let settings = settings::SettingsState::new(settings, &deps);
        let history = history::HistoryState::new(&deps);
        let routine = routine::RoutineState::new(routine, error, recent, &deps);
        let reminders = reminders::ReminderState::new(reminders, &routine.loaded, &deps);
        let session = session::SessionState::new(start && routine.error.is_none());
        deps.sink.set_routine(routine.loaded.sounds());
        Self {
            deps,
            screen: Screen::Overview,
            shell: Shell {
                help: false,
                fullscreen: false,
                notice: None,
                started_at: Instant::now(),
                first_frame_reported: false,
                stats: stats::FrameStats::from_env(&cc.egui_ctx),
                visit: 0,
            },
            routine,
            session,
            history,
            settings,
            reminders,
        }
    }

    /// The screen now up.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The loaded routine.
    pub fn loaded(&self) -> &Loaded {
        &self.routine.loaded
    }

    /// The summary of the last session, if any.
    pub fn summary(&self) -> Option<&Summary> {
        self.session.summary.as_ref()
    }

    /// Whether sound is muted.
    pub fn muted(&self) -> bool {
        !self.settings.current.sound.enabled
    }

    /// The sound settings.
    pub fn sound(&self) -> SoundSettings {
        self.settings.current.sound
    }

    /// The history, once opened.
    pub fn history(&self) -> Option<&store::history::History> {
        self.history.history.as_ref()
    }

    /// The settings as they stand (saved shortly after each change).
    pub fn settings(&self) -> settings_file::Settings {
        self.settings.current
    }

    /// The notice on screen, if any.
    pub fn notice(&self) -> Option<&str> {
        self.shell.notice.as_deref()
    }

    /// Puts `screen` up. A screen opens at its top each time it is shown again: its scroll
    /// areas are kept per visit.
    fn show_screen(&mut self, screen: Screen) {
        if self.screen != screen {
            self.shell.visit += 1;
            crate::ui::widgets::set_visit(&self.deps.ctx, self.shell.visit);
        }
        self.screen = screen;
    }

    /// Whether a session is running: the one question the guard in [`commands`] asks.
    fn in_session(&self) -> bool {
        self.screen == Screen::Player
    }
}
