//! The one owner of the history files: opens the history (moving an unreadable file aside and
//! folding interrupted sessions back in), then writes session journals and history lines in
//! the order they were sent. A thread in the app; inline in tests.

mod open;

use std::cell::Cell;
use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use jiff::Timestamp;

use super::history::{self, FeedbackLine, History, SessionEntry};
use super::journal::{Fold, Header, Journal, Line};
use open::open_report;
pub use open::{Opened, open};

/// How long closing the app waits for queued writes.
const FLUSH_WAIT: Duration = Duration::from_secs(5);

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
    /// Makes the handler fail, as a bug would.
    #[cfg(test)]
    Panic,
}

/// Why [`Recorder::flush`] could not make sure everything was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlushError {
    /// Writing was still going on when the wait ran out.
    #[error(
        "The history was still being written after {} s, so the last steps of a session may be missing from it.",
        FLUSH_WAIT.as_secs()
    )]
    TimedOut,
    /// The history thread is gone.
    #[error(
        "The history thread had stopped, so the last steps of a session may be missing from the history."
    )]
    Stopped,
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

/// Writes what it is sent, in order.
struct Store {
    data: PathBuf,
    /// Running sessions: their journal (when it could be created) and what it says so far.
    open: HashMap<String, (Option<Journal>, Fold)>,
    reports: Sender<Report>,
    /// Whether a report was sent since the window was last woken.
    reported: Cell<bool>,
}

impl Store {
    fn handle(&mut self, message: Message) {
        match message {
            Message::Begin(header) => {
                let journal = match Journal::create(&self.data, &header) {
                    Ok(journal) => Some(journal),
                    Err(err) => {
                        self.problem(crate::t!(
                            "store-no-journal",
                            folder = self.data.display().to_string(),
                            why = err.to_string()
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
                    self.problem(crate::t!("store-note-not-saved", why = err.to_string()));
                }
            }
            Message::Flush(done) => {
                let _ = done.send(());
            }
            #[cfg(test)]
            Message::Panic => panic!("the history handler was told to fail"),
        }
    }

    /// Handles a message so that a panic in it becomes a problem to report, and the store goes
    /// on with the next one.
    fn handle_caught(&mut self, message: Message) {
        // A message that panics is lost; the open sessions' journals on disk are still whole,
        // each line being written in one append.
        if let Err(payload) = catch_unwind(AssertUnwindSafe(|| self.handle(message))) {
            self.problem(crate::t!(
                "store-writing-panicked",
                why = crate::media::panic_message(payload.as_ref())
            ));
        }
    }

    fn lines(&mut self, id: &str, lines: Vec<Line>) {
        let Some((journal, fold)) = self.open.get_mut(id) else {
            return;
        };
        let failed = journal.as_mut().and_then(|journal| {
            journal.append(&lines).err().map(|err| {
                crate::t!(
                    "store-journal-not-written",
                    file = journal.path().display().to_string(),
                    why = err.to_string()
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
                self.report(Report::Recorded(Box::new(entry)));
            }
            Err(err) => self.problem(crate::t!("store-not-added", why = err.to_string())),
        }
    }

    fn problem(&self, message: String) {
        log::error!("{message}");
        self.report(Report::Problem(message));
    }

    fn report(&self, report: Report) {
        let _ = self.reports.send(report);
        self.reported.set(true);
    }
}

fn append_history(data: &Path, line: &[u8]) -> std::io::Result<()> {
    let _lock = history::lock(data)?;
    super::append_synced(&data.join(history::FILE_NAME), line)
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
                let _ = outbox.send(open_report_caught(&data, Timestamp::now()));
                wake();
                let mut store = Store {
                    data,
                    open: HashMap::new(),
                    reports: outbox,
                    reported: Cell::new(false),
                };
                // The window is woken only when there is something for it: a journal line
                // written as a step ends changes nothing on screen.
                for message in inbox {
                    store.handle_caught(message);
                    if store.reported.take() {
                        wake();
                    }
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
        let _ = outbox.send(open_report_caught(&data, now));
        Self {
            messages: None,
            inline: Some(Mutex::new(Store {
                data,
                open: HashMap::new(),
                reports: outbox,
                reported: Cell::new(false),
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
                .handle_caught(message);
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

    /// Waits until everything sent so far is written (for closing the app, and tests), at
    /// most 5 s; says so when it could not make sure.
    pub fn flush(&self) -> Result<(), FlushError> {
        let (done, wait) = channel();
        match &self.messages {
            Some(messages) => {
                if messages.send(Message::Flush(done)).is_err() {
                    return Err(FlushError::Stopped);
                }
            }
            None => self.send(Message::Flush(done)),
        }
        match wait.recv_timeout(FLUSH_WAIT) {
            Ok(()) => Ok(()),
            Err(RecvTimeoutError::Timeout) => Err(FlushError::TimedOut),
            Err(RecvTimeoutError::Disconnected) => Err(FlushError::Stopped),
        }
    }
}

/// Opens the history so that a panic while reading it still leaves the screens an (empty)
/// history and a sentence saying why.
fn open_report_caught(data: &Path, now: Timestamp) -> Report {
    catch_unwind(|| open_report(data, now)).unwrap_or_else(|payload| Report::Opened {
        history: History::default(),
        notices: vec![crate::t!(
            "store-opening-panicked",
            folder = data.display().to_string(),
            why = crate::media::panic_message(payload.as_ref())
        )],
    })
}

impl Drop for Recorder {
    fn drop(&mut self) {
        // Whatever is queued is written before the app goes.
        if self.messages.is_some()
            && let Err(err) = self.flush()
        {
            log::error!("{err}");
        }
    }
}

#[cfg(test)]
mod tests;
