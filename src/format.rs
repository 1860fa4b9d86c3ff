//! Every number a person reads — durations, counts, prescriptions — is written here, once.

use std::time::Duration;

use crate::routine::{Exercise, Pace, duration::to_spec};

/// A planned length for reading: `45s`, `1.5s`, `3m 20s`, `12m`, `1h 05m`.
pub fn duration(d: Duration) -> String {
    let millis = d.as_millis();
    if millis < 60_000 {
        return to_spec(d);
    }
    let seconds = (millis + 500) / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, s) {
        (0, 0) => format!("{m}m"),
        (0, _) => format!("{m}m {s:02}s"),
        _ => format!("{h}h {m:02}m"),
    }
}

/// A clock reading for time left: `4:05`, `1:02:03`.
pub fn clock(d: Duration) -> String {
    let seconds = d.as_millis().div_ceil(1000);
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// The big countdown digits: whole seconds left, rounded up, so "1" shows until the end.
pub fn countdown(left: Duration) -> String {
    left.as_millis().div_ceil(1000).to_string()
}

/// `1 set`, `2 sets`, `1 rep`, `12 reps`.
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// An exercise's prescription in words: `2 sets × 12 reps · up 2s / hold 3s / down 2s · each side`.
pub fn prescription(exercise: &Exercise) -> String {
    let mut parts = vec![format!(
        "{} × {}",
        count(exercise.sets.into(), "set", "sets"),
        count(exercise.reps.into(), "rep", "reps")
    )];
    parts.push(match exercise.pace {
        Pace::SelfPaced => "at your own pace".to_string(),
        Pace::Guided => {
            let tempo = exercise.tempo;
            [("up", tempo.up), ("hold", tempo.hold), ("down", tempo.down)]
                .iter()
                .filter(|(_, d)| !d.is_zero())
                .map(|(name, d)| format!("{name} {}", to_spec(*d)))
                .collect::<Vec<_>>()
                .join(" / ")
        }
    });
    if exercise.each_side {
        parts.push("each side".to_string());
    }
    parts.join(" · ")
}

/// The rests of an exercise in words, or `None` when it has none that apply.
pub fn rests(exercise: &Exercise) -> Option<String> {
    let mut parts = Vec::new();
    if exercise.reps > 1 && !exercise.rest_between_reps.is_zero() {
        parts.push(format!(
            "rest {} between reps",
            to_spec(exercise.rest_between_reps)
        ));
    }
    if exercise.sets > 1 && !exercise.rest_between_sets.is_zero() {
        parts.push(format!(
            "rest {} between sets",
            to_spec(exercise.rest_between_sets)
        ));
    }
    if exercise.each_side && !exercise.switch_sides.is_zero() {
        parts.push(format!(
            "{} to switch sides",
            to_spec(exercise.switch_sides)
        ));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(secs: f64) -> Duration {
        Duration::from_secs_f64(secs)
    }

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(s(45.0)), "45s");
        assert_eq!(duration(s(1.5)), "1.5s");
        assert_eq!(duration(s(60.0)), "1m");
        assert_eq!(duration(s(200.0)), "3m 20s");
        assert_eq!(duration(s(3900.0)), "1h 05m");
        assert_eq!(duration(s(96_000.0)), "26h 40m");
    }

    #[test]
    fn clock_and_countdown_round_up() {
        assert_eq!(clock(s(245.0)), "4:05");
        assert_eq!(clock(s(3723.0)), "1:02:03");
        assert_eq!(clock(s(0.2)), "0:01");
        assert_eq!(countdown(s(2.001)), "3");
        assert_eq!(countdown(s(2.0)), "2");
        assert_eq!(countdown(Duration::ZERO), "0");
    }
}
