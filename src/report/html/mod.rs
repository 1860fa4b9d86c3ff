//! The printable report: one A4 page for the physiotherapist with each programme's adherence,
//! weeks and pain alerts, the period's numbers, minutes per week, pain before and after, the
//! sessions and each exercise's totals. Plain HTML with its own styles and drawings, nothing
//! fetched.

mod charts;
mod programme;

use std::fmt::Write;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{Period, local_date, minutes_text, pain_text, totals};
use crate::programme::ProgrammeSummary;
use crate::safety;
use crate::store::history::SessionEntry;
use crate::t;

/// At most this many sessions are listed, newest first, so the report stays one page (fewer
/// when programme sections take room).
const LISTED: usize = 12;
const LISTED_WITH_PROGRAMME: usize = 5;
/// Routine names and notes are cut to this many characters in the list (whole in the CSV).
const CELL_CHARS: usize = 60;

const STYLE: &str = "\
@page { size: A4; margin: 12mm }
body { font: 10pt/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #111; max-width: 186mm; margin: 8mm auto }
h1 { font-size: 16pt; margin: 0 0 2mm } h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm }
p { margin: 1mm 0 } .muted { color: #555 }
.numbers { display: flex; gap: 1.5mm; margin: 3mm 0; font-size: 8.5pt }
.numbers div { border: 1px solid #bbb; border-radius: 2mm; padding: 1.2mm 2mm; flex: 1 }
.numbers b { display: block; font-size: 11.5pt; white-space: nowrap }
.charts { display: flex; gap: 4mm } .charts > div { flex: 1 }
svg { width: 100%; height: auto } svg text { font: 8px sans-serif; fill: #333 }
table { border-collapse: collapse; width: 100% } tr { break-inside: avoid }
th, td { border-bottom: 1px solid #ccc; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; white-space: nowrap }
td.text { white-space: normal } table.list { font-size: 8.5pt }
th { font-weight: 600; border-bottom: 1.5px solid #555 } td.n, th.n { text-align: right }
h3 { font-size: 9.5pt; margin: 0 0 1mm } .programme { margin: 3mm 0 }
.adherence { font-size: 12pt; font-weight: 600; margin: 1.5mm 0 }
.side { display: flex; gap: 5mm; margin-top: 2mm; align-items: flex-start }
.side > table { width: auto; flex: none } .side > div { flex: 1 }
.alert { color: #9a3412; font-weight: 600 }
/* With a programme section: smaller charts and lists, so the page still holds everything. */
.compact h2 { margin-top: 2.5mm } .compact .charts svg { max-height: 21mm }
.compact table { font-size: 8.5pt } .compact .numbers { margin: 2mm 0 }
.compact .numbers b { font-size: 10.5pt } .compact .signs { font-size: 9pt; margin-top: 3mm }
.schedule { font-size: 9pt }
.flags { margin: 0; padding-left: 4mm; font-size: 8.5pt } .flags li { margin-bottom: 0.8mm }
.signs { margin-top: 4mm; border: 1px solid #b45309; border-radius: 2mm; padding: 2mm 3mm }
@media print { body { margin: 0 } }";

/// The report for `sessions` (already chosen by `period`) and the `programmes` it covers (see
/// [`super::programmes`]), as of `today` in `tz`.
pub fn html(
    sessions: &[&SessionEntry],
    programmes: &[ProgrammeSummary],
    period: &Period,
    today: Date,
    tz: &TimeZone,
) -> String {
    let mut out = String::new();
    let t = totals(sessions);
    let title = t!("report-title-period", period = period.label());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n", // not translated: HTML markup
        crate::i18n::current().code(),
        esc(&title),
    );
    let _ = writeln!(
        out,
        "<style>\n{STYLE}\n</style>\n</head>\n<body{}>\n<h1>{}</h1>", // not translated: HTML markup
        if programmes.is_empty() {
            ""
        } else {
            " class=\"compact\"" // not translated: HTML markup
        },
        esc(&t!("report-title")),
    );
    let line = t!(
        "report-period-line",
        period = mark(0),
        version = env!("CARGO_PKG_VERSION"),
        date = super::day_text(today)
    );
    let bold_period = format!("<b>{}</b>", esc(&period.label()));
    let _ = writeln!(out, "<p>{}</p>", esc_marked(&line, &[bold_period]));
    let blank = "______________________";
    let _ = writeln!(
        out,
        "<p class=\"muted\">{} {blank} &nbsp; {} {blank}</p>", // not translated: HTML markup
        esc(&t!("report-patient")),
        esc(&t!("report-physiotherapist")),
    );
    let as_of = super::as_of(period, today);
    for p in programmes {
        programme::section(&mut out, p, sessions, as_of, today, tz);
    }
    let days: std::collections::BTreeSet<Date> =
        sessions.iter().map(|s| local_date(s.started, tz)).collect();
    let average = |v: Option<f64>| {
        v.map_or("–".to_string(), |v| {
            crate::format::decimal(&format!("{v:.1}"))
        })
    };
    let (done, planned) = t.reps;
    let reps = if planned > 0 {
        t!(
            "report-count-of-percent",
            done = done,
            total = planned,
            percent = format!("{:.0}", done as f64 * 100.0 / planned as f64)
        )
    } else {
        t!("report-count-of", done = done, total = planned)
    };
    let numbers = [
        (t!("report-number-sessions"), t.sessions.to_string()),
        (t!("report-number-days-active"), days.len().to_string()),
        (t!("report-number-exercise-time"), minutes_text(t.minutes)),
        (
            t!("report-number-completed"),
            t!("report-count-of", done = t.completed, total = t.sessions),
        ),
        (
            t!("report-number-stopped-for-pain"),
            t.stopped_for_pain.to_string(),
        ),
        (t!("report-number-reps-done"), reps),
        (
            t!("report-number-pain"),
            format!("{} → {}", average(t.pain_before), average(t.pain_after)),
        ),
    ];
    out.push_str("<div class=\"numbers\">\n"); // not translated: HTML markup
    for (label, value) in numbers {
        let _ = writeln!(out, "<div>{}<b>{}</b></div>", esc(&label), esc(&value));
    }
    out.push_str("</div>\n");
    if sessions.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(&t!("report-no-sessions")));
    } else {
        let _ = writeln!(
            out,
            "<div class=\"charts\">\n<div><h2>{}</h2>", // not translated: HTML markup
            esc(&t!("report-chart-minutes-heading"))
        );
        out.push_str(&charts::minutes_chart(sessions, tz));
        let _ = writeln!(
            out,
            "</div>\n<div><h2>{}</h2>",
            esc(&t!("report-chart-pain-heading"))
        );
        out.push_str(&charts::pain_chart(sessions, tz));
        out.push_str("</div>\n</div>\n");
        let listed = if programmes.is_empty() {
            LISTED
        } else {
            LISTED_WITH_PROGRAMME
        };
        sessions_table(&mut out, sessions, listed, tz);
        exercises_table(&mut out, sessions);
    }
    let _ = write!(
        out,
        "<div class=\"signs\"><b class=\"urgent\">{}</b> {}.<br><b>{}</b> {}.</div>\n</body>\n</html>\n", // not translated: HTML markup
        esc(&safety::urgent_heading()),
        esc(&safety::urgent().join("; ")),
        esc(&safety::contact_heading()),
        esc(&safety::contact().join("; ")),
    );
    out
}

fn sessions_table(out: &mut String, sessions: &[&SessionEntry], listed: usize, tz: &TimeZone) {
    // One routine throughout (the usual case) is named once, leaving room for the notes.
    let routines: std::collections::BTreeSet<&str> =
        sessions.iter().map(|s| s.routine.as_str()).collect();
    let one = (routines.len() == 1)
        .then(|| routines.iter().next().copied())
        .flatten();
    // The programme week, when any listed session has one.
    let weeks = sessions
        .iter()
        .rev()
        .take(listed)
        .any(|s| s.programme.is_some());
    let heading = match one {
        Some(routine) => t!("report-sessions-heading-routine", routine = routine),
        None => t!("report-sessions-heading"),
    };
    let th = |id: String| format!("<th>{}</th>", esc(&id));
    let th_n = |id: String| format!("<th class=\"n\">{}</th>", esc(&id)); // not translated: HTML markup
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<table class=\"list\">\n<tr>{}{}{}{}{}{}{}{}</tr>", // not translated: HTML markup
        esc(&heading),
        th(t!("report-col-date")),
        if weeks {
            th_n(t!("report-col-week"))
        } else {
            String::new()
        },
        if one.is_some() {
            String::new()
        } else {
            th(t!("report-col-routine"))
        },
        th(t!("report-col-done")),
        th_n(t!("report-col-time")),
        th(t!("report-col-pain")),
        th(t!("report-col-ended")),
        th(t!("report-col-where-note")),
    );
    for s in sessions.iter().rev().take(listed) {
        let note = where_and_note(s);
        let _ = writeln!(
            out,
            "<tr><td>{}</td>{}{}<td>{}</td><td class=\"n\">{}</td><td>{}{}</td><td class=\"text\">{}{}</td><td class=\"text\">{}</td></tr>", // not translated: HTML markup
            esc(&crate::report::moment_text(s.started, tz)),
            match (&s.programme, weeks) {
                (Some(mark), true) => format!("<td class=\"n\">{}</td>", mark.week), // not translated: HTML markup
                (None, true) => "<td class=\"n\">–</td>".to_string(), // not translated: HTML markup
                (_, false) => String::new(),
            },
            if one.is_some() {
                String::new()
            } else {
                format!("<td class=\"text\">{}</td>", esc(&cut(&s.routine))) // not translated: HTML markup
            },
            esc(&s.completion()),
            esc(&minutes_text(s.active_ms() as f64 / 60_000.0)),
            esc(&pain_text(s)),
            if s.pain_alert() {
                alert_tag(&t!("report-alert"))
            } else {
                String::new()
            },
            esc(&match &s.stopped_during {
                Some(place) => t!(
                    "report-ended-during",
                    ending = s.ending.label(),
                    place = place
                ),
                None => s.ending.label().to_string(),
            }),
            if s.started_above_limit {
                alert_tag(&format!("· {}", t!("report-started-anyway")))
            } else {
                String::new()
            },
            esc(&cut(&note)),
        );
    }
    out.push_str("</table>\n");
    if sessions.len() > listed {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>", // not translated: HTML markup
            esc(&t!(
                "report-earlier-sessions",
                count = sessions.len() - listed
            ))
        );
    }
}

/// A word marking a pain alert in the sessions list.
fn alert_tag(text: &str) -> String {
    format!(" <span class=\"alert\">{}</span>", esc(text)) // not translated: HTML markup
}

fn exercises_table(out: &mut String, sessions: &[&SessionEntry]) {
    // Per exercise name, in the order first seen.
    let mut rows: Vec<(String, [u64; 6])> = Vec::new();
    for s in sessions {
        for e in &s.exercises {
            let index = match rows.iter().position(|(name, _)| *name == e.name) {
                Some(index) => index,
                None => {
                    rows.push((e.name.clone(), [0; 6]));
                    rows.len() - 1
                }
            };
            let sums = &mut rows[index].1;
            for (sum, value) in sums.iter_mut().zip([
                1,
                e.reps_done,
                e.reps_prescribed,
                e.holds_done,
                e.holds_prescribed,
                e.steps_skipped,
            ]) {
                *sum += value;
            }
        }
    }
    let th_n = |id: String| format!("<th class=\"n\">{}</th>", esc(&id)); // not translated: HTML markup
    let _ = writeln!(
        out,
        "<h2>{}</h2>\n<table>\n<tr><th>{}</th>{}{}{}{}</tr>",
        esc(&t!("report-exercises-heading")),
        esc(&t!("report-col-exercise")),
        th_n(t!("report-col-sessions")),
        th_n(t!("report-col-reps-done")),
        th_n(t!("report-col-holds-done")),
        th_n(t!("report-col-steps-skipped")),
    );
    for (name, [count, reps, reps_of, holds, holds_of, skipped]) in rows {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{count}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{skipped}</td></tr>", // not translated: HTML markup
            esc(&name),
            esc(&t!("report-count-of", done = reps, total = reps_of)),
            esc(&t!("report-count-of", done = holds, total = holds_of)),
        );
    }
    out.push_str("</table>\n");
}

/// Cuts text to [`CELL_CHARS`] characters, marking the cut.
fn cut(text: &str) -> String {
    if text.chars().count() <= CELL_CHARS {
        return text.to_string();
    }
    let mut short: String = text.chars().take(CELL_CHARS - 1).collect();
    short.push('…');
    short
}

pub(super) use crate::format::html as esc;

/// A stand-in for the `index`th piece of markup in a message, for [`esc_marked`]: a character
/// of Unicode's private use area, which no message has and escaping leaves alone.
pub(crate) fn mark(index: u32) -> String {
    char::from_u32(0xE000 + index).map_or_else(String::new, String::from)
}

/// `text` escaped for the page, with each [`mark`] replaced by its piece of `markup` (already
/// safe HTML): how a translated sentence keeps, say, one bold word wherever its language puts it.
pub(crate) fn esc_marked(text: &str, markup: &[String]) -> String {
    let mut out = esc(text);
    for (index, piece) in (0..).zip(markup) {
        out = out.replace(&mark(index), piece);
    }
    out
}

/// Where it hurt and the note, joined for a table cell.
fn where_and_note(s: &SessionEntry) -> String {
    [s.pain_where.as_str(), s.note.as_str()]
        .iter()
        .filter(|t| !t.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ")
}

#[cfg(test)]
pub(crate) mod tests;
