//! A session's journal: `sessions/<id>.jsonl` in the data folder, written while the session
//! runs, one line per step (flushed and synced), so a crash loses at most the step in progress.
//! When the session ends, its journal is folded into one history line. A journal whose session
//! never reached the history (the app was killed) is folded the same way on the next start.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::history::{Ending, ExerciseEntry, SessionEntry};
use crate::session::{Event, Mark, Record, Session};
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
}

/// What one exercise prescribes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Planned {
    /// Its name.
    pub name: String,
    /// Sets.
    pub sets: u64,
    /// Reps over all sets and sides.
    pub reps: u64,
    /// Holds over all sets and sides.
    pub holds: u64,
    /// Reps and holds in one set (all sides): a set is done when this many are.
    pub work_per_set: u64,
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
        let exercises = timeline
            .exercises
            .iter()
            .zip(&routine.exercises)
            .map(|(plan, exercise)| Planned {
                name: exercise.name.clone(),
                sets: u64::from(plan.sets),
                reps: plan.reps,
                holds: plan.holds,
                // Counted the way the session counts them: a hold that ends a rep is one step.
                work_per_set: timeline.steps[plan.steps.clone()]
                    .iter()
                    .filter(|s| s.set == Some(1) && (s.ends_rep || s.kind == StepKind::Hold))
                    .count() as u64,
            })
            .collect();
        Self {
            id,
            started,
            routine: routine.title.clone(),
            routine_hash,
            routine_file,
            exercises,
            pain_before: None,
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
    pub exercises: Vec<ExerciseEntry>,
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

fn end_line(ms: u64, outcome: crate::session::Outcome, record: &Record) -> EndLine {
    EndLine {
        ms,
        ending: outcome.into(),
        paused_ms: millis(record.paused),
        pauses: record.pauses,
        steps_skipped: record.steps_skipped,
        exercises: record
            .exercises
            .iter()
            .map(|e| ExerciseEntry {
                name: String::new(),
                sets_done: e.sets_done,
                sets_prescribed: e.sets_prescribed,
                reps_done: e.reps_done,
                reps_prescribed: e.reps_prescribed,
                holds_done: e.holds_done,
                holds_prescribed: e.holds_prescribed,
                steps_skipped: e.steps_skipped,
                active_ms: millis(e.active),
            })
            .collect(),
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// A journal folded as it is read: what the history line will say.
#[derive(Debug, Clone, Default)]
pub struct Fold {
    header: Option<Header>,
    /// Per step index: done (true) or skipped (false); done wins.
    marks: std::collections::BTreeMap<usize, (bool, StepLine)>,
    active: Vec<u64>,
    paused_ms: u64,
    pauses: u32,
    paused_at: Option<u64>,
    last_ms: u64,
    end: Option<EndLine>,
}

impl Fold {
    /// Takes in one line.
    pub fn push(&mut self, line: Line) {
        match line {
            Line::Start(header) => {
                self.active = vec![0; header.exercises.len()];
                self.header = Some(*header);
            }
            Line::Step(step) => {
                self.last_ms = self.last_ms.max(step.ms);
                if let Some(active) = self.active.get_mut(step.exercise) {
                    *active = (*active).max(step.active_ms);
                }
                let done = self.marks.get(&step.index).is_some_and(|(d, _)| *d) || step.done;
                self.marks.insert(step.index, (done, step));
            }
            Line::Pause { ms } => {
                self.last_ms = self.last_ms.max(ms);
                self.pauses += 1;
                self.paused_at = Some(ms);
            }
            Line::Resume { ms } => {
                self.last_ms = self.last_ms.max(ms);
                if let Some(since) = self.paused_at.take() {
                    self.paused_ms += ms.saturating_sub(since);
                }
            }
            Line::End(end) => {
                self.last_ms = self.last_ms.max(end.ms);
                self.end = Some(*end);
            }
            Line::Unknown => {}
        }
    }

    /// The session's id, once the header is read.
    pub fn id(&self) -> Option<&str> {
        self.header.as_ref().map(|h| h.id.as_str())
    }

    /// Whether the end line has been read.
    pub fn is_ended(&self) -> bool {
        self.end.is_some()
    }

    /// The history line: the session's own count when it ended, otherwise a count of the
    /// steps recorded before it was interrupted. `None` without a header.
    pub fn entry(&self) -> Option<SessionEntry> {
        let header = self.header.as_ref()?;
        let (ending, paused_ms, pauses, steps_skipped, mut exercises) = match &self.end {
            Some(end) => (
                end.ending,
                end.paused_ms,
                end.pauses,
                end.steps_skipped,
                end.exercises.clone(),
            ),
            None => {
                let exercises = self.count(header);
                let skipped = exercises.iter().map(|e| e.steps_skipped).sum();
                (
                    Ending::Interrupted,
                    self.paused_ms,
                    self.pauses,
                    skipped,
                    exercises,
                )
            }
        };
        exercises.resize_with(header.exercises.len(), ExerciseEntry::default);
        for (entry, planned) in exercises.iter_mut().zip(&header.exercises) {
            entry.name = planned.name.clone();
        }
        let ended = header
            .started
            .checked_add(jiff::SignedDuration::from_millis(
                i64::try_from(self.last_ms).unwrap_or(i64::MAX),
            ))
            .unwrap_or(header.started);
        Some(SessionEntry {
            id: header.id.clone(),
            started: header.started,
            ended,
            routine: header.routine.clone(),
            routine_hash: header.routine_hash.clone(),
            routine_file: header.routine_file.clone(),
            ending,
            paused_ms,
            pauses,
            steps_skipped,
            exercises,
            pain_before: header.pain_before.filter(|p| *p <= 10),
            pain_after: None,
            pain_where: String::new(),
            note: String::new(),
        })
    }

    fn count(&self, header: &Header) -> Vec<ExerciseEntry> {
        let mut entries: Vec<ExerciseEntry> = header
            .exercises
            .iter()
            .zip(self.active.iter().chain(std::iter::repeat(&0)))
            .map(|(planned, &active_ms)| ExerciseEntry {
                name: planned.name.clone(),
                sets_prescribed: planned.sets,
                reps_prescribed: planned.reps,
                holds_prescribed: planned.holds,
                active_ms,
                ..ExerciseEntry::default()
            })
            .collect();
        let mut work_per_set = std::collections::BTreeMap::<(usize, u32), u64>::new();
        for (done, step) in self.marks.values() {
            let Some(entry) = entries.get_mut(step.exercise) else {
                continue;
            };
            if !done {
                entry.steps_skipped += 1;
                continue;
            }
            entry.reps_done += u64::from(step.ends_rep);
            let hold = step.kind == StepKind::Hold;
            entry.holds_done += u64::from(hold);
            if let (true, Some(set)) = (step.ends_rep || hold, step.set) {
                *work_per_set.entry((step.exercise, set)).or_default() += 1;
            }
        }
        for ((exercise, _), done) in work_per_set {
            if let (Some(entry), Some(planned)) =
                (entries.get_mut(exercise), header.exercises.get(exercise))
                && planned.work_per_set > 0
                && done >= planned.work_per_set
            {
                entry.sets_done += 1;
            }
        }
        entries
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
                format!("{} already exists", path.display()),
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
