//! An exercise's prescription and rests in words, as the overview and `repcue check` show them.

use super::{Day, Exercise, Pace, PainLimits, Schedule};
use crate::{format, t};

/// An exercise's prescription in words: `2 sets × 12 reps · up 2s / hold 3s / down 2s · each side`.
pub fn prescription(exercise: &Exercise) -> String {
    let mut parts = vec![format!(
        "{} × {}",
        t!("count-sets", count = u64::from(exercise.sets)),
        t!("count-reps", count = u64::from(exercise.reps))
    )];
    parts.push(match exercise.pace {
        Pace::SelfPaced => match &exercise.cues.rep {
            Some(rep) => t!("routine-plan-cue-own-pace", cue = rep.to_lowercase()),
            None => t!("routine-plan-own-pace"),
        },
        Pace::Guided => {
            let tempo = exercise.tempo;
            let cues = &exercise.cues;
            // The exercise's own words where it gives them: "bend forward 3s / hold the
            // stretch 25s / sit up slowly 3s".
            [
                (
                    cues.up.clone().unwrap_or_else(|| t!("routine-plan-up")),
                    tempo.up,
                ),
                (
                    cues.hold.clone().unwrap_or_else(|| t!("routine-plan-hold")),
                    tempo.hold,
                ),
                (
                    cues.down.clone().unwrap_or_else(|| t!("routine-plan-down")),
                    tempo.down,
                ),
            ]
            .iter()
            .filter(|(_, d)| !d.is_zero())
            .map(|(name, d)| format!("{} {}", name.to_lowercase(), format::duration(*d)))
            .collect::<Vec<_>>()
            .join(" / ")
        }
    });
    if exercise.each_side {
        parts.push(match (&exercise.cues.left, &exercise.cues.right) {
            (Some(left), Some(right)) => t!(
                "routine-plan-each-side-cues",
                left = left.to_lowercase(),
                right = right.to_lowercase()
            ),
            _ => t!("routine-plan-each-side"),
        });
    }
    parts.join(" · ")
}

/// The rests of an exercise in words, or `None` when it has none that apply.
pub fn rests(exercise: &Exercise) -> Option<String> {
    let mut parts = Vec::new();
    if exercise.reps > 1 && !exercise.rest_between_reps.is_zero() {
        let time = format::duration(exercise.rest_between_reps);
        parts.push(t!("routine-plan-rest-reps", time = time));
    }
    if exercise.sets > 1 && !exercise.rest_between_sets.is_zero() {
        let time = format::duration(exercise.rest_between_sets);
        parts.push(t!("routine-plan-rest-sets", time = time));
    }
    if exercise.each_side && !exercise.switch_sides.is_zero() {
        let time = format::duration(exercise.switch_sides);
        parts.push(t!("routine-plan-switch-sides", time = time));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// What changed in an exercise since last week's plan, in the patient's words ("12 reps, was
/// 10", "hold 5s, was 3s"); empty when nothing did.
pub fn changes(now: &Exercise, before: &Exercise) -> Vec<String> {
    let mut out = Vec::new();
    if now.sets != before.sets {
        let sets = t!("count-sets", count = now.sets);
        out.push(t!(
            "routine-change-count",
            now = sets,
            before = before.sets.to_string()
        ));
    }
    if now.reps != before.reps {
        let reps = t!("count-reps", count = now.reps);
        out.push(t!(
            "routine-change-count",
            now = reps,
            before = before.reps.to_string()
        ));
    }
    let timed = [
        ("routine-plan-up", now.tempo.up, before.tempo.up),
        ("routine-plan-hold", now.tempo.hold, before.tempo.hold),
        ("routine-plan-down", now.tempo.down, before.tempo.down),
        (
            "routine-change-rest-reps",
            now.rest_between_reps,
            before.rest_between_reps,
        ),
        (
            "routine-change-rest-sets",
            now.rest_between_sets,
            before.rest_between_sets,
        ),
        (
            "routine-change-switch-sides",
            now.switch_sides,
            before.switch_sides,
        ),
    ];
    for (id, now, before) in timed {
        if now != before {
            out.push(t!(
                "routine-change-time",
                name = crate::i18n::text(id, &[]),
                now = format::duration(now),
                before = format::duration(before)
            ));
        }
    }
    out
}

/// A programme's schedule in words: "6 weeks from Mon 7 Dec 2026 to Sun 17 Jan 2027 · Mon,
/// Wed, Fri · 1 session a day · reminder 18:00".
pub fn schedule(schedule: &Schedule) -> String {
    let day = format::day_text;
    let mut parts = vec![match (schedule.weeks, schedule.last_day()) {
        (Some(weeks), Some(last)) => t!(
            "routine-plan-weeks",
            weeks = t!("count-weeks", count = u64::from(weeks)),
            start = day(schedule.start),
            last = day(last)
        ),
        _ => t!("routine-plan-no-end", start = day(schedule.start)),
    }];
    parts.push(match (&schedule.days, schedule.per_week) {
        (_, Some(per_week)) => t!("routine-plan-per-week", count = per_week),
        (Some(days), None) if days.len() < Day::ALL.len() => days
            .iter()
            .map(|day| day_name(*day))
            .collect::<Vec<_>>()
            .join(", "),
        _ => t!("routine-plan-every-day"),
    });
    parts.push(t!(
        "routine-plan-per-day",
        sessions = t!("count-sessions", count = u64::from(schedule.per_day))
    ));
    match schedule.remind_at.as_slice() {
        [] => {}
        [one] => parts.push(t!("routine-plan-reminder", time = one)),
        [earlier @ .., last] => parts.push(t!(
            "routine-plan-reminders",
            times = earlier.join(", "),
            last = last
        )),
    }
    parts.join(" · ")
}

/// "Mon" ("lun").
pub fn day_name(day: Day) -> String {
    t!("date-weekday", weekday = day as u8 + 1)
}

/// The pain limits in words, "do not exercise above 5/10 · alert when pain rises by 2 or
/// more", when the routine sets any.
pub fn pain_limits(pain: PainLimits) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(limit) = pain.stop_above {
        parts.push(t!("routine-plan-pain-limit", limit = limit.to_string()));
    }
    if let Some(rise) = pain.rise_alert {
        parts.push(t!("routine-plan-pain-rise", rise = rise.to_string()));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// A stage period's name: "weeks 1–2", "week 3", "from week 5", "every week".
pub fn period(first: u32, last: Option<u32>) -> String {
    match last {
        Some(last) if last == first => t!("routine-period-week", week = first.to_string()),
        Some(last) => t!(
            "routine-period-weeks",
            first = first.to_string(),
            last = last.to_string()
        ),
        None if first == 1 => t!("routine-period-every-week"),
        None => t!("routine-period-from-week", week = first.to_string()),
    }
}
