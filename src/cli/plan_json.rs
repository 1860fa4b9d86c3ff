//! `repcue check --json`: the plan of one week as one object, with the programme around it.

use serde::Serialize;

use crate::routine::{PainLimits, Routine, Schedule};
use crate::timeline::{Side, StepKind, Timeline};

/// `repcue check --json`: one object with the title, the programme, totals and every step.
#[derive(Debug, Serialize)]
pub struct PlanJson<'a> {
    /// Routine title.
    pub title: &'a str,
    /// The programme week the totals and steps are of (`None`: the routine has no schedule).
    pub week: Option<u32>,
    /// `[schedule]`, as in the file.
    pub schedule: Option<ScheduleJson>,
    /// `[pain]`, when the file has one.
    pub pain: Option<PainJson>,
    /// Each programme week's totals, when the programme has an end; else empty.
    pub weeks: Vec<WeekJson>,
    /// Planned total in seconds.
    pub total_seconds: f64,
    /// Each exercise's name and planned time, including the rest before it.
    pub exercises: Vec<ExerciseJson<'a>>,
    /// Every step in order.
    pub steps: Vec<StepJson>,
}

/// One exercise in [`PlanJson`].
#[derive(Debug, Serialize)]
pub struct ExerciseJson<'a> {
    /// Exercise name.
    pub name: &'a str,
    /// Planned seconds, including the rest before it.
    pub total_seconds: f64,
}

/// One step in [`PlanJson`].
#[derive(Debug, Serialize)]
pub struct StepJson {
    /// prepare, up, hold, down, rep, rest or switch_sides.
    pub kind: StepKind,
    /// Exercise index, 0-based.
    pub exercise: usize,
    /// Set, 1-based.
    pub set: Option<u32>,
    /// left or right.
    pub side: Option<Side>,
    /// Rep, 1-based.
    pub rep: Option<u32>,
    /// Length; null for a self-paced rep.
    pub seconds: Option<f64>,
    /// The word shown (and spoken) for it: the exercise's own cue, or the default phase word.
    pub cue: String,
}

/// `[schedule]` in [`PlanJson`].
#[derive(Debug, Serialize)]
pub struct ScheduleJson {
    /// First day of week 1, "YYYY-MM-DD".
    pub start: String,
    /// The programme's length in weeks (`None`: no end).
    pub weeks: Option<u32>,
    /// The weekdays sessions are due on ("mon"), when fixed.
    pub days: Option<Vec<&'static str>>,
    /// Any this many days a week, instead of `days`.
    pub per_week: Option<u32>,
    /// Sessions on each of those days.
    pub per_day: u32,
    /// Reminder times, "HH:MM".
    pub remind_at: Vec<String>,
}

/// `[pain]` in [`PlanJson`].
#[derive(Debug, Serialize)]
pub struct PainJson {
    /// No exercise above this pain (0–10).
    pub stop_above: Option<u8>,
    /// A rise in pain at or above this is an alert.
    pub rise_alert: Option<u8>,
}

/// One programme week in [`PlanJson`].
#[derive(Debug, Serialize)]
pub struct WeekJson {
    /// Its number, from 1.
    pub week: u32,
    /// Planned total of its sessions, in seconds.
    pub total_seconds: f64,
    /// Number of steps in one of its sessions.
    pub steps: u64,
}

/// Builds the JSON plan of `routine` in programme week `week` (`None` without a schedule);
/// `timeline` is that week's plan, `Timeline::new(&routine.for_week(week))`.
pub fn plan_json<'a>(routine: &'a Routine, week: Option<u32>, timeline: &Timeline) -> PlanJson<'a> {
    let schedule = routine.schedule.as_ref();
    PlanJson {
        title: &routine.title,
        week,
        schedule: schedule.map(schedule_json),
        pain: (!routine.pain.is_empty()).then(|| pain_json(routine.pain)),
        weeks: schedule
            .and_then(|s| s.weeks)
            .map(|weeks| (1..=weeks).map(|week| week_json(routine, week)).collect())
            .unwrap_or_default(),
        total_seconds: timeline.total.as_secs_f64(),
        exercises: routine
            .exercises
            .iter()
            .zip(&timeline.exercises)
            .map(|(exercise, plan)| ExerciseJson {
                name: &exercise.name,
                total_seconds: plan.planned.as_secs_f64(),
            })
            .collect(),
        steps: timeline
            .steps
            .iter()
            .map(|step| StepJson {
                kind: step.kind,
                exercise: step.exercise,
                set: step.set,
                side: step.side,
                rep: step.rep,
                seconds: step.duration.map(|d| d.as_secs_f64()),
                cue: crate::timeline::cue_word(step, routine).to_string(),
            })
            .collect(),
    }
}

fn schedule_json(schedule: &Schedule) -> ScheduleJson {
    ScheduleJson {
        start: schedule.start.strftime("%Y-%m-%d").to_string(),
        weeks: schedule.weeks,
        days: schedule
            .days
            .as_ref()
            .map(|days| days.iter().map(|day| day.as_str()).collect()),
        per_week: schedule.per_week,
        per_day: schedule.per_day,
        remind_at: schedule.remind_at.clone(),
    }
}

fn pain_json(pain: PainLimits) -> PainJson {
    PainJson {
        stop_above: pain.stop_above,
        rise_alert: pain.rise_alert,
    }
}

/// A week's totals by closed form (the timeline adds up to the same), so a long programme
/// does not build every week's steps.
fn week_json(routine: &Routine, week: u32) -> WeekJson {
    let plan = routine.for_week(week);
    WeekJson {
        week,
        total_seconds: plan.planned_time().as_secs_f64(),
        steps: plan.step_count(),
    }
}
