//! One session of the History screen in detail: how it went, pain, the programme week, and the
//! routine file it followed.

use eframe::egui::{self, RichText};
use jiff::tz::TimeZone;

use super::alert_words;
use crate::report;
use crate::store::history::SessionEntry;
use crate::t;
use crate::ui::{Command, widgets};

/// Draws one session: a way back to the list, then everything recorded about it.
pub(super) fn show(
    ui: &mut egui::Ui,
    s: &SessionEntry,
    tz: &TimeZone,
    commands: &mut Vec<Command>,
) {
    if ui.button(t!("history-back-to-list")).clicked() {
        commands.push(Command::SelectSession(None));
    }
    widgets::scroll(ui, "history_detail").show(ui, |ui| {
        ui.label(
            RichText::new(report::moment_text(s.started, tz))
                .size(28.0)
                .strong(),
        );
        ui.label(RichText::new(&s.routine).size(20.0));
        let minutes = |ms: u64| report::minutes_text(ms as f64 / 60_000.0);
        let rows = [
            (t!("history-detail-ended"), s.ending.label().to_string()),
            (
                t!("history-detail-stopped-during"),
                s.stopped_during.clone().unwrap_or_else(|| "–".into()),
            ),
            (t!("history-detail-done"), s.completion()),
            (
                t!("history-detail-time"),
                t!(
                    "history-detail-time-value",
                    total = minutes(s.elapsed_ms()),
                    active = minutes(s.active_ms())
                ),
            ),
            (
                t!("history-detail-paused"),
                t!(
                    "history-detail-paused-value",
                    count = s.pauses,
                    duration = minutes(s.paused_ms)
                ),
            ),
            (t!("history-detail-skipped"), s.steps_skipped.to_string()),
            (t!("history-detail-pain"), report::pain_words(s)),
            (t!("history-detail-pain-alert"), alert_words(s)),
            (
                t!("history-detail-programme-week"),
                s.programme.as_ref().map_or_else(
                    || "–".into(),
                    |p| {
                        t!(
                            "history-detail-week-value",
                            week = p.week,
                            date = crate::format::day_text(p.date)
                        )
                    },
                ),
            ),
            (
                t!("history-detail-pain-check"),
                if s.started_above_limit {
                    t!("history-detail-started-above")
                } else {
                    "–".into()
                },
            ),
            (t!("history-detail-where"), or_dash(&s.pain_where)),
            (t!("history-detail-note"), or_dash(&s.note)),
        ];
        egui::Grid::new("history_detail")
            .num_columns(2)
            .spacing([24.0, 6.0])
            .show(ui, |ui| {
                for (name, value) in rows {
                    ui.label(RichText::new(name).strong());
                    ui.label(value);
                    ui.end_row();
                }
            });
        ui.add_space(8.0);
        widgets::exercise_table(ui, "history_detail_exercises", &s.exercises);
        // Which file, and which version of it, the session followed.
        widgets::details(ui, "history_detail_file", |ui| {
            egui::Grid::new("history_detail_file_grid")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    ui.label(RichText::new(t!("history-detail-routine-file")).strong());
                    ui.label(or_dash(&s.routine_file));
                    ui.end_row();
                    ui.label(RichText::new(t!("history-detail-routine-hash")).strong());
                    ui.label(RichText::new(or_dash(&s.routine_hash)).monospace());
                    ui.end_row();
                });
        });
    });
}

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() {
        "—".to_string()
    } else {
        text.to_string()
    }
}
