//! History at scale: writes five and a half years of near-daily sessions (2,000 by default, in
//! a folder of its own), then prints how long the history takes to open and how long the
//! History screen takes per frame (egui layout and tessellation through the test harness).
//! Targets: open under 200 ms, frame under 16 ms.
//!
//! `cargo run --release --example history_bench [-- [--programme] SESSIONS [FOLDER]]`
//! With FOLDER the generated history is kept there (e.g. to run the real app on it with
//! `--home FOLDER`). With `--programme` the history is instead the sessions of
//! docs/examples/six-week-programme.toml, its start moved so that today is in week 5: about
//! three in four planned sessions done, two days missed, one pain stop and one pain alert (for
//! the report's screenshot; SESSIONS is then ignored).

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use repcue::app::{AppOptions, RepcueApp};
use repcue::clock::{Clock, ManualClock};
use repcue::loaded::{Loaded, Origin};
use repcue::session::{Ending, ExerciseRecord};
use repcue::store::history::{self, SessionEntry};
use repcue::store::journal::{self, Header};
use repcue::store::recorder::{self, Recorder};
use repcue::store::{Paths, settings};
use repcue::timeline::Timeline;

fn main() -> anyhow::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let programme = args.iter().any(|a| a == "--programme");
    args.retain(|a| a != "--programme");
    let count: usize = args.first().map_or(Ok(2000), |a| a.parse())?;
    let kept = args.get(1).map(std::path::PathBuf::from);
    let temp = tempfile::tempdir()?;
    let home = kept.clone().unwrap_or_else(|| temp.path().to_path_buf());
    let paths = Paths::in_folder(&home);
    anyhow::ensure!(
        !paths.data.join(history::FILE_NAME).exists(),
        "{} already holds a history; give an empty folder",
        home.display()
    );
    let clock = ManualClock::new();
    // A kept history ends today, for the real app; otherwise on the test clock's day.
    let end = if kept.is_some() {
        jiff::Timestamp::now()
    } else {
        clock.wall_now()
    };
    let (count, bytes) = if programme {
        generate_programme(&paths.data, end)?
    } else {
        (count, generate(&paths.data, count, end)?)
    };
    println!(
        "history: {count} sessions, {:.1} MB in history.jsonl, {count} journals",
        bytes as f64 / 1e6
    );

    let mut opens = Vec::new();
    for _ in 0..7 {
        let started = Instant::now();
        let opened = recorder::open(&paths.data, clock.wall_now())?;
        opens.push(started.elapsed());
        assert_eq!(opened.history.sessions.len(), count);
    }
    report(
        "open history (read, parse, check journals)",
        &mut opens,
        200.0,
    );

    let routine = repcue::routine::parse_str(repcue::BUNDLED_ROUTINE, repcue::BUNDLED_NAME)?;
    let options = AppOptions {
        routine: Loaded::new(routine, Origin::Bundled),
        error: None,
        start: false,
        clock: Arc::new(clock.clone()),
        worker: Box::new(repcue::worker::InlineWorker::default()),
        sink: Arc::new(repcue::audio::Silent),
        session_thread: false,
        paths: Some(paths.clone()),
        recent: Vec::new(),
        start_lead: Duration::ZERO,
        settings: settings::Loaded {
            settings: settings::Settings::default(),
            problems: Vec::new(),
        },
        recorder: Some(Arc::new(Recorder::inline(
            paths.data.clone(),
            clock.wall_now(),
        ))),
        time_zone: jiff::tz::TimeZone::UTC,
        export_folder: home.join("exports"),
        reminders: Default::default(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| RepcueApp::new(cc, options));
    harness.run();
    let started = Instant::now();
    harness.get_by_label("History").click();
    harness.step();
    let mut first = vec![started.elapsed()];
    report(
        "open the History screen (recount + first frame)",
        &mut first,
        16.0,
    );
    let mut frames = Vec::new();
    for i in 0..200 {
        // Scroll through the list now and then, as a person would.
        if i % 10 == 0 {
            harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                delta: egui::vec2(0.0, -8.0),
                modifiers: egui::Modifiers::NONE,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
            });
        }
        let started = Instant::now();
        harness.step();
        frames.push(started.elapsed());
    }
    assert_eq!(harness.state().screen(), repcue::app::Screen::History);
    // Months of sessions fill the list; a programme's dozen may all be scrolled past.
    assert!(
        programme || harness.query_all_by_label_contains("  ·  pain ").count() > 3,
        "the list is on screen"
    );
    report("History screen frame", &mut frames, 16.0);
    if kept.is_none() {
        drop(harness);
    }
    Ok(())
}

fn report(what: &str, times: &mut [Duration], target_ms: f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = ms(times[times.len() / 2]);
    let worst = ms(times[times.len() - 1]);
    let verdict = if worst < target_ms { "ok" } else { "OVER" };
    println!(
        "{what}: median {median:.2} ms, worst {worst:.2} ms over {} run(s) (target < {target_ms} ms: {verdict})",
        times.len()
    );
}

/// Writes `count` sessions, one every 1–2 days back from `now`, with a journal each; returns
/// the history file's size.
fn generate(data: &Path, count: usize, now: jiff::Timestamp) -> anyhow::Result<u64> {
    let routine = repcue::routine::parse_str(repcue::BUNDLED_ROUTINE, repcue::BUNDLED_NAME)?;
    let timeline = Timeline::new(&routine);
    let mut lines = Vec::new();
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut random = |below: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % below
    };
    let mut at = now;
    for index in 0..count {
        let back = jiff::SignedDuration::from_hours(22 + random(4) as i64);
        at = at.checked_sub(back)?;
        let id = format!("bench-{index:05}");
        let mut header = Header::new(
            id.clone(),
            at,
            &routine,
            &timeline,
            routine.source_sha256.clone(),
            "bundled routine".into(),
        );
        header.pain_before = Some(random(8) as u8);
        let ending = match random(20) {
            0 => Ending::StoppedForPain,
            1 | 2 => Ending::EndedEarly,
            _ => Ending::Completed,
        };
        let exercises: Vec<ExerciseRecord> = header
            .exercises
            .iter()
            .map(|p| ExerciseRecord {
                name: p.name.clone(),
                sets_done: p.sets,
                sets_prescribed: p.sets,
                reps_done: p.reps.saturating_sub(random(2)),
                reps_prescribed: p.reps,
                holds_done: p.holds,
                holds_prescribed: p.holds,
                steps_skipped: 0,
                active_ms: 100_000 + random(60_000),
            })
            .collect();
        let active: u64 = exercises.iter().map(|e| e.active_ms).sum();
        let entry = SessionEntry {
            id: id.clone(),
            started: at,
            ended: at.checked_add(jiff::SignedDuration::from_millis(active as i64 + 30_000))?,
            routine: routine.title.clone(),
            routine_hash: routine.source_sha256.clone(),
            routine_file: "bundled routine".into(),
            ending,
            paused_ms: 30_000,
            pauses: 1,
            steps_skipped: 0,
            exercises,
            pain_before: header.pain_before,
            pain_after: Some(random(6) as u8),
            pain_where: if ending == Ending::StoppedForPain {
                "Hip".into()
            } else {
                String::new()
            },
            note: if random(5) == 0 {
                "Felt stiff in the morning, easier after the warm-up.".into()
            } else {
                String::new()
            },
            stopped_during: (ending == Ending::StoppedForPain)
                .then(|| "Clamshell, set 1, right side, rep 7".to_string()),
            programme: header.programme.clone(),
            pain_limits: header.pain_limits,
            started_above_limit: header.started_above_limit,
        };
        lines.push(history::session_line(&entry)?);
        let mut journal = journal::Journal::create(data, &header)?;
        journal.append(&[journal::Line::Pause { ms: 1000 }])?;
    }
    lines.reverse();
    let bytes: Vec<u8> = lines.concat();
    std::fs::create_dir_all(data)?;
    std::fs::write(data.join(history::FILE_NAME), &bytes)?;
    Ok(bytes.len() as u64)
}

/// Writes the sessions of the six-week example programme, started on the Monday four weeks
/// before this week's (so `now` is in week 5), Monday, Wednesday and Friday at about 18:00 up
/// to yesterday: two days missed, one session stopped for pain and one with pain rising by 2.
/// Returns the number of sessions and the history file's size.
fn generate_programme(data: &Path, now: jiff::Timestamp) -> anyhow::Result<(usize, u64)> {
    use jiff::ToSpan;
    use repcue::store::history::ProgrammeMark;

    const FILE: &str = "docs/examples/six-week-programme.toml";
    let text = include_str!("../docs/examples/six-week-programme.toml");
    let mut routine = repcue::routine::parse_str(text, FILE)?;
    let tz = jiff::tz::TimeZone::system();
    let today = now.to_zoned_datetime(tz.clone()).date();
    let this_monday =
        today.checked_sub(i64::from(today.weekday().to_monday_zero_offset()).days())?;
    let start = this_monday.checked_sub(28.days())?;
    let schedule = routine
        .schedule
        .as_mut()
        .ok_or_else(|| anyhow::anyhow!("{FILE} has no [schedule]"))?;
    schedule.start = start;
    let schedule = schedule.clone();
    let mut lines = Vec::new();
    let mut day = start;
    let mut slot = 0;
    while day < today {
        if !schedule.is_session_day(day) {
            day = day.checked_add(1.days())?;
            continue;
        }
        slot += 1;
        // Slots 4 and 9 missed; slot 7 stopped for pain; slot 11 hurt more afterwards.
        if slot == 4 || slot == 9 {
            day = day.checked_add(1.days())?;
            continue;
        }
        let week = schedule.plan_week(day);
        let plan = routine.for_week(week);
        let timeline = Timeline::new(&plan);
        let minute = [0, 12, 35, 5, 48, 20][slot % 6];
        let at = day
            .to_datetime(jiff::civil::time(17 + (slot % 3 == 0) as i8, minute, 0, 0))
            .to_zoned_datetime(tz.clone())?
            .timestamp();
        let id = format!("programme-{slot:02}");
        let mut header = Header::new(
            id.clone(),
            at,
            &plan,
            &timeline,
            routine.source_sha256.clone(),
            FILE.into(),
        );
        header.pain_before = Some([2, 3, 2, 1, 2, 3][slot % 6]);
        header.programme = Some(ProgrammeMark {
            week,
            date: day,
            schedule: schedule.clone(),
        });
        let stopped = slot == 7;
        let ending = if stopped {
            Ending::StoppedForPain
        } else {
            Ending::Completed
        };
        let exercises: Vec<ExerciseRecord> = header
            .exercises
            .iter()
            .enumerate()
            .map(|(i, p)| {
                // The pain stop came in the clamshell (the fourth exercise), first set.
                let share = |n: u64| match (stopped, i) {
                    (true, 0..=2) | (false, _) => n,
                    (true, 3) => n / 3,
                    (true, _) => 0,
                };
                ExerciseRecord {
                    name: p.name.clone(),
                    sets_done: share(p.sets),
                    sets_prescribed: p.sets,
                    reps_done: share(p.reps),
                    reps_prescribed: p.reps,
                    holds_done: share(p.holds),
                    holds_prescribed: p.holds,
                    steps_skipped: 0,
                    active_ms: share(120_000 + 20_000 * i as u64),
                }
            })
            .collect();
        let active: u64 = exercises.iter().map(|e| e.active_ms).sum();
        let before = header.pain_before;
        let entry = SessionEntry {
            id: id.clone(),
            started: at,
            ended: at.checked_add(jiff::SignedDuration::from_millis(active as i64 + 60_000))?,
            routine: routine.title.clone(),
            routine_hash: routine.source_sha256.clone(),
            routine_file: FILE.into(),
            ending,
            paused_ms: 0,
            pauses: 0,
            steps_skipped: 0,
            exercises,
            pain_before: before,
            pain_after: match slot {
                7 => Some(6),
                11 => before.map(|b| b + 2),
                _ => before.map(|b| b.saturating_sub(1)),
            },
            pain_where: match slot {
                7 => "Left hip, sharp when lifting the knee".into(),
                11 => "Lower back".into(),
                _ => String::new(),
            },
            note: match slot {
                2 => "Bridge felt easy; kept the hold steady.".into(),
                11 => "Stiff after a long day sitting.".into(),
                _ => String::new(),
            },
            stopped_during: stopped.then(|| "Clamshell, set 1, left side, rep 4".to_string()),
            programme: header.programme.clone(),
            pain_limits: header.pain_limits,
            started_above_limit: header.started_above_limit,
        };
        lines.push(history::session_line(&entry)?);
        let mut journal = journal::Journal::create(data, &header)?;
        journal.append(&[journal::Line::Pause { ms: 1000 }])?;
        day = day.checked_add(1.days())?;
    }
    let bytes: Vec<u8> = lines.concat();
    std::fs::create_dir_all(data)?;
    std::fs::write(data.join(history::FILE_NAME), &bytes)?;
    Ok((lines.len(), bytes.len() as u64))
}
