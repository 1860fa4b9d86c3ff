//! What the History screen shows, counted once per history or period change (never per frame):
//! the period's sessions as rows, their totals, days active and the charts' points.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{Period, Totals, Week};
use crate::store::history::{History, SessionEntry};

/// One session as the list shows it.
#[derive(Debug, Clone)]
pub struct Row {
    /// The text of its row (also its accessible name).
    pub label: String,
    /// The session.
    pub entry: SessionEntry,
}

/// Everything the screen shows, computed when the history or the period changes (not per frame).
#[derive(Debug, Clone)]
pub struct HistoryModel {
    /// The last this many days (`None`: every session), as chosen.
    pub days: Option<i64>,
    /// As a period of days.
    pub period: Period,
    /// Today, in the person's time zone.
    pub today: Date,
    /// Sessions in the period, newest first.
    pub rows: Vec<Row>,
    /// Their totals.
    pub totals: Totals,
    /// Days with a session among the last 7 and the last 30.
    pub days_active: (usize, usize),
    /// The charts.
    pub charts: ChartData,
}

impl HistoryModel {
    /// Counts `history` for the last `days` days (or all of it) as of `today`.
    pub fn new(history: &History, days: Option<i64>, today: Date, tz: &TimeZone) -> Self {
        let period = days.map_or_else(Period::default, |days| Period::last_days(today, days));
        let chosen = period.select(&history.sessions, tz);
        let weeks = super::weeks(&chosen, tz);
        let charts = ChartData::new(
            &weeks,
            chosen.iter().map(|s| {
                let day = super::day_number(super::local_date(s.started, tz));
                (day, s.pain_before, s.pain_after)
            }),
        );
        let rows = chosen
            .iter()
            .rev()
            .map(|s| Row {
                label: format!(
                    "{}  ·  {}  ·  {}  ·  {}  ·  {}",
                    super::moment_text(s.started, tz),
                    s.routine,
                    s.completion(),
                    super::pain_words(s),
                    s.ending.label()
                ),
                entry: (*s).clone(),
            })
            .collect();
        Self {
            days,
            period,
            today,
            totals: super::totals(&chosen),
            days_active: (
                super::days_active(&history.sessions, today, 7, tz),
                super::days_active(&history.sessions, today, 30, tz),
            ),
            rows,
            charts,
        }
    }
}

/// What the charts draw, computed when the history or the period changes.
#[derive(Debug, Clone, Default)]
pub struct ChartData {
    /// (day number of the Monday, sessions, minutes) per week.
    pub weeks: Vec<(f64, f64, f64)>,
    /// (day number, pain) before sessions.
    pub pain_before: Vec<[f64; 2]>,
    /// (day number, pain) after sessions.
    pub pain_after: Vec<[f64; 2]>,
}

impl ChartData {
    /// From the weeks and (day number, before, after) per session.
    pub fn new(weeks: &[Week], pain: impl Iterator<Item = (i64, Option<u8>, Option<u8>)>) -> Self {
        let mut data = Self {
            weeks: weeks
                .iter()
                .map(|w| {
                    (
                        super::day_number(w.monday) as f64,
                        w.sessions as f64,
                        w.minutes,
                    )
                })
                .collect(),
            ..Self::default()
        };
        for (day, before, after) in pain {
            if let Some(p) = before {
                data.pain_before.push([day as f64, f64::from(p)]);
            }
            if let Some(p) = after {
                data.pain_after.push([day as f64, f64::from(p)]);
            }
        }
        data
    }
}
