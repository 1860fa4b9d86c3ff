//! Wiring: the loaded routine, the session runner, the background worker and the screens;
//! `eframe::App` for the window.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;

use crate::audio::{CueSink, Output, RoutineSounds, SoundSettings};
use crate::clock::Clock;
use crate::routine::{LoadError, Routine};
use crate::runner::Runner;
use crate::session::{EndReason, Session, State};
use crate::store::{self, Paths};
use crate::timeline::Timeline;
use crate::ui::summary::{Feedback, Summary};
use crate::ui::{self, Command, ImageSlot, dialogs, illustration, overview, player, summary};
use crate::worker::{Done, Job, Worker};

/// Where a routine came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The routine embedded in the program.
    Bundled,
    /// A file on disk.
    File(PathBuf),
}

/// A routine ready to run.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The routine.
    pub routine: Routine,
    /// Where it came from.
    pub origin: Origin,
    /// Its plan.
    pub timeline: Arc<Timeline>,
}

impl Loaded {
    /// Compiles the plan of a routine.
    pub fn new(routine: Routine, origin: Origin) -> Self {
        let timeline = Arc::new(Timeline::new(&routine));
        Self {
            routine,
            origin,
            timeline,
        }
    }

    /// The routine's folder, where its pictures and clips live.
    pub fn folder(&self) -> Option<PathBuf> {
        match &self.origin {
            Origin::File(path) => Some(match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                _ => PathBuf::from("."),
            }),
            Origin::Bundled => None,
        }
    }

    fn sounds(&self) -> RoutineSounds {
        let folder = self.folder();
        RoutineSounds {
            timeline: self.timeline.clone(),
            exercises: self
                .routine
                .exercises
                .iter()
                .map(|e| {
                    let intro = e
                        .intro_audio
                        .clone()
                        .and_then(|clip| Some((folder.clone()?, clip)));
                    (e.name.clone(), intro)
                })
                .collect(),
        }
    }

    fn origin_text(&self) -> String {
        match &self.origin {
            Origin::Bundled => "bundled routine".to_string(),
            Origin::File(path) => path.display().to_string(),
        }
    }
}

/// Which screen is up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The routine and Start.
    Overview,
    /// A session is running.
    Player,
    /// A session has ended.
    Summary,
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
}

/// Text size limits for Ctrl+= / Ctrl+-.
const ZOOM_STEPS: [f32; 7] = [0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75];
const ZOOM_NORMAL: usize = 2;
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
}

impl RepcueApp {
    /// Builds the app inside eframe (or the test harness).
    pub fn new(cc: &eframe::CreationContext<'_>, mut options: AppOptions) -> Self {
        ui::theme::setup(&cc.egui_ctx);
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
            sound: SoundSettings::default(),
            fullscreen: false,
            zoom: ZOOM_NORMAL,
            path_input: String::new(),
            ctx: cc.egui_ctx.clone(),
            started_at: std::time::Instant::now(),
            first_frame_reported: false,
            options,
        };
        app.load_images();
        if app.loaded.origin != Origin::Bundled {
            app.save_recent();
        }
        app.options.sink.set_settings(app.sound);
        app.options.sink.set_routine(app.loaded.sounds());
        if app.options.start && app.error.is_none() {
            app.apply(Command::Start);
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

    fn load_images(&mut self) {
        self.image_tag += 1;
        let folder = match &self.loaded.origin {
            Origin::File(path) => path.parent().map(|p| {
                if p.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    p.to_path_buf()
                }
            }),
            Origin::Bundled => None,
        };
        self.images = self
            .loaded
            .routine
            .exercises
            .iter()
            .enumerate()
            .map(|(index, exercise)| {
                let tag = self.image_tag;
                match (&exercise.image, &folder) {
                    (Some(relative), Some(folder)) => {
                        self.options.worker.submit(Job::LoadImage {
                            index,
                            tag,
                            folder: folder.clone(),
                            relative: relative.clone(),
                        });
                        ImageSlot::Loading
                    }
                    (Some(_), None) => {
                        ImageSlot::Failed("the bundled routine has no picture folder".into())
                    }
                    (None, _) => match illustration::for_exercise(&exercise.name) {
                        Some(svg) => {
                            self.options
                                .worker
                                .submit(Job::RenderSvg { index, tag, svg });
                            ImageSlot::Loading
                        }
                        None => ImageSlot::None,
                    },
                }
            })
            .collect();
    }

    fn take_results(&mut self) {
        for done in self.options.worker.poll() {
            match done {
                // A routine that finishes loading during a session must not replace the one
                // the session is walking.
                Done::Routine { path, .. } if self.screen == Screen::Player => {
                    self.loading = false;
                    self.notice = Some(format!(
                        "{} was not opened because a session was running.",
                        path.display()
                    ));
                }
                Done::Routine { path, result } => {
                    self.loading = false;
                    match result {
                        Ok(routine) => {
                            self.switch_routine(Loaded::new(routine, Origin::File(path)))
                        }
                        Err(err) => {
                            log::warn!("{err}");
                            self.error = Some(err);
                        }
                    }
                }
                Done::Image { index, tag, result } if tag == self.image_tag => {
                    let slot = match result {
                        Ok(image) => ImageSlot::Ready(self.ctx.load_texture(
                            format!("exercise-{tag}-{index}"),
                            image,
                            egui::TextureOptions::LINEAR,
                        )),
                        Err(message) => ImageSlot::Failed(message),
                    };
                    if let Some(place) = self.images.get_mut(index) {
                        *place = slot;
                    }
                }
                Done::Image { .. } => {}
                Done::Picked(Some(path)) => self.apply(Command::Open(path)),
                Done::Picked(None) => {}
                Done::SaveFailed(message) => log::warn!("{message}"),
            }
        }
    }

    /// Writes the recent-routines list in the background.
    fn save_recent(&self) {
        let Some(paths) = &self.options.paths else {
            return;
        };
        let config = paths.config.clone();
        let list = self.options.recent.clone();
        self.options.worker.submit(Job::Save(Box::new(move || {
            store::recent::save(&config, &list)
                .map_err(|err| format!("cannot save the recent routines list: {err}"))
        })));
    }

    fn switch_routine(&mut self, loaded: Loaded) {
        if let Origin::File(path) = &loaded.origin {
            store::recent::remember(&mut self.options.recent, path);
            self.save_recent();
        }
        self.loaded = loaded;
        self.error = None;
        self.notice = None;
        self.load_images();
        self.options.sink.set_routine(self.loaded.sounds());
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Start if self.loading => {}
            Command::Start => self.start_session(),
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
            }
            Command::BackToOverview => {
                self.screen = Screen::Overview;
                self.runner = None;
                self.notice = None;
            }
        }
        self.ctx.request_repaint();
    }

    fn set_sound(&mut self, sound: SoundSettings) {
        self.sound = sound;
        self.options.sink.set_settings(sound);
    }

    /// A line about sound for the screens, when there is something to say.
    fn sound_notice(&self) -> Option<String> {
        match self.options.sink.status().output {
            Output::Unavailable(reason) => Some(format!(
                "No sound: {reason}. Follow the screen; sound comes back when an output is available."
            )),
            _ => None,
        }
    }

    fn open(&mut self, path: PathBuf) {
        if self.screen == Screen::Player {
            self.notice = Some("Finish or end the session before opening another routine.".into());
            return;
        }
        self.loading = true;
        self.notice = None;
        self.options.worker.submit(Job::LoadRoutine(path));
    }

    fn start_session(&mut self) {
        if self.screen == Screen::Player {
            return;
        }
        let session = Session::new(self.loaded.timeline.clone());
        let ctx = self.ctx.clone();
        let repaint = move || ctx.request_repaint();
        let (clock, sink) = (self.options.clock.clone(), self.options.sink.clone());
        let runner = if self.options.session_thread {
            Runner::spawn(session, clock, sink, repaint)
        } else {
            Runner::manual(session, clock, sink, repaint)
        };
        runner.command(|s, now| s.start(now));
        // For checking cue timing against a recording: the wall-clock moment the plan starts.
        if let Ok(unix) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            log::info!("session started at unix time {:.6}", unix.as_secs_f64());
        }
        self.runner = Some(runner);
        self.summary = None;
        self.screen = Screen::Player;
    }

    fn session(&mut self, apply: impl FnOnce(&mut Session, Duration)) {
        if let Some(runner) = &self.runner
            && self.screen == Screen::Player
        {
            runner.command(apply);
        }
    }

    /// Moves to the summary once the session has finished.
    fn follow_session(&mut self) {
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
        self.summary = Some(Summary {
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

    /// Global keys, read before any widget can take them.
    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let typing = ctx.text_edit_focused();
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            let mut key = |modifiers, key, command| {
                if input.consume_key(modifiers, key) {
                    commands.push(command);
                }
            };
            key(Modifiers::NONE, Key::F1, Command::ShowHelp(true));
            key(Modifiers::NONE, Key::F11, Command::ToggleFullscreen);
            key(Modifiers::COMMAND, Key::Equals, Command::TextSize(1));
            key(Modifiers::COMMAND, Key::Plus, Command::TextSize(1));
            key(Modifiers::COMMAND, Key::Minus, Command::TextSize(-1));
            key(Modifiers::COMMAND, Key::Num0, Command::TextSize(0));
            if !typing {
                key(Modifiers::SHIFT, Key::Questionmark, Command::ShowHelp(true));
                key(Modifiers::NONE, Key::Questionmark, Command::ShowHelp(true));
                key(Modifiers::NONE, Key::M, Command::ToggleMute);
            }
            if self.screen == Screen::Player && !self.confirm_end && !self.help {
                key(Modifiers::NONE, Key::Space, Command::TogglePause);
                key(Modifiers::NONE, Key::ArrowRight, Command::NextStep);
                key(Modifiers::NONE, Key::ArrowLeft, Command::PreviousStep);
                key(Modifiers::NONE, Key::Enter, Command::RepDone);
                key(Modifiers::NONE, Key::Escape, Command::AskEnd);
            }
        });
        for command in commands {
            self.apply(command);
        }
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let Some(file) = dropped.into_iter().next() else {
            return;
        };
        if self.screen == Screen::Player {
            self.notice = Some("Finish or end the session before opening another routine.".into());
            return;
        }
        let is_toml = file
            .path()
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        if !is_toml {
            self.notice = Some(format!(
                "{} is not a routine file (.toml).",
                file.path().display()
            ));
            return;
        }
        self.loading = true;
        self.options.worker.submit(Job::LoadDropped(file));
    }

    /// When the player next needs drawing: the next countdown digit, or the next move of the
    /// progress bar, whichever comes first.
    fn next_repaint(snapshot: &crate::session::Snapshot) -> Option<Duration> {
        if snapshot.state != State::Running {
            return None;
        }
        let left = snapshot.step_left?;
        let to_next_digit = Duration::from_nanos((left.as_nanos() % 1_000_000_000) as u64);
        let to_next_digit = if to_next_digit.is_zero() {
            Duration::from_secs(1)
        } else {
            to_next_digit
        };
        Some(to_next_digit.min(PROGRESS_TICK))
    }
}

impl eframe::App for RepcueApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.take_results();
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
            drop_hint(ui.ctx());
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

fn drop_hint(ctx: &egui::Context) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop_hint"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(180));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        "Drop a routine file (.toml) to open it",
        egui::FontId::proportional(32.0),
        egui::Color32::WHITE,
    );
}
