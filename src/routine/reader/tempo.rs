//! An exercise's `pace` and `tempo` (a table of phases, or `hold` alone for a plain stretch).

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::{Reader, TEMPO_KEYS};
use crate::routine::{Pace, Tempo};

impl Reader<'_> {
    pub(super) fn pace(&mut self, table: &DeTable<'_>) -> Pace {
        let Some((_, value)) = table.get_key_value("pace") else {
            return Pace::default();
        };
        match value.get_ref().as_str() {
            Some("guided") => Pace::Guided,
            Some("self") => Pace::SelfPaced,
            Some(other) => {
                self.error(
                    value.span(),
                    format!("unknown pace \"{other}\""),
                    "write pace = \"guided\" (the app counts each phase) or pace = \"self\" (the person marks each rep done)",
                );
                Pace::default()
            }
            None => {
                self.wrong_type(value, "pace", "a string: \"guided\" or \"self\"");
                Pace::default()
            }
        }
    }

    pub(super) fn tempo(&mut self, table: &DeTable<'_>, pace: Pace, header: Range<usize>) -> Tempo {
        let mut tempo = Tempo::default();
        let tempo_value = table.get_key_value("tempo");
        let hold_value = table.get_key_value("hold");
        if pace == Pace::SelfPaced {
            for (key, _) in [tempo_value, hold_value].into_iter().flatten() {
                self.error(
                    key.span(),
                    format!("`{}` cannot be used with pace = \"self\"", key.get_ref()),
                    "a self-paced rep has no timed phases: remove this line, or remove pace = \"self\"",
                );
            }
            return tempo;
        }
        let mut hold_in_tempo = false;
        if let Some((_, value)) = tempo_value {
            match value.get_ref() {
                DeValue::Table(phases) => {
                    for (key, phase) in phases {
                        if !TEMPO_KEYS.contains(&key.get_ref().as_ref()) {
                            self.unknown_key(key, phase, TEMPO_KEYS, "in tempo");
                        }
                    }
                    tempo.up = self.duration(phases, "up", tempo.up);
                    tempo.hold = self.duration(phases, "hold", tempo.hold);
                    tempo.down = self.duration(phases, "down", tempo.down);
                    hold_in_tempo = phases.get("hold").is_some();
                }
                _ => self.wrong_type(
                    value,
                    "tempo",
                    "a table such as { up = \"2s\", hold = \"3s\", down = \"2s\" }",
                ),
            }
        }
        if let Some((key, _)) = hold_value {
            if hold_in_tempo {
                self.error(
                    key.span(),
                    "the hold is given twice: as `hold` and in `tempo`",
                    "keep one of them: either hold = … or tempo = { …, hold = … }",
                );
            } else {
                tempo.hold = self.duration(table, "hold", tempo.hold);
            }
        }
        if tempo.rep().is_zero() {
            let span = tempo_value
                .or(hold_value)
                .map_or(header, |(key, _)| key.span());
            self.error(
                span,
                "every phase of the tempo is 0s, so a rep would take no time",
                "give up, hold or down a duration, or write pace = \"self\" so the person marks each rep done",
            );
        }
        tempo
    }
}
