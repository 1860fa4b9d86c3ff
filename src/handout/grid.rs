//! The handout's tick grid: a row per programme week, a column per day, a box per session due
//! that day; without a schedule, 4 weeks of 7 days.

use std::fmt::Write;

use crate::programme::add_days;
use crate::routine::Schedule;

/// Weeks in the grid when the programme has no end (or there is no programme).
const OPEN_WEEKS: u32 = 4;
/// The most weeks one grid shows, so it stays on one page.
const MAX_WEEKS: u32 = 12;

pub(super) fn html(out: &mut String, schedule: Option<&Schedule>) {
    out.push_str("<div class=\"grid\">\n<h2>Tick each session when you have done it</h2>\n");
    let weeks = schedule
        .and_then(|s| s.weeks)
        .unwrap_or(OPEN_WEEKS)
        .min(MAX_WEEKS);
    out.push_str("<table class=\"ticks\">\n<tr><th>Week</th>");
    for day in 0..7 {
        let name = match schedule {
            Some(schedule) => add_days(schedule.start, day).strftime("%a").to_string(),
            None => format!("Day {}", day + 1),
        };
        let _ = write!(out, "<th>{name}</th>");
    }
    out.push_str("</tr>\n");
    for week in 1..=weeks {
        let _ = write!(out, "<tr><th>{week}</th>");
        for day in 0..7 {
            let Some(schedule) = schedule else {
                out.push_str("<td><span class=\"box\"></span></td>");
                continue;
            };
            let date = add_days(schedule.first_day(week), day);
            let label = date.strftime("%-d %b");
            if schedule.is_session_day(date) {
                let boxes = "<span class=\"box\"></span>".repeat(schedule.per_day as usize);
                let _ = write!(out, "<td>{label}<br>{boxes}</td>");
            } else {
                let _ = write!(out, "<td class=\"off\">{label}</td>");
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    if let Some(per_week) = schedule.and_then(|s| s.per_week) {
        let _ = writeln!(
            out,
            "<p class=\"muted\">Any {per_week} of the days each week: tick the days you did.</p>"
        );
    }
    out.push_str("</div>\n");
}
