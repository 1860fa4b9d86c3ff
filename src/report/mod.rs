//! What the history says, counted for people: periods, days active, weeks, pain over time; and
//! the exports for the physiotherapist (CSV and a printable page), the same from the History
//! screen and from `repcue export`.

mod csv;
mod html;
mod model;
pub mod programme;

pub use csv::csv;
pub use html::html;
pub(crate) use html::{esc_marked, mark};
pub use model::{ChartData, HistoryModel};
pub use programme::{as_of, programmes};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

use crate::session::Ending;
use crate::store::history::SessionEntry;
use crate::t;

/// A span of calendar days (both ends included), in the person's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Period {
    /// First day, or from the beginning.
    pub since: Option<Date>,
    /// Last day, or up to now.
    pub until: Option<Date>,
}

impl Period {
    /// The last `days` days, today included.
    pub fn last_days(today: Date, days: i64) -> Self {
        Self {
            since: today.checked_sub((days - 1).days()).ok(),
            until: None,
        }
    }

    /// Whether a session started within the period.
    pub fn contains(&self, session: &SessionEntry, tz: &TimeZone) -> bool {
        let day = local_date(session.started, tz);
        self.since.is_none_or(|since| day >= since) && self.until.is_none_or(|until| day <= until)
    }

    /// The sessions within the period, in the order given.
    pub fn select<'a>(&self, sessions: &'a [SessionEntry], tz: &TimeZone) -> Vec<&'a SessionEntry> {
        sessions.iter().filter(|s| self.contains(s, tz)).collect()
    }

    /// "1 Nov 2026 – 26 Nov 2026", "since 1 Nov 2026", "all sessions".
    pub fn label(&self) -> String {
        match (self.since, self.until) {
            (Some(since), Some(until)) => t!(
                "report-period-between",
                since = day_text(since),
                until = day_text(until)
            ),
            (Some(since), None) => t!("report-period-since", date = day_text(since)),
            (None, Some(until)) => t!("report-period-until", date = day_text(until)),
            (None, None) => t!("report-period-all"),
        }
    }
}

/// Why an export was not written; each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The CSV could not be made.
    #[error("{}", t!("report-error-csv", reason = .0))]
    Csv(String),
    /// The file could not be written.
    #[error("{}", t!("report-error-write", file = .path.display().to_string(), reason = .source.to_string()))]
    Write {
        /// Where it was to go.
        path: std::path::PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// Making it failed in a way nobody expected (a bug).
    #[error("{}", t!("report-error-unexpected", file = .0.display().to_string()))]
    Unexpected(std::path::PathBuf),
}

/// The kinds of export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// One row per session, per exercise and per programme week.
    Csv,
    /// The printable one-page report.
    Html,
}

impl ExportKind {
    /// The file name offered for it.
    pub fn file_name(self, today: Date) -> String {
        let day = today.strftime("%Y-%m-%d");
        match self {
            Self::Csv => format!("repcue-sessions-{day}.csv"),
            Self::Html => format!("repcue-report-{day}.html"),
        }
    }
}

/// The calendar day of a moment in `tz`.
pub fn local_date(at: Timestamp, tz: &TimeZone) -> Date {
    at.to_zoned_datetime(tz.clone()).date()
}

/// "Thu 26 Nov 2026".
pub fn day_text(date: Date) -> String {
    crate::format::day_text(date)
}

/// "Thu 26 Nov 2026, 09:30" in `tz`.
pub fn moment_text(at: Timestamp, tz: &TimeZone) -> String {
    crate::format::day_time(at.to_zoned_datetime(tz.clone()).datetime())
}

/// Days since 1 January 1970 (for chart axes).
pub fn day_number(date: Date) -> i64 {
    date.since(Date::constant(1970, 1, 1))
        .map_or(0, |span| i64::from(span.get_days()))
}

/// The date of a day number.
pub fn date_of_day(day: i64) -> Option<Date> {
    Date::constant(1970, 1, 1).checked_add(day.days()).ok()
}

/// The Monday of the week `date` is in.
pub fn week_start(date: Date) -> Date {
    let back = i64::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(back.days()).unwrap_or(date)
}

/// Days with at least one session among the `days` days ending today.
pub fn days_active(sessions: &[SessionEntry], today: Date, days: i64, tz: &TimeZone) -> usize {
    let period = Period::last_days(today, days);
    let mut active: Vec<Date> = sessions
        .iter()
        .map(|s| local_date(s.started, tz))
        .filter(|d| period.since.is_none_or(|since| *d >= since) && *d <= today)
        .collect();
    active.sort_unstable();
    active.dedup();
    active.len()
}

/// Sessions and minutes in one week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Week {
    /// Its Monday.
    pub monday: Date,
    /// Sessions started that week.
    pub sessions: usize,
    /// Minutes of exercise (not paused).
    pub minutes: f64,
}

/// Every week from the first session's to the last's (weeks without sessions included).
pub fn weeks(sessions: &[&SessionEntry], tz: &TimeZone) -> Vec<Week> {
    let mut by_week = std::collections::BTreeMap::<Date, (usize, f64)>::new();
    for session in sessions {
        let week = by_week
            .entry(week_start(local_date(session.started, tz)))
            .or_default();
        week.0 += 1;
        week.1 += session.active_ms() as f64 / 60_000.0;
    }
    let (Some(first), Some(last)) = (
        by_week.keys().next().copied(),
        by_week.keys().next_back().copied(),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut monday = first;
    while monday <= last {
        let (sessions, minutes) = by_week.get(&monday).copied().unwrap_or_default();
        out.push(Week {
            monday,
            sessions,
            minutes,
        });
        match monday.checked_add(7.days()) {
            Ok(next) => monday = next,
            Err(_) => break,
        }
    }
    out
}

/// The numbers at the top of the History screen and the report.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Totals {
    /// Sessions.
    pub sessions: usize,
    /// Sessions that ran to the end.
    pub completed: usize,
    /// Sessions stopped for pain.
    pub stopped_for_pain: usize,
    /// Minutes of exercise.
    pub minutes: f64,
    /// Reps done and prescribed.
    pub reps: (u64, u64),
    /// Average pain before, where given.
    pub pain_before: Option<f64>,
    /// Average pain after, where given.
    pub pain_after: Option<f64>,
}

/// Adds up `sessions`.
pub fn totals(sessions: &[&SessionEntry]) -> Totals {
    let average = |values: Vec<u8>| {
        (!values.is_empty())
            .then(|| values.iter().map(|v| f64::from(*v)).sum::<f64>() / values.len() as f64)
    };
    Totals {
        sessions: sessions.len(),
        completed: sessions
            .iter()
            .filter(|s| s.ending == Ending::Completed)
            .count(),
        stopped_for_pain: sessions
            .iter()
            .filter(|s| s.ending == Ending::StoppedForPain)
            .count(),
        minutes: sessions.iter().map(|s| s.active_ms() as f64).sum::<f64>() / 60_000.0,
        reps: sessions.iter().fold((0, 0), |(d, p), s| {
            let (done, planned) = s.reps();
            (d + done, p + planned)
        }),
        pain_before: average(sessions.iter().filter_map(|s| s.pain_before).collect()),
        pain_after: average(sessions.iter().filter_map(|s| s.pain_after).collect()),
    }
}

/// "3 → 2", "3 → –", or "–".
pub fn pain_text(session: &SessionEntry) -> String {
    let pain = |p: Option<u8>| p.map_or("–".to_string(), |p| p.to_string());
    match (session.pain_before, session.pain_after) {
        (None, None) => "–".to_string(),
        (before, after) => format!("{} → {}", pain(before), pain(after)),
    }
}

/// "pain 4 before, 2 after", "pain 3 after", or "pain not recorded" (for screens whose font
/// has no arrows).
pub fn pain_words(session: &SessionEntry) -> String {
    match (session.pain_before, session.pain_after) {
        (Some(b), Some(a)) => t!("report-pain-before-after", before = b, after = a),
        (Some(b), None) => t!("report-pain-before", before = b),
        (None, Some(a)) => t!("report-pain-after", after = a),
        (None, None) => t!("report-pain-not-recorded"),
    }
}

/// Minutes as "12 min" or "1 h 05 min".
pub fn minutes_text(minutes: f64) -> String {
    let total = minutes.round() as u64;
    if total < 60 {
        t!("report-minutes", minutes = total)
    } else {
        t!(
            "report-hours-minutes",
            hours = total / 60,
            minutes = format!("{:02}", total % 60)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::ExerciseRecord;

    pub(crate) fn session(id: &str, day: Date, active_min: u64) -> SessionEntry {
        let started = day
            .to_datetime(jiff::civil::Time::constant(9, 0, 0, 0))
            .to_zoned_datetime(TimeZone::UTC)
            .map(|z| z.timestamp())
            .unwrap_or_default();
        SessionEntry {
            id: id.into(),
            started,
            ended: started,
            routine: "Hip routine".into(),
            routine_hash: "ab".into(),
            routine_file: "bundled routine".into(),
            ending: Ending::Completed,
            paused_ms: 0,
            pauses: 0,
            steps_skipped: 0,
            exercises: vec![ExerciseRecord {
                name: "Hip bridge".into(),
                reps_done: 10,
                reps_prescribed: 12,
                active_ms: active_min * 60_000,
                ..ExerciseRecord::default()
            }],
            pain_before: Some(4),
            pain_after: Some(2),
            pain_where: String::new(),
            note: String::new(),
            stopped_during: None,
            programme: None,
            pain_limits: Default::default(),
            started_above_limit: false,
        }
    }

    /// A 6-week Monday, Wednesday, Friday programme from `start`.
    pub(crate) fn six_weeks(start: Date) -> crate::routine::Schedule {
        use crate::routine::Day;
        crate::routine::Schedule {
            start,
            weeks: Some(6),
            days: Some(vec![Day::Mon, Day::Wed, Day::Fri]),
            per_week: None,
            per_day: 1,
            remind_at: Vec::new(),
        }
    }

    /// A session of `schedule`'s programme on `day`, with pain limits 5 and 2.
    pub(crate) fn in_programme(
        id: &str,
        day: Date,
        schedule: &crate::routine::Schedule,
    ) -> SessionEntry {
        let mut s = session(id, day, 10);
        s.routine = "Hip & low back".into();
        s.pain_limits = crate::routine::PainLimits {
            stop_above: Some(5),
            rise_alert: Some(2),
        };
        s.programme = Some(crate::store::history::ProgrammeMark {
            week: schedule.plan_week(day),
            date: day,
            schedule: schedule.clone(),
        });
        s
    }

    #[test]
    fn days_active_counts_days_not_sessions() {
        let today = Date::constant(2026, 11, 26);
        let sessions = vec![
            session("a", Date::constant(2026, 11, 26), 10),
            session("b", Date::constant(2026, 11, 26), 10),
            session("c", Date::constant(2026, 11, 20), 10),
            session("d", Date::constant(2026, 11, 19), 10),
            session("e", Date::constant(2026, 10, 20), 10),
        ];
        assert_eq!(days_active(&sessions, today, 7, &TimeZone::UTC), 2);
        assert_eq!(days_active(&sessions, today, 30, &TimeZone::UTC), 3);
    }

    #[test]
    fn weeks_start_on_monday_and_include_empty_weeks() {
        let sessions = [
            session("a", Date::constant(2026, 11, 2), 10),
            session("b", Date::constant(2026, 11, 8), 20),
            session("c", Date::constant(2026, 11, 18), 5),
        ];
        let refs: Vec<&SessionEntry> = sessions.iter().collect();
        let weeks = weeks(&refs, &TimeZone::UTC);
        assert_eq!(weeks.len(), 3);
        assert_eq!(weeks[0].monday, Date::constant(2026, 11, 2));
        assert_eq!((weeks[0].sessions, weeks[0].minutes), (2, 30.0));
        assert_eq!(weeks[1].sessions, 0);
        assert_eq!(weeks[2].monday, Date::constant(2026, 11, 16));
    }

    #[test]
    fn periods_include_both_ends() {
        let period = Period {
            since: Some(Date::constant(2026, 11, 2)),
            until: Some(Date::constant(2026, 11, 8)),
        };
        let tz = TimeZone::UTC;
        assert!(period.contains(&session("a", Date::constant(2026, 11, 2), 1), &tz));
        assert!(period.contains(&session("a", Date::constant(2026, 11, 8), 1), &tz));
        assert!(!period.contains(&session("a", Date::constant(2026, 11, 9), 1), &tz));
    }
}
