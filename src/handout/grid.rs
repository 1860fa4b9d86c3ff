//! The handout's tick grid: a row per programme week, a column per day, a box per session due
//! that day; without a schedule, 4 weeks of 7 days.

use std::fmt::Write;

use crate::format::html as esc;
use crate::programme::add_days;
use crate::routine::Schedule;
use crate::t;

/// Weeks in the grid when the programme has no end (or there is no programme).
const OPEN_WEEKS: u32 = 4;
/// The most weeks one grid shows, so it stays on one page.
const MAX_WEEKS: u32 = 12;

pub(super) fn html(out: &mut String, schedule: Option<&Schedule>) {
    let _ = writeln!(
        out,
        "<div class=\"grid\">\n<h2>{}</h2>", // not translated: HTML markup
        esc(&t!("handout-grid-heading"))
    );
    let weeks = schedule
        .and_then(|s| s.weeks)
        .unwrap_or(OPEN_WEEKS)
        .min(MAX_WEEKS);
    let _ = write!(
        out,
        "<table class=\"ticks\">\n<tr><th>{}</th>", // not translated: HTML markup
        esc(&t!("handout-grid-week"))
    );
    for day in 0..7 {
        let name = match schedule {
            Some(schedule) => crate::format::weekday(add_days(schedule.start, day)),
            None => t!("handout-grid-day", number = day + 1),
        };
        let _ = write!(out, "<th>{}</th>", esc(&name));
    }
    out.push_str("</tr>\n");
    for week in 1..=weeks {
        let _ = write!(out, "<tr><th>{week}</th>");
        for day in 0..7 {
            let Some(schedule) = schedule else {
                out.push_str("<td><span class=\"box\"></span></td>"); // not translated: HTML markup
                continue;
            };
            let date = add_days(schedule.first_day(week), day);
            let label = esc(&t!(
                "handout-grid-date",
                day = date.day().to_string(),
                month = t!("date-month", month = date.month())
            ));
            if schedule.is_session_day(date) {
                let boxes = "<span class=\"box\"></span>".repeat(schedule.per_day as usize); // not translated: HTML markup
                let _ = write!(out, "<td>{label}<br>{boxes}</td>");
            } else {
                let _ = write!(out, "<td class=\"off\">{label}</td>"); // not translated: HTML markup
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    if let Some(per_week) = schedule.and_then(|s| s.per_week) {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>", // not translated: HTML markup
            esc(&t!("handout-grid-any-days", count = per_week))
        );
    }
    out.push_str("</div>\n");
}
