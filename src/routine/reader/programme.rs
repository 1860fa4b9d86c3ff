//! `[schedule]`, `[pain]` and `[[exercise.progress]]`: the programme over weeks.

use std::ops::Range;
use std::time::Duration;

use toml::de::{DeTable, DeValue};

use super::{EXERCISE_KEYS, Read, Reader, TEMPO_KEYS};
use crate::format;
use crate::routine::programme::{MAX_PER_DAY, MAX_WEEKS};
use crate::routine::{
    MAX_REPS, MAX_SETS, MAX_STEPS, MAX_TOTAL, Pace, PainLimits, Routine, Schedule, Stage,
};

const SCHEDULE_KEYS: &[&str] = &["start", "weeks", "days", "per_week", "per_day", "remind_at"];
const PAIN_KEYS: &[&str] = &["stop_above", "rise_alert"];
const STAGE_KEYS: &[&str] = &[
    "from_week",
    "sets",
    "reps",
    "tempo",
    "hold",
    "rest_between_reps",
    "rest_between_sets",
    "switch_sides",
];

impl Reader<'_> {
    /// The `[schedule]` table, when there is one.
    pub(super) fn schedule(&mut self, root: &DeTable<'_>) -> Option<Schedule> {
        let value = root.get("schedule")?;
        let table = self.table_of(
            value,
            "schedule",
            "a [schedule] header with start = … below it",
        )?;
        let errors_before = self.diagnostics.len();
        for (key, value) in table {
            if !SCHEDULE_KEYS.contains(&key.get_ref().as_ref()) {
                self.unknown_key(key, value, SCHEDULE_KEYS, "in [schedule]");
            }
        }
        let start = match table.get("start") {
            Some(value) => self.date(value, "start"),
            None => {
                let header = self.header_span(value.span());
                self.error(
                    header,
                    "[schedule] has no `start`",
                    "add a line start = 2026-12-07: the first day of week 1",
                );
                None
            }
        };
        let weeks = self.whole(table, "weeks", 1, MAX_WEEKS);
        let per_week = self.whole(table, "per_week", 1, 7);
        let per_day = self.whole(table, "per_day", 1, MAX_PER_DAY).unwrap_or(1);
        let days = table.get("days").and_then(|value| self.days(value));
        if let (Some(_), Some(_)) = (table.get("days"), table.get("per_week"))
            && let Some((key, _)) = table.get_key_value("per_week")
        {
            self.error(
                key.span(),
                "[schedule] gives both `days` and `per_week`",
                "keep one: days = [\"mon\", \"wed\", \"fri\"] for fixed days, or per_week = 3 for any 3 days a week",
            );
        }
        let remind_at = table
            .get("remind_at")
            .map(|value| self.times(value, per_day))
            .unwrap_or_default();
        let schedule = Schedule {
            start: start?,
            weeks,
            days,
            per_week,
            per_day,
            remind_at,
        };
        (self.diagnostics.len() == errors_before).then_some(schedule)
    }

    /// The `[pain]` table.
    pub(super) fn pain(&mut self, root: &DeTable<'_>) -> PainLimits {
        let Some(value) = root.get("pain") else {
            return PainLimits::default();
        };
        let Some(table) = self.table_of(
            value,
            "pain",
            "a [pain] header with stop_above = 5 below it",
        ) else {
            return PainLimits::default();
        };
        for (key, value) in table {
            if !PAIN_KEYS.contains(&key.get_ref().as_ref()) {
                self.unknown_key(key, value, PAIN_KEYS, "in [pain]");
            }
        }
        PainLimits {
            stop_above: self.whole(table, "stop_above", 0, 10).map(|n| n as u8),
            rise_alert: self.whole(table, "rise_alert", 1, 10).map(|n| n as u8),
        }
    }

    /// An exercise's `progress` stages, with each one's header line. `schedule`: whether the
    /// file has a `[schedule]`; `weeks`: its length.
    pub(super) fn progress(
        &mut self,
        table: &DeTable<'_>,
        pace: Pace,
        schedule: (bool, Option<u32>),
    ) -> Vec<(Stage, Range<usize>)> {
        let Some((key, value)) = table.get_key_value("progress") else {
            return Vec::new();
        };
        if !schedule.0 {
            self.error(
                key.span(),
                "`progress` needs a [schedule]: stages start in a programme week",
                "add a [schedule] table with start = 2026-12-07 (the first day of week 1) and weeks = 6",
            );
            return Vec::new();
        }
        let DeValue::Array(items) = value.get_ref() else {
            self.error(
                value.span(),
                "`progress` must be a list of tables",
                "write each stage under its own [[exercise.progress]] header, below its exercise",
            );
            return Vec::new();
        };
        let mut stages: Vec<(Stage, Range<usize>)> = Vec::new();
        for item in items {
            let DeValue::Table(stage_table) = item.get_ref() else {
                self.wrong_type(
                    item,
                    "progress",
                    "a table under an [[exercise.progress]] header",
                );
                continue;
            };
            let header = self.header_span(item.span());
            if let Some(stage) = self.stage(stage_table, header.clone(), pace, schedule.1) {
                if let Some((last, _)) = stages.last()
                    && stage.from_week <= last.from_week
                {
                    let span = stage_table
                        .get("from_week")
                        .map_or(header.clone(), |v| v.span());
                    self.error(
                        span,
                        format!(
                            "`from_week = {}` comes after a stage from week {}",
                            stage.from_week, last.from_week
                        ),
                        "list an exercise's stages in order of their weeks, each from a later week",
                    );
                }
                stages.push((stage, header));
            }
        }
        stages
    }

    fn stage(
        &mut self,
        table: &DeTable<'_>,
        header: Range<usize>,
        pace: Pace,
        weeks: Option<u32>,
    ) -> Option<Stage> {
        let errors_before = self.diagnostics.len();
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            if STAGE_KEYS.contains(&name) {
                continue;
            }
            if EXERCISE_KEYS.contains(&name) {
                self.error(
                    key.span(),
                    format!("a stage cannot change `{name}`"),
                    format!(
                        "a stage may set: {}; put `{name}` on the exercise itself",
                        STAGE_KEYS[1..].join(", ")
                    ),
                );
            } else {
                self.unknown_key(key, value, STAGE_KEYS, "in [[exercise.progress]]");
            }
        }
        let last = weeks.unwrap_or(MAX_WEEKS).max(2);
        let from_week = match table.get("from_week") {
            Some(_) => self.whole(table, "from_week", 2, last),
            None => {
                self.error(
                    header.clone(),
                    "this stage has no `from_week`",
                    "add a line from_week = 3: the programme week the change starts",
                );
                None
            }
        };
        let mut stage = Stage {
            from_week: from_week.unwrap_or(2),
            sets: table
                .get("sets")
                .map(|_| self.count(table, "sets", MAX_SETS)),
            reps: table
                .get("reps")
                .map(|_| self.count(table, "reps", MAX_REPS)),
            ..Stage::default()
        };
        let duration = |reader: &mut Self, key: &str| {
            table
                .get(key)
                .map(|_| reader.duration(table, key, Duration::ZERO))
        };
        stage.rest_between_reps = duration(self, "rest_between_reps");
        stage.rest_between_sets = duration(self, "rest_between_sets");
        stage.switch_sides = duration(self, "switch_sides");
        self.stage_tempo(table, pace, &mut stage);
        (self.diagnostics.len() == errors_before).then_some(stage)
    }

    /// A stage's `tempo` (only the phases it names) and `hold`.
    fn stage_tempo(&mut self, table: &DeTable<'_>, pace: Pace, stage: &mut Stage) {
        let tempo = table.get_key_value("tempo");
        let hold = table.get_key_value("hold");
        if pace == Pace::SelfPaced {
            for (key, _) in [tempo, hold].into_iter().flatten() {
                self.error(
                    key.span(),
                    format!(
                        "a stage of a self-paced exercise cannot set `{}`",
                        key.get_ref()
                    ),
                    "a self-paced rep has no timed phases: change its sets or reps instead",
                );
            }
            return;
        }
        if let Some((_, value)) = tempo {
            let Some(phases) = self.table_of(value, "tempo", "{ up = \"2s\", hold = \"5s\" }")
            else {
                return;
            };
            for (key, phase) in phases {
                if !TEMPO_KEYS.contains(&key.get_ref().as_ref()) {
                    self.unknown_key(key, phase, TEMPO_KEYS, "in tempo");
                }
            }
            let phase = |reader: &mut Self, key: &str| {
                phases
                    .get(key)
                    .map(|_| reader.duration(phases, key, Duration::ZERO))
            };
            stage.up = phase(self, "up");
            stage.hold = phase(self, "hold");
            stage.down = phase(self, "down");
        }
        if let Some((key, _)) = hold {
            if stage.hold.is_some() {
                self.error(
                    key.span(),
                    "the hold is given twice in this stage: as `hold` and in `tempo`",
                    "keep one of them: either hold = … or tempo = { …, hold = … }",
                );
            } else {
                stage.hold = Some(self.duration(table, "hold", Duration::ZERO));
            }
        }
    }
}

impl Reader<'_> {
    /// Every week's plan within the limits: week 1, and each week a stage starts. A plan over
    /// them is reported at the exercise's header in week 1, else at the stage that made it so.
    pub(super) fn check_weeks(&mut self, routine: &Routine, exercises: &[Read]) {
        let mut weeks = routine.stage_weeks();
        weeks.insert(0, 1);
        for week in weeks {
            let plan = routine.for_week(week);
            for (index, exercise) in plan.exercises.iter().enumerate() {
                let stage = routine.exercises[index]
                    .progress
                    .iter()
                    .rposition(|s| s.from_week == week);
                if let (Some(stage), true) = (stage, exercise.tempo.rep().is_zero()) {
                    self.error(
                        exercises[index].2[stage].clone(),
                        format!("from week {week}, every phase of the tempo is 0s, so a rep would take no time"),
                        "give up, hold or down a duration in this stage",
                    );
                }
            }
            let over_time = plan.planned_time() > MAX_TOTAL;
            let steps = plan.step_count();
            if !over_time && steps <= MAX_STEPS {
                continue;
            }
            // The exercise that weighs most on the limit that is passed.
            let Some((index, longest)) = plan.exercises.iter().enumerate().max_by_key(|(_, e)| {
                if over_time {
                    e.planned_time(plan.prepare).as_millis()
                } else {
                    u128::from(e.step_count(plan.prepare))
                }
            }) else {
                return;
            };
            let (_, header, stages) = &exercises[index];
            let stage = routine.exercises[index]
                .progress
                .iter()
                .rposition(|s| s.from_week <= week);
            let (span, place) = match stage {
                Some(stage) => (stages[stage].clone(), format!("in week {week}, ")),
                None => (header.clone(), String::new()),
            };
            if over_time {
                self.error(
                    span.clone(),
                    format!(
                        "{place}the routine's planned time is {}, over the 24-hour limit",
                        format::duration(plan.planned_time())
                    ),
                    format!(
                        "the longest exercise is \"{}\" ({}): lower its sets, reps or durations",
                        longest.name,
                        format::duration(longest.planned_time(plan.prepare))
                    ),
                );
            }
            if steps > MAX_STEPS {
                self.error(
                    span,
                    format!(
                        "{place}the routine has {steps} steps; at most {MAX_STEPS} are allowed"
                    ),
                    "lower the sets or reps of the largest exercises",
                );
            }
            // One week over the limits is enough to say.
            return;
        }
    }
}
