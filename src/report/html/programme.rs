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
use crate::t;

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
        standing = t!(
            "report-standing-on",
            standing = standing,
            date = crate::report::day_text(as_of)
        );
    }
    let _ = write!(
        out,
        "<section class=\"programme\">\n<h2>{}</h2>\n<p class=\"adherence\">{}</p>\n<p class=\"muted schedule\">{} · {}{}</p>\n", // not translated: HTML markup
        esc(&t!("report-programme-heading", title = &programme.title)),
        esc(&adherence.sentence()),
        esc(&schedule_text(&programme.schedule)),
        esc(&standing),
        esc(&limits_text(sessions, programme)),
    );
    if adherence.weeks.is_empty() {
        out.push_str("</section>\n");
        return;
    }
    out.push_str("<div class=\"side\">\n"); // not translated: HTML markup
    weeks_table(out, programme, as_of);
    let flagged: Vec<&&SessionEntry> = sessions
        .iter()
        .rev()
        .filter(|s| programme.holds(s) && flagged(s))
        .collect();
    if flagged.is_empty() {
        let _ = writeln!(
            out,
            "<div><h3>{}</h3>\n<p>{}</p></div>",
            esc(&t!("report-pain-alerts-heading")),
            esc(&t!("report-pain-alerts-none"))
        );
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
        parts.push(t!("report-limit-stop-above", limit = limit));
    }
    if let Some(rise) = limits.rise_alert {
        parts.push(t!("report-limit-rise", rise = rise));
    }
    format!(" · {}", t!("report-pain-limits", limits = parts.join(", ")))
}

fn weeks_table(out: &mut String, programme: &ProgrammeSummary, as_of: Date) {
    let current = programme.schedule.week_of(as_of);
    let th_n = |id: String| format!("<th class=\"n\">{}</th>", esc(&id)); // not translated: HTML markup
    let _ = writeln!(
        out,
        "<table class=\"list\">\n<tr><th>{}</th><th>{}</th>{}{}{}{}</tr>", // not translated: HTML markup
        esc(&t!("report-col-week")),
        esc(&t!("report-col-dates")),
        th_n(t!("report-col-planned")),
        th_n(t!("report-col-done-sessions")),
        th_n(t!("report-col-partly")),
        th_n(t!("report-col-pain-alerts")),
    );
    let so_far = format!(
        " <span class=\"muted\">{}</span>", // not translated: HTML markup
        esc(&t!("report-week-so-far"))
    );
    let weeks = &programme.adherence.weeks;
    let earlier = weeks.len().saturating_sub(WEEKS);
    for week in &weeks[earlier..] {
        let now = if current == Some(week.week) {
            so_far.as_str()
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<tr><td>{}{now}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>", // not translated: HTML markup
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
            "<tr><td colspan=\"6\" class=\"muted\">{}</td></tr>", // not translated: HTML markup
            esc(&t!("report-weeks-in-csv", last = earlier))
        );
    }
    out.push_str("</table>\n");
}

fn flagged_list(out: &mut String, flagged: &[&&SessionEntry], tz: &TimeZone) {
    let _ = writeln!(
        out,
        "<div><h3>{}</h3>\n<ul class=\"flags\">", // not translated: HTML markup
        esc(&t!("report-flagged-heading"))
    );
    for s in flagged.iter().take(FLAGGED) {
        let mut parts = vec![t!("report-flag-pain", pain = pain_text(s))];
        parts.extend(flag_reasons(s));
        let note = where_and_note(s);
        let _ = writeln!(
            out,
            "<li><b>{}</b> · {}{}</li>", // not translated: HTML markup
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
            "<p class=\"muted\">{}</p>", // not translated: HTML markup
            esc(&t!("report-flagged-more", count = flagged.len() - FLAGGED))
        );
    }
    out.push_str("</div>\n");
}
