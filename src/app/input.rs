//! Keys and when to draw next: what reaches the app from outside its widgets.

use std::time::Duration;

use eframe::egui;

use super::RepcueApp;
use super::commands::scope;
use crate::session::State;
use crate::ui::Command;

/// How long after a step's planned end the window draws anyway, should the session thread's
/// own request not have come.
const STEP_END_FALLBACK: Duration = Duration::from_millis(100);

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

/// When the player next needs drawing: when the countdown's digit changes (the progress bar
/// and the session's time left move with it), one frame a second. The step's end is the session
/// thread's to announce, the moment it moves on; this wait is only a fallback, a little later.
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
    Some(if to_next_digit >= left {
        left + STEP_END_FALLBACK
    } else {
        to_next_digit
    })
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
        crate::t!("app-drop-hint"),
        egui::FontId::proportional(32.0),
        egui::Color32::WHITE,
    );
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::session::Session;
    use crate::timeline::Timeline;

    /// A session of one exercise with 1.5 s phases, started at 0 and read at `at` seconds.
    fn snapshot_at(at: f64) -> crate::session::Snapshot {
        let routine = crate::routine::parse_str(
            "[routine]\ntitle = \"T\"\nprepare = 3\n[[exercise]]\nname = \"Bridge\"\nreps = 2\n\
             tempo = { up = 1.5, hold = 1.5, down = 1.5 }\n",
            "t.toml",
        )
        .expect("routine");
        let mut session = Session::new(Arc::new(Timeline::new(&routine)));
        session.start(Duration::ZERO);
        let now = Duration::from_secs_f64(at);
        let _ = session.update(now);
        session.snapshot(now)
    }

    #[test]
    fn a_running_step_is_drawn_when_its_digit_changes_and_no_more() {
        // 3 s get-ready, 0.25 s in: "3" until 1 s has gone.
        assert_eq!(
            next_repaint(&snapshot_at(0.25)),
            Some(Duration::from_millis(750))
        );
        // Its last second: the step's end is the session thread's to announce; this is the
        // fallback just after it.
        assert_eq!(
            next_repaint(&snapshot_at(2.5)),
            Some(Duration::from_millis(500) + STEP_END_FALLBACK)
        );
        // A 1.5 s phase, just begun: "2" until half a second has gone.
        assert_eq!(
            next_repaint(&snapshot_at(3.0)),
            Some(Duration::from_millis(500))
        );
    }

    #[test]
    fn the_time_left_in_the_session_changes_with_the_countdown() {
        // Sampled every 10 ms over phases of 1.5 s: the session's time left never changes
        // between two frames the countdown asks for.
        let mut last: Option<(u64, String, String)> = None;
        for tick in 0..900 {
            let snap = snapshot_at(f64::from(tick) / 100.0);
            let digit = snap
                .step_left
                .map(crate::format::countdown)
                .unwrap_or_default();
            let left = crate::format::clock(snap.session_left);
            let step = snap.index as u64;
            if let Some((last_step, last_digit, last_left)) = &last
                && *last_step == step
                && *last_digit == digit
            {
                assert_eq!(*last_left, left, "at {tick} ticks");
            }
            last = Some((step, digit, left));
        }
    }

    #[test]
    fn nothing_is_drawn_while_paused() {
        let mut snap = snapshot_at(1.0);
        snap.state = State::Paused;
        assert_eq!(next_repaint(&snap), None);
    }
}
