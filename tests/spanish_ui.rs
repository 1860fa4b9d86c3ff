//! The app in Spanish, driven through the eframe harness and found by its Spanish labels: the
//! overview, the pain check, a session, the summary and the history; and the longer Spanish
//! words of the session screen fitting a small window at the largest text.
//!
//! Every test here speaks Spanish, so the process's language is set once per test.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use repcue::app::{AppOptions, RepcueApp, Screen};
use repcue::audio::Silent;
use repcue::clock::{Clock, ManualClock};
use repcue::i18n::{self, Lang};
use repcue::loaded::{Loaded, Origin};
use repcue::routine::parse_str;
use repcue::store::recorder::Recorder;
use repcue::store::{Paths, settings};
use repcue::worker::InlineWorker;

/// A short routine written for a Spanish reader: a bridge with holds, a clamshell each side.
const RUTINA: &str = r#"
[routine]
title = "Rutina corta de prueba"
language = "es"
prepare = 3
rest_between_exercises = 4
[[exercise]]
name = "Puente de glúteos"
caution = "No arquees la espalda."
reps = 2
tempo = { up = 2, hold = 3, down = 2 }
[[exercise]]
name = "Almeja"
caution = "Mantén las caderas una encima de la otra."
reps = 12
each_side = true
switch_sides = 4
tempo = { up = 1, down = 1 }
"#;

fn app(
    size: egui::Vec2,
    text_size: f32,
    home: Option<&Path>,
) -> (Harness<'static, RepcueApp>, ManualClock) {
    i18n::set(Lang::Es);
    app_with(
        Loaded::new(
            parse_str(RUTINA, "rutina.toml").expect("valid"),
            Origin::Bundled,
        ),
        size,
        text_size,
        home,
    )
}

fn app_with(
    routine: Loaded,
    size: egui::Vec2,
    text_size: f32,
    home: Option<&Path>,
) -> (Harness<'static, RepcueApp>, ManualClock) {
    let clock = ManualClock::new();
    clock.set(Duration::from_secs(1000));
    let paths = home.map(Paths::in_folder);
    let recorder = paths
        .as_ref()
        .map(|p| Arc::new(Recorder::inline(p.data.clone(), clock.wall_now())));
    let options = AppOptions {
        routine,
        error: None,
        start: false,
        clock: Arc::new(clock.clone()),
        worker: Box::new(InlineWorker::default()),
        sink: Arc::new(Silent),
        session_thread: false,
        paths,
        recent: Vec::new(),
        start_lead: Duration::ZERO,
        settings: settings::Loaded {
            settings: settings::Settings {
                text_size,
                ..settings::Settings::default()
            },
            problems: Vec::new(),
        },
        recorder,
        time_zone: jiff::tz::TimeZone::UTC,
        export_folder: std::env::temp_dir(),
        reminders: Default::default(),
    };
    let harness = Harness::builder()
        .with_size(size)
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

fn click(harness: &mut Harness<'static, RepcueApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn a_session_from_the_overview_to_the_history_in_spanish() {
    let home = tempfile::tempdir().expect("temp dir");
    let (mut harness, clock) = app(egui::vec2(1280.0, 720.0), 1.0, Some(home.path()));
    harness.run();
    // The overview: the routine's own words as written, Repcue's in Spanish.
    assert!(shows(&harness, "Rutina corta de prueba"));
    assert!(harness.query_by_label_contains("Total").is_some());
    assert!(harness.query_by_label("Start").is_none());
    click(&mut harness, "Empezar");
    assert_eq!(harness.state().screen(), Screen::PainCheck);
    assert!(shows(&harness, "¿Cuánto te duele ahora mismo?"));
    click(&mut harness, "Dolor 3 de 10");
    click(&mut harness, "Empezar la sesión");
    assert_eq!(harness.state().screen(), Screen::Player);

    // The player: phase words, the countdown, the rep, the side, in Spanish.
    assert!(shows(&harness, "PREPÁRATE"));
    assert!(shows(&harness, "A continuación: Puente de glúteos"));
    assert!(harness.query_by_label_contains("segundos").is_some());
    wait(&mut harness, &clock, 3.5);
    assert!(shows(&harness, "ARRIBA"));
    assert!(
        harness
            .query_by_label_contains("Repetición 1 de 2")
            .is_some()
    );
    wait(&mut harness, &clock, 2.0);
    assert!(shows(&harness, "MANTÉN"));
    wait(&mut harness, &clock, 3.0);
    assert!(shows(&harness, "ABAJO"));
    harness
        .get_by_role_and_label(egui::Role::Button, "Pausa")
        .click();
    harness.run();
    assert!(shows(&harness, "EN PAUSA"));
    click(&mut harness, "Continuar");
    // The bridge's second rep, the rest, then the clamshell's left side.
    wait(&mut harness, &clock, 2.0 + 7.0 + 1.0);
    assert!(shows(&harness, "DESCANSA"));
    wait(&mut harness, &clock, 4.0 + 3.0);
    assert!(harness.query_by_label_contains("Lado izquierdo").is_some());
    wait(&mut harness, &clock, 24.0);
    assert!(shows(&harness, "CAMBIA DE LADO"));
    wait(&mut harness, &clock, 4.0 + 24.0 + 1.0);

    // The summary.
    assert_eq!(harness.state().screen(), Screen::Summary);
    assert!(shows(&harness, "Bien hecho: sesión completada"));
    assert!(shows(&harness, "Dolor antes de la sesión: 3 de 10"));
    click(&mut harness, "Dolor 2 de 10");

    // The history, with the session in Spanish words and dates.
    click(&mut harness, "Historial");
    assert_eq!(harness.state().screen(), Screen::History);
    let row = harness
        .query_by_label_contains("Rutina corta de prueba")
        .expect("the session's row")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(row.contains("lun 5 ene 2026"), "{row}");
    assert!(row.contains("dolor 3"), "{row}");
    assert!(!row.contains("reps"), "{row}");
}

/// The parts of the session screen, by the start of their Spanish labels.
const PARTS: [&str; 5] = ["Queda", "Repetición ", "Almeja", "Después: ", "Precaución"];

#[test]
fn the_long_spanish_words_fit_a_small_window_at_the_largest_text() {
    let words = [
        "PREPÁRATE",
        "ARRIBA",
        "MANTÉN",
        "ABAJO",
        "DESCANSA",
        "CAMBIA DE LADO",
    ];
    for (size, text_size) in [
        (egui::vec2(800.0, 600.0), 1.0),
        (egui::vec2(800.0, 600.0), 1.75),
        (egui::vec2(1920.0, 1080.0), 1.75),
    ] {
        let (mut harness, clock) = app(size, text_size, None);
        harness.run();
        click(&mut harness, "Empezar");
        click(&mut harness, "Saltar");
        assert_eq!(harness.state().screen(), Screen::Player);
        let mut seen = Vec::new();
        // Get ready, up, hold, down, the rest, the clamshell's get ready and a rep, the switch.
        for second in [1.0, 3.5, 5.5, 8.5, 18.0, 22.0, 30.0, 49.0, 50.5] {
            wait(&mut harness, &clock, second - clock_seconds(&clock));
            let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
            let word = words
                .iter()
                .find_map(|w| harness.query_by_label(w).map(|n| (*w, n.rect())))
                .unwrap_or_else(|| panic!("a phase word at {second} s, {size:?} × {text_size}"));
            seen.push(word.0);
            let mut rects = vec![("phase word", word.1)];
            for part in PARTS {
                for node in harness.query_all_by_label_contains(part) {
                    // One label may hold two parts ("Después: Almeja"): it is one node.
                    if !rects.iter().any(|(_, r)| *r == node.rect()) {
                        rects.push((part, node.rect()));
                    }
                }
            }
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
        assert!(seen.contains(&"CAMBIA DE LADO"), "{seen:?}");
        assert!(seen.contains(&"PREPÁRATE"), "{seen:?}");
    }
}

/// Seconds since the test's start on the manual clock.
fn clock_seconds(clock: &ManualClock) -> f64 {
    clock.now().as_secs_f64() - 1000.0
}

#[test]
fn choosing_espanol_in_settings_turns_the_app_and_the_bundled_routine_spanish_at_once() {
    // This thread starts in English (the others here keep the process in Spanish).
    i18n::set(Lang::Es);
    i18n::set_for_thread(Some(Lang::En));
    let home = tempfile::tempdir().expect("temp dir");
    let bundled = parse_str(repcue::BUNDLED_ROUTINE, repcue::BUNDLED_NAME).expect("valid");
    let (mut harness, _clock) = app_with(
        Loaded::new(bundled, Origin::Bundled),
        egui::vec2(1280.0, 720.0),
        1.0,
        Some(home.path()),
    );
    harness.run();
    assert!(harness.query_by_label("Start").is_some());
    assert!(harness.query_by_label_contains("Hip & low back").is_some());
    click(&mut harness, "Settings");
    click(&mut harness, "Español");
    assert_eq!(i18n::current(), Lang::Es);
    click(&mut harness, "Volver");
    assert_eq!(harness.state().screen(), Screen::Overview);
    assert!(
        harness
            .query_by_label_contains("Cadera y zona lumbar")
            .is_some()
    );
    assert!(harness.query_by_label_contains("Hip & low back").is_none());
    assert!(harness.query_by_label("Empezar").is_some());
    // The choice is kept for next time (written as Settings was left).
    assert_eq!(harness.state().settings().language, i18n::Choice::Spanish);
    let kept = settings::load(&Paths::in_folder(home.path()).config).settings;
    assert_eq!(kept.language, i18n::Choice::Spanish);
}
