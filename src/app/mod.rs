//! Wiring: the loaded routine, the session runner, the background worker and the screens;
//! `eframe::App` for the window.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;

mod commands;
mod input;
mod loaded;
mod preferences;
mod records;
mod routines;

pub use loaded::{Loaded, Origin};

use crate::audio::{CueSink, Output, SoundSettings};
use crate::clock::Clock;
use crate::routine::LoadError;
use crate::runner::Runner;
use crate::store::recorder::Recorder;
use crate::store::settings::{self as settings_file, Theme};
use crate::store::{self, Paths};
use crate::ui::history::{ExportForm, HistoryModel, PeriodChoice};
use crate::ui::summary::{Feedback, Summary};
use crate::ui::{
    self, Command, ImageSlot, dialogs, history, overview, pain_check, player, settings, summary,
};
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

/// Everything the app needs from outside; tests pass fakes.
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
    pub sink: Arc<dyn CueSink>,
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
}

/// Text size steps for Ctrl+= / Ctrl+-.
const ZOOM_STEPS: [f32; 7] = settings_file::TEXT_SIZES;
const ZOOM_NORMAL: usize = 2;
/// How long `--start` waits for the sound output before starting without it.
const AUDIO_WAIT: Duration = Duration::from_secs(2);
/// How often the progress bar moves while a step runs.
const PROGRESS_TICK: Duration = Duration::from_millis(500);

/// The Repcue window.
pub struct RepcueApp {
    options: AppOptions,
    loaded: Loaded,
    images: Vec<ImageSlot>,
    /// Bumped for each routine, so late image results for an older one are ignored.
    image_tag: u64,
    error: Option<Arc<LoadError>>,
    notice: Option<String>,
    loading: bool,
    screen: Screen,
    runner: Option<Runner>,
    summary: Option<Summary>,
    confirm_end: bool,
    help: bool,
    sound: SoundSettings,
    fullscreen: bool,
    zoom: usize,
    path_input: String,
    ctx: egui::Context,
    started_at: std::time::Instant,
    first_frame_reported: bool,
    /// `--start`: start once the sound output is ready (or has had its chance), so the first
    /// "get ready" is heard.
    start_when_ready: Option<std::time::Instant>,
    theme: Theme,
    pain_check: bool,
    settings_problems: Vec<String>,
    /// Settings as last written, and since when they differ.
    settings_saved: settings_file::Settings,
    settings_changed: Option<std::time::Instant>,
    /// The pain score on the pain check screen.
    pain_before: Option<u8>,
    /// `None` until the history has been opened.
    history: Option<store::history::History>,
    history_model: Option<HistoryModel>,
    history_notices: Vec<String>,
    period: PeriodChoice,
    /// The session shown in detail on the History screen (its id).
    selected: Option<String>,
    /// Feedback sent for sessions not in the history yet, applied when they arrive.
    feedback_waiting: std::collections::HashMap<String, store::history::Feedback>,
    export: ExportForm,
    /// The session being recorded (or last recorded), and its feedback as last sent.
    session_id: Option<String>,
    feedback_sent: Feedback,
    feedback_changed: Option<std::time::Instant>,
}

impl RepcueApp {
    /// Builds the app inside eframe (or the test harness).
    pub fn new(cc: &eframe::CreationContext<'_>, mut options: AppOptions) -> Self {
        ui::theme::setup(&cc.egui_ctx);
        let loaded_settings = std::mem::replace(
            &mut options.settings,
            settings_file::Loaded {
                settings: settings_file::Settings::default(),
                problems: Vec::new(),
            },
        );
        let saved = loaded_settings.settings;
        let mut app = Self {
            loaded: options.routine.clone(),
            error: options.error.take().map(Arc::new),
            images: Vec::new(),
            image_tag: 0,
            notice: None,
            loading: false,
            screen: Screen::Overview,
            runner: None,
            summary: None,
            confirm_end: false,
            help: false,
            sound: saved.sound_settings(),
            fullscreen: false,
            zoom: saved.text_size_step(),
            path_input: String::new(),
            ctx: cc.egui_ctx.clone(),
            started_at: std::time::Instant::now(),
            first_frame_reported: false,
            start_when_ready: None,
            theme: saved.theme,
            pain_check: saved.pain_check,
            settings_problems: loaded_settings.problems,
            settings_saved: saved,
            settings_changed: None,
            pain_before: None,
            history: None,
            history_model: None,
            history_notices: Vec::new(),
            period: PeriodChoice::default(),
            selected: None,
            feedback_waiting: std::collections::HashMap::new(),
            export: ExportForm::default(),
            session_id: None,
            feedback_sent: Feedback::default(),
            feedback_changed: None,
            options,
        };
        app.apply_display();
        app.export = app.default_export_form();
        app.load_images();
        if app.loaded.origin != Origin::Bundled {
            app.save_recent();
        }
        app.options.sink.set_settings(app.sound);
        app.options.sink.set_routine(app.loaded.sounds());
        if app.options.start && app.error.is_none() {
            app.start_when_ready = Some(std::time::Instant::now());
        }
        app
    }

    /// The screen now up.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The loaded routine.
    pub fn loaded(&self) -> &Loaded {
        &self.loaded
    }

    /// The summary of the last session, if any.
    pub fn summary(&self) -> Option<&Summary> {
        self.summary.as_ref()
    }

    /// Whether sound is muted.
    pub fn muted(&self) -> bool {
        !self.sound.enabled
    }

    /// The sound settings.
    pub fn sound(&self) -> SoundSettings {
        self.sound
    }

    /// The history, once opened.
    pub fn history(&self) -> Option<&store::history::History> {
        self.history.as_ref()
    }

    /// The settings as they stand (saved shortly after each change).
    pub fn settings(&self) -> settings_file::Settings {
        settings_file::Settings {
            theme: self.theme,
            text_size: ZOOM_STEPS[self.zoom],
            pain_check: self.pain_check,
            ..settings_file::Settings::from_sound(self.sound)
        }
    }
}

impl eframe::App for RepcueApp {
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.keep_feedback(true);
        self.keep_settings(preferences::Keep::Closing);
        if let Some(recorder) = &self.options.recorder
            && let Err(err) = recorder.flush()
        {
            log::error!("{err}");
        }
    }

    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if let Some(since) = self.start_when_ready {
            let waiting = self.options.sink.status().output == Output::Starting;
            if waiting && since.elapsed() < AUDIO_WAIT {
                ctx.request_repaint_after(Duration::from_millis(50));
            } else {
                self.start_when_ready = None;
                // `--start` goes straight in: no pain check, nothing to press.
                self.apply(Command::BeginSession(None));
            }
        }
        self.take_results();
        self.take_reports();
        self.keep_feedback(false);
        self.keep_settings(preferences::Keep::Settled);
        self.dropped_files(ctx);
        self.shortcuts(ctx);
        self.follow_session();
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let commands = match self.screen {
            Screen::Overview => {
                let status = self.options.sink.status();
                let sound_notice = self.sound_notice();
                let view = overview::OverviewView {
                    sound: self.sound,
                    sound_notice: sound_notice.as_deref(),
                    sound_problems: &status.problems,
                    routine: &self.loaded.routine,
                    timeline: &self.loaded.timeline,
                    origin: &self.loaded.origin_text(),
                    images: &self.images,
                    error: self.error.as_deref(),
                    notice: self.notice.as_deref(),
                    recent: &self.options.recent,
                    loading: self.loading,
                    fullscreen: self.fullscreen,
                    history_notice: self.history_notices.first().map(String::as_str),
                };
                overview::show(ui, &view, &mut self.path_input)
            }
            Screen::Player => match &self.runner {
                Some(runner) => {
                    let snapshot = runner.snapshot();
                    let no_sound =
                        matches!(self.options.sink.status().output, Output::Unavailable(_));
                    let view = player::PlayerView {
                        snapshot: &snapshot,
                        routine: &self.loaded.routine,
                        images: &self.images,
                        muted: !self.sound.enabled,
                        no_sound,
                        notice: self.notice.as_deref(),
                        fullscreen: self.fullscreen,
                    };
                    let commands = player::show(ui, &view);
                    if let Some(wait) = Self::next_repaint(&snapshot) {
                        ui.ctx().request_repaint_after(wait);
                    }
                    commands
                }
                None => Vec::new(),
            },
            Screen::Summary => match &mut self.summary {
                Some(summary) => summary::show(ui, summary, &self.loaded.routine),
                None => vec![Command::BackToOverview],
            },
            Screen::PainCheck => pain_check::show(ui, &mut self.pain_before, self.fullscreen),
            Screen::History => {
                let view = history::HistoryView {
                    model: self.history_model.as_ref(),
                    selected: self.selected.as_deref(),
                    notices: &self.history_notices,
                    tz: &self.options.time_zone,
                    fullscreen: self.fullscreen,
                };
                history::show(ui, &view, &mut self.export)
            }
            Screen::Settings => {
                let sound_notice = self.sound_notice();
                let view = settings::SettingsView {
                    settings: self.settings(),
                    problems: &self.settings_problems,
                    paths: self.options.paths.as_ref(),
                    sound_notice: sound_notice.as_deref(),
                    fullscreen: self.fullscreen,
                };
                settings::show(ui, &view)
            }
        };
        let mut commands = commands;
        if self.confirm_end
            && let Some(answer) = dialogs::confirm_end(ui.ctx())
        {
            commands.push(answer);
        }
        if self.help
            && let Some(answer) = dialogs::help(ui.ctx())
        {
            commands.push(answer);
        }
        if self.screen != Screen::Player && ui.ctx().input(|i| !i.raw.hovered_files.is_empty()) {
            input::drop_hint(ui.ctx());
        }
        for command in commands {
            self.apply(command);
        }
        if !self.first_frame_reported {
            self.first_frame_reported = true;
            if std::env::var_os("REPCUE_REPORT_FIRST_FRAME").is_some() {
                eprintln!(
                    "repcue: first frame after {} ms",
                    self.started_at.elapsed().as_millis()
                );
            }
        }
    }
}
