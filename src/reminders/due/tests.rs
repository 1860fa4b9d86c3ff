use jiff::civil::{Date, DateTime, Time, date};

use super::*;
use crate::routine::Day;

/// Week 1 starts on Mon 7 Dec 2026; six weeks; Mon, Wed, Fri.
fn schedule(per_day: u32, per_week: Option<u32>) -> Schedule {
    Schedule {
        start: date(2026, 12, 7),
        weeks: Some(6),
        days: per_week
            .is_none()
            .then(|| vec![Day::Mon, Day::Wed, Day::Fri]),
        per_week,
        per_day,
        remind_at: Vec::new(),
    }
}

fn at(day: Date, hour: i8, minute: i8) -> DateTime {
    day.to_datetime(Time::constant(hour, minute, 0, 0))
}

fn attempt(day: Date, ending: Ending) -> Attempt {
    Attempt {
        date: day,
        ending,
        pain_alert: false,
    }
}

const SIX_PM: [Time; 1] = [Time::constant(18, 0, 0, 0)];
const TWICE: [Time; 2] = [Time::constant(8, 0, 0, 0), Time::constant(18, 0, 0, 0)];

fn check<'a>(
    schedule: Option<&'a Schedule>,
    times: &'a [Time],
    attempts: &'a [Attempt],
    now: DateTime,
) -> Due {
    due(&Check {
        title: "Hip & low back",
        schedule,
        times,
        attempts,
        now,
        shown: None,
    })
}

#[test]
fn due_at_the_time_on_a_session_day_with_the_week_in_the_text() {
    let s = schedule(1, None);
    // Wed 23 Dec 2026 is in week 3.
    let Due::Notify(reminder) = check(Some(&s), &SIX_PM, &[], at(date(2026, 12, 23), 18, 0)) else {
        panic!("a reminder is due at 18:00");
    };
    assert_eq!(reminder.summary, "Time for your exercises");
    assert_eq!(reminder.body, "Hip & low back, week 3 of 6");
    assert_eq!(
        reminder.shown,
        Shown {
            date: date(2026, 12, 23),
            slot: 1
        }
    );
    assert_eq!(
        check(Some(&s), &SIX_PM, &[], at(date(2026, 12, 23), 17, 59)),
        Due::Quiet(Quiet::TooEarly(SIX_PM[0]))
    );
    // Thursday is not a session day.
    assert_eq!(
        check(Some(&s), &SIX_PM, &[], at(date(2026, 12, 24), 19, 0)),
        Due::Quiet(Quiet::NotASessionDay)
    );
}

#[test]
fn nothing_when_todays_session_is_already_done() {
    let s = schedule(1, None);
    let today = date(2026, 12, 23);
    let done = [attempt(today, Ending::Completed)];
    assert_eq!(
        check(Some(&s), &SIX_PM, &done, at(today, 18, 0)),
        Due::Quiet(Quiet::Done {
            done: 1,
            due: 1,
            per_day: 1
        })
    );
    // Ended early is not done: the reminder stands.
    let partly = [attempt(today, Ending::EndedEarly)];
    assert!(matches!(
        check(Some(&s), &SIX_PM, &partly, at(today, 18, 0)),
        Due::Notify(_)
    ));
    // Yesterday's session does not count for today.
    let yesterday = [attempt(date(2026, 12, 21), Ending::Completed)];
    assert!(matches!(
        check(Some(&s), &SIX_PM, &yesterday, at(today, 18, 0)),
        Due::Notify(_)
    ));
}

#[test]
fn a_pain_stop_today_is_never_followed_by_a_nudge() {
    let s = schedule(2, None);
    let today = date(2026, 12, 23);
    let stopped = [attempt(today, Ending::StoppedForPain)];
    assert_eq!(
        check(Some(&s), &TWICE, &stopped, at(today, 18, 0)),
        Due::Quiet(Quiet::StoppedForPain)
    );
}

#[test]
fn per_day_two_reminds_at_each_time_until_both_are_done() {
    let s = schedule(2, None);
    let today = date(2026, 12, 23);
    let Due::Notify(morning) = check(Some(&s), &TWICE, &[], at(today, 8, 5)) else {
        panic!("the morning reminder is due");
    };
    assert_eq!(morning.shown.slot, 1);
    assert_eq!(
        morning.body,
        "Hip & low back, week 3 of 6 · 0 of 2 sessions done today"
    );
    let one = [attempt(today, Ending::Completed)];
    assert_eq!(
        check(Some(&s), &TWICE, &one, at(today, 12, 0)),
        Due::Quiet(Quiet::Done {
            done: 1,
            due: 1,
            per_day: 2
        })
    );
    assert_eq!(
        Quiet::Done {
            done: 1,
            due: 1,
            per_day: 2
        }
        .sentence(),
        "1 of today's 2 sessions done, 1 due by now"
    );
    let Due::Notify(evening) = check(Some(&s), &TWICE, &one, at(today, 18, 0)) else {
        panic!("the second session is due in the evening");
    };
    assert_eq!(evening.shown.slot, 2);
    assert!(evening.body.ends_with("1 of 2 sessions done today"));
    let two = [
        attempt(today, Ending::Completed),
        attempt(today, Ending::Completed),
    ];
    assert_eq!(
        check(Some(&s), &TWICE, &two, at(today, 18, 0)),
        Due::Quiet(Quiet::Done {
            done: 2,
            due: 2,
            per_day: 2
        })
    );
    // One time picked for a two-a-day programme: both are due at it.
    let Due::Notify(single) = check(Some(&s), &SIX_PM, &one, at(today, 18, 0)) else {
        panic!("the second session is due at the one time picked");
    };
    assert_eq!(single.shown.slot, 1);
}

#[test]
fn nothing_before_the_start_or_after_the_end() {
    let s = schedule(1, None);
    assert_eq!(
        check(Some(&s), &SIX_PM, &[], at(date(2026, 12, 4), 18, 0)),
        Due::Quiet(Quiet::NotStarted(date(2026, 12, 7)))
    );
    // Six weeks from Mon 7 Dec end on Sun 17 Jan.
    assert_eq!(
        check(Some(&s), &SIX_PM, &[], at(date(2027, 1, 18), 18, 0)),
        Due::Quiet(Quiet::Ended(date(2027, 1, 17)))
    );
    assert!(matches!(
        check(Some(&s), &SIX_PM, &[], at(date(2027, 1, 15), 18, 0)),
        Due::Notify(_)
    ));
}

#[test]
fn a_missed_reminder_is_shown_once_on_wake_for_the_latest_time() {
    let s = schedule(2, None);
    let today = date(2026, 12, 23);
    // Asleep through 08:00 and 18:00: one reminder, for the evening.
    let Due::Notify(reminder) = check(Some(&s), &TWICE, &[], at(today, 21, 30)) else {
        panic!("a reminder is due on wake");
    };
    assert_eq!(reminder.shown.slot, 2);
    let again = due(&Check {
        title: "Hip & low back",
        schedule: Some(&s),
        times: &TWICE,
        attempts: &[],
        now: at(today, 21, 31),
        shown: Some(reminder.shown),
    });
    assert_eq!(again, Due::Quiet(Quiet::AlreadyShown));
    // The next day starts afresh.
    let friday = date(2026, 12, 25);
    let next = due(&Check {
        title: "Hip & low back",
        schedule: Some(&s),
        times: &TWICE,
        attempts: &[],
        now: at(friday, 8, 0),
        shown: Some(reminder.shown),
    });
    assert!(matches!(next, Due::Notify(_)), "{next:?}");
}

#[test]
fn per_week_reminds_every_day_until_the_weeks_sessions_are_done() {
    let s = schedule(1, Some(2));
    // Week 3 is Mon 21 – Sun 27 Dec.
    let thursday = date(2026, 12, 24);
    let one = [attempt(date(2026, 12, 21), Ending::Completed)];
    assert!(matches!(
        check(Some(&s), &SIX_PM, &one, at(thursday, 18, 0)),
        Due::Notify(_)
    ));
    let two = [
        attempt(date(2026, 12, 21), Ending::Completed),
        attempt(date(2026, 12, 22), Ending::Completed),
    ];
    assert_eq!(
        check(Some(&s), &SIX_PM, &two, at(thursday, 18, 0)),
        Due::Quiet(Quiet::WeekDone)
    );
}

#[test]
fn without_a_programme_one_session_every_day() {
    let today = date(2026, 12, 24);
    let Due::Notify(reminder) = check(None, &SIX_PM, &[], at(today, 18, 0)) else {
        panic!("due every day");
    };
    assert_eq!(reminder.body, "Hip & low back");
    let done = [attempt(today, Ending::Completed)];
    assert_eq!(
        check(None, &SIX_PM, &done, at(today, 18, 0)),
        Due::Quiet(Quiet::Done {
            done: 1,
            due: 1,
            per_day: 1
        })
    );
}

#[test]
fn the_next_reminder_skips_days_off_and_ends_with_the_programme() {
    let s = schedule(1, None);
    // Wed 23 Dec after 18:00: next is Fri 25 Dec 18:00.
    assert_eq!(
        next_reminder(Some(&s), &SIX_PM, at(date(2026, 12, 23), 18, 0)),
        Some(at(date(2026, 12, 25), 18, 0))
    );
    assert_eq!(
        next_reminder(Some(&s), &TWICE, at(date(2026, 12, 23), 9, 0)),
        Some(at(date(2026, 12, 23), 18, 0))
    );
    assert_eq!(
        next_reminder(Some(&s), &SIX_PM, at(date(2027, 1, 15), 19, 0)),
        None
    );
    assert_eq!(
        next_reminder(None, &SIX_PM, at(date(2027, 1, 15), 19, 0)),
        Some(at(date(2027, 1, 16), 18, 0))
    );
}
