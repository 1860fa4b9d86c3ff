//! An exercise's prescription and rests in words, as the overview and `repcue check` show them.

use super::{Day, Exercise, Pace, PainLimits, Schedule};
use crate::format;

/// An exercise's prescription in words: `2 sets × 12 reps · up 2s / hold 3s / down 2s · each side`.
pub fn prescription(exercise: &Exercise) -> String {
    let mut parts = vec![format!(
        "{} × {}",
        crate::t!("count-sets", count = u64::from(exercise.sets)),
        crate::t!("count-reps", count = u64::from(exercise.reps))
    )];
    parts.push(match exercise.pace {
        Pace::SelfPaced => match &exercise.cues.rep {
            Some(rep) => format!("{} at your own pace", rep.to_lowercase()),
            None => "at your own pace".to_string(),
        },
        Pace::Guided => {
            let tempo = exercise.tempo;
            let cues = &exercise.cues;
            // The exercise's own words where it gives them: "bend forward 3s / hold the
            // stretch 25s / sit up slowly 3s".
            [
                (cues.up.as_deref().unwrap_or("up"), tempo.up),
                (cues.hold.as_deref().unwrap_or("hold"), tempo.hold),
                (cues.down.as_deref().unwrap_or("down"), tempo.down),
            ]
            .iter()
            .filter(|(_, d)| !d.is_zero())
            .map(|(name, d)| format!("{} {}", name.to_lowercase(), format::to_spec(*d)))
            .collect::<Vec<_>>()
            .join(" / ")
        }
    });
    if exercise.each_side {
        parts.push(match (&exercise.cues.left, &exercise.cues.right) {
            (Some(left), Some(right)) => format!(
                "each side ({}, then {})",
                left.to_lowercase(),
                right.to_lowercase()
            ),
            _ => "each side".to_string(),
        });
    }
    parts.join(" · ")
}

/// The rests of an exercise in words, or `None` when it has none that apply.
pub fn rests(exercise: &Exercise) -> Option<String> {
    let mut parts = Vec::new();
    if exercise.reps > 1 && !exercise.rest_between_reps.is_zero() {
        parts.push(format!(
            "rest {} between reps",
            format::to_spec(exercise.rest_between_reps)
        ));
    }
    if exercise.sets > 1 && !exercise.rest_between_sets.is_zero() {
        parts.push(format!(
            "rest {} between sets",
            format::to_spec(exercise.rest_between_sets)
        ));
    }
    if exercise.each_side && !exercise.switch_sides.is_zero() {
        parts.push(format!(
            "{} to switch sides",
            format::to_spec(exercise.switch_sides)
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// What changed in an exercise since last week's plan, in the patient's words ("12 reps, was
/// 10", "hold 5s, was 3s"); empty when nothing did.
pub fn changes(now: &Exercise, before: &Exercise) -> Vec<String> {
    let mut out = Vec::new();
    let mut count = |now: u32, before: u32, one: &str, many: &str| {
        if now != before {
            let noun = if now == 1 { one } else { many };
            out.push(format!("{now} {noun}, was {before}"));
        }
    };
    count(now.sets, before.sets, "set", "sets");
    count(now.reps, before.reps, "rep", "reps");
    let timed = [
        ("up", now.tempo.up, before.tempo.up),
        ("hold", now.tempo.hold, before.tempo.hold),
        ("down", now.tempo.down, before.tempo.down),
        (
            "rest between reps",
            now.rest_between_reps,
            before.rest_between_reps,
        ),
        (
            "rest between sets",
            now.rest_between_sets,
            before.rest_between_sets,
        ),
        ("switching sides", now.switch_sides, before.switch_sides),
    ];
    for (name, now, before) in timed {
        if now != before {
            out.push(format!(
                "{name} {}, was {}",
                format::duration(now),
                format::duration(before)
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
        (Some(weeks), Some(last)) => format!(
            "{} from {} to {}",
            crate::t!("count-weeks", count = u64::from(weeks)),
            day(schedule.start),
            day(last)
        ),
        _ => format!("from {}, no end date", day(schedule.start)),
    }];
    parts.push(match (&schedule.days, schedule.per_week) {
        (_, Some(1)) => "any one day a week".to_string(),
        (_, Some(per_week)) => format!("any {per_week} days a week"),
        (Some(days), None) if days.len() < Day::ALL.len() => days
            .iter()
            .map(|day| day_name(*day))
            .collect::<Vec<_>>()
            .join(", "),
        _ => "every day".to_string(),
    });
    parts.push(format!(
        "{} a day",
        crate::t!("count-sessions", count = u64::from(schedule.per_day))
    ));
    match schedule.remind_at.as_slice() {
        [] => {}
        [one] => parts.push(format!("reminder {one}")),
        [earlier @ .., last] => parts.push(format!("reminders {} and {last}", earlier.join(", "))),
    }
    parts.join(" · ")
}

/// "Mon".
pub fn day_name(day: Day) -> String {
    let name = day.as_str();
    name[..1].to_uppercase() + &name[1..]
}

/// The pain limits in words, "do not exercise above 5/10 · alert when pain rises by 2 or
/// more", when the routine sets any.
pub fn pain_limits(pain: PainLimits) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(limit) = pain.stop_above {
        parts.push(format!("do not exercise above {limit}/10"));
    }
    if let Some(rise) = pain.rise_alert {
        parts.push(format!("alert when pain rises by {rise} or more"));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// A stage period's name: "weeks 1–2", "week 3", "from week 5", "every week".
pub fn period(first: u32, last: Option<u32>) -> String {
    match last {
        Some(last) if last == first => format!("week {first}"),
        Some(last) => format!("weeks {first}–{last}"),
        None if first == 1 => "every week".to_string(),
        None => format!("from week {first}"),
    }
}
