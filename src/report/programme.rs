//! The programmes an export covers: which ones, counted as of which day, and their schedule,
//! weeks and pain alerts in words, the same for the report, the CSV and `repcue history`.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{Period, day_text};
use crate::programme::{self, ProgrammeSummary, Standing};
use crate::routine::{Day, Schedule};
use crate::store::history::SessionEntry;
use crate::t;

/// The day adherence is counted as of: the period's last day, or `today` when the period runs
/// up to now (never a day after `today`).
pub fn as_of(period: &Period, today: Date) -> Date {
    period.until.map_or(today, |until| until.min(today))
}

/// The programmes an export of `period` covers, newest first, counted as of [`as_of`]: those
/// with a session in the period, and those whose weeks overlap it (a programme the person
/// stopped doing must show, with its missed sessions). Each is counted over all its sessions
/// in `all`, not only the period's, so its adherence is the programme's own.
pub fn programmes(
    all: &[SessionEntry],
    period: &Period,
    today: Date,
    tz: &TimeZone,
) -> Vec<ProgrammeSummary> {
    let as_of = as_of(period, today);
    let counted = all
        .iter()
        .filter(|s| s.programme.as_ref().is_some_and(|mark| mark.date <= as_of));
    let mut found = programme::programmes(counted, as_of);
    found.retain(|p| {
        let overlaps = p.schedule.start <= as_of
            && period
                .since
                .is_none_or(|since| p.schedule.last_day().is_none_or(|last| last >= since));
        overlaps || all.iter().any(|s| p.holds(s) && period.contains(s, tz))
    });
    found
}

/// "6 weeks from Mon 7 Dec 2026 · Mon, Wed, Fri", "from Mon 7 Dec 2026 · 3 days a week · 2 a day".
pub fn schedule_text(schedule: &Schedule) -> String {
    let start = day_text(schedule.start);
    let mut parts = vec![match schedule.weeks {
        Some(weeks) => t!("report-schedule-weeks-from", count = weeks, date = &start),
        None => t!("report-schedule-from", date = &start),
    }];
    parts.push(match (&schedule.days, schedule.per_week) {
        (_, Some(days)) => t!("report-schedule-days-a-week", count = days),
        (Some(days), None) => days
            .iter()
            .map(|d| day_name(*d))
            .collect::<Vec<_>>()
            .join(", "),
        (None, None) => t!("report-schedule-every-day"),
    });
    if schedule.per_day > 1 {
        parts.push(t!("report-schedule-per-day", count = schedule.per_day));
    }
    parts.join(" · ")
}

/// The day's short name: "Mon", "lun".
fn day_name(day: Day) -> String {
    t!("date-weekday", weekday = day as u8 + 1)
}

/// "week 4 of 6", "week 9", "ended Sun 17 Jan 2027" or "starts Mon 7 Dec 2026", on `as_of`.
pub fn standing_text(schedule: &Schedule, as_of: Date) -> String {
    match schedule.standing(as_of) {
        Standing::NotStarted(start) => t!("report-standing-starts", date = day_text(start)),
        Standing::Week {
            week,
            weeks: Some(weeks),
        } => t!("report-standing-week-of", week = week, weeks = weeks),
        Standing::Week { week, weeks: None } => t!("report-standing-week", week = week),
        Standing::Ended(last) => t!("report-standing-ended", date = day_text(last)),
    }
}

/// "7–13 Dec 2026", "28 Dec 2026 – 3 Jan 2027": the days of programme week `week`.
pub fn week_dates(schedule: &Schedule, week: u32) -> String {
    let first = schedule.first_day(week);
    let last = programme::add_days(first, 6);
    let month = |date: Date| t!("date-month", month = date.month());
    if first.year() != last.year() {
        t!(
            "report-week-dates-years",
            first = crate::format::date_plain(first),
            last = crate::format::date_plain(last)
        )
    } else if first.month() != last.month() {
        t!(
            "report-week-dates-months",
            first = first.day().to_string(),
            first_month = month(first),
            last = last.day().to_string(),
            last_month = month(last),
            year = last.year().to_string()
        )
    } else {
        t!(
            "report-week-dates-days",
            first = first.day().to_string(),
            last = last.day().to_string(),
            month = month(last),
            year = last.year().to_string()
        )
    }
}

/// Whether a session belongs in the list of pain alerts: a pain alert, or started with pain
/// above the limit.
pub fn flagged(session: &SessionEntry) -> bool {
    session.pain_alert() || session.started_above_limit
}

/// Why a session is flagged: "pain after above 5", "pain rose by 3", "started anyway with pain
/// 7 (limit 5)".
pub fn flag_reasons(session: &SessionEntry) -> Vec<String> {
    let limits = session.pain_limits;
    let mut reasons = Vec::new();
    if session.started_above_limit {
        match (session.pain_before, limits.stop_above) {
            (Some(before), Some(limit)) => {
                reasons.push(t!(
                    "report-flag-started-with-pain",
                    pain = before,
                    limit = limit
                ));
            }
            _ => reasons.push(t!("report-flag-started-above-limit")),
        }
    }
    if let Some(after) = session.pain_after {
        if let Some(limit) = limits.stop_above.filter(|limit| after > *limit) {
            reasons.push(t!("report-flag-pain-after-above", limit = limit));
        }
        if let (Some(rise), Some(before)) = (limits.rise_alert, session.pain_before)
            && after.saturating_sub(before) >= rise
        {
            reasons.push(t!("report-flag-pain-rose", rise = after - before));
        }
    }
    reasons
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::tests::{in_programme, session, six_weeks};
    use crate::routine::PainLimits;
    use jiff::civil::date;

    #[test]
    fn a_programme_is_counted_over_all_its_sessions_as_of_the_period_end() {
        let s = six_weeks(date(2026, 12, 7));
        let all = [
            in_programme("a", date(2026, 12, 7), &s),
            in_programme("b", date(2026, 12, 9), &s),
            in_programme("c", date(2026, 12, 16), &s),
        ];
        let today = date(2026, 12, 20);
        // The last 3 days hold no session, but the programme runs through them.
        let period = Period::last_days(today, 3);
        let found = programmes(&all, &period, today, &TimeZone::UTC);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].adherence.done(),
            3,
            "sessions before the period count"
        );
        assert_eq!(found[0].adherence.due(), 6);
        // A period that ends before the programme starts has none.
        let before = Period {
            since: Some(date(2026, 11, 1)),
            until: Some(date(2026, 11, 30)),
        };
        assert!(programmes(&all, &before, today, &TimeZone::UTC).is_empty());
        assert_eq!(as_of(&before, today), date(2026, 11, 30));
    }

    #[test]
    fn schedules_weeks_and_flags_read_as_words() {
        let s = six_weeks(date(2026, 12, 7));
        assert_eq!(
            schedule_text(&s),
            "6 weeks from Mon 7 Dec 2026 · Mon, Wed, Fri"
        );
        assert_eq!(standing_text(&s, date(2026, 12, 30)), "week 4 of 6");
        assert_eq!(standing_text(&s, date(2027, 2, 1)), "ended Sun 17 Jan 2027");
        assert_eq!(week_dates(&s, 1), "7–13 Dec 2026");
        assert_eq!(week_dates(&s, 4), "28 Dec 2026 – 3 Jan 2027");
        assert_eq!(week_dates(&s, 5), "4–10 Jan 2027");
        let mut hurt = session("a", date(2026, 12, 7), 10);
        hurt.pain_limits = PainLimits {
            stop_above: Some(5),
            rise_alert: Some(2),
        };
        assert!(!flagged(&hurt), "4 → 2 is no alert");
        hurt.pain_before = Some(6);
        hurt.pain_after = Some(7);
        hurt.started_above_limit = true;
        assert!(flagged(&hurt));
        assert_eq!(
            flag_reasons(&hurt),
            ["started anyway with pain 6 (limit 5)", "pain after above 5"]
        );
    }

    #[test]
    fn spanish_schedules_weeks_and_pages_read_as_spanish() {
        use crate::i18n::{Lang, with};
        let s = six_weeks(date(2026, 12, 7));
        with(Lang::Es, || {
            assert_eq!(
                schedule_text(&s),
                "6 semanas desde el lun 7 dic 2026 · lun, mié, vie"
            );
            assert_eq!(standing_text(&s, date(2026, 12, 30)), "semana 4 de 6");
            assert_eq!(week_dates(&s, 1), "7–13 dic 2026");
            assert_eq!(week_dates(&s, 4), "28 dic 2026 – 3 ene 2027");
        });
    }
}
