//! Adherence over a 6-week programme, Mon/Wed/Fri from Mon 7 Dec 2026.

use jiff::civil::{Date, date};

use super::*;
use crate::routine::Day;

fn schedule() -> Schedule {
    Schedule {
        start: date(2026, 12, 7),
        weeks: Some(6),
        days: Some(vec![Day::Mon, Day::Wed, Day::Fri]),
        per_week: None,
        per_day: 1,
        remind_at: Vec::new(),
    }
}

fn done(date: Date) -> Attempt {
    Attempt {
        date,
        ending: Ending::Completed,
        pain_alert: false,
    }
}

fn ended(date: Date, ending: Ending) -> Attempt {
    Attempt {
        date,
        ending,
        pain_alert: ending == Ending::StoppedForPain,
    }
}

#[test]
fn before_the_start_nothing_is_due() {
    let a = adherence(&schedule(), &[done(date(2026, 12, 5))], date(2026, 12, 6));
    assert_eq!((a.done(), a.due(), a.percent()), (0, 0, None));
    assert_eq!(
        a.sentence(),
        "Adherence: no planned session has fallen due yet"
    );
}

#[test]
fn missed_days_are_due_once_over_and_today_only_once_done() {
    let s = schedule();
    // Mon done, Wed missed; on Fri before the session: 1 of 2.
    let attempts = [done(date(2026, 12, 7))];
    let friday = date(2026, 12, 11);
    let a = adherence(&s, &attempts, friday);
    assert_eq!((a.done(), a.due()), (1, 2));
    // Doing Friday's session raises the figure, never lowers it.
    let attempts = [done(date(2026, 12, 7)), done(friday)];
    let a = adherence(&s, &attempts, friday);
    assert_eq!((a.done(), a.due(), a.percent()), (2, 3, Some(66)));
    assert_eq!(a.weeks[0].planned, 3);
    assert_eq!(
        a.sentence(),
        "Adherence: 2 of 3 planned sessions done (66 %)"
    );
}

#[test]
fn two_sessions_on_one_day_fill_one_slot_and_sessions_on_other_days_none() {
    let s = schedule();
    let monday = date(2026, 12, 7);
    let tuesday = date(2026, 12, 8);
    let attempts = [done(monday), done(monday), done(tuesday)];
    let a = adherence(&s, &attempts, date(2026, 12, 10));
    // Mon done, Wed missed: the extra Monday and the Tuesday fill nothing.
    assert_eq!((a.done(), a.due()), (1, 2));
}

#[test]
fn per_day_two_counts_two_slots_a_day() {
    let s = Schedule {
        per_day: 2,
        ..schedule()
    };
    let monday = date(2026, 12, 7);
    let attempts = [done(monday), ended(monday, Ending::EndedEarly)];
    let a = adherence(&s, &attempts, date(2026, 12, 8));
    assert_eq!((a.done(), a.partly(), a.due()), (1, 1, 2));
    assert_eq!(
        a.sentence(),
        "Adherence: 1 of 2 planned sessions done (50 %), 1 partly done"
    );
    let days = week_days(&s, &attempts, date(2026, 12, 8), 1);
    assert_eq!((days[0].slots, days[0].done, days[0].partly), (2, 1, 1));
    assert_eq!(days[1].slots, 0, "Tuesday is not a session day");
}

#[test]
fn per_week_fills_any_days_and_falls_due_when_the_week_ends() {
    let s = Schedule {
        days: None,
        per_week: Some(3),
        ..schedule()
    };
    let attempts = [
        done(date(2026, 12, 8)),
        done(date(2026, 12, 8)),
        done(date(2026, 12, 12)),
        done(date(2026, 12, 13)),
    ];
    // During week 1: only what is done is due.
    let a = adherence(&s, &attempts[..2], date(2026, 12, 9));
    assert_eq!((a.done(), a.due()), (2, 2));
    // Week 1 full (three of four count), week 2 over with nothing: 3 of 6.
    let a = adherence(&s, &attempts, date(2026, 12, 21));
    assert_eq!(a.weeks.len(), 3);
    assert_eq!((a.weeks[0].done, a.weeks[0].due), (3, 3));
    assert_eq!((a.weeks[1].done, a.weeks[1].due), (0, 3));
    assert_eq!((a.done(), a.due()), (3, 6));
}

#[test]
fn pain_stops_and_skips_are_partly_done_and_alerts_are_counted() {
    let s = schedule();
    let attempts = [
        ended(date(2026, 12, 7), Ending::StoppedForPain),
        ended(date(2026, 12, 9), Ending::FinishedWithSkips),
        done(date(2026, 12, 11)),
    ];
    let a = adherence(&s, &attempts, date(2026, 12, 14));
    assert_eq!((a.done(), a.partly(), a.due()), (1, 2, 3));
    assert_eq!(a.pain_alerts(), 1);
}

#[test]
fn after_the_end_the_weeks_stop_at_the_last() {
    let s = schedule();
    let a = adherence(&s, &[done(date(2026, 12, 7))], date(2027, 3, 1));
    assert_eq!(a.weeks.len(), 6);
    assert_eq!((a.done(), a.due()), (1, 18));
    // A session after the end fills nothing.
    let a = adherence(&s, &[done(date(2027, 1, 18))], date(2027, 3, 1));
    assert_eq!(a.done(), 0);
}

#[test]
fn the_sentence_is_in_the_persons_language_with_its_plurals() {
    let s = schedule();
    let monday = date(2026, 12, 7);
    let one = adherence(&s, &[done(monday)], date(2026, 12, 8));
    let partly = adherence(&s, &[ended(monday, Ending::EndedEarly)], date(2026, 12, 8));
    assert_eq!(
        one.sentence(),
        "Adherence: 1 of 1 planned session done (100 %)"
    );
    crate::i18n::with(crate::i18n::Lang::Es, || {
        assert_eq!(
            one.sentence(),
            "Cumplimiento: 1 de 1 sesión prevista hecha (100 %)"
        );
        assert_eq!(
            partly.sentence(),
            "Cumplimiento: 0 de 1 sesión prevista hecha (0 %), 1 hecha en parte"
        );
    });
}
