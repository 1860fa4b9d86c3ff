//! An exercise's `pace` and `tempo` (a table of phases, or `hold` alone for a plain stretch).

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use super::{Reader, TEMPO_KEYS};
use crate::routine::{Pace, Tempo};
use crate::t;

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
                    t!("routine-unknown-pace", pace = other),
                    t!("routine-unknown-pace-hint"),
                );
                Pace::default()
            }
            None => {
                self.wrong_type(value, "pace", &t!("routine-expected-pace"));
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
                    t!("routine-tempo-with-self-pace", key = key.get_ref()),
                    t!("routine-tempo-with-self-pace-hint"),
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
                            self.unknown_key(key, phase, TEMPO_KEYS, &t!("routine-place-tempo"));
                        }
                    }
                    tempo.up = self.duration(phases, "up", tempo.up);
                    tempo.hold = self.duration(phases, "hold", tempo.hold);
                    tempo.down = self.duration(phases, "down", tempo.down);
                    hold_in_tempo = phases.get("hold").is_some();
                }
                _ => self.wrong_type(value, "tempo", &t!("routine-expected-tempo")),
            }
        }
        if let Some((key, _)) = hold_value {
            if hold_in_tempo {
                self.error(
                    key.span(),
                    t!("routine-hold-twice"),
                    t!("routine-hold-twice-hint"),
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
                t!("routine-tempo-zero"),
                t!("routine-tempo-zero-hint"),
            );
        }
        tempo
    }
}
