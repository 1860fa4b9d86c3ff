//! Where the patient stands in their programme, on the overview: the week ("Week 3 of 6 · Wed
//! 23 Dec"), today's session(s), this week's count and a strip of the week's days.

use eframe::egui::{self, RichText};
use jiff::civil::Date;

use super::theme;
use crate::programme::{DayCount, Standing, WeekCount};
use crate::routine::Schedule;
use crate::t;

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
        .stroke(egui::Stroke::new(
            2.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ))
        .corner_radius(8.0)
        .inner_margin(12.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            match view.standing {
                Standing::NotStarted(start) => {
                    heading(ui, &t!("programme-starts", date = day_text(start)));
                    ui.label(RichText::new(t!("programme-not-started-help")).size(20.0));
                }
                Standing::Ended(last) => {
                    heading(ui, &t!("programme-ended", date = day_text(last)));
                    ui.label(RichText::new(t!("programme-ended-help")).size(20.0));
                }
                Standing::Week { week, weeks } => {
                    let date = day_text(view.today);
                    let text = match weeks {
                        Some(weeks) => {
                            t!("programme-week-of", week = week, weeks = weeks, date = date)
                        }
                        None => t!("programme-week", week = week, date = date),
                    };
                    heading(ui, &text);
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
            (0, _) => t!("programme-week-all-done"),
            (_, 0) => t!("programme-today-due-any-day"),
            (_, done) => t!("programme-today-done-count", done = done),
        };
    }
    match today {
        Some(day) if day.slots > 0 => {
            let done = day.done.min(day.slots);
            match (per_day, done) {
                (1, 0) => t!("programme-today-due"),
                (1, _) => t!("programme-today-done"),
                (_, done) if done == day.slots => t!("programme-today-all-done", count = per_day),
                (_, done) => t!("programme-today-some-done", done = done, count = per_day),
            }
        }
        _ => match next_session_day(view) {
            Some(next) => t!("programme-none-today-next", date = day_text(next)),
            None => t!("programme-none-today"),
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
    if w.partly > 0 {
        t!(
            "programme-week-count-partly",
            done = w.done,
            planned = w.planned,
            partly = w.partly
        )
    } else {
        t!("programme-week-count", done = w.done, planned = w.planned)
    }
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
                t!("programme-mark-done")
            } else if day.partly > 0 {
                t!("programme-mark-partly")
            } else if planned && day.date < view.today {
                t!("programme-mark-missed")
            } else if planned {
                "•".to_string()
            } else {
                " ".to_string()
            };
            let text = format!(
                "{}\n{}\n{mark}",
                crate::format::weekday(day.date),
                day.date.day()
            );
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
    let yes_no = |yes: bool| if yes { "yes" } else { "no" };
    let status = if day.done > 0 {
        "done"
    } else if day.partly > 0 {
        "partly"
    } else if day.slots > 0 && day.date < today {
        "missed"
    } else {
        "none"
    };
    t!(
        "programme-day-words",
        date = day_text(day.date),
        today = yes_no(day.date == today),
        planned = yes_no(day.slots > 0),
        status = status
    )
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::day_words;
    use crate::i18n::{self, Lang};
    use crate::programme::DayCount;

    fn day(slots: u32, done: u32, partly: u32) -> DayCount {
        DayCount {
            date: date(2026, 12, 23),
            slots,
            done,
            partly,
        }
    }

    #[test]
    fn a_day_is_said_in_words_in_each_language() {
        let today = date(2026, 12, 23);
        let later = date(2026, 12, 24);
        i18n::with(Lang::En, || {
            assert_eq!(
                day_words(&day(1, 1, 0), today),
                "Wed 23 Dec, today: session day, done"
            );
            assert_eq!(
                day_words(&day(0, 0, 0), today),
                "Wed 23 Dec, today: no session planned"
            );
            assert_eq!(
                day_words(&day(1, 0, 0), later),
                "Wed 23 Dec: session day, missed"
            );
            assert_eq!(
                day_words(&day(1, 0, 1), later),
                "Wed 23 Dec: session day, partly done"
            );
        });
        i18n::with(Lang::Es, || {
            assert_eq!(
                day_words(&day(1, 1, 0), today),
                "mié 23 dic, hoy: día de sesión, hecha"
            );
        });
    }
}
