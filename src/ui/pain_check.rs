//! "How is your pain right now?": asked before a session when the person wants it, so the
//! history can show pain before and after.

use eframe::egui::{self, Align, Layout, RichText};

use super::{Command, theme, widgets};

/// Draws the pain check; `pain` is the score being chosen.
pub fn show(ui: &mut egui::Ui, pain: &mut Option<u8>, fullscreen: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    widgets::back_bar(ui, "", fullscreen, None, &mut commands);
    egui::Panel::bottom("pain_check_actions").show(ui, |ui| {
        ui.add_space(8.0);
        // In a row, so the panel keeps the height of its buttons.
        ui.horizontal(|ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                let go = widgets::big_button(
                    ui,
                    "Start session",
                    egui::vec2(260.0, 64.0),
                    Some(theme::phase_colour(crate::timeline::StepKind::Rest)),
                );
                if go.clicked() {
                    commands.push(Command::BeginSession(*pain));
                }
                if widgets::big_button(ui, "Skip", egui::vec2(140.0, 64.0), None)
                    .on_hover_text("Start without recording pain")
                    .clicked()
                {
                    commands.push(Command::BeginSession(None));
                }
            });
        });
        ui.add_space(8.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(24.0);
        ui.label(
            RichText::new("How is your pain right now?")
                .size(36.0)
                .strong(),
        );
        ui.add_space(12.0);
        widgets::pain_picker(ui, pain);
        ui.add_space(16.0);
        widgets::caution_box(
            ui,
            "Before you start",
            "If the pain is much worse than usual, or you notice any of the warning signs your \
             physiotherapist told you about, do not start: rest and ask for advice.",
        );
    });
    commands
}
