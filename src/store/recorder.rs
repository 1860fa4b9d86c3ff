//! The one owner of the history files: opens the history (moving an unreadable file aside and
//! folding interrupted sessions back in), then writes session journals and history lines in
//! the order they were sent. A thread in the app; inline in tests.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};

use jiff::Timestamp;

use super::history::{self, FeedbackLine, History, SessionEntry};
use super::journal::{self, Fold, Header, Journal, Line};

/// What the app asks the recorder to write.
pub enum Message {
    /// A session started.
    Begin(Box<Header>),
    /// Lines of a running session's journal.
    Lines {
        /// The session.
        id: String,
        /// What happened.
        lines: Vec<Line>,
    },
    /// What the person said after a session.
    Feedback(FeedbackLine),
    /// Answers once everything sent before it is written.
    Flush(Sender<()>),
}

/// What the recorder has to tell the app.
#[derive(Debug, Clone)]
pub enum Report {
    /// The history as opened, and what the person should know about it.
    Opened {
        /// All sessions.
        history: History,
        /// Things found while opening (moved-aside file, recovered sessions).
        notices: Vec<String>,
    },
    /// A session ended and is in the history.
    Recorded(Box<SessionEntry>),
    /// Something could not be written; the sentence says what.
    Problem(String),
}

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
        let aside = super::keep_aside(&path, now)?;
        let mut kept = Vec::new();
        for line in &parsed.good_lines {
            kept.extend_from_slice(line);
            kept.push(b'\n');
        }
        super::write_atomic(&path, &kept)?;
        opened.notices.push(format!(
            "Part of the history could not be read ({} line(s), the first at line {line}: {why}). \
             The whole file was moved to {} and nothing was deleted; the {} session(s) that \
             could be read are kept.",
            parsed.bad_lines.len(),
            aside.display(),
            opened.history.sessions.len(),
        ));
    }
    let recovered = match recover(data, &path, &mut opened.history) {
        Ok(recovered) => recovered,
        Err(err) => {
            opened.notices.push(format!(
                "Sessions that stopped when Repcue closed unexpectedly could not all be added to \
                 the history ({err}); their journals in {} are kept and are tried again next time.",
                data.join(journal::FOLDER).display()
            ));
            0
        }
    };
    if recovered > 0 {
        opened.notices.push(format!(
            "{recovered} session(s) stopped when Repcue closed unexpectedly; what was done up to \
             then is in the history, marked \"interrupted\"."
        ));
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
        super::append_synced(path, &history::session_line(&entry)?)?;
        interrupted += usize::from(!fold.is_ended());
        history.insert(entry);
    }
    Ok(interrupted)
}

/// Writes what it is sent, in order.
struct Store {
    data: PathBuf,
    /// Running sessions: their journal (when it could be created) and what it says so far.
    open: HashMap<String, (Option<Journal>, Fold)>,
    reports: Sender<Report>,
}

impl Store {
    fn handle(&mut self, message: Message) {
        match message {
            Message::Begin(header) => {
                let journal = match Journal::create(&self.data, &header) {
                    Ok(journal) => Some(journal),
                    Err(err) => {
                        self.problem(format!(
                            "This session's steps cannot be written as it goes (cannot create \
                             its journal in {}: {err}); it is added to the history when it ends.",
                            self.data.display()
                        ));
                        None
                    }
                };
                let mut fold = Fold::default();
                fold.push(Line::Start(header.clone()));
                self.open.insert(header.id.clone(), (journal, fold));
            }
            Message::Lines { id, lines } => self.lines(&id, lines),
            Message::Feedback(feedback) => {
                let written = history::feedback_line(&feedback)
                    .map_err(std::io::Error::from)
                    .and_then(|line| append_history(&self.data, &line));
                if let Err(err) = written {
                    self.problem(format!("Cannot save the note about the session: {err}"));
                }
            }
            Message::Flush(done) => {
                let _ = done.send(());
            }
        }
    }

    fn lines(&mut self, id: &str, lines: Vec<Line>) {
        let Some((journal, fold)) = self.open.get_mut(id) else {
            return;
        };
        let failed = journal.as_mut().and_then(|journal| {
            journal.append(&lines).err().map(|err| {
                format!(
                    "Cannot write the session's journal {}: {err}",
                    journal.path().display()
                )
            })
        });
        for line in lines {
            fold.push(line);
        }
        let ended = fold.is_ended();
        let entry = if ended { fold.entry() } else { None };
        if let Some(message) = failed {
            self.problem(message);
        }
        if !ended {
            return;
        }
        let Some(entry) = entry else { return };
        // Written while the journal is still open (locked), so nobody folds it in meanwhile.
        let written = history::session_line(&entry)
            .map_err(std::io::Error::from)
            .and_then(|line| append_history(&self.data, &line));
        self.open.remove(id);
        match written {
            Ok(()) => {
                let _ = self.reports.send(Report::Recorded(Box::new(entry)));
            }
            Err(err) => self.problem(format!(
                "Cannot add the session to the history: {err}. Its journal is kept and it will \
                 be added the next time Repcue starts."
            )),
        }
    }

    fn problem(&self, message: String) {
        log::error!("{message}");
        let _ = self.reports.send(Report::Problem(message));
    }
}

fn append_history(data: &Path, line: &[u8]) -> std::io::Result<()> {
    let _lock = history::lock(data)?;
    super::append_synced(&data.join(history::FILE_NAME), line)
}

fn open_report(data: &Path, now: Timestamp) -> Report {
    match open(data, now) {
        Ok(opened) => Report::Opened {
            history: opened.history,
            notices: opened.notices,
        },
        // The screens still open (empty), and say why.
        Err(err) => Report::Opened {
            history: History::default(),
            notices: vec![format!(
                "Cannot open the history in {}: {err}. Nothing was deleted; new sessions are \
                 still recorded there if it can be written.",
                data.display()
            )],
        },
    }
}

/// Sends messages to the store and hands its reports back.
pub struct Recorder {
    messages: Option<Sender<Message>>,
    inline: Option<Mutex<Store>>,
    reports: Mutex<Receiver<Report>>,
}

impl Recorder {
    /// Opens the history on its own thread; `wake` is called after each report.
    pub fn spawn(data: PathBuf, wake: impl Fn() + Send + 'static) -> Self {
        let (messages, inbox) = channel::<Message>();
        let (outbox, reports) = channel();
        let spawned = std::thread::Builder::new()
            .name("repcue-history".into())
            .spawn(move || {
                let _ = outbox.send(open_report(&data, Timestamp::now()));
                wake();
                let mut store = Store {
                    data,
                    open: HashMap::new(),
                    reports: outbox,
                };
                for message in inbox {
                    store.handle(message);
                    wake();
                }
            });
        if let Err(err) = spawned {
            log::error!("cannot start the history thread: {err}");
        }
        Self {
            messages: Some(messages),
            inline: None,
            reports: Mutex::new(reports),
        }
    }

    /// Does everything at once on the calling thread: deterministic, for tests.
    pub fn inline(data: PathBuf, now: Timestamp) -> Self {
        let (outbox, reports) = channel();
        let _ = outbox.send(open_report(&data, now));
        Self {
            messages: None,
            inline: Some(Mutex::new(Store {
                data,
                open: HashMap::new(),
                reports: outbox,
            })),
            reports: Mutex::new(reports),
        }
    }

    /// Queues a message.
    pub fn send(&self, message: Message) {
        if let Some(store) = &self.inline {
            store
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .handle(message);
        } else if let Some(messages) = &self.messages
            && messages.send(message).is_err()
        {
            log::error!("the history thread has stopped; nothing more is recorded");
        }
    }

    /// Takes every report that is ready.
    pub fn poll(&self) -> Vec<Report> {
        self.reports
            .lock()
            .map(|reports| reports.try_iter().collect())
            .unwrap_or_default()
    }

    /// Waits until everything sent so far is written (for closing the app, and tests).
    pub fn flush(&self) {
        let (done, wait) = channel();
        self.send(Message::Flush(done));
        let _ = wait.recv_timeout(std::time::Duration::from_secs(5));
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        // Whatever is queued is written before the app goes.
        if self.messages.is_some() {
            self.flush();
        }
    }
}
