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
    // Readable from the mat in both themes: weak text opaque and at least 4.5 : 1, and
    // checkbox and field outlines at least 3 : 1 against the background (checked by a test).
    for theme in [egui::Theme::Dark, egui::Theme::Light] {
        ctx.style_mut_of(theme, |style| tune(&mut style.visuals));
    }
    // Text size is ours to set (Ctrl+= / Ctrl+-), with its own limits.
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
}

/// Our changes to egui's visuals of one theme.
pub fn tune(visuals: &mut egui::Visuals) {
    let (weak, outline) = if visuals.dark_mode {
        (Color32::from_gray(160), Color32::from_gray(150))
    } else {
        (Color32::from_gray(90), Color32::from_gray(105))
    };
    visuals.weak_text_color = Some(weak);
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, outline);
    visuals.widgets.hovered.bg_stroke.color = outline;
}

/// The colour of a phase as a fill (buttons, the progress bar); always with its word.
pub fn phase_colour(kind: StepKind) -> Color32 {
    phase_on(kind, true)
}

/// The colour of a phase's word on the current background: at least 3 : 1 against it in
/// either theme (WCAG 2.2 for large text), checked by a test.
pub fn phase_text(ui: &egui::Ui, kind: StepKind) -> Color32 {
    phase_on(kind, ui.visuals().dark_mode)
}

/// Bright colours on the dark theme, deeper ones of the same hue on the light theme.
pub fn phase_on(kind: StepKind, dark: bool) -> Color32 {
    let (on_dark, on_light) = match kind {
        StepKind::Prepare => ((0xF5, 0x9E, 0x0B), (0xB4, 0x53, 0x09)),
        StepKind::Up => ((0x3B, 0x82, 0xF6), (0x1D, 0x4E, 0xD8)),
        StepKind::Hold => ((0xA8, 0x55, 0xF7), (0x7E, 0x22, 0xCE)),
        StepKind::Down => ((0x14, 0xB8, 0xA6), (0x0F, 0x76, 0x6E)),
        StepKind::Rep => ((0x81, 0x8C, 0xF8), (0x43, 0x38, 0xCA)),
        StepKind::Rest => ((0x22, 0xC5, 0x5E), (0x15, 0x80, 0x3D)),
        StepKind::SwitchSides => ((0xF9, 0x73, 0x16), (0xC2, 0x41, 0x0C)),
    };
    let (r, g, b) = if dark { on_dark } else { on_light };
    Color32::from_rgb(r, g, b)
}

/// The colour of "Stop — this hurts".
pub const STOP: Color32 = Color32::from_rgb(0xDC, 0x26, 0x26);
/// Red words on the current background (urgent warning signs), at least 4.5 : 1.
pub fn stop_text(ui: &egui::Ui) -> Color32 {
    stop_on(ui.visuals().dark_mode)
}

/// Red words on the dark or the light theme.
pub fn stop_on(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xF8, 0x71, 0x71)
    } else {
        Color32::from_rgb(0xB9, 0x1C, 0x1C)
    }
}

/// Background of caution boxes.
pub const CAUTION_FILL: Color32 = Color32::from_rgba_premultiplied(0x50, 0x38, 0x00, 0x50);
/// Text and border of caution boxes.
pub const CAUTION: Color32 = Color32::from_rgb(0xF5, 0x9E, 0x0B);
/// Caution text that reads well on the current background (darker amber on light themes).
pub fn caution_text(ui: &egui::Ui) -> Color32 {
    caution_on(ui.visuals().dark_mode)
}

/// Caution text on the dark or the light theme.
pub fn caution_on(dark: bool) -> Color32 {
    if dark {
        CAUTION
    } else {
        Color32::from_rgb(0x92, 0x40, 0x0E)
    }
}

/// Errors.
pub const ERROR: Color32 = Color32::from_rgb(0xEF, 0x44, 0x44);

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.2 contrast ratio of two opaque colours (1 to 21).
    pub fn contrast(a: Color32, b: Color32) -> f32 {
        fn luminance(c: Color32) -> f32 {
            let channel = |v: u8| {
                let v = f32::from(v) / 255.0;
                if v <= 0.040_45 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
        }
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    const KINDS: [StepKind; 7] = [
        StepKind::Prepare,
        StepKind::Up,
        StepKind::Hold,
        StepKind::Down,
        StepKind::Rep,
        StepKind::Rest,
        StepKind::SwitchSides,
    ];

    fn themes() -> [egui::Visuals; 2] {
        let (mut dark, mut light) = (egui::Visuals::dark(), egui::Visuals::light());
        tune(&mut dark);
        tune(&mut light);
        [dark, light]
    }

    #[test]
    fn phase_words_stand_out_at_least_3_to_1_in_both_themes() {
        for visuals in themes() {
            for kind in KINDS {
                let ratio = contrast(phase_on(kind, visuals.dark_mode), visuals.panel_fill);
                assert!(
                    ratio >= 3.0,
                    "{kind:?} dark={}: {ratio:.2}",
                    visuals.dark_mode
                );
            }
        }
    }

    #[test]
    fn other_text_reads_at_least_4_5_to_1_and_outlines_3_to_1() {
        for visuals in themes() {
            let bg = visuals.panel_fill;
            let caution = caution_on(visuals.dark_mode);
            for (what, colour) in [
                ("text", visuals.text_color()),
                ("strong", visuals.strong_text_color()),
                ("weak", visuals.weak_text_color()),
                ("caution", caution),
                ("urgent", stop_on(visuals.dark_mode)),
            ] {
                let ratio = contrast(colour, bg);
                assert!(
                    ratio >= 4.5,
                    "{what} dark={}: {ratio:.2}",
                    visuals.dark_mode
                );
            }
            let outline = contrast(visuals.widgets.inactive.bg_stroke.color, bg);
            assert!(
                outline >= 3.0,
                "outline dark={}: {outline:.2}",
                visuals.dark_mode
            );
        }
        // White words on the red "Stop — this hurts".
        assert!(contrast(Color32::WHITE, STOP) >= 4.5);
    }
}
