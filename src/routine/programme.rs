//! The programme a routine file may prescribe over weeks: `[schedule]` (which days, for how
//! many weeks), `[pain]` (the clinician's limits) and each exercise's `[[exercise.progress]]`
//! stages, and the plan they give for one programme week.

use std::time::Duration;

use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};

use super::{Exercise, Routine};

/// The longest programme, in weeks (two years).
pub const MAX_WEEKS: u32 = 104;
/// The most sessions one day may hold.
pub const MAX_PER_DAY: u32 = 4;

/// `[schedule]`: when the sessions are due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// `start`: the first day of week 1.
    pub start: Date,
    /// `weeks`: the programme's length (`None`: no end).
    #[serde(default)]
    pub weeks: Option<u32>,
    /// `days`: the weekdays sessions are due on (`None`: every day, or `per_week`).
    #[serde(default)]
    pub days: Option<Vec<Day>>,
    /// `per_week`: any this many days in each programme week, instead of `days`.
    #[serde(default)]
    pub per_week: Option<u32>,
    /// `per_day`: sessions on each scheduled day.
    #[serde(default = "one")]
    pub per_day: u32,
    /// `remind_at`: suggested reminder times, "HH:MM".
    #[serde(default)]
    pub remind_at: Vec<String>,
}

fn one() -> u32 {
    1
}

/// A weekday as `days` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Day {
    /// Every day, Monday first.
    pub const ALL: [Day; 7] = [
        Day::Mon,
        Day::Tue,
        Day::Wed,
        Day::Thu,
        Day::Fri,
        Day::Sat,
        Day::Sun,
    ];

    /// The name the file uses ("mon").
    pub fn as_str(self) -> &'static str {
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][self as usize]
    }

    /// The day from its file name.
    pub fn parse(name: &str) -> Option<Day> {
        Day::ALL.into_iter().find(|day| day.as_str() == name)
    }

    /// The day of a date.
    pub fn of(date: Date) -> Day {
        match date.weekday() {
            Weekday::Monday => Day::Mon,
            Weekday::Tuesday => Day::Tue,
            Weekday::Wednesday => Day::Wed,
            Weekday::Thursday => Day::Thu,
            Weekday::Friday => Day::Fri,
            Weekday::Saturday => Day::Sat,
            Weekday::Sunday => Day::Sun,
        }
    }
}

/// `[pain]`: the clinician's limits on pain (0–10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PainLimits {
    /// `stop_above`: no exercise above this pain.
    #[serde(default)]
    pub stop_above: Option<u8>,
    /// `rise_alert`: pain after minus pain before at or above this is flagged.
    #[serde(default)]
    pub rise_alert: Option<u8>,
}

impl PainLimits {
    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        self.stop_above.is_none() && self.rise_alert.is_none()
    }

    /// Whether pain `before` a session is above the limit.
    pub fn too_much_to_start(&self, before: u8) -> bool {
        self.stop_above.is_some_and(|limit| before > limit)
    }

    /// Whether pain `after` a session (with `before`, when asked) calls for an alert.
    pub fn alert(&self, before: Option<u8>, after: u8) -> bool {
        let above = self.stop_above.is_some_and(|limit| after > limit);
        let rise = match (self.rise_alert, before) {
            (Some(rise), Some(before)) => after.saturating_sub(before) >= rise,
            _ => false,
        };
        above || rise
    }
}

/// One `[[exercise.progress]]` stage: what changes from a programme week on. Keys left out
/// keep the earlier value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stage {
    /// `from_week`.
    pub from_week: u32,
    /// `sets`.
    pub sets: Option<u32>,
    /// `reps`.
    pub reps: Option<u32>,
    /// `tempo.up`.
    pub up: Option<Duration>,
    /// `tempo.hold`, or `hold`.
    pub hold: Option<Duration>,
    /// `tempo.down`.
    pub down: Option<Duration>,
    /// `rest_between_reps`.
    pub rest_between_reps: Option<Duration>,
    /// `rest_between_sets`.
    pub rest_between_sets: Option<Duration>,
    /// `switch_sides`.
    pub switch_sides: Option<Duration>,
}

impl Stage {
    /// Applies what this stage names to `exercise`.
    pub fn apply(&self, exercise: &mut Exercise) {
        let set = |slot: &mut Duration, value: Option<Duration>| {
            if let Some(value) = value {
                *slot = value;
            }
        };
        if let Some(sets) = self.sets {
            exercise.sets = sets;
        }
        if let Some(reps) = self.reps {
            exercise.reps = reps;
        }
        set(&mut exercise.tempo.up, self.up);
        set(&mut exercise.tempo.hold, self.hold);
        set(&mut exercise.tempo.down, self.down);
        set(&mut exercise.rest_between_reps, self.rest_between_reps);
        set(&mut exercise.rest_between_sets, self.rest_between_sets);
        set(&mut exercise.switch_sides, self.switch_sides);
    }
}

impl Exercise {
    /// This exercise as prescribed in programme week `week`: every stage from that week or
    /// before applied in order.
    pub fn for_week(&self, week: u32) -> Exercise {
        let mut exercise = self.clone();
        for stage in self.progress.iter().filter(|s| s.from_week <= week) {
            stage.apply(&mut exercise);
        }
        exercise
    }
}

impl Routine {
    /// The routine as prescribed in programme week `week` (week 1 is the file as written).
    pub fn for_week(&self, week: u32) -> Routine {
        let mut routine = self.clone();
        for exercise in &mut routine.exercises {
            *exercise = exercise.for_week(week);
        }
        routine
    }

    /// Whether any exercise changes over the weeks.
    pub fn progresses(&self) -> bool {
        self.exercises.iter().any(|e| !e.progress.is_empty())
    }

    /// The weeks in which some exercise changes (each stage's `from_week`), in order.
    pub fn stage_weeks(&self) -> Vec<u32> {
        let mut weeks: Vec<u32> = self
            .exercises
            .iter()
            .flat_map(|e| e.progress.iter().map(|s| s.from_week))
            .collect();
        weeks.sort_unstable();
        weeks.dedup();
        weeks
    }
}
