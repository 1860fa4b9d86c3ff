//! Modal dialogs: confirm before ending a session, and the keyboard help.

use eframe::egui::{self, RichText};

use super::Command;

/// The keyboard shortcuts, as the help shows them.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Space", "Pause / resume"),
    ("Right arrow", "Next step"),
    ("Left arrow", "Previous step"),
    ("Enter", "Rep done (self-paced reps)"),
    ("Esc", "End the session (asks first)"),
    ("F11", "Full screen on / off"),
    ("M", "Sound on / off"),
    ("Ctrl + =  /  Ctrl + -", "Larger / smaller text"),
    ("Ctrl + 0", "Normal text size"),
    ("H", "History (not during a session)"),
    ("Ctrl + ,", "Settings (not during a session)"),
    ("F1  or  ?", "This help"),
];

/// "End the session?" with the two answers.
pub fn confirm_end(ctx: &egui::Context) -> Option<Command> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("confirm_end")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.label(RichText::new("End the session?").size(26.0).strong());
        ui.label("What you have done so far is kept in the summary.");
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .add(egui::Button::new("End session now").min_size(egui::vec2(0.0, 48.0)))
                .clicked()
            {
                answer = Some(Command::EndSession);
            }
            if ui
                .add(egui::Button::new("Keep going").min_size(egui::vec2(0.0, 48.0)))
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
        ui.label(RichText::new("Keyboard shortcuts").size(26.0).strong());
        egui::Grid::new("shortcuts").num_columns(2).spacing([24.0, 8.0]).show(ui, |ui| {
            for (keys, action) in SHORTCUTS {
                ui.label(RichText::new(*keys).monospace().strong());
                ui.label(*action);
                ui.end_row();
            }
        });
        ui.add_space(8.0);
        ui.label("You can follow the whole routine without touching anything: the screen and the sound lead you.");
        if ui.add(egui::Button::new("Close").min_size(egui::vec2(120.0, 44.0))).clicked() {
            close = true;
        }
    });
    (close || modal.should_close()).then_some(Command::ShowHelp(false))
}
