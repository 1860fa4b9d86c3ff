//! `eframe::App` for the window: each frame takes what the background threads finished, hands
//! each screen what it shows, and applies what the person asked for after layout.

use std::time::Duration;

use eframe::egui;

use super::commands::{Scope, not_during_session};
use super::history::Recorded;
use super::repaint::{self, Why};
use super::settings::Keep;
use super::{RepcueApp, Screen};
use crate::audio::{Output, Speech};
use crate::session::Saved;
use crate::store::settings::SoundMode;
use crate::t;
use crate::ui::{Command, dialogs, history, overview, pain_check, player, settings, summary};
use crate::worker::Done;

/// The least texture side the window asks for (egui's own portable default).
const TEXTURE_SIDE_MIN: usize = 2048;

/// How long `--start` waits for the sound output before starting without it.
const AUDIO_WAIT: Duration = Duration::from_secs(2);

impl eframe::App for RepcueApp {
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.keep_feedback(true);
        self.keep_settings(Keep::Closing);
        // Closing waits for the history to be written, and says so when it could not be.
        if let Some(recorder) = &self.deps.recorder
            && let Err(err) = recorder.flush()
        {
            log::error!("{err}");
            eprintln!("repcue: {err}"); // not translated: the program name before the error
        }
    }

    /// The screen's background is the cleared window: no panel paints over all of it again,
    /// which in software rendering is most of a frame's cost.
    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    /// Textures sized for the screen ([`texture_side`]): egui packs glyphs in rows as wide as
    /// the largest texture the renderer takes (16384 in software GL), so one row of big
    /// countdown digits would cost 16 MB, kept twice (egui's copy and the renderer's), and sent
    /// whole each time the atlas grows. Pictures are never over 400 px.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        let Some(renderer) = raw_input.max_texture_side else {
            return;
        };
        let viewport = raw_input.viewports.get(&raw_input.viewport_id);
        let scale = viewport
            .and_then(|v| v.native_pixels_per_point)
            .unwrap_or(1.0);
        let screen = viewport
            .and_then(|v| v.monitor_size)
            .or_else(|| raw_input.screen_rect.map(|r| r.size()))
            .map(|size| size.max_elem() * scale);
        raw_input.max_texture_side = Some(texture_side(renderer, screen));
    }

    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if let Some(stats) = &mut self.shell.stats {
            stats.frame(ctx, self.deps.sink.status().held_bytes);
        }
        if let Some(since) = self.session.start_when_ready {
            let waiting = self.deps.sink.status().output == Output::Starting;
            if waiting && since.elapsed() < AUDIO_WAIT {
                repaint::ask(ctx, Why::AudioWait, Duration::from_millis(50));
            } else {
                self.session.start_when_ready = None;
                // `--start` goes straight in: no pain check, nothing to press.
                self.apply(Command::BeginSession(None));
            }
        }
        self.take_results();
        self.take_reports();
        if !self.in_session() {
            // A new programme week brings its own plan (the day moved on, or the routine was
            // planned by another clock).
            self.routine.replan(&self.deps);
            // A programme's overview changes at midnight (the day, the week, what is due).
            if self.routine.loaded.file.schedule.is_some() {
                let wait = self.deps.until_tomorrow() + Duration::from_secs(1);
                repaint::ask(ctx, Why::Midnight, wait);
            }
        }
        self.keep_feedback(false);
        self.keep_settings(Keep::Settled);
        self.dropped_files(ctx);
        self.shortcuts(ctx);
        if self.in_session() {
            let history = &self.history;
            if self
                .session
                .follow(&self.routine.loaded, |id| history.contains(id))
            {
                self.show_screen(Screen::Summary);
            }
        }
        let about_to_start = self.screen == Screen::PainCheck;
        self.session.hold_sound(&self.deps, about_to_start);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        // The panels leave the background to `clear_color`.
        ui.visuals_mut().panel_fill = egui::Color32::TRANSPARENT;
        let mut commands = self.screen_ui(ui);
        if self.session.confirm_end
            && let Some(answer) = dialogs::confirm_end(ui.ctx())
        {
            commands.push(answer);
        }
        if self.shell.help
            && let Some(answer) = dialogs::help(ui.ctx())
        {
            commands.push(answer);
        }
        if !self.in_session() && ui.ctx().input(|i| !i.raw.hovered_files.is_empty()) {
            super::input::drop_hint(ui.ctx());
        }
        for command in commands {
            self.apply(command);
        }
        if !self.shell.first_frame_reported {
            self.shell.first_frame_reported = true;
            if std::env::var_os("REPCUE_REPORT_FIRST_FRAME").is_some() {
                eprintln!(
                    "repcue: first frame after {} ms", // not translated: a measurement for developers
                    self.shell.started_at.elapsed().as_millis()
                );
            }
        }
    }
}

impl RepcueApp {
    /// Draws the screen that is up, from what its owners hold.
    fn screen_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let fullscreen = self.shell.fullscreen;
        let notice = self.shell.notice.as_deref();
        match self.screen {
            Screen::Overview => {
                let status = self.deps.sink.status();
                let sound_notice = self.sound_notice();
                let sound = self.settings.current.sound;
                // What the overview says when the routine's own words cannot be spoken.
                let speech_unavailable = t!("app-speech-unavailable");
                let speech_notice = match &status.speech {
                    Speech::Unavailable(why) if sound.enabled && sound.mode == SoundMode::Voice => {
                        Some((speech_unavailable.as_str(), why.as_str()))
                    }
                    _ => None,
                };
                let today = self.deps.today();
                let routine = &mut self.routine;
                let last_week = routine.loaded.last_week();
                let view = overview::OverviewView {
                    sound,
                    sound_notice: sound_notice.as_ref().map(|(n, d)| (n.as_str(), d.as_str())),
                    speech_notice,
                    sound_problems: &status.problems,
                    routine: &routine.loaded.routine,
                    timeline: &routine.loaded.timeline,
                    origin: &routine.loaded.origin_text(),
                    images: &routine.images,
                    error: routine.error.as_deref(),
                    notice,
                    recent: &routine.recent,
                    loading: routine.loading,
                    fullscreen,
                    history_notice: self.history.notices.first().map(String::as_str),
                    programme: self.history.programme_view(&routine.loaded.file, today),
                    last_week: last_week.as_ref(),
                    handout: routine
                        .handout
                        .as_ref()
                        .map(|(ok, text)| (*ok, text.as_str())),
                };
                overview::show(ui, &view, &mut routine.path_input)
            }
            Screen::Player => match &self.session.runner {
                Some(runner) => {
                    let snapshot = runner.snapshot();
                    let no_sound = matches!(self.deps.sink.status().output, Output::Unavailable(_));
                    let view = player::PlayerView {
                        snapshot: &snapshot,
                        routine: &self.routine.loaded.routine,
                        images: &self.routine.images,
                        muted: !self.settings.current.sound.enabled,
                        no_sound,
                        notice,
                        fullscreen,
                    };
                    let commands = player::show(ui, &view);
                    if let Some(wait) = super::input::next_repaint(&snapshot) {
                        repaint::ask(ui.ctx(), Why::Countdown, wait);
                    }
                    commands
                }
                None => Vec::new(),
            },
            Screen::Summary => match &mut self.session.summary {
                Some(summary) => summary::show(ui, summary, &self.routine.loaded.routine),
                None => vec![Command::BackToOverview],
            },
            Screen::PainCheck => {
                let warnings = crate::safety::Warnings::of(&self.routine.loaded.routine);
                let limits = self.routine.loaded.routine.pain;
                pain_check::show(
                    ui,
                    &mut self.session.pain_before,
                    limits,
                    &warnings,
                    fullscreen,
                )
            }
            Screen::History => {
                let view = history::HistoryView {
                    model: self.history.model.as_ref(),
                    selected: self.history.selected.as_deref(),
                    notices: &self.history.notices,
                    tz: &self.deps.time_zone,
                    fullscreen,
                    programmes: &self.history.programmes,
                };
                history::show(ui, &view, &mut self.history.export)
            }
            Screen::Settings => {
                let sound_notice = self.sound_notice();
                let mut problems = self.settings.problems.clone();
                problems.extend(notice.map(str::to_string));
                let now = self
                    .deps
                    .clock
                    .wall_now()
                    .to_zoned_datetime(self.deps.time_zone.clone())
                    .datetime();
                let view = settings::SettingsView {
                    settings: self.settings.current,
                    reminders: self.reminders.view(&self.routine.loaded, now),
                    problems: &problems,
                    paths: self.deps.paths.as_ref(),
                    sound_notice: sound_notice.as_ref().map(|(n, d)| (n.as_str(), d.as_str())),
                    fullscreen,
                };
                settings::show(ui, &view)
            }
        }
    }

    /// A line about sound for the screens, when there is something to say, with the device's
    /// own words for the details.
    fn sound_notice(&self) -> Option<(String, String)> {
        match self.deps.sink.status().output {
            Output::Unavailable(reason) => Some((t!("app-no-sound"), reason)),
            _ => None,
        }
    }

    /// Sends what the worker finished to the owners it belongs to.
    fn take_results(&mut self) {
        for done in self.deps.worker.poll() {
            match done {
                // A routine that finishes loading during a session must not replace the one
                // the session is walking.
                Done::Routine { path, .. } if !self.allowed(Scope::Outside) => {
                    self.routine.refused();
                    self.shell.notice = Some(t!(
                        "app-not-opened-during-session",
                        path = path.display().to_string()
                    ));
                }
                Done::Routine { result, .. } => {
                    if result.is_ok() {
                        self.shell.notice = None;
                    }
                    self.routine.loaded(result, &self.deps);
                }
                Done::Image { index, tag, result } => {
                    self.routine.image(index, tag, result, &self.deps.ctx);
                }
                Done::Picked(Some(path)) => self.apply(Command::Open(path)),
                Done::Picked(None) => {}
                Done::SaveFailed(err) => {
                    log::warn!("{err}");
                    self.shell.notice = Some(err.to_string());
                }
                Done::SavePicked(kind, path) => self.history.picked(kind, path, &self.deps),
                Done::Exported(result) => self.history.exported(result),
                Done::HandoutWritten(result) => self.routine.handout_written(result),
                Done::Reminders(result) => self.reminders.done(result),
            }
        }
    }

    /// Sends what the recorder reported to the history and, for its session, the summary.
    fn take_reports(&mut self) {
        for report in self.history.take_reports(&self.deps) {
            match report {
                Recorded::Session(id) => self.session.recorded(&id, Saved::Saved),
                Recorded::Problem(message) => {
                    if let Some(message) = self.session.record_failed(message) {
                        self.history.notices.push(message);
                    }
                }
            }
        }
    }

    /// A file dropped on the window: opened when no session runs.
    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        let Some(file) = dropped.into_iter().next() else {
            return;
        };
        if !self.allowed(Scope::Outside) {
            self.shell.notice = Some(not_during_session());
            return;
        }
        self.shell.notice = self.routine.open_dropped(file, &self.deps).err();
    }
}

/// The texture side to ask for on a screen `screen` pixels along its longer side: twice that,
/// so the countdown's ten digits at the largest size the player draws them (about the window's
/// height) fit in the font atlas in two rows and never overflow it, in a power of two between
/// [`TEXTURE_SIDE_MIN`] and what the renderer takes (`renderer`).
fn texture_side(renderer: usize, screen: Option<f32>) -> usize {
    let wanted = screen.map_or(2 * TEXTURE_SIDE_MIN, |px| {
        ((2.0 * px.clamp(0.0, 65536.0)).ceil() as usize).next_power_of_two()
    });
    wanted.max(TEXTURE_SIDE_MIN).min(renderer)
}

#[cfg(test)]
mod tests {
    use super::texture_side;

    #[test]
    fn textures_are_sized_for_the_screen_within_what_the_renderer_takes() {
        assert_eq!(texture_side(16384, Some(1280.0)), 4096);
        assert_eq!(texture_side(16384, Some(1920.0)), 4096);
        assert_eq!(texture_side(16384, Some(3840.0)), 8192);
        assert_eq!(texture_side(16384, Some(7680.0)), 16384);
        assert_eq!(texture_side(16384, Some(800.0)), 2048);
        assert_eq!(texture_side(16384, None), 4096);
        assert_eq!(texture_side(8192, Some(7680.0)), 8192);
        // A renderer that takes less than egui's default still gets only what it takes.
        assert_eq!(texture_side(1024, Some(1920.0)), 1024);
        assert_eq!(texture_side(16384, Some(f32::NAN)), 2048);
    }
}
