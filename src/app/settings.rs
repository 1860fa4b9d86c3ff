//! The settings' owner: one [`Settings`] value edited in place, applied to the window and the
//! sound, and written shortly after each change (a dragged volume slider is one write, not
//! sixty) by the worker.

use std::time::{Duration, Instant};

use eframe::egui;

use super::Deps;
use super::repaint::{self, Why};
use crate::store::SaveError;
use crate::store::settings::SoundSettings;
use crate::store::settings::{self, Settings, TEXT_SIZES, Theme};
use crate::ui::Command;
use crate::worker::Job;

/// How long settings stay unchanged before they are written.
const SETTLE: Duration = Duration::from_millis(400);
/// The text size step "normal" is (Ctrl+0).
const TEXT_NORMAL: usize = 2;

/// When to write settings that changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Keep {
    /// Once they have settled, in the background.
    Settled,
    /// Now, in the background (leaving the Settings screen).
    Now,
    /// Now, on this thread (the app is closing; the worker may not get to it).
    Closing,
}

/// The person's settings.
pub(super) struct SettingsState {
    /// As they stand.
    pub(super) current: Settings,
    /// As last written.
    saved: Settings,
    /// Since when `current` differs from what was last handed to be written.
    changed: Option<Instant>,
    /// What was wrong with the settings file, for the Settings screen.
    pub(super) problems: Vec<String>,
}

impl SettingsState {
    /// Takes the settings as read and applies them to the window and the sound.
    pub(super) fn new(loaded: settings::Loaded, deps: &Deps) -> Self {
        for problem in &loaded.problems {
            log::warn!("{problem}");
        }
        let mut current = loaded.settings;
        // Only the offered sizes are used (Ctrl+= and Ctrl+- step through them).
        current.text_size = TEXT_SIZES[current.text_size_step()];
        let state = Self {
            current,
            saved: current,
            changed: None,
            problems: loaded.problems,
        };
        state.apply_display(&deps.ctx);
        deps.sink.set_settings(state.current.sound);
        state
    }

    /// Handles a settings command; `false` when the command is not about settings.
    pub(super) fn apply(&mut self, command: &Command, deps: &Deps) -> bool {
        let sound = self.current.sound;
        match *command {
            Command::ToggleMute => self.set_sound(
                SoundSettings {
                    enabled: !sound.enabled,
                    ..sound
                },
                deps,
            ),
            Command::SoundMode(mode) => self.set_sound(SoundSettings { mode, ..sound }, deps),
            Command::Volume(volume) => self.set_sound(
                SoundSettings {
                    volume: volume.clamp(0.0, 1.0),
                    ..sound
                },
                deps,
            ),
            Command::SetCountdown(countdown) => {
                self.set_sound(SoundSettings { countdown, ..sound }, deps);
            }
            Command::SetTheme(theme) => {
                self.current.theme = theme;
                self.apply_display(&deps.ctx);
                self.changed(deps);
            }
            Command::SetPainCheck(on) => {
                self.current.pain_check = on;
                self.changed(deps);
            }
            Command::SetLanguage(choice) => {
                self.current.language = choice;
                crate::i18n::set(choice.resolve());
                self.changed(deps);
            }
            Command::TextSize(step) => {
                let now = self.current.text_size_step();
                let next = match step {
                    0 => TEXT_NORMAL,
                    s if s > 0 => (now + 1).min(TEXT_SIZES.len() - 1),
                    _ => now.saturating_sub(1),
                };
                self.current.text_size = TEXT_SIZES[next];
                self.apply_display(&deps.ctx);
                self.changed(deps);
            }
            _ => return false,
        }
        true
    }

    fn set_sound(&mut self, sound: SoundSettings, deps: &Deps) {
        self.current.sound = sound;
        deps.sink.set_settings(sound);
        self.changed(deps);
    }

    /// Applies theme and text size to the window.
    fn apply_display(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.current.theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(TEXT_SIZES[self.current.text_size_step()]);
    }

    /// Notes that settings changed; they are written once they settle.
    fn changed(&mut self, deps: &Deps) {
        self.changed = Some(Instant::now());
        repaint::ask(&deps.ctx, Why::Settle, SETTLE);
    }

    /// Writes the settings when they changed, as `keep` says. A failed write while closing is
    /// returned (the worker reports the others).
    pub(super) fn keep(&mut self, keep: Keep, deps: &Deps) -> Result<(), SaveError> {
        let Some(since) = self.changed else {
            return Ok(());
        };
        if keep == Keep::Settled && since.elapsed() < SETTLE {
            repaint::ask(
                &deps.ctx,
                Why::Settle,
                SETTLE.saturating_sub(since.elapsed()),
            );
            return Ok(());
        }
        self.changed = None;
        if self.current == self.saved {
            return Ok(());
        }
        self.saved = self.current;
        let Some(paths) = &deps.paths else {
            return Ok(());
        };
        let (config, current) = (paths.config.clone(), self.current);
        let save = Box::new(move || settings::save(&config, &current).map_err(SaveError::Settings));
        if keep == Keep::Closing {
            save()
        } else {
            deps.worker.submit(Job::Save(save));
            Ok(())
        }
    }
}
