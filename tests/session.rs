//! The session engine driven by a manual clock: position, commands, cues and the record.

use std::sync::Arc;
use std::time::Duration;

use repcue::clock::{Clock, ManualClock};
use repcue::routine::parse_str;
use repcue::session::{CueEvent, CueKind, EndReason, Ending, Session, State};
use repcue::timeline::{Side, StepKind, Timeline};

fn session(text: &str) -> Session {
    let routine = parse_str(text, "t.toml").expect("valid routine");
    Session::new(Arc::new(Timeline::new(&routine)))
}

fn s(secs: f64) -> Duration {
    Duration::from_secs_f64(secs)
}

const BRIDGE: &str = r#"
[routine]
title = "T"
prepare = 5
rest_between_exercises = 10
[[exercise]]
name = "Bridge"
sets = 2
reps = 3
tempo = { up = 2, hold = 3, down = 2 }
rest_between_sets = 20
[[exercise]]
name = "Clam"
each_side = true
reps = 2
tempo = { up = 1, hold = 0, down = 1 }
switch_sides = 4
"#;

fn kind_at(session: &mut Session, at: f64) -> Option<StepKind> {
    session.update(s(at));
    session.current().map(|step| step.kind)
}

#[test]
fn phases_change_exactly_at_their_planned_boundaries() {
    let mut session = session(BRIDGE);
    session.start(s(100.0));
    assert_eq!(kind_at(&mut session, 100.0), Some(StepKind::Prepare));
    assert_eq!(kind_at(&mut session, 104.999), Some(StepKind::Prepare));
    assert_eq!(kind_at(&mut session, 105.0), Some(StepKind::Up));
    assert_eq!(kind_at(&mut session, 107.0), Some(StepKind::Hold));
    assert_eq!(kind_at(&mut session, 110.0), Some(StepKind::Down));
    let snap = session.snapshot(s(111.5));
    assert_eq!(snap.rep, Some((1, 3)));
    assert_eq!(snap.set, Some((1, 2)));
    assert_eq!(snap.step_left, Some(s(0.5)));
    assert_eq!(snap.exercise, (0, 2));
    assert!((snap.step_progress - 0.75).abs() < 1e-6);
}

#[test]
fn snapshot_reports_side_next_step_and_time_left() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    // Bridge: 5 + 2*3*7 + 20 = 67; rest 10, prepare 5, left 2 reps of 2 s, then switch.
    session.update(s(67.0 + 15.0 + 4.0 + 1.0));
    let snap = session.snapshot(s(87.0));
    assert_eq!(
        snap.step.as_ref().map(|st| st.kind),
        Some(StepKind::SwitchSides)
    );
    assert_eq!(snap.side, Some(Side::Right));
    assert_eq!(
        snap.next.as_ref().map(|st| (st.kind, st.side)),
        Some((StepKind::Up, Some(Side::Right)))
    );
    assert_eq!(snap.exercise, (1, 2));
    assert_eq!(snap.session_left, session.timeline().total - s(87.0));
}

#[test]
fn pause_stops_time_and_resume_continues_where_it_stood() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    session.update(s(3.0));
    session.pause(s(3.0));
    assert_eq!(session.state(), State::Paused);
    session.update(s(60.0));
    let snap = session.snapshot(s(60.0));
    assert_eq!(snap.step_left, Some(s(2.0)));
    assert_eq!(snap.step.map(|st| st.kind), Some(StepKind::Prepare));
    session.resume(s(60.0));
    assert_eq!(kind_at(&mut session, 61.999), Some(StepKind::Prepare));
    assert_eq!(kind_at(&mut session, 62.0), Some(StepKind::Up));
    let record = session.record();
    assert_eq!(record.paused, s(57.0));
    assert_eq!(record.pauses, 1);
}

#[test]
fn next_and_previous_step_move_and_restart_timing() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    session.update(s(1.0));
    session.next_step(s(1.0));
    assert_eq!(session.current().map(|st| st.kind), Some(StepKind::Up));
    assert_eq!(session.snapshot(s(1.0)).step_left, Some(s(2.0)));
    assert_eq!(kind_at(&mut session, 3.0), Some(StepKind::Hold));
    session.previous_step(s(4.0));
    assert_eq!(session.current().map(|st| st.kind), Some(StepKind::Up));
    assert_eq!(session.snapshot(s(4.0)).step_left, Some(s(2.0)));
    session.previous_step(s(4.0));
    session.previous_step(s(4.0));
    assert_eq!(session.index(), 0, "previous on the first step stays there");
}

#[test]
fn restart_exercise_goes_back_to_its_get_ready() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    session.update(s(40.0));
    session.restart_exercise(s(40.0));
    assert_eq!(session.index(), 0);
    // In the rest before the second exercise, restart goes to that exercise's get-ready.
    session.update(s(40.0 + 67.0 + 2.0));
    assert_eq!(
        session.current().map(|st| (st.kind, st.exercise)),
        Some((StepKind::Rest, 1))
    );
    session.restart_exercise(s(109.0));
    assert_eq!(
        session.current().map(|st| (st.kind, st.exercise)),
        Some((StepKind::Prepare, 1))
    );
}

#[test]
fn self_paced_rep_waits_for_rep_done() {
    let mut session = session(
        "[routine]\ntitle='T'\nprepare=2\n[[exercise]]\nname='A'\npace='self'\nreps=2\nrest_between_reps=3\n",
    );
    session.start(Duration::ZERO);
    assert_eq!(kind_at(&mut session, 500.0), Some(StepKind::Rep));
    assert!(session.waiting_for_rep());
    assert_eq!(session.snapshot(s(500.0)).step_left, None);
    let events = session.update(s(500.0));
    assert!(events.is_empty());
    session.rep_done(s(500.0));
    let events = session.update(s(500.0));
    let kinds: Vec<_> = events.iter().map(|e| e.cue.kind).collect();
    assert_eq!(
        kinds,
        [
            CueKind::RepCompleted { rep: 1, of: 2 },
            CueKind::StepStarted(StepKind::Rest)
        ]
    );
    assert!(events.iter().all(|e| e.due == s(500.0)));
    assert_eq!(kind_at(&mut session, 502.999), Some(StepKind::Rest));
    assert_eq!(kind_at(&mut session, 503.0), Some(StepKind::Rep));
    session.rep_done(s(510.0));
    assert_eq!(session.state(), State::Finished(Ending::Completed));
    assert_eq!(session.record().reps(), (2, 2));
    assert_eq!(session.record().ended_at, Some(s(510.0)));
}

#[test]
fn rep_done_does_nothing_on_a_timed_step() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    session.rep_done(s(1.0));
    assert_eq!(session.index(), 0);
}

#[test]
fn stopping_for_pain_ends_at_once_and_silences_cues() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    session.update(s(8.0));
    session.finish_early(s(8.5), EndReason::Pain);
    assert_eq!(session.state(), State::Finished(Ending::StoppedForPain));
    assert!(session.update(s(1000.0)).is_empty());
    session.next_step(s(1000.0));
    assert_eq!(
        session.state(),
        State::Finished(Ending::StoppedForPain),
        "no command reopens it"
    );
    let record = session.record();
    assert_eq!(record.outcome, Some(Ending::StoppedForPain));
    assert_eq!(record.elapsed(), Some(s(8.5)));
    assert_eq!(record.reps(), (0, 6 + 4));
}

#[test]
fn cues_carry_exact_due_times_however_late_updates_come() {
    let text = "[routine]\ntitle='T'\nprepare=5\n[[exercise]]\nname='A'\nreps=2\ntempo={up=1,hold=12,down=1}\nrest_between_reps=4\n";
    let mut fine = session(text);
    let mut coarse = session(text);
    fine.start(s(7.0));
    coarse.start(s(7.0));
    let mut fine_events: Vec<CueEvent> = Vec::new();
    let mut t = 7.0;
    while t < 60.0 {
        fine_events.extend(fine.update(s(t)));
        t += 0.016;
    }
    let coarse_events = coarse.update(s(60.0));
    assert_eq!(fine_events, coarse_events);
    let timeline: Vec<(f64, CueKind)> = coarse_events
        .iter()
        .map(|e| ((e.due.as_secs_f64() - 7.0) * 1000.0).round() / 1000.0)
        .zip(coarse_events.iter().map(|e| e.cue.kind))
        .collect();
    use CueKind::*;
    use StepKind as K;
    assert_eq!(
        timeline,
        [
            (0.0, StepStarted(K::Prepare)),
            (2.0, Countdown(3)),
            (3.0, Countdown(2)),
            (4.0, Countdown(1)),
            (5.0, StepStarted(K::Up)),
            (6.0, StepStarted(K::Hold)),
            (12.0, Halfway),
            (18.0, StepStarted(K::Down)),
            (19.0, RepCompleted { rep: 1, of: 2 }),
            (19.0, StepStarted(K::Rest)),
            (20.0, Countdown(3)),
            (21.0, Countdown(2)),
            (22.0, Countdown(1)),
            (23.0, StepStarted(K::Up)),
            (24.0, StepStarted(K::Hold)),
            (30.0, Halfway),
            (36.0, StepStarted(K::Down)),
            (37.0, RepCompleted { rep: 2, of: 2 }),
            (37.0, SetCompleted { set: 1, of: 1 }),
            (37.0, ExerciseCompleted),
            (37.0, SessionCompleted),
        ]
    );
}

#[test]
fn upcoming_cues_match_what_update_later_delivers() {
    let mut session = session(BRIDGE);
    session.start(s(1.0));
    let planned = session.upcoming_cues(s(31.0));
    let delivered = session.update(s(31.0));
    assert_eq!(planned, delivered);
    assert!(!planned.is_empty());
}

#[test]
fn pausing_bumps_the_generation_and_hides_upcoming_cues() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    let before = session.generation();
    session.pause(s(1.0));
    assert!(session.generation() > before);
    assert!(session.upcoming_cues(s(100.0)).is_empty());
    session.resume(s(11.0));
    let next = session.upcoming_cues(s(100.0));
    // The get-ready countdown "3" was due 2 s into the step; 1 s was done before the pause.
    assert_eq!(
        next.first().map(|e| (e.due, e.cue.kind)),
        Some((s(12.0), CueKind::Countdown(3)))
    );
}

#[test]
fn a_session_with_most_of_its_work_done_is_completed_and_under_80_percent_is_not() {
    // Ten self-paced reps: skipping two is 80 % done (completed), three is 70 % (partly done).
    let text = "[routine]\ntitle='T'\nprepare=0\n[[exercise]]\nname='A'\nreps=10\npace='self'\nrest_between_reps=0\n";
    for (skips, ending) in [(2, Ending::Completed), (3, Ending::FinishedWithSkips)] {
        let mut session = session(text);
        session.start(Duration::ZERO);
        for rep in 0..10 {
            if rep < skips {
                session.next_step(s(1.0));
            } else {
                session.rep_done(s(1.0));
            }
        }
        assert_eq!(session.state(), State::Finished(ending), "{skips} skipped");
    }
}

#[test]
fn skipping_never_delivers_stale_cues() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    session.update(s(0.5));
    session.next_step(s(0.5));
    let events = session.update(s(0.5));
    let kinds: Vec<_> = events.iter().map(|e| e.cue.kind).collect();
    assert_eq!(
        kinds,
        [CueKind::StepStarted(StepKind::Up)],
        "no countdown of the skipped get-ready"
    );
}

#[test]
fn skipping_past_the_end_is_finished_with_skips_and_never_well_done() {
    let mut session = session("[routine]\ntitle='T'\n[[exercise]]\nname='A'\n");
    session.start(Duration::ZERO);
    for _ in 0..3 {
        session.next_step(s(1.0));
    }
    assert_eq!(session.state(), State::Finished(Ending::FinishedWithSkips));
    let events = session.update(s(1.0));
    assert!(
        events
            .iter()
            .all(|e| e.cue.kind != CueKind::SessionCompleted),
        "no \"well done\" after a skipped session: {events:?}"
    );
    let record = session.record();
    assert_eq!(record.steps_skipped, 3);
    assert_eq!(record.reps(), (0, 1));
}

#[test]
fn going_back_over_a_rep_does_not_count_it_twice() {
    let mut session =
        session("[routine]\ntitle='T'\nprepare=0\n[[exercise]]\nname='A'\nreps=2\nhold=1\n");
    session.start(Duration::ZERO);
    session.update(s(5.0)); // rep 1 done (2 + 1 + 2)
    assert_eq!(session.record().reps(), (1, 2));
    session.previous_step(s(5.0));
    session.previous_step(s(5.0));
    session.update(s(10.0));
    let record = session.record();
    assert_eq!(record.reps(), (1, 2));
    assert_eq!(record.holds(), (1, 2));
    session.update(s(20.0));
    assert_eq!(session.record().reps(), (2, 2));
}

#[test]
fn active_time_is_kept_per_exercise_without_pauses() {
    let mut session = session(BRIDGE);
    session.start(Duration::ZERO);
    session.pause(s(30.0));
    session.resume(s(90.0));
    session.update(s(500.0));
    let record = session.record();
    assert_eq!(record.outcome, Some(Ending::Completed));
    assert_eq!(record.exercises[0].active(), s(67.0));
    assert_eq!(
        record.exercises[1].active(),
        s(10.0 + 5.0 + 4.0 + 4.0 + 4.0)
    );
    assert_eq!(record.ended_at, Some(s(60.0) + session.timeline().total));
}

#[test]
fn a_thirty_minute_session_ends_on_the_millisecond() {
    let mut text = String::from("[routine]\ntitle='T'\nprepare=5\nrest_between_exercises=30\n");
    for i in 0..8 {
        text.push_str(&format!(
            "[[exercise]]\nname='E{i}'\nsets=3\nreps=10\ntempo={{up=1.3,hold=2.1,down=1.7}}\nrest_between_sets=20\nrest_between_reps=0.9\n"
        ));
    }
    let mut session = session(&text);
    let total = session.timeline().total;
    assert!(total > Duration::from_secs(30 * 60), "{total:?}");
    let clock = ManualClock::new();
    clock.set(s(12345.678));
    let started = clock.now();
    session.start(started);
    let mut last = Vec::new();
    // Irregular frames of 7–23 ms, as a busy window would draw them.
    let mut n = 0u64;
    while !session.is_finished() {
        clock.advance(Duration::from_millis(7 + (n * 7919) % 17));
        n += 1;
        last = session.update(clock.now());
    }
    assert_eq!(session.record().ended_at, Some(started + total));
    assert_eq!(
        last.last().map(|e| (e.due, e.cue.kind)),
        Some((started + total, CueKind::SessionCompleted))
    );
}

#[test]
fn finishing_while_paused_counts_the_pause() {
    let mut session =
        session("[routine]\ntitle='T'\nprepare=1\n[[exercise]]\nname='A'\npace='self'\n");
    session.start(Duration::ZERO);
    session.update(s(2.0));
    session.pause(s(2.0));
    session.rep_done(s(12.0));
    assert_eq!(session.state(), State::Finished(Ending::Completed));
    assert_eq!(session.record().paused, s(10.0));
}
