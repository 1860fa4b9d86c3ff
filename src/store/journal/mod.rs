//! A session's journal: `sessions/<id>.jsonl` in the data folder, written while the session
//! runs, one line per step (flushed and synced), so a crash loses at most the step in progress.
//! When the session ends, its journal is folded into one history line. A journal whose session
//! never reached the history (the app was killed) is folded the same way on the next start.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

mod fold;

pub use fold::Fold;

use crate::routine::PainLimits;
use crate::session::{
    Ended, Ending, Event, ExerciseRecord, Mark, Planned, Record, Session, millis,
};
use crate::store::history::ProgrammeMark;
use crate::timeline::{Side, StepKind, Timeline};

/// The journals' folder in the data folder.
pub const FOLDER: &str = "sessions";

/// What a session is about, written first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Unique name of the session.
    pub id: String,
    /// When it started.
    pub started: Timestamp,
    /// The routine's title.
    pub routine: String,
    /// SHA-256 of the routine file, in hex.
    pub routine_hash: String,
    /// Where the routine came from.
    pub routine_file: String,
    /// The prescription, per exercise.
    pub exercises: Vec<Planned>,
    /// Pain before (0–10), when asked.
    pub pain_before: Option<u8>,
    /// The programme it belongs to.
    #[serde(default)]
    pub programme: Option<ProgrammeMark>,
    /// The routine's pain limits.
    #[serde(default)]
    pub pain_limits: PainLimits,
    /// Started with pain above the limit.
    #[serde(default)]
    pub started_above_limit: bool,
}

impl Header {
    /// The header of a session over `timeline`.
    pub fn new(
        id: String,
        started: Timestamp,
        routine: &crate::routine::Routine,
        timeline: &Timeline,
        routine_hash: String,
        routine_file: String,
    ) -> Self {
        let exercises = Planned::of(timeline);
        Self {
            id,
            started,
            routine: routine.title.clone(),
            routine_hash,
            routine_file,
            exercises,
            pain_before: None,
            programme: None,
            pain_limits: routine.pain,
            started_above_limit: false,
        }
    }
}

/// A step that ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepLine {
    /// Milliseconds since the start.
    pub ms: u64,
    /// Index in the plan.
    pub index: usize,
    /// Exercise index.
    pub exercise: usize,
    /// What the step was.
    pub kind: StepKind,
    /// Set, where one applies.
    pub set: Option<u32>,
    /// Side, where one applies.
    pub side: Option<Side>,
    /// Rep, where one applies.
    pub rep: Option<u32>,
    /// Whether it finished a rep.
    pub ends_rep: bool,
    /// Done (true) or skipped (false).
    pub done: bool,
    /// Time on its exercise so far, in milliseconds.
    pub active_ms: u64,
}

/// The session's own account of how it ended, with everything counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndLine {
    /// Milliseconds since the start.
    pub ms: u64,
    /// How it ended.
    pub ending: Ending,
    /// Total pause time.
    pub paused_ms: u64,
    /// Times paused.
    pub pauses: u32,
    /// Steps skipped.
    pub steps_skipped: u64,
    /// Per exercise.
    pub exercises: Vec<ExerciseRecord>,
    /// Where it was ended early ("Clamshell, set 1, right side, rep 7").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_during: Option<String>,
}

impl StepLine {
    /// The step as the tally counts it.
    pub fn ended(&self) -> Ended {
        Ended {
            exercise: self.exercise,
            set: self.set,
            kind: self.kind,
            ends_rep: self.ends_rep,
            done: self.done,
        }
    }
}

/// One line of a journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Line {
    /// The header.
    Start(Box<Header>),
    /// A step ended.
    Step(StepLine),
    /// Paused.
    Pause {
        /// Milliseconds since the start.
        ms: u64,
    },
    /// Resumed.
    Resume {
        /// Milliseconds since the start.
        ms: u64,
    },
    /// Ended.
    End(Box<EndLine>),
    /// A line from a newer Repcue.
    #[serde(other)]
    Unknown,
}

/// Turns session events into journal lines. Call with the session the events came from.
pub fn lines(session: &Session, events: &[Event]) -> Vec<Line> {
    let origin = session.started_at().unwrap_or_default();
    let ms = |at: Duration| millis(at.saturating_sub(origin));
    events
        .iter()
        .filter_map(|event| match *event {
            Event::Started { .. } => None,
            Event::StepEnded {
                index,
                mark,
                at,
                exercise_active,
            } => {
                let step = session.timeline().steps.get(index)?;
                Some(Line::Step(StepLine {
                    ms: ms(at),
                    index,
                    exercise: step.exercise,
                    kind: step.kind,
                    set: step.set,
                    side: step.side,
                    rep: step.rep,
                    ends_rep: step.ends_rep,
                    done: mark == Mark::Done,
                    active_ms: millis(exercise_active),
                }))
            }
            Event::Paused { at } => Some(Line::Pause { ms: ms(at) }),
            Event::Resumed { at } => Some(Line::Resume { ms: ms(at) }),
            Event::Finished { at, outcome } => Some(Line::End(Box::new(end_line(
                ms(at),
                outcome,
                &session.record(),
            )))),
        })
        .collect()
}

fn end_line(ms: u64, outcome: Ending, record: &Record) -> EndLine {
    EndLine {
        ms,
        ending: outcome,
        paused_ms: millis(record.paused),
        pauses: record.pauses,
        steps_skipped: record.steps_skipped,
        exercises: record.exercises.clone(),
        stopped_during: record
            .stopped
            .as_ref()
            .map(crate::session::Stopped::describe),
    }
}

/// Reads a journal file. Lines that cannot be read (a last line cut short) are passed over.
pub fn read(path: &Path) -> std::io::Result<Fold> {
    let bytes = std::fs::read(path)?;
    let mut fold = Fold::default();
    for raw in bytes.split(|b| *b == b'\n') {
        match serde_json::from_slice::<Line>(raw) {
            Ok(line) => fold.push(line),
            Err(_) if raw.iter().all(u8::is_ascii_whitespace) => {}
            Err(err) => log::warn!("{}: a line was passed over: {err}", path.display()),
        }
    }
    Ok(fold)
}

/// An open journal: appends lines and syncs them. Holds a lock on the file so that another
/// Repcue (or `repcue history`) never takes a running session for an interrupted one.
pub struct Journal {
    file: std::fs::File,
    path: PathBuf,
}

impl Journal {
    /// Creates the journal of a new session and writes its header.
    pub fn create(data: &Path, header: &Header) -> std::io::Result<Self> {
        let folder = data.join(FOLDER);
        std::fs::create_dir_all(&folder)?;
        let path = folder.join(format!("{}.jsonl", header.id));
        if path.exists() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                crate::t!("store-journal-exists", path = path.display().to_string()),
            ));
        }
        // Made, locked and given its header under a name recovery ignores, then renamed: no
        // one ever sees it unlocked or empty (the lock stays with the open file).
        let temp = folder.join(format!(".{}.jsonl.new", header.id));
        let file = std::fs::OpenOptions::new()
            .read(true)
            .append(true)
            .create_new(true)
            .open(&temp)?;
        file.try_lock().map_err(std::io::Error::other)?;
        let mut journal = Self { file, path };
        journal.append(&[Line::Start(Box::new(header.clone()))])?;
        std::fs::rename(&temp, &journal.path)?;
        // The new file's name must survive a crash too.
        if let Ok(dir) = std::fs::File::open(&folder) {
            let _ = dir.sync_all();
        }
        Ok(journal)
    }

    /// Appends lines and waits until they are on disk.
    pub fn append(&mut self, lines: &[Line]) -> std::io::Result<()> {
        use std::io::Write;
        let mut bytes = Vec::new();
        for line in lines {
            serde_json::to_writer(&mut bytes, line)?;
            bytes.push(b'\n');
        }
        self.file.write_all(&bytes)?;
        self.file.sync_data()
    }

    /// Where it is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Whether another process holds the journal open (its session is still running).
pub fn is_live(path: &Path) -> bool {
    match std::fs::File::open(path) {
        Ok(file) => matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock)),
        Err(_) => false,
    }
}
