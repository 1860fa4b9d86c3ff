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
use crate::t;

mod detail;

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
const PERIODS: [Option<i64>; 5] = [Some(7), Some(30), Some(90), Some(365), None];

fn period_label(days: Option<i64>) -> String {
    match days {
        Some(365) => t!("history-period-year"),
        Some(days) => t!("history-period-days", days = days),
        None => t!("history-period-all"),
    }
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
        &t!("history-title"),
        view.fullscreen,
        Some((&t!("history-settings-button"), Command::ShowSettings)),
        &mut commands,
    );
    egui::CentralPanel::default().show(ui, |ui| {
        for notice in view.notices {
            widgets::caution_box(ui, &t!("history-title"), notice);
        }
        if !view.notices.is_empty() && ui.button(t!("history-dismiss")).clicked() {
            commands.push(Command::DismissHistoryNotices);
        }
        let Some(model) = view.model else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(t!("history-opening"));
            });
            return;
        };
        let selected = view
            .selected
            .and_then(|id| model.rows.iter().find(|row| row.entry.id == id));
        if let Some(row) = selected {
            detail::show(ui, &row.entry, view.tz, &mut commands);
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
            RichText::new(t!("history-days-active", week = week, month = month))
                .size(22.0)
                .strong(),
        );
        ui.add_space(24.0);
        let mut days = model.days;
        egui::ComboBox::from_id_salt("history_period")
            .selected_text(period_label(days))
            .show_ui(ui, |ui| {
                for option in PERIODS {
                    ui.selectable_value(&mut days, option, period_label(option));
                }
            })
            .response
            .on_hover_text(t!("history-period-hint"));
        if days != model.days {
            commands.push(Command::SetPeriod(days));
        }
    });
    let t = &model.totals;
    let (done, planned) = t.reps;
    let average = |v: Option<f64>| {
        v.map_or("–".to_string(), |v| {
            crate::format::decimal(&format!("{v:.1}"))
        })
    };
    ui.label(t!(
        "history-totals",
        sessions = t!("count-sessions", count = t.sessions as u64),
        minutes = report::minutes_text(t.minutes),
        completed = t.completed,
        stopped = t.stopped_for_pain,
        done = done,
        planned = planned,
        before = average(t.pain_before),
        after = average(t.pain_after),
    ));
}

fn export_row(
    ui: &mut egui::Ui,
    model: &HistoryModel,
    export: &mut ExportForm,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(t!("history-export-heading", period = model.period.label())).strong());
    for (kind, label, field_name, path) in [
        (
            ExportKind::Csv,
            t!("history-export-csv"),
            t!("history-export-csv-file"),
            &mut export.csv_path,
        ),
        (
            ExportKind::Html,
            t!("history-export-report"),
            t!("history-export-report-file"),
            &mut export.html_path,
        ),
    ] {
        ui.horizontal(|ui| {
            let button = ui
                .add_sized([170.0, 32.0], egui::Button::new(label))
                .on_hover_text(t!("history-export-hint"));
            if button.clicked() {
                commands.push(Command::Export(kind, PathBuf::from(path.trim())));
            }
            if ui.button(t!("history-export-choose")).clicked() {
                commands.push(Command::ChooseExportPath(kind));
            }
            let field = egui::TextEdit::singleline(path).desired_width(f32::INFINITY);
            ui.add(field).accessible_name(field_name);
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
        ui.label(RichText::new(t!("history-no-sessions")).size(20.0));
        return;
    }
    let row_height = ui.spacing().interact_size.y;
    widgets::scroll(ui, "history_list").show_rows(ui, row_height, model.rows.len(), |ui, range| {
        for index in range {
            let row = &model.rows[index];
            let mut label = row.label.clone();
            if row.entry.pain_alert() {
                label.push_str(" · ");
                label.push_str(&t!("history-row-pain-alert"));
            }
            if row.entry.started_above_limit {
                label.push_str(" · ");
                label.push_str(&t!("history-row-above-limit"));
            }
            let text = RichText::new(label).color(ending_colour(ui, row.entry.ending));
            let button = egui::Button::new(text)
                .frame(false)
                .min_size(egui::vec2(ui.available_width(), row_height));
            if ui
                .add(button)
                .on_hover_text(t!("history-show-session"))
                .clicked()
            {
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
        ui.label(
            RichText::new(t!(
                "history-programme-from",
                title = &programme.title,
                start = start
            ))
            .size(18.0),
        );
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
        let text = match &s.programme {
            Some(mark) => t!(
                "history-pain-alert-week",
                words = alert_words(s),
                date = crate::format::day_short(mark.date),
                week = mark.week
            ),
            None => t!("history-pain-alert", words = alert_words(s)),
        };
        let button =
            egui::Button::new(RichText::new(text).color(theme::stop_text(ui))).frame(false);
        if ui
            .add(button)
            .on_hover_text(t!("history-show-session"))
            .clicked()
        {
            commands.push(Command::SelectSession(Some(s.id.clone())));
        }
    }
    if more > 0 {
        ui.label(RichText::new(t!("history-more-alerts", count = more)).weak());
    }
}

/// "pain 2 before, 6 after · Hip · felt sharp", or "–" without an alert.
fn alert_words(s: &SessionEntry) -> String {
    if !s.pain_alert() {
        return "–".into();
    }
    let before = s.pain_before.map_or("–".into(), |p| p.to_string());
    let after = s.pain_after.map_or("–".into(), |p| p.to_string());
    let mut words = t!("history-alert-pain", before = before, after = after);
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
