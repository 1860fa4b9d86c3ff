//! Folding a journal into what its history line says: the session's own count when it ended,
//! otherwise a count of the steps it recorded before it was interrupted.

use super::{EndLine, Header, Line, StepLine};
use crate::session::{Ending, ExerciseRecord, tally};
use crate::store::history::SessionEntry;

/// A journal folded as it is read: what the history line will say.
#[derive(Debug, Clone, Default)]
pub struct Fold {
    header: Option<Header>,
    /// Per step index: done (true) or skipped (false); done wins.
    marks: std::collections::BTreeMap<usize, (bool, StepLine)>,
    active: Vec<u64>,
    paused_ms: u64,
    pauses: u32,
    paused_at: Option<u64>,
    last_ms: u64,
    end: Option<EndLine>,
}

impl Fold {
    /// Takes in one line.
    pub fn push(&mut self, line: Line) {
        match line {
            Line::Start(header) => {
                self.active = vec![0; header.exercises.len()];
                self.header = Some(*header);
            }
            Line::Step(step) => {
                self.last_ms = self.last_ms.max(step.ms);
                if let Some(active) = self.active.get_mut(step.exercise) {
                    *active = (*active).max(step.active_ms);
                }
                let done = self.marks.get(&step.index).is_some_and(|(d, _)| *d) || step.done;
                self.marks.insert(step.index, (done, step));
            }
            Line::Pause { ms } => {
                self.last_ms = self.last_ms.max(ms);
                self.pauses += 1;
                self.paused_at = Some(ms);
            }
            Line::Resume { ms } => {
                self.last_ms = self.last_ms.max(ms);
                if let Some(since) = self.paused_at.take() {
                    self.paused_ms += ms.saturating_sub(since);
                }
            }
            Line::End(end) => {
                self.last_ms = self.last_ms.max(end.ms);
                self.end = Some(*end);
            }
            Line::Unknown => {}
        }
    }

    /// The session's id, once the header is read.
    pub fn id(&self) -> Option<&str> {
        self.header.as_ref().map(|h| h.id.as_str())
    }

    /// Whether the end line has been read.
    pub fn is_ended(&self) -> bool {
        self.end.is_some()
    }

    /// The history line: the session's own count when it ended, otherwise a count of the
    /// steps recorded before it was interrupted. `None` without a header.
    pub fn entry(&self) -> Option<SessionEntry> {
        let header = self.header.as_ref()?;
        let (ending, paused_ms, pauses, steps_skipped, mut exercises) = match &self.end {
            Some(end) => (
                end.ending,
                end.paused_ms,
                end.pauses,
                end.steps_skipped,
                end.exercises.clone(),
            ),
            None => {
                let exercises = self.count(header);
                let skipped = exercises.iter().map(|e| e.steps_skipped).sum();
                (
                    Ending::Interrupted,
                    self.paused_ms,
                    self.pauses,
                    skipped,
                    exercises,
                )
            }
        };
        exercises.resize_with(header.exercises.len(), ExerciseRecord::default);
        for (entry, planned) in exercises.iter_mut().zip(&header.exercises) {
            entry.name = planned.name.clone();
        }
        let ended = header
            .started
            .checked_add(jiff::SignedDuration::from_millis(
                i64::try_from(self.last_ms).unwrap_or(i64::MAX),
            ))
            .unwrap_or(header.started);
        Some(SessionEntry {
            id: header.id.clone(),
            started: header.started,
            ended,
            routine: header.routine.clone(),
            routine_hash: header.routine_hash.clone(),
            routine_file: header.routine_file.clone(),
            ending,
            paused_ms,
            pauses,
            steps_skipped,
            exercises,
            pain_before: header.pain_before.filter(|p| *p <= 10),
            pain_after: None,
            pain_where: String::new(),
            note: String::new(),
            stopped_during: self.end.as_ref().and_then(|end| end.stopped_during.clone()),
            programme: header.programme.clone(),
            pain_limits: header.pain_limits,
            started_above_limit: header.started_above_limit,
        })
    }

    fn count(&self, header: &Header) -> Vec<ExerciseRecord> {
        tally(
            &header.exercises,
            self.marks.values().map(|(done, step)| {
                let mut ended = step.ended();
                ended.done = *done;
                ended
            }),
            &self.active,
        )
    }
}
