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
use crate::store::history::SessionEntry;

/// At most this many sessions are listed, newest first, so the report stays one page (fewer
/// when programme sections take room).
const LISTED: usize = 12;
const LISTED_WITH_PROGRAMME: usize = 5;
/// Routine names and notes are cut to this many characters in the list (whole in the CSV).
const CELL_CHARS: usize = 60;

const STYLE: &str = "@page { size: A4; margin: 12mm }
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
    let title = format!("Home exercise report — {}", period.label());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>\n{STYLE}\n</style>\n</head>\n<body{}>\n<h1>Home exercise report</h1>\n\
         <p>Period: <b>{}</b> · written by Repcue {} on {}</p>\n\
         <p class=\"muted\">Patient: ______________________ &nbsp; Physiotherapist: ______________________</p>\n",
        esc(&title),
        if programmes.is_empty() {
            ""
        } else {
            " class=\"compact\""
        },
        esc(&period.label()),
        env!("CARGO_PKG_VERSION"),
        esc(&super::day_text(today)),
    );
    let as_of = super::as_of(period, today);
    for p in programmes {
        programme::section(&mut out, p, sessions, as_of, today, tz);
    }
    let days: std::collections::BTreeSet<Date> =
        sessions.iter().map(|s| local_date(s.started, tz)).collect();
    let average = |v: Option<f64>| v.map_or("–".to_string(), |v| format!("{v:.1}"));
    let (done, planned) = t.reps;
    let percent = if planned > 0 {
        format!(" ({:.0} %)", done as f64 * 100.0 / planned as f64)
    } else {
        String::new()
    };
    let numbers = [
        ("Sessions", t.sessions.to_string()),
        ("Days active", days.len().to_string()),
        ("Exercise time", minutes_text(t.minutes)),
        ("Completed", format!("{} of {}", t.completed, t.sessions)),
        ("Stopped for pain", t.stopped_for_pain.to_string()),
        ("Reps done", format!("{done} of {planned}{percent}")),
        (
            "Pain before → after",
            format!("{} → {}", average(t.pain_before), average(t.pain_after)),
        ),
    ];
    out.push_str("<div class=\"numbers\">\n");
    for (label, value) in numbers {
        let _ = writeln!(out, "<div>{}<b>{}</b></div>", esc(label), esc(&value));
    }
    out.push_str("</div>\n");
    if sessions.is_empty() {
        out.push_str("<p>No sessions were recorded in this period.</p>\n");
    } else {
        out.push_str("<div class=\"charts\">\n<div><h2>Minutes per week</h2>\n");
        out.push_str(&charts::minutes_chart(sessions, tz));
        out.push_str("</div>\n<div><h2>Pain before (○) and after (●), 0–10</h2>\n");
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
    use crate::safety::{CONTACT, CONTACT_HEADING, URGENT, URGENT_HEADING};
    let _ = write!(
        out,
        "<div class=\"signs\"><b class=\"urgent\">{}</b> {}.<br><b>{}</b> {}.</div>\n</body>\n</html>\n",
        esc(URGENT_HEADING),
        esc(&URGENT.join("; ")),
        esc(CONTACT_HEADING),
        esc(&CONTACT.join("; ")),
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
    let _ = write!(
        out,
        "<h2>Sessions (newest first){}</h2>\n<table class=\"list\">\n<tr><th>Date</th>{}{}\
         <th>Done</th><th class=\"n\">Time</th><th>Pain</th><th>Ended</th><th>Where / note</th></tr>\n",
        one.map_or(String::new(), |r| format!(" — {}", esc(r))),
        if weeks {
            "<th class=\"n\">Week</th>"
        } else {
            ""
        },
        if one.is_some() {
            ""
        } else {
            "<th>Routine</th>"
        },
    );
    for s in sessions.iter().rev().take(listed) {
        let note = where_and_note(s);
        let _ = writeln!(
            out,
            "<tr><td>{}</td>{}{}<td>{}</td><td class=\"n\">{}</td><td>{}{}</td><td class=\"text\">{}{}</td><td class=\"text\">{}</td></tr>",
            esc(&crate::report::moment_text(s.started, tz)),
            match (&s.programme, weeks) {
                (Some(mark), true) => format!("<td class=\"n\">{}</td>", mark.week),
                (None, true) => "<td class=\"n\">–</td>".to_string(),
                (_, false) => String::new(),
            },
            if one.is_some() {
                String::new()
            } else {
                format!("<td class=\"text\">{}</td>", esc(&cut(&s.routine)))
            },
            esc(&s.completion()),
            esc(&minutes_text(s.active_ms() as f64 / 60_000.0)),
            esc(&pain_text(s)),
            if s.pain_alert() {
                " <span class=\"alert\">alert</span>"
            } else {
                ""
            },
            esc(&match &s.stopped_during {
                Some(place) => format!("{} during {place}", s.ending.label()),
                None => s.ending.label().to_string(),
            }),
            if s.started_above_limit {
                " <span class=\"alert\">· started anyway</span>"
            } else {
                ""
            },
            esc(&cut(&note)),
        );
    }
    out.push_str("</table>\n");
    if sessions.len() > listed {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{} earlier session(s) in this period are counted above and listed in the CSV export.</p>",
            sessions.len() - listed
        );
    }
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
    out.push_str(
        "<h2>Exercises</h2>\n<table>\n<tr><th>Exercise</th><th class=\"n\">Sessions</th>\
         <th class=\"n\">Reps done</th><th class=\"n\">Holds done</th><th class=\"n\">Steps skipped</th></tr>\n",
    );
    for (name, [count, reps, reps_of, holds, holds_of, skipped]) in rows {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"n\">{count}</td><td class=\"n\">{reps} of {reps_of}</td>\
             <td class=\"n\">{holds} of {holds_of}</td><td class=\"n\">{skipped}</td></tr>",
            esc(&name)
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
