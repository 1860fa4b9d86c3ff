//! The routine on screen: its pictures, the recent-routines list, and what the background
//! worker hands back (routines, pictures, the file dialogs, exports).

use std::path::PathBuf;

use eframe::egui;

use super::{Loaded, Origin, RepcueApp, Screen};
use crate::store;
use crate::ui::{Command, ImageSlot, illustration};
use crate::worker::{Done, Job};

impl RepcueApp {
    pub(super) fn load_images(&mut self) {
        self.image_tag += 1;
        let folder = match &self.loaded.origin {
            Origin::File(path) => path.parent().map(|p| {
                if p.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    p.to_path_buf()
                }
            }),
            Origin::Bundled => None,
        };
        self.images = self
            .loaded
            .routine
            .exercises
            .iter()
            .enumerate()
            .map(|(index, exercise)| {
                let tag = self.image_tag;
                match (&exercise.image, &folder) {
                    (Some(relative), Some(folder)) => {
                        self.options.worker.submit(Job::LoadImage {
                            index,
                            tag,
                            folder: folder.clone(),
                            relative: relative.clone(),
                        });
                        ImageSlot::Loading
                    }
                    (Some(_), None) => {
                        ImageSlot::Failed("the bundled routine has no picture folder".into())
                    }
                    (None, _) => match illustration::for_exercise(&exercise.name) {
                        Some(svg) => {
                            self.options
                                .worker
                                .submit(Job::RenderSvg { index, tag, svg });
                            ImageSlot::Loading
                        }
                        None => ImageSlot::None,
                    },
                }
            })
            .collect();
    }

    pub(super) fn take_results(&mut self) {
        for done in self.options.worker.poll() {
            match done {
                // A routine that finishes loading during a session must not replace the one
                // the session is walking.
                Done::Routine { path, .. } if self.screen == Screen::Player => {
                    self.loading = false;
                    self.notice = Some(format!(
                        "{} was not opened because a session was running.",
                        path.display()
                    ));
                }
                Done::Routine { path, result } => {
                    self.loading = false;
                    match result {
                        Ok(routine) => {
                            self.switch_routine(Loaded::new(routine, Origin::File(path)))
                        }
                        Err(err) => {
                            log::warn!("{err}");
                            self.error = Some(err);
                        }
                    }
                }
                Done::Image { index, tag, result } if tag == self.image_tag => {
                    let slot = match result {
                        Ok(image) => ImageSlot::Ready(self.ctx.load_texture(
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
                Done::Image { .. } => {}
                Done::Picked(Some(path)) => self.apply(Command::Open(path)),
                Done::Picked(None) => {}
                Done::SaveFailed(message) => log::warn!("{message}"),
                Done::SavePicked(kind, Some(path)) => {
                    self.set_export_path(kind, &path);
                    self.apply(Command::Export(kind, path));
                }
                Done::SavePicked(_, None) => {}
                Done::Exported(result) => self.export.status = Some(Self::exported(result)),
            }
        }
    }

    /// Writes the recent-routines list in the background.
    pub(super) fn save_recent(&self) {
        let Some(paths) = &self.options.paths else {
            return;
        };
        let config = paths.config.clone();
        let list = self.options.recent.clone();
        self.options.worker.submit(Job::Save(Box::new(move || {
            store::recent::save(&config, &list)
                .map_err(|err| format!("cannot save the recent routines list: {err}"))
        })));
    }

    pub(super) fn switch_routine(&mut self, loaded: Loaded) {
        if let Origin::File(path) = &loaded.origin {
            store::recent::remember(&mut self.options.recent, path);
            self.save_recent();
        }
        self.loaded = loaded;
        self.error = None;
        self.notice = None;
        self.load_images();
        self.options.sink.set_routine(self.loaded.sounds());
    }
}
