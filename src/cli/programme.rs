//! `repcue check` of a programme over weeks: the schedule and pain limits in words, the plan of
//! each stage period (later periods list only the exercises that change), or one week's plan.

use std::time::Duration;

use jiff::civil::Date;

use super::UsageError;
use super::check::{WeekChoice, exercise_lines, heading, pace_line, total_line};
use crate::format;
use crate::report::day_text;
use crate::routine::{Exercise, PainLimits, Routine, Schedule, words};
use crate::t;
use crate::timeline::Timeline;

/// The one programme week `check` was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Chosen {
    /// The week whose plan is printed.
    pub week: u32,
    /// Why it is that week, when a date outside the programme was asked for.
    pub note: Option<String>,
}

/// The week `choice` asks for (`None`: the whole programme, or a routine with no schedule), or
/// why there is no such week. `file` names the routine in messages.
pub(super) fn choose(
    routine: &Routine,
    file: &str,
    choice: WeekChoice,
) -> Result<Option<Chosen>, UsageError> {
    let option = match choice {
        WeekChoice::Every => return Ok(None),
        WeekChoice::Week(_) => "--week",
        WeekChoice::On(_) => "--on",
    };
    let Some(schedule) = &routine.schedule else {
        return Err(UsageError(t!(
            "cli-week-needs-programme",
            option = option,
            file = file
        )));
    };
    // "weeks 1 to 6", or "week 1".
    let range = schedule
        .weeks
        .map(|weeks| t!("cli-week-range", weeks = weeks));
    match choice {
        WeekChoice::Week(0) => Err(UsageError(match range {
            Some(range) => t!("cli-week-zero-has", range = range),
            None => t!("cli-week-zero"),
        })),
        WeekChoice::Week(week) if schedule.weeks.is_some_and(|weeks| week > weeks) => {
            Err(UsageError(t!(
                "cli-week-past-end",
                week = week,
                file = file,
                range = range.unwrap_or_default()
            )))
        }
        WeekChoice::Week(week) => Ok(Some(Chosen { week, note: None })),
        WeekChoice::On(date) => Ok(Some(on(schedule, date))),
        WeekChoice::Every => Ok(None),
    }
}

/// The week a session on `date` follows: week 1 before the start, the last week after the end.
fn on(schedule: &Schedule, date: Date) -> Chosen {
    let week = schedule.plan_week(date);
    let note = if date < schedule.start {
        Some(t!(
            "cli-date-before-start",
            date = day_text(date),
            start = day_text(schedule.start)
        ))
    } else {
        match schedule.last_day() {
            Some(last) if date > last => Some(t!(
                "cli-date-after-end",
                date = day_text(date),
                last = day_text(last)
            )),
            _ => None,
        }
    };
    Chosen { week, note }
}

/// One week's plan: "Week 5 of 6 · Mon 4 Jan 2027 – Sun 10 Jan 2027", then the plan.
pub(super) fn week_text(routine: &Routine, chosen: &Chosen) -> String {
    let mut out = heading(routine);
    if let Some(schedule) = &routine.schedule {
        let first = schedule.first_day(chosen.week);
        let last = day_text(crate::programme::add_days(first, 6));
        let first = day_text(first);
        out.push_str(&match schedule.weeks {
            Some(weeks) => t!(
                "cli-week-of",
                week = chosen.week,
                weeks = weeks,
                first = first,
                last = last
            ),
            None => t!(
                "cli-week-open",
                week = chosen.week,
                first = first,
                last = last
            ),
        });
        out.push('\n');
    }
    if let Some(note) = &chosen.note {
        out.push_str(&format!("({note})\n"));
    }
    out.push('\n');
    let plan = routine.for_week(chosen.week);
    let timeline = Timeline::new(&plan);
    out.push_str(&exercise_lines(&plan, &timeline, &|_| true));
    out.push('\n');
    out.push_str(&pace_line(&plan));
    out.push_str(&total_line(&plan, &timeline));
    out
}

/// The whole programme: the schedule and pain limits, then each stage period's plan. The first
/// period lists every exercise; later ones the exercises that change, with what changed.
pub(super) fn programme_text(routine: &Routine, schedule: &Schedule) -> String {
    let mut out = heading(routine);
    out.push_str(&schedule_line(schedule));
    if let Some(pain) = pain_line(routine.pain) {
        out.push_str(&pain);
    }
    let mut before: Option<Routine> = None;
    for (first, last) in periods(routine, schedule) {
        let plan = routine.for_week(first);
        let timeline = Timeline::new(&plan);
        out.push_str(&format!("\n{}:\n", period_name(first, last)));
        match &before {
            None => out.push_str(&exercise_lines(&plan, &timeline, &|_| true)),
            Some(earlier) => {
                let changed = |i: usize| plan.exercises[i] != earlier.exercises[i];
                for (i, exercise) in plan
                    .exercises
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| changed(*i))
                {
                    out.push_str(&exercise_lines(&plan, &timeline, &|j| j == i));
                    let changes = changes(&earlier.exercises[i], exercise);
                    let changes = t!("cli-changed", changes = changes.join(" · "));
                    out.push_str(&format!("    {changes}\n"));
                }
                let same: Vec<String> = (0..plan.exercises.len())
                    .filter(|i| !changed(*i))
                    .map(|i| format!("{}. {}", i + 1, plan.exercises[i].name))
                    .collect();
                if !same.is_empty() {
                    let same = t!("cli-unchanged", exercises = same.join(", "));
                    out.push_str(&format!("    {same}\n"));
                }
            }
        }
        out.push_str(&format!("    {}", total_line(&plan, &timeline)));
        before = Some(plan);
    }
    out.push('\n');
    out.push_str(&pace_line(routine));
    out
}

/// The stage periods: (first week, last week), the last open when the programme has no end.
fn periods(routine: &Routine, schedule: &Schedule) -> Vec<(u32, Option<u32>)> {
    let mut starts = routine.stage_weeks();
    starts.insert(0, 1);
    starts
        .iter()
        .enumerate()
        .map(|(i, &first)| {
            let last = starts.get(i + 1).map(|next| next - 1).or(schedule.weeks);
            (first, last)
        })
        .collect()
}

/// "Weeks 1–2", "Week 3", "From week 5", "Every week".
fn period_name(first: u32, last: Option<u32>) -> String {
    let name = words::period(first, last);
    name[..1].to_uppercase() + &name[1..]
}

/// "Programme: 6 weeks from Mon 7 Dec 2026 to Sun 17 Jan 2027 · Mon, Wed, Fri · 1 session a
/// day · reminder 18:00".
fn schedule_line(schedule: &Schedule) -> String {
    t!("cli-programme", schedule = words::schedule(schedule)) + "\n"
}

/// "Pain limit: do not exercise above 5/10 · alert when pain rises by 2 or more", when set.
fn pain_line(pain: PainLimits) -> Option<String> {
    words::pain_limits(pain).map(|limits| t!("cli-pain-limit", limits = limits) + "\n")
}

/// What changed from `before` to `after`: "10 → 12 reps", "hold 3s → 5s".
fn changes(before: &Exercise, after: &Exercise) -> Vec<String> {
    let mut out = Vec::new();
    if before.sets != after.sets {
        out.push(t!("cli-change-sets", from = before.sets, to = after.sets));
    }
    if before.reps != after.reps {
        out.push(t!("cli-change-reps", from = before.reps, to = after.reps));
    }
    let cues = &after.cues;
    // The routine's own cue words, else the default names.
    let cue = |own: &Option<String>, default: String| own.clone().unwrap_or(default);
    let durations = [
        (
            cue(&cues.up, t!("cli-change-up")),
            before.tempo.up,
            after.tempo.up,
        ),
        (
            cue(&cues.hold, t!("cli-change-hold")),
            before.tempo.hold,
            after.tempo.hold,
        ),
        (
            cue(&cues.down, t!("cli-change-down")),
            before.tempo.down,
            after.tempo.down,
        ),
        (
            t!("cli-change-rest-between-reps"),
            before.rest_between_reps,
            after.rest_between_reps,
        ),
        (
            t!("cli-change-rest-between-sets"),
            before.rest_between_sets,
            after.rest_between_sets,
        ),
        (
            t!("cli-change-switch-sides"),
            before.switch_sides,
            after.switch_sides,
        ),
    ];
    out.extend(
        durations
            .iter()
            .filter(|(_, from, to)| from != to)
            .map(|(name, from, to)| {
                format!("{} {} → {}", name.to_lowercase(), spec(*from), spec(*to))
            }),
    );
    out
}

fn spec(duration: Duration) -> String {
    format::duration(duration)
}
