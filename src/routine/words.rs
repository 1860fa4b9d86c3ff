//! An exercise's prescription and rests in words, as the overview and `repcue check` show them.

use super::{Exercise, Pace};
use crate::format;

/// An exercise's prescription in words: `2 sets × 12 reps · up 2s / hold 3s / down 2s · each side`.
pub fn prescription(exercise: &Exercise) -> String {
    let mut parts = vec![format!(
        "{} × {}",
        format::count(exercise.sets.into(), "set", "sets"),
        format::count(exercise.reps.into(), "rep", "reps")
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
