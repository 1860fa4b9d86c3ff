//! Walks the parsed TOML document key by key, so that every problem is reported at its place
//! and several problems are reported together.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::i18n::Lang;
use crate::t;

use super::{Diagnostic, Exercise, MAX_REPS, MAX_SETS, MAX_STEPS, MAX_TOTAL, Routine};

/// The keys `[routine]` takes.
pub(crate) const ROUTINE_KEYS: &[&str] = &[
    "title",
    "language",
    "author",
    "notes",
    "prepare",
    "rest_between_exercises",
];
/// The keys `[[exercise]]` takes.
pub(crate) const EXERCISE_KEYS: &[&str] = &[
    "name",
    "instructions",
    "caution",
    "image",
    "intro_audio",
    "cues",
    "sets",
    "reps",
    "each_side",
    "tempo",
    "hold",
    "pace",
    "rest_between_reps",
    "rest_between_sets",
    "switch_sides",
    "progress",
];
/// The keys `tempo` takes.
pub(crate) const TEMPO_KEYS: &[&str] = &["up", "hold", "down"];

mod calendar;
mod cues;
mod programme;
mod safety;
mod tempo;
mod values;
mod weeks;

// The schema's tests hold it to every table's keys.
#[cfg(test)]
pub(crate) use cues::CUE_KEYS;
#[cfg(test)]
pub(crate) use programme::{PAIN_KEYS, SCHEDULE_KEYS, STAGE_KEYS};
#[cfg(test)]
pub(crate) use safety::SAFETY_KEYS;

type Value<'i> = Spanned<DeValue<'i>>;

pub(super) fn read(text: &str) -> Result<Routine, Vec<Diagnostic>> {
    if text.trim().is_empty() {
        return Err(vec![
            Diagnostic::at(text, 0..0, t!("routine-file-empty"))
                .with_hint(t!("routine-file-empty-hint")),
        ]);
    }
    let (root, errors) = DeTable::parse_recoverable(text);
    if !errors.is_empty() {
        let mut diagnostics: Vec<Diagnostic> = errors
            .iter()
            .map(|err| {
                let span = err.span().unwrap_or(0..0);
                Diagnostic::at(text, span, syntax_message(err.message()))
                    .with_hint(t!("routine-toml-syntax-hint"))
            })
            .collect();
        diagnostics.dedup_by_key(|d| d.line);
        return Err(diagnostics);
    }
    let mut reader = Reader {
        text,
        diagnostics: Vec::new(),
        schedule: (false, None),
    };
    let routine = reader.routine(root.get_ref());
    match routine {
        Some(routine) if reader.diagnostics.is_empty() => Ok(routine),
        _ => {
            let mut diagnostics = reader.diagnostics;
            diagnostics.sort_by_key(|d| (d.line, d.column));
            Err(diagnostics)
        }
    }
}

fn syntax_message(message: &str) -> String {
    let first = message.lines().next().unwrap_or(message).trim();
    t!("routine-toml-syntax", detail = first)
}

struct Reader<'t> {
    text: &'t str,
    diagnostics: Vec<Diagnostic>,
    /// Whether the file has a `[schedule]`, and its `weeks` (stages are checked against them).
    schedule: (bool, Option<u32>),
}

/// An exercise as read, with its header line and each of its stages' header lines.
type Read = (Exercise, Range<usize>, Vec<Range<usize>>);

/// The tables a routine file may have.
pub(crate) const TOP_KEYS: &[&str] = &["routine", "exercise", "safety", "schedule", "pain"];

impl Reader<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>, hint: impl Into<String>) {
        let diagnostic = Diagnostic::at(self.text, span, message).with_hint(hint);
        self.diagnostics.push(diagnostic);
    }

    /// A table's header line (`[[exercise]]`), or the first line of an inline table.
    fn header_span(&self, span: Range<usize>) -> Range<usize> {
        let start = span.start.min(self.text.len());
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        start..end.min(span.end.max(start + 1))
    }

    fn routine(&mut self, root: &DeTable<'_>) -> Option<Routine> {
        for (key, value) in root {
            match key.get_ref().as_ref() {
                name if TOP_KEYS.contains(&name) => {}
                name if ROUTINE_KEYS.contains(&name) => self.error(
                    key.span(),
                    t!("routine-key-outside-table", key = name),
                    t!("routine-key-outside-table-routine-hint", key = name),
                ),
                name if EXERCISE_KEYS.contains(&name) => self.error(
                    key.span(),
                    t!("routine-key-outside-table", key = name),
                    t!("routine-key-outside-table-exercise-hint"),
                ),
                _ => self.unknown_key(key, value, TOP_KEYS, &t!("routine-place-top")),
            }
        }
        let header = match root.get_key_value("routine") {
            Some((_, value)) => match value.get_ref() {
                DeValue::Table(table) => Some(self.routine_table(table, value.span())),
                other => {
                    self.error(
                        value.span(),
                        t!("routine-routine-not-table", kind = values::kind(other)),
                        t!("routine-routine-not-table-hint"),
                    );
                    None
                }
            },
            None => {
                self.error(
                    0..0,
                    t!("routine-no-routine-table"),
                    t!("routine-no-routine-table-hint"),
                );
                None
            }
        };
        let schedule = self.schedule(root);
        self.schedule = (
            root.get("schedule").is_some(),
            schedule.as_ref().and_then(|s| s.weeks),
        );
        let pain = self.pain(root);
        let exercises = self.exercises(root);
        let safety = self.safety(root);
        let (title, language, author, notes, prepare, rest_between_exercises) = header?;
        let exercises = exercises?;
        // The header's durations are passed in, not read again, so a bad one is reported once.
        let routine = Routine {
            title: title?,
            language,
            author,
            notes,
            prepare,
            rest_between_exercises,
            exercises: exercises.iter().map(|(e, _, _)| e.clone()).collect(),
            safety,
            schedule,
            pain,
            source_sha256: String::new(),
        };
        self.check_weeks(&routine, &exercises);
        Some(routine)
    }

    #[allow(clippy::type_complexity)]
    fn routine_table(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
    ) -> (
        Option<String>,
        Option<Lang>,
        Option<String>,
        Option<String>,
        Duration,
        Duration,
    ) {
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            if ROUTINE_KEYS.contains(&name) {
                continue;
            }
            if EXERCISE_KEYS.contains(&name) {
                self.error(
                    key.span(),
                    t!("routine-key-belongs-to-exercise", key = name),
                    t!("routine-key-belongs-to-exercise-hint"),
                );
            } else {
                self.unknown_key(key, value, ROUTINE_KEYS, &t!("routine-place-routine"));
            }
        }
        let title = self.required_text(table, "title", span, "[routine]");
        let language = self.language(table);
        let author = self.text_value(table, "author");
        let notes = self.text_value(table, "notes");
        let prepare = self.duration(table, "prepare", Duration::from_secs(5));
        let rest = self.duration(table, "rest_between_exercises", Duration::from_secs(30));
        (title, language, author, notes, prepare, rest)
    }

    /// `language = "es"`: the language of the routine's words, which its cues then speak.
    fn language(&mut self, table: &DeTable<'_>) -> Option<Lang> {
        let value = self.find(table, "language")?;
        let text = self.text_of(value, "language")?;
        let lang = Lang::parse(&text).filter(|l| l.code() == text.trim().to_lowercase());
        if lang.is_none() {
            let codes: Vec<String> = Lang::ALL
                .iter()
                .map(|l| format!("\"{}\"", l.code()))
                .collect();
            self.error(
                value.span(),
                t!("routine-no-such-language", language = text.trim()),
                t!("routine-no-such-language-hint", codes = codes.join(", ")),
            );
        }
        lang
    }

    fn exercises(&mut self, root: &DeTable<'_>) -> Option<Vec<Read>> {
        let Some((key, value)) = root.get_key_value("exercise") else {
            self.error(
                self.text.len()..self.text.len(),
                t!("routine-no-exercises"),
                t!("routine-no-exercises-hint"),
            );
            return None;
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.error(
                key.span(),
                t!("routine-exercise-not-list"),
                t!("routine-exercise-not-list-hint"),
            );
            return None;
        };
        let mut exercises = Vec::new();
        let mut complete = true;
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(table) => match self.exercise(table, item.span()) {
                    Some((exercise, stages)) => {
                        exercises.push((exercise, self.header_span(item.span()), stages));
                    }
                    None => complete = false,
                },
                other => {
                    self.error(
                        item.span(),
                        t!("routine-exercise-not-table", kind = values::kind(other)),
                        t!("routine-exercise-not-table-hint"),
                    );
                    complete = false;
                }
            }
        }
        if !complete {
            return None;
        }
        if exercises.is_empty() {
            self.error(
                key.span(),
                t!("routine-no-exercises"),
                t!("routine-no-exercises-empty-hint"),
            );
            return None;
        }
        Some(exercises)
    }

    fn exercise(
        &mut self,
        table: &DeTable<'_>,
        span: Range<usize>,
    ) -> Option<(Exercise, Vec<Range<usize>>)> {
        let errors_before = self.diagnostics.len();
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            if EXERCISE_KEYS.contains(&name) {
                continue;
            }
            match name {
                "up" | "down" => self.error(
                    key.span(),
                    t!("routine-key-part-of-tempo", key = name),
                    t!("routine-key-part-of-tempo-hint", key = name),
                ),
                _ if ROUTINE_KEYS.contains(&name) => self.error(
                    key.span(),
                    t!("routine-key-belongs-to-routine", key = name),
                    t!("routine-key-belongs-to-routine-hint"),
                ),
                _ => self.unknown_key(key, value, EXERCISE_KEYS, &t!("routine-place-exercise")),
            }
        }
        let header = self.header_span(span.clone());
        let owner = t!("routine-this-exercise");
        let name = self.required_text(table, "name", header.clone(), &owner);
        let instructions = self.text_value(table, "instructions");
        let caution = self.text_value(table, "caution");
        let image = self.text_value(table, "image");
        let intro_audio = self.text_value(table, "intro_audio");
        let sets = self.count(table, "sets", MAX_SETS);
        let reps = self.count(table, "reps", MAX_REPS);
        let each_side = self.boolean(table, "each_side");
        let pace = self.pace(table);
        let tempo = self.tempo(table, pace, header);
        let (progress, stage_lines) = self
            .progress(table, pace, self.schedule)
            .into_iter()
            .unzip();
        let exercise = Exercise {
            name: name?,
            instructions,
            caution,
            image,
            intro_audio,
            sets,
            reps,
            each_side,
            tempo,
            pace,
            rest_between_reps: self.duration(table, "rest_between_reps", Duration::ZERO),
            rest_between_sets: self.duration(table, "rest_between_sets", Duration::from_secs(30)),
            switch_sides: self.duration(table, "switch_sides", Duration::from_secs(5)),
            cues: self.cues(table),
            progress,
        };
        (self.diagnostics.len() == errors_before).then_some((exercise, stage_lines))
    }
}
