//! The history in the running app: each session recorded as it goes, the person's feedback
//! kept shortly after they give it, reports from the recorder, and the exports.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{RepcueApp, Screen};
use crate::report;
use crate::runner::Runner;
use crate::store::history::{Feedback as StoredFeedback, SessionEntry};
use crate::store::journal::{self, Header};
use crate::store::recorder::{Message, Report};
use crate::ui::history::{ExportForm, ExportKind, HistoryModel};
use crate::ui::summary::Saved;
use crate::worker::Job;

/// How long the feedback stays unchanged before it is written.
const FEEDBACK_SETTLE: Duration = Duration::from_secs(1);

impl RepcueApp {
    /// Starts recording the session `runner` is about to start, `lead` from now.
    pub(super) fn record_session(&mut self, runner: &Runner, lead: Duration, pain: Option<u8>) {
        self.session_id = None;
        self.feedback_sent = Default::default();
        self.feedback_changed = None;
        let Some(recorder) = self.options.recorder.clone() else {
            return;
        };
        let wall = self.options.clock.wall_now();
        let started = jiff::SignedDuration::try_from(lead)
            .ok()
            .and_then(|lead| wall.checked_add(lead).ok())
            .unwrap_or(wall);
        let id = format!(
            "{}-{:03}",
            started.strftime("%Y%m%dT%H%M%SZ"),
            started.subsec_millisecond()
        );
        let mut header = Header::new(
            id.clone(),
            started,
            &self.loaded.routine,
            &self.loaded.timeline,
            self.loaded.routine.source_sha256.clone(),
            self.loaded.origin_text(),
        );
        header.pain_before = pain;
        recorder.send(Message::Begin(Box::new(header)));
        let session_id = id.clone();
        runner.on_events(Box::new(move |session, events| {
            recorder.send(Message::Lines {
                id: session_id.clone(),
                lines: journal::lines(session, &events),
            });
        }));
        self.session_id = Some(id);
    }

    /// Takes what the recorder reported.
    pub(super) fn take_reports(&mut self) {
        let Some(recorder) = self.options.recorder.clone() else {
            return;
        };
        let mut changed = false;
        for report in recorder.poll() {
            match report {
                Report::Opened { history, notices } => {
                    self.history = Some(history);
                    self.history_notices.extend(notices);
                    changed = true;
                }
                Report::Recorded(entry) => {
                    let id = entry.id.clone();
                    if self.session_id.as_deref() == Some(id.as_str())
                        && let Some(summary) = &mut self.summary
                    {
                        summary.saved = Saved::Saved;
                    }
                    if let Some(history) = &mut self.history {
                        history.insert(*entry);
                        // What the person said before the record arrived (it is on disk after
                        // the record already; this is the copy on screen).
                        if let Some(feedback) = self.feedback_waiting.remove(&id) {
                            history.apply(&feedback);
                        }
                        changed = true;
                    }
                }
                Report::Problem(message) => match &mut self.summary {
                    Some(summary) if summary.saved == Saved::Saving => {
                        summary.saved = Saved::Failed(message);
                    }
                    _ => self.history_notices.push(message),
                },
            }
        }
        if changed {
            self.rebuild_history();
        }
    }

    /// Sends the summary's feedback once it has settled (or at once with `now`).
    pub(super) fn keep_feedback(&mut self, now: bool) {
        let (Some(summary), Some(id), Some(recorder)) = (
            &self.summary,
            self.session_id.clone(),
            self.options.recorder.clone(),
        ) else {
            return;
        };
        if summary.feedback == self.feedback_sent {
            self.feedback_changed = None;
            return;
        }
        let since = *self.feedback_changed.get_or_insert_with(Instant::now);
        if !now && since.elapsed() < FEEDBACK_SETTLE {
            self.ctx
                .request_repaint_after(FEEDBACK_SETTLE.saturating_sub(since.elapsed()));
            return;
        }
        let feedback = summary.feedback.clone();
        let stored = StoredFeedback {
            id,
            pain_after: feedback.pain_after,
            pain_where: feedback.pain_where.trim().to_string(),
            note: feedback.note.trim().to_string(),
        };
        recorder.send(Message::Feedback(stored.clone()));
        match &mut self.history {
            Some(history) if history.contains(&stored.id) => history.apply(&stored),
            _ => {
                self.feedback_waiting.insert(stored.id.clone(), stored);
            }
        }
        self.feedback_sent = feedback;
        self.feedback_changed = None;
        self.rebuild_history();
    }

    /// Recounts what the History screen shows.
    pub(super) fn rebuild_history(&mut self) {
        let Some(history) = &self.history else {
            return;
        };
        let tz = &self.options.time_zone;
        let today = report::local_date(self.options.clock.wall_now(), tz);
        self.history_model = Some(HistoryModel::new(history, self.period, today, tz));
        let shown = |id: &String| {
            self.history_model
                .as_ref()
                .is_some_and(|m| m.rows.iter().any(|row| &row.entry.id == id))
        };
        if self.selected.as_ref().is_some_and(|id| !shown(id)) {
            self.selected = None;
        }
    }

    /// The export fields with files named for today in the documents folder.
    pub(super) fn default_export_form(&self) -> ExportForm {
        let today = report::local_date(self.options.clock.wall_now(), &self.options.time_zone);
        let path = |kind: ExportKind| {
            self.options
                .export_folder
                .join(kind.file_name(today))
                .display()
                .to_string()
        };
        ExportForm {
            csv_path: path(ExportKind::Csv),
            html_path: path(ExportKind::Html),
            status: None,
        }
    }

    pub(super) fn set_export_path(&mut self, kind: ExportKind, path: &Path) {
        let text = path.display().to_string();
        match kind {
            ExportKind::Csv => self.export.csv_path = text,
            ExportKind::Html => self.export.html_path = text,
        }
    }

    /// Asks the desktop where to save, starting from the path in the field.
    pub(super) fn choose_export_path(&mut self, kind: ExportKind) {
        let typed = match kind {
            ExportKind::Csv => &self.export.csv_path,
            ExportKind::Html => &self.export.html_path,
        };
        let suggested = self.export_target(Path::new(typed.trim()));
        self.options
            .worker
            .submit(Job::PickSave { kind, suggested });
    }

    fn export_target(&self, path: &Path) -> PathBuf {
        if path.is_relative() {
            self.options.export_folder.join(path)
        } else {
            path.to_path_buf()
        }
    }

    /// Writes an export of the chosen period in the background.
    pub(super) fn export(&mut self, kind: ExportKind, path: PathBuf) {
        let (Some(history), Some(model)) = (&self.history, &self.history_model) else {
            self.export.status = Some((false, "The history is still being opened.".into()));
            return;
        };
        if path.as_os_str().is_empty() {
            self.export.status = Some((
                false,
                "Type where to save the file, or press Choose….".into(),
            ));
            return;
        }
        let path = self.export_target(&path);
        let tz = self.options.time_zone.clone();
        let (period, today) = (model.period, model.today);
        // Only the chosen sessions are copied here; the file is made and written off this thread.
        let sessions: Vec<SessionEntry> = period
            .select(&history.sessions, &tz)
            .into_iter()
            .cloned()
            .collect();
        let make = Box::new(move || {
            let sessions: Vec<&SessionEntry> = sessions.iter().collect();
            match kind {
                ExportKind::Csv => {
                    report::csv(&sessions, &tz).map_err(|err| format!("Cannot make the CSV: {err}"))
                }
                ExportKind::Html => Ok(report::html(&sessions, &period, today, &tz).into_bytes()),
            }
        });
        self.export.status = Some((true, format!("Writing {}…", path.display())));
        self.options.worker.submit(Job::Export { path, make });
    }

    pub(super) fn exported(result: Result<PathBuf, String>) -> (bool, String) {
        match result {
            Ok(path) => (true, format!("Saved {}", path.display())),
            Err(message) => (false, message),
        }
    }

    /// Opens the History screen, recounted for today.
    pub(super) fn show_history(&mut self) {
        if self.screen == Screen::Player {
            return;
        }
        self.rebuild_history();
        self.screen = Screen::History;
    }
}
