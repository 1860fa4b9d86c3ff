//! The History screen: days active, charts, every session newest first with a detail view, and
//! the exports for the physiotherapist.

use std::path::PathBuf;

use eframe::egui::{self, RichText};
use jiff::tz::TimeZone;

use super::{Command, charts, theme, widgets};
use crate::programme::ProgrammeSummary;
use crate::report::{self, ExportKind, HistoryModel};
use crate::session::Ending;
use crate::store::history::SessionEntry;

/// The export fields, kept between frames.
#[derive(Debug, Clone, Default)]
pub struct ExportForm {
    /// Where the CSV goes.
    pub csv_path: String,
    /// Where the report goes.
    pub html_path: String,
    /// The last export's result: success and a sentence.
    pub status: Option<(bool, String)>,
}

/// The periods offered: the last this many days, or every session.
const PERIODS: [(Option<i64>, &str); 5] = [
    (Some(7), "Last 7 days"),
    (Some(30), "Last 30 days"),
    (Some(90), "Last 90 days"),
    (Some(365), "Last 12 months"),
    (None, "All sessions"),
];

fn period_label(days: Option<i64>) -> String {
    PERIODS.iter().find(|(d, _)| *d == days).map_or_else(
        || format!("Last {} days", days.unwrap_or(0)),
        |(_, l)| l.to_string(),
    )
}

/// What the History screen shows.
pub struct HistoryView<'a> {
    /// `None` while the history is being opened.
    pub model: Option<&'a HistoryModel>,
    /// The session shown in detail (its id).
    pub selected: Option<&'a str>,
    /// Things the person should know about the history file.
    pub notices: &'a [String],
    /// The person's time zone.
    pub tz: &'a TimeZone,
    /// Window is full screen.
    pub fullscreen: bool,
    /// The programmes in the history, newest first, with their adherence as of today.
    pub programmes: &'a [ProgrammeSummary],
}

/// Draws the History screen.
pub fn show(ui: &mut egui::Ui, view: &HistoryView<'_>, export: &mut ExportForm) -> Vec<Command> {
    let mut commands = Vec::new();
    widgets::back_bar(
        ui,
        "History",
        view.fullscreen,
        Some(("Settings", Command::ShowSettings)),
        &mut commands,
    );
    egui::CentralPanel::default().show(ui, |ui| {
        for notice in view.notices {
            widgets::caution_box(ui, "History", notice);
        }
        if !view.notices.is_empty() && ui.button("Dismiss").clicked() {
            commands.push(Command::DismissHistoryNotices);
        }
        let Some(model) = view.model else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Opening the history…");
            });
            return;
        };
        let selected = view
            .selected
            .and_then(|id| model.rows.iter().find(|row| row.entry.id == id));
        if let Some(row) = selected {
            detail(ui, &row.entry, view.tz, &mut commands);
            return;
        }
        header(ui, model, &mut commands);
        for programme in view.programmes {
            programme_section(ui, programme, model, &mut commands);
        }
        let newest = view
            .programmes
            .first()
            .filter(|p| !p.adherence.weeks.is_empty())
            .map(|p| p.adherence.weeks.as_slice());
        charts::show(ui, &model.charts, newest);
        export_row(ui, model, export, &mut commands);
        ui.separator();
        list(ui, model, &mut commands);
    });
    commands
}

fn header(ui: &mut egui::Ui, model: &HistoryModel, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        let (week, month) = model.days_active;
        ui.label(
            RichText::new(format!(
                "Days active: {week} of the last 7 · {month} of the last 30"
            ))
            .size(22.0)
            .strong(),
        );
        ui.add_space(24.0);
        let mut days = model.days;
        egui::ComboBox::from_id_salt("history_period")
            .selected_text(period_label(days))
            .show_ui(ui, |ui| {
                for (option, label) in PERIODS {
                    ui.selectable_value(&mut days, option, label);
                }
            })
            .response
            .on_hover_text("Which sessions the list, the charts and the exports cover");
        if days != model.days {
            commands.push(Command::SetPeriod(days));
        }
    });
    let t = &model.totals;
    let (done, planned) = t.reps;
    let average = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.1}"));
    ui.label(format!(
        "{} · {} · {} completed · {} stopped for pain · {done} of {planned} reps · average pain {} before, {} after",
        crate::t!("count-sessions", count = t.sessions as u64),
        report::minutes_text(t.minutes),
        t.completed,
        t.stopped_for_pain,
        average(t.pain_before),
        average(t.pain_after),
    ));
}

fn export_row(
    ui: &mut egui::Ui,
    model: &HistoryModel,
    export: &mut ExportForm,
    commands: &mut Vec<Command>,
) {
    ui.label(
        RichText::new(format!(
            "Export for your physiotherapist ({})",
            model.period.label()
        ))
        .strong(),
    );
    for (kind, label, path) in [
        (ExportKind::Csv, "Export CSV", &mut export.csv_path),
        (ExportKind::Html, "Export report", &mut export.html_path),
    ] {
        ui.horizontal(|ui| {
            let button = ui
                .add_sized([170.0, 32.0], egui::Button::new(label))
                .on_hover_text("Write the file now");
            if button.clicked() {
                commands.push(Command::Export(kind, PathBuf::from(path.trim())));
            }
            if ui.button("Choose…").clicked() {
                commands.push(Command::ChooseExportPath(kind));
            }
            let field = egui::TextEdit::singleline(path).desired_width(f32::INFINITY);
            ui.add(field)
                .accessible_name(format!("{label} to this file"));
        });
    }
    if let Some((ok, message)) = &export.status {
        let colour = if *ok {
            theme::phase_colour(crate::timeline::StepKind::Rest)
        } else {
            theme::ERROR
        };
        ui.colored_label(colour, message);
    }
}

fn list(ui: &mut egui::Ui, model: &HistoryModel, commands: &mut Vec<Command>) {
    if model.rows.is_empty() {
        ui.label(
            RichText::new("No sessions in this period yet. Finished sessions appear here.")
                .size(20.0),
        );
        return;
    }
    let row_height = ui.spacing().interact_size.y;
    widgets::scroll(ui, "history_list").show_rows(ui, row_height, model.rows.len(), |ui, range| {
        for index in range {
            let row = &model.rows[index];
            let mut label = row.label.clone();
            if row.entry.pain_alert() {
                label.push_str(" · pain alert");
            }
            if row.entry.started_above_limit {
                label.push_str(" · started above the pain limit");
            }
            let text = RichText::new(label).color(ending_colour(ui, row.entry.ending));
            let button = egui::Button::new(text)
                .frame(false)
                .min_size(egui::vec2(ui.available_width(), row_height));
            if ui.add(button).on_hover_text("Show this session").clicked() {
                commands.push(Command::SelectSession(Some(row.entry.id.clone())));
            }
        }
    });
}

/// Pain alerts listed under a programme's adherence; the rest are counted.
const MAX_ALERTS_SHOWN: usize = 3;

/// One programme: adherence first, the weeks planned against done, and its pain alerts.
fn programme_section(
    ui: &mut egui::Ui,
    programme: &ProgrammeSummary,
    model: &HistoryModel,
    commands: &mut Vec<Command>,
) {
    // One line first: the figure the physiotherapist asks for (its weeks are charted below).
    let start = crate::format::day_text(programme.schedule.start);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(programme.adherence.sentence())
                .size(24.0)
                .strong(),
        );
        ui.label(RichText::new(format!("{} · from {start}", programme.title)).size(18.0));
    });
    let mut alerts: Vec<_> = model
        .rows
        .iter()
        .filter(|row| {
            row.entry.pain_alert()
                && row.entry.routine == programme.title
                && row
                    .entry
                    .programme
                    .as_ref()
                    .is_some_and(|p| p.schedule.start == programme.schedule.start)
        })
        .collect();
    // The newest few; every one is in the list below, the report and the CSV.
    let more = alerts.len().saturating_sub(MAX_ALERTS_SHOWN);
    alerts.truncate(MAX_ALERTS_SHOWN);
    for row in alerts {
        let s = &row.entry;
        let mut text = format!("Pain alert: {}", alert_words(s));
        if let Some(mark) = &s.programme {
            text = format!(
                "{text} · {} (week {})",
                crate::format::day_short(mark.date),
                mark.week
            );
        }
        let button =
            egui::Button::new(RichText::new(text).color(theme::stop_text(ui))).frame(false);
        if ui.add(button).on_hover_text("Show this session").clicked() {
            commands.push(Command::SelectSession(Some(s.id.clone())));
        }
    }
    if more > 0 {
        ui.label(RichText::new(format!("… and {more} more pain alerts in the list below")).weak());
    }
}

/// "pain 2 before, 6 after · Hip · felt sharp", or "–" without an alert.
fn alert_words(s: &SessionEntry) -> String {
    if !s.pain_alert() {
        return "–".into();
    }
    let before = s.pain_before.map_or("–".into(), |p| p.to_string());
    let after = s.pain_after.map_or("–".into(), |p| p.to_string());
    let mut words = format!("pain {before} before, {after} after");
    for extra in [&s.pain_where, &s.note] {
        if !extra.trim().is_empty() {
            words.push_str(&format!(" · {}", extra.trim()));
        }
    }
    words
}

fn ending_colour(ui: &egui::Ui, ending: Ending) -> egui::Color32 {
    match ending {
        Ending::StoppedForPain => theme::STOP,
        Ending::Interrupted | Ending::FinishedWithSkips => theme::caution_text(ui),
        _ => ui.visuals().text_color(),
    }
}

fn detail(ui: &mut egui::Ui, s: &SessionEntry, tz: &TimeZone, commands: &mut Vec<Command>) {
    if ui.button("All sessions").clicked() {
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
            ("How it ended", s.ending.label().to_string()),
            (
                "Stopped during",
                s.stopped_during.clone().unwrap_or_else(|| "–".into()),
            ),
            ("Done", s.completion()),
            (
                "Time",
                format!(
                    "{} ({} exercising)",
                    minutes(s.elapsed_ms()),
                    minutes(s.active_ms())
                ),
            ),
            (
                "Paused",
                format!("{} time(s), {}", s.pauses, minutes(s.paused_ms)),
            ),
            ("Steps skipped", s.steps_skipped.to_string()),
            ("Pain (0–10)", report::pain_words(s)),
            ("Pain alert", alert_words(s)),
            (
                "Programme week",
                s.programme.as_ref().map_or_else(
                    || "–".into(),
                    |p| format!("week {} · {}", p.week, crate::format::day_text(p.date)),
                ),
            ),
            (
                "Pain check",
                if s.started_above_limit {
                    "started anyway, above the pain limit".into()
                } else {
                    "–".into()
                },
            ),
            ("Where it hurt", or_dash(&s.pain_where)),
            ("Note", or_dash(&s.note)),
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
                    ui.label(RichText::new("Routine file").strong());
                    ui.label(or_dash(&s.routine_file));
                    ui.end_row();
                    ui.label(RichText::new("Routine SHA-256").strong());
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
