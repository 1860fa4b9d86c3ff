//! The history file itself: its lines, reading them (passing over a line cut short by a
//! crash), and the lock that keeps two writers from interleaving.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{FeedbackLine, History, SessionEntry};

/// One line of the history file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line {
    Session(Box<SessionEntry>),
    Feedback(FeedbackLine),
    /// A line from a newer Repcue: kept in the file, passed over here.
    #[serde(other)]
    Unknown,
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
            Ok(Line::Session(entry)) if let Some(why) = impossible_dates(&entry) => {
                parsed.bad_lines.push((index + 1, why));
            }
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

/// The first moment a session may have: 1970-01-01, UTC.
const EARLIEST_SECOND: i64 = 0;
/// The first moment after the last a session may have: 2200-01-01, UTC (84,006 days on).
const LATEST_SECOND: i64 = 84_006 * 86_400;
/// How far a session's end may lie before its start (a clock set back while it ran).
const MAX_END_BEFORE_START: i64 = 86_400;

/// Why a session's dates cannot be true, if they cannot: read as they are, a screen would count
/// weeks or sessions across centuries.
fn impossible_dates(entry: &SessionEntry) -> Option<String> {
    let (started, ended) = (entry.started.as_second(), entry.ended.as_second());
    let plausible = EARLIEST_SECOND..LATEST_SECOND;
    if !plausible.contains(&started) || !plausible.contains(&ended) {
        return Some(crate::t!(
            "store-dates-impossible",
            started = entry.started.to_string(),
            ended = entry.ended.to_string()
        ));
    }
    (started - ended > MAX_END_BEFORE_START).then(|| {
        crate::t!(
            "store-ends-before-start",
            ended = entry.ended.to_string(),
            started = entry.started.to_string()
        )
    })
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
pub fn feedback_line(feedback: &FeedbackLine) -> serde_json::Result<Vec<u8>> {
    line_bytes(&Line::Feedback(feedback.clone()))
}

fn line_bytes(line: &impl Serialize) -> serde_json::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec(line)?;
    bytes.push(b'\n');
    Ok(bytes)
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
    use crate::session::Ending;
    use crate::store::history::FILE_NAME;
    use jiff::Timestamp;

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
            stopped_during: None,
            programme: None,
            pain_limits: Default::default(),
            started_above_limit: false,
        }
    }

    #[test]
    fn a_cut_last_line_is_passed_over_and_feedback_applies() {
        let mut bytes = session_line(&entry("a", 0)).expect("line");
        bytes.extend(
            feedback_line(&FeedbackLine {
                id: "a".into(),
                feedback: crate::session::Feedback {
                    pain_after: Some(4),
                    ..Default::default()
                },
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
    fn sessions_with_impossible_dates_are_unreadable_lines() {
        let at = |second: i64| Timestamp::from_second(second).expect("time");
        let mut ancient = entry("ancient", 0);
        ancient.started = at(-100_000_000_000);
        let mut far = entry("far", 0);
        far.ended = at(LATEST_SECOND);
        let mut backwards = entry("backwards", 0);
        backwards.ended = at(backwards.started.as_second() - 86_401);
        let mut slightly = entry("slightly", 0);
        slightly.ended = at(slightly.started.as_second() - 3600);
        let mut bytes = session_line(&entry("a", 0)).expect("line");
        for odd in [&ancient, &far, &backwards, &slightly] {
            bytes.extend(session_line(odd).expect("line"));
        }
        let parsed = parse(&bytes);
        let lines: Vec<usize> = parsed.bad_lines.iter().map(|(line, _)| *line).collect();
        assert_eq!(lines, [2, 3, 4]);
        assert!(parsed.bad_lines[0].1.contains("not between 1970 and 2200"));
        assert!(
            parsed.bad_lines[2]
                .1
                .contains("more than a day before it starts")
        );
        // A clock set back an hour while it ran is still a session.
        let ids: Vec<&str> = parsed
            .history
            .sessions
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids.len(), 2);
        assert!(ids.contains(&"slightly") && ids.contains(&"a"));
        assert_eq!(parsed.good_lines.len(), 2);
        assert_eq!(LATEST_SECOND, 7_258_118_400);
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
        crate::store::append_synced(&path, &session_line(&entry("a", 0)).expect("line"))
            .expect("append");
        let parsed = parse(&std::fs::read(&path).expect("read"));
        assert!(parsed.bad_lines.is_empty());
        assert_eq!(parsed.history.sessions.len(), 1);
    }
}
