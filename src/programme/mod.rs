//! The programme on the calendar: which programme week a date falls in, which days are
//! scheduled, where the patient stands today, and (in [`adherence`]) how many planned sessions
//! were done. Pure: dates are passed in.

pub mod adherence;
pub mod sessions;

use jiff::civil::Date;

use crate::routine::{Day, Schedule};

pub use adherence::{Adherence, Attempt, DayCount, WeekCount, adherence, week_count, week_days};
pub use sessions::{ProgrammeSummary, programmes};

/// Days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

/// The date `days` after `date` (the same date when out of the calendar's range).
pub fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(jiff::Span::new().days(days))
        .unwrap_or(date)
}

impl Schedule {
    /// The programme week `date` falls in (week 1 is `start` and the 6 days after it); `None`
    /// before `start`. Weeks past the end are counted on.
    pub fn week_of(&self, date: Date) -> Option<u32> {
        let days = days_between(self.start, date);
        (days >= 0).then(|| u32::try_from(days / 7 + 1).unwrap_or(u32::MAX))
    }

    /// The first day of programme week `week`.
    pub fn first_day(&self, week: u32) -> Date {
        add_days(self.start, 7 * (i64::from(week.max(1)) - 1))
    }

    /// The last day of the programme, when it has an end.
    pub fn last_day(&self) -> Option<Date> {
        self.weeks.map(|weeks| add_days(self.first_day(weeks), 6))
    }

    /// The week whose plan a session on `date` follows: week 1 before the start, the last
    /// week after the end.
    pub fn plan_week(&self, date: Date) -> u32 {
        let week = self.week_of(date).unwrap_or(1);
        self.weeks.map_or(week, |weeks| week.min(weeks))
    }

    /// Whether `date` is inside the programme.
    pub fn contains(&self, date: Date) -> bool {
        self.week_of(date).is_some() && self.last_day().is_none_or(|last| date <= last)
    }

    /// Whether sessions are due on `date` by its weekday (with `per_week`, any day of the
    /// programme may be one).
    pub fn is_session_day(&self, date: Date) -> bool {
        self.contains(date)
            && self
                .days
                .as_ref()
                .is_none_or(|days| days.contains(&Day::of(date)))
    }

    /// Sessions planned in one full programme week.
    pub fn per_week_sessions(&self) -> u32 {
        let days = match (&self.days, self.per_week) {
            (_, Some(per_week)) => per_week,
            (Some(days), None) => days.len() as u32,
            (None, None) => 7,
        };
        days * self.per_day
    }
}

/// Where the patient stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The programme has not started: it starts on this date.
    NotStarted(Date),
    /// In programme week `week` (of `weeks`, when it has an end).
    Week {
        /// This week.
        week: u32,
        /// The programme's length.
        weeks: Option<u32>,
    },
    /// The programme ended on this date.
    Ended(Date),
}

impl Schedule {
    /// Where the patient stands on `today`.
    pub fn standing(&self, today: Date) -> Standing {
        match (self.week_of(today), self.last_day()) {
            (None, _) => Standing::NotStarted(self.start),
            (Some(_), Some(last)) if today > last => Standing::Ended(last),
            (Some(week), _) => Standing::Week {
                week,
                weeks: self.weeks,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn schedule(weeks: Option<u32>, days: Option<Vec<Day>>) -> Schedule {
        Schedule {
            start: date(2026, 12, 7),
            weeks,
            days,
            per_week: None,
            per_day: 1,
            remind_at: Vec::new(),
        }
    }

    #[test]
    fn weeks_are_counted_from_the_start_not_the_calendar() {
        let s = schedule(Some(6), None);
        assert_eq!(s.week_of(date(2026, 12, 6)), None);
        assert_eq!(s.week_of(date(2026, 12, 7)), Some(1));
        assert_eq!(s.week_of(date(2026, 12, 13)), Some(1));
        assert_eq!(s.week_of(date(2026, 12, 14)), Some(2));
        assert_eq!(s.week_of(date(2026, 12, 23)), Some(3));
        assert_eq!(s.last_day(), Some(date(2027, 1, 17)));
        assert_eq!(
            s.standing(date(2027, 1, 17)),
            Standing::Week {
                week: 6,
                weeks: Some(6)
            }
        );
        assert_eq!(
            s.standing(date(2027, 1, 18)),
            Standing::Ended(date(2027, 1, 17))
        );
        assert_eq!(
            s.standing(date(2026, 12, 1)),
            Standing::NotStarted(date(2026, 12, 7))
        );
        assert_eq!(s.plan_week(date(2026, 12, 1)), 1);
        assert_eq!(s.plan_week(date(2027, 3, 1)), 6);
    }

    #[test]
    fn session_days_follow_the_weekdays_inside_the_programme() {
        let s = schedule(Some(1), Some(vec![Day::Mon, Day::Wed, Day::Fri]));
        assert!(s.is_session_day(date(2026, 12, 7)));
        assert!(!s.is_session_day(date(2026, 12, 8)));
        assert!(s.is_session_day(date(2026, 12, 11)));
        assert!(!s.is_session_day(date(2026, 12, 14)), "after the end");
        assert_eq!(s.per_week_sessions(), 3);
    }
}
