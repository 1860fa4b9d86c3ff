//! A routine compiled to the ordered list of steps a session walks through: the plan a
//! clinician can check, with every step's start fixed in advance.

use std::borrow::Cow;
use std::ops::Range;
use std::time::Duration;

use serde::Serialize;

use crate::routine::{Pace, Routine};

/// What a step asks the person to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// Get-ready countdown before an exercise.
    Prepare,
    /// Moving into the position.
    Up,
    /// Holding it.
    Hold,
    /// Coming back.
    Down,
    /// A self-paced rep: waits until the person marks it done.
    Rep,
    /// A rest between reps, sets or exercises.
    Rest,
    /// Turning over to do the other side.
    SwitchSides,
}

impl StepKind {
    /// The name used in the routine format and `repcue check --json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Prepare => "prepare",
            Self::Up => "up",
            Self::Hold => "hold",
            Self::Down => "down",
            Self::Rep => "rep",
            Self::Rest => "rest",
            Self::SwitchSides => "switch_sides",
        }
    }
}

/// Which side of the body a step works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The left side (done first).
    Left,
    /// The right side.
    Right,
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// What to do.
    pub kind: StepKind,
    /// Index of the exercise (0-based); a rest between exercises belongs to the one after it.
    pub exercise: usize,
    /// Set number (1-based), where one applies; a rest between sets carries the set after it.
    pub set: Option<u32>,
    /// Side, for exercises done on each side.
    pub side: Option<Side>,
    /// Rep number (1-based) within the set and side; a rest between reps carries the rep after it.
    pub rep: Option<u32>,
    /// Length, or `None` for a self-paced rep, which lasts until marked done.
    pub duration: Option<Duration>,
    /// Where the step starts in the plan (sum of all timed steps before it).
    pub start: Duration,
    /// Whether finishing this step finishes a rep (the last phase of a rep).
    pub ends_rep: bool,
}

impl Step {
    /// Where the step ends in the plan (equal to `start` for a self-paced rep).
    pub fn end(&self) -> Duration {
        self.start + self.duration.unwrap_or(Duration::ZERO)
    }

    /// Whether finishing the step is work that counts as done: the step that ends a rep, or a
    /// hold (the one rule the summary, the journal and the history all count by).
    pub fn is_work(&self) -> bool {
        is_work(self.kind, self.ends_rep)
    }

    /// Whether the step comes before its exercise starts: the get-ready, or the rest between
    /// exercises (which belongs to the exercise after it).
    pub fn is_before_exercise(&self) -> bool {
        self.kind == StepKind::Prepare || (self.kind == StepKind::Rest && self.set.is_none())
    }

    /// Whether the step runs on time, as opposed to waiting for "rep done".
    pub fn is_timed(&self) -> bool {
        self.duration.is_some()
    }
}

/// The default word for a phase, shown on screen in capitals.
pub fn default_word(kind: StepKind) -> String {
    match kind {
        StepKind::Prepare => crate::t!("step-get-ready"),
        StepKind::Up => crate::t!("step-up"),
        StepKind::Hold => crate::t!("step-hold"),
        StepKind::Down => crate::t!("step-down"),
        StepKind::Rep => crate::t!("step-your-pace"),
        StepKind::Rest => crate::t!("step-rest"),
        StepKind::SwitchSides => crate::t!("step-switch-sides"),
    }
}

/// The word for a step: the exercise's own `cues` word for its phase, or the default word.
pub fn cue_word<'a>(step: &Step, routine: &'a Routine) -> Cow<'a, str> {
    let cues = routine.exercises.get(step.exercise).map(|e| &e.cues);
    let own = cues.and_then(|cues| match step.kind {
        StepKind::Up => cues.up.as_deref(),
        StepKind::Hold => cues.hold.as_deref(),
        StepKind::Down => cues.down.as_deref(),
        StepKind::Rep => cues.rep.as_deref(),
        _ => None,
    });
    own.map_or_else(|| Cow::Owned(default_word(step.kind)), Cow::Borrowed)
}

/// The words for a side: the exercise's own `cues.left` / `cues.right`, or "Left side" and
/// "Right side".
pub fn side_word(side: Side, exercise: Option<&crate::routine::Exercise>) -> Cow<'_, str> {
    let cues = exercise.map(|e| &e.cues);
    let own = match side {
        Side::Left => cues.and_then(|c| c.left.as_deref()),
        Side::Right => cues.and_then(|c| c.right.as_deref()),
    };
    own.map_or_else(
        || {
            Cow::Owned(match side {
                Side::Left => crate::t!("step-left-side"),
                Side::Right => crate::t!("step-right-side"),
            })
        },
        Cow::Borrowed,
    )
}

/// Whether a step of `kind` (that does or does not end a rep) is work that counts as done.
pub fn is_work(kind: StepKind, ends_rep: bool) -> bool {
    ends_rep || kind == StepKind::Hold
}

/// What the plan holds for one exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExercisePlan {
    /// The exercise's name, as the routine gives it.
    pub name: String,
    /// Its own words for phases and sides (`cues`).
    pub cues: crate::routine::Cues,
    /// All steps of the exercise, including the rest before it.
    pub steps: Range<usize>,
    /// Its first own step (after the rest before it): where "restart exercise" goes.
    pub first_step: usize,
    /// Planned time, including the rest before it.
    pub planned: Duration,
    /// `sets` of the exercise.
    pub sets: u32,
    /// `reps` per set (and per side).
    pub reps_per_set: u32,
    /// Reps prescribed over all sets and sides.
    pub reps: u64,
    /// Holds prescribed.
    pub holds: u64,
}

/// The whole plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Every step, in order.
    pub steps: Vec<Step>,
    /// One entry per exercise, in order.
    pub exercises: Vec<ExercisePlan>,
    /// Sum of all timed steps.
    pub total: Duration,
    /// The routine's `language`, which its cues are spoken in (`None`: the person's).
    pub language: Option<crate::i18n::Lang>,
}

impl Timeline {
    /// Compiles a routine to its steps, leaving out zero-length ones.
    pub fn new(routine: &Routine) -> Self {
        let mut builder = Builder::default();
        let mut exercises = Vec::with_capacity(routine.exercises.len());
        for (index, exercise) in routine.exercises.iter().enumerate() {
            let first = builder.steps.len();
            let place = Place {
                exercise: index,
                ..Place::default()
            };
            if index > 0 {
                builder.push(StepKind::Rest, place, routine.rest_between_exercises);
            }
            let first_step = builder.steps.len();
            builder.push(StepKind::Prepare, place, routine.prepare);
            let sides: &[Option<Side>] = if exercise.each_side {
                &[Some(Side::Left), Some(Side::Right)]
            } else {
                &[None]
            };
            for set in 1..=exercise.sets {
                let place = Place {
                    set: Some(set),
                    ..place
                };
                if set > 1 {
                    builder.push(StepKind::Rest, place, exercise.rest_between_sets);
                }
                for &side in sides {
                    let place = Place { side, ..place };
                    if side == Some(Side::Right) {
                        builder.push(StepKind::SwitchSides, place, exercise.switch_sides);
                    }
                    for rep in 1..=exercise.reps {
                        let place = Place {
                            rep: Some(rep),
                            ..place
                        };
                        if rep > 1 {
                            builder.push(StepKind::Rest, place, exercise.rest_between_reps);
                        }
                        match exercise.pace {
                            Pace::Guided => {
                                let tempo = exercise.tempo;
                                builder.push(StepKind::Up, place, tempo.up);
                                builder.push(StepKind::Hold, place, tempo.hold);
                                builder.push(StepKind::Down, place, tempo.down);
                            }
                            Pace::SelfPaced => builder.push_untimed(StepKind::Rep, place),
                        }
                        // Guarded: an unvalidated all-zero tempo pushes no phase at all.
                        if let Some(last) = builder.steps.last_mut()
                            && last.rep == Some(rep)
                            && last.kind != StepKind::Rest
                        {
                            last.ends_rep = true;
                        }
                    }
                }
            }
            exercises.push(ExercisePlan {
                name: exercise.name.clone(),
                cues: exercise.cues.clone(),
                steps: first..builder.steps.len(),
                first_step: first_step.min(builder.steps.len().saturating_sub(1)),
                planned: routine.exercise_time(index),
                sets: exercise.sets,
                reps_per_set: exercise.reps,
                reps: exercise.total_reps(),
                holds: exercise.total_holds(),
            });
        }
        Self {
            total: builder.offset,
            steps: builder.steps,
            exercises,
            language: routine.language,
        }
    }

    /// The index of the step that contains plan position `at` (the last step if past the end).
    ///
    /// A self-paced rep has no length, so it "contains" only its own start; the step before it
    /// is returned for positions up to that start.
    pub fn step_at(&self, at: Duration) -> usize {
        // Ordered along the plan: a step lies before `at` if it ends before it, or ends exactly
        // at it and is timed (a self-paced rep at `at` is where the session waits).
        let after = self
            .steps
            .partition_point(|step| step.end() < at || (step.end() == at && step.is_timed()));
        after.min(self.steps.len().saturating_sub(1))
    }

    /// Whether the step is the last one of its exercise.
    pub fn is_last_of_exercise(&self, index: usize) -> bool {
        self.steps
            .get(index)
            .is_some_and(|step| self.exercises[step.exercise].steps.end == index + 1)
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Place {
    exercise: usize,
    set: Option<u32>,
    side: Option<Side>,
    rep: Option<u32>,
}

#[derive(Default)]
struct Builder {
    steps: Vec<Step>,
    offset: Duration,
}

impl Builder {
    fn push(&mut self, kind: StepKind, place: Place, duration: Duration) {
        if duration.is_zero() {
            return;
        }
        self.add(kind, place, Some(duration));
        self.offset += duration;
    }

    fn push_untimed(&mut self, kind: StepKind, place: Place) {
        self.add(kind, place, None);
    }

    fn add(&mut self, kind: StepKind, place: Place, duration: Option<Duration>) {
        self.steps.push(Step {
            kind,
            exercise: place.exercise,
            set: place.set,
            side: place.side,
            rep: place.rep,
            duration,
            start: self.offset,
            ends_rep: false,
        });
    }
}
