//! An exercise's `cues`: its own words for phases and sides.

use toml::de::{DeTable, DeValue};

use super::Reader;
use crate::routine::Cues;
use crate::t;

/// The keys `cues` takes.
pub(crate) const CUE_KEYS: &[&str] = &["up", "hold", "down", "rep", "left", "right"];

impl Reader<'_> {
    pub(super) fn cues(&mut self, table: &DeTable<'_>) -> Cues {
        let mut cues = Cues::default();
        let Some(value) = table.get("cues") else {
            return cues;
        };
        let DeValue::Table(words) = value.get_ref() else {
            self.wrong_type(value, "cues", &t!("routine-expected-cues"));
            return cues;
        };
        for (key, word) in words {
            let slot = match key.get_ref().as_ref() {
                "up" => &mut cues.up,
                "hold" => &mut cues.hold,
                "down" => &mut cues.down,
                "rep" => &mut cues.rep,
                "left" => &mut cues.left,
                "right" => &mut cues.right,
                _ => {
                    self.unknown_key(key, word, CUE_KEYS, &t!("routine-place-cues"));
                    continue;
                }
            };
            let Some(text) = self.text_of(word, key.get_ref()) else {
                continue;
            };
            let text = text.trim();
            let chars = text.chars().count();
            if chars == 0 {
                self.error(
                    word.span(),
                    t!("routine-cue-empty", key = key.get_ref()),
                    t!("routine-cue-empty-hint"),
                );
            } else if chars > Cues::MAX_CHARS {
                self.error(
                    word.span(),
                    t!(
                        "routine-cue-too-long",
                        key = key.get_ref(),
                        count = chars,
                        max = Cues::MAX_CHARS.to_string()
                    ),
                    t!("routine-cue-too-long-hint"),
                );
            } else {
                *slot = Some(text.to_string());
            }
        }
        cues
    }
}
