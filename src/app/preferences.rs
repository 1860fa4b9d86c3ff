//! Settings in the running app: theme and text size applied to the window, and the settings
//! file written shortly after each change (a dragged volume slider is one write, not sixty).

use std::time::{Duration, Instant};

use eframe::egui;

use super::{RepcueApp, ZOOM_STEPS};
use crate::store::settings::{self, Theme};
use crate::worker::Job;

/// How long settings stay unchanged before they are written.
const SETTLE: Duration = Duration::from_millis(400);

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

impl RepcueApp {
    /// Applies theme and text size to the window.
    pub(super) fn apply_display(&self) {
        self.ctx.set_theme(match self.theme {
            Theme::System => egui::ThemePreference::System,
            Theme::Light => egui::ThemePreference::Light,
            Theme::Dark => egui::ThemePreference::Dark,
        });
        self.ctx.set_zoom_factor(ZOOM_STEPS[self.zoom]);
    }

    /// Notes that settings changed; they are written once they settle.
    pub(super) fn settings_changed(&mut self) {
        self.settings_changed = Some(Instant::now());
        self.ctx.request_repaint_after(SETTLE);
    }

    /// Writes the settings when they changed, as `keep` says.
    pub(super) fn keep_settings(&mut self, keep: Keep) {
        let Some(since) = self.settings_changed else {
            return;
        };
        if keep == Keep::Settled && since.elapsed() < SETTLE {
            self.ctx
                .request_repaint_after(SETTLE.saturating_sub(since.elapsed()));
            return;
        }
        self.settings_changed = None;
        let current = self.settings();
        if current == self.settings_saved {
            return;
        }
        self.settings_saved = current;
        let Some(paths) = &self.options.paths else {
            return;
        };
        let config = paths.config.clone();
        let save = Box::new(move || {
            settings::save(&config, &current)
                .map_err(|err| format!("cannot save the settings: {err}"))
        });
        if keep == Keep::Closing {
            if let Err(message) = save() {
                log::warn!("{message}");
            }
        } else {
            self.options.worker.submit(Job::Save(save));
        }
    }
}
