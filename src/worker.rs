//! Work that must not run on the UI thread — reading routine files, decoding images, the file
//! dialog, saving small state files — behind one trait: a thread in the app, inline in tests.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use eframe::egui;

use crate::loaded::{Loaded, Origin};
pub use crate::media::{load_image, render_svg};
use crate::report::{ExportError, ExportKind};
use crate::routine::{self, LoadError, Routine};
use crate::store::SaveError;
use crate::t;

/// Something to do off the UI thread.
pub enum Job {
    /// Read and validate a routine file.
    LoadRoutine(PathBuf),
    /// Read and validate a file dropped on the window.
    LoadDropped(egui::DroppedFileHandle),
    /// Decode a routine's image for exercise `index`, refusing anything outside `folder`.
    LoadImage {
        /// Exercise index the image belongs to.
        index: usize,
        /// Which routine asked (results for an older one are dropped).
        tag: u64,
        /// The routine file's folder.
        folder: PathBuf,
        /// The `image` value as written in the routine.
        relative: String,
    },
    /// Rasterise one of the bundled SVG illustrations for exercise `index`.
    RenderSvg {
        /// Exercise index the image belongs to.
        index: usize,
        /// Which routine asked.
        tag: u64,
        /// The SVG text.
        svg: &'static [u8],
    },
    /// Ask the desktop for a routine file to open.
    PickRoutine,
    /// Run a closure that writes a file (settings, recent list); its error is reported back.
    Save(Box<dyn FnOnce() -> Result<(), SaveError> + Send>),
    /// Ask the desktop where to save an export, suggesting a folder and name.
    PickSave {
        /// Which export.
        kind: ExportKind,
        /// The path offered.
        suggested: PathBuf,
    },
    /// Make the routine's printable handout and write it (temporary file, then rename).
    Handout {
        /// Where.
        path: PathBuf,
        /// Makes the page (reading the routine's pictures).
        make: Box<dyn FnOnce() -> Vec<u8> + Send>,
    },
    /// Write the reminder settings and set or remove the reminder timer; says why it failed.
    Reminders(Box<dyn FnOnce() -> Result<(), String> + Send>),
    /// Make an export and write it (temporary file, then rename).
    Export {
        /// Where.
        path: PathBuf,
        /// Makes the file's bytes, or says why it cannot.
        make: Box<dyn FnOnce() -> Result<Vec<u8>, ExportError> + Send>,
    },
}

/// What a finished job produced.
pub enum Done {
    /// A routine was read and compiled (or failed to be).
    Routine {
        /// The file it came from.
        path: PathBuf,
        /// The routine ready to run, or every problem found.
        result: Result<Box<Loaded>, Arc<LoadError>>,
    },
    /// An image was decoded (or failed to be).
    Image {
        /// Exercise index.
        index: usize,
        /// Which routine asked.
        tag: u64,
        /// The pixels, or a message for the placeholder.
        result: Result<egui::ColorImage, String>,
    },
    /// The file dialog closed; `None` when cancelled or unavailable.
    Picked(Option<PathBuf>),
    /// A save failed.
    SaveFailed(SaveError),
    /// The save dialog closed; `None` when cancelled or unavailable.
    SavePicked(ExportKind, Option<PathBuf>),
    /// An export was written (its path), or why not.
    Exported(Result<PathBuf, ExportError>),
    /// The handout was written (its path), or why not.
    HandoutWritten(Result<PathBuf, ExportError>),
    /// The reminders were set as asked, or why not.
    Reminders(Result<(), String>),
}

/// Runs jobs away from the UI thread and hands back their results.
pub trait Worker {
    /// Queues a job.
    fn submit(&self, job: Job);
    /// Takes every result that is ready.
    fn poll(&self) -> Vec<Done>;
}

/// The app's worker: one background thread; wakes the UI when a result is ready.
pub struct ThreadWorker {
    jobs: Sender<Job>,
    done: Receiver<Done>,
}

impl ThreadWorker {
    /// Starts the thread; `wake` is called after each result (e.g. to request a repaint).
    pub fn spawn(wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, done) = channel();
        let spawned = std::thread::Builder::new()
            .name("repcue-worker".into())
            .spawn(move || {
                for job in inbox {
                    if let Some(result) = run(job) {
                        if outbox.send(result).is_err() {
                            break;
                        }
                        wake();
                    }
                }
            });
        if let Err(err) = spawned {
            log::error!("cannot start the background worker: {err}");
        }
        Self { jobs, done }
    }
}

impl Worker for ThreadWorker {
    fn submit(&self, job: Job) {
        if self.jobs.send(job).is_err() {
            log::error!("the background worker has stopped");
        }
    }

    fn poll(&self) -> Vec<Done> {
        self.done.try_iter().collect()
    }
}

/// Runs each job at once on the calling thread: deterministic, for tests.
#[derive(Default)]
pub struct InlineWorker {
    done: Mutex<Vec<Done>>,
}

impl Worker for InlineWorker {
    fn submit(&self, job: Job) {
        if let Some(result) = run(job)
            && let Ok(mut done) = self.done.lock()
        {
            done.push(result);
        }
    }

    fn poll(&self) -> Vec<Done> {
        self.done
            .lock()
            .map(|mut d| std::mem::take(&mut *d))
            .unwrap_or_default()
    }
}

/// Runs a job so that a panic inside it (a decoder tripping over a hostile file, a bug) becomes
/// that job's failure: the thread lives on, and whoever waits for the result gets one.
fn run(job: Job) -> Option<Done> {
    let failed = Failed::of(&job);
    // A panicking job leaves nothing half-changed behind: its inputs are gone with it.
    catch_unwind(AssertUnwindSafe(|| perform(job))).unwrap_or_else(|payload| {
        let message = crate::media::panic_message(payload.as_ref());
        log::error!("a background job failed: {message}");
        Some(failed.done())
    })
}

/// What a job's result is when the job panics.
enum Failed {
    Routine(PathBuf),
    Image { index: usize, tag: u64 },
    Picked,
    Save,
    SavePicked(ExportKind),
    Export(PathBuf),
    Handout(PathBuf),
    Reminders,
}

impl Failed {
    fn of(job: &Job) -> Self {
        match job {
            Job::LoadRoutine(path) => Self::Routine(path.clone()),
            Job::LoadDropped(file) => Self::Routine(file.path().to_path_buf()),
            Job::LoadImage { index, tag, .. } | Job::RenderSvg { index, tag, .. } => Self::Image {
                index: *index,
                tag: *tag,
            },
            Job::PickRoutine => Self::Picked,
            Job::Save(_) => Self::Save,
            Job::PickSave { kind, .. } => Self::SavePicked(*kind),
            Job::Export { path, .. } => Self::Export(path.clone()),
            Job::Handout { path, .. } => Self::Handout(path.clone()),
            Job::Reminders(_) => Self::Reminders,
        }
    }

    fn done(self) -> Done {
        match self {
            Self::Routine(path) => Done::Routine {
                result: Err(Arc::new(LoadError::Read {
                    file: path.display().to_string(),
                    source: std::io::Error::other(t!("app-unexpected-routine")),
                })),
                path,
            },
            Self::Image { index, tag } => Done::Image {
                index,
                tag,
                result: Err(t!("app-unexpected-picture")),
            },
            Self::Picked => Done::Picked(None),
            Self::Save => Done::SaveFailed(SaveError::Unexpected),
            Self::SavePicked(kind) => Done::SavePicked(kind, None),
            Self::Export(path) => Done::Exported(Err(ExportError::Unexpected(path))),
            Self::Handout(path) => Done::HandoutWritten(Err(ExportError::Unexpected(path))),
            Self::Reminders => Done::Reminders(Err(t!("app-unexpected-reminders"))),
        }
    }
}

fn perform(job: Job) -> Option<Done> {
    Some(match job {
        Job::LoadRoutine(path) => Done::Routine {
            result: compiled(routine::load_file(&path), &path),
            path,
        },
        // A dropped file on disk is read like any other, with the same limits.
        Job::LoadDropped(file) if file.path().is_file() => Done::Routine {
            result: compiled(routine::load_file(file.path()), file.path()),
            path: file.path().to_path_buf(),
        },
        Job::LoadDropped(file) => {
            let path = file.path().to_path_buf();
            let name = path.display().to_string();
            let result = match file.bytes() {
                Ok(bytes) => routine::parse_bytes(&bytes, &name),
                Err(message) => Err(LoadError::Read {
                    file: name,
                    source: std::io::Error::other(message),
                }),
            };
            Done::Routine {
                result: compiled(result, &path),
                path,
            }
        }
        Job::LoadImage {
            index,
            tag,
            folder,
            relative,
        } => Done::Image {
            index,
            tag,
            result: load_image(&folder, &relative).map_err(|err| err.to_string()),
        },
        Job::RenderSvg { index, tag, svg } => Done::Image {
            index,
            tag,
            result: render_svg(svg).map_err(|err| err.to_string()),
        },
        Job::Reminders(apply) => Done::Reminders(apply()),
        Job::PickRoutine => Done::Picked(
            rfd::FileDialog::new()
                .set_title(t!("app-dialog-open-routine"))
                .add_filter(t!("app-dialog-routine-filter"), &["toml"])
                .pick_file(),
        ),
        Job::PickSave { kind, suggested } => {
            let mut dialog = rfd::FileDialog::new().set_title(match kind {
                ExportKind::Csv => t!("app-dialog-export-csv"),
                ExportKind::Html => t!("app-dialog-save-report"),
            });
            if let Some(folder) = suggested.parent() {
                dialog = dialog.set_directory(folder);
            }
            if let Some(name) = suggested.file_name() {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            let dialog = match kind {
                ExportKind::Csv => dialog.add_filter("CSV", &["csv"]),
                ExportKind::Html => {
                    dialog.add_filter(t!("app-dialog-html-filter"), &["html", "htm"])
                }
            };
            Done::SavePicked(kind, dialog.save_file())
        }
        Job::Export { path, make } => Done::Exported(make().and_then(|bytes| write(&path, &bytes))),
        Job::Handout { path, make } => Done::HandoutWritten(write(&path, &make())),
        Job::Save(save) => match save() {
            Ok(()) => return None,
            Err(message) => Done::SaveFailed(message),
        },
    })
}

/// A routine read from `path`, compiled to its timeline and cue plan here, off the UI thread
/// (a very large routine takes a while).
/// Writes an export or handout whole (temporary file, then rename).
fn write(path: &Path, bytes: &[u8]) -> Result<PathBuf, ExportError> {
    crate::store::write_atomic(path, bytes)
        .map(|()| path.to_path_buf())
        .map_err(|source| ExportError::Write {
            path: path.to_path_buf(),
            source,
        })
}

fn compiled(read: Result<Routine, LoadError>, path: &Path) -> Result<Box<Loaded>, Arc<LoadError>> {
    // Planned for today by the system clock; the app plans again should its own day differ.
    let today = crate::report::local_date(jiff::Timestamp::now(), &jiff::tz::TimeZone::system());
    read.map(|routine| Box::new(Loaded::on(routine, Origin::File(path.to_path_buf()), today)))
        .map_err(Arc::new)
}

#[cfg(test)]
mod tests;
