//! Checking cue timing against a recording of the real output: the voices a plan should
//! produce and when, the sounds found in a recording, and how well they match. Used by the
//! capture test and `scripts/bench-cues`.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use super::bank;
use super::espeak::Speaker;
use super::speech;
use crate::session::Cue;
use crate::store::settings::SoundMode;
use crate::timeline::Timeline;

/// Gap the scheduler leaves between two voices that follow each other.
const VOICE_GAP: f64 = 0.040;

/// A voice the plan calls for, in seconds from the session's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    /// Plan position of its beat.
    pub beat: f64,
    /// When its first sound should be heard.
    pub start: f64,
    /// When its last sound ends.
    pub end: f64,
    /// What it says, for reports.
    pub words: String,
}

/// The voices a routine's plan produces when nothing is paused or skipped, with bundled clips
/// at `rate`, no intro clips, and the routine's own words as `speaker` says them (a tone on a
/// phase's beat where it cannot), as `repcue --start` plays them.
pub fn expected(
    timeline: &Timeline,
    mode: SoundMode,
    rate: u32,
    speaker: &Speaker,
) -> Vec<Expected> {
    let decoded = bank::decode_bundled();
    let rate_nz = std::num::NonZero::new(rate).unwrap_or(rodio::nz!(48000));
    let clips: HashMap<&'static str, Arc<[f32]>> = decoded
        .iter()
        .map(|(name, buffer)| (*name, bank::to_output(buffer, rate_nz)))
        .collect();
    let spoken: HashMap<String, Arc<[f32]>> = speech::own_words(timeline, |_| false)
        .into_iter()
        .filter_map(|words| {
            let buffer = speaker.speak(&words, speech::speech_lang(timeline)).ok()?;
            Some((words, bank::to_output(&buffer, rate_nz)))
        })
        .collect();
    let library = bank::Library {
        clips: &clips,
        intros: &[],
        spoken: &spoken,
        timeline,
    };
    let lookup = |word: &speech::Word| library.word(word);
    let cues = crate::session::Session::new(Arc::new(timeline.clone()))
        .cue_plan()
        .to_vec();
    let mut voices: Vec<Expected> = Vec::new();
    for group in cues.chunk_by(|a: &Cue, b: &Cue| a.at == b.at) {
        let utterance = speech::utterance(group, timeline, mode);
        let Some((samples, lead)) = bank::assemble(&utterance, lookup, rate) else {
            continue;
        };
        let beat = group[0].at.as_secs_f64();
        let wanted = (beat - lead as f64 / f64::from(rate)).max(0.0);
        let after = voices.last().map_or(0.0, |v| v.end + VOICE_GAP);
        let start = wanted.max(after);
        // The scheduler leaves out a voice held back longer than it may be late.
        if start - wanted > speech::max_late(group).as_secs_f64() {
            continue;
        }
        voices.push(Expected {
            beat,
            start,
            end: start + samples.len() as f64 / f64::from(rate),
            words: format!("{:?}", utterance.words),
        });
    }
    voices
}

/// Sounds in a recording (mono samples in -1..1): (onset, end) in seconds. A sound starts at
/// the first sample above `threshold` in a 10 ms window whose loudness is above it.
pub fn sounds(samples: &[f32], rate: u32, threshold: f32) -> Vec<(f64, f64)> {
    let window = (rate / 100) as usize;
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    for (index, chunk) in samples.chunks(window).enumerate() {
        let rms = (chunk.iter().map(|s| s * s).sum::<f32>() / chunk.len() as f32).sqrt();
        let at = index * window;
        match (rms > threshold, start) {
            (true, None) => {
                let from = at.saturating_sub(window);
                let onset = (from..at + chunk.len())
                    .find(|&i| samples[i].abs() > threshold)
                    .unwrap_or(at);
                start = Some(onset);
            }
            (false, Some(onset)) => {
                found.push((onset as f64 / f64::from(rate), at as f64 / f64::from(rate)));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(onset) = start {
        found.push((
            onset as f64 / f64::from(rate),
            samples.len() as f64 / f64::from(rate),
        ));
    }
    found
}

/// How a recording compares with the plan.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// For each expected voice found: (expected, measured onset − expected start).
    pub matched: Vec<(Expected, f64)>,
    /// Expected voices with no sound near their start.
    pub missing: Vec<Expected>,
    /// Sounds that belong to no expected voice, (onset, end).
    pub extra: Vec<(f64, f64)>,
    /// How fast the recording's sample clock ran against wall time, when it was measured.
    pub recording_clock_ppm: Option<f64>,
    /// Every sound heard, (onset, end) in session seconds.
    pub heard: Vec<(f64, f64)>,
}

impl Report {
    /// How long sound was heard between `from` and `to` (session seconds).
    pub fn sounding(&self, from: f64, to: f64) -> f64 {
        self.heard
            .iter()
            .map(|&(a, b)| (b.min(to) - a.max(from)).max(0.0))
            .sum()
    }
}

impl Report {
    /// Median onset error (the constant latency), seconds.
    pub fn median(&self) -> f64 {
        percentile(self.matched.iter().map(|(_, e)| *e).collect(), 0.5)
    }

    /// 99th percentile of the distance from the median (jitter), seconds.
    pub fn jitter_p99(&self) -> f64 {
        let median = self.median();
        percentile(
            self.matched
                .iter()
                .map(|(_, e)| (e - median).abs())
                .collect(),
            0.99,
        )
    }

    /// Largest onset error, seconds.
    pub fn max_error(&self) -> f64 {
        self.matched
            .iter()
            .map(|(_, e)| e.abs())
            .fold(0.0, f64::max)
    }

    /// Mean error of the last tenth of the cues minus that of the first tenth, seconds.
    pub fn drift(&self) -> f64 {
        let n = (self.matched.len() / 10).max(1);
        let mean = |part: &[(Expected, f64)]| {
            part.iter().map(|(_, e)| e).sum::<f64>() / part.len().max(1) as f64
        };
        mean(&self.matched[self.matched.len().saturating_sub(n)..])
            - mean(&self.matched[..n.min(self.matched.len())])
    }
}

fn percentile(mut values: Vec<f64>, q: f64) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    values[((values.len() - 1) as f64 * q).round() as usize]
}

/// Matches sounds (onsets in session seconds) to expected voices, in order: a voice is found if a
/// sound starts within `tolerance` of its start; other sounds must lie inside some voice.
pub fn compare(expected: &[Expected], sounds: &[(f64, f64)], tolerance: f64) -> Report {
    let mut report = Report::default();
    let mut used = vec![false; sounds.len()];
    let mut next = 0;
    for voice in expected {
        let found = (next..sounds.len()).find(|&i| (sounds[i].0 - voice.start).abs() <= tolerance);
        match found {
            Some(i) => {
                used[i] = true;
                next = i + 1;
                report
                    .matched
                    .push((voice.clone(), sounds[i].0 - voice.start));
            }
            None => report.missing.push(voice.clone()),
        }
    }
    for (sound, used) in sounds.iter().zip(used) {
        let inside = expected
            .iter()
            .any(|v| sound.0 >= v.start - tolerance && sound.0 <= v.end + tolerance);
        if !used && !inside {
            report.extra.push(*sound);
        }
    }
    report
}

/// The unix time on the first log line containing `prefix`.
fn unix_time(log: &str, prefix: &str) -> Result<f64, String> {
    log.lines()
        .find_map(|line| line.split(prefix).nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|number| number.parse().ok())
        .ok_or_else(|| format!("no \"{prefix}\" in the log"))
}

/// Compares a recording made by `scripts/capture-session` (the WAV and its log) with the plan of
/// the routine at `routine`, played in voice mode with its own words spoken by `speaker`.
pub fn analyse_capture(
    routine: &Path,
    wav: &Path,
    log: &Path,
    speaker: &Speaker,
) -> Result<(Vec<Expected>, Report), String> {
    const RATE: u32 = 48_000;
    let routine = crate::routine::load_file(routine).map_err(|err| err.to_string())?;
    let timeline = Timeline::new(&routine);
    let log = std::fs::read_to_string(log).map_err(|err| format!("cannot read the log: {err}"))?;
    let offset = unix_time(&log, "recording began at unix time")?
        - unix_time(&log, "session started at unix time")?;
    let file =
        std::fs::File::open(wav).map_err(|err| format!("cannot read the recording: {err}"))?;
    let decoder = rodio::Decoder::try_from(file)
        .map_err(|err| format!("the recording is not a WAV file: {err}"))?;
    let samples: Vec<f32> = decoder.collect();
    // The capture server's sample clock need not run at exactly 48 000 samples per wall-clock
    // second. Over a long recording its rate is measured (length against the wall time taken)
    // and the recording's time mapped back to wall time; over a short one that measurement
    // would be less precise than the effect, and it is left alone.
    let wav_seconds = samples.len() as f64 / f64::from(RATE);
    let began = unix_time(&log, "recording began at unix time")?;
    let wall_seconds = unix_time(&log, "recording ended at unix time")
        .map(|end| end - began)
        .ok();
    let scale = match wall_seconds {
        Some(wall) if wall > MEASURE_CLOCK_AFTER && wav_seconds > 0.0 => wall / wav_seconds,
        _ => 1.0,
    };
    let heard: Vec<(f64, f64)> = sounds(&samples, RATE, 0.01)
        .into_iter()
        .map(|(a, b)| (a * scale + offset, b * scale + offset))
        .collect();
    let expected = expected(&timeline, SoundMode::Voice, RATE, speaker);
    let mut report = compare(&expected, &heard, 0.08);
    report.recording_clock_ppm = (scale != 1.0).then(|| (1.0 / scale - 1.0) * 1e6);
    report.heard = heard;
    Ok((expected, report))
}

/// Recordings longer than this have their sample clock measured and corrected, seconds.
const MEASURE_CLOCK_AFTER: f64 = 300.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn voice(start: f64, end: f64) -> Expected {
        Expected {
            beat: start,
            start,
            end,
            words: String::new(),
        }
    }

    #[test]
    fn finds_sounds_and_their_onsets() {
        let rate = 1000;
        let mut samples = vec![0.0f32; 1000];
        for s in &mut samples[200..300] {
            *s = 0.5;
        }
        for s in &mut samples[700..720] {
            *s = -0.5;
        }
        let found = sounds(&samples, rate, 0.01);
        assert_eq!(found.len(), 2);
        assert!((found[0].0 - 0.2).abs() < 1e-9 && (found[1].0 - 0.7).abs() < 1e-9);
    }

    #[test]
    fn matching_reports_missing_extra_and_errors() {
        let expected = [voice(1.0, 1.5), voice(2.0, 2.3), voice(3.0, 3.2)];
        // Voice 1 heard 10 ms late in two parts, voice 2 missing, voice 3 on time, one stray.
        let heard = [(1.01, 1.2), (1.3, 1.5), (3.0, 3.2), (5.0, 5.1)];
        let report = compare(&expected, &heard, 0.08);
        assert_eq!(report.matched.len(), 2);
        assert_eq!(report.missing.len(), 1);
        assert_eq!(report.extra, [(5.0, 5.1)]);
        assert!((report.max_error() - 0.01).abs() < 1e-9);
    }

    #[test]
    fn expected_voices_follow_the_plan_in_order() {
        let routine = crate::routine::parse_str(
            "[routine]\ntitle='T'\nprepare=2\n[[exercise]]\nname='Hip bridge'\nreps=2\ntempo={up=1,hold=1,down=1}\n",
            "t.toml",
        )
        .expect("valid");
        let timeline = Timeline::new(&routine);
        let speaker = Speaker::with_program("/nonexistent", None);
        let voices = expected(&timeline, SoundMode::Voice, 48_000, &speaker);
        let beats: Vec<f64> = voices.iter().map(|v| v.beat).collect();
        assert_eq!(beats, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]);
        assert!(
            voices.windows(2).all(|w| w[1].start >= w[0].end),
            "never overlapping"
        );
        // "one" is spoken before the beat of the second rep's "last rep".
        assert!(voices[5].start < 5.0);
    }
}
