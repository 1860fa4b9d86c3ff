//! Speaking a routine's own words (its `cues` and the exercise names the bundle has no clip for)
//! with espeak-ng, called as a separate program, so they can be placed on the beat like the
//! bundled clips: the same voice, trimmed and normalised the same way, and cached on disk by
//! text and voice so a routine opens with its words ready the next time.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use rodio::Source;
use rodio::buffer::SamplesBuffer;
use sha2::{Digest, Sha256};
use wait_timeout::ChildExt;

use crate::i18n::Lang;

/// The voice, speed and loudness of the bundled clips in each language (`scripts/make-sounds`).
fn voice(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::En => ["-v", "en-gb", "-s", "165", "-a", "180"],
        Lang::Es => ["-v", "es-419", "-s", "175", "-a", "180"],
    }
}
/// Names the espeak-ng program to run instead of `espeak-ng` on the PATH.
pub const PROGRAM_ENV: &str = "REPCUE_ESPEAK";
/// A phrase of 40 characters takes espeak-ng a few tens of milliseconds.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The WAV of a short phrase is about 100 KB; far more is not a short phrase.
const MAX_WAV: u64 = 4 << 20;
/// Changes whenever the way words are made changes, so older cache files are not used.
const CACHE_VERSION: &str = "repcue-speech-1";
/// Trimming: a sample this loud (of full scale) is sound, as `silence … 0.5%` in make-sounds.
const SILENCE: f32 = 0.005;
/// Normalising: the loudest sample is brought to −1 dBFS, as `norm -1` in make-sounds.
const PEAK: f32 = 0.891;

/// Why words could not be spoken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpeakError {
    /// The program is not there.
    #[error("{}", crate::t!("speech-not-installed"))]
    NotInstalled,
    /// It ran and failed.
    #[error("{}", crate::t!("speech-failed", why = .0))]
    Failed(String),
    /// It did not finish in time and was stopped.
    #[error("{}", crate::t!("speech-timed-out", seconds = TIMEOUT.as_secs()))]
    TimedOut,
    /// What it made is not a usable clip.
    #[error("{}", crate::t!("speech-unusable", why = .0))]
    Unusable(String),
}

/// Speaks words with espeak-ng, through an optional cache folder.
#[derive(Debug, Clone)]
pub struct Speaker {
    program: PathBuf,
    cache: Option<PathBuf>,
}

impl Speaker {
    /// The program named by `REPCUE_ESPEAK`, else `espeak-ng`; clips are kept in `cache`.
    pub fn new(cache: Option<PathBuf>) -> Self {
        let program = std::env::var_os(PROGRAM_ENV)
            .filter(|p| !p.is_empty())
            .map_or_else(|| PathBuf::from("espeak-ng"), PathBuf::from);
        Self { program, cache }
    }

    /// A given program (tests).
    pub fn with_program(program: impl Into<PathBuf>, cache: Option<PathBuf>) -> Self {
        Self {
            program: program.into(),
            cache,
        }
    }

    /// The words as a mono clip whose first sample is the onset, spoken by `lang`'s voice,
    /// from the cache when it has them.
    pub fn speak(&self, text: &str, lang: Lang) -> Result<SamplesBuffer, SpeakError> {
        let text = clean(text);
        let cached = self.cache_file(&text, lang);
        if let Some(file) = &cached
            && let Ok(Some(bytes)) = crate::media::read_bounded(file, MAX_WAV)
        {
            match finish(bytes) {
                Ok(clip) => return Ok(clip),
                // A damaged cache file is only a cache: it is made again below.
                Err(err) => log::warn!("spoken words in {} unusable: {err}", file.display()),
            }
        }
        let bytes = self.run(&text, lang)?;
        let clip = finish(bytes.clone())?;
        if let Some(file) = &cached
            && let Err(err) = crate::store::write_atomic(file, &bytes)
        {
            log::warn!("cannot keep spoken words in {}: {err}", file.display());
        }
        Ok(clip)
    }

    fn cache_file(&self, text: &str, lang: Lang) -> Option<PathBuf> {
        let mut hash = Sha256::new();
        for part in [CACHE_VERSION]
            .iter()
            .chain(voice(lang).iter())
            .chain([&text])
        {
            hash.update(part.as_bytes());
            hash.update([0]);
        }
        let name: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
        Some(
            self.cache
                .as_ref()?
                .join("speech")
                .join(format!("{name}.wav")),
        )
    }

    /// Runs espeak-ng into a file of its own, stopping it if it takes too long.
    fn run(&self, text: &str, lang: Lang) -> Result<Vec<u8>, SpeakError> {
        let folder = tempfile::tempdir().map_err(|err| SpeakError::Failed(err.to_string()))?;
        let out = folder.path().join("words.wav");
        let mut child = Command::new(&self.program)
            .args(voice(lang))
            .arg("-w")
            .arg(&out)
            // Words that begin with "-" are words, not options.
            .arg("--")
            .arg(text)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| match err.kind() {
                std::io::ErrorKind::NotFound => SpeakError::NotInstalled,
                _ => SpeakError::Failed(err.to_string()),
            })?;
        let status = match child.wait_timeout(TIMEOUT) {
            Ok(Some(status)) => status,
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(SpeakError::TimedOut);
            }
            Err(err) => return Err(SpeakError::Failed(err.to_string())),
        };
        if !status.success() {
            let mut said = String::new();
            if let Some(stderr) = child.stderr.take() {
                let _ = stderr.take(4096).read_to_string(&mut said);
            }
            let said = said.trim();
            return Err(SpeakError::Failed(if said.is_empty() {
                status.to_string()
            } else {
                said.to_string()
            }));
        }
        match crate::media::read_bounded(&out, MAX_WAV) {
            Ok(Some(bytes)) => Ok(bytes),
            Ok(None) => Err(SpeakError::Unusable(crate::t!("speech-too-long"))),
            Err(err) => Err(SpeakError::Unusable(err.to_string())),
        }
    }
}

/// One line of plain words: control characters (new lines, escapes) become spaces.
fn clean(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Decodes espeak-ng's WAV (bounded like any clip), then trims silence at both ends and
/// normalises, as `scripts/make-sounds` does for the bundled clips.
fn finish(bytes: Vec<u8>) -> Result<SamplesBuffer, SpeakError> {
    let decoded =
        super::clip::decode(bytes).map_err(|err| SpeakError::Unusable(err.to_string()))?;
    let (channels, rate) = (decoded.channels(), decoded.sample_rate());
    let mono: Vec<f32> = decoded
        .collect::<Vec<f32>>()
        .chunks(usize::from(channels.get()))
        .map(|frame| frame.iter().sum::<f32>() / frame.len() as f32)
        .collect();
    let first = mono.iter().position(|s| s.abs() > SILENCE);
    let last = mono.iter().rposition(|s| s.abs() > SILENCE);
    let (Some(first), Some(last)) = (first, last) else {
        return Err(SpeakError::Unusable(crate::t!("speech-only-silence")));
    };
    let sound = &mono[first..=last];
    let peak = sound.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    let gain = PEAK / peak;
    let samples: Vec<f32> = sound.iter().map(|s| s * gain).collect();
    Ok(SamplesBuffer::new(rodio::nz!(1), rate, samples))
}

/// Whether `program` can be run at all (for tests and the capture analysis).
pub fn installed(program: &Path) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_program_is_not_installed() {
        let speaker = Speaker::with_program("/nonexistent/espeak-ng", None);
        assert_eq!(
            speaker.speak("Bend forward", Lang::En).unwrap_err(),
            SpeakError::NotInstalled
        );
    }

    #[test]
    fn a_failing_program_says_why() {
        let speaker = Speaker::with_program("false", None);
        assert!(matches!(
            speaker.speak("Bend forward", Lang::En).unwrap_err(),
            SpeakError::Failed(_)
        ));
    }

    #[test]
    fn words_are_trimmed_normalised_and_kept_by_text() {
        let mut tone = vec![0i16; 800];
        tone.extend((0..1600).map(|i| if i % 2 == 0 { 8000 } else { -8000 }));
        tone.extend(vec![0i16; 800]);
        let bytes = (tone.len() * 2) as u32;
        let clip = finish(crate::media::hostile::wav(16_000, 1, bytes, &tone)).expect("clip");
        let samples: Vec<f32> = clip.collect();
        assert_eq!(samples.len(), 1600, "silence trimmed at both ends");
        let peak = samples.iter().fold(0.0f32, |m, s| m.max(s.abs()));
        assert!((peak - PEAK).abs() < 1e-3, "normalised to -1 dBFS: {peak}");
        assert!(finish(crate::media::hostile::wav(16_000, 1, 200, &[0; 100])).is_err());

        let dir = tempfile::tempdir().expect("temp dir");
        let speaker = Speaker::with_program("espeak-ng", Some(dir.path().into()));
        let a = speaker.cache_file("Bend forward", Lang::En);
        assert_ne!(a, speaker.cache_file("Sit up", Lang::En));
        assert_eq!(a, speaker.cache_file("Bend forward", Lang::En));
        assert_eq!(clean("Bend\nforward\x1b[0m "), "Bend forward [0m");
    }

    /// With espeak-ng installed (CI installs it): real words, then the same from the cache
    /// even when the program is gone.
    #[test]
    fn real_words_are_spoken_and_then_come_from_the_cache() {
        if !installed(Path::new("espeak-ng")) {
            eprintln!("skipped: espeak-ng is not installed");
            return;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let speaker = Speaker::with_program("espeak-ng", Some(dir.path().into()));
        let spoken = speaker.speak("-Bend forward", Lang::En).expect("spoken");
        let seconds = spoken.total_duration().map_or(0.0, |d| d.as_secs_f64());
        assert!(seconds > 0.3 && seconds < 3.0, "{seconds} s");
        let first: Vec<f32> = spoken.clone().take(10).collect();
        assert!(first[0].abs() > SILENCE, "starts on its onset");
        let offline = Speaker::with_program("/nonexistent", Some(dir.path().into()));
        let again = offline
            .speak("-Bend forward", Lang::En)
            .expect("from the cache");
        assert_eq!(again.total_duration(), spoken.total_duration());
    }
}
