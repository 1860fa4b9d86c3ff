//! Reading single values — text, counts, flags, durations — with a precise message when one
//! is of the wrong kind, and "did you mean" for mistyped keys.

use std::ops::Range;
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{FORMAT_HINT, Reader, Value};
use crate::routine::duration;

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
                format!("{owner_name} has no `{key}`"),
                format!("add a line {key} = \"…\""),
            );
            return None;
        };
        let text = self.text_of(value, key)?;
        if text.trim().is_empty() {
            self.error(
                value.span(),
                format!("`{key}` is empty"),
                format!("write a {key} between the quotes"),
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
                    format!(
                        "`{key}` must be text in quotes, not {}",
                        value.get_ref().type_str()
                    ),
                    format!("write {key} = \"…\""),
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
                    format!("`{key}` must be a whole number"),
                    format!("write {key} = a whole number from 1 to {max}"),
                );
                return 1;
            }
            _ => {
                self.wrong_type(value, key, &format!("a whole number from 1 to {max}"));
                return 1;
            }
        };
        match parsed {
            Some(n) if (1..=i64::from(max)).contains(&n) => n as u32,
            _ => {
                self.error(
                    value.span(),
                    format!("`{key}` must be between 1 and {max}"),
                    format!("write {key} = a whole number from 1 to {max}"),
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
                self.wrong_type(value, key, "true or false (without quotes)");
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
                self.wrong_type(value, key, "a duration such as 5, 1.5 or \"1m30s\"");
                return default;
            }
        };
        match parsed {
            Ok(duration) => duration,
            Err(err) => {
                self.error(value.span(), format!("`{key}`: {err}"), err.hint());
                default
            }
        }
    }

    pub(super) fn wrong_type(&mut self, value: &Value<'_>, key: &str, expected: &str) {
        self.error(
            value.span(),
            format!(
                "`{key}` must be {expected}, not {}",
                value.get_ref().type_str()
            ),
            format!("write {key} = {}", example_for(key)),
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
            Some(close) => format!("did you mean `{close}`?"),
            None => format!(
                "the keys allowed {place} are: {}; {FORMAT_HINT}",
                known.join(", ")
            ),
        };
        self.error(key.span(), format!("unknown key `{name}` {place}"), hint);
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

fn example_for(key: &str) -> &'static str {
    match key {
        "title" => "\"Hip & low back — week 1\"",
        "name" => "\"Hip bridge\"",
        "sets" => "2",
        "reps" => "12",
        "each_side" => "true",
        "pace" => "\"guided\"",
        "tempo" => "{ up = \"2s\", hold = \"3s\", down = \"2s\" }",
        "image" => "\"images/bridge.png\"",
        "intro_audio" => "\"audio/bridge.ogg\"",
        "author" | "notes" | "instructions" | "caution" => "\"…\"",
        "urgent" | "contact" => "[\"…\", \"…\"]",
        "cues" => "{ up = \"Bend forward\", down = \"Sit up slowly\" }",
        "safety" => "{ phone = \"Clinic: 0123 456 789\" }",
        _ => "\"5s\"",
    }
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
