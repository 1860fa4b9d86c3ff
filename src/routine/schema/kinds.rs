//! The kinds of value a routine key holds, as JSON Schema: tables, words, counts, durations.

use serde_json::{Map, Value, json};

use crate::routine::duration::MAX_DURATION;

/// A number of seconds, or a string with units h, m (or min) and s, largest first, each at most
/// once, as `duration::parse` reads them.
const DURATION_PATTERN: &str = r"^\s*(?:@\s*[hH]\s*(?:@\s*[mM](?:[iI][nN])?\s*)?(?:@\s*[sS]\s*)?|@\s*[mM](?:[iI][nN])?\s*(?:@\s*[sS]\s*)?|@\s*[sS]\s*|@\s*)$";
/// A number as `duration::parse` reads it (each `@` above): digits with at most one point.
const NUMBER: &str = r"(?:[0-9]+\.?[0-9]*|\.[0-9]+)";

/// An object with exactly these keys.
pub(super) fn table(keys: &[(&str, Value)], required: &[&str]) -> Value {
    let properties: Map<String, Value> = keys
        .iter()
        .map(|(name, schema)| ((*name).to_string(), schema.clone()))
        .collect();
    let mut table = json!({
        "type": "object",
        "properties": properties,
        "additionalProperties": false,
    });
    if !required.is_empty() {
        table["required"] = json!(required);
    }
    table
}

pub(super) fn describe(schema: &mut Value, description: &str) {
    schema["description"] = json!(description);
}

pub(super) fn text_key(description: &str, min: usize, max: Option<usize>) -> Value {
    let mut text = json!({ "type": "string", "minLength": min, "description": description });
    if let Some(max) = max {
        text["maxLength"] = json!(max);
    }
    text
}

pub(super) fn count(description: &str, max: u32, default: Option<u32>) -> Value {
    let mut count =
        json!({ "type": "integer", "minimum": 1, "maximum": max, "description": description });
    if let Some(default) = default {
        count["default"] = json!(default);
    }
    count
}

/// A duration with its default, as written in a routine (`"30s"`).
pub(super) fn duration(description: &str, default: &str) -> Value {
    let mut duration = plain_duration(description);
    duration["default"] = json!(default);
    duration
}

/// A duration: seconds as a number, or a string such as `"5s"`, `"2m"`, `"1m30s"`; 0 s – 1 h.
pub(super) fn plain_duration(description: &str) -> Value {
    json!({
        "description": format!("{description} A duration: seconds (5, 1.5) or \"5s\", \"2m\", \"1m30s\"; at most 1 hour."),
        "anyOf": [
            { "type": "number", "minimum": 0, "maximum": MAX_DURATION.as_secs() },
            { "type": "string", "pattern": DURATION_PATTERN.replace('@', NUMBER) },
        ],
    })
}
