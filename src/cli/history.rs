//! `repcue history` and `repcue export`: the History screen's list and exports from the command
//! line, so a clinic can script them.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::Outcome;
use crate::programme::ProgrammeSummary;
use crate::report::{self, Period};
use crate::store::Paths;
use crate::store::recorder;
use crate::t;

pub(super) fn open(paths: &Paths) -> anyhow::Result<crate::store::history::History> {
    let opened = recorder::open(&paths.data, jiff::Timestamp::now()).with_context(|| {
        t!(
            "cli-cannot-open-history",
            folder = paths.data.display().to_string()
        )
    })?;
    for notice in &opened.notices {
        eprintln!("repcue: {notice}"); // not translated: the program's name before a message
    }
    Ok(opened.history)
}

/// One line per session, newest first; a programme's sessions name their week, and pain
/// alerts and sessions started above the pain limit are marked at the end.
pub fn history_lines(
    sessions: &[&crate::store::history::SessionEntry],
    tz: &TimeZone,
) -> Vec<String> {
    sessions
        .iter()
        .rev()
        .map(|s| {
            let start = s.started.to_zoned_datetime(tz.clone());
            // "pain 3 → 4" padded as "pain " and the value padded to 7 were.
            let pain = t!("cli-history-pain", pain = report::pain_text(s));
            let mut line = format!(
                "{}  {:<16}  {:<18}  {pain:<12}  {}",
                start.strftime("%Y-%m-%d %H:%M"),
                s.ending.label(),
                s.completion(),
                s.routine
            );
            if let Some(mark) = &s.programme {
                line.push_str(" · ");
                line.push_str(&t!("cli-history-week", week = mark.week));
            }
            if s.pain_alert() {
                line.push_str("  ! ");
                line.push_str(&t!("cli-history-pain-alert"));
            }
            if s.started_above_limit {
                line.push_str("  ! ");
                line.push_str(&t!("cli-history-started-anyway"));
            }
            line
        })
        .collect()
}

/// Two lines per programme: its title, start, standing and pain alerts, then its adherence
/// ("Adherence: 9 of 12 planned sessions done (75 %), 1 partly done"), counted as of `as_of`.
pub fn programme_lines(programmes: &[ProgrammeSummary], as_of: Date) -> Vec<String> {
    let mut lines = Vec::new();
    for p in programmes {
        let alerts = p.adherence.pain_alerts();
        let mut head = t!(
            "cli-programme-head",
            title = &p.title,
            start = p.schedule.start.to_string(),
            standing = report::programme::standing_text(&p.schedule, as_of)
        );
        if alerts > 0 {
            head.push_str(" · ");
            head.push_str(&t!("cli-programme-pain-alerts", count = alerts));
        }
        lines.push(head);
        lines.push(format!("  {}", p.adherence.sentence()));
    }
    lines
}

/// Prints the sessions since `since`, newest first.
pub(super) fn history(paths: &Paths, since: Option<Date>) -> anyhow::Result<Outcome> {
    let history = open(paths)?;
    let tz = TimeZone::system();
    let period = Period { since, until: None };
    let sessions = period.select(&history.sessions, &tz);
    let today = report::local_date(jiff::Timestamp::now(), &tz);
    let programmes = report::programmes(&history.sessions, &period, today, &tz);
    let mut out = std::io::stdout().lock();
    for line in programme_lines(&programmes, report::as_of(&period, today)) {
        writeln!(out, "{line}")?;
    }
    if !programmes.is_empty() {
        writeln!(out)?;
    }
    if sessions.is_empty() {
        let folder = paths.data.display().to_string();
        let said = match since {
            Some(since) => t!(
                "cli-no-sessions-since",
                since = since.to_string(),
                folder = folder
            ),
            None => t!("cli-no-sessions", folder = folder),
        };
        writeln!(out, "{said}")?;
    }
    for line in history_lines(&sessions, &tz) {
        writeln!(out, "{line}")?;
    }
    Ok(Outcome::Done)
}

/// Writes the CSV and/or the report of the sessions since `since`.
pub(super) fn export(
    paths: &Paths,
    csv: Option<&Path>,
    html: Option<&Path>,
    since: Option<Date>,
) -> anyhow::Result<Outcome> {
    let history = open(paths)?;
    let tz = TimeZone::system();
    let period = Period { since, until: None };
    let sessions = period.select(&history.sessions, &tz);
    let today = report::local_date(jiff::Timestamp::now(), &tz);
    let programmes = report::programmes(&history.sessions, &period, today, &tz);
    if let Some(file) = csv {
        let bytes =
            report::csv(&sessions, &programmes, &tz).with_context(|| t!("cli-cannot-make-csv"))?;
        crate::store::write_atomic(file, &bytes)
            .with_context(|| t!("cli-cannot-write", file = file.display().to_string()))?;
        println!("{}", wrote(file, sessions.len()));
    }
    if let Some(file) = html {
        let page = report::html(&sessions, &programmes, &period, today, &tz);
        crate::store::write_atomic(file, page.as_bytes())
            .with_context(|| t!("cli-cannot-write", file = file.display().to_string()))?;
        println!("{}", wrote(file, sessions.len()));
    }
    Ok(Outcome::Done)
}

/// "Wrote report.csv (12 sessions)."
fn wrote(file: &Path, sessions: usize) -> String {
    t!(
        "cli-wrote-sessions",
        file = file.display().to_string(),
        sessions = t!("count-sessions", count = sessions)
    )
}
