//! Where the patient stands in their programme, on the overview: the week ("Week 3 of 6 · Wed
//! 23 Dec"), today's session(s), this week's count and a strip of the week's days.

use eframe::egui::{self, RichText};
use jiff::civil::Date;

use super::theme;
use crate::programme::{DayCount, Standing, WeekCount};
use crate::routine::Schedule;

/// What the overview shows of the programme.
pub struct ProgrammeView<'a> {
    /// The schedule.
    pub schedule: &'a Schedule,
    /// Today.
    pub today: Date,
    /// Where today falls.
    pub standing: Standing,
    /// This programme week's days (the last week's after the end), with what was done.
    pub days: Vec<DayCount>,
    /// This week's count.
    pub week: WeekCount,
}

/// "Wed 23 Dec".
pub fn day_text(date: Date) -> String {
    crate::format::day_short(date)
}

/// Draws the programme's part of the overview.
pub fn show(ui: &mut egui::Ui, view: &ProgrammeView<'_>) {
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, ui.visuals().widgets.noninteractive.bg_stroke.color))
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            match view.standing {
                Standing::NotStarted(start) => {
                    heading(ui, &format!("Your programme starts on {}", day_text(start)));
                    ui.label(
                        RichText::new("You can already do a session: it follows week 1's plan.")
                            .size(20.0),
                    );
                }
                Standing::Ended(last) => {
                    heading(
                        ui,
                        &format!(
                            "Your programme ended on {} — ask your physiotherapist for the next one",
                            day_text(last)
                        ),
                    );
                    ui.label(
                        RichText::new("The last week's plan stays here for you to use.").size(20.0),
                    );
                }
                Standing::Week { week, weeks } => {
                    let of = weeks.map(|w| format!(" of {w}")).unwrap_or_default();
                    heading(ui, &format!("Week {week}{of} · {}", day_text(view.today)));
                    ui.label(RichText::new(today_text(view)).size(22.0).strong());
                    ui.label(RichText::new(week_text(view)).size(20.0));
                    ui.add_space(6.0);
                    strip(ui, view);
                }
            }
        });
    ui.add_space(8.0);
}

fn heading(ui: &mut egui::Ui, text: &str) {
    ui.label(RichText::new(text).size(28.0).strong());
}

/// Today's session(s): due or done.
fn today_text(view: &ProgrammeView<'_>) -> String {
    let today = view.days.iter().find(|d| d.date == view.today);
    let per_day = view.schedule.per_day;
    if view.schedule.per_week.is_some() {
        let left = view.week.planned.saturating_sub(view.week.done);
        return match (left, today.map_or(0, |d| d.done)) {
            (0, _) => "This week's sessions are all done".into(),
            (_, 0) => "Today: a session is due (any day this week)".into(),
            (_, done) => format!("Today: {done} done"),
        };
    }
    match today {
        Some(day) if day.slots > 0 => {
            let done = day.done.min(day.slots);
            match (per_day, done) {
                (1, 0) => "Today's session: due".into(),
                (1, _) => "Today's session: done".into(),
                (_, done) if done == day.slots => format!("Today: all {per_day} sessions done"),
                (_, done) => format!("Today: {done} of {per_day} done"),
            }
        }
        _ => match next_session_day(view) {
            Some(next) => format!("No session planned today · next: {}", day_text(next)),
            None => "No session planned today".into(),
        },
    }
}

fn next_session_day(view: &ProgrammeView<'_>) -> Option<Date> {
    (1..=7)
        .map(|n| crate::programme::add_days(view.today, n))
        .find(|date| view.schedule.is_session_day(*date))
}

/// "2 of 3 done this week".
fn week_text(view: &ProgrammeView<'_>) -> String {
    let w = &view.week;
    let mut text = format!("{} of {} done this week", w.done, w.planned);
    if w.partly > 0 {
        text.push_str(&format!(", {} partly", w.partly));
    }
    text
}

/// The days of the week: session days marked, done ones ticked, today outlined.
fn strip(ui: &mut egui::Ui, view: &ProgrammeView<'_>) {
    ui.horizontal_wrapped(|ui| {
        for day in &view.days {
            let planned = day.slots > 0;
            let done = day.done > 0;
            let fill = if done {
                theme::phase_colour(crate::timeline::StepKind::Rest)
            } else if planned {
                ui.visuals().widgets.inactive.bg_fill
            } else {
                egui::Color32::TRANSPARENT
            };
            let is_today = day.date == view.today;
            let stroke = if is_today {
                egui::Stroke::new(3.0, ui.visuals().strong_text_color())
            } else {
                egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
            };
            let text_colour = if done {
                egui::Color32::BLACK
            } else if planned {
                ui.visuals().strong_text_color()
            } else {
                ui.visuals().weak_text_color()
            };
            // Words, not symbols: they read from the mat, and every font has them.
            let mark = if done {
                "done"
            } else if day.partly > 0 {
                "part"
            } else if planned && day.date < view.today {
                "missed"
            } else if planned {
                "•"
            } else {
                " "
            };
            let text = format!("{}\n{}\n{mark}", crate::format::weekday(day.date), day.date.day());
            let frame = egui::Frame::new()
                .fill(fill)
                .stroke(stroke)
                .corner_radius(6.0)
                .inner_margin(egui::vec2(10.0, 4.0));
            let said = day_words(day, view.today);
            frame.show(ui, |ui| {
                // A fixed width: a centred column would otherwise take the whole row.
                ui.set_width(56.0);
                ui.vertical_centered(|ui| {
                    let label = ui.label(RichText::new(text).size(18.0).color(text_colour));
                    label.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Label, true, said.clone())
                    });
                });
            });
        }
    });
}

/// "Wed 23 Dec, today: session day, done" — what a screen reader says of a day.
fn day_words(day: &DayCount, today: Date) -> String {
    let is_today = day.date == today;
    let mut words = day_text(day.date);
    if is_today {
        words.push_str(", today");
    }
    words.push_str(if day.slots > 0 {
        ": session day"
    } else {
        ": no session planned"
    });
    if day.done > 0 {
        words.push_str(", done");
    } else if day.partly > 0 {
        words.push_str(", partly done");
    } else if day.slots > 0 && day.date < today {
        words.push_str(", missed");
    }
    words
}
