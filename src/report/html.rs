//! The printable report: one A4 page for the physiotherapist with the period's numbers, minutes
//! per week, pain before and after, the sessions and each exercise's totals. Plain HTML with its
//! own styles and drawings, nothing fetched.

use std::fmt::Write;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{Period, local_date, minutes_text, pain_text, totals, weeks};
use crate::store::history::SessionEntry;

/// At most this many sessions are listed, newest first, so the report stays one page.
const LISTED: usize = 12;
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
.signs { margin-top: 4mm; border: 1px solid #b45309; border-radius: 2mm; padding: 2mm 3mm }
@media print { body { margin: 0 } }";

/// The report for `sessions` (already chosen by `period`), as of `today` in `tz`.
pub fn html(sessions: &[&SessionEntry], period: &Period, today: Date, tz: &TimeZone) -> String {
    let mut out = String::new();
    let t = totals(sessions);
    let title = format!("Home exercise report — {}", period.label());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n\
         <style>\n{STYLE}\n</style>\n</head>\n<body>\n<h1>Home exercise report</h1>\n\
         <p>Period: <b>{}</b> · written by Repcue {} on {}</p>\n\
         <p class=\"muted\">Patient: ______________________ &nbsp; Physiotherapist: ______________________</p>\n",
        esc(&title),
        esc(&period.label()),
        env!("CARGO_PKG_VERSION"),
        esc(&super::day_text(today)),
    );
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
        out.push_str(&minutes_chart(sessions, tz));
        out.push_str("</div>\n<div><h2>Pain before (○) and after (●), 0–10</h2>\n");
        out.push_str(&pain_chart(sessions, tz));
        out.push_str("</div>\n</div>\n");
        sessions_table(&mut out, sessions, tz);
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

fn sessions_table(out: &mut String, sessions: &[&SessionEntry], tz: &TimeZone) {
    // One routine throughout (the usual case) is named once, leaving room for the notes.
    let routines: std::collections::BTreeSet<&str> =
        sessions.iter().map(|s| s.routine.as_str()).collect();
    let one = (routines.len() == 1)
        .then(|| routines.iter().next().copied())
        .flatten();
    let _ = write!(
        out,
        "<h2>Sessions (newest first){}</h2>\n<table class=\"list\">\n<tr><th>Date</th>{}\
         <th>Done</th><th class=\"n\">Time</th><th>Pain</th><th>Ended</th><th>Where / note</th></tr>\n",
        one.map_or(String::new(), |r| format!(" — {}", esc(r))),
        if one.is_some() {
            ""
        } else {
            "<th>Routine</th>"
        },
    );
    for s in sessions.iter().rev().take(LISTED) {
        let note = [s.pain_where.as_str(), s.note.as_str()]
            .iter()
            .filter(|t| !t.trim().is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" — ");
        let _ = writeln!(
            out,
            "<tr><td>{}</td>{}<td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td><td class=\"text\">{}</td></tr>",
            esc(&s
                .started
                .to_zoned_datetime(tz.clone())
                .strftime("%a %-d %b %Y %H:%M")
                .to_string()),
            if one.is_some() {
                String::new()
            } else {
                format!("<td class=\"text\">{}</td>", esc(&cut(&s.routine)))
            },
            esc(&s.completion()),
            esc(&minutes_text(s.active_ms() as f64 / 60_000.0)),
            esc(&pain_text(s)),
            esc(&match &s.stopped_during {
                Some(place) => format!("{} during {place}", s.ending.label()),
                None => s.ending.label().to_string(),
            }),
            esc(&cut(&note)),
        );
    }
    out.push_str("</table>\n");
    if sessions.len() > LISTED {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{} earlier session(s) in this period are counted above and listed in the CSV export.</p>",
            sessions.len() - LISTED
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

const CHART_W: f64 = 300.0;
const CHART_H: f64 = 95.0;
const LEFT: f64 = 22.0;
const BOTTOM: f64 = 14.0;

fn minutes_chart(sessions: &[&SessionEntry], tz: &TimeZone) -> String {
    let weeks = weeks(sessions, tz);
    let top = weeks
        .iter()
        .map(|w| w.minutes)
        .fold(10.0_f64, f64::max)
        .ceil();
    let mut svg = svg_open("Minutes of exercise per week");
    axis(&mut svg, &format!("{top:.0}"));
    let width = (CHART_W - LEFT - 4.0) / weeks.len().max(1) as f64;
    for (i, week) in weeks.iter().enumerate() {
        let h = (week.minutes / top) * (CHART_H - BOTTOM - 6.0);
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"#3b82f6\"><title>{}: {:.0} min, {} session(s)</title></rect>",
            LEFT + i as f64 * width + width * 0.1,
            CHART_H - BOTTOM - h,
            width * 0.8,
            esc(&week.monday.strftime("week of %-d %b %Y").to_string()),
            week.minutes,
            week.sessions,
        );
    }
    if let (Some(first), Some(last)) = (weeks.first(), weeks.last()) {
        x_labels(&mut svg, first.monday, last.monday);
    }
    svg.push_str("</svg>\n");
    svg
}

fn pain_chart(sessions: &[&SessionEntry], tz: &TimeZone) -> String {
    let mut svg = svg_open("Pain before and after each session, 0 to 10");
    axis(&mut svg, "10");
    let days: Vec<i64> = sessions
        .iter()
        .map(|s| super::day_number(local_date(s.started, tz)))
        .collect();
    let (first, last) = (
        days.iter().min().copied().unwrap_or(0),
        days.iter().max().copied().unwrap_or(0),
    );
    let span = (last - first).max(1) as f64;
    let x = |day: i64| LEFT + 4.0 + (day - first) as f64 / span * (CHART_W - LEFT - 10.0);
    let y = |pain: u8| CHART_H - BOTTOM - f64::from(pain) / 10.0 * (CHART_H - BOTTOM - 6.0);
    for (session, day) in sessions.iter().zip(&days) {
        if let Some(p) = session.pain_before {
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.6\" fill=\"none\" stroke=\"#b45309\" stroke-width=\"1\"/>",
                x(*day),
                y(p)
            );
        }
        if let Some(p) = session.pain_after {
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"1.8\" fill=\"#7c3aed\"/>",
                x(*day),
                y(p)
            );
        }
    }
    if let (Some(a), Some(b)) = (super::date_of_day(first), super::date_of_day(last)) {
        x_labels(&mut svg, a, b);
    }
    svg.push_str("</svg>\n");
    svg
}

fn svg_open(label: &str) -> String {
    format!(
        "<svg viewBox=\"0 0 {CHART_W} {CHART_H}\" role=\"img\" aria-label=\"{}\">",
        esc(label)
    )
}

fn axis(svg: &mut String, top_label: &str) {
    let base = CHART_H - BOTTOM;
    let _ = write!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"{base}\" x2=\"{CHART_W}\" y2=\"{base}\" stroke=\"#888\" stroke-width=\"0.6\"/>\
         <line x1=\"{LEFT}\" y1=\"6\" x2=\"{CHART_W}\" y2=\"6\" stroke=\"#ddd\" stroke-width=\"0.5\"/>\
         <text x=\"{}\" y=\"9\" text-anchor=\"end\">{}</text><text x=\"{}\" y=\"{base}\" text-anchor=\"end\">0</text>",
        LEFT - 3.0,
        esc(top_label),
        LEFT - 3.0,
    );
}

fn x_labels(svg: &mut String, first: Date, last: Date) {
    let y = CHART_H - 3.0;
    let _ = write!(
        svg,
        "<text x=\"{LEFT}\" y=\"{y}\">{}</text><text x=\"{CHART_W}\" y=\"{y}\" text-anchor=\"end\">{}</text>",
        esc(&first.strftime("%-d %b %Y").to_string()),
        esc(&last.strftime("%-d %b %Y").to_string()),
    );
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

/// Escapes text for HTML.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_escapes_what_people_typed_and_lists_sessions() {
        let mut a = crate::report::tests::session("a", Date::constant(2026, 11, 2), 10);
        a.note = "<script>alert(1)</script>".into();
        let page = html(
            &[&a],
            &Period::default(),
            Date::constant(2026, 11, 26),
            &TimeZone::UTC,
        );
        assert!(page.contains("&lt;script&gt;"));
        assert!(!page.contains("<script>"));
        assert!(page.contains("10 of 12 reps"));
        assert!(page.contains("4 → 2"));
        assert!(page.contains("<svg"));
    }
}
