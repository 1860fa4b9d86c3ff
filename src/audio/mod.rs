//! Sound: what each cue says, placing it on its beat in the output stream, and the thread that
//! owns the output device. The session side only sees [`CueSink`].

mod bank;
mod clip;
mod output;
pub mod scheduler;
mod source;
pub mod speech;
pub mod timing;

use std::path::PathBuf;
use std::sync::Arc;

pub use bank::{CLIPS, decode_bundled, to_output};
pub use clip::{ClipError, MAX_CLIP, decode, load_intro};
pub use output::Audio;
pub use speech::SoundMode;

use crate::session::CueEvent;
use crate::timeline::Timeline;

/// Where cues go: the audio output, or nowhere.
pub trait CueSink: Send + Sync {
    /// Cues that fell due or will fall due if nothing changes; the same cue may come again and
    /// is played once.
    fn plan(&self, cues: &[CueEvent]);
    /// Everything planned is stale (pause, skip, end): drop what has not started.
    fn cancel(&self) {}
    /// The routine cues will be about (names, intro clips).
    fn set_routine(&self, _routine: RoutineSounds) {}
    /// Sound on/off, voice or beeps, volume.
    fn set_settings(&self, _settings: SoundSettings) {}
    /// What the output is doing, for a notice on screen.
    fn status(&self) -> SoundStatus {
        SoundStatus::default()
    }
}

/// Sound preferences.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SoundSettings {
    /// Sound on.
    pub enabled: bool,
    /// Voice or beeps only.
    pub mode: SoundMode,
    /// 0.0 to 1.0.
    pub volume: f32,
    /// "Three, two, one" (or ticks) before the end of get-ready, rests and side switches.
    pub countdown: bool,
}

impl Default for SoundSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            mode: SoundMode::Voice,
            volume: 0.8,
            countdown: true,
        }
    }
}

/// What a routine brings to the sound side.
#[derive(Debug, Clone)]
pub struct RoutineSounds {
    /// The plan cues refer to.
    pub timeline: Arc<Timeline>,
    /// Per exercise: its name, and its own intro clip (routine folder, path as written).
    pub exercises: Vec<(String, Option<(PathBuf, String)>)>,
}

/// The state of the sound output.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Output {
    /// No output is used (tests, or sound not started).
    #[default]
    Off,
    /// Looking for a device.
    Starting,
    /// Playing on a device.
    Ready,
    /// No device could be opened; the app is visual-only until one can.
    Unavailable(String),
}

/// What the screen may need to say about sound.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SoundStatus {
    /// The output.
    pub output: Output,
    /// Intro clips that cannot be played: (exercise index, why).
    pub problems: Vec<(usize, String)>,
}

/// A sink that plays nothing (visual-only, and tests).
#[derive(Debug, Default)]
pub struct Silent;

impl CueSink for Silent {
    fn plan(&self, _cues: &[CueEvent]) {}
}
