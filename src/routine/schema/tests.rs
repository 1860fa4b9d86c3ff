//! The schema against the reader's key lists, the format's documentation and `duration::parse`.

use std::collections::BTreeSet;

use serde_json::Value;

use super::schema;
use crate::routine::duration;
use crate::routine::reader::{
    CUE_KEYS, EXERCISE_KEYS, PAIN_KEYS, ROUTINE_KEYS, SAFETY_KEYS, SCHEDULE_KEYS, STAGE_KEYS,
    TEMPO_KEYS, TOP_KEYS,
};

/// The schema of the table at `path` (property names, `items` for lists).
fn at<'a>(root: &'a Value, path: &[&str]) -> &'a Value {
    path.iter().fold(root, |schema, name| {
        let table = &schema["properties"][*name];
        if table["type"] == "array" {
            &table["items"]
        } else {
            table
        }
    })
}

fn keys(table: &Value) -> BTreeSet<String> {
    table["properties"]
        .as_object()
        .map(|keys| keys.keys().cloned().collect())
        .unwrap_or_default()
}

fn tables() -> Vec<(&'static [&'static str], &'static [&'static str])> {
    vec![
        (&[], TOP_KEYS),
        (&["routine"], ROUTINE_KEYS),
        (&["exercise"], EXERCISE_KEYS),
        (&["exercise", "tempo"], TEMPO_KEYS),
        (&["exercise", "cues"], CUE_KEYS),
        (&["exercise", "progress"], STAGE_KEYS),
        (&["exercise", "progress", "tempo"], TEMPO_KEYS),
        (&["safety"], SAFETY_KEYS),
        (&["schedule"], SCHEDULE_KEYS),
        (&["pain"], PAIN_KEYS),
    ]
}

#[test]
fn every_table_has_exactly_the_keys_the_reader_takes() {
    let root = schema();
    for (path, reader_keys) in tables() {
        let table = at(&root, path);
        let expected: BTreeSet<String> = reader_keys.iter().map(|k| (*k).to_string()).collect();
        assert_eq!(keys(table), expected, "keys of {path:?}");
        assert_eq!(
            table["additionalProperties"], false,
            "{path:?} refuses other keys"
        );
    }
}

#[test]
fn each_key_is_described_in_the_words_of_the_format_guide() {
    let guide = include_str!("../../../docs/routine-format.md").replace('`', "");
    let root = schema();
    let documented = [
        vec!["routine"],
        vec!["exercise"],
        vec!["exercise", "progress"],
        vec!["safety"],
        vec!["schedule"],
        vec!["pain"],
    ];
    for path in documented {
        let table = at(&root, &path);
        for key in keys(table) {
            if key == "progress" {
                continue;
            }
            let description = table["properties"][&key]["description"]
                .as_str()
                .unwrap_or_default();
            let own = description
                .split(" A duration:")
                .next()
                .unwrap_or_default()
                .trim_end_matches('.');
            assert!(
                !own.is_empty() && guide.contains(own),
                "{path:?}.{key}: {own:?} is not in docs/routine-format.md"
            );
        }
    }
}

#[test]
fn the_duration_pattern_takes_what_the_reader_takes() {
    let root = schema();
    let pattern = &at(&root, &["routine"])["properties"]["prepare"]["anyOf"][1];
    let validator = jsonschema::draft7::new(pattern).expect("a valid schema");
    for text in [
        "5s", "1.5s", "2m", "2min", "1m30s", "1m 30s", "90s", "1h", " 20 ", "0s", "5 S", "1.",
        ".5s", "0.5h1m1s", "5MIN", "", "s", "5x", "5ms", "1s1m", "5s5s", "1.2.3s", "inf", "NaN",
        "five", "5s!", "-5s", "1e3", ".", "5 m in", "5sec", "0h 2s",
    ] {
        assert_eq!(
            validator.is_valid(&Value::from(text)),
            duration::parse(text).is_ok(),
            "{text:?}"
        );
    }
}
