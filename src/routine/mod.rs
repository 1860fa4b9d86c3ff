//! The routine file format a physiotherapist writes: types, loading and validation.
//!
//! The format is documented key by key in `docs/routine-format.md`.

pub mod duration;
mod error;
pub mod programme;
mod reader;
pub mod schema;
pub mod words;

use std::path::Path;
use std::time::Duration;

pub use error::{Diagnostic, LoadError};
pub use programme::{Day, PainLimits, Schedule, Stage};

/// A routine file larger than this is refused before parsing.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;
/// The longest planned session a routine may describe.
pub const MAX_TOTAL: Duration = Duration::from_secs(24 * 60 * 60);
/// The most steps a routine may compile to (bounds memory for absurd files).
pub const MAX_STEPS: u64 = 1_000_000;
/// Highest `sets` value.
pub const MAX_SETS: u32 = 100;
/// Highest `reps` value.
pub const MAX_REPS: u32 = 1000;

/// A whole routine: what `[routine]` and the `[[exercise]]` tables say, with defaults applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Routine {
    /// `title`: shown on the overview and in the history.
    pub title: String,
    /// `language`: the language the routine is written in; its cues are spoken in it,
    /// whatever the person's language (`None`: the person's).
    pub language: Option<crate::i18n::Lang>,
    /// `author`: who wrote the routine.
    pub author: Option<String>,
    /// `notes`: shown before starting.
    pub notes: Option<String>,
    /// `prepare`: the get-ready countdown before each exercise.
    pub prepare: Duration,
    /// `rest_between_exercises`.
    pub rest_between_exercises: Duration,
    /// The exercises, in file order (at least one).
    pub exercises: Vec<Exercise>,
    /// `[safety]`: the routine's own warning signs and clinic phone number.
    pub safety: Safety,
    /// `[schedule]`: the programme's days and weeks (`None`: a single session, any day).
    pub schedule: Option<Schedule>,
    /// `[pain]`: the clinician's pain limits.
    pub pain: PainLimits,
    /// SHA-256 of the file it was read from, in hex (recorded with each session, so a
    /// clinician can tell which version of the routine was followed).
    pub source_sha256: String,
}

/// `[safety]`: warning signs in two levels, and who to call. Lists left out use Repcue's own.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Safety {
    /// `urgent`: signs that need help now (emergency services).
    pub urgent: Option<Vec<String>>,
    /// `contact`: signs to contact the physiotherapist or doctor about.
    pub contact: Option<Vec<String>>,
    /// `phone`: shown on the stop screen, the overview and the report ("Clinic: 0123 456 789").
    pub phone: Option<String>,
}

impl Safety {
    /// The longest one sign or the phone line may be, in characters.
    pub const MAX_CHARS: usize = 200;
    /// The most warning signs one list may hold: a patient reads every one.
    pub const MAX_SIGNS: usize = 12;
}

/// One `[[exercise]]` table.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    /// `name`.
    pub name: String,
    /// `instructions`: how to do it, in plain words.
    pub instructions: Option<String>,
    /// `caution`: a safety note shown prominently.
    pub caution: Option<String>,
    /// `image`: a picture, relative to the routine file's folder.
    pub image: Option<String>,
    /// `intro_audio`: a recorded clip played at get-ready instead of the spoken name.
    pub intro_audio: Option<String>,
    /// `sets`.
    pub sets: u32,
    /// `reps`: per set, and per side when `each_side`.
    pub reps: u32,
    /// `each_side`: every set is done on the left, then on the right.
    pub each_side: bool,
    /// `tempo` (or the `hold` shorthand).
    pub tempo: Tempo,
    /// `pace`.
    pub pace: Pace,
    /// `rest_between_reps`.
    pub rest_between_reps: Duration,
    /// `rest_between_sets`.
    pub rest_between_sets: Duration,
    /// `switch_sides`: the pause between the left and the right side.
    pub switch_sides: Duration,
    /// `cues`: the exercise's own words for its phases and sides.
    pub cues: Cues,
    /// `[[exercise.progress]]`: how the dose changes over the programme's weeks, in order.
    pub progress: Vec<Stage>,
}

/// `cues = { up = "Bend forward", … }`: words shown and spoken instead of the default phase
/// words (UP, HOLD, DOWN, YOUR PACE) and side words (Left side, Right side), where those would
/// contradict the movement. Each is 1–40 characters; what is left out keeps its default.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cues {
    /// For the `up` phase.
    pub up: Option<String>,
    /// For the `hold` phase.
    pub hold: Option<String>,
    /// For the `down` phase.
    pub down: Option<String>,
    /// For a self-paced rep.
    pub rep: Option<String>,
    /// For the left side ("Lie on your right side").
    pub left: Option<String>,
    /// For the right side.
    pub right: Option<String>,
}

impl Cues {
    /// The longest a cue word may be, in characters.
    pub const MAX_CHARS: usize = 40;
}

/// How long each phase of one guided rep lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tempo {
    /// Moving into the position.
    pub up: Duration,
    /// Holding it.
    pub hold: Duration,
    /// Coming back.
    pub down: Duration,
}

impl Default for Tempo {
    fn default() -> Self {
        Self {
            up: Duration::from_secs(2),
            hold: Duration::ZERO,
            down: Duration::from_secs(2),
        }
    }
}

impl Tempo {
    /// Time for one rep.
    pub fn rep(&self) -> Duration {
        self.up + self.hold + self.down
    }
}

/// Who sets the pace of the reps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pace {
    /// The app counts each phase of each rep.
    #[default]
    Guided,
    /// The person marks each rep done.
    SelfPaced,
}

impl Exercise {
    /// Number of sides each set is done on (1, or 2 with `each_side`).
    pub fn sides(&self) -> u32 {
        if self.each_side { 2 } else { 1 }
    }

    /// All reps prescribed, over every set and side.
    pub fn total_reps(&self) -> u64 {
        u64::from(self.sets) * u64::from(self.sides()) * u64::from(self.reps)
    }

    /// Holds prescribed: one per guided rep with a hold.
    pub fn total_holds(&self) -> u64 {
        if self.pace == Pace::Guided && !self.tempo.hold.is_zero() {
            self.total_reps()
        } else {
            0
        }
    }
}

/// Reads and validates a routine file. `Path` is only used for reading; messages name it as given.
pub fn load_file(path: &Path) -> Result<Routine, LoadError> {
    let file = path.display().to_string();
    let read = |source| LoadError::Read {
        file: file.clone(),
        source,
    };
    match crate::media::read_bounded(path, MAX_FILE_BYTES).map_err(read)? {
        Some(bytes) => parse_bytes(&bytes, &file),
        None => {
            let size = std::fs::metadata(path).map_or(MAX_FILE_BYTES + 1, |m| m.len());
            Err(LoadError::TooLarge {
                file,
                size_kib: size.div_ceil(1024),
            })
        }
    }
}

/// Validates a routine from raw bytes; `file` names it in messages.
pub fn parse_bytes(bytes: &[u8], file: &str) -> Result<Routine, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            file: file.to_string(),
            size_kib: (bytes.len() as u64).div_ceil(1024),
        });
    }
    let bytes_with_bom = bytes;
    // Without its BOM, so that positions on the first line match what an editor shows.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            // The valid prefix is UTF-8, so positions can be counted in it.
            let prefix = String::from_utf8_lossy(valid);
            let end = prefix.len();
            let diagnostic = Diagnostic::at(&prefix, end..end, crate::t!("routine-not-utf8"))
                .with_hint(crate::t!("routine-not-utf8-hint"));
            return Err(invalid(file, vec![diagnostic]));
        }
    };
    let mut routine = parse_str(text, file)?;
    routine.source_sha256 = sha256_hex(bytes_with_bom);
    Ok(routine)
}

/// SHA-256 of `bytes` in lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Validates a routine from its text; `file` names it in messages.
pub fn parse_str(text: &str, file: &str) -> Result<Routine, LoadError> {
    let hash = sha256_hex(text.as_bytes());
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut routine = reader::read(text).map_err(|diagnostics| invalid(file, diagnostics))?;
    routine.source_sha256 = hash;
    Ok(routine)
}

fn invalid(file: &str, diagnostics: Vec<Diagnostic>) -> LoadError {
    LoadError::Invalid {
        file: file.to_string(),
        diagnostics,
    }
}

impl Exercise {
    /// Planned time of this exercise from its get-ready to its last rep, by closed form
    /// (the timeline's steps add up to the same; property tests check it).
    pub fn planned_time(&self, prepare: Duration) -> Duration {
        let sides = u64::from(self.sides());
        let sets = u64::from(self.sets);
        let reps = u64::from(self.reps);
        let rep = match self.pace {
            Pace::Guided => self.tempo.rep(),
            Pace::SelfPaced => Duration::ZERO,
        };
        let millis = prepare.as_millis() as u64
            + sets * sides * reps * rep.as_millis() as u64
            + sets * sides * (reps - 1) * self.rest_between_reps.as_millis() as u64
            + (sets - 1) * self.rest_between_sets.as_millis() as u64
            + sets * (sides - 1) * self.switch_sides.as_millis() as u64;
        Duration::from_millis(millis)
    }

    /// Number of steps this exercise compiles to, from its get-ready on.
    pub fn step_count(&self, prepare: Duration) -> u64 {
        let nonzero = |d: Duration| u64::from(!d.is_zero());
        let sides = u64::from(self.sides());
        let sets = u64::from(self.sets);
        let reps = u64::from(self.reps);
        let phases = match self.pace {
            Pace::Guided => {
                nonzero(self.tempo.up) + nonzero(self.tempo.hold) + nonzero(self.tempo.down)
            }
            Pace::SelfPaced => 1,
        };
        nonzero(prepare)
            + sets * sides * reps * phases
            + sets * sides * (reps - 1) * nonzero(self.rest_between_reps)
            + (sets - 1) * nonzero(self.rest_between_sets)
            + sets * (sides - 1) * nonzero(self.switch_sides)
    }
}

impl Routine {
    /// The rest before exercise `index` (none before the first).
    pub fn rest_before(&self, index: usize) -> Duration {
        if index == 0 {
            Duration::ZERO
        } else {
            self.rest_between_exercises
        }
    }

    /// Planned time of exercise `index`, including the rest before it.
    pub fn exercise_time(&self, index: usize) -> Duration {
        self.rest_before(index) + self.exercises[index].planned_time(self.prepare)
    }

    /// Planned time of the whole routine (self-paced reps count zero), by closed form.
    pub fn planned_time(&self) -> Duration {
        (0..self.exercises.len())
            .map(|i| self.exercise_time(i))
            .sum()
    }

    /// Number of steps the routine compiles to, by closed form.
    pub fn step_count(&self) -> u64 {
        let rests = self.exercises.len().saturating_sub(1) as u64
            * u64::from(!self.rest_between_exercises.is_zero());
        rests
            + self
                .exercises
                .iter()
                .map(|e| e.step_count(self.prepare))
                .sum::<u64>()
    }

    /// Whether any exercise waits for the person to mark reps done.
    pub fn has_self_paced(&self) -> bool {
        self.exercises.iter().any(|e| e.pace == Pace::SelfPaced)
    }
}
