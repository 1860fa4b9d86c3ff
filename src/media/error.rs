//! Why a picture or clip a routine points at cannot be used: one sentence each, naming the file
//! as written in the routine and saying what to do about it.

use crate::t;

/// Which kind of file a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// An exercise's picture (PNG, JPEG or SVG).
    Picture,
    /// An exercise's own intro clip (WAV, OGG, FLAC or MP3).
    IntroClip,
}

impl std::fmt::Display for What {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            What::Picture => t!("media-what-picture"),
            What::IntroClip => t!("media-what-clip"),
        })
    }
}

/// A picture or clip that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MediaError {
    /// The extension is not one Repcue reads.
    NotAllowedKind {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
        /// The kinds allowed, e.g. "PNG, JPG, JPEG, SVG".
        kinds: String,
    },
    /// Nothing by that name next to the routine.
    NotFound {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
    },
    /// The path (or a link on it) leads out of the routine's folder.
    OutsideFolder {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
    },
    /// A folder, named pipe, device or socket: never opened.
    NotRegularFile {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
        /// What it is instead, e.g. "a named pipe".
        kind: &'static str,
    },
    /// Over [`super::MAX_MEDIA_BYTES`].
    TooLarge {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
    },
    /// The system could not read it.
    Unreadable {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
        /// What the system said.
        reason: String,
    },
    /// A PNG or JPEG larger than [`super::MAX_PICTURE_SIDE`] on a side, refused before its
    /// pixels are allocated.
    TooManyPixels {
        /// The file as written in the routine.
        file: String,
        /// Declared width.
        width: u32,
        /// Declared height.
        height: u32,
    },
    /// An SVG nested deeper than [`super::MAX_DEPTH`] elements, refused before it is parsed.
    TooDeep {
        /// The file as written in the routine.
        file: String,
        /// The deepest nesting allowed.
        limit: usize,
    },
    /// An SVG that would cost too much time or memory to draw (too many elements, filters over
    /// large areas, patterns with huge tiles).
    TooComplex {
        /// The file as written in the routine.
        file: String,
        /// What is too much.
        reason: String,
    },
    /// Not a picture Repcue can read.
    Undecodable {
        /// The file as written in the routine.
        file: String,
        /// What the decoder said.
        reason: String,
    },
    /// The decoder failed on it in a way it does not report (a bug it has with this file).
    DecoderPanicked {
        /// The file as written in the routine.
        file: String,
    },
    /// An intro clip that was read but cannot be played.
    Clip {
        /// The file as written in the routine.
        file: String,
        /// Why.
        problem: ClipError,
    },
}

/// Why a clip cannot be played. Each message completes a sentence that starts with the clip's
/// name ("intro clip \"x.wav\" …").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClipError {
    /// Not audio the decoders know.
    Undecodable(String),
    /// A sample rate of 0, or one no sound file has.
    BadRate(u32),
    /// No channels, or more than a clip can use.
    BadChannels(u16),
    /// Longer than 30 seconds, by its header or once decoded.
    TooLong,
    /// Decodes to silence.
    Silent,
    /// The decoder failed in a way it does not report (a bug it has with this file).
    DecoderPanicked,
}

impl std::fmt::Display for MediaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::NotAllowedKind { what, file, kinds } => t!(
                "media-not-allowed-kind",
                what = what.to_string(),
                file = file,
                kinds = kinds
            ),
            Self::NotFound { what, file } => {
                t!("media-not-found", what = what.to_string(), file = file)
            }
            Self::OutsideFolder { what, file } => {
                t!("media-outside-folder", what = what.to_string(), file = file)
            }
            Self::NotRegularFile { what, file, kind } => t!(
                "media-not-regular-file",
                what = what.to_string(),
                file = file,
                kind = kind_text(kind)
            ),
            Self::TooLarge { what, file } => {
                t!("media-too-large", what = what.to_string(), file = file)
            }
            Self::Unreadable { what, file, reason } => t!(
                "media-unreadable",
                what = what.to_string(),
                file = file,
                reason = reason
            ),
            Self::TooManyPixels {
                file,
                width,
                height,
            } => t!(
                "media-too-many-pixels",
                file = file,
                width = width.to_string(),
                height = height.to_string()
            ),
            Self::TooDeep { file, limit } => {
                t!("media-too-deep", file = file, limit = limit.to_string())
            }
            Self::TooComplex { file, reason } => {
                t!("media-too-complex", file = file, reason = reason)
            }
            Self::Undecodable { file, reason } => {
                t!("media-undecodable", file = file, reason = reason)
            }
            Self::DecoderPanicked { file } => t!("media-decoder-panicked", file = file),
            Self::Clip { file, problem } => {
                t!("media-clip", file = file, problem = problem.to_string())
            }
        })
    }
}

impl std::fmt::Display for ClipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Undecodable(reason) => t!("media-clip-undecodable", reason = reason),
            Self::BadRate(rate) => t!("media-clip-bad-rate", rate = rate.to_string()),
            Self::BadChannels(channels) => t!("media-clip-bad-channels", count = *channels),
            Self::TooLong => t!("media-clip-too-long"),
            Self::Silent => t!("media-clip-silent"),
            Self::DecoderPanicked => t!("media-clip-decoder-panicked"),
        })
    }
}

/// A file's kind as [`super::not_regular`] names it ("a named pipe"), in the person's language.
pub(super) fn kind_text(kind: &str) -> String {
    match kind {
        "a folder" => t!("media-kind-folder"),
        "a named pipe" => t!("media-kind-pipe"), // not translated: the kind's key
        "a socket" => t!("media-kind-socket"),
        "a device" => t!("media-kind-device"),
        _ => t!("media-kind-special"),
    }
}
