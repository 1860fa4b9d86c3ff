//! "How is your pain right now?": asked before a session when the person wants it, so the
//! history can show pain before and after.

use eframe::egui::{self, Align, Layout, RichText};

use super::{Command, theme, widgets};
use crate::routine::PainLimits;
use crate::safety::{HIGH_PAIN, Warnings};
use crate::t;

/// Draws the pain check; `pain` is the score being chosen. From a score of [`HIGH_PAIN`], or
/// above the physiotherapist's limit (`limits`), "Don't start today" is the main action.
pub fn show(
    ui: &mut egui::Ui,
    pain: &mut Option<u8>,
    limits: PainLimits,
    warnings: &Warnings,
    fullscreen: bool,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let over_limit = pain.is_some_and(|p| limits.too_much_to_start(p));
    let high = over_limit || pain.is_some_and(|p| p >= HIGH_PAIN);
    widgets::back_bar(ui, "", fullscreen, None, &mut commands);
    egui::Panel::bottom("pain_check_actions").show(ui, |ui| {
        ui.add_space(8.0);
        // In a row, so the panel keeps the height of its buttons.
        ui.horizontal(|ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if high {
                    let stop = widgets::big_button(
                        ui,
                        &t!("player-dont-start"),
                        egui::vec2(300.0, 64.0),
                        Some(theme::STOP),
                    );
                    if stop.clicked() {
                        commands.push(Command::BackToOverview);
                    }
                    if widgets::big_button(
                        ui,
                        &t!("player-start-anyway"),
                        egui::vec2(200.0, 48.0),
                        None,
                    )
                    .clicked()
                    {
                        commands.push(Command::BeginSession(*pain));
                    }
                    return;
                }
                let go = widgets::big_button(
                    ui,
                    &t!("player-start-session"),
                    egui::vec2(260.0, 64.0),
                    Some(theme::phase_colour(crate::timeline::StepKind::Rest)),
                );
                if go.clicked() {
                    commands.push(Command::BeginSession(*pain));
                }
                if widgets::big_button(ui, &t!("player-skip"), egui::vec2(140.0, 64.0), None)
                    .on_hover_text(t!("player-skip-hint"))
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
            RichText::new(t!("player-pain-question"))
                .size(36.0)
                .strong(),
        );
        ui.add_space(12.0);
        widgets::pain_picker(ui, pain);
        ui.add_space(16.0);
        widgets::scroll(ui, "pain_check").show(ui, |ui| {
            if let (true, Some(limit), Some(score)) = (over_limit, limits.stop_above, *pain) {
                widgets::caution_box(
                    ui,
                    &t!("player-dont-exercise-title"),
                    &t!("player-pain-over-limit", score = score, limit = limit),
                );
                widgets::warning_signs(ui, warnings);
            } else if high {
                widgets::caution_box(
                    ui,
                    &t!("player-dont-exercise-title"),
                    &t!("player-pain-high"),
                );
                widgets::warning_signs(ui, warnings);
            } else {
                widgets::caution_box(
                    ui,
                    &t!("player-before-you-start"),
                    &t!("player-before-you-start-text"),
                );
                widgets::warning_signs(ui, warnings);
            }
        });
    });
    commands
}
