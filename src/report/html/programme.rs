//! The report's section for one programme: its adherence first, then each week's counts, then
//! the sessions with a pain alert or started above the pain limit.

use std::fmt::Write;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{cut, esc};
use crate::programme::ProgrammeSummary;
use crate::report::pain_text;
use crate::report::programme::{flag_reasons, flagged, schedule_text, standing_text, week_dates};
use crate::store::history::SessionEntry;

/// At most this many flagged sessions are listed per programme, newest first (all are in the
/// CSV).
const FLAGGED: usize = 6;

/// The section for `programme`, counted as of `as_of`; `sessions` are the period's.
pub(super) fn section(
    out: &mut String,
    programme: &ProgrammeSummary,
    sessions: &[&SessionEntry],
    as_of: Date,
    tz: &TimeZone,
) {
    let adherence = &programme.adherence;
    let _ = write!(
        out,
        "<section class=\"programme\">\n<h2>Programme: {}</h2>\n\
         <p class=\"adherence\">{}</p>\n<p class=\"muted\">{} · {} on {}{}</p>\n",
        esc(&programme.title),
        esc(&adherence.sentence()),
        esc(&schedule_text(&programme.schedule)),
        esc(&standing_text(&programme.schedule, as_of)),
        esc(&super::super::day_text(as_of)),
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
        flagged_table(out, &flagged, tz);
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
    for week in &programme.adherence.weeks {
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
    out.push_str("</table>\n");
}

fn flagged_table(out: &mut String, flagged: &[&&SessionEntry], tz: &TimeZone) {
    out.push_str(
        "<div><h3>Pain alerts and sessions started above the limit</h3>\n<table class=\"list\">\n\
         <tr><th>Date</th><th>Pain</th><th>Why</th><th>Where / note</th></tr>\n",
    );
    for s in flagged.iter().take(FLAGGED) {
        let note = [s.pain_where.as_str(), s.note.as_str()]
            .iter()
            .filter(|t| !t.trim().is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" — ");
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"text\">{}</td><td class=\"text\">{}</td></tr>",
            esc(&s
                .started
                .to_zoned_datetime(tz.clone())
                .strftime("%a %-d %b")
                .to_string()),
            esc(&pain_text(s)),
            esc(&flag_reasons(s).join("; ")),
            esc(&cut(&note)),
        );
    }
    out.push_str("</table>\n");
    if flagged.len() > FLAGGED {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{} more in the CSV export.</p>",
            flagged.len() - FLAGGED
        );
    }
    out.push_str("</div>\n");
}
