//! The report's two drawings: minutes per week and pain before and after, as inline SVG.

use std::fmt::Write;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::esc;
use crate::report::{date_of_day, day_number, local_date, weeks};
use crate::store::history::SessionEntry;
use crate::t;

const CHART_W: f64 = 300.0;
const CHART_H: f64 = 95.0;
const LEFT: f64 = 22.0;
const BOTTOM: f64 = 14.0;

pub(super) fn minutes_chart(sessions: &[&SessionEntry], tz: &TimeZone) -> String {
    let weeks = weeks(sessions, tz);
    let top = weeks
        .iter()
        .map(|w| w.minutes)
        .fold(10.0_f64, f64::max)
        .ceil();
    let mut svg = svg_open(&t!("report-chart-minutes-label"));
    axis(&mut svg, &format!("{top:.0}"));
    let width = (CHART_W - LEFT - 4.0) / weeks.len().max(1) as f64;
    for (i, week) in weeks.iter().enumerate() {
        let h = (week.minutes / top) * (CHART_H - BOTTOM - 6.0);
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\" fill=\"#3b82f6\"><title>{}</title></rect>", // not translated: SVG markup
            LEFT + i as f64 * width + width * 0.1,
            CHART_H - BOTTOM - h,
            width * 0.8,
            esc(&t!(
                "report-chart-week-bar",
                week = t!(
                    "report-chart-week",
                    date = crate::format::date_plain(week.monday)
                ),
                minutes = format!("{:.0}", week.minutes),
                count = week.sessions
            )),
        );
    }
    if let (Some(first), Some(last)) = (weeks.first(), weeks.last()) {
        x_labels(&mut svg, first.monday, last.monday);
    }
    svg.push_str("</svg>\n");
    svg
}

pub(super) fn pain_chart(sessions: &[&SessionEntry], tz: &TimeZone) -> String {
    let mut svg = svg_open(&t!("report-chart-pain-label"));
    axis(&mut svg, "10");
    let days: Vec<i64> = sessions
        .iter()
        .map(|s| day_number(local_date(s.started, tz)))
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
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.6\" fill=\"none\" stroke=\"#b45309\" stroke-width=\"1\"/>", // not translated: SVG markup
                x(*day),
                y(p)
            );
        }
        if let Some(p) = session.pain_after {
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"1.8\" fill=\"#7c3aed\"/>", // not translated: SVG markup
                x(*day),
                y(p)
            );
        }
    }
    if let (Some(a), Some(b)) = (date_of_day(first), date_of_day(last)) {
        x_labels(&mut svg, a, b);
    }
    svg.push_str("</svg>\n");
    svg
}

fn svg_open(label: &str) -> String {
    format!(
        "<svg viewBox=\"0 0 {CHART_W} {CHART_H}\" role=\"img\" aria-label=\"{}\">", // not translated: SVG markup
        esc(label)
    )
}

fn axis(svg: &mut String, top_label: &str) {
    let base = CHART_H - BOTTOM;
    let x = LEFT - 3.0;
    let _ = write!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"{base}\" x2=\"{CHART_W}\" y2=\"{base}\" stroke=\"#888\" stroke-width=\"0.6\"/>" // not translated: SVG markup
    );
    let _ = write!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"6\" x2=\"{CHART_W}\" y2=\"6\" stroke=\"#ddd\" stroke-width=\"0.5\"/>" // not translated: SVG markup
    );
    let _ = write!(
        svg,
        "<text x=\"{x}\" y=\"9\" text-anchor=\"end\">{}</text><text x=\"{x}\" y=\"{base}\" text-anchor=\"end\">0</text>", // not translated: SVG markup
        esc(top_label),
    );
}

fn x_labels(svg: &mut String, first: Date, last: Date) {
    let y = CHART_H - 3.0;
    let _ = write!(
        svg,
        "<text x=\"{LEFT}\" y=\"{y}\">{}</text><text x=\"{CHART_W}\" y=\"{y}\" text-anchor=\"end\">{}</text>", // not translated: SVG markup
        esc(&crate::format::date_plain(first)),
        esc(&crate::format::date_plain(last)),
    );
}
