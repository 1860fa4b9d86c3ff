//! The Settings screen's Reminders section: "Remind me", at the routine's times or one the
//! person picks, on the programme's days; what is set and when the next one comes.

use eframe::egui::{self, RichText};
use jiff::civil::Time;

use super::{Command, widgets};
use crate::reminders::{DEFAULT_TIME, time_text};
use crate::t;

/// Minutes between the times offered in the list.
const TIME_STEP_MINUTES: i8 = 15;

/// What the Reminders section shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderView {
    /// Reminders on.
    pub enabled: bool,
    /// The time the person picked (`None`: the routine's own times).
    pub time: Option<Time>,
    /// The routine's own `remind_at` times.
    pub routine_times: Vec<Time>,
    /// Whether the reminders are for the routine on screen.
    pub this_routine: bool,
    /// The routine reminders are for, in words.
    pub for_routine: String,
    /// The title of the routine on screen.
    pub open_title: String,
    /// The programme's schedule in words, when the routine has one.
    pub schedule: Option<String>,
    /// "Next reminder: Wed 2 Dec 2026 at 18:00".
    pub next: Option<String>,
    /// The last change is being written.
    pub applying: bool,
    /// Why the last change failed (reminders are then off).
    pub failed: Option<String>,
}

/// Draws the section.
pub fn show(ui: &mut egui::Ui, view: &ReminderView, commands: &mut Vec<Command>) {
    let mut on = view.enabled;
    if ui
        .checkbox(&mut on, t!("settings-reminders-enable"))
        .changed()
    {
        commands.push(Command::SetReminders(on));
    }
    ui.label(RichText::new(t!("settings-reminders-explain")).weak());
    if let Some(why) = &view.failed {
        widgets::caution_box(ui, &t!("settings-section-reminders"), why);
    }
    if !view.enabled {
        return;
    }
    ui.add_space(4.0);
    if !view.this_routine {
        ui.label(t!(
            "settings-reminders-for-other",
            routine = &view.for_routine
        ));
        if ui
            .button(t!("settings-reminders-switch", routine = &view.open_title))
            .clicked()
        {
            commands.push(Command::RemindThisRoutine);
        }
        return;
    }
    ui.label(t!("settings-reminders-for", routine = &view.for_routine));
    times(ui, view, commands);
    ui.label(match &view.schedule {
        Some(schedule) => t!("settings-reminders-programme-days", schedule = schedule),
        None => t!("settings-reminders-every-day"),
    });
    if view.applying {
        ui.label(RichText::new(t!("settings-reminders-applying")).weak());
    } else if let Some(next) = &view.next {
        ui.label(RichText::new(next).strong());
    } else {
        ui.label(t!("settings-reminders-none-coming"));
    }
}

/// The routine's times, or a time from the list.
fn times(ui: &mut egui::Ui, view: &ReminderView, commands: &mut Vec<Command>) {
    let own = !view.routine_times.is_empty();
    if own {
        let listed: Vec<String> = view.routine_times.iter().map(|t| time_text(*t)).collect();
        if ui
            .radio(
                view.time.is_none(),
                t!(
                    "settings-reminders-routine-times",
                    times = and_list(&listed)
                ),
            )
            .clicked()
            && view.time.is_some()
        {
            commands.push(Command::SetReminderTime(None));
        }
    }
    ui.horizontal(|ui| {
        if own
            && ui
                .radio(view.time.is_some(), t!("settings-reminders-own-time"))
                .clicked()
            && view.time.is_none()
        {
            let first = view.routine_times.first().copied().unwrap_or(DEFAULT_TIME);
            commands.push(Command::SetReminderTime(Some(first)));
        }
        let shown = view
            .time
            .or_else(|| view.routine_times.first().copied())
            .unwrap_or(DEFAULT_TIME);
        let list = egui::ComboBox::from_label(t!("settings-reminders-time"))
            .selected_text(time_text(shown))
            .height(320.0)
            .show_ui(ui, |ui| {
                for time in offered(shown) {
                    if ui
                        .selectable_label(view.time == Some(time), time_text(time))
                        .clicked()
                    {
                        commands.push(Command::SetReminderTime(Some(time)));
                    }
                }
            });
        list.response
            .on_hover_text(t!("settings-reminders-time-hint"));
    });
}

/// The times offered: every quarter of an hour, and `current` when it is between them.
fn offered(current: Time) -> Vec<Time> {
    let mut times: Vec<Time> = (0..24)
        .flat_map(|hour| {
            (0..60)
                .step_by(TIME_STEP_MINUTES as usize)
                .map(move |minute| Time::constant(hour, minute, 0, 0))
        })
        .collect();
    if !times.contains(&current) {
        times.push(current);
        times.sort();
    }
    times
}

/// "08:00", "08:00 and 18:00", "08:00, 12:00 and 18:00".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!("settings-list-and", rest = rest.join(", "), last = last),
    }
}
