//! Prints how the cues in a recording made by `scripts/capture-session` compare with the plan:
//! the onset error of every cue, then median (constant latency), jitter p99, max and drift.
//! `cargo run --release --example cue_timing -- ROUTINE OUT.wav LOG` (used by `scripts/bench-cues`).

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [routine, wav, log] = args.as_slice() else {
        eprintln!("usage: cue_timing ROUTINE OUT.wav LOG");
        return ExitCode::from(2);
    };
    let (expected, report) = match repcue::audio::timing::analyse_capture(
        Path::new(routine),
        Path::new(wav),
        Path::new(log),
        // The routine's own words as the app says them (REPCUE_ESPEAK, else espeak-ng).
        &repcue::audio::espeak::Speaker::new(None),
    ) {
        Ok(result) => result,
        Err(err) => {
            eprintln!("cue_timing: {err}");
            return ExitCode::FAILURE;
        }
    };
    for (voice, error) in &report.matched {
        println!(
            "{:9.3} s {:+7.1} ms  {}",
            voice.start,
            error * 1000.0,
            voice.words
        );
    }
    for voice in &report.missing {
        println!("{:9.3} s  MISSING  {}", voice.start, voice.words);
    }
    for (onset, _) in &report.extra {
        println!("{onset:9.3} s  EXTRA sound");
    }
    println!(
        "cues: {} expected, {} found, {} missing, {} extra",
        expected.len(),
        report.matched.len(),
        report.missing.len(),
        report.extra.len()
    );
    if let Some(ppm) = report.recording_clock_ppm {
        println!("recording clock: {ppm:+.0} ppm against wall time (measured, and corrected for)");
    }
    println!(
        "onset error: median (constant latency) {:+.1} ms, jitter p99 {:.1} ms, max {:.1} ms, drift first→last {:+.1} ms over {:.0} s",
        report.median() * 1000.0,
        report.jitter_p99() * 1000.0,
        report.max_error() * 1000.0,
        report.drift() * 1000.0,
        expected.last().map_or(0.0, |v| v.start)
    );
    ExitCode::SUCCESS
}
