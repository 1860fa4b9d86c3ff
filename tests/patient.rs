//! What the patient sees must match what they do: an exercise's own cue words at the right
//! seconds, a stop during a rest tied to the exercise just done, skipped sessions never called
//! complete, and a session screen whose parts fit and never overlap at any size.

use std::sync::Arc;
use std::time::Duration;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use repcue::app::{AppOptions, RepcueApp, Screen};
use repcue::audio::Silent;
use repcue::clock::ManualClock;
use repcue::loaded::{Loaded, Origin};
use repcue::routine::parse_str;
use repcue::session::Ending;
use repcue::store::settings;
use repcue::worker::InlineWorker;

/// A stretch with its own words, then a clamshell with side words, with rests between.
const ROUTINE: &str = r#"
[routine]
title = "Words"
prepare = 2
rest_between_exercises = 5
[[exercise]]
name = "Seated forward bend"
caution = "Bend only as far as is comfortable."
reps = 1
tempo = { up = 3, hold = 5, down = 3 }
cues = { up = "Bend forward", hold = "Hold the stretch", down = "Sit up slowly" }
[[exercise]]
name = "Clamshell"
caution = "Keep your hips stacked."
reps = 2
each_side = true
switch_sides = 3
tempo = { up = 2, down = 2 }
cues = { left = "Lie on your right side", right = "Lie on your left side" }
"#;

fn app(size: egui::Vec2, text_size: f32) -> (Harness<'static, RepcueApp>, ManualClock) {
    let clock = ManualClock::new();
    clock.set(Duration::from_secs(1000));
    let options = AppOptions {
        routine: Loaded::new(
            parse_str(ROUTINE, "t.toml").expect("valid"),
            Origin::Bundled,
        ),
        error: None,
        start: true,
        clock: Arc::new(clock.clone()),
        worker: Box::new(InlineWorker::default()),
        sink: Arc::new(Silent),
        session_thread: false,
        paths: None,
        recent: Vec::new(),
        start_lead: Duration::ZERO,
        settings: settings::Loaded {
            settings: settings::Settings {
                pain_check: false,
                text_size,
                ..settings::Settings::default()
            },
            problems: Vec::new(),
        },
        recorder: None,
        time_zone: jiff::tz::TimeZone::UTC,
        export_folder: std::env::temp_dir(),
        reminders: Default::default(),
    };
    let harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| RepcueApp::new(cc, options));
    (harness, clock)
}

fn at(harness: &mut Harness<'static, RepcueApp>, clock: &ManualClock, seconds: f64) {
    clock.set(Duration::from_secs(1000) + Duration::from_secs_f64(seconds));
    harness.run();
}

fn shows(harness: &Harness<'static, RepcueApp>, label: &str) -> bool {
    harness.query_by_label(label).is_some()
}

#[test]
fn the_forward_bend_shows_its_own_words_at_the_right_seconds() {
    let (mut harness, clock) = app(egui::vec2(1280.0, 720.0), 1.0);
    harness.run();
    assert!(shows(&harness, "GET READY"));
    assert!(shows(&harness, "Up next: Seated forward bend"));
    at(&mut harness, &clock, 2.5);
    assert!(shows(&harness, "BEND FORWARD"), "0–3 s of the rep");
    assert!(!shows(&harness, "UP"));
    at(&mut harness, &clock, 6.0);
    assert!(shows(&harness, "HOLD THE STRETCH"));
    at(&mut harness, &clock, 11.0);
    assert!(shows(&harness, "SIT UP SLOWLY"));
    assert!(!shows(&harness, "DOWN"));
    // The rest before the clamshell names it, and its first side says how to lie.
    at(&mut harness, &clock, 14.0);
    assert!(shows(&harness, "Up next: Clamshell"));
    at(&mut harness, &clock, 19.5);
    assert!(
        harness
            .query_by_label_contains("Lie on your right side")
            .is_some()
    );
}

#[test]
fn a_stop_during_a_rest_names_the_exercise_just_done_and_shows_its_caution() {
    let (mut harness, clock) = app(egui::vec2(1280.0, 720.0), 1.0);
    harness.run();
    // In the rest between the forward bend and the clamshell.
    at(&mut harness, &clock, 15.0);
    harness
        .get_by_role_and_label(egui::Role::Button, "Stop — this hurts")
        .click();
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Summary);
    assert!(
        harness
            .query_by_label_contains("Stopped during: Seated forward bend, in the rest after it")
            .is_some()
    );
    assert!(shows(&harness, "Bend only as far as is comfortable."));
    assert!(!shows(&harness, "Keep your hips stacked."));
    assert!(
        harness
            .query_by_label_contains("Get urgent help now")
            .is_some(),
        "the urgent warning signs are shown"
    );
}

#[test]
fn skipping_every_step_ends_finished_with_skips_never_well_done() {
    let (mut harness, _clock) = app(egui::vec2(1280.0, 720.0), 1.0);
    harness.run();
    for _ in 0..200 {
        if harness.state().screen() != Screen::Player {
            break;
        }
        harness
            .get_by_role_and_label(egui::Role::Button, "Next")
            .click();
        harness.run();
    }
    assert_eq!(harness.state().screen(), Screen::Summary);
    let summary = harness.state().summary().expect("a summary");
    assert_eq!(summary.record.outcome, Some(Ending::FinishedWithSkips));
    assert!(shows(&harness, "Finished with skips — partly done"));
    assert!(harness.query_by_label_contains("Well done").is_none());
}

/// The parts of the session screen, most important first, as their accessible labels start.
const PARTS: [&str; 6] = [
    "",
    "seconds left",
    "Rep ",
    "Seated forward bend",
    "Next: ",
    "Caution",
];

#[test]
fn every_shown_part_of_the_session_screen_fits_and_none_overlap_at_any_size() {
    let words = [
        "GET READY",
        "BEND FORWARD",
        "HOLD THE STRETCH",
        "SIT UP SLOWLY",
        "REST",
        "SWITCH SIDES",
        "UP",
        "DOWN",
    ];
    for (size, text_size) in [
        (egui::vec2(800.0, 600.0), 1.0),
        (egui::vec2(800.0, 600.0), 1.75),
        (egui::vec2(1280.0, 720.0), 1.75),
        (egui::vec2(1920.0, 1080.0), 1.75),
    ] {
        let (mut harness, clock) = app(size, text_size);
        harness.run();
        // Get ready, each phase of the stretch, the rest, a clamshell rep, the side switch.
        for second in [1.0, 2.5, 6.0, 11.0, 14.0, 19.5, 21.0, 27.5, 29.5] {
            at(&mut harness, &clock, second);
            let mut rects = Vec::new();
            let word = words
                .iter()
                .find_map(|w| harness.query_by_label(w))
                .map(|n| n.rect())
                .unwrap_or_else(|| panic!("a phase word at {second} s, {size:?} × {text_size}"));
            rects.push(("phase word", word));
            // The name may show twice: in "Up next: …" and as the picture's description.
            for part in &PARTS[1..] {
                for node in harness.query_all_by_label_contains(part) {
                    rects.push((part, node.rect()));
                }
            }
            let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            for (name, rect) in &rects {
                assert!(
                    window.expand(0.5).contains_rect(*rect),
                    "{name} {rect:?} is outside the window at {second} s, {size:?} × {text_size}"
                );
            }
            for (i, (a, ra)) in rects.iter().enumerate() {
                for (b, rb) in &rects[i + 1..] {
                    assert!(
                        !ra.shrink(0.5).intersects(rb.shrink(0.5)),
                        "{a} {ra:?} overlaps {b} {rb:?} at {second} s, {size:?} × {text_size}"
                    );
                }
            }
        }
    }
}
