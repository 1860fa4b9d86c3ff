//! `[schedule]`, `[pain]` and `[[exercise.progress]]`: the programme over weeks.

use std::ops::Range;
use std::time::Duration;

use toml::de::{DeTable, DeValue};

use super::{EXERCISE_KEYS, Reader, TEMPO_KEYS, Value, values};
use crate::routine::programme::{MAX_PER_DAY, MAX_WEEKS};
use crate::routine::{MAX_REPS, MAX_SETS, Pace, PainLimits, Schedule, Stage};
use crate::t;

/// The keys `[schedule]` takes.
pub(crate) const SCHEDULE_KEYS: &[&str] =
    &["start", "weeks", "days", "per_week", "per_day", "remind_at"];
/// The keys `[pain]` takes.
pub(crate) const PAIN_KEYS: &[&str] = &["stop_above", "rise_alert"];
/// The keys `[[exercise.progress]]` takes.
pub(crate) const STAGE_KEYS: &[&str] = &[
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
        let table = self.table_of(value, "schedule", &t!("routine-expected-schedule"))?;
        let errors_before = self.diagnostics.len();
        for (key, value) in table {
            if !SCHEDULE_KEYS.contains(&key.get_ref().as_ref()) {
                self.unknown_key(key, value, SCHEDULE_KEYS, &t!("routine-place-schedule"));
            }
        }
        let start = match table.get("start") {
            Some(value) => self.date(value, "start"),
            None => {
                let header = self.header_span(value.span());
                self.error(header, t!("routine-no-start"), t!("routine-no-start-hint"));
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
                t!("routine-days-and-per-week"),
                t!("routine-days-and-per-week-hint"),
            );
        }
        let remind_at = table
            .get("remind_at")
            .map(|value| self.times(value, per_day))
            .unwrap_or_default();
        // Every programme week must be a real date (a start in year 9999 has no week 2).
        let span = 7 * i64::from(weeks.unwrap_or(MAX_WEEKS));
        if let (Some(date), Some(value)) = (start, table.get("start"))
            && date.checked_add(jiff::Span::new().days(span)).is_err()
        {
            self.error(
                value.span(),
                t!("routine-start-too-late"),
                t!("routine-start-too-late-hint"),
            );
        }
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
        let Some(table) = self.table_of(value, "pain", &t!("routine-expected-pain")) else {
            return PainLimits::default();
        };
        for (key, value) in table {
            if !PAIN_KEYS.contains(&key.get_ref().as_ref()) {
                self.unknown_key(key, value, PAIN_KEYS, &t!("routine-place-pain"));
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
                t!("routine-progress-needs-schedule"),
                t!("routine-progress-needs-schedule-hint"),
            );
            return Vec::new();
        }
        let DeValue::Array(items) = value.get_ref() else {
            self.error(
                value.span(),
                t!("routine-progress-not-list"),
                t!("routine-progress-not-list-hint"),
            );
            return Vec::new();
        };
        let mut stages: Vec<(Stage, Range<usize>)> = Vec::new();
        for item in items {
            let DeValue::Table(stage_table) = item.get_ref() else {
                self.wrong_type(item, "progress", &t!("routine-expected-stage"));
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
                        t!(
                            "routine-stage-out-of-order",
                            week = stage.from_week.to_string(),
                            last = last.from_week.to_string()
                        ),
                        t!("routine-stage-out-of-order-hint"),
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
                    t!("routine-stage-cannot-change", key = name),
                    t!(
                        "routine-stage-cannot-change-hint",
                        keys = STAGE_KEYS[1..].join(", "),
                        key = name
                    ),
                );
            } else {
                self.unknown_key(key, value, STAGE_KEYS, &t!("routine-place-stage"));
            }
        }
        let from_week = match (table.get("from_week"), weeks) {
            // No week after the first: whole() would ask for a week from 2 to 1.
            (Some(value), Some(1)) => {
                self.error(
                    value.span(),
                    t!("routine-one-week-stage"),
                    t!("routine-one-week-stage-hint"),
                );
                None
            }
            (Some(_), _) => self.whole(table, "from_week", 2, weeks.unwrap_or(MAX_WEEKS)),
            (None, _) => {
                self.error(
                    header.clone(),
                    t!("routine-no-from-week"),
                    t!("routine-no-from-week-hint"),
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
                    t!("routine-stage-tempo-self-paced", key = key.get_ref()),
                    t!("routine-stage-tempo-self-paced-hint"),
                );
            }
            return;
        }
        if let Some((_, value)) = tempo {
            let Some(phases) = self.table_of(value, "tempo", &t!("routine-example-stage-tempo"))
            else {
                return;
            };
            for (key, phase) in phases {
                if !TEMPO_KEYS.contains(&key.get_ref().as_ref()) {
                    self.unknown_key(key, phase, TEMPO_KEYS, &t!("routine-place-tempo"));
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
                    t!("routine-stage-hold-twice"),
                    t!("routine-hold-twice-hint"),
                );
            } else {
                stage.hold = Some(self.duration(table, "hold", Duration::ZERO));
            }
        }
    }

    fn table_of<'a, 'i>(
        &mut self,
        value: &'a Value<'i>,
        key: &str,
        example: &str,
    ) -> Option<&'a DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            _ => {
                self.wrong_type(value, key, &t!("routine-expected-table", example = example));
                None
            }
        }
    }

    /// A whole number from `min` to `max`, when the key is there.
    fn whole(&mut self, table: &DeTable<'_>, key: &str, min: u32, max: u32) -> Option<u32> {
        let value = table.get(key)?;
        let (low, high) = (min.to_string(), max.to_string());
        let hint = t!("routine-whole-hint", key = key, min = &low, max = &high);
        let parsed = match value.get_ref() {
            DeValue::Integer(integer) => {
                i64::from_str_radix(&integer.as_str().replace('_', ""), integer.radix()).ok()
            }
            other => {
                self.error(
                    value.span(),
                    t!(
                        "routine-not-whole-kind",
                        key = key,
                        kind = values::kind(other)
                    ),
                    hint,
                );
                return None;
            }
        };
        match parsed {
            Some(n) if (i64::from(min)..=i64::from(max)).contains(&n) => Some(n as u32),
            _ => {
                self.error(
                    value.span(),
                    t!("routine-out-of-range", key = key, min = low, max = high),
                    hint,
                );
                None
            }
        }
    }
}
