//! The timeline follows the exact semantics of the routine format.

use std::time::Duration;

use repcue::routine::parse_str;
use repcue::timeline::{Side, StepKind, Timeline};

fn timeline(text: &str) -> Timeline {
    Timeline::new(&parse_str(text, "t.toml").expect("valid routine"))
}

fn secs(s: f64) -> Option<Duration> {
    Some(Duration::from_secs_f64(s))
}

/// (kind, exercise, set, side, rep, seconds) for every step.
type Row = (
    StepKind,
    usize,
    Option<u32>,
    Option<Side>,
    Option<u32>,
    Option<Duration>,
);

fn rows(t: &Timeline) -> Vec<Row> {
    t.steps
        .iter()
        .map(|s| (s.kind, s.exercise, s.set, s.side, s.rep, s.duration))
        .collect()
}

#[test]
fn two_exercises_with_sets_sides_and_rests_in_exact_order() {
    let t = timeline(
        r#"
[routine]
title = "T"
prepare = 3
rest_between_exercises = 10

[[exercise]]
name = "A"
sets = 2
reps = 2
tempo = { up = 1, hold = 2, down = 1 }
rest_between_reps = 1
rest_between_sets = 5

[[exercise]]
name = "B"
each_side = true
reps = 1
hold = 4
switch_sides = 6
"#,
    );
    use StepKind::*;
    let s = |set, rep| (Some(set), None, Some(rep));
    let mut expected: Vec<Row> = vec![(Prepare, 0, None, None, None, secs(3.0))];
    for set in 1..=2 {
        if set > 1 {
            expected.push((Rest, 0, Some(set), None, None, secs(5.0)));
        }
        for rep in 1..=2 {
            let (set, side, rep) = s(set, rep);
            if rep == Some(2) {
                expected.push((Rest, 0, set, side, rep, secs(1.0)));
            }
            expected.push((Up, 0, set, side, rep, secs(1.0)));
            expected.push((Hold, 0, set, side, rep, secs(2.0)));
            expected.push((Down, 0, set, side, rep, secs(1.0)));
        }
    }
    expected.push((Rest, 1, None, None, None, secs(10.0)));
    expected.push((Prepare, 1, None, None, None, secs(3.0)));
    for side in [Side::Left, Side::Right] {
        if side == Side::Right {
            expected.push((SwitchSides, 1, Some(1), Some(side), None, secs(6.0)));
        }
        expected.push((Up, 1, Some(1), Some(side), Some(1), secs(2.0)));
        expected.push((Hold, 1, Some(1), Some(side), Some(1), secs(4.0)));
        expected.push((Down, 1, Some(1), Some(side), Some(1), secs(2.0)));
    }
    assert_eq!(rows(&t), expected);
    // 3 + 2*(2*4) + 1*2 + 5 = 26 for A; 10 + 3 + 2*8 + 6 = 35 for B.
    assert_eq!(t.total, Duration::from_secs(61));
    assert_eq!(t.exercises[0].planned, Duration::from_secs(26));
    assert_eq!(t.exercises[1].planned, Duration::from_secs(35));
    assert_eq!(t.exercises[1].first_step, t.exercises[1].steps.start + 1);
}

#[test]
fn zero_length_steps_are_left_out() {
    let t = timeline(
        r#"
[routine]
title = "T"
prepare = 0
rest_between_exercises = 0
[[exercise]]
name = "A"
reps = 2
tempo = { up = 1, hold = 0, down = 0 }
[[exercise]]
name = "B"
"#,
    );
    let kinds: Vec<_> = t.steps.iter().map(|s| (s.kind, s.exercise)).collect();
    use StepKind::*;
    assert_eq!(kinds, [(Up, 0), (Up, 0), (Up, 1), (Down, 1)]);
    assert!(
        t.steps
            .iter()
            .all(|s| s.duration.is_some_and(|d| !d.is_zero()))
    );
}

#[test]
fn step_starts_are_absolute_offsets() {
    let t = timeline(
        "[routine]\ntitle='T'\n[[exercise]]\nname='A'\nsets=3\nreps=10\ntempo={up=0.1,hold=0.2,down=0.3}\nrest_between_reps=0.7\n",
    );
    let mut offset = Duration::ZERO;
    for step in &t.steps {
        assert_eq!(step.start, offset);
        offset += step.duration.unwrap_or_default();
    }
    assert_eq!(t.total, offset);
    assert_eq!(
        t.total.subsec_nanos() % 1_000_000,
        0,
        "exact to the millisecond"
    );
}

#[test]
fn self_paced_reps_are_untimed_and_end_their_rep() {
    let t = timeline(
        "[routine]\ntitle='T'\n[[exercise]]\nname='A'\npace='self'\nreps=3\nrest_between_reps=2\n",
    );
    let reps: Vec<_> = t.steps.iter().filter(|s| s.kind == StepKind::Rep).collect();
    assert_eq!(reps.len(), 3);
    assert!(reps.iter().all(|s| s.duration.is_none() && s.ends_rep));
    // prepare 5 + two rests of 2: the reps themselves count zero.
    assert_eq!(t.total, Duration::from_secs(9));
}

#[test]
fn only_the_last_phase_of_a_rep_ends_it() {
    let t = timeline("[routine]\ntitle='T'\n[[exercise]]\nname='A'\nreps=2\nhold=3\n");
    let ends: Vec<_> = t
        .steps
        .iter()
        .filter(|s| s.ends_rep)
        .map(|s| (s.kind, s.rep))
        .collect();
    assert_eq!(ends, [(StepKind::Down, Some(1)), (StepKind::Down, Some(2))]);
    assert_eq!(t.exercises[0].holds, 2);
    assert_eq!(t.exercises[0].reps, 2);
}

#[test]
fn step_at_finds_the_step_containing_a_position() {
    let t = timeline(
        "[routine]\ntitle='T'\nprepare=2\n[[exercise]]\nname='A'\nreps=1\ntempo={up=1,hold=1,down=1}\n",
    );
    let at = |s: f64| t.step_at(Duration::from_secs_f64(s));
    assert_eq!(at(0.0), 0);
    assert_eq!(at(1.999), 0);
    assert_eq!(at(2.0), 1);
    assert_eq!(at(4.5), 3);
    assert_eq!(at(99.0), 3);
}

#[test]
fn step_at_is_right_around_self_paced_reps() {
    // prepare 2 s, rep (waits), rest 3 s, rep (waits)
    let t = timeline(
        "[routine]\ntitle='T'\nprepare=2\n[[exercise]]\nname='A'\npace='self'\nreps=2\nrest_between_reps=3\n",
    );
    let at = |s: f64| t.step_at(Duration::from_secs_f64(s));
    assert_eq!(at(1.0), 0);
    assert_eq!(at(2.0), 1, "the session waits at the first rep");
    assert_eq!(at(2.5), 2);
    assert_eq!(at(5.0), 3);
}
