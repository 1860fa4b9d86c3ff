//! `repcue check`: the plan of a routine in words for a person, or as JSON for a program; for
//! a programme over weeks, its schedule and each stage's plan, or one week's.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use jiff::civil::Date;

use super::plan_json::plan_json;
use super::{Outcome, programme};
use crate::routine;

use crate::routine::{Pace, Routine};
use crate::timeline::Timeline;
use crate::{format, t};

/// Which weeks of a programme `check` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekChoice {
    /// The whole programme (as JSON: week 1's plan).
    Every,
    /// `--week N`.
    Week(u32),
    /// `--on DATE`: the week that day falls in.
    On(Date),
}

/// Checks a routine file: its plan on standard output, or every problem on standard error.
/// Asking for a week of a routine with no such week is a [`super::UsageError`].
pub(super) fn run(path: &Path, json: bool, choice: WeekChoice) -> anyhow::Result<Outcome> {
    let routine = match routine::load_file(path) {
        Ok(routine) => routine,
        Err(err) => {
            eprintln!("{err}");
            return Ok(Outcome::Invalid);
        }
    };
    let chosen = programme::choose(&routine, &path.display().to_string(), choice)?;
    let text = if json {
        let week = match &chosen {
            Some(chosen) => Some(chosen.week),
            None => routine.schedule.as_ref().map(|_| 1),
        };
        let plan = week.map_or_else(|| routine.clone(), |week| routine.for_week(week));
        let timeline = Timeline::new(&plan);
        let mut text = serde_json::to_string_pretty(&plan_json(&routine, week, &timeline))?;
        text.push('\n');
        text
    } else {
        match (&chosen, &routine.schedule) {
            (Some(chosen), _) => programme::week_text(&routine, chosen),
            (None, Some(schedule)) => programme::programme_text(&routine, schedule),
            (None, None) => plan_text(&routine, &Timeline::new(&routine)),
        }
    };
    std::io::stdout()
        .write_all(text.as_bytes())
        .with_context(|| t!("cli-cannot-write-plan"))?;
    Ok(Outcome::Done)
}

/// The plan in words: each exercise's prescription and duration, and the total.
pub fn plan_text(routine: &Routine, timeline: &Timeline) -> String {
    let mut out = heading(routine);
    out.push_str(&exercise_lines(routine, timeline, &|_| true));
    out.push('\n');
    out.push_str(&pace_line(routine));
    out.push_str(&total_line(routine, timeline));
    out
}

/// The title and author, and a blank line.
pub(super) fn heading(routine: &Routine) -> String {
    let mut out = format!("{}\n", routine.title);
    if let Some(author) = &routine.author {
        out.push_str(&t!("cli-by-author", author = author));
        out.push('\n');
    }
    out.push('\n');
    out
}

/// Each exercise that `shown` picks: its number, name and time, its prescription and rests.
/// `routine` is the plan of one week and `timeline` its steps.
pub(super) fn exercise_lines(
    routine: &Routine,
    timeline: &Timeline,
    shown: &dyn Fn(usize) -> bool,
) -> String {
    let mut out = String::new();
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
        .filter(|(index, _)| shown(*index))
    {
        let mut time = format::duration(plan.planned);
        if exercise.pace == Pace::SelfPaced {
            time = t!("cli-time-self-paced", time = time);
        }
        out.push_str(&format!(
            "{:>2}. {:<width$}  {time}\n    {}\n", // not translated: column layout
            index + 1,
            exercise.name,
            crate::routine::words::prescription(exercise)
        ));
        if let Some(rests) = crate::routine::words::rests(exercise) {
            out.push_str(&format!("    {rests}\n"));
        }
    }
    out
}

/// "Get ready 5s before each exercise · rest 30s between exercises".
pub(super) fn pace_line(routine: &Routine) -> String {
    let mut line = t!(
        "cli-pace",
        prepare = format::duration(routine.prepare),
        rest = format::duration(routine.rest_between_exercises)
    );
    line.push('\n');
    line
}

/// "Total: 10m 54s · 5 exercises · 200 steps" of one week's plan.
pub(super) fn total_line(routine: &Routine, timeline: &Timeline) -> String {
    let mut total = format::duration(timeline.total);
    if routine.has_self_paced() {
        total = t!("cli-total-self-paced", total = total);
    }
    let mut line = t!(
        "cli-total",
        total = total,
        exercises = t!("count-exercises", count = routine.exercises.len() as u64),
        steps = t!("count-steps", count = timeline.steps.len() as u64)
    );
    line.push('\n');
    line
}
