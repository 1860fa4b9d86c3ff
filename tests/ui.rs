//! The desktop app driven through the eframe harness, with a manual clock: widgets are found by
//! their accessible labels, time is moved by hand.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui::{self, Key};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use repcue::app::{AppOptions, RepcueApp, Screen};
use repcue::audio::Silent;
use repcue::clock::Clock;
use repcue::clock::ManualClock;
use repcue::loaded::{Loaded, Origin};
use repcue::routine::parse_str;
use repcue::session::Ending;
use repcue::store::recorder::Recorder;
use repcue::store::{Paths, settings};
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
    sink: Arc<dyn repcue::audio::SoundOutput>,
) -> (Harness<'static, RepcueApp>, ManualClock) {
    app_in(text, start, sink, None)
}

/// The app with its settings and history in `home` (`None`: nothing kept, no pain check).
fn app_in(
    text: &str,
    start: bool,
    sink: Arc<dyn repcue::audio::SoundOutput>,
    home: Option<&Path>,
) -> (Harness<'static, RepcueApp>, ManualClock) {
    let clock = ManualClock::new();
    clock.set(Duration::from_secs(1000));
    let routine = parse_str(text, "test.toml").expect("valid test routine");
    let paths = home.map(Paths::in_folder);
    let settings = match &paths {
        Some(paths) => settings::load(&paths.config),
        None => settings::Loaded {
            settings: settings::Settings {
                pain_check: false,
                ..settings::Settings::default()
            },
            problems: Vec::new(),
        },
    };
    let recorder = paths
        .as_ref()
        .map(|p| Arc::new(Recorder::inline(p.data.clone(), clock.wall_now())));
    let options = AppOptions {
        routine: Loaded::new(routine, Origin::Bundled),
        error: None,
        start,
        clock: Arc::new(clock.clone()),
        worker: Box::new(InlineWorker::default()),
        sink,
        session_thread: false,
        paths,
        recent: Vec::new(),
        start_lead: Duration::ZERO,
        settings,
        recorder,
        time_zone: jiff::tz::TimeZone::UTC,
        export_folder: home.map_or_else(std::env::temp_dir, |h| h.join("exports")),
        reminders: Default::default(),
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
    assert_eq!(summary.record.outcome, Some(Ending::StoppedForPain));
    assert_eq!(summary.feedback.pain_after, Some(6));
    assert_eq!(summary.feedback.pain_where, "Hip");
}

/// Escape, then "End session now": the summary.
fn end_session_early(harness: &mut Harness<'static, RepcueApp>) {
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::Button, "End session now")
        .click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Summary);
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
    end_session_early(&mut harness);
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
    // The buttons stay in a bar along the bottom; the summary keeps the rest of the window,
    // however many frames are drawn.
    for _ in 0..30 {
        harness.step();
    }
    let back = harness.get_by_label("Back to overview").rect();
    assert!(back.top() > 600.0, "bottom bar at {back:?}");
    let heading = harness.get_by_label("Well done — session complete").rect();
    assert!(heading.top() >= 0.0, "heading at {heading:?}");
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

impl repcue::session::CueSink for NoDevice {
    fn plan(&self, _cues: &[repcue::session::CueEvent]) {}
}

impl repcue::audio::SoundOutput for NoDevice {
    fn status(&self) -> repcue::audio::SoundStatus {
        repcue::audio::SoundStatus {
            output: repcue::audio::Output::Unavailable("no sound output (no device)".into()),
            problems: vec![(
                0,
                "intro clip \"audio/x.ogg\" not found next to the routine".into(),
            )],
            speech: repcue::audio::Speech::NotNeeded,
            held_bytes: 0,
        }
    }
}

#[test]
fn without_a_sound_device_the_app_runs_visual_only_and_says_so() {
    let (mut harness, clock) = app_with(SHORT, false, Arc::new(NoDevice));
    harness.run();
    // Plain words for the patient; the device's own reason under the details.
    assert!(
        harness
            .query_by_label_contains("No sound: no speaker or headphones")
            .is_some()
    );
    assert!(!shows(&harness, "no sound output (no device)"));
    click(&mut harness, "Details for your physiotherapist");
    assert!(shows(&harness, "no sound output (no device)"));
    assert!(
        harness
            .query_by_label_contains("Intro clip not played")
            .is_some()
    );
    harness
        .get_by_role_and_label(egui::Role::Button, "Start")
        .click();
    harness.run();
    assert!(shows(&harness, "No sound"));
    clock.advance(Duration::from_secs(3));
    harness.run();
    assert!(shows(&harness, "UP"), "the session runs visual-only");
}

/// A sound output that plays, but cannot speak the routine's own words (no espeak-ng).
struct NoSpeech;

impl repcue::session::CueSink for NoSpeech {
    fn plan(&self, _cues: &[repcue::session::CueEvent]) {}
}

impl repcue::audio::SoundOutput for NoSpeech {
    fn status(&self) -> repcue::audio::SoundStatus {
        repcue::audio::SoundStatus {
            output: repcue::audio::Output::Ready,
            problems: Vec::new(),
            speech: repcue::audio::Speech::Unavailable("espeak-ng is not installed".into()),
            held_bytes: 0,
        }
    }
}

#[test]
fn without_espeak_the_overview_says_custom_words_are_shown_not_spoken_and_how_to_get_speech() {
    let (mut harness, _clock) = app_with(SHORT, false, Arc::new(NoSpeech));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("shown on screen but not spoken")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("sudo apt install espeak-ng")
            .is_some()
    );
    assert!(!shows(&harness, "espeak-ng is not installed"));
    click(&mut harness, "Details for your physiotherapist");
    assert!(shows(&harness, "espeak-ng is not installed"));
}

fn click(harness: &mut Harness<'static, RepcueApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Runs the SHORT routine to its end from the overview, with pain `before` on the pain check.
fn finish_short_session(
    harness: &mut Harness<'static, RepcueApp>,
    clock: &ManualClock,
    before: u8,
) {
    click(harness, "Start");
    assert_eq!(harness.state().screen(), Screen::PainCheck);
    assert!(shows(harness, "How is your pain right now?"));
    click(harness, &format!("Pain {before} of 10"));
    click(harness, "Start session");
    assert_eq!(harness.state().screen(), Screen::Player);
    wait(harness, clock, 3.0 + 3.0 * 7.0);
    assert_eq!(harness.state().screen(), Screen::Summary);
}

#[test]
fn finish_a_session_enter_pain_and_see_it_in_history() {
    let home = tempfile::tempdir().expect("temp dir");
    let (mut harness, clock) = app_in(SHORT, false, Arc::new(Silent), Some(home.path()));
    harness.run();
    finish_short_session(&mut harness, &clock, 4);
    assert!(shows(&harness, "Saved in your history."));
    assert!(shows(&harness, "Pain before the session: 4 of 10"));
    click(&mut harness, "Pain 2 of 10");
    harness.get_by_label("Note").focus();
    harness.run();
    harness
        .get_by_label("Note")
        .type_text("Easier than last week");
    harness.run();
    click(&mut harness, "History");
    assert_eq!(harness.state().screen(), Screen::History);
    assert!(shows(
        &harness,
        "Days active: 1 of the last 7 · 1 of the last 30"
    ));
    let row = "Mon 5 Jan 2026, 09:16  ·  Short test routine  ·  3 of 3 reps  ·  pain 4 before, 2 after  ·  completed";
    assert!(shows(&harness, row), "the session's row in the list");
    // The detail view.
    click(&mut harness, row);
    assert!(shows(&harness, "Easier than last week"));
    assert!(shows(&harness, "pain 4 before, 2 after"));
    click(&mut harness, "All sessions");
    assert!(shows(&harness, row));

    // What is on disk says the same, read back from scratch.
    let opened = repcue::store::recorder::open(&home.path().join("data"), clock.wall_now())
        .expect("history opens");
    let session = &opened.history.sessions[0];
    assert_eq!(opened.history.sessions.len(), 1);
    assert_eq!(
        (session.pain_before, session.pain_after),
        (Some(4), Some(2))
    );
    assert_eq!(session.note, "Easier than last week");
    assert_eq!(session.reps(), (3, 3));
    assert_eq!(session.exercises[0].sets_done, 1);
    assert!(opened.notices.is_empty());
}

#[test]
fn export_writes_a_csv_whose_rows_match_the_sessions() {
    let home = tempfile::tempdir().expect("temp dir");
    let (mut harness, clock) = app_in(SHORT, false, Arc::new(Silent), Some(home.path()));
    harness.run();
    finish_short_session(&mut harness, &clock, 3);
    click(&mut harness, "Back to overview");
    // A second session, stopped for pain after the first rep.
    click(&mut harness, "Start");
    click(&mut harness, "Skip");
    wait(&mut harness, &clock, 3.0 + 7.5);
    click(&mut harness, "Stop — this hurts");
    click(&mut harness, "Pain 6 of 10");
    click(&mut harness, "History");
    click(&mut harness, "Export CSV");
    let file = home.path().join("exports/repcue-sessions-2026-01-05.csv");
    assert!(
        shows(&harness, &format!("Saved {}", file.display())),
        "the export says where it went"
    );
    let mut reader = csv::Reader::from_path(&file).expect("the CSV was written");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let history = harness.state().history().expect("history open").clone();
    let sessions: Vec<_> = rows.iter().filter(|r| &r[0] == "session").collect();
    assert_eq!(sessions.len(), history.sessions.len());
    assert_eq!(sessions.len(), 2);
    for (row, session) in sessions.iter().zip(&history.sessions) {
        assert_eq!(&row[1], session.id);
        assert_eq!(&row[7], session.ending.as_str());
        let (done, planned) = session.reps();
        assert_eq!(
            (&row[12], &row[13]),
            (&*done.to_string(), &*planned.to_string())
        );
    }
    assert_eq!(&sessions[0][20], "3");
    assert_eq!(
        (&sessions[1][7], &sessions[1][12]),
        ("stopped_for_pain", "1")
    );
    assert_eq!((&sessions[1][20], &sessions[1][21]), ("", "6"));
    let exercises = rows.iter().filter(|r| &r[0] == "exercise").count();
    assert_eq!(exercises, 2, "one row per exercise of each session");
}

#[test]
fn settings_are_saved_when_changed_and_used_next_time() {
    let home = tempfile::tempdir().expect("temp dir");
    {
        let (mut harness, _clock) = app_in(SHORT, false, Arc::new(Silent), Some(home.path()));
        harness.run();
        click(&mut harness, "Settings");
        assert_eq!(harness.state().screen(), Screen::Settings);
        // The whole Settings screen, which scrolls in a 720 px window.
        harness.set_size(egui::vec2(1280.0, 1600.0));
        harness.run();
        click(&mut harness, "Details for your physiotherapist");
        assert!(shows(
            &harness,
            &home.path().join("data").display().to_string()
        ));
        click(&mut harness, "Dark");
        click(&mut harness, "Beeps only");
        click(
            &mut harness,
            "Ask \"How is your pain right now?\" before each session",
        );
        click(&mut harness, "Larger text");
        click(&mut harness, "Back");
        assert_eq!(harness.state().screen(), Screen::Overview);
    }
    let saved = settings::load(&home.path().join("config"));
    assert!(saved.problems.is_empty(), "{:?}", saved.problems);
    assert_eq!(saved.settings.theme, settings::Theme::Dark);
    assert_eq!(
        saved.settings.sound.mode,
        repcue::store::settings::SoundMode::Beeps
    );
    assert!(!saved.settings.pain_check);
    assert_eq!(saved.settings.text_size, 1.15);
    // The next start uses them: no pain check before the session.
    let (mut harness, _clock) = app_in(SHORT, false, Arc::new(Silent), Some(home.path()));
    harness.run();
    assert_eq!(
        harness.state().sound().mode,
        repcue::store::settings::SoundMode::Beeps
    );
    click(&mut harness, "Start");
    assert_eq!(harness.state().screen(), Screen::Player);
}

#[test]
fn an_unreadable_history_is_moved_aside_and_the_history_screen_says_so() {
    let home = tempfile::tempdir().expect("temp dir");
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).expect("folder");
    std::fs::write(
        data.join("history.jsonl"),
        b"\x00\x01 not a history\n{\"type\":1}\n",
    )
    .expect("write");
    let (mut harness, _clock) = app_in(SHORT, false, Arc::new(Silent), Some(home.path()));
    harness.run();
    // Said on the overview too, where the person starts.
    assert_eq!(
        harness
            .query_all_by_label_contains("Part of the history could not be read")
            .count(),
        1
    );
    click(&mut harness, "Open History");
    assert_eq!(harness.state().screen(), Screen::History);
    let notice = harness
        .query_all_by_label_contains("Part of the history could not be read")
        .count();
    assert_eq!(notice, 1);
    let aside: Vec<_> = std::fs::read_dir(&data)
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1, "the file was moved aside, not deleted");
    assert!(shows(
        &harness,
        "No sessions in this period yet. Finished sessions appear here."
    ));
    click(&mut harness, "Dismiss");
    assert_eq!(
        harness
            .query_all_by_label_contains("Part of the history could not be read")
            .count(),
        0
    );
}

/// A sound output that remembers what the app asked of its device.
#[derive(Default)]
struct Holds(std::sync::Mutex<Vec<bool>>);

impl repcue::session::CueSink for Holds {
    fn plan(&self, _cues: &[repcue::session::CueEvent]) {}
}

impl repcue::audio::SoundOutput for Holds {
    fn keep_open(&self, open: bool) {
        self.0.lock().expect("holds").push(open);
    }
}

#[test]
fn the_sound_output_is_held_through_a_pause_and_let_go_when_the_session_ends() {
    let holds = Arc::new(Holds::default());
    let (mut harness, clock) = app_with(SHORT, true, holds.clone());
    harness.run();
    wait(&mut harness, &clock, 1.0);
    assert_eq!(*holds.0.lock().expect("holds"), [true]);
    // Paused for a minute: still held, so the first cue after resuming is on its beat.
    harness.key_press(Key::Space);
    harness.run();
    wait(&mut harness, &clock, 60.0);
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(*holds.0.lock().expect("holds"), [true]);
    end_session_early(&mut harness);
    assert_eq!(*holds.0.lock().expect("holds"), [true, false]);
}
