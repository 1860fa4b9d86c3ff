//! The history's owner: the history as the recorder opened it, what the History screen shows
//! (recounted when the history or the period changes), the session shown in detail, feedback
//! waiting for its session, the notices about the file, and the export form.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Deps;
use crate::programme::{self, ProgrammeSummary, Standing};
use crate::report::{self, ExportError, ExportKind, HistoryModel};
use crate::routine::Routine;
use crate::store::history::{FeedbackLine, History, SessionEntry};
use crate::store::recorder::{Message, Report};
use crate::ui::Command;
use crate::ui::history::ExportForm;
use crate::ui::programme::ProgrammeView;
use crate::worker::Job;

/// The history in the running app.
pub(super) struct HistoryState {
    /// `None` until the recorder has opened it.
    pub(super) history: Option<History>,
    pub(super) model: Option<HistoryModel>,
    pub(super) notices: Vec<String>,
    /// The period: the last this many days, or every session.
    days: Option<i64>,
    /// The session shown in detail (its id).
    pub(super) selected: Option<String>,
    /// Feedback sent for sessions not in the history yet, applied when they arrive.
    waiting: HashMap<String, FeedbackLine>,
    pub(super) export: ExportForm,
    /// The programmes the history holds, counted as of today.
    pub(super) programmes: Vec<ProgrammeSummary>,
}

/// What a recorder report means for the session's owner.
pub(super) enum Recorded {
    /// Session `id` is in the history.
    Session(String),
    /// Writing failed; the sentence says why.
    Problem(String),
}

impl HistoryState {
    /// Nothing opened yet; the export form offers files named for today.
    pub(super) fn new(deps: &Deps) -> Self {
        let today = deps.today();
        let path = |kind: ExportKind| {
            deps.export_folder
                .join(kind.file_name(today))
                .display()
                .to_string()
        };
        Self {
            history: None,
            model: None,
            notices: Vec::new(),
            days: None,
            selected: None,
            waiting: HashMap::new(),
            programmes: Vec::new(),
            export: ExportForm {
                csv_path: path(ExportKind::Csv),
                html_path: path(ExportKind::Html),
                status: None,
            },
        }
    }

    /// Handles a History command; `false` when the command is not about the history.
    pub(super) fn apply(&mut self, command: &Command, deps: &Deps) -> bool {
        match command {
            Command::SelectSession(id) => self.selected.clone_from(id),
            Command::SetPeriod(days) => {
                self.days = *days;
                self.selected = None;
                self.rebuild(deps);
            }
            Command::Export(kind, path) => self.export(*kind, path, deps),
            Command::ChooseExportPath(kind) => self.choose_path(*kind, deps),
            Command::DismissHistoryNotices => self.notices.clear(),
            _ => return false,
        }
        true
    }

    /// Takes what the recorder reported; what concerns the session is handed back.
    pub(super) fn take_reports(&mut self, deps: &Deps) -> Vec<Recorded> {
        let Some(recorder) = &deps.recorder else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut changed = false;
        for report in recorder.poll() {
            match report {
                Report::Opened { history, notices } => {
                    self.history = Some(history);
                    self.notices.extend(notices);
                    changed = true;
                }
                Report::Recorded(entry) => {
                    out.push(Recorded::Session(entry.id.clone()));
                    if let Some(history) = &mut self.history {
                        let id = entry.id.clone();
                        history.insert(*entry);
                        // What the person said before the record arrived (it is on disk after
                        // the record already; this is the copy on screen).
                        if let Some(feedback) = self.waiting.remove(&id) {
                            history.apply(&feedback);
                        }
                        changed = true;
                    }
                }
                Report::Problem(message) => out.push(Recorded::Problem(message)),
            }
        }
        if changed {
            self.rebuild(deps);
        }
        out
    }

    /// Where the patient stands in the programme of `routine` (as written), on `today`.
    pub(super) fn programme_view<'a>(
        &self,
        routine: &'a Routine,
        today: jiff::civil::Date,
    ) -> Option<ProgrammeView<'a>> {
        let schedule = routine.schedule.as_ref()?;
        let attempts = programme::sessions::find(&self.programmes, &routine.title, schedule.start)
            .map_or(&[][..], |p| p.attempts.as_slice());
        let standing = schedule.standing(today);
        let week = match standing {
            Standing::NotStarted(_) => 1,
            _ => schedule.plan_week(today),
        };
        Some(ProgrammeView {
            schedule,
            today,
            standing,
            days: programme::week_days(schedule, attempts, today, week),
            week: programme::week_count(schedule, attempts, today, week),
        })
    }

    /// Whether session `id` is in the history.
    pub(super) fn contains(&self, id: &str) -> bool {
        self.history.as_ref().is_some_and(|h| h.contains(id))
    }

    /// Writes what the person said about a session, and shows it.
    pub(super) fn feedback(&mut self, line: FeedbackLine, deps: &Deps) {
        let Some(recorder) = &deps.recorder else {
            return;
        };
        recorder.send(Message::Feedback(line.clone()));
        match &mut self.history {
            Some(history) if history.contains(&line.id) => history.apply(&line),
            _ => {
                self.waiting.insert(line.id.clone(), line);
            }
        }
        self.rebuild(deps);
    }

    /// Recounts what the History screen shows, as of today.
    pub(super) fn rebuild(&mut self, deps: &Deps) {
        let Some(history) = &self.history else {
            return;
        };
        let tz = &deps.time_zone;
        let model = HistoryModel::new(history, self.days, deps.today(), tz);
        self.programmes = crate::programme::programmes(&history.sessions, deps.today());
        if let Some(id) = &self.selected
            && !model.rows.iter().any(|row| &row.entry.id == id)
        {
            self.selected = None;
        }
        self.model = Some(model);
    }

    /// The save dialog closed on `path` (or was cancelled): export there.
    pub(super) fn picked(&mut self, kind: ExportKind, path: Option<PathBuf>, deps: &Deps) {
        let Some(path) = path else {
            return;
        };
        let text = path.display().to_string();
        match kind {
            ExportKind::Csv => self.export.csv_path = text,
            ExportKind::Html => self.export.html_path = text,
        }
        self.export(kind, &path, deps);
    }

    /// An export was written (its path), or why not.
    pub(super) fn exported(&mut self, result: Result<PathBuf, ExportError>) {
        self.export.status = Some(match result {
            Ok(path) => (
                true,
                crate::t!("app-export-saved", path = path.display().to_string()),
            ),
            Err(err) => (false, err.to_string()),
        });
    }

    /// Asks the desktop where to save, starting from the path in the field.
    fn choose_path(&mut self, kind: ExportKind, deps: &Deps) {
        let typed = match kind {
            ExportKind::Csv => &self.export.csv_path,
            ExportKind::Html => &self.export.html_path,
        };
        let suggested = target(Path::new(typed.trim()), deps);
        deps.worker.submit(Job::PickSave { kind, suggested });
    }

    /// Writes an export of the chosen period in the background.
    fn export(&mut self, kind: ExportKind, path: &Path, deps: &Deps) {
        let (Some(history), Some(model)) = (&self.history, &self.model) else {
            self.export.status = Some((false, crate::t!("app-history-still-opening")));
            return;
        };
        if path.as_os_str().is_empty() {
            self.export.status = Some((false, crate::t!("app-export-no-path")));
            return;
        }
        let path = target(path, deps);
        let tz = deps.time_zone.clone();
        let (period, today) = (model.period, model.today);
        // Only the chosen sessions are copied here; the file is made and written off this thread.
        let sessions: Vec<SessionEntry> = period
            .select(&history.sessions, &tz)
            .into_iter()
            .cloned()
            .collect();
        // Programmes are counted over the whole history (one pass), not only the period's.
        let programmes = report::programmes(&history.sessions, &period, today, &tz);
        let make = Box::new(move || {
            let sessions: Vec<&SessionEntry> = sessions.iter().collect();
            match kind {
                ExportKind::Csv => report::csv(&sessions, &programmes, &tz)
                    .map_err(|err| ExportError::Csv(err.to_string())),
                ExportKind::Html => {
                    Ok(report::html(&sessions, &programmes, &period, today, &tz).into_bytes())
                }
            }
        });
        self.export.status = Some((
            true,
            crate::t!("app-writing", path = path.display().to_string()),
        ));
        deps.worker.submit(Job::Export { path, make });
    }
}

/// Where an export goes: a relative path is taken from the documents folder.
fn target(path: &Path, deps: &Deps) -> PathBuf {
    if path.is_relative() {
        deps.export_folder.join(path)
    } else {
        path.to_path_buf()
    }
}
