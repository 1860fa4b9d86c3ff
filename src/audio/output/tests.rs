//! The sound thread comes back after it fails, with what it had.

use std::sync::mpsc::channel;
use std::time::Duration;

use super::*;
use crate::clock::ManualClock;
use crate::timeline::Timeline;

const ROUTINE: &str = r#"
[routine]
title = "Two"
[[exercise]]
name = "Hip bridge"
reps = 2
[[exercise]]
name = "Clamshell"
reps = 2
"#;

/// A routine whose first exercise has its own intro clip, next to it in `folder`.
fn sounds(folder: &std::path::Path) -> RoutineSounds {
    std::fs::write(
        folder.join("intro.wav"),
        crate::media::hostile::tone_wav(0.5),
    )
    .expect("write");
    let routine = crate::routine::parse_bytes(ROUTINE.as_bytes(), "two.toml").expect("routine");
    RoutineSounds {
        timeline: Arc::new(Timeline::new(&routine)),
        exercises: vec![
            (
                "Hip bridge".into(),
                Some((folder.to_path_buf(), "intro.wav".into())),
            ),
            ("Clamshell".into(), None),
        ],
    }
}

/// Asks the thread what it holds, waiting (never sleeping) for its answer.
fn probe(audio: &Audio) -> Option<Probe> {
    let (answer, answered) = channel();
    audio.send(Message::Probe(answer));
    answered.recv_timeout(Duration::from_secs(60)).ok()
}

/// The sound output with a manual clock and no speech.
fn start() -> Audio {
    Audio::start(
        Arc::new(ManualClock::new()),
        crate::audio::espeak::Speaker::with_program("/nonexistent", None),
        Arc::new(|| {}),
    )
}

fn settings() -> SoundSettings {
    SoundSettings {
        volume: 0.3,
        countdown: false,
        ..SoundSettings::default()
    }
}

#[test]
fn a_failed_sound_thread_starts_again_with_its_routine_and_settings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let audio = start();
    audio.set_settings(settings());
    audio.set_routine(sounds(dir.path()));
    let before = probe(&audio).expect("the thread answers");
    assert_eq!((before.exercises, before.intros), (Some(2), 1));
    audio.send(Message::Panic);
    let after = probe(&audio).expect("a new thread answers");
    assert_eq!(after.settings, settings());
    assert_eq!((after.exercises, after.intros), (Some(2), 1));
    assert!(audio.status().problems.is_empty());
}

#[test]
fn a_routine_that_takes_the_thread_down_comes_back_without_its_own_clips() {
    let dir = tempfile::tempdir().expect("temp dir");
    let audio = start();
    audio.set_settings(settings());
    audio.send(Message::PanicWhileLoading(sounds(dir.path())));
    let after = probe(&audio).expect("a new thread answers");
    assert_eq!((after.exercises, after.intros), (Some(2), 0));
    assert_eq!(after.settings, settings());
    let problems = audio.status().problems;
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].0, 0);
    assert!(
        problems[0].1.contains("made the sound fail"),
        "{problems:?}"
    );
    // The next routine starts clean, with its clips.
    audio.set_routine(sounds(dir.path()));
    assert_eq!(probe(&audio).expect("answers").intros, 1);
    assert!(audio.status().problems.is_empty());
}

#[test]
fn after_too_many_failures_the_status_says_sound_is_off() {
    let audio = start();
    for _ in 0..=MAX_RESTARTS {
        audio.send(Message::Panic);
    }
    // The probe is dropped unanswered once the sound is given up.
    assert!(probe(&audio).is_none());
    assert!(matches!(
        audio.status().output,
        Output::Unavailable(reason) if reason.contains("until Repcue is restarted")
    ));
}

#[test]
fn the_device_is_open_while_a_session_runs_and_closes_when_idle() {
    use super::policy::wanted;
    let (second, minute) = (Duration::from_secs(1), Duration::from_secs(60));
    // Looked for until it has worked once, whatever happens.
    assert!(wanted(false, false, minute));
    // A running session keeps it open through the longest hold.
    assert!(wanted(true, true, minute));
    // With no session: open a little while after the last cue, then closed.
    assert!(wanted(false, true, second));
    assert!(!wanted(false, true, minute));
}

#[test]
fn a_device_fails_when_it_stops_asking_but_is_given_time_to_start() {
    use super::policy::stalled;
    let ms = Duration::from_millis;
    // Long open, silent for over a second: failed.
    assert!(stalled(ms(9000), ms(1200)));
    assert!(!stalled(ms(9000), ms(800)));
    // Just opened, silent (a sound server starting the stream): not yet failed.
    assert!(!stalled(ms(1200), ms(1200)));
    assert!(!stalled(ms(4000), ms(4000)));
    // Silent for over 5 s since it opened: failed.
    assert!(stalled(ms(4900), ms(5200)));
}
