//! The history: `history.jsonl` in the data folder, one JSON line per ended session and one per
//! note about it (pain after, where, a free note; the newest wins). Lines are only ever appended.
//! A half-written last line (a crash mid-write) is passed over; a file with lines that cannot be
//! read is moved aside whole, and the sessions that could be read are kept.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The history file's name in the data folder.
pub const FILE_NAME: &str = "history.jsonl";

/// How a recorded session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    /// Ran to the end of the plan.
    Completed,
    /// Ended early by the person.
    EndedEarly,
    /// Stopped because something hurt.
    StoppedForPain,
    /// The app closed (or the computer stopped) during the session; what was done up to then
    /// is kept.
    Interrupted,
}

impl Ending {
    /// How it reads on screen and in reports.
    pub fn label(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::EndedEarly => "ended early",
            Self::StoppedForPain => "stopped for pain",
            Self::Interrupted => "interrupted",
        }
    }

    /// The word used in files (CSV, `repcue history`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::EndedEarly => "ended_early",
            Self::StoppedForPain => "stopped_for_pain",
            Self::Interrupted => "interrupted",
        }
    }
}

impl From<crate::session::Outcome> for Ending {
    fn from(outcome: crate::session::Outcome) -> Self {
        use crate::session::Outcome;
        match outcome {
            Outcome::Completed => Self::Completed,
            Outcome::EndedEarly => Self::EndedEarly,
            Outcome::StoppedForPain => Self::StoppedForPain,
        }
    }
}

/// Done against prescribed for one exercise of a recorded session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ExerciseEntry {
    /// The exercise's name.
    pub name: String,
    /// Sets in which every rep and hold was done.
    pub sets_done: u64,
    /// Sets prescribed.
    pub sets_prescribed: u64,
    /// Reps done.
    pub reps_done: u64,
    /// Reps prescribed.
    pub reps_prescribed: u64,
    /// Holds done.
    pub holds_done: u64,
    /// Holds prescribed.
    pub holds_prescribed: u64,
    /// Steps skipped.
    pub steps_skipped: u64,
    /// Time spent on it while not paused, in milliseconds.
    pub active_ms: u64,
}

/// One recorded session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionEntry {
    /// Unique name of the session (also its journal's file name).
    pub id: String,
    /// When it started.
    pub started: Timestamp,
    /// When it ended (or, interrupted, its last recorded moment).
    pub ended: Timestamp,
    /// The routine's title.
    pub routine: String,
    /// SHA-256 of the routine file, in hex.
    #[serde(default)]
    pub routine_hash: String,
    /// Where the routine came from ("bundled routine" or its path).
    #[serde(default)]
    pub routine_file: String,
    /// How it ended.
    pub ending: Ending,
    /// Total time paused, in milliseconds.
    #[serde(default)]
    pub paused_ms: u64,
    /// Times paused.
    #[serde(default)]
    pub pauses: u32,
    /// Steps skipped.
    #[serde(default)]
    pub steps_skipped: u64,
    /// Per exercise, in routine order.
    #[serde(default)]
    pub exercises: Vec<ExerciseEntry>,
    /// Pain before (0–10), when asked.
    #[serde(default)]
    pub pain_before: Option<u8>,
    /// Pain after (0–10).
    #[serde(default)]
    pub pain_after: Option<u8>,
    /// Where it hurt.
    #[serde(default)]
    pub pain_where: String,
    /// A free note.
    #[serde(default)]
    pub note: String,
}

impl SessionEntry {
    /// Reps done and prescribed over all exercises.
    pub fn reps(&self) -> (u64, u64) {
        self.exercises
            .iter()
            .fold((0u64, 0u64), |(done, planned), e| {
                (
                    done.saturating_add(e.reps_done),
                    planned.saturating_add(e.reps_prescribed),
                )
            })
    }

    /// Holds done and prescribed over all exercises.
    pub fn holds(&self) -> (u64, u64) {
        self.exercises
            .iter()
            .fold((0u64, 0u64), |(done, planned), e| {
                (
                    done.saturating_add(e.holds_done),
                    planned.saturating_add(e.holds_prescribed),
                )
            })
    }

    /// Time from start to end, pauses included, in milliseconds.
    pub fn elapsed_ms(&self) -> u64 {
        let ms = self
            .ended
            .as_millisecond()
            .saturating_sub(self.started.as_millisecond());
        u64::try_from(ms).unwrap_or(0)
    }

    /// Time spent exercising (not paused), in milliseconds.
    pub fn active_ms(&self) -> u64 {
        self.exercises
            .iter()
            .fold(0u64, |sum, e| sum.saturating_add(e.active_ms))
    }

    /// "34 of 36 reps" (holds instead for routines without reps).
    pub fn completion(&self) -> String {
        let (done, planned) = self.reps();
        if planned > 0 {
            return format!("{done} of {planned} reps");
        }
        let (done, planned) = self.holds();
        format!("{done} of {planned} holds")
    }

    fn apply(&mut self, feedback: &Feedback) {
        self.pain_after = feedback.pain_after.filter(|p| *p <= 10);
        self.pain_where = feedback.pain_where.clone();
        self.note = feedback.note.clone();
    }
}

/// What the person said after a session; a newer line replaces an older one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Feedback {
    /// The session it is about.
    pub id: String,
    /// Pain after (0–10).
    pub pain_after: Option<u8>,
    /// Where it hurt.
    pub pain_where: String,
    /// A free note.
    pub note: String,
}

/// One line of the history file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line {
    Session(Box<SessionEntry>),
    Feedback(Feedback),
    /// A line from a newer Repcue: kept in the file, passed over here.
    #[serde(other)]
    Unknown,
}

/// The history as read from its file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Sessions, oldest first.
    pub sessions: Vec<SessionEntry>,
}

impl History {
    /// Adds a session (or replaces one with the same id), keeping the order by start.
    pub fn insert(&mut self, entry: SessionEntry) {
        // A session's own account of how it ended beats one pieced together after a crash.
        let keeps_better = self
            .sessions
            .iter()
            .any(|s| s.id == entry.id && s.ending != Ending::Interrupted);
        if keeps_better && entry.ending == Ending::Interrupted {
            return;
        }
        self.sessions.retain(|s| s.id != entry.id);
        let at = self
            .sessions
            .partition_point(|s| (s.started, &s.id) <= (entry.started, &entry.id));
        self.sessions.insert(at, entry);
    }

    /// Applies what the person said after a session.
    pub fn apply(&mut self, feedback: &Feedback) {
        if let Some(session) = self.sessions.iter_mut().find(|s| s.id == feedback.id) {
            session.apply(feedback);
        }
    }

    /// Whether a session with this id is recorded.
    pub fn contains(&self, id: &str) -> bool {
        self.sessions.iter().any(|s| s.id == id)
    }
}

/// What reading the file found.
#[derive(Debug, Default)]
pub struct Parsed {
    /// The sessions that could be read.
    pub history: History,
    /// The raw lines that could be read (kept when the file is rewritten without the bad ones).
    pub good_lines: Vec<Vec<u8>>,
    /// Lines that could not be read: line number and why.
    pub bad_lines: Vec<(usize, String)>,
}

/// Reads history lines. A last line cut short by a crash is passed over; any other line that
/// cannot be read is listed in `bad_lines`.
pub fn parse(bytes: &[u8]) -> Parsed {
    let mut parsed = Parsed::default();
    let mut feedback = Vec::new();
    let lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    let last = lines.len().saturating_sub(1);
    for (index, raw) in lines.iter().enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match serde_json::from_slice::<Line>(raw) {
            Ok(line) => {
                match line {
                    Line::Session(entry) => parsed.history.insert(*entry),
                    Line::Feedback(f) => feedback.push(f),
                    Line::Unknown => {}
                }
                parsed.good_lines.push(raw.to_vec());
            }
            // Cut short by a crash: a last line without its newline, or a line the next writer
            // closed with one.
            Err(err) if is_torn(raw, &err) && (index == last || err.is_eof()) => {
                log::warn!("history line {} was cut short; passed over", index + 1);
            }
            Err(err) => parsed.bad_lines.push((index + 1, err.to_string())),
        }
    }
    for f in &feedback {
        parsed.history.apply(f);
    }
    parsed
}

fn is_torn(raw: &[u8], err: &serde_json::Error) -> bool {
    let cut_character = matches!(std::str::from_utf8(raw), Err(e) if e.error_len().is_none());
    err.is_eof() || cut_character
}

/// Serialises a session as one history line (with its newline).
pub fn session_line(entry: &SessionEntry) -> serde_json::Result<Vec<u8>> {
    line_bytes(&Line::Session(Box::new(entry.clone())))
}

/// Serialises feedback as one history line (with its newline).
pub fn feedback_line(feedback: &Feedback) -> serde_json::Result<Vec<u8>> {
    line_bytes(&Line::Feedback(feedback.clone()))
}

fn line_bytes(line: &impl Serialize) -> serde_json::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec(line)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Appends `line` (ending in a newline) to `path` and waits until it is on disk. A previous
/// line cut short by a crash is closed first, so it never runs into this one.
pub fn append_synced(path: &Path, line: &[u8]) -> std::io::Result<()> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)?;
    let mut bytes = Vec::with_capacity(line.len() + 1);
    if ends_mid_line(&mut file)? {
        bytes.push(b'\n');
    }
    bytes.extend_from_slice(line);
    file.write_all(&bytes)?;
    file.sync_data()
}

/// Whether the file's last byte is something other than a newline.
pub(crate) fn ends_mid_line(file: &mut std::fs::File) -> std::io::Result<bool> {
    let len = file.metadata()?.len();
    if len == 0 {
        return Ok(false);
    }
    file.seek(SeekFrom::Start(len - 1))?;
    let mut last = [0u8];
    file.read_exact(&mut last)?;
    Ok(last[0] != b'\n')
}

/// Keeps a copy of an unreadable file under a name that says so, never replacing another
/// file, and leaves the original where it is; returns the copy's path.
pub fn keep_aside(path: &Path, now: Timestamp) -> std::io::Result<PathBuf> {
    let stamp = now.strftime("%Y%m%d-%H%M%S").to_string();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| FILE_NAME.to_string());
    for attempt in 0..1000 {
        let suffix = if attempt == 0 {
            String::new()
        } else {
            format!("-{attempt}")
        };
        let target = path.with_file_name(format!("{name}.unreadable-{stamp}{suffix}"));
        // A hard link never replaces a file already there; where links are not supported, a
        // copy to a name nobody has taken yet.
        match std::fs::hard_link(path, &target) {
            Ok(()) => return Ok(target),
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) if target.exists() => continue,
            Err(_) => {
                let mut copy = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&target)?;
                copy.write_all(&std::fs::read(path)?)?;
                copy.sync_all()?;
                return Ok(target);
            }
        }
    }
    Err(std::io::Error::other(
        "too many unreadable copies of this file",
    ))
}

/// Moves an unreadable file aside (see [`keep_aside`]); returns where it went.
pub fn move_aside(path: &Path, now: Timestamp) -> std::io::Result<PathBuf> {
    let target = keep_aside(path, now)?;
    std::fs::remove_file(path)?;
    Ok(target)
}

/// An exclusive lock on the history of `data`, held while reading it whole, rewriting it or
/// appending to it, so that two Repcues (or the app and `repcue export`) never interleave.
pub fn lock(data: &Path) -> std::io::Result<std::fs::File> {
    std::fs::create_dir_all(data)?;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(data.join("history.lock"))?;
    file.lock()?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, second: i64) -> SessionEntry {
        let started = Timestamp::from_second(1_767_603_600 + second).expect("time");
        SessionEntry {
            id: id.into(),
            started,
            ended: started,
            routine: "Routine".into(),
            routine_hash: String::new(),
            routine_file: String::new(),
            ending: Ending::Completed,
            paused_ms: 0,
            pauses: 0,
            steps_skipped: 0,
            exercises: Vec::new(),
            pain_before: None,
            pain_after: None,
            pain_where: String::new(),
            note: String::new(),
        }
    }

    #[test]
    fn a_cut_last_line_is_passed_over_and_feedback_applies() {
        let mut bytes = session_line(&entry("a", 0)).expect("line");
        bytes.extend(
            feedback_line(&Feedback {
                id: "a".into(),
                pain_after: Some(4),
                ..Feedback::default()
            })
            .expect("line"),
        );
        let whole = session_line(&entry("b", 10)).expect("line");
        bytes.extend_from_slice(&whole[..whole.len() / 2]);
        let parsed = parse(&bytes);
        assert!(parsed.bad_lines.is_empty(), "{:?}", parsed.bad_lines);
        assert_eq!(parsed.history.sessions.len(), 1);
        assert_eq!(parsed.history.sessions[0].pain_after, Some(4));
    }

    #[test]
    fn a_cut_line_closed_by_a_later_writer_is_passed_over_too() {
        let whole = session_line(&entry("a", 0)).expect("line");
        let mut bytes = whole[..20].to_vec();
        bytes.push(b'\n');
        bytes.extend(session_line(&entry("b", 10)).expect("line"));
        let parsed = parse(&bytes);
        assert!(parsed.bad_lines.is_empty());
        assert_eq!(parsed.history.sessions[0].id, "b");
    }

    #[test]
    fn a_session_s_own_ending_beats_a_recovered_copy() {
        let mut history = History::default();
        history.insert(entry("a", 0));
        let mut recovered = entry("a", 0);
        recovered.ending = Ending::Interrupted;
        history.insert(recovered);
        assert_eq!(history.sessions.len(), 1);
        assert_eq!(history.sessions[0].ending, Ending::Completed);
    }

    #[test]
    fn garbage_in_the_middle_is_reported_with_its_line() {
        let mut bytes = session_line(&entry("a", 0)).expect("line");
        bytes.extend_from_slice(b"{\"type\": 12, oops}\n");
        bytes.extend(session_line(&entry("b", 10)).expect("line"));
        let parsed = parse(&bytes);
        assert_eq!(parsed.bad_lines.len(), 1);
        assert_eq!(parsed.bad_lines[0].0, 2);
        assert_eq!(parsed.history.sessions.len(), 2);
        assert_eq!(parsed.good_lines.len(), 2);
    }

    #[test]
    fn lines_from_a_newer_version_are_kept_but_passed_over() {
        let mut bytes = b"{\"type\":\"goal\",\"minutes\":20}\n".to_vec();
        bytes.extend(session_line(&entry("a", 0)).expect("line"));
        let parsed = parse(&bytes);
        assert!(parsed.bad_lines.is_empty());
        assert_eq!(parsed.good_lines.len(), 2);
        assert_eq!(parsed.history.sessions.len(), 1);
    }

    #[test]
    fn appending_closes_a_cut_line_first() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, b"{\"type\":\"sess").expect("write");
        append_synced(&path, &session_line(&entry("a", 0)).expect("line")).expect("append");
        let parsed = parse(&std::fs::read(&path).expect("read"));
        assert!(parsed.bad_lines.is_empty());
        assert_eq!(parsed.history.sessions.len(), 1);
    }

    #[test]
    fn moving_aside_never_replaces_an_earlier_copy() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(FILE_NAME);
        let now = Timestamp::from_second(1_767_603_600).expect("time");
        std::fs::write(&path, b"first").expect("write");
        let first = move_aside(&path, now).expect("move");
        std::fs::write(&path, b"second").expect("write");
        let second = move_aside(&path, now).expect("move");
        assert_ne!(first, second);
        assert_eq!(std::fs::read(first).expect("read"), b"first");
        assert_eq!(std::fs::read(second).expect("read"), b"second");
        assert!(!path.exists());
    }
}
