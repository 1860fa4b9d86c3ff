//! Opening the history: reading it, moving an unreadable file aside (keeping the sessions that
//! can be read), and folding in sessions whose journal never reached it.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::t;

use super::super::history::{self, History};
use super::super::journal;
use super::Report;

/// The history as opened, with what was found on the way.
#[derive(Debug, Default)]
pub struct Opened {
    /// All sessions.
    pub history: History,
    /// Things found while opening.
    pub notices: Vec<String>,
}

/// Opens the history in `data`: reads it, moves it aside when some lines cannot be read
/// (keeping the sessions that can), and folds in sessions whose journal never reached it.
pub fn open(data: &Path, now: Timestamp) -> std::io::Result<Opened> {
    // Held to the end: nobody appends between reading the file and folding journals into it.
    let _lock = history::lock(data)?;
    let path = data.join(history::FILE_NAME);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(err) => return Err(err),
    };
    let parsed = history::parse(&bytes);
    let mut opened = Opened {
        history: parsed.history,
        notices: Vec::new(),
    };
    if let Some((line, why)) = parsed.bad_lines.first() {
        // The original is kept under another name first, then the readable lines replace it in
        // one rename: at no moment is there no history file.
        let aside = super::super::keep_aside(&path, now)?;
        let mut kept = Vec::new();
        for line in &parsed.good_lines {
            kept.extend_from_slice(line);
            kept.push(b'\n');
        }
        super::super::write_atomic(&path, &kept)?;
        opened.notices.push(t!(
            "store-history-part-unreadable",
            lines = parsed.bad_lines.len(),
            line = *line,
            why = why,
            aside = aside.display().to_string(),
            sessions = opened.history.sessions.len(),
        ));
    }
    let recovered = match recover(data, &path, &mut opened.history) {
        Ok(recovered) => recovered,
        Err(err) => {
            opened.notices.push(t!(
                "store-journals-not-recovered",
                reason = err.to_string(),
                folder = data.join(journal::FOLDER).display().to_string()
            ));
            0
        }
    };
    if recovered > 0 {
        opened
            .notices
            .push(t!("store-sessions-recovered", count = recovered));
    }
    Ok(opened)
}

/// Folds journals that are not in the history yet into it; returns how many were interrupted.
fn recover(data: &Path, path: &Path, history: &mut History) -> std::io::Result<usize> {
    let folder = data.join(journal::FOLDER);
    let entries = match std::fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(err) => return Err(err),
    };
    let known: HashSet<String> = history.sessions.iter().map(|s| s.id.clone()).collect();
    let mut journals: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .filter(|p| {
            p.file_stem()
                .is_some_and(|stem| !known.contains(stem.to_string_lossy().as_ref()))
        })
        .collect();
    journals.sort();
    let mut interrupted = 0;
    for journal_path in journals {
        if journal::is_live(&journal_path) {
            continue;
        }
        let fold = match journal::read(&journal_path) {
            Ok(fold) => fold,
            Err(err) => {
                log::warn!("cannot read {}: {err}", journal_path.display());
                continue;
            }
        };
        let Some(entry) = fold.entry() else {
            log::warn!("{} has no header; left as it is", journal_path.display());
            continue;
        };
        if history.contains(&entry.id) {
            continue;
        }
        super::super::append_synced(path, &history::session_line(&entry)?)?;
        interrupted += usize::from(!fold.is_ended());
        history.insert(entry);
    }
    Ok(interrupted)
}

/// The history as opened, as the first report; an error becomes a notice.
pub(super) fn open_report(data: &Path, now: Timestamp) -> Report {
    match open(data, now) {
        Ok(opened) => Report::Opened {
            history: opened.history,
            notices: opened.notices,
        },
        // The screens still open (empty), and say why.
        Err(err) => Report::Opened {
            history: History::default(),
            notices: vec![t!(
                "store-history-cannot-open",
                folder = data.display().to_string(),
                reason = err.to_string()
            )],
        },
    }
}
