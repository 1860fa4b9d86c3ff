//! Whether a reminder is due now: pure, with the time, the schedule and the sessions passed in.
//!
//! At the k-th reminder time of a session day, the sessions expected by then are k (at the
//! day's last time: all of the day's `per_day`). A reminder is shown when fewer were done, once
//! per time: reminders missed while the computer slept become one, for the latest time passed.

use jiff::civil::{Date, DateTime, Time};
use serde::{Deserialize, Serialize};

use crate::programme::{Attempt, Standing, add_days, week_count};
use crate::routine::Schedule;
use crate::session::Ending;
use crate::store::history::SessionEntry;
use crate::t;
use jiff::tz::TimeZone;

/// The reminder shown last: its day and which of the day's times (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown {
    /// The day.
    pub date: Date,
    /// Which of the day's reminder times.
    pub slot: u32,
}

/// A reminder to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// The notification's title.
    pub summary: String,
    /// What is due: the routine, the programme week, today's sessions.
    pub body: String,
    /// What to record once it is shown.
    pub shown: Shown,
}

/// Why nothing is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quiet {
    /// The programme starts on this day.
    NotStarted(Date),
    /// The programme ended on this day.
    Ended(Date),
    /// Today is not one of the programme's days.
    NotASessionDay,
    /// This programme week's sessions (any days of the week) are all done.
    WeekDone,
    /// Today's first reminder is at this time.
    TooEarly(Time),
    /// The sessions due by now are done.
    Done {
        /// Sessions done today.
        done: u32,
        /// Sessions due by now.
        due: u32,
        /// Sessions planned today.
        per_day: u32,
    },
    /// A session today was stopped because something hurt: no nudge to exercise again.
    StoppedForPain,
    /// This reminder was already shown.
    AlreadyShown,
}

impl Quiet {
    /// Why, in words ("Nothing to remind of: …").
    pub fn sentence(self) -> String {
        match self {
            Self::NotStarted(date) => t!(
                "reminder-quiet-not-started",
                date = crate::format::day_text(date)
            ),
            Self::Ended(date) => t!("reminder-quiet-ended", date = crate::format::day_text(date)),
            Self::NotASessionDay => t!("reminder-quiet-not-session-day"),
            Self::WeekDone => t!("reminder-quiet-week-done"),
            Self::TooEarly(time) => t!("reminder-quiet-too-early", time = super::time_text(time)),
            Self::Done { done, per_day, .. } if per_day == 1 || done >= per_day => {
                t!("reminder-quiet-day-done", per_day = per_day)
            }
            Self::Done { done, due, per_day } => t!(
                "reminder-quiet-some-done",
                done = done,
                per_day = per_day,
                due = due
            ),
            Self::StoppedForPain => t!("reminder-quiet-stopped-for-pain"),
            Self::AlreadyShown => t!("reminder-quiet-already-shown"),
        }
    }
}

/// The answer to "is anything due now".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// Show this.
    Notify(Reminder),
    /// Nothing, and why.
    Quiet(Quiet),
}

/// What the check looks at.
#[derive(Debug, Clone, Copy)]
pub struct Check<'a> {
    /// The routine's title.
    pub title: &'a str,
    /// Its programme, when it has one (without: one session every day).
    pub schedule: Option<&'a Schedule>,
    /// The day's reminder times, earliest first (at least one).
    pub times: &'a [Time],
    /// The routine's sessions (of this programme), dated by the local day they started.
    pub attempts: &'a [Attempt],
    /// Now, local.
    pub now: DateTime,
    /// The reminder shown last.
    pub shown: Option<Shown>,
}

/// Whether a reminder is due now.
pub fn due(check: &Check<'_>) -> Due {
    let today = check.now.date();
    let mut week = None;
    let mut per_day = 1;
    if let Some(schedule) = check.schedule {
        match schedule.standing(today) {
            Standing::NotStarted(start) => return Due::Quiet(Quiet::NotStarted(start)),
            Standing::Ended(last) => return Due::Quiet(Quiet::Ended(last)),
            Standing::Week { week: now, weeks } => week = Some((now, weeks)),
        }
        if !schedule.is_session_day(today) {
            return Due::Quiet(Quiet::NotASessionDay);
        }
        per_day = schedule.per_day.max(1);
        if let (Some(per_week), Some((now, _))) = (schedule.per_week, week) {
            let count = week_count(schedule, check.attempts, today, now);
            if count.done >= per_week * per_day {
                return Due::Quiet(Quiet::WeekDone);
            }
        }
    }
    let passed = check
        .times
        .iter()
        .filter(|t| **t <= check.now.time())
        .count() as u32;
    let Some(first) = check.times.first() else {
        return Due::Quiet(Quiet::TooEarly(super::DEFAULT_TIME));
    };
    if passed == 0 {
        return Due::Quiet(Quiet::TooEarly(*first));
    }
    let today_attempts = || check.attempts.iter().filter(|a| a.date == today);
    if today_attempts().any(|a| a.ending == Ending::StoppedForPain) {
        return Due::Quiet(Quiet::StoppedForPain);
    }
    let done = today_attempts()
        .filter(|a| a.ending == Ending::Completed)
        .count() as u32;
    let expected = if passed as usize >= check.times.len() {
        per_day
    } else {
        passed.min(per_day)
    };
    if done >= expected {
        return Due::Quiet(Quiet::Done {
            done,
            due: expected,
            per_day,
        });
    }
    let shown = Shown {
        date: today,
        slot: passed,
    };
    if check
        .shown
        .is_some_and(|last| last.date == today && last.slot >= passed)
    {
        return Due::Quiet(Quiet::AlreadyShown);
    }
    let title = check.title;
    let mut body = match week {
        Some((now, Some(weeks))) => {
            t!(
                "reminder-body-week-of",
                title = title,
                week = now,
                weeks = weeks
            )
        }
        Some((now, None)) => t!("reminder-body-week", title = title, week = now),
        None => title.to_string(),
    };
    if per_day > 1 {
        body = t!(
            "reminder-body-sessions-today",
            body = body,
            done = done,
            per_day = per_day
        );
    }
    Due::Notify(Reminder {
        summary: t!("reminder-summary"),
        body,
        shown,
    })
}

/// The next reminder time after `now` (on a session day, inside the programme), when there is
/// one within a year.
pub fn next_reminder(
    schedule: Option<&Schedule>,
    times: &[Time],
    now: DateTime,
) -> Option<DateTime> {
    (0..=366).find_map(|offset| {
        let date = add_days(now.date(), offset);
        if offset > 0 && date == now.date() {
            return None;
        }
        if schedule.is_some_and(|s| !s.is_session_day(date)) {
            return None;
        }
        times
            .iter()
            .map(|time| date.to_datetime(*time))
            .find(|at| *at > now)
    })
}

/// The sessions of routine `title` that count for its reminders: with a programme, those of
/// this programme (same start) on the day they were recorded for; without, every session of
/// the routine, dated by the local day it started.
pub fn attempts<'a>(
    entries: impl IntoIterator<Item = &'a SessionEntry>,
    title: &str,
    schedule: Option<&Schedule>,
    tz: &TimeZone,
) -> Vec<Attempt> {
    entries
        .into_iter()
        .filter(|entry| entry.routine == title)
        .filter_map(|entry| {
            let date = match (schedule, &entry.programme) {
                (Some(schedule), Some(mark)) if mark.schedule.start == schedule.start => mark.date,
                (Some(_), _) => return None,
                (None, _) => entry.started.to_zoned_datetime(tz.clone()).date(),
            };
            Some(Attempt {
                date,
                ending: entry.ending,
                pain_alert: entry.pain_alert(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
