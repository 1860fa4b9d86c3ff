//! `repcue check`: the plan of a routine in words for a person, or as JSON for a program.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde::Serialize;

use super::Outcome;
use crate::routine;

use crate::format;
use crate::routine::{Pace, Routine};
use crate::timeline::{Side, StepKind, Timeline};

/// Checks a routine file: its plan on standard output, or every problem on standard error.
pub(super) fn run(path: &Path, json: bool) -> anyhow::Result<Outcome> {
    let routine = match routine::load_file(path) {
        Ok(routine) => routine,
        Err(err) => {
            eprintln!("{err}");
            return Ok(Outcome::Invalid);
        }
    };
    let timeline = Timeline::new(&routine);
    let text = if json {
        let mut text = serde_json::to_string_pretty(&plan_json(&routine, &timeline))?;
        text.push('\n');
        text
    } else {
        plan_text(&routine, &timeline)
    };
    std::io::stdout()
        .write_all(text.as_bytes())
        .context("cannot write the plan to standard output")?;
    Ok(Outcome::Done)
}

/// The plan in words: each exercise's prescription and duration, and the total.
pub fn plan_text(routine: &Routine, timeline: &Timeline) -> String {
    let mut out = String::new();
    out.push_str(&routine.title);
    out.push('\n');
    if let Some(author) = &routine.author {
        out.push_str(&format!("by {author}\n"));
    }
    out.push('\n');
    let width = routine
        .exercises
        .iter()
        .map(|e| e.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(24);
    for (index, (exercise, plan)) in routine
        .exercises
        .iter()
        .zip(&timeline.exercises)
        .enumerate()
    {
        let mut time = format::duration(plan.planned);
        if exercise.pace == Pace::SelfPaced {
            time.push_str(" + your pace");
        }
        out.push_str(&format!(
            "{:>2}. {:<width$}  {time}\n    {}\n",
            index + 1,
            exercise.name,
            crate::routine::words::prescription(exercise)
        ));
        if let Some(rests) = crate::routine::words::rests(exercise) {
            out.push_str(&format!("    {rests}\n"));
        }
    }
    out.push('\n');
    out.push_str(&format!(
        "Get ready {} before each exercise · rest {} between exercises\n",
        format::duration(routine.prepare),
        format::duration(routine.rest_between_exercises)
    ));
    let mut total = format::duration(timeline.total);
    if routine.has_self_paced() {
        total.push_str(" plus the self-paced reps");
    }
    out.push_str(&format!(
        "Total: {total} · {} · {}\n",
        format::count(routine.exercises.len() as u64, "exercise", "exercises"),
        format::count(timeline.steps.len() as u64, "step", "steps")
    ));
    out
}

/// `repcue check --json`: one object with the title, totals and every step.
#[derive(Debug, Serialize)]
pub struct PlanJson<'a> {
    /// Routine title.
    pub title: &'a str,
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

/// Builds the JSON plan.
pub fn plan_json<'a>(routine: &'a Routine, timeline: &Timeline) -> PlanJson<'a> {
    PlanJson {
        title: &routine.title,
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
