//! The routine's owner: the routine on screen, its pictures, the one that could not be opened,
//! the path being typed and the recently opened list. Routines are read and compiled by the
//! worker; this owner asks for them and takes what comes back.

use std::path::PathBuf;
use std::sync::Arc;

use eframe::egui;

use super::Deps;
use crate::catalogue;
use crate::loaded::{Loaded, Origin};
use crate::routine::LoadError;
use crate::store;
use crate::ui::ImageSlot;
use crate::worker::Job;

/// The routine on screen.
pub(super) struct RoutineState {
    /// The routine sessions run.
    pub(super) loaded: Loaded,
    /// Its pictures, one slot per exercise.
    pub(super) images: Vec<ImageSlot>,
    /// Bumped for each routine, so late image results for an older one are ignored.
    image_tag: u64,
    /// Why the routine last asked for could not be opened.
    pub(super) error: Option<Arc<LoadError>>,
    /// A routine is being read and checked.
    pub(super) loading: bool,
    /// The path typed on the overview.
    pub(super) path_input: String,
    /// Recently opened routine files, newest first.
    pub(super) recent: Vec<PathBuf>,
    /// The last handout written: success, and a sentence saying where (or why not).
    pub(super) handout: Option<(bool, String)>,
}

impl RoutineState {
    /// Shows `loaded` (with `error` about the one asked for, if that failed).
    pub(super) fn new(
        loaded: Loaded,
        error: Option<LoadError>,
        mut recent: Vec<PathBuf>,
        deps: &Deps,
    ) -> Self {
        if let Origin::File(path) = &loaded.origin {
            store::recent::remember(&mut recent, path);
        }
        let mut state = Self {
            loaded,
            images: Vec::new(),
            image_tag: 0,
            error: error.map(Arc::new),
            loading: false,
            path_input: String::new(),
            recent,
            handout: None,
        };
        state.load_images(deps);
        if state.loaded.origin != Origin::Bundled {
            state.save_recent(deps);
        }
        state
    }

    /// Reads and checks a routine file in the background.
    pub(super) fn open(&mut self, path: PathBuf, deps: &Deps) {
        self.loading = true;
        deps.worker.submit(Job::LoadRoutine(path));
    }

    /// Reads a routine file dropped on the window; a file of another kind is refused with a
    /// sentence for the notice.
    pub(super) fn open_dropped(
        &mut self,
        file: egui::DroppedFileHandle,
        deps: &Deps,
    ) -> Result<(), String> {
        let is_toml = file
            .path()
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        if !is_toml {
            return Err(crate::t!(
                "app-not-a-routine",
                path = file.path().display().to_string()
            ));
        }
        self.loading = true;
        deps.worker.submit(Job::LoadDropped(file));
        Ok(())
    }

    /// Takes a routine the worker read: shown, or its problems listed over the current one.
    pub(super) fn loaded(&mut self, result: Result<Box<Loaded>, Arc<LoadError>>, deps: &Deps) {
        self.loading = false;
        match result {
            Ok(loaded) => {
                if let Origin::File(path) = &loaded.origin {
                    store::recent::remember(&mut self.recent, path);
                    self.save_recent(deps);
                }
                self.loaded = *loaded;
                self.error = None;
                self.load_images(deps);
                deps.sink.set_routine(self.loaded.sounds());
            }
            Err(err) => {
                log::warn!("{err}");
                self.error = Some(err);
            }
        }
    }

    /// The bundled routine in the language just chosen (a routine from a file stays as written).
    pub(super) fn follow_language(&mut self, deps: &Deps) {
        if self.loaded.origin != Origin::Bundled {
            return;
        }
        let (text, name) = crate::bundled_routine(crate::i18n::current());
        match crate::routine::parse_str(text, &name) {
            Ok(routine) => self.loaded(Ok(Box::new(Loaded::new(routine, Origin::Bundled))), deps),
            Err(err) => log::error!("the bundled routine does not read: {err}"),
        }
    }

    /// Plans again when today falls in another programme week than the plan's.
    pub(super) fn replan(&mut self, deps: &Deps) {
        if let Some(loaded) = self.loaded.replanned(deps.today()) {
            // The same exercises: their pictures stay.
            self.loaded = loaded;
            deps.sink.set_routine(self.loaded.sounds());
        }
    }

    /// Writes the printable handout of the routine as written (every stage of its programme)
    /// to the documents folder, off this thread: pictures are read there.
    pub(super) fn print_handout(&mut self, deps: &Deps) {
        let routine = self.loaded.file.clone();
        let folder = self.loaded.folder().unwrap_or_else(|| PathBuf::from("."));
        let slug: String = routine
            .title
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let slug = slug
            .split('-')
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        let path = deps.export_folder.join(format!(
            "repcue-handout-{}.html",
            if slug.is_empty() { "routine" } else { &slug }
        ));
        self.handout = Some((
            true,
            crate::t!("app-writing", path = path.display().to_string()),
        ));
        let make = Box::new(move || {
            let pictures = crate::handout::pictures(&routine, &folder);
            crate::handout::html(&routine, &pictures).into_bytes()
        });
        deps.worker.submit(Job::Handout { path, make });
    }

    /// The handout was written, or why not.
    pub(super) fn handout_written(&mut self, result: Result<PathBuf, crate::report::ExportError>) {
        self.handout = Some(match result {
            Ok(path) => (
                true,
                crate::t!("app-handout-saved", path = path.display().to_string()),
            ),
            Err(err) => (false, err.to_string()),
        });
    }

    /// A routine arrived while a session ran: not shown.
    pub(super) fn refused(&mut self) {
        self.loading = false;
    }

    /// Takes a decoded picture (or why it cannot be shown).
    pub(super) fn image(
        &mut self,
        index: usize,
        tag: u64,
        result: Result<egui::ColorImage, String>,
        ctx: &egui::Context,
    ) {
        if tag != self.image_tag {
            return;
        }
        let slot = match result {
            Ok(image) => ImageSlot::Ready(ctx.load_texture(
                format!("exercise-{tag}-{index}"),
                image,
                egui::TextureOptions::LINEAR,
            )),
            Err(message) => ImageSlot::Failed(message),
        };
        if let Some(place) = self.images.get_mut(index) {
            *place = slot;
        }
    }

    fn load_images(&mut self, deps: &Deps) {
        self.image_tag += 1;
        let tag = self.image_tag;
        let folder = self.loaded.folder();
        self.images = self
            .loaded
            .routine
            .exercises
            .iter()
            .enumerate()
            .map(|(index, exercise)| match (&exercise.image, &folder) {
                (Some(relative), Some(folder)) => {
                    deps.worker.submit(Job::LoadImage {
                        index,
                        tag,
                        folder: folder.clone(),
                        relative: relative.clone(),
                    });
                    ImageSlot::Loading
                }
                (Some(_), None) => ImageSlot::Failed(crate::t!("app-bundled-no-pictures")),
                (None, _) => match catalogue::drawing(&exercise.name) {
                    Some(svg) => {
                        deps.worker.submit(Job::RenderSvg { index, tag, svg });
                        ImageSlot::Loading
                    }
                    None => ImageSlot::None,
                },
            })
            .collect();
    }

    /// Writes the recent-routines list in the background.
    fn save_recent(&self, deps: &Deps) {
        let Some(paths) = &deps.paths else {
            return;
        };
        let config = paths.config.clone();
        let list = self.recent.clone();
        deps.worker.submit(Job::Save(Box::new(move || {
            store::recent::save(&config, &list).map_err(store::SaveError::RecentList)
        })));
    }
}
