//! A routine ready to run: the routine, where it came from, its timeline and its session with
//! the cue plan compiled. Made off the UI thread for any routine read from a file, since a very
//! large routine takes a while to compile.

use std::path::PathBuf;
use std::sync::Arc;

use jiff::civil::Date;

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
    /// The routine as it runs: with a `[schedule]`, this programme week's plan.
    pub routine: Routine,
    /// The routine as written, with every stage of its programme.
    pub file: Arc<Routine>,
    /// The programme week of the plan (`None`: the routine has no `[schedule]`).
    pub week: Option<u32>,
    /// Where it came from.
    pub origin: Origin,
    /// Its plan.
    pub timeline: Arc<Timeline>,
    /// A session over the plan, not started: each session starts from a copy.
    pub session: Session,
}

impl Loaded {
    /// Compiles the plan of a routine (week 1 of a programme).
    pub fn new(routine: Routine, origin: Origin) -> Self {
        Self::planned(Arc::new(routine), origin, None)
    }

    /// Compiles the plan a session on `today` follows: with a `[schedule]`, that programme
    /// week's (week 1 before the start, the last week after the end).
    pub fn on(routine: Routine, origin: Origin, today: Date) -> Self {
        Self::planned(Arc::new(routine), origin, Some(today))
    }

    fn planned(file: Arc<Routine>, origin: Origin, today: Option<Date>) -> Self {
        let week = file
            .schedule
            .as_ref()
            .map(|schedule| today.map_or(1, |today| schedule.plan_week(today)));
        let routine = match week {
            Some(week) => file.for_week(week),
            None => (*file).clone(),
        };
        let timeline = Arc::new(Timeline::new(&routine));
        let session = Session::new(timeline.clone());
        Self {
            routine,
            file,
            week,
            origin,
            timeline,
            session,
        }
    }

    /// The plan for `today`, when it is another week's than this one (the day moved on).
    pub fn replanned(&self, today: Date) -> Option<Loaded> {
        let schedule = self.file.schedule.as_ref()?;
        (Some(schedule.plan_week(today)) != self.week)
            .then(|| Self::planned(self.file.clone(), self.origin.clone(), Some(today)))
    }

    /// Last week's plan, to tell what changed (`None` in week 1 or without a programme).
    pub fn last_week(&self) -> Option<Routine> {
        let week = self.week.filter(|week| *week > 1)?;
        Some(self.file.for_week(week - 1))
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
            Origin::Bundled => crate::t!("app-bundled-routine"),
            Origin::File(path) => path.display().to_string(),
        }
    }
}
