//! Small pieces shared by the screens.

use eframe::egui::{self, Color32, RichText, Vec2};

use super::{Command, theme};
use crate::format;
use crate::session::ExerciseRecord;
use crate::store::settings::{SoundMode, SoundSettings};
use crate::t;

/// A screen's vertical scroll area. Its place is kept per visit of the screen, so every screen
/// opens at its top (see [`set_visit`]).
pub fn scroll(ui: &egui::Ui, name: &str) -> egui::ScrollArea {
    let visit: u64 = ui.ctx().data(|d| d.get_temp(visit_id())).unwrap_or(0);
    egui::ScrollArea::vertical()
        .id_salt((name.to_string(), visit))
        .auto_shrink([false, false])
}

/// Tells the screens which visit of a screen this is: the app counts one each time the screen
/// changes.
pub fn set_visit(ctx: &egui::Context, visit: u64) {
    ctx.data_mut(|d| d.insert_temp(visit_id(), visit));
}

fn visit_id() -> egui::Id {
    egui::Id::unique("repcue_screen_visit")
}

/// A part for the physiotherapist (file paths, device errors, hashes), folded away so the
/// patient's screen speaks plainly.
pub fn details(ui: &mut egui::Ui, id: &str, add: impl FnOnce(&mut egui::Ui)) {
    egui::CollapsingHeader::new(t!("player-details"))
        .id_salt(id)
        .show(ui, add);
}

/// A plain sentence for the patient, with the technical reason under [`details`].
pub fn notice_with_details(ui: &mut egui::Ui, id: &str, notice: &str, detail: &str) {
    ui.label(RichText::new(notice).color(theme::caution_text(ui)));
    details(ui, id, |ui| {
        ui.label(RichText::new(detail).monospace());
    });
}

/// A caution or safety note in a box that stands out.
pub fn caution_box(ui: &mut egui::Ui, heading: &str, text: &str) {
    egui::Frame::new()
        .fill(theme::CAUTION_FILL)
        .stroke(egui::Stroke::new(2.0, theme::CAUTION))
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(heading)
                    .strong()
                    .color(theme::caution_text(ui)),
            );
            ui.label(RichText::new(text).color(ui.visuals().strong_text_color()));
        });
}

/// The warning signs in their two levels — urgent help now, then contact a professional —
/// and the routine's phone number.
pub fn warning_signs(ui: &mut egui::Ui, warnings: &crate::safety::Warnings) {
    let level = |ui: &mut egui::Ui, colour: Color32, heading: &str, signs: &[String]| {
        egui::Frame::new()
            .stroke(egui::Stroke::new(2.0, colour))
            .corner_radius(8.0)
            .inner_margin(12.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(heading).strong().color(colour));
                for sign in signs {
                    ui.label(format!("•  {sign}"));
                }
            });
    };
    level(
        ui,
        theme::stop_text(ui),
        &crate::safety::urgent_heading(),
        &warnings.urgent,
    );
    level(
        ui,
        theme::caution_text(ui),
        &crate::safety::contact_heading(),
        &warnings.contact,
    );
    if let Some(phone) = &warnings.phone {
        ui.label(RichText::new(phone).size(22.0).strong());
    }
}

/// A big button with a visible label that is also its accessible name.
pub fn big_button(
    ui: &mut egui::Ui,
    text: &str,
    size: Vec2,
    fill: Option<Color32>,
) -> egui::Response {
    let mut button =
        egui::Button::new(RichText::new(text).size(size.y * 0.42).strong()).min_size(size);
    if let Some(fill) = fill {
        button = button.fill(fill);
    }
    ui.add(button)
}

/// A thick progress bar, filled left to right.
pub fn progress_bar(ui: &mut egui::Ui, width: f32, progress: f32, colour: Color32) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 18.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 9.0, ui.visuals().extreme_bg_color);
    let mut filled = rect;
    filled.set_width(rect.width() * progress.clamp(0.0, 1.0));
    painter.rect_filled(filled, 9.0, colour);
}

/// A pain score picker: 0 to 10 as buttons, easy to hit; `None` until chosen.
pub fn pain_picker(ui: &mut egui::Ui, pain: &mut Option<u8>) {
    ui.horizontal_wrapped(|ui| {
        for score in 0..=10u8 {
            let selected = *pain == Some(score);
            let button = egui::Button::new(RichText::new(score.to_string()).size(22.0))
                .selected(selected)
                .min_size(egui::vec2(44.0, 44.0));
            let response = ui
                .add(button)
                .accessible_name(t!("player-pain-score", score = score));
            if response.clicked() {
                *pain = if selected { None } else { Some(score) };
            }
        }
    });
    let meaning = match *pain {
        None => t!("player-pain-not-recorded"),
        Some(0) => t!("player-pain-none"),
        Some(1..=3) => t!("player-pain-mild"),
        Some(4..=6) => t!("player-pain-moderate"),
        Some(_) => t!("player-pain-severe"),
    };
    ui.label(RichText::new(t!("player-pain-scale", meaning = meaning)).weak());
}

/// Help and Full screen, for the top bar of every screen (laid out right to left).
pub fn window_buttons(ui: &mut egui::Ui, fullscreen: bool, commands: &mut Vec<Command>) {
    if ui
        .button(t!("player-help"))
        .on_hover_text(t!("player-help-hint"))
        .clicked()
    {
        commands.push(Command::ShowHelp(true));
    }
    let full = if fullscreen {
        t!("player-leave-full-screen")
    } else {
        t!("player-full-screen")
    };
    if ui.button(full).on_hover_text("F11").clicked() {
        commands.push(Command::ToggleFullscreen);
    }
}

/// Sound on/off, voice or beeps, and volume (the overview and Settings).
pub fn sound_controls(ui: &mut egui::Ui, sound: SoundSettings, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let mut on = sound.enabled;
        if ui.checkbox(&mut on, t!("player-sound-on-key")).changed() {
            commands.push(Command::ToggleMute);
        }
        for (mode, label) in [
            (SoundMode::Voice, t!("player-spoken-words")),
            (SoundMode::Beeps, t!("player-beeps-only")),
        ] {
            if ui.radio(sound.mode == mode, label).clicked() {
                commands.push(Command::SoundMode(mode));
            }
        }
        let mut volume = sound.volume * 100.0;
        let slider = egui::Slider::new(&mut volume, 0.0..=100.0)
            .text(t!("player-volume"))
            .suffix(" %")
            .integer();
        if ui.add(slider).changed() {
            commands.push(Command::Volume(volume / 100.0));
        }
    });
}

/// Each exercise's sets, reps and holds done against prescribed, steps skipped and time (the
/// summary and a session's detail in History).
pub fn exercise_table(ui: &mut egui::Ui, id: &str, rows: &[ExerciseRecord]) {
    let of = |done: u64, planned: u64| {
        if planned > 0 {
            t!("player-done-of", done = done, planned = planned)
        } else {
            "—".to_string()
        }
    };
    egui::Grid::new(id)
        .striped(true)
        .num_columns(6)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            let titles = [
                t!("player-column-exercise"),
                t!("player-column-sets"),
                t!("player-column-reps"),
                t!("player-column-holds"),
                t!("player-column-skipped"),
                t!("player-column-time"),
            ];
            for title in titles {
                ui.label(RichText::new(title).strong());
            }
            ui.end_row();
            for e in rows {
                ui.label(&e.name);
                ui.label(of(e.sets_done, e.sets_prescribed));
                ui.label(of(e.reps_done, e.reps_prescribed));
                ui.label(of(e.holds_done, e.holds_prescribed));
                ui.label(e.steps_skipped.to_string());
                ui.label(format::time_spent(std::time::Duration::from_millis(
                    e.active_ms,
                )));
                ui.end_row();
            }
        });
}

/// The top bar of a screen reached from the overview: Back, its title, maybe one more button
/// (label and command), and Help and Full screen.
pub fn back_bar(
    ui: &mut egui::Ui,
    title: &str,
    fullscreen: bool,
    extra: Option<(&str, Command)>,
    commands: &mut Vec<Command>,
) {
    egui::Panel::top(format!("top_bar_{title}")).show(ui, |ui| {
        ui.horizontal(|ui| {
            if ui.button(t!("player-back")).clicked() {
                commands.push(Command::BackToOverview);
            }
            if !title.is_empty() {
                ui.label(RichText::new(title).size(24.0).strong());
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                window_buttons(ui, fullscreen, commands);
                if let Some((label, command)) = extra
                    && ui.button(label).clicked()
                {
                    commands.push(command);
                }
            });
        });
    });
}
