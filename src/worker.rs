//! Work that must not run on the UI thread — reading routine files, decoding images, the file
//! dialog, saving small state files — behind one trait: a thread in the app, inline in tests.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use eframe::egui;

use crate::loaded::{Loaded, Origin};
use crate::report::ExportKind;
use crate::routine::{self, LoadError, Routine};

/// Decoded images are scaled down to fit this many pixels on their longer side.
const MAX_IMAGE_SIDE: u32 = 400;

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
    Save(Box<dyn FnOnce() -> Result<(), String> + Send>),
    /// Ask the desktop where to save an export, suggesting a folder and name.
    PickSave {
        /// Which export.
        kind: ExportKind,
        /// The path offered.
        suggested: PathBuf,
    },
    /// Make an export and write it (temporary file, then rename).
    Export {
        /// Where.
        path: PathBuf,
        /// Makes the file's bytes, or says why it cannot.
        make: Box<dyn FnOnce() -> Result<Vec<u8>, String> + Send>,
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
    SaveFailed(String),
    /// The save dialog closed; `None` when cancelled or unavailable.
    SavePicked(ExportKind, Option<PathBuf>),
    /// An export was written (its path), or why not.
    Exported(Result<PathBuf, String>),
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

fn run(job: Job) -> Option<Done> {
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
            result: load_image(&folder, &relative),
        },
        Job::RenderSvg { index, tag, svg } => Done::Image {
            index,
            tag,
            result: render_svg(svg),
        },
        Job::PickRoutine => Done::Picked(
            rfd::FileDialog::new()
                .set_title("Open a routine")
                .add_filter("Routine (TOML)", &["toml"])
                .pick_file(),
        ),
        Job::PickSave { kind, suggested } => {
            let mut dialog = rfd::FileDialog::new().set_title(match kind {
                ExportKind::Csv => "Export sessions as CSV",
                ExportKind::Html => "Save the report for your physiotherapist",
            });
            if let Some(folder) = suggested.parent() {
                dialog = dialog.set_directory(folder);
            }
            if let Some(name) = suggested.file_name() {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            let dialog = match kind {
                ExportKind::Csv => dialog.add_filter("CSV", &["csv"]),
                ExportKind::Html => dialog.add_filter("Web page (HTML)", &["html", "htm"]),
            };
            Done::SavePicked(kind, dialog.save_file())
        }
        Job::Export { path, make } => Done::Exported(make().and_then(|bytes| {
            crate::store::write_atomic(&path, &bytes)
                .map(|()| path.clone())
                .map_err(|err| format!("Cannot write {}: {err}", path.display()))
        })),
        Job::Save(save) => match save() {
            Ok(()) => return None,
            Err(message) => Done::SaveFailed(message),
        },
    })
}

/// A routine read from `path`, compiled to its timeline and cue plan here, off the UI thread
/// (a very large routine takes a while).
fn compiled(read: Result<Routine, LoadError>, path: &Path) -> Result<Box<Loaded>, Arc<LoadError>> {
    read.map(|routine| Box::new(Loaded::new(routine, Origin::File(path.to_path_buf()))))
        .map_err(Arc::new)
}

/// Checks and decodes a routine's image: inside the routine's folder, a PNG/JPEG/SVG, at most
/// 20 MB. Every refusal is a sentence for the placeholder.
pub fn load_image(folder: &Path, relative: &str) -> Result<egui::ColorImage, String> {
    let bytes =
        crate::media::read_inside(folder, relative, &["png", "jpg", "jpeg", "svg"], "image")?;
    if relative.to_ascii_lowercase().ends_with(".svg") {
        return render_svg(&bytes).map_err(|err| format!("image \"{relative}\": {err}"));
    }
    let decoded = image::load_from_memory(&bytes)
        .map_err(|_| format!("\"{relative}\" could not be read as an image"))?;
    let decoded = if decoded.width().max(decoded.height()) > MAX_IMAGE_SIDE {
        decoded.thumbnail(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE)
    } else {
        decoded
    };
    let rgba = decoded.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}

/// Rasterises an SVG to at most [`MAX_IMAGE_SIDE`] pixels on its longer side.
pub fn render_svg(svg: &[u8]) -> Result<egui::ColorImage, String> {
    use resvg::{tiny_skia, usvg};
    // A drawing may not pull in other files: only images embedded in it as data are used.
    let options = usvg::Options {
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_data(svg, &options)
        .map_err(|err| format!("not a valid SVG drawing ({err})"))?;
    let size = tree.size();
    let scale = (MAX_IMAGE_SIDE as f32 / size.width().max(size.height())).min(4.0);
    let width = (size.width() * scale).ceil().max(1.0) as u32;
    let height = (size.height() * scale).ceil().max(1.0) as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or("the drawing has no size")?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(egui::ColorImage::from_rgba_premultiplied(
        [width as usize, height as usize],
        pixmap.data(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_outside_the_folder_missing_or_of_other_kinds_are_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        let inner = dir.path().join("routine");
        std::fs::create_dir(&inner).expect("mkdir");
        std::fs::write(dir.path().join("outside.png"), b"x").expect("write");
        std::fs::write(inner.join("broken.png"), b"not a png").expect("write");
        let refuse = |rel: &str| load_image(&inner, rel).err().unwrap_or_default();
        assert!(refuse("../outside.png").contains("outside the routine's folder"));
        assert!(refuse("missing.png").contains("not found"));
        assert!(refuse("notes.txt").contains("not one of PNG, JPG, JPEG, SVG"));
        assert!(refuse("broken.png").contains("could not be read as an image"));
    }

    #[test]
    fn a_png_next_to_the_routine_decodes() {
        let dir = tempfile::tempdir().expect("temp dir");
        let img = image::RgbaImage::from_pixel(3, 2, image::Rgba([255, 0, 0, 255]));
        img.save(dir.path().join("red.png")).expect("save png");
        let decoded = load_image(dir.path(), "red.png").expect("decodes");
        assert_eq!(decoded.size, [3, 2]);
    }

    #[test]
    fn every_bundled_drawing_renders() {
        for known in crate::catalogue::Known::ALL {
            render_svg(known.drawing()).expect("renders");
        }
    }

    #[test]
    fn svg_renders_and_garbage_svg_is_refused() {
        let svg = |w: u32, h: u32| {
            format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}"><circle cx="20" cy="15" r="10" fill="red"/></svg>"#
            )
        };
        // Small drawings are enlarged at most 4 times; large ones fit MAX_IMAGE_SIDE.
        assert_eq!(
            render_svg(svg(40, 30).as_bytes()).expect("renders").size,
            [160, 120]
        );
        assert_eq!(
            render_svg(svg(400, 300).as_bytes()).expect("renders").size,
            [400, 300]
        );
        assert!(render_svg(b"<svg").is_err());
    }
}
