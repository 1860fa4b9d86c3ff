//! Adherence: of the sessions the programme planned and that have fallen due, how many were
//! done. Only a session that ended *completed* fills a slot; one that ended early, stopped for
//! pain, finished with skips or was interrupted is *partly done*.

use jiff::civil::Date;

use super::add_days;
use crate::routine::Schedule;
use crate::session::Ending;

/// One session of the programme, as adherence needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempt {
    /// The day it started (the person's local date).
    pub date: Date,
    /// How it ended.
    pub ending: Ending,
    /// Whether its pain after called for an alert.
    pub pain_alert: bool,
}

/// One programme week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WeekCount {
    /// Its number.
    pub week: u32,
    /// Sessions planned in it.
    pub planned: u32,
    /// Planned sessions that have fallen due (see the module's rules).
    pub due: u32,
    /// Planned sessions done (completed).
    pub done: u32,
    /// Planned sessions only partly done.
    pub partly: u32,
    /// Sessions with a pain alert.
    pub pain_alerts: u32,
}

/// One day of a programme week, for the week strip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayCount {
    /// The date.
    pub date: Date,
    /// Sessions due on it by the weekdays (0 with `per_week`, where any day may be one).
    pub slots: u32,
    /// Completed sessions on it (all of them, even past its slots).
    pub done: u32,
    /// Sessions on it that ended otherwise.
    pub partly: u32,
}

/// Adherence over the weeks that have begun.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Adherence {
    /// Week 1 up to this week (or the last week, after the end).
    pub weeks: Vec<WeekCount>,
}

impl Adherence {
    fn sum(&self, field: impl Fn(&WeekCount) -> u32) -> u32 {
        self.weeks.iter().map(field).sum()
    }

    /// Planned sessions done.
    pub fn done(&self) -> u32 {
        self.sum(|w| w.done)
    }

    /// Planned sessions due.
    pub fn due(&self) -> u32 {
        self.sum(|w| w.due)
    }

    /// Planned sessions partly done.
    pub fn partly(&self) -> u32 {
        self.sum(|w| w.partly)
    }

    /// Sessions with a pain alert.
    pub fn pain_alerts(&self) -> u32 {
        self.sum(|w| w.pain_alerts)
    }

    /// Done as a whole percentage of due (`None` while nothing is due).
    pub fn percent(&self) -> Option<u32> {
        let due = self.due();
        (due > 0).then(|| (u64::from(self.done()) * 100 / u64::from(due)) as u32)
    }

    /// "Adherence: 9 of 12 planned sessions done (75 %), 1 partly done".
    pub fn sentence(&self) -> String {
        let Some(percent) = self.percent() else {
            return crate::t!("programme-adherence-none");
        };
        let (done, due, partly) = (self.done(), self.due(), self.partly());
        if partly > 0 {
            crate::t!(
                "programme-adherence-partly",
                done = done,
                due = due,
                percent = percent,
                partly = partly
            )
        } else {
            crate::t!(
                "programme-adherence",
                done = done,
                due = due,
                percent = percent
            )
        }
    }
}

/// Counts the sessions of one programme as of `today`.
pub fn adherence(schedule: &Schedule, attempts: &[Attempt], today: Date) -> Adherence {
    let Some(current) = schedule.week_of(today) else {
        return Adherence::default();
    };
    let last = schedule.weeks.map_or(current, |weeks| weeks.min(current));
    let weeks = (1..=last)
        .map(|week| week_count(schedule, attempts, today, week))
        .collect();
    Adherence { weeks }
}

/// The days of programme week `week`, with what was done on each up to `today`.
pub fn week_days(
    schedule: &Schedule,
    attempts: &[Attempt],
    today: Date,
    week: u32,
) -> Vec<DayCount> {
    let first = schedule.first_day(week);
    (0..7)
        .map(|offset| {
            let date = add_days(first, offset);
            let on_day = || {
                attempts
                    .iter()
                    .filter(move |a| a.date == date && date <= today)
            };
            let done = on_day().filter(|a| a.ending == Ending::Completed).count() as u32;
            let partly = on_day().count() as u32 - done;
            let slots = match schedule.per_week {
                None if schedule.is_session_day(date) => schedule.per_day,
                _ => 0,
            };
            DayCount {
                date,
                slots,
                done,
                partly,
            }
        })
        .collect()
}

/// Counts programme week `week` as of `today`.
pub fn week_count(schedule: &Schedule, attempts: &[Attempt], today: Date, week: u32) -> WeekCount {
    let days = week_days(schedule, attempts, today, week);
    let pain_alerts = attempts
        .iter()
        .filter(|a| a.pain_alert && a.date <= today && days.iter().any(|d| d.date == a.date))
        .count() as u32;
    let mut count = WeekCount {
        week,
        pain_alerts,
        ..WeekCount::default()
    };
    if let Some(per_week) = schedule.per_week {
        // Any days of the week: its slots fill in any order, and fall due when it ends.
        let in_programme = days.iter().filter(|d| schedule.contains(d.date));
        let slots = per_week * schedule.per_day;
        let (completed, partial) =
            in_programme.fold((0, 0), |(c, p), d| (c + d.done, p + d.partly));
        count.planned = slots;
        count.done = completed.min(slots);
        count.partly = partial.min(slots - count.done);
        let ended = days.last().is_some_and(|d| d.date < today);
        count.due = if ended { slots } else { count.done };
        return count;
    }
    for day in &days {
        let done = day.done.min(day.slots);
        count.planned += day.slots;
        count.done += done;
        count.partly += day.partly.min(day.slots - done);
        count.due += if day.date < today {
            day.slots
        } else if day.date == today {
            done
        } else {
            0
        };
    }
    count
}

#[cfg(test)]
mod tests;
