//! Reading single values — text, counts, flags, durations — with a precise message when one
//! is of the wrong kind, and "did you mean" for mistyped keys.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{Reader, Value};
use crate::routine::duration;
use crate::t;

impl Reader<'_> {
    pub(super) fn find<'a, 'i>(&self, table: &'a DeTable<'i>, key: &str) -> Option<&'a Value<'i>> {
        table.get(key)
    }

    pub(super) fn required_text(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        owner: Range<usize>,
        owner_name: &str,
    ) -> Option<String> {
        let Some(value) = self.find(table, key) else {
            self.error(
                owner,
                t!("routine-missing-key", owner = owner_name, key = key),
                t!("routine-missing-key-hint", key = key),
            );
            return None;
        };
        let text = self.text_of(value, key)?;
        if text.trim().is_empty() {
            self.error(
                value.span(),
                t!("routine-text-empty", key = key),
                t!("routine-text-empty-hint", key = key),
            );
            return None;
        }
        Some(text.trim().to_string())
    }

    pub(super) fn text_value(&mut self, table: &DeTable<'_>, key: &str) -> Option<String> {
        let value = self.find(table, key)?;
        let text = self.text_of(value, key)?;
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_string())
    }

    pub(super) fn text_of(&mut self, value: &Value<'_>, key: &str) -> Option<String> {
        match value.get_ref().as_str() {
            Some(text) => Some(text.to_string()),
            None => {
                // Whatever the key, text is wanted here (a cue's `up` is words, not a duration).
                self.error(
                    value.span(),
                    t!("routine-not-text", key = key, kind = kind(value.get_ref())),
                    t!("routine-not-text-hint", key = key),
                );
                None
            }
        }
    }

    pub(super) fn count(&mut self, table: &DeTable<'_>, key: &str, max: u32) -> u32 {
        let Some(value) = self.find(table, key) else {
            return 1;
        };
        let parsed = match value.get_ref() {
            DeValue::Integer(integer) => {
                i64::from_str_radix(&integer.as_str().replace('_', ""), integer.radix()).ok()
            }
            DeValue::Float(_) => {
                self.error(
                    value.span(),
                    t!("routine-not-whole", key = key),
                    t!(
                        "routine-whole-hint",
                        key = key,
                        min = "1",
                        max = max.to_string()
                    ),
                );
                return 1;
            }
            _ => {
                let expected = t!("routine-expected-whole", min = "1", max = max.to_string());
                self.wrong_type(value, key, &expected);
                return 1;
            }
        };
        match parsed {
            Some(n) if (1..=i64::from(max)).contains(&n) => n as u32,
            _ => {
                self.error(
                    value.span(),
                    t!(
                        "routine-out-of-range",
                        key = key,
                        min = "1",
                        max = max.to_string()
                    ),
                    t!(
                        "routine-whole-hint",
                        key = key,
                        min = "1",
                        max = max.to_string()
                    ),
                );
                1
            }
        }
    }

    pub(super) fn boolean(&mut self, table: &DeTable<'_>, key: &str) -> bool {
        let Some(value) = self.find(table, key) else {
            return false;
        };
        match value.get_ref().as_bool() {
            Some(flag) => flag,
            None => {
                self.wrong_type(value, key, &t!("routine-expected-boolean"));
                false
            }
        }
    }

    pub(super) fn duration(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        default: Duration,
    ) -> Duration {
        let Some(value) = self.find(table, key) else {
            return default;
        };
        let parsed = match value.get_ref() {
            DeValue::Integer(integer) => {
                match i64::from_str_radix(&integer.as_str().replace('_', ""), integer.radix()) {
                    Ok(n) => duration::from_seconds(n as f64),
                    Err(_) => Err(duration::DurationError::TooLong),
                }
            }
            DeValue::Float(float) => match float.as_str().replace('_', "").parse::<f64>() {
                Ok(seconds) => duration::from_seconds(seconds),
                Err(_) => Err(duration::DurationError::NotFinite),
            },
            DeValue::String(text) => duration::parse(text),
            _ => {
                self.wrong_type(value, key, &t!("routine-expected-duration"));
                return default;
            }
        };
        match parsed {
            Ok(duration) => duration,
            Err(err) => {
                let message = t!("routine-key-problem", key = key, problem = err.to_string());
                self.error(value.span(), message, err.hint());
                default
            }
        }
    }

    pub(super) fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        self.error(
            value.span(),
            t!(
                "routine-wrong-type",
                key = key,
                expected = expected,
                kind = kind(value.get_ref())
            ),
            t!(
                "routine-write-example",
                key = key,
                example = example_for(key)
            ),
        );
    }

    pub(super) fn unknown_key(
        &mut self,
        key: &Spanned<std::borrow::Cow<'_, str>>,
        _value: &Value<'_>,
        known: &[&str],
        place: &str,
    ) {
        let name = key.get_ref().as_ref();
        let hint = match closest(name, known) {
            Some(close) => t!("routine-did-you-mean", key = close),
            None => t!(
                "routine-keys-allowed",
                place = place,
                keys = known.join(", ")
            ),
        };
        let message = t!("routine-unknown-key", key = name, place = place);
        self.error(key.span(), message, hint);
    }
}

/// The known key nearest to a mistyped one, when it is close enough to be a typo.
fn closest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    let lower = name.to_ascii_lowercase().replace(['-', ' '], "_");
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&lower, k), *k))
        .filter(|(distance, k)| {
            *distance <= (k.len() / 3).max(1) || k.starts_with(&lower) && lower.len() >= 3
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}

/// A value's kind in words ("string", "table"), for "must be …, not {kind}".
pub(super) fn kind(value: &DeValue<'_>) -> String {
    t!("routine-value-kind", kind = value.type_str())
}

/// An example line's value for `key`; examples with words in them are in the person's language.
fn example_for(key: &str) -> String {
    let example = match key {
        "title" => return t!("routine-example-title"),
        "name" => return t!("routine-example-name"),
        "cues" => return t!("routine-example-cues"),
        "safety" => return t!("routine-example-safety"),
        "sets" => "2",
        "reps" => "12",
        "each_side" => "true",
        "pace" => "\"guided\"",
        "tempo" => "{ up = \"2s\", hold = \"3s\", down = \"2s\" }", // not translated: a TOML value
        "image" => "\"images/bridge.png\"",
        "intro_audio" => "\"audio/bridge.ogg\"",
        "author" | "notes" | "instructions" | "caution" => "\"…\"",
        "urgent" | "contact" => "[\"…\", \"…\"]",
        _ => "\"5s\"",
    };
    example.to_string()
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn typos_find_their_key() {
        let keys = super::super::EXERCISE_KEYS;
        assert_eq!(closest("rep", keys), Some("reps"));
        assert_eq!(closest("set", keys), Some("sets"));
        assert_eq!(closest("rest_between_set", keys), Some("rest_between_sets"));
        assert_eq!(closest("each-side", keys), Some("each_side"));
        assert_eq!(closest("Reps", keys), Some("reps"));
        assert_eq!(closest("colour", keys), None);
    }
}
