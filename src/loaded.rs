//! A routine ready to run: the routine, where it came from, its timeline and its session with
//! the cue plan compiled. Made off the UI thread for any routine read from a file, since a very
//! large routine takes a while to compile.

use std::path::PathBuf;
use std::sync::Arc;

use crate::audio::RoutineSounds;
use crate::routine::Routine;
use crate::session::Session;
use crate::timeline::Timeline;

/// Where a routine came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The routine embedded in the program.
    Bundled,
    /// A file on disk.
    File(PathBuf),
}

/// A routine ready to run.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The routine.
    pub routine: Routine,
    /// Where it came from.
    pub origin: Origin,
    /// Its plan.
    pub timeline: Arc<Timeline>,
    /// A session over the plan, not started: each session starts from a copy.
    pub session: Session,
}

impl Loaded {
    /// Compiles the plan of a routine.
    pub fn new(routine: Routine, origin: Origin) -> Self {
        let timeline = Arc::new(Timeline::new(&routine));
        let session = Session::new(timeline.clone());
        Self {
            routine,
            origin,
            timeline,
            session,
        }
    }

    /// The routine's folder, where its pictures and clips live.
    pub fn folder(&self) -> Option<PathBuf> {
        match &self.origin {
            Origin::File(path) => Some(match path.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                _ => PathBuf::from("."),
            }),
            Origin::Bundled => None,
        }
    }

    /// What the sound side needs of it: the plan, names and intro clips.
    pub fn sounds(&self) -> RoutineSounds {
        let folder = self.folder();
        RoutineSounds {
            timeline: self.timeline.clone(),
            exercises: self
                .routine
                .exercises
                .iter()
                .map(|e| {
                    let intro = e
                        .intro_audio
                        .clone()
                        .and_then(|clip| Some((folder.clone()?, clip)));
                    (e.name.clone(), intro)
                })
                .collect(),
        }
    }

    /// "bundled routine" or the file's path, for the screen and the history.
    pub fn origin_text(&self) -> String {
        match &self.origin {
            Origin::Bundled => "bundled routine".to_string(),
            Origin::File(path) => path.display().to_string(),
        }
    }
}
