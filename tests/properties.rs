//! Property tests: totals agree three ways, the engine stays consistent under any commands,
//! a journal cut anywhere folds back to the session's own count, no input makes the loader
//! panic, a programme week's plan is the base with its stages applied, and adherence never
//! passes 100 % nor drops when a session is done.

use std::sync::Arc;
use std::time::Duration;

use proptest::prelude::*;

use jiff::civil::Date;

use repcue::programme::{Attempt, add_days, adherence};
use repcue::routine::{self, Day, Exercise, Pace, Routine, Schedule, Stage, Tempo};
use repcue::session::{CueEvent, EndReason, Ending, ExerciseRecord, Record, Session, State};
use repcue::store::journal::{self, Fold, Header, Line};
use repcue::timeline::Timeline;

fn millis(max: u64) -> impl Strategy<Value = Duration> {
    prop_oneof![Just(0u64), 1..=max].prop_map(Duration::from_millis)
}

fn exercise() -> impl Strategy<Value = Exercise> {
    (
        (1u32..=4, 1u32..=6, any::<bool>(), any::<bool>()),
        (millis(4000), millis(12_000), millis(4000)),
        (millis(3000), millis(20_000), millis(8000)),
    )
        .prop_map(
            |((sets, reps, each_side, self_paced), (up, hold, down), (rr, rs, sw))| {
                let mut tempo = Tempo { up, hold, down };
                if tempo.rep().is_zero() {
                    tempo.up = Duration::from_millis(1500);
                }
                Exercise {
                    name: "E".into(),
                    instructions: None,
                    caution: None,
                    image: None,
                    intro_audio: None,
                    sets,
                    reps,
                    each_side,
                    tempo: if self_paced { Tempo::default() } else { tempo },
                    pace: if self_paced {
                        Pace::SelfPaced
                    } else {
                        Pace::Guided
                    },
                    rest_between_reps: rr,
                    rest_between_sets: rs,
                    switch_sides: sw,
                    cues: Default::default(),
                    progress: Vec::new(),
                }
            },
        )
}

fn routine_strategy() -> impl Strategy<Value = Routine> {
    (
        millis(6000),
        millis(30_000),
        prop::collection::vec(exercise(), 1..4),
    )
        .prop_map(|(prepare, rest, exercises)| Routine {
            language: None,
            title: "R".into(),
            author: None,
            notes: None,
            prepare,
            rest_between_exercises: rest,
            exercises,
            safety: Default::default(),
            schedule: None,
            pain: Default::default(),
            source_sha256: String::new(),
        })
}

fn spec(d: Duration) -> String {
    format!("{}", d.as_millis() as f64 / 1000.0)
}

/// The same routine written as a file, to check the loader reads back what was meant.
fn to_toml(routine: &Routine) -> String {
    let mut text = format!(
        "[routine]\ntitle = \"{}\"\nprepare = {}\nrest_between_exercises = \"{}s\"\n",
        routine.title,
        spec(routine.prepare),
        spec(routine.rest_between_exercises)
    );
    for e in &routine.exercises {
        text.push_str(&format!(
            "[[exercise]]\nname = \"{}\"\nsets = {}\nreps = {}\neach_side = {}\nrest_between_reps = {}\nrest_between_sets = {}\nswitch_sides = {}\n",
            e.name, e.sets, e.reps, e.each_side, spec(e.rest_between_reps), spec(e.rest_between_sets), spec(e.switch_sides)
        ));
        match e.pace {
            Pace::SelfPaced => text.push_str("pace = \"self\"\n"),
            Pace::Guided => text.push_str(&format!(
                "tempo = {{ up = {}, hold = {}, down = {} }}\n",
                spec(e.tempo.up),
                spec(e.tempo.hold),
                spec(e.tempo.down)
            )),
        }
    }
    text
}

#[derive(Debug, Clone)]
enum Op {
    Tick(u64),
    Pause,
    Resume,
    Next,
    Previous,
    Restart,
    RepDone,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0u64..20_000).prop_map(Op::Tick),
        1 => Just(Op::Pause),
        1 => Just(Op::Resume),
        1 => Just(Op::Next),
        1 => Just(Op::Previous),
        1 => Just(Op::Restart),
        2 => Just(Op::RepDone),
    ]
}

fn apply(session: &mut Session, op: &Op, now: Duration) {
    match op {
        Op::Tick(_) => {}
        Op::Pause => session.pause(now),
        Op::Resume => session.resume(now),
        Op::Next => session.next_step(now),
        Op::Previous => session.previous_step(now),
        Op::Restart => session.restart_exercise(now),
        Op::RepDone => session.rep_done(now),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn total_is_the_sum_of_steps_and_the_closed_form(routine in routine_strategy()) {
        let timeline = Timeline::new(&routine);
        let sum: Duration = timeline.steps.iter().filter_map(|s| s.duration).sum();
        prop_assert_eq!(timeline.total, sum);
        prop_assert_eq!(timeline.total, routine.planned_time());
        prop_assert_eq!(timeline.steps.len() as u64, routine.step_count());
        let per_exercise: Duration = timeline.exercises.iter().map(|e| e.planned).sum();
        prop_assert_eq!(per_exercise, timeline.total);
        prop_assert!(timeline.steps.iter().all(|s| s.duration != Some(Duration::ZERO)));
    }

    #[test]
    fn the_loader_reads_back_a_written_routine(routine in routine_strategy()) {
        let text = to_toml(&routine);
        let loaded = routine::parse_str(&text, "p.toml");
        let expected = Routine { source_sha256: routine::sha256_hex(text.as_bytes()), ..routine };
        prop_assert_eq!(loaded.ok(), Some(expected));
    }

    #[test]
    fn engine_position_is_consistent_under_any_commands(
        routine in routine_strategy(),
        ops in prop::collection::vec(op(), 1..60),
    ) {
        let timeline = Arc::new(Timeline::new(&routine));
        // `often` is updated in the middle of every tick as well; `rarely` only after it.
        let mut often = Session::new(timeline.clone());
        let mut rarely = Session::new(timeline.clone());
        let mut now = Duration::from_secs(1);
        often.start(now);
        rarely.start(now);
        let (mut heard_often, mut heard_rarely) = (Vec::<CueEvent>::new(), Vec::<CueEvent>::new());
        for op in &ops {
            if let Op::Tick(ms) = op {
                let half = Duration::from_millis(ms / 2);
                heard_often.extend(often.update(now + half));
                now += Duration::from_millis(*ms);
            }
            apply(&mut often, op, now);
            apply(&mut rarely, op, now);
            heard_often.extend(often.update(now));
            heard_rarely.extend(rarely.update(now));

            prop_assert_eq!(often.snapshot(now), rarely.snapshot(now));
            prop_assert_eq!(often.record(), rarely.record());
            prop_assert_eq!(&heard_often, &heard_rarely);

            let snap = often.snapshot(now);
            prop_assert!(snap.index <= timeline.steps.len());
            match (&snap.step, snap.state) {
                (Some(step), State::Running | State::Paused) => {
                    let at = often.plan_position(now);
                    prop_assert!(step.start <= at && at <= step.end());
                    if let (Some(length), Some(left)) = (step.duration, snap.step_left) {
                        prop_assert!(left <= length);
                        prop_assert!(!left.is_zero() || snap.state == State::Paused);
                    }
                }
                (None, state) => prop_assert!(matches!(state, State::Finished(_))),
                (Some(_), state) => prop_assert!(matches!(state, State::Finished(_))),
            }
            // Cues come out in time order, none from the future.
            prop_assert!(heard_often.windows(2).all(|w| w[0].due <= w[1].due));
            prop_assert!(heard_often.iter().all(|e| e.due <= now));
        }
        let record = often.record();
        let (done, prescribed) = record.reps();
        prop_assert!(done <= prescribed);
    }

    #[test]
    fn with_only_time_passing_the_step_is_the_plan_step(
        routine in routine_strategy().prop_filter("timed only", |r| !r.has_self_paced()),
        at in 0u64..400_000,
    ) {
        let timeline = Arc::new(Timeline::new(&routine));
        let mut session = Session::new(timeline.clone());
        let start = Duration::from_secs(3);
        session.start(start);
        let at = Duration::from_millis(at);
        session.update(start + at);
        if at >= timeline.total {
            prop_assert!(session.is_finished());
        } else {
            prop_assert_eq!(session.index(), timeline.step_at(at));
        }
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Err(err) = routine::parse_bytes(&bytes, "fuzz.toml") {
            prop_assert!(!err.to_string().is_empty());
        }
    }

    #[test]
    fn loading_toml_like_text_never_panics(
        parts in prop::collection::vec(prop_oneof![
            Just("[routine]\n"), Just("[[exercise]]\n"), Just("title = \"t\"\n"), Just("name = \"n\"\n"),
            Just("sets = 1000000\n"), Just("reps = -3\n"), Just("hold = \"1h\"\n"), Just("tempo = { up = 1e308 }\n"),
            Just("pace = \"self\"\n"), Just("each_side = true\n"), Just("rep = 3\n"), Just("é = \"ü\"\n"),
            Just("prepare = nan\n"), Just("[exercise.tempo]\n"), Just("up = \"0.0001s\"\n"), Just("x = [1, {a = 2}]\n"),
        ], 0..24),
    ) {
        let text: String = parts.concat();
        if let Err(err) = routine::parse_str(&text, "fuzz.toml") {
            for d in err.diagnostics() {
                prop_assert!(d.line >= 1 && d.column >= 1);
            }
        }
    }
}

/// The session's counts after the latest event, as the summary would show them (the time on
/// the step in progress is the one thing a journal cannot know before the step ends).
fn counts(exercises: &[ExerciseRecord]) -> Vec<ExerciseRecord> {
    exercises
        .iter()
        .map(|e| ExerciseRecord {
            active_ms: 0,
            ..e.clone()
        })
        .collect()
}

/// Runs `op` on `session`, moving time forward one step boundary at a time so that each
/// update ends at most one step, and returns the journal lines each update made together with
/// the session's record right after it.
fn journal_op(session: &mut Session, op: &Op, now: &mut Duration) -> Vec<(Vec<Line>, Record)> {
    let mut out = Vec::new();
    let mut emit = |session: &mut Session| {
        let events = session.take_events();
        let lines = journal::lines(session, &events);
        if !lines.is_empty() {
            out.push((lines, session.record()));
        }
    };
    if let Op::Tick(ms) = op {
        let target = *now + Duration::from_millis(*ms);
        while *now < target && !session.is_finished() {
            let left = session.snapshot(*now).step_left.filter(|l| !l.is_zero());
            let next = match (session.state(), left) {
                (State::Running, Some(left)) if session.current().is_some_and(|s| s.is_timed()) => {
                    (*now + left).min(target)
                }
                _ => target,
            };
            *now = next;
            session.update(*now);
            emit(session);
        }
    } else {
        apply(session, op, *now);
        session.update(*now);
        emit(session);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The summary and the history count one way: the journal of any session, cut after any
    /// line (a crash there), folds back to what the session itself counted at that moment.
    #[test]
    fn the_journal_cut_anywhere_folds_back_to_the_session_record(
        routine in routine_strategy(),
        ops in prop::collection::vec(op(), 1..50),
        stop in prop_oneof![Just(None), Just(Some(EndReason::User)), Just(Some(EndReason::Pain))],
    ) {
        let timeline = Arc::new(Timeline::new(&routine));
        let mut session = Session::new(timeline.clone());
        let mut now = Duration::from_secs(1);
        let header = Header::new(
            "s".into(),
            jiff::Timestamp::UNIX_EPOCH,
            &routine,
            &timeline,
            String::new(),
            "p.toml".into(),
        );
        session.start(now);
        session.update(now);
        let events = session.take_events();
        let mut batches = vec![(journal::lines(&session, &events), session.record())];
        for op in &ops {
            batches.extend(journal_op(&mut session, op, &mut now));
        }
        if let Some(reason) = stop {
            session.finish_early(now, reason);
            batches.extend(journal_op(&mut session, &Op::Tick(0), &mut now));
            let events = session.take_events();
            if !events.is_empty() {
                batches.push((journal::lines(&session, &events), session.record()));
            }
        }
        let mut fold = Fold::default();
        fold.push(Line::Start(Box::new(header)));
        for (lines, record) in batches {
            let last = lines.len().saturating_sub(1);
            for (at, line) in lines.into_iter().enumerate() {
                fold.push(line);
                let entry = fold.entry().expect("a header");
                prop_assert_eq!(counts(&entry.exercises), counts(&record.exercises));
                prop_assert_eq!(entry.steps_skipped, record.steps_skipped);
                prop_assert_eq!(entry.pauses, record.pauses);
                // Ending while paused closes the pause in the same moment as the last step's
                // line: a journal cut between the two cannot know the pause has ended.
                if at == last {
                    prop_assert_eq!(u128::from(entry.paused_ms), record.paused.as_millis());
                }
                match record.outcome {
                    Some(ending) if fold.is_ended() => {
                        prop_assert_eq!(entry.ending, ending);
                        prop_assert_eq!(&entry.exercises, &record.exercises);
                    }
                    _ => prop_assert_eq!(entry.ending, Ending::Interrupted),
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A programme over weeks
// ---------------------------------------------------------------------------------------------

/// A phase length a stage may set: never 0, so a stage cannot leave a rep with no time.
fn phase() -> impl Strategy<Value = Option<Duration>> {
    prop::option::of((1u64..=4000).prop_map(Duration::from_millis))
}

/// One stage's values, without its week (`timed`: whether it may change the tempo).
fn stage_values(timed: bool) -> impl Strategy<Value = Stage> {
    (
        (prop::option::of(1u32..=4), prop::option::of(1u32..=6)),
        (phase(), phase(), phase()),
        (
            prop::option::of(millis(3000)),
            prop::option::of(millis(20_000)),
            prop::option::of(millis(8000)),
        ),
    )
        .prop_map(
            move |((sets, reps), (up, hold, down), (rr, rs, sw))| Stage {
                from_week: 0,
                sets,
                reps,
                up: up.filter(|_| timed),
                hold: hold.filter(|_| timed),
                down: down.filter(|_| timed),
                rest_between_reps: rr,
                rest_between_sets: rs,
                switch_sides: sw,
            },
        )
}

/// An exercise with up to three stages, each from a later week (from week 2 on).
fn progressing_exercise() -> impl Strategy<Value = Exercise> {
    exercise().prop_flat_map(|exercise| {
        let timed = exercise.pace == Pace::Guided;
        prop::collection::vec((1u32..=3, stage_values(timed)), 0..=3).prop_map(move |stages| {
            let mut exercise = exercise.clone();
            let mut week = 1;
            for (gap, mut stage) in stages {
                week += gap;
                stage.from_week = week;
                exercise.progress.push(stage);
            }
            exercise
        })
    })
}

fn programme_strategy() -> impl Strategy<Value = Routine> {
    (
        millis(6000),
        millis(30_000),
        prop::collection::vec(progressing_exercise(), 1..4),
    )
        .prop_map(|(prepare, rest, exercises)| Routine {
            language: None,
            title: "P".into(),
            author: None,
            notes: None,
            prepare,
            rest_between_exercises: rest,
            exercises,
            safety: Default::default(),
            schedule: None,
            pain: Default::default(),
            source_sha256: String::new(),
        })
}

/// Week `week`'s exercise worked out here, field by field: the base, then each stage from
/// that week or before, in the order of their weeks.
fn reference_for_week(base: &Exercise, week: u32) -> Exercise {
    let mut stages: Vec<&Stage> = base.progress.iter().collect();
    stages.sort_by_key(|s| s.from_week);
    let mut e = base.clone();
    for stage in stages.into_iter().take_while(|s| s.from_week <= week) {
        e.sets = stage.sets.unwrap_or(e.sets);
        e.reps = stage.reps.unwrap_or(e.reps);
        e.tempo = Tempo {
            up: stage.up.unwrap_or(e.tempo.up),
            hold: stage.hold.unwrap_or(e.tempo.hold),
            down: stage.down.unwrap_or(e.tempo.down),
        };
        e.rest_between_reps = stage.rest_between_reps.unwrap_or(e.rest_between_reps);
        e.rest_between_sets = stage.rest_between_sets.unwrap_or(e.rest_between_sets);
        e.switch_sides = stage.switch_sides.unwrap_or(e.switch_sides);
    }
    e
}

fn ending() -> impl Strategy<Value = Ending> {
    prop_oneof![
        3 => Just(Ending::Completed),
        1 => Just(Ending::FinishedWithSkips),
        1 => Just(Ending::EndedEarly),
        1 => Just(Ending::StoppedForPain),
        1 => Just(Ending::Interrupted),
    ]
}

const FIRST_DAY: Date = Date::constant(2026, 1, 1);

fn day(offset: i64) -> Date {
    add_days(FIRST_DAY, offset)
}

/// A schedule starting in 2026: fixed days, any days a week, or every day; 1–4 a day.
fn schedule_strategy() -> impl Strategy<Value = Schedule> {
    let days = prop::sample::subsequence(Day::ALL.to_vec(), 1..=7);
    (
        0i64..365,
        prop::option::of(1u32..=10),
        prop_oneof![
            days.prop_map(|d| (Some(d), None)),
            (1u32..=7).prop_map(|n| (None, Some(n))),
            Just((None, None)),
        ],
        1u32..=4,
    )
        .prop_map(|(start, weeks, (days, per_week), per_day)| Schedule {
            start: day(start),
            weeks,
            days,
            per_week,
            per_day,
            remind_at: Vec::new(),
        })
}

/// A session some days from the programme's start (from a week before it to past its end).
fn attempt() -> impl Strategy<Value = (i64, Ending, bool)> {
    (-7i64..80, ending(), any::<bool>())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_week_is_the_base_with_its_stages_applied_in_order(
        routine in programme_strategy(),
        week in 1u32..=12,
    ) {
        let plan = routine.for_week(week);
        prop_assert_eq!(plan.exercises.len(), routine.exercises.len());
        for (planned, base) in plan.exercises.iter().zip(&routine.exercises) {
            prop_assert_eq!(planned, &reference_for_week(base, week));
        }
        prop_assert_eq!(&plan.title, &routine.title);
        prop_assert_eq!(plan.prepare, routine.prepare);
        prop_assert_eq!(plan.rest_between_exercises, routine.rest_between_exercises);
        let timeline = Timeline::new(&plan);
        let sum: Duration = timeline.steps.iter().filter_map(|s| s.duration).sum();
        prop_assert_eq!(timeline.total, sum);
        prop_assert_eq!(timeline.total, plan.planned_time());
        prop_assert_eq!(timeline.steps.len() as u64, plan.step_count());
        if week == 1 {
            prop_assert_eq!(&plan, &routine);
        }
    }

    #[test]
    fn adherence_never_passes_100_and_a_completed_session_never_lowers_it(
        schedule in schedule_strategy(),
        attempts in prop::collection::vec(attempt(), 0..20),
        today in -7i64..80,
        extra in -7i64..80,
    ) {
        let from_start = |days: i64| add_days(schedule.start, days);
        let attempts: Vec<Attempt> = attempts
            .into_iter()
            .map(|(days, ending, pain_alert)| Attempt { date: from_start(days), ending, pain_alert })
            .collect();
        let today = from_start(today);
        let before = adherence(&schedule, &attempts, today);
        prop_assert!(before.done() <= before.due());
        if let Some(percent) = before.percent() {
            prop_assert!(percent <= 100);
        }
        // A session done on a day up to today.
        let done_on = from_start(extra).min(today);
        let mut more = attempts.clone();
        more.push(Attempt { date: done_on, ending: Ending::Completed, pain_alert: false });
        let after = adherence(&schedule, &more, today);
        prop_assert!(after.done() <= after.due());
        prop_assert!(after.done() >= before.done());
        // after.done / after.due >= before.done / before.due, as fractions (nothing due: 1).
        let (d0, u0) = (u64::from(before.done()), u64::from(before.due()));
        let (d1, u1) = (u64::from(after.done()), u64::from(after.due()));
        if u0 > 0 && u1 > 0 {
            prop_assert!(d1 * u0 >= d0 * u1, "{}/{} fell to {}/{}", d0, u0, d1, u1);
        } else if u0 > 0 {
            prop_assert!(false, "{}/{} due fell to nothing due", d0, u0);
        }
    }
}
