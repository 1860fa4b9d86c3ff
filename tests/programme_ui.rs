//! The programme over weeks in the desktop app, driven through the eframe harness with a
//! manual clock (Mon 5 Jan 2026, 09:16 UTC): the overview in week 3, the pain limit before a
//! session, and a pain rise after one.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use repcue::app::{AppOptions, ReminderOptions, RepcueApp, Screen};
use repcue::audio::Silent;
use repcue::clock::{Clock, ManualClock};
use repcue::loaded::{Loaded, Origin};
use repcue::reminders::units::{RemindCommand, Timer, UnitError};
use repcue::routine::parse_str;
use repcue::store::recorder::Recorder;
use repcue::store::{Paths, settings};
use repcue::worker::InlineWorker;

/// Week 1 starts Mon 22 Dec 2025, so the clock's Mon 5 Jan 2026 is in week 3.
const PROGRAMME: &str = r#"
[routine]
title = "Hip programme"
prepare = 3

[schedule]
start = 2025-12-22
weeks = 6
days = ["mon", "wed", "fri"]
remind_at = ["18:00"]

[pain]
stop_above = 5
rise_alert = 2

[[exercise]]
name = "Hip bridge"
reps = 2
tempo = { up = 2, hold = 3, down = 2 }

[[exercise.progress]]
from_week = 3
reps = 3
hold = 1
"#;

/// Seconds from Start to the end of week 3's plan: get ready, then 3 reps of 2 + 1 + 2.
const WEEK_3_SECONDS: f64 = 3.0 + 3.0 * 5.0;

/// The app on the programme (as a file compiled for week 1: the app plans today's week),
/// keeping its history in `home`.
fn app(home: &Path) -> (Harness<'static, RepcueApp>, ManualClock) {
    app_with(home, ReminderOptions::default())
}

/// As [`app`], with reminders set up as `reminders` says.
fn app_with(home: &Path, reminders: ReminderOptions) -> (Harness<'static, RepcueApp>, ManualClock) {
    let clock = ManualClock::new();
    clock.set(Duration::from_secs(1000));
    let routine = parse_str(PROGRAMME, "programme.toml").expect("valid programme");
    let paths = Paths::in_folder(home);
    let options = AppOptions {
        routine: Loaded::new(routine, Origin::Bundled),
        error: None,
        start: false,
        clock: Arc::new(clock.clone()),
        worker: Box::new(InlineWorker::default()),
        sink: Arc::new(Silent),
        session_thread: false,
        settings: settings::load(&paths.config),
        recorder: Some(Arc::new(Recorder::inline(
            paths.data.clone(),
            clock.wall_now(),
        ))),
        paths: Some(paths),
        recent: Vec::new(),
        start_lead: Duration::ZERO,
        time_zone: jiff::tz::TimeZone::UTC,
        export_folder: home.join("exports"),
        reminders,
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| RepcueApp::new(cc, options));
    harness.run();
    (harness, clock)
}

fn shows(harness: &Harness<'static, RepcueApp>, label: &str) -> bool {
    harness.query_by_label(label).is_some()
}

fn shows_part(harness: &Harness<'static, RepcueApp>, part: &str) -> bool {
    harness.query_by_label_contains(part).is_some()
}

fn click(harness: &mut Harness<'static, RepcueApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

fn wait(harness: &mut Harness<'static, RepcueApp>, clock: &ManualClock, seconds: f64) {
    clock.advance(Duration::from_secs_f64(seconds));
    harness.run();
}

#[test]
fn the_overview_in_week_3_shows_week_3s_plan_and_what_changed() {
    let home = tempfile::tempdir().expect("temp dir");
    let (harness, _clock) = app(home.path());
    assert!(shows(&harness, "Week 3 of 6 · Mon 5 Jan"));
    assert!(shows(&harness, "Today's session: due"));
    assert!(shows(&harness, "0 of 3 done this week"));
    assert!(shows(&harness, "Mon 5 Jan, today: session day"));
    assert!(shows(&harness, "Tue 6 Jan: no session planned"));
    assert!(shows(&harness, "Wed 7 Jan: session day"));
    // This week's prescription, not the file's week 1, with the change marked.
    assert!(shows(
        &harness,
        "1 set × 3 reps · up 2s / hold 1s / down 2s"
    ));
    assert!(shows(
        &harness,
        "New this week: 3 reps, was 2 · hold 1s, was 3s"
    ));
    assert!(!shows_part(&harness, "2 reps"));
}

#[test]
fn pain_above_the_limit_advises_not_to_start_unless_start_anyway() {
    let home = tempfile::tempdir().expect("temp dir");
    let (mut harness, clock) = app(home.path());
    click(&mut harness, "Start");
    assert_eq!(harness.state().screen(), Screen::PainCheck);
    click(&mut harness, "Pain 6 of 10");
    assert!(shows(&harness, "Please don't exercise today"));
    assert!(shows_part(
        &harness,
        "asked you not to exercise when your pain is above 5 of 10"
    ));
    assert!(shows_part(&harness, "contact your physiotherapist"));
    assert!(
        harness.query_by_label("Start session").is_none(),
        "no plain start"
    );
    // The main action does not start.
    click(&mut harness, "Don't start today");
    assert_eq!(harness.state().screen(), Screen::Overview);
    // At the limit itself, a session starts as usual.
    click(&mut harness, "Start");
    click(&mut harness, "Pain 5 of 10");
    assert!(!shows(&harness, "Please don't exercise today"));
    assert!(shows(&harness, "Start session"));
    // Above it, only "Start anyway" starts, and the session is flagged.
    click(&mut harness, "Pain 6 of 10");
    click(&mut harness, "Start anyway");
    assert_eq!(harness.state().screen(), Screen::Player);
    wait(&mut harness, &clock, WEEK_3_SECONDS);
    assert_eq!(harness.state().screen(), Screen::Summary);
    click(&mut harness, "History");
    assert!(shows_part(&harness, "started above the pain limit"));
}

#[test]
fn a_pain_rise_shows_the_alert_in_the_summary_and_in_history() {
    let home = tempfile::tempdir().expect("temp dir");
    let (mut harness, clock) = app(home.path());
    click(&mut harness, "Start");
    click(&mut harness, "Pain 2 of 10");
    click(&mut harness, "Start session");
    wait(&mut harness, &clock, WEEK_3_SECONDS);
    assert_eq!(harness.state().screen(), Screen::Summary);
    assert!(shows(&harness, "Well done — session complete"));
    click(&mut harness, "Pain 3 of 10");
    assert!(
        !shows(&harness, "Pain alert"),
        "a rise of 1 is under the alert"
    );
    click(&mut harness, "Pain 4 of 10");
    assert!(shows(&harness, "Pain alert"));
    assert!(shows_part(
        &harness,
        "Your pain is 4 of 10, up from 2 before the session"
    ));
    click(&mut harness, "History");
    assert_eq!(harness.state().screen(), Screen::History);
    // Weeks 1 and 2 missed (6 sessions), today's done.
    assert!(shows(
        &harness,
        "Adherence: 1 of 7 planned sessions done (14 %)"
    ));
    assert!(shows_part(&harness, "completed · pain alert"));
    assert!(shows(
        &harness,
        "Pain alert: pain 2 before, 4 after · Mon 5 Jan (week 3)"
    ));
    // Back on the overview, today is done.
    click(&mut harness, "Back");
    assert!(shows(&harness, "Today's session: done"));
    assert!(shows(&harness, "1 of 3 done this week"));
}

/// The app on PROGRAMME with its start moved to `start`.
fn app_starting(home: &Path, start: &str) -> Harness<'static, RepcueApp> {
    let clock = ManualClock::new();
    clock.set(Duration::from_secs(1000));
    let text = PROGRAMME.replace("start = 2025-12-22", &format!("start = {start}"));
    let routine = parse_str(&text, "programme.toml").expect("valid programme");
    let options = AppOptions {
        routine: Loaded::new(routine, Origin::Bundled),
        error: None,
        start: false,
        clock: Arc::new(clock.clone()),
        worker: Box::new(InlineWorker::default()),
        sink: Arc::new(Silent),
        session_thread: false,
        settings: settings::load(&Paths::in_folder(home).config),
        recorder: None,
        paths: None,
        recent: Vec::new(),
        start_lead: Duration::ZERO,
        time_zone: jiff::tz::TimeZone::UTC,
        export_folder: home.join("exports"),
        reminders: Default::default(),
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| RepcueApp::new(cc, options));
    harness.run();
    harness
}

#[test]
fn before_the_start_and_after_the_end_the_overview_says_so_and_keeps_a_plan() {
    let home = tempfile::tempdir().expect("temp dir");
    let harness = app_starting(home.path(), "2026-01-12");
    assert!(shows(&harness, "Your programme starts on Mon 12 Jan"));
    assert!(shows_part(&harness, "it follows week 1's plan"));
    assert!(shows(
        &harness,
        "1 set × 2 reps · up 2s / hold 3s / down 2s"
    ));
    // Six weeks from Mon 3 Nov 2025 ended on Sun 14 Dec; the last week's plan stays.
    let harness = app_starting(home.path(), "2025-11-03");
    assert!(shows(
        &harness,
        "Your programme ended on Sun 14 Dec — ask your physiotherapist for the next one"
    ));
    assert!(shows(
        &harness,
        "1 set × 3 reps · up 2s / hold 1s / down 2s"
    ));
}

#[test]
fn print_handout_writes_the_programme_page_to_the_documents_folder() {
    let home = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(home.path().join("exports")).expect("exports folder");
    let (mut harness, _clock) = app(home.path());
    click(&mut harness, "Print handout");
    let path = home
        .path()
        .join("exports/repcue-handout-hip-programme.html");
    assert!(shows_part(&harness, "Handout saved:"));
    assert!(shows_part(
        &harness,
        "Open it in your web browser and print it."
    ));
    let page = std::fs::read_to_string(&path).expect("the handout");
    assert!(page.contains("<h1>Hip programme</h1>"), "{page}");
    // Every stage, not only this week's plan.
    assert!(page.contains("<b>weeks 3–6:</b> 1 set × 3 reps"), "{page}");
}

/// A reminder timer that records what it is asked, or refuses as a system without a systemd
/// user session does.
struct FakeTimer {
    calls: std::sync::Mutex<Vec<String>>,
    refuse: bool,
}

impl FakeTimer {
    fn new(refuse: bool) -> Arc<Self> {
        Arc::new(Self {
            calls: std::sync::Mutex::new(Vec::new()),
            refuse,
        })
    }

    fn calls(&self) -> Vec<String> {
        self.calls.lock().expect("calls").clone()
    }
}

impl Timer for FakeTimer {
    fn install(
        &self,
        command: &RemindCommand,
        times: &[jiff::civil::Time],
    ) -> Result<(), UnitError> {
        if self.refuse {
            return Err(UnitError::NoSystemd("Failed to connect to bus".into()));
        }
        let times: Vec<String> = times
            .iter()
            .map(|t| t.strftime("%H:%M").to_string())
            .collect();
        self.calls.lock().expect("calls").push(format!(
            "install {} at {}",
            command.program.display(),
            times.join(" ")
        ));
        Ok(())
    }

    fn remove(&self) -> Result<(), UnitError> {
        self.calls.lock().expect("calls").push("remove".into());
        Ok(())
    }
}

fn reminder_options(timer: &Arc<FakeTimer>) -> ReminderOptions {
    ReminderOptions {
        settings: Ok(Default::default()),
        timer: Some(timer.clone()),
        command: RemindCommand {
            program: "/usr/bin/repcue".into(),
            home: None,
        },
    }
}

fn reminders_file(home: &Path) -> String {
    std::fs::read_to_string(home.join("config/reminders.toml")).unwrap_or_default()
}

const REMIND_ME: &str = "Remind me when it is time for my exercises";

#[test]
fn reminders_are_set_at_the_routines_time_or_a_picked_one_and_removed_when_off() {
    let home = tempfile::tempdir().expect("temp dir");
    let timer = FakeTimer::new(false);
    let (mut harness, _clock) = app_with(home.path(), reminder_options(&timer));
    click(&mut harness, "Settings");
    assert!(
        timer.calls().is_empty(),
        "off until the person turns them on"
    );
    click(&mut harness, REMIND_ME);
    assert_eq!(timer.calls(), ["install /usr/bin/repcue at 18:00"]);
    assert!(reminders_file(home.path()).contains("enabled = true"));
    // Monday 5 Jan 2026 is a session day, and it is 09:16.
    assert!(shows(&harness, "Next reminder: Mon 5 Jan 2026 at 18:00"));
    assert!(shows_part(
        &harness,
        "On your programme's days: 6 weeks from Mon 22 Dec 2025"
    ));

    // A time of one's own: 07:30 has passed today, Tuesday is a day off.
    click(&mut harness, "At a time I choose:");
    assert_eq!(
        timer.calls().last().map(String::as_str),
        Some("install /usr/bin/repcue at 18:00")
    );
    harness.get_by_label("Reminder time").click();
    harness.run();
    // The list opens at the time set: 07:30 is further up.
    harness.get_by_label("07:30").scroll_to_me();
    harness.run();
    click(&mut harness, "07:30");
    assert_eq!(
        timer.calls().last().map(String::as_str),
        Some("install /usr/bin/repcue at 07:30")
    );
    assert!(shows(&harness, "Next reminder: Wed 7 Jan 2026 at 07:30"));
    assert!(reminders_file(home.path()).contains("time = \"07:30\""));

    click(&mut harness, "At the routine's times: 18:00");
    assert_eq!(
        timer.calls().last().map(String::as_str),
        Some("install /usr/bin/repcue at 18:00")
    );

    click(&mut harness, REMIND_ME);
    assert_eq!(timer.calls().last().map(String::as_str), Some("remove"));
    assert!(reminders_file(home.path()).contains("enabled = false"));
    assert!(!shows_part(&harness, "Next reminder"));
}

#[test]
fn without_a_systemd_user_session_settings_says_so_and_reminders_stay_off() {
    let home = tempfile::tempdir().expect("temp dir");
    let timer = FakeTimer::new(true);
    let (mut harness, _clock) = app_with(home.path(), reminder_options(&timer));
    click(&mut harness, "Settings");
    click(&mut harness, REMIND_ME);
    assert!(shows_part(
        &harness,
        "Reminders cannot be set on this computer"
    ));
    assert!(!shows_part(&harness, "Next reminder"));
    assert!(reminders_file(home.path()).contains("enabled = false"));
}
