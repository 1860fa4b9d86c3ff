//! Why a picture or clip a routine points at cannot be used: one sentence each, naming the file
//! as written in the routine and saying what to do about it.

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
        f.write_str(match self {
            What::Picture => "picture",
            What::IntroClip => "intro clip",
        })
    }
}

/// A picture or clip that cannot be used, and why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MediaError {
    /// The extension is not one Repcue reads.
    #[error("{what} \"{file}\" is not one of {kinds}; convert it to one of those")]
    NotAllowedKind {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
        /// The kinds allowed, e.g. "PNG, JPG, JPEG, SVG".
        kinds: String,
    },
    /// Nothing by that name next to the routine.
    #[error("{what} \"{file}\" not found next to the routine; check its name in the routine file")]
    NotFound {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
    },
    /// The path (or a link on it) leads out of the routine's folder.
    #[error(
        "{what} \"{file}\" is outside the routine's folder; copy it into the folder and name it from there"
    )]
    OutsideFolder {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
    },
    /// A folder, named pipe, device or socket: never opened.
    #[error(
        "{what} \"{file}\" is {kind}, not a regular file; point the routine at the file itself"
    )]
    NotRegularFile {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
        /// What it is instead, e.g. "a named pipe".
        kind: &'static str,
    },
    /// Over [`super::MAX_MEDIA_BYTES`].
    #[error("{what} \"{file}\" is over 20 MB; use a smaller file")]
    TooLarge {
        /// Picture or clip.
        what: What,
        /// The file as written in the routine.
        file: String,
    },
    /// The system could not read it.
    #[error("cannot read {what} \"{file}\": {reason}")]
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
    #[error(
        "picture \"{file}\" is too large ({width} × {height} pixels); use one under 4000 × 4000"
    )]
    TooManyPixels {
        /// The file as written in the routine.
        file: String,
        /// Declared width.
        width: u32,
        /// Declared height.
        height: u32,
    },
    /// An SVG nested deeper than [`super::MAX_DEPTH`] elements, refused before it is parsed.
    #[error(
        "picture \"{file}\" is nested more than {limit} elements deep; simplify the drawing or save it as a PNG"
    )]
    TooDeep {
        /// The file as written in the routine.
        file: String,
        /// The deepest nesting allowed.
        limit: usize,
    },
    /// An SVG that would cost too much time or memory to draw (too many elements, filters over
    /// large areas, patterns with huge tiles).
    #[error(
        "picture \"{file}\" would cost too much to show ({reason}); use a simpler drawing or a smaller picture"
    )]
    TooComplex {
        /// The file as written in the routine.
        file: String,
        /// What is too much.
        reason: String,
    },
    /// Not a picture Repcue can read.
    #[error(
        "picture \"{file}\" could not be read as an image ({reason}); save it again as PNG, JPEG or SVG"
    )]
    Undecodable {
        /// The file as written in the routine.
        file: String,
        /// What the decoder said.
        reason: String,
    },
    /// The decoder failed on it in a way it does not report (a bug it has with this file).
    #[error(
        "picture \"{file}\" made the image decoder fail; the file is damaged or not what its name says: save it again as PNG or JPEG"
    )]
    DecoderPanicked {
        /// The file as written in the routine.
        file: String,
    },
    /// An intro clip that was read but cannot be played.
    #[error("intro clip \"{file}\" {problem}")]
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
    #[error("cannot be decoded ({0}); save it again as WAV, OGG, FLAC or MP3")]
    Undecodable(String),
    /// A sample rate of 0, or one no sound file has.
    #[error("says its sample rate is {0} Hz, which no sound has; save it again at 44.1 or 48 kHz")]
    BadRate(u32),
    /// No channels, or more than a clip can use.
    #[error("says it has {0} channels; save it again as mono or stereo")]
    BadChannels(u16),
    /// Longer than 30 seconds, by its header or once decoded.
    #[error(
        "lasts more than 30 seconds (or would decode to more sound than that); trim it to a few seconds"
    )]
    TooLong,
    /// Decodes to silence.
    #[error("has no sound in it; check that it is the right file")]
    Silent,
    /// The decoder failed in a way it does not report (a bug it has with this file).
    #[error(
        "made the sound decoder fail; the file is damaged or not what its name says: save it again as WAV, OGG, FLAC or MP3"
    )]
    DecoderPanicked,
}
