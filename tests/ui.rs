//! The desktop app driven through the eframe harness, with a manual clock: widgets are found by
//! their accessible labels, time is moved by hand.

use std::sync::Arc;
use std::time::Duration;

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use repcue::app::{AppOptions, Loaded, Origin, RepcueApp, Screen};
use repcue::audio::Silent;
use repcue::clock::ManualClock;
use repcue::routine::parse_str;
use repcue::session::Outcome;
use repcue::worker::InlineWorker;

const SHORT: &str = r#"
[routine]
title = "Short test routine"
prepare = 3
[[exercise]]
name = "Hip bridge"
caution = "Don't arch your back."
reps = 3
tempo = { up = 2, hold = 3, down = 2 }
"#;

const SELF_PACED: &str = r#"
[routine]
title = "Marks"
prepare = 2
[[exercise]]
name = "Sit to stand"
pace = "self"
reps = 3
"#;

fn app(text: &str, start: bool) -> (Harness<'static, RepcueApp>, ManualClock) {
    app_with(text, start, Arc::new(Silent))
}

fn app_with(
    text: &str,
    start: bool,
    sink: Arc<dyn repcue::audio::CueSink>,
) -> (Harness<'static, RepcueApp>, ManualClock) {
    let clock = ManualClock::new();
    clock.set(Duration::from_secs(1000));
    let routine = parse_str(text, "test.toml").expect("valid test routine");
    let options = AppOptions {
        routine: Loaded::new(routine, Origin::Bundled),
        error: None,
        start,
        clock: Arc::new(clock.clone()),
        worker: Box::new(InlineWorker::default()),
        sink,
        session_thread: false,
        paths: None,
        recent: Vec::new(),
        start_lead: Duration::ZERO,
    };
    let harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| RepcueApp::new(cc, options));
    (harness, clock)
}

fn wait(harness: &mut Harness<'static, RepcueApp>, clock: &ManualClock, seconds: f64) {
    clock.advance(Duration::from_secs_f64(seconds));
    harness.run();
}

fn shows(harness: &Harness<'static, RepcueApp>, label: &str) -> bool {
    harness.query_by_label(label).is_some()
}

#[test]
fn a_session_shows_phase_countdown_and_reps_as_time_passes() {
    let (mut harness, clock) = app(SHORT, false);
    harness.run();
    assert!(shows(&harness, "Short test routine"));
    harness
        .get_by_role_and_label(egui::Role::Button, "Start")
        .click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Player);
    assert!(shows(&harness, "GET READY"));
    assert!(shows(&harness, "3 seconds left"));
    wait(&mut harness, &clock, 1.2);
    assert!(shows(&harness, "2 seconds left"));
    wait(&mut harness, &clock, 1.8);
    assert!(shows(&harness, "UP"));
    assert!(shows(&harness, "Rep 1 of 3"));
    wait(&mut harness, &clock, 2.0);
    assert!(shows(&harness, "HOLD"));
    assert!(shows(&harness, "3 seconds left"));
    wait(&mut harness, &clock, 5.0);
    assert!(shows(&harness, "UP"));
    assert!(shows(&harness, "Rep 2 of 3"));
}

#[test]
fn space_pauses_and_time_stands_still_until_resumed() {
    let (mut harness, clock) = app(SHORT, true);
    harness.run();
    wait(&mut harness, &clock, 1.5);
    harness.key_press(Key::Space);
    harness.run();
    assert!(shows(&harness, "PAUSED"));
    assert!(shows(&harness, "2 seconds left"));
    wait(&mut harness, &clock, 30.0);
    assert!(shows(&harness, "PAUSED"));
    assert!(shows(&harness, "2 seconds left"));
    harness.key_press(Key::Space);
    harness.run();
    assert!(shows(&harness, "GET READY"));
    wait(&mut harness, &clock, 1.5);
    assert!(shows(&harness, "UP"));
}

#[test]
fn next_and_previous_skip_and_go_back() {
    let (mut harness, clock) = app(SHORT, true);
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::Button, "Next")
        .click();
    harness.run();
    assert!(shows(&harness, "UP"));
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert!(shows(&harness, "HOLD"));
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert!(shows(&harness, "UP"));
    assert!(
        shows(&harness, "2 seconds left"),
        "going back restarts the step"
    );
    harness
        .get_by_role_and_label(egui::Role::Button, "Previous")
        .click();
    harness.run();
    assert!(shows(&harness, "GET READY"));
    wait(&mut harness, &clock, 0.5);
    assert!(shows(&harness, "3 seconds left"));
}

#[test]
fn enter_marks_a_self_paced_rep_done() {
    let (mut harness, clock) = app(SELF_PACED, true);
    harness.run();
    wait(&mut harness, &clock, 2.0);
    assert!(shows(&harness, "YOUR PACE"));
    assert!(shows(&harness, "Rep 1 of 3"));
    wait(&mut harness, &clock, 60.0);
    assert!(shows(&harness, "Rep 1 of 3"), "a self-paced rep waits");
    harness.key_press(Key::Enter);
    harness.run();
    assert!(shows(&harness, "Rep 2 of 3"));
    harness
        .get_by_role_and_label(egui::Role::Button, "Rep done")
        .click();
    harness.run();
    assert!(shows(&harness, "Rep 3 of 3"));
}

#[test]
fn stop_this_hurts_ends_at_once_and_asks_about_the_pain() {
    let (mut harness, clock) = app(SHORT, true);
    harness.run();
    wait(&mut harness, &clock, 4.0);
    harness
        .get_by_role_and_label(egui::Role::Button, "Stop — this hurts")
        .click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Summary);
    assert!(shows(&harness, "You stopped because it hurt"));
    assert!(shows(&harness, "How strong is the pain now?"));
    assert!(shows(&harness, "Where does it hurt?"));
    assert!(
        harness
            .query_by_label_contains("Don't arch your back.")
            .is_some(),
        "the caution is shown"
    );
    assert!(
        harness
            .query_by_label_contains("Contact your physiotherapist")
            .is_some()
    );
    harness.get_by_label("Pain 6 of 10").click();
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::Button, "Hip")
        .click();
    harness.run();
    let summary = harness.state().summary().expect("a summary");
    assert_eq!(summary.record.outcome, Some(Outcome::StoppedForPain));
    assert_eq!(summary.feedback.pain_after, Some(6));
    assert_eq!(summary.feedback.pain_where, "Hip");
}

#[test]
fn escape_asks_before_ending() {
    let (mut harness, _clock) = app(SHORT, true);
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    assert!(shows(&harness, "End the session?"));
    harness
        .get_by_role_and_label(egui::Role::Button, "Keep going")
        .click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Player);
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::Button, "End session now")
        .click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Summary);
    assert!(shows(&harness, "Session ended early"));
}

#[test]
fn a_finished_session_shows_what_was_done() {
    let (mut harness, clock) = app(SHORT, true);
    harness.run();
    wait(&mut harness, &clock, 3.0 + 3.0 * 7.0);
    assert_eq!(harness.state().screen(), Screen::Summary);
    assert!(shows(&harness, "Well done — session complete"));
    // Reps and holds, in the totals and in the exercise's row.
    assert_eq!(harness.query_all_by_label("3 of 3").count(), 4);
    let summary = harness.state().summary().expect("a summary");
    assert_eq!(summary.record.reps(), (3, 3));
    harness
        .get_by_role_and_label(egui::Role::Button, "Back to overview")
        .click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Overview);
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn an_invalid_routine_dropped_on_the_window_shows_its_error_and_keeps_the_current_one() {
    let (mut harness, _clock) = app(SHORT, false);
    harness.run();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.toml");
    std::fs::write(
        &path,
        "[routine]\ntitle = \"Bad\"\n\n[[exercise]]\nname = \"Bridge\"\nrep = 12\n",
    )
    .expect("write");
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.clone())));
    harness.run();
    let expected = format!("{}:6:1: unknown key `rep`", path.display());
    assert!(
        harness.query_by_label_contains(&expected).is_some(),
        "error with its line is shown"
    );
    assert!(
        harness
            .query_by_label_contains("did you mean `reps`?")
            .is_some()
    );
    assert!(
        shows(&harness, "Short test routine"),
        "the current routine stays"
    );
    harness
        .get_by_role_and_label(egui::Role::Button, "Dismiss")
        .click();
    harness.run();
    assert!(harness.query_by_label_contains(&expected).is_none());
}

#[test]
fn a_valid_routine_dropped_on_the_window_replaces_the_current_one() {
    let (mut harness, _clock) = app(SHORT, false);
    harness.run();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("other.toml");
    std::fs::write(
        &path,
        "[routine]\ntitle = \"Another routine\"\n[[exercise]]\nname = \"Clamshell\"\n",
    )
    .expect("write");
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path)));
    harness.run();
    assert!(shows(&harness, "Another routine"));
}

#[test]
fn help_overlay_lists_the_shortcuts() {
    let (mut harness, _clock) = app(SHORT, false);
    harness.run();
    harness.key_press(Key::F1);
    harness.run();
    assert!(shows(&harness, "Keyboard shortcuts"));
    assert!(shows(&harness, "Pause / resume"));
    harness
        .get_by_role_and_label(egui::Role::Button, "Close")
        .click();
    harness.run();
    assert!(!shows(&harness, "Keyboard shortcuts"));
}

#[test]
fn m_mutes_and_the_player_says_so() {
    let (mut harness, _clock) = app(SHORT, true);
    harness.run();
    assert!(!harness.state().muted());
    harness.key_press(Key::M);
    harness.run();
    assert!(harness.state().muted());
    assert!(shows(&harness, "Sound off"));
}

#[test]
fn the_player_fits_a_small_window() {
    let (mut harness, clock) = app(SELF_PACED, true);
    harness.set_size(egui::vec2(800.0, 600.0));
    harness.run();
    wait(&mut harness, &clock, 2.0);
    let stop = harness
        .get_by_role_and_label(egui::Role::Button, "Stop — this hurts")
        .rect();
    let done = harness
        .get_by_role_and_label(egui::Role::Button, "Rep done")
        .rect();
    for rect in [stop, done] {
        assert!(
            rect.max.x <= 800.0 && rect.max.y <= 600.0,
            "{rect:?} is on screen"
        );
    }
}

#[test]
fn a_narrow_window_still_shows_the_caution() {
    let (mut harness, _clock) = app(SHORT, true);
    harness.set_size(egui::vec2(640.0, 480.0));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Don't arch your back.")
            .is_some()
    );
}

/// A sound output that could not be opened.
struct NoDevice;

impl repcue::audio::CueSink for NoDevice {
    fn plan(&self, _cues: &[repcue::session::CueEvent]) {}
    fn status(&self) -> repcue::audio::SoundStatus {
        repcue::audio::SoundStatus {
            output: repcue::audio::Output::Unavailable("no sound output (no device)".into()),
            problems: vec![(
                0,
                "intro clip \"audio/x.ogg\" not found next to the routine".into(),
            )],
        }
    }
}

#[test]
fn without_a_sound_device_the_app_runs_visual_only_and_says_so() {
    let (mut harness, clock) = app_with(SHORT, false, Arc::new(NoDevice));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("No sound: no sound output")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Intro clip not played")
            .is_some()
    );
    harness
        .get_by_role_and_label(egui::Role::Button, "Start")
        .click();
    harness.run();
    assert!(shows(&harness, "No sound output"));
    clock.advance(Duration::from_secs(3));
    harness.run();
    assert!(shows(&harness, "UP"), "the session runs visual-only");
}
