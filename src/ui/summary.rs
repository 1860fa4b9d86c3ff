//! The summary after a session: how it ended, time, reps and holds against prescribed, skips,
//! and the person's pain score, where it hurt and a note.

use std::time::Duration;

use eframe::egui::{self, Align, Layout, RichText};

use super::{Command, theme, widgets};
use crate::format;
use crate::routine::Routine;
use crate::safety;
use crate::session::{Ending, Record, Summary};
use crate::t;

/// The places to pick for where it hurts, in the person's words.
fn places() -> [String; 5] {
    [
        t!("summary-place-lower-back"),
        t!("summary-place-hip"),
        t!("summary-place-buttock"),
        t!("summary-place-leg"),
        t!("summary-place-knee"),
    ]
}

/// Draws the summary; the feedback fields are edited in place.
pub fn show(ui: &mut egui::Ui, summary: &mut Summary, routine: &Routine) -> Vec<Command> {
    let mut commands = Vec::new();
    let outcome = summary.record.outcome.unwrap_or(Ending::EndedEarly);
    egui::Panel::bottom("summary_actions").show(ui, |ui| {
        ui.add_space(8.0);
        // In a row, so the panel keeps the height of its buttons.
        ui.horizontal(|ui| {
            ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                if widgets::big_button(ui, &t!("summary-back"), egui::vec2(280.0, 56.0), None)
                    .clicked()
                {
                    commands.push(Command::BackToOverview);
                }
                if widgets::big_button(ui, &t!("summary-history"), egui::vec2(180.0, 56.0), None)
                    .clicked()
                {
                    commands.push(Command::ShowHistory);
                }
                ui.label(RichText::new(summary.saved.text()).weak());
            });
        });
        ui.add_space(8.0);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        widgets::scroll(ui, "summary").show(ui, |ui| {
            let (heading, colour) = match outcome {
                Ending::Completed => (
                    t!("summary-completed"),
                    theme::phase_colour(crate::timeline::StepKind::Rest),
                ),
                Ending::FinishedWithSkips => {
                    (t!("summary-finished-with-skips"), theme::caution_text(ui))
                }
                Ending::EndedEarly | Ending::Interrupted => {
                    (t!("summary-ended-early"), ui.visuals().text_color())
                }
                Ending::StoppedForPain => (t!("summary-stopped-for-pain"), theme::STOP),
            };
            ui.label(RichText::new(heading).size(34.0).strong().color(colour));
            ui.label(RichText::new(&routine.title).weak());
            if outcome == Ending::FinishedWithSkips {
                ui.label(RichText::new(t!("summary-skips-explained")).size(20.0));
            }
            // What the person is asked comes first; the numbers after.
            if outcome == Ending::StoppedForPain {
                pain_first(ui, summary, routine);
            } else {
                if let Some(stopped) = &summary.record.stopped {
                    ui.label(
                        RichText::new(t!("summary-stopped-during", step = stopped.describe()))
                            .size(20.0),
                    );
                }
                ui.label(RichText::new(t!("summary-pain-now")).size(22.0).strong());
                widgets::pain_picker(ui, &mut summary.feedback.pain_after);
                pain_alert(ui, summary, routine);
                where_it_hurts(ui, &mut summary.feedback.pain_where);
            }
            ui.label(RichText::new(t!("summary-note-title")).strong());
            let note = egui::TextEdit::multiline(&mut summary.feedback.note)
                .hint_text(t!("summary-note-hint"))
                .desired_rows(3)
                .desired_width(f32::INFINITY);
            ui.add(note).accessible_name(t!("summary-note"));
            ui.add_space(12.0);
            if let Some(before) = summary.pain_before {
                ui.label(RichText::new(t!("summary-pain-before", pain = before)).size(20.0));
            }
            totals(ui, &summary.record);
            per_exercise(ui, summary);
        });
    });
    commands
}

fn pain_first(ui: &mut egui::Ui, summary: &mut Summary, routine: &Routine) {
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, theme::STOP))
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            if let Some(stopped) = &summary.record.stopped {
                let name = &stopped.name;
                ui.label(
                    RichText::new(t!("summary-stopped-during", step = stopped.describe()))
                        .size(22.0)
                        .strong(),
                );
                ui.label(RichText::new(t!("summary-dont-repeat", name = name)).size(20.0));
            }
            ui.label(RichText::new(safety::after_pain()).size(20.0));
            if let Some(caution) = &summary.caution {
                widgets::caution_box(ui, &t!("summary-exercise-caution"), caution);
            }
            ui.label(
                RichText::new(t!("summary-pain-strength"))
                    .size(22.0)
                    .strong(),
            );
            widgets::pain_picker(ui, &mut summary.feedback.pain_after);
            pain_alert(ui, summary, routine);
            where_it_hurts(ui, &mut summary.feedback.pain_where);
            widgets::warning_signs(ui, &safety::Warnings::of(routine));
        });
    ui.add_space(8.0);
}

/// The advice, at once, when pain after is over the physiotherapist's limits.
fn pain_alert(ui: &mut egui::Ui, summary: &Summary, routine: &Routine) {
    let Some(after) = summary.feedback.pain_after else {
        return;
    };
    let limits = routine.pain;
    if !limits.alert(summary.pain_before, after) {
        return;
    }
    let above = limits.stop_above.filter(|limit| after > *limit);
    let rise = match (limits.rise_alert, summary.pain_before) {
        (Some(rise), Some(before)) if after.saturating_sub(before) >= rise => Some(before),
        _ => None,
    };
    let why = match (above, rise) {
        (Some(limit), Some(before)) => t!(
            "summary-pain-above-limit-and-rise",
            limit = limit,
            before = before
        ),
        (Some(limit), None) => t!("summary-pain-above-limit", limit = limit),
        (None, Some(before)) => t!("summary-pain-rise", before = before),
        // `alert` holds for one of the two reasons at least.
        (None, None) => return,
    };
    widgets::caution_box(
        ui,
        &t!("summary-pain-alert-title"),
        &t!("summary-pain-alert", after = after, why = why),
    );
}

fn where_it_hurts(ui: &mut egui::Ui, place: &mut String) {
    ui.label(RichText::new(t!("summary-where")).strong());
    ui.horizontal_wrapped(|ui| {
        for choice in places() {
            let selected = place.split(", ").any(|p| p == choice);
            if ui.selectable_label(selected, &choice).clicked() {
                toggle_place(place, &choice);
            }
        }
    });
    let field = egui::TextEdit::singleline(place)
        .hint_text(t!("summary-where-hint"))
        .desired_width(f32::INFINITY);
    ui.add(field).accessible_name(t!("summary-where-label"));
}

/// Adds or removes one place from a ", "-separated list.
fn toggle_place(list: &mut String, place: &str) {
    let mut places: Vec<&str> = list.split(", ").filter(|p| !p.trim().is_empty()).collect();
    if let Some(at) = places.iter().position(|p| *p == place) {
        places.remove(at);
    } else {
        places.push(place);
    }
    *list = places.join(", ");
}

fn totals(ui: &mut egui::Ui, record: &Record) {
    let (reps, reps_of) = record.reps();
    let (holds, holds_of) = record.holds();
    let elapsed = record.elapsed().unwrap_or_default();
    let active: Duration = record.exercises.iter().map(|e| e.active()).sum();
    egui::Grid::new("summary_totals")
        .num_columns(2)
        .spacing([24.0, 8.0])
        .show(ui, |ui| {
            let row = |ui: &mut egui::Ui, name: String, value: String| {
                ui.label(RichText::new(name).size(20.0));
                ui.label(RichText::new(value).size(20.0).strong());
                ui.end_row();
            };
            row(
                ui,
                t!("summary-time"),
                t!(
                    "summary-time-value",
                    elapsed = format::time_spent(elapsed),
                    active = format::time_spent(active)
                ),
            );
            row(
                ui,
                t!("summary-reps-done"),
                t!("summary-done-of", done = reps, total = reps_of),
            );
            if holds_of > 0 {
                row(
                    ui,
                    t!("summary-holds-done"),
                    t!("summary-done-of", done = holds, total = holds_of),
                );
            }
            row(
                ui,
                t!("summary-steps-skipped"),
                record.steps_skipped.to_string(),
            );
            if record.pauses > 0 {
                row(
                    ui,
                    t!("summary-paused"),
                    format!(
                        "{} ({})",
                        t!("count-times", count = u64::from(record.pauses)),
                        format::time_spent(record.paused)
                    ),
                );
            }
        });
}

fn per_exercise(ui: &mut egui::Ui, summary: &Summary) {
    ui.add_space(8.0);
    widgets::exercise_table(ui, "summary_exercises", &summary.record.exercises);
}

#[cfg(test)]
mod tests {
    use super::toggle_place;

    #[test]
    fn places_toggle_in_and_out() {
        let mut list = String::new();
        toggle_place(&mut list, "Hip");
        toggle_place(&mut list, "Leg");
        assert_eq!(list, "Hip, Leg");
        toggle_place(&mut list, "Hip");
        assert_eq!(list, "Leg");
    }
}
