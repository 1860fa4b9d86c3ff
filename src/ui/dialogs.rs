//! Modal dialogs: confirm before ending a session, and the keyboard help.

use eframe::egui::{self, RichText};

use super::Command;
use crate::t;

/// The keyboard shortcuts, as the help shows them: (keys, what they do).
pub fn shortcuts() -> Vec<(String, String)> {
    let key = |keys: &str, action: String| (keys.to_string(), action);
    vec![
        (t!("dialog-key-space"), t!("dialog-action-pause")),
        (t!("dialog-key-right"), t!("dialog-action-next")),
        (t!("dialog-key-left"), t!("dialog-action-previous")),
        (t!("dialog-key-enter"), t!("dialog-action-rep-done")),
        key("Esc", t!("dialog-action-end")),
        key("F11", t!("dialog-action-fullscreen")),
        key("M", t!("dialog-action-sound")),
        key("Ctrl + =  /  Ctrl + -", t!("dialog-action-text-size")), // not translated: key names
        key("Ctrl + 0", t!("dialog-action-text-normal")),
        key("H", t!("dialog-action-history")),
        key("Ctrl + ,", t!("dialog-action-settings")),
        (t!("dialog-key-help"), t!("dialog-action-help")),
    ]
}

/// "End the session?" with the two answers.
pub fn confirm_end(ctx: &egui::Context) -> Option<Command> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("confirm_end")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.label(RichText::new(t!("dialog-end-title")).size(26.0).strong());
        ui.label(t!("dialog-end-body"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add(egui::Button::new(t!("dialog-end-now")).min_size(egui::vec2(0.0, 48.0)))
                .clicked()
            {
                answer = Some(Command::EndSession);
            }
            if ui
                .add(egui::Button::new(t!("dialog-keep-going")).min_size(egui::vec2(0.0, 48.0)))
                .clicked()
            {
                answer = Some(Command::CancelEnd);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(Command::CancelEnd);
    }
    answer
}

/// The keyboard help overlay.
pub fn help(ctx: &egui::Context) -> Option<Command> {
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("help")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.label(RichText::new(t!("dialog-help-title")).size(26.0).strong());
        egui::Grid::new("shortcuts")
            .num_columns(2)
            .spacing([24.0, 8.0])
            .show(ui, |ui| {
                for (keys, action) in shortcuts() {
                    ui.label(RichText::new(keys).monospace().strong());
                    ui.label(action);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        ui.label(t!("dialog-help-body"));
        if ui
            .add(egui::Button::new(t!("dialog-close")).min_size(egui::vec2(120.0, 44.0)))
            .clicked()
        {
            close = true;
        }
    });
    (close || modal.should_close()).then_some(Command::ShowHelp(false))
}
