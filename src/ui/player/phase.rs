//! The player's main area, laid out by priority: phase word, countdown (or Rep done), rep /
//! set / side, the exercise's name, what comes next, its caution, its picture. Each is measured
//! at the size it wants (which grows with the text size setting); what does not fit is made
//! smaller, then the least important parts are left out, so nothing is ever cut or drawn over
//! another part, at any window or text size.

use eframe::egui::{self, Align, FontId, Layout, RichText};

use super::{PlayerView, counters, describe_next, exercise_of};
use crate::format;
use crate::session::State;
use crate::t;
use crate::timeline::{self, Step};
use crate::ui::ImageSlot;
use crate::ui::{Command, theme, widgets};

/// Room between parts.
const GAP: f32 = 8.0;
/// The progress bar under the countdown, with its gap.
const BAR: f32 = 18.0 + GAP;
/// The smallest the countdown is ever drawn.
const MIN_DIGITS: f32 = 24.0;
/// The countdown's size moves in steps of this many points.
const DIGIT_STEP: f32 = 8.0;
/// The smallest a picture is worth showing.
const MIN_PICTURE: f32 = 80.0;

/// The text parts below the countdown, most important first.
struct Part {
    text: String,
    size: f32,
    strong: bool,
}

pub(super) fn show(
    ui: &mut egui::Ui,
    view: &PlayerView<'_>,
    step: &Step,
    commands: &mut Vec<Command>,
) {
    let snap = view.snapshot;
    let area = ui.available_rect_before_wrap();
    let zoom = ui.ctx().zoom_factor();
    let wide = area.width() >= 700.0;
    let width = if wide {
        area.width() * 0.58
    } else {
        area.width()
    };
    let exercise = exercise_of(view, step);
    let paused = snap.state == State::Paused;
    // Sizes follow the window and grow with the text size, before fitting.
    let scale = area.height() * zoom;
    let word = if paused {
        t!("player-paused-word")
    } else {
        timeline::cue_word(step, view.routine).to_uppercase()
    };
    let mut word_size = (scale * 0.09).max(40.0);
    let mut parts = vec![Part {
        text: counters(snap, exercise),
        size: (scale * 0.055).max(24.0),
        strong: true,
    }];
    if let Some(exercise) = exercise {
        let name = if step.is_before_exercise() {
            t!("player-up-next", name = &exercise.name)
        } else {
            exercise.name.clone()
        };
        parts.push(Part {
            text: name,
            size: (scale * 0.05).max(22.0),
            strong: true,
        });
    }
    parts.push(Part {
        text: snap.next.as_ref().map_or_else(
            || t!("player-last-step"),
            |n| describe_next(n, view.routine),
        ),
        size: (scale * 0.035).max(18.0),
        strong: false,
    });
    parts.retain(|p| !p.text.is_empty());
    let caution = exercise.and_then(|e| e.caution.as_deref());
    let measure = |text: &str, size: f32, width: f32| {
        ui.painter()
            .layout(
                text.to_string(),
                FontId::proportional(size),
                egui::Color32::WHITE,
                width,
            )
            .size()
            .y
    };
    let paused_line = t!("player-paused-line");
    let paused_height = if paused {
        measure(&paused_line, 22.0, width) + GAP
    } else {
        0.0
    };
    let timed = snap.step_left.is_some();
    // What the countdown (or the Rep done button) needs at the least, and would like.
    let digits_wanted = (scale * 0.36).max(120.0);
    let digits_least = 56.0_f32;
    let button_hint = t!("player-rep-done-hint");
    let fixed_for_button = measure(&button_hint, 20.0, width) + GAP;
    let heart = |digits: f32| {
        if timed {
            digits * 1.2 + BAR
        } else {
            digits * 0.6 + fixed_for_button
        }
    };
    let parts_height = |parts: &[Part]| -> f32 {
        parts
            .iter()
            .map(|p| measure(&p.text, p.size, width) + GAP)
            .sum()
    };
    let word_height = |size: f32| measure(&word, size, width) + GAP;
    // Below the text parts in a narrow window: the caution, then the picture (at its smallest).
    let caution_height = match caution {
        Some(c) if !wide => measure(c, 19.0, width - 24.0) + 24.0 + 30.0 + GAP,
        _ => 0.0,
    };
    let has_picture = !wide
        && view
            .images
            .get(step.exercise)
            .is_some_and(ImageSlot::is_some);
    // Everything at its smallest must fit: leave out the picture, then the caution, then the
    // text parts from the least important, then shrink the phase word. The countdown then
    // takes what is left, up to the size it wants.
    let room = area.height() - paused_height;
    let mut show_picture = has_picture;
    let mut show_caution = caution_height > 0.0;
    let needed = |parts: &[Part], word_size: f32, caution: bool, picture: bool| {
        word_height(word_size)
            + parts_height(parts)
            + heart(digits_least)
            + if caution { caution_height } else { 0.0 }
            + if picture { MIN_PICTURE + GAP } else { 0.0 }
    };
    loop {
        if needed(&parts, word_size, show_caution, show_picture) <= room {
            break;
        }
        if show_picture {
            show_picture = false;
        } else if show_caution {
            show_caution = false;
        } else if !parts.is_empty() {
            parts.pop();
        } else if word_size > 28.0 {
            word_size -= 2.0;
        } else {
            break;
        }
    }
    let left = room - needed(&parts, word_size, show_caution, show_picture) + heart(digits_least);
    // Never below a size that can be drawn, even in a window too small for everything.
    let digits = if timed {
        ((left - BAR) / 1.2).clamp(MIN_DIGITS, digits_wanted.max(MIN_DIGITS))
    } else {
        ((left - fixed_for_button) / 0.6).clamp(MIN_DIGITS, digits_wanted.max(MIN_DIGITS))
    };
    // In whole steps, so a line more or less below (another step's words) does not make the
    // digits a new size, drawn afresh into the font atlas.
    let digits = ((digits / DIGIT_STEP).floor() * DIGIT_STEP).max(MIN_DIGITS);
    let show_caution_below = show_caution;
    let show_picture_below = show_picture;

    let colour = theme::phase_text(ui, step.kind);
    let column = |ui: &mut egui::Ui, commands: &mut Vec<Command>| {
        ui.spacing_mut().item_spacing.y = GAP;
        let word_colour = if paused {
            ui.visuals().strong_text_color()
        } else {
            colour
        };
        ui.add(
            egui::Label::new(
                RichText::new(&word)
                    .size(word_size)
                    .strong()
                    .color(word_colour),
            )
            .wrap(),
        );
        if paused {
            ui.add(
                egui::Label::new(
                    RichText::new(&paused_line)
                        .size(22.0)
                        .color(theme::caution_text(ui)),
                )
                .wrap(),
            );
        }
        match snap.step_left {
            Some(left) => {
                let text = format::countdown(left);
                // Paused: the digits are dimmed, so a paused screen never looks like a running
                // one from across the room.
                let digits_colour = if paused {
                    ui.visuals().weak_text_color()
                } else {
                    ui.visuals().strong_text_color()
                };
                let label = ui.label(
                    RichText::new(&text)
                        .size(digits)
                        .strong()
                        .monospace()
                        .color(digits_colour),
                );
                let seconds = left.as_millis().div_ceil(1000);
                let spoken = t!("player-seconds-left", count = seconds as u64);
                label.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
                widgets::progress_bar(ui, width * 0.85, snap.step_progress, colour);
            }
            None => {
                let size = egui::vec2(width * 0.8, (digits * 0.6 - GAP).max(44.0));
                if widgets::big_button(
                    ui,
                    &t!("player-rep-done"),
                    size,
                    Some(theme::phase_colour(step.kind)),
                )
                .clicked()
                {
                    commands.push(Command::RepDone);
                }
                ui.add(egui::Label::new(RichText::new(&button_hint).size(20.0).weak()).wrap());
            }
        }
        for part in &parts {
            let mut text = RichText::new(&part.text).size(part.size);
            if part.strong {
                text = text.strong();
            }
            ui.add(egui::Label::new(text).wrap());
        }
        if show_caution_below && let Some(caution) = caution {
            widgets::caution_box(ui, &t!("player-caution"), caution);
        }
        if show_picture_below && let Some(slot) = view.images.get(step.exercise) {
            let max = egui::vec2(width, ui.available_height() - GAP);
            slot.show(ui, max, exercise.map_or("", |e| e.name.as_str()));
        }
    };
    if wide {
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(width, area.height()),
                Layout::top_down(Align::Center),
                |ui| column(ui, commands),
            );
            ui.separator();
            ui.vertical(|ui| side_column(ui, view, step));
        });
    } else {
        ui.vertical_centered(|ui| column(ui, commands));
    }
}

/// The wide window's side column: the caution first, then the picture in the room left, then
/// the instructions (scrolling when long).
fn side_column(ui: &mut egui::Ui, view: &PlayerView<'_>, step: &Step) {
    let Some(exercise) = exercise_of(view, step) else {
        return;
    };
    if let Some(caution) = &exercise.caution {
        widgets::caution_box(ui, &t!("player-caution"), caution);
    }
    let room = ui.available_height();
    if let Some(slot) = view.images.get(step.exercise)
        && room >= MIN_PICTURE
    {
        let max = egui::vec2(ui.available_width(), (room * 0.6).max(MIN_PICTURE));
        slot.show(ui, max, &exercise.name);
    }
    if let Some(instructions) = &exercise.instructions {
        egui::ScrollArea::vertical()
            .id_salt("player_instructions")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.label(RichText::new(instructions).size(20.0));
            });
    }
}
