//! Every programme week's plan within the routine's limits (24 hours, 1,000,000 steps), with
//! an error at the stage that broke them.

use super::{MAX_STEPS, MAX_TOTAL, Read, Reader, Routine};
use crate::{format, t};

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
                        t!("routine-stage-tempo-zero", week = week.to_string()),
                        t!("routine-stage-tempo-zero-hint"),
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
            let (span, week) = match stage {
                Some(stage) => (stages[stage].clone(), week.to_string()),
                // Week 1, before any stage: the message names no week.
                None => (header.clone(), "none".to_string()),
            };
            if over_time {
                self.error(
                    span.clone(),
                    t!(
                        "routine-plan-too-long",
                        week = week.as_str(),
                        time = format::duration(plan.planned_time())
                    ),
                    t!(
                        "routine-plan-too-long-hint",
                        name = &longest.name,
                        time = format::duration(longest.planned_time(plan.prepare))
                    ),
                );
            }
            if steps > MAX_STEPS {
                self.error(
                    span,
                    t!(
                        "routine-too-many-steps",
                        week = week.as_str(),
                        steps = steps.to_string(),
                        max = MAX_STEPS.to_string()
                    ),
                    t!("routine-too-many-steps-hint"),
                );
            }
            // One week over the limits is enough to say.
            return;
        }
    }
}
