//! Keys and when to draw next: what reaches the app from outside its widgets.

use std::time::Duration;

use eframe::egui;

use super::RepcueApp;
use super::commands::scope;
use crate::session::State;
use crate::ui::Command;

/// How often the progress bar moves while a step runs.
const PROGRESS_TICK: Duration = Duration::from_millis(500);

impl RepcueApp {
    /// Global keys, read before any widget can take them.
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        let typing = ctx.text_edit_focused();
        let mut commands = Vec::new();
        ctx.input_mut(|input| {
            // A key is only taken when its command is allowed now, by the same rule the buttons
            // follow: Space, Enter and the arrows stay with the widgets outside a session.
            let mut key = |modifiers, key, command: Command| {
                if self.allowed(scope(&command)) && input.consume_key(modifiers, key) {
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
                key(Modifiers::NONE, Key::H, Command::ShowHistory);
            }
            key(Modifiers::COMMAND, Key::Comma, Command::ShowSettings);
            if !self.session.confirm_end && !self.shell.help {
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
}

/// When the player next needs drawing: the next countdown digit, or the next move of the
/// progress bar, whichever comes first.
pub(super) fn next_repaint(snapshot: &crate::session::Snapshot) -> Option<Duration> {
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

pub(super) fn drop_hint(ctx: &egui::Context) {
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
