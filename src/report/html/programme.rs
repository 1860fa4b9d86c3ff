//! The report's section for one programme: its adherence first, then each week's counts, then
//! the sessions with a pain alert or started above the pain limit.

use std::fmt::Write;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{cut, esc, where_and_note};
use crate::programme::ProgrammeSummary;
use crate::report::pain_text;
use crate::report::programme::{flag_reasons, flagged, schedule_text, standing_text, week_dates};
use crate::store::history::SessionEntry;

/// At most this many flagged sessions are listed per programme, newest first (all are in the
/// CSV).
const FLAGGED: usize = 6;
/// At most this many weeks are listed, the latest (all are in the CSV).
const WEEKS: usize = 8;

/// The section for `programme`, counted as of `as_of` (in a report written `today`);
/// `sessions` are the period's.
pub(super) fn section(
    out: &mut String,
    programme: &ProgrammeSummary,
    sessions: &[&SessionEntry],
    as_of: Date,
    today: Date,
    tz: &TimeZone,
) {
    let adherence = &programme.adherence;
    // Counted as of the period's last day; said only when that is not the report's day.
    let mut standing = standing_text(&programme.schedule, as_of);
    if as_of != today {
        standing.push_str(&format!(" on {}", crate::report::day_text(as_of)));
    }
    let _ = write!(
        out,
        "<section class=\"programme\">\n<h2>Programme: {}</h2>\n\
         <p class=\"adherence\">{}</p>\n<p class=\"muted schedule\">{} · {}{}</p>\n",
        esc(&programme.title),
        esc(&adherence.sentence()),
        esc(&schedule_text(&programme.schedule)),
        esc(&standing),
        esc(&limits_text(sessions, programme)),
    );
    if adherence.weeks.is_empty() {
        out.push_str("</section>\n");
        return;
    }
    out.push_str("<div class=\"side\">\n");
    weeks_table(out, programme, as_of);
    let flagged: Vec<&&SessionEntry> = sessions
        .iter()
        .rev()
        .filter(|s| programme.holds(s) && flagged(s))
        .collect();
    if flagged.is_empty() {
        out.push_str("<div><h3>Pain alerts</h3>\n<p>None in this period.</p></div>\n");
    } else {
        flagged_list(out, &flagged, tz);
    }
    out.push_str("</div>\n</section>\n");
}

/// " · pain limits: stop above 5, alert on a rise of 2", from the newest session that has them.
fn limits_text(sessions: &[&SessionEntry], programme: &ProgrammeSummary) -> String {
    let Some(limits) = sessions
        .iter()
        .rev()
        .find(|s| programme.holds(s) && !s.pain_limits.is_empty())
        .map(|s| s.pain_limits)
    else {
        return String::new();
    };
    let mut parts = Vec::new();
    if let Some(limit) = limits.stop_above {
        parts.push(format!("stop above {limit}"));
    }
    if let Some(rise) = limits.rise_alert {
        parts.push(format!("alert on a rise of {rise}"));
    }
    format!(" · pain limits: {}", parts.join(", "))
}

fn weeks_table(out: &mut String, programme: &ProgrammeSummary, as_of: Date) {
    let current = programme.schedule.week_of(as_of);
    out.push_str(
        "<table class=\"list\">\n<tr><th>Week</th><th>Dates</th><th class=\"n\">Planned</th>\
         <th class=\"n\">Done</th><th class=\"n\">Partly</th><th class=\"n\">Pain alerts</th></tr>\n",
    );
    let weeks = &programme.adherence.weeks;
    let earlier = weeks.len().saturating_sub(WEEKS);
    for week in &weeks[earlier..] {
        let now = if current == Some(week.week) {
            " <span class=\"muted\">(so far)</span>"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<tr><td>{}{now}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            week.week,
            esc(&week_dates(&programme.schedule, week.week)),
            week.planned,
            week.done,
            week.partly,
            week.pain_alerts,
        );
    }
    if earlier > 0 {
        let _ = writeln!(
            out,
            "<tr><td colspan=\"6\" class=\"muted\">Weeks 1–{earlier} are in the CSV export.</td></tr>"
        );
    }
    out.push_str("</table>\n");
}

fn flagged_list(out: &mut String, flagged: &[&&SessionEntry], tz: &TimeZone) {
    out.push_str(
        "<div><h3>Pain alerts and sessions started above the limit</h3>\n<ul class=\"flags\">\n",
    );
    for s in flagged.iter().take(FLAGGED) {
        let mut parts = vec![format!("pain {}", pain_text(s))];
        parts.extend(flag_reasons(s));
        let note = where_and_note(s);
        let _ = writeln!(
            out,
            "<li><b>{}</b> · {}{}</li>",
            esc(&crate::format::day_short(
                s.started.to_zoned_datetime(tz.clone()).date()
            )),
            esc(&parts.join(" · ")),
            if note.is_empty() {
                String::new()
            } else {
                format!(" · <i>{}</i>", esc(&cut(&note)))
            },
        );
    }
    out.push_str("</ul>\n");
    if flagged.len() > FLAGGED {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{} more in the CSV export.</p>",
            flagged.len() - FLAGGED
        );
    }
    out.push_str("</div>\n");
}
