//! Look and feel: text sizes readable from a mat, and one colour and word per phase.

use eframe::egui::{self, Color32, FontId, TextStyle};

use crate::timeline::StepKind;

/// Larger text and roomier buttons than egui's defaults.
pub fn setup(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(14.0)),
            (TextStyle::Body, FontId::proportional(19.0)),
            (TextStyle::Button, FontId::proportional(20.0)),
            (TextStyle::Heading, FontId::proportional(30.0)),
            (TextStyle::Monospace, FontId::monospace(16.0)),
        ]
        .into();
        style.spacing.button_padding = egui::vec2(14.0, 8.0);
        style.spacing.item_spacing = egui::vec2(10.0, 10.0);
        style.spacing.interact_size.y = 36.0;
    });
    // Text size is ours to set (Ctrl+= / Ctrl+-), with its own limits.
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
}

/// The word shown for a phase.
pub fn phase_word(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Prepare => "GET READY",
        StepKind::Up => "UP",
        StepKind::Hold => "HOLD",
        StepKind::Down => "DOWN",
        StepKind::Rep => "YOUR PACE",
        StepKind::Rest => "REST",
        StepKind::SwitchSides => "SWITCH SIDES",
    }
}

/// The colour of a phase; always shown with its word, never alone.
pub fn phase_colour(kind: StepKind) -> Color32 {
    match kind {
        StepKind::Prepare => Color32::from_rgb(0xF5, 0x9E, 0x0B),
        StepKind::Up => Color32::from_rgb(0x3B, 0x82, 0xF6),
        StepKind::Hold => Color32::from_rgb(0xA8, 0x55, 0xF7),
        StepKind::Down => Color32::from_rgb(0x14, 0xB8, 0xA6),
        StepKind::Rep => Color32::from_rgb(0x63, 0x66, 0xF1),
        StepKind::Rest => Color32::from_rgb(0x22, 0xC5, 0x5E),
        StepKind::SwitchSides => Color32::from_rgb(0xF9, 0x73, 0x16),
    }
}

/// The colour of "Stop — this hurts".
pub const STOP: Color32 = Color32::from_rgb(0xDC, 0x26, 0x26);
/// Background of caution boxes.
pub const CAUTION_FILL: Color32 = Color32::from_rgba_premultiplied(0x50, 0x38, 0x00, 0x50);
/// Text and border of caution boxes.
pub const CAUTION: Color32 = Color32::from_rgb(0xF5, 0x9E, 0x0B);
/// Caution text that reads well on the current background (darker amber on light themes).
pub fn caution_text(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        CAUTION
    } else {
        Color32::from_rgb(0x92, 0x40, 0x0E)
    }
}

/// Errors.
pub const ERROR: Color32 = Color32::from_rgb(0xEF, 0x44, 0x44);
