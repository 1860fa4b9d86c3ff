//! Sound: what each cue says, placing it on its beat in the output stream, and the thread that
//! owns the output device. The session side only sees [`CueSink`]; the app sees
//! [`SoundOutput`].

mod bank;
mod clip;
pub mod espeak;
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

use crate::session::{CueEvent, CueSink};
use crate::store::settings::SoundSettings;
use crate::timeline::Timeline;

/// The sound output as the app sees it: where the session's cues go, plus what the app tells
/// it (the routine, the settings) and asks of it (its status).
pub trait SoundOutput: CueSink {
    /// The routine cues will be about (names, intro clips).
    fn set_routine(&self, _routine: RoutineSounds) {}
    /// Sound on/off, voice or beeps, volume.
    fn set_settings(&self, _settings: SoundSettings) {}
    /// What the output is doing, for a notice on screen.
    fn status(&self) -> SoundStatus {
        SoundStatus::default()
    }
    /// Keeps the device open while a session is under way (from the pain check before it to
    /// its end, paused included), so no cue waits for it to open; otherwise it is closed after
    /// a few idle seconds (an open output costs CPU on every sample) and opened again for the
    /// next cue.
    fn keep_open(&self, _open: bool) {}
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
    /// Whether the routine's own words are spoken.
    pub speech: Speech,
    /// Bytes of sound held ready: the clips as decoded and as converted for the device, the
    /// routine's intro clips and spoken words (for the frame statistics).
    pub held_bytes: usize,
}

/// Whether the routine's own words (its `cues`, names with no bundled clip) can be spoken.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Speech {
    /// The routine has no words of its own.
    #[default]
    NotNeeded,
    /// They are being made.
    Preparing,
    /// Every one is ready.
    Ready,
    /// They are shown, not spoken (a tone marks a phase's beat instead): why.
    Unavailable(String),
}

/// A sink that plays nothing (visual-only, and tests).
#[derive(Debug, Default)]
pub struct Silent;

impl CueSink for Silent {
    fn plan(&self, _cues: &[CueEvent]) {}
}

impl SoundOutput for Silent {}
