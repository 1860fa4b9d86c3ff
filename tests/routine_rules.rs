//! One test per rule of the routine format (docs/routine-format.md), through the public API:
//! defaults, limits, and every error with its line and column.

use std::time::Duration;

use jiff::civil::date;
use repcue::routine::{
    Day, Diagnostic, Exercise, LoadError, MAX_FILE_BYTES, MAX_REPS, MAX_SETS, MAX_STEPS, MAX_TOTAL,
    Pace, PainLimits, Routine, Schedule, Stage, Tempo, load_file, parse_bytes, parse_str,
};

const FILE: &str = "week1.toml";

/// A valid `[routine]` header; what follows it starts on line 3.
const HEADER: &str = "[routine]\ntitle = \"Week 1\"\n";

/// A routine whose one exercise has `body` starting on line 5.
fn one_exercise(body: &str) -> String {
    format!("{HEADER}[[exercise]]\nname = \"Bridge\"\n{body}\n")
}

/// A routine whose `[routine]` table has `body` starting on line 3, and one plain exercise.
fn routine_with(body: &str) -> String {
    format!("{HEADER}{body}\n[[exercise]]\nname = \"Bridge\"\n")
}

fn routine(text: &str) -> Routine {
    parse_str(text, FILE).unwrap_or_else(|err| panic!("should load, but:\n{err}"))
}

fn exercise(body: &str) -> Exercise {
    let mut routine = routine(&one_exercise(body));
    assert_eq!(routine.exercises.len(), 1);
    routine.exercises.remove(0)
}

fn errors(text: &str) -> Vec<Diagnostic> {
    match parse_str(text, FILE) {
        Ok(routine) => panic!("should be refused, but loaded {routine:#?}"),
        Err(LoadError::Invalid { file, diagnostics }) => {
            assert_eq!(file, FILE);
            assert!(!diagnostics.is_empty(), "Invalid with no diagnostics");
            diagnostics
        }
        Err(other) => panic!("expected LoadError::Invalid, got {other:?}"),
    }
}

fn only_error(text: &str) -> Diagnostic {
    let mut all = errors(text);
    assert_eq!(all.len(), 1, "expected exactly one error, got {all:#?}");
    all.remove(0)
}

/// Checks where a diagnostic points and that its message says what it should.
#[track_caller]
fn assert_at(diagnostic: &Diagnostic, line: usize, column: usize, message: &str) {
    assert_eq!(
        (diagnostic.line, diagnostic.column),
        (line, column),
        "wrong place for {diagnostic:#?}"
    );
    assert!(
        diagnostic.message.contains(message),
        "message {:?} should contain {message:?}",
        diagnostic.message
    );
}

#[track_caller]
fn assert_hint(diagnostic: &Diagnostic, hint: &str) {
    let actual = diagnostic.hint.as_deref().unwrap_or("");
    assert!(
        actual.contains(hint),
        "hint {actual:?} should contain {hint:?}"
    );
}

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

fn millis(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// The `prepare` a routine ends up with when it is written as `spec`.
fn prepare(spec: &str) -> Duration {
    routine(&routine_with(&format!("prepare = {spec}"))).prepare
}

/// The single error for `prepare = spec` (on line 3, value at column 11).
fn prepare_error(spec: &str) -> Diagnostic {
    only_error(&routine_with(&format!("prepare = {spec}")))
}

// ---------------------------------------------------------------------------------------------
// Defaults
// ---------------------------------------------------------------------------------------------

#[test]
fn routine_defaults_prepare_5s_and_rest_between_exercises_30s() {
    let routine = routine(&one_exercise(""));
    assert_eq!(routine.title, "Week 1");
    assert_eq!(routine.prepare, secs(5));
    assert_eq!(routine.rest_between_exercises, secs(30));
    assert_eq!(routine.author, None);
    assert_eq!(routine.notes, None);
}

#[test]
fn exercise_defaults() {
    let exercise = exercise("");
    assert_eq!(exercise.name, "Bridge");
    assert_eq!(exercise.sets, 1);
    assert_eq!(exercise.reps, 1);
    assert!(!exercise.each_side);
    assert_eq!(
        exercise.tempo,
        Tempo {
            up: secs(2),
            hold: Duration::ZERO,
            down: secs(2)
        }
    );
    assert_eq!(exercise.tempo, Tempo::default());
    assert_eq!(exercise.pace, Pace::Guided);
    assert_eq!(exercise.rest_between_reps, Duration::ZERO);
    assert_eq!(exercise.rest_between_sets, secs(30));
    assert_eq!(exercise.switch_sides, secs(5));
    assert_eq!(exercise.instructions, None);
    assert_eq!(exercise.caution, None);
    assert_eq!(exercise.image, None);
}

#[test]
fn every_key_given_is_read() {
    let text = r#"
[routine]
title = "  Hip & low back  "
author = "Team"
notes = "Breathe."
prepare = "10s"
rest_between_exercises = "1m"

[[exercise]]
name = "Clamshell"
instructions = "Lie on your side."
caution = "Stop if it hurts."
image = "images/clam.png"
sets = 3
reps = 12
each_side = true
tempo = { up = "1s", hold = "3s", down = "1.5s" }
rest_between_reps = "2s"
rest_between_sets = "45s"
switch_sides = "10s"
"#;
    let routine = routine(text);
    assert_eq!(routine.title, "Hip & low back", "text is trimmed");
    assert_eq!(routine.author.as_deref(), Some("Team"));
    assert_eq!(routine.notes.as_deref(), Some("Breathe."));
    assert_eq!(routine.prepare, secs(10));
    assert_eq!(routine.rest_between_exercises, secs(60));
    let exercise = &routine.exercises[0];
    assert_eq!(exercise.instructions.as_deref(), Some("Lie on your side."));
    assert_eq!(exercise.caution.as_deref(), Some("Stop if it hurts."));
    assert_eq!(exercise.image.as_deref(), Some("images/clam.png"));
    assert_eq!((exercise.sets, exercise.reps), (3, 12));
    assert!(exercise.each_side);
    assert_eq!(
        exercise.tempo,
        Tempo {
            up: secs(1),
            hold: secs(3),
            down: millis(1500)
        }
    );
    assert_eq!(exercise.rest_between_reps, secs(2));
    assert_eq!(exercise.rest_between_sets, secs(45));
    assert_eq!(exercise.switch_sides, secs(10));
}

#[test]
fn tempo_phases_left_out_keep_their_defaults() {
    let exercise = exercise("tempo = { hold = \"4s\" }");
    assert_eq!(
        exercise.tempo,
        Tempo {
            up: secs(2),
            hold: secs(4),
            down: secs(2)
        }
    );
}

#[test]
fn exercises_keep_file_order() {
    let text = format!(
        "{HEADER}[[exercise]]\nname = \"A\"\n[[exercise]]\nname = \"B\"\n[[exercise]]\nname = \"C\"\n"
    );
    let names: Vec<String> = routine(&text)
        .exercises
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["A", "B", "C"]);
}

// ---------------------------------------------------------------------------------------------
// Limits: sets and reps
// ---------------------------------------------------------------------------------------------

#[test]
fn sets_from_1_to_100() {
    assert_eq!(MAX_SETS, 100);
    assert_eq!(exercise("sets = 1").sets, 1);
    assert_eq!(exercise("sets = 100").sets, 100);
    for bad in ["0", "101", "-1"] {
        let d = only_error(&one_exercise(&format!("sets = {bad}")));
        assert_at(&d, 5, 8, "`sets` must be between 1 and 100");
        assert_hint(&d, "a whole number from 1 to 100");
    }
}

#[test]
fn reps_from_1_to_1000() {
    assert_eq!(MAX_REPS, 1000);
    assert_eq!(exercise("reps = 1").reps, 1);
    assert_eq!(exercise("reps = 1000").reps, 1000);
    for bad in ["0", "1001", "-5"] {
        let d = only_error(&one_exercise(&format!("reps = {bad}")));
        assert_at(&d, 5, 8, "`reps` must be between 1 and 1000");
    }
}

#[test]
fn float_sets_and_reps_are_refused() {
    let d = only_error(&one_exercise("sets = 2.0"));
    assert_at(&d, 5, 8, "`sets` must be a whole number");
    let d = only_error(&one_exercise("reps = 1.5"));
    assert_at(&d, 5, 8, "`reps` must be a whole number");
}

// ---------------------------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------------------------

#[test]
fn duration_as_integer_seconds() {
    assert_eq!(prepare("5"), secs(5));
    assert_eq!(prepare("0"), Duration::ZERO);
}

#[test]
fn duration_as_float_seconds() {
    assert_eq!(prepare("1.5"), millis(1500));
}

#[test]
fn duration_strings_with_units() {
    for (spec, expected) in [
        ("\"5s\"", secs(5)),
        ("\"1.5s\"", millis(1500)),
        ("\"2m\"", secs(120)),
        ("\"1m30s\"", secs(90)),
        ("\"90s\"", secs(90)),
        ("\"2min\"", secs(120)),
        ("\"1h\"", secs(3600)),
        ("\"20\"", secs(20)),
    ] {
        assert_eq!(prepare(spec), expected, "prepare = {spec}");
    }
}

#[test]
fn duration_of_exactly_one_hour_is_accepted() {
    assert_eq!(prepare("3600"), secs(3600));
    assert_eq!(prepare("\"60m\""), secs(3600));
}

#[test]
fn duration_over_one_hour_is_refused() {
    for spec in ["3601", "3600.5", "\"61m\"", "\"1h1s\""] {
        let d = prepare_error(spec);
        assert_at(&d, 3, 11, "`prepare`: a duration may be at most 1 hour");
    }
}

#[test]
fn negative_duration_is_refused() {
    for spec in ["-1", "-0.5", "\"-5s\""] {
        let d = prepare_error(spec);
        assert_at(&d, 3, 11, "`prepare`: a duration cannot be negative");
    }
}

#[test]
fn nan_and_infinite_durations_are_refused() {
    for spec in ["nan", "+nan", "-nan", "inf", "+inf", "-inf"] {
        let d = prepare_error(spec);
        assert_at(
            &d,
            3,
            11,
            "`prepare`: a duration must be a finite number of seconds",
        );
    }
}

#[test]
fn malformed_duration_string_is_refused() {
    let d = prepare_error("\"5 secs\"");
    assert_at(&d, 3, 11, "`prepare`: `5 secs` is not a duration");
    assert_hint(&d, "\"1m30s\"");
}

#[test]
fn exercise_durations_are_checked_too() {
    let d = only_error(&one_exercise("rest_between_sets = \"2h\""));
    assert_at(
        &d,
        5,
        21,
        "`rest_between_sets`: a duration may be at most 1 hour",
    );
    let d = only_error(&one_exercise("tempo = { up = -2 }"));
    assert_at(&d, 5, 16, "`up`: a duration cannot be negative");
}

// ---------------------------------------------------------------------------------------------
// Limits: file size, total time, number of steps
// ---------------------------------------------------------------------------------------------

#[test]
fn bytes_over_one_mebibyte_are_refused() {
    let bytes = vec![b'#'; usize::try_from(MAX_FILE_BYTES).expect("fits") + 1];
    match parse_bytes(&bytes, FILE) {
        Err(LoadError::TooLarge { file, size_kib }) => {
            assert_eq!(file, FILE);
            assert_eq!(size_kib, 1025);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn exactly_one_mebibyte_is_not_too_large() {
    let mut text = one_exercise("").into_bytes();
    text.resize(usize::try_from(MAX_FILE_BYTES).expect("fits"), b' ');
    let routine = parse_bytes(&text, FILE).expect("1 MiB is allowed");
    assert_eq!(routine.exercises.len(), 1);
}

#[test]
fn file_over_one_mebibyte_is_refused_by_load_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.toml");
    let mut text = one_exercise("");
    text.push_str(&"#".repeat(usize::try_from(MAX_FILE_BYTES).expect("fits")));
    std::fs::write(&path, &text).expect("write file");
    let err = load_file(&path).expect_err("too large");
    assert!(
        matches!(err, LoadError::TooLarge { .. }),
        "expected TooLarge, got {err:?}"
    );
    assert!(err.to_string().contains("at most 1 MiB"), "{err}");
    assert!(err.diagnostics().is_empty());
}

#[test]
fn load_file_reads_a_valid_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("week1.toml");
    std::fs::write(&path, one_exercise("reps = 3")).expect("write file");
    let routine = load_file(&path).expect("valid file");
    assert_eq!(routine.exercises[0].reps, 3);
}

#[test]
fn load_file_names_the_file_in_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.toml");
    let err = load_file(&missing).expect_err("no such file");
    assert!(matches!(err, LoadError::Read { .. }), "{err:?}");
    assert!(err.to_string().contains("missing.toml"), "{err}");
    assert!(err.to_string().contains("no such file"), "{err}");

    let path = dir.path().join("bad.toml");
    std::fs::write(&path, one_exercise("rep = 3")).expect("write file");
    let err = load_file(&path).expect_err("invalid");
    let shown = err.to_string();
    assert!(
        shown.starts_with(&format!("{}:5:1: unknown key `rep`", path.display())),
        "{shown}"
    );
}

/// An exercise that holds for an hour, `reps` times.
fn hour_holds(name: &str, reps: u32) -> String {
    format!("[[exercise]]\nname = \"{name}\"\nreps = {reps}\nhold = \"1h\"\n")
}

#[test]
fn planned_total_over_24_hours_is_refused() {
    assert_eq!(MAX_TOTAL, secs(24 * 3600));
    // 23 exercises of one 1-hour hold (3609 s each with prepare and tempo) and one of two
    // holds: every duration is valid, the total is over 24 h.
    let mut text = HEADER.to_string();
    for i in 1..=23 {
        text.push_str(&hour_holds(&format!("E{i}"), 1));
    }
    let longest_line = text.lines().count() + 1;
    text.push_str(&hour_holds("Longest", 2));
    let d = only_error(&text);
    assert_at(&d, longest_line, 1, "over the 24-hour limit");
    assert_eq!(d.source_line, "[[exercise]]");
    assert_hint(&d, "\"Longest\"");
}

#[test]
fn planned_total_of_one_huge_exercise_is_refused() {
    // 100 sets × 1000 reps × 2 s is 200,000 s.
    let d = only_error(&one_exercise(
        "sets = 100\nreps = 1000\ntempo = { up = 1, down = 1 }",
    ));
    assert_at(&d, 3, 1, "over the 24-hour limit");
}

#[test]
fn planned_total_under_24_hours_is_accepted() {
    let mut text = HEADER.to_string();
    for i in 1..=23 {
        text.push_str(&hour_holds(&format!("E{i}"), 1));
    }
    let routine = routine(&text);
    assert!(routine.planned_time() <= MAX_TOTAL);
    assert!(routine.planned_time() > secs(23 * 3600));
}

/// A self-paced exercise of 200,200 steps that adds under an hour of planned time.
fn self_paced_giant(name: &str) -> String {
    format!(
        "[[exercise]]\nname = \"{name}\"\npace = \"self\"\nsets = 100\nreps = 1000\neach_side = true\n"
    )
}

#[test]
fn more_than_a_million_steps_is_refused() {
    assert_eq!(MAX_STEPS, 1_000_000);
    let mut text = HEADER.to_string();
    for i in 1..=5 {
        text.push_str(&self_paced_giant(&format!("E{i}")));
    }
    // 5 × (prepare + 200,000 reps + 99 set rests + 100 side switches) + 4 rests.
    let d = only_error(&text);
    assert!(
        d.message.contains("1001004 steps; at most 1000000"),
        "{d:#?}"
    );
    assert_eq!(d.source_line, "[[exercise]]");
}

#[test]
fn a_few_hundred_thousand_steps_are_accepted() {
    let mut text = HEADER.to_string();
    for i in 1..=4 {
        text.push_str(&self_paced_giant(&format!("E{i}")));
    }
    let routine = routine(&text);
    assert_eq!(routine.step_count(), 4 * 200_200 + 3);
    assert!(routine.planned_time() < MAX_TOTAL);
}

// ---------------------------------------------------------------------------------------------
// Unknown keys
// ---------------------------------------------------------------------------------------------

#[test]
fn unknown_key_in_routine_suggests_the_close_one() {
    let all = errors("[routine]\ntittle = \"Week 1\"\n[[exercise]]\nname = \"A\"\n");
    assert_eq!(all.len(), 2, "{all:#?}");
    // The missing title is reported at the [routine] header, before the typo.
    assert_at(&all[0], 1, 1, "[routine] has no `title`");
    assert_at(&all[1], 2, 1, "unknown key `tittle` in [routine]");
    assert_hint(&all[1], "did you mean `title`?");
}

#[test]
fn unknown_key_in_exercise_suggests_reps() {
    let d = only_error(&one_exercise("rep = 12"));
    assert_at(&d, 5, 1, "unknown key `rep` in [[exercise]]");
    assert_eq!(d.width, 3);
    assert_hint(&d, "did you mean `reps`?");
}

#[test]
fn unknown_key_in_exercise_suggests_sets() {
    let d = only_error(&one_exercise("set = 2"));
    assert_at(&d, 5, 1, "unknown key `set`");
    assert_hint(&d, "did you mean `sets`?");
}

#[test]
fn unknown_key_in_exercise_suggests_rest_between_sets() {
    let d = only_error(&one_exercise("rest_between_set = 30"));
    assert_at(&d, 5, 1, "unknown key `rest_between_set`");
    assert_hint(&d, "did you mean `rest_between_sets`?");
}

#[test]
fn unknown_key_in_tempo() {
    let d = only_error(&one_exercise("tempo = { up = 1, hodl = 3 }"));
    assert_at(&d, 5, 19, "unknown key `hodl` in tempo");
    assert_hint(&d, "did you mean `hold`?");
}

#[test]
fn unknown_key_at_top_level() {
    let text = format!("colour = \"red\"\n{}", one_exercise(""));
    let d = only_error(&text);
    assert_at(&d, 1, 1, "unknown key `colour` at the top level");
    assert_hint(&d, "routine, exercise");
}

#[test]
fn exercises_with_an_s_suggests_exercise() {
    let all = errors(&format!("{HEADER}[[exercises]]\nname = \"A\"\n"));
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_at(&all[0], 3, 3, "unknown key `exercises` at the top level");
    assert_hint(&all[0], "did you mean `exercise`?");
    assert_at(&all[1], 5, 1, "the routine has no exercises");
}

#[test]
fn far_off_unknown_key_lists_the_allowed_keys() {
    let d = only_error(&one_exercise("colour = \"red\""));
    assert_at(&d, 5, 1, "unknown key `colour` in [[exercise]]");
    assert_hint(
        &d,
        "the keys allowed in [[exercise]] are: name, instructions, caution, image, intro_audio, cues, sets, \
         reps, each_side, tempo, hold, pace, rest_between_reps, rest_between_sets, switch_sides",
    );
    let d = only_error(&routine_with("difficulty = 3"));
    assert_at(&d, 3, 1, "unknown key `difficulty` in [routine]");
    assert_hint(
        &d,
        "the keys allowed in [routine] are: title, language, author, notes, prepare, rest_between_exercises",
    );
}

#[test]
fn unknown_key_is_matched_ignoring_case_and_dashes() {
    let d = only_error(&one_exercise("each-side = true"));
    assert_hint(&d, "did you mean `each_side`?");
    let d = only_error(&one_exercise("Reps = 3"));
    assert_hint(&d, "did you mean `reps`?");
}

// ---------------------------------------------------------------------------------------------
// Keys in the wrong table
// ---------------------------------------------------------------------------------------------

#[test]
fn exercise_key_in_routine() {
    let d = only_error(&routine_with("reps = 10"));
    assert_at(&d, 3, 1, "`reps` belongs to an exercise, not to [routine]");
    assert_hint(&d, "[[exercise]]");
}

#[test]
fn routine_key_in_exercise() {
    let d = only_error(&one_exercise("prepare = \"5s\""));
    assert_at(
        &d,
        5,
        1,
        "`prepare` belongs to [routine], not to an exercise",
    );
}

#[test]
fn tempo_phase_directly_in_exercise() {
    let d = only_error(&one_exercise("up = \"3s\""));
    assert_at(&d, 5, 1, "`up` is part of the tempo");
    assert_hint(&d, "tempo = { up = \"2s\" }");
    let d = only_error(&one_exercise("down = 1"));
    assert_at(&d, 5, 1, "`down` is part of the tempo");
}

#[test]
fn routine_key_outside_any_table() {
    let text = format!("prepare = 3\n{}", one_exercise(""));
    let d = only_error(&text);
    assert_at(&d, 1, 1, "`prepare` is outside any table");
    assert_hint(&d, "[routine]");
}

// ---------------------------------------------------------------------------------------------
// Required parts
// ---------------------------------------------------------------------------------------------

#[test]
fn missing_routine_table() {
    let d = only_error("[[exercise]]\nname = \"A\"\n");
    assert_at(&d, 1, 1, "the file has no [routine] table");
}

#[test]
fn routine_that_is_not_a_table() {
    let d = only_error("routine = \"Week 1\"\n[[exercise]]\nname = \"A\"\n");
    assert_at(&d, 1, 11, "`routine` must be a table, not string");
}

#[test]
fn missing_title() {
    let d = only_error("[routine]\nauthor = \"Me\"\n[[exercise]]\nname = \"A\"\n");
    assert_at(&d, 1, 1, "[routine] has no `title`");
    assert_hint(&d, "title = \"…\"");
}

#[test]
fn empty_title() {
    for title in ["\"\"", "\"   \""] {
        let d = only_error(&format!(
            "[routine]\ntitle = {title}\n[[exercise]]\nname = \"A\"\n"
        ));
        assert_at(&d, 2, 9, "`title` is empty");
    }
}

#[test]
fn missing_name() {
    let text = format!("{HEADER}[[exercise]]\nname = \"A\"\n\n[[exercise]]\nreps = 3\n");
    let d = only_error(&text);
    assert_at(&d, 6, 1, "this [[exercise]] has no `name`");
    assert_eq!(d.source_line, "[[exercise]]");
}

#[test]
fn empty_name() {
    let d = only_error(&format!("{HEADER}[[exercise]]\nname = \" \"\n"));
    assert_at(&d, 4, 8, "`name` is empty");
}

#[test]
fn no_exercises() {
    let d = only_error(HEADER);
    // Reported at the end of the file, where the first exercise would go.
    assert_at(&d, 3, 1, "the routine has no exercises");
    let d = only_error(&format!("exercise = []\n{HEADER}"));
    assert_at(&d, 1, 1, "the routine has no exercises");
}

#[test]
fn single_bracket_exercise_table() {
    let d = only_error(&format!("{HEADER}[exercise]\nname = \"A\"\n"));
    assert_at(&d, 3, 2, "`exercise` must be a list of tables");
    assert_hint(&d, "[[exercise]]");
}

#[test]
fn exercise_that_is_not_a_table() {
    let d = only_error(&format!("exercise = [1]\n{HEADER}"));
    assert_at(&d, 1, 13, "an exercise must be a table, not integer");
}

// ---------------------------------------------------------------------------------------------
// Wrong types
// ---------------------------------------------------------------------------------------------

#[test]
fn title_must_be_text() {
    let d = only_error("[routine]\ntitle = 5\n[[exercise]]\nname = \"A\"\n");
    assert_at(&d, 2, 9, "`title` must be text in quotes, not integer");
    assert_hint(&d, "write title = \"");
}

#[test]
fn sets_must_be_a_number_not_text() {
    let d = only_error(&one_exercise("sets = \"2\""));
    assert_at(
        &d,
        5,
        8,
        "`sets` must be a whole number from 1 to 100, not string",
    );
    assert_hint(&d, "write sets = 2");
}

#[test]
fn each_side_must_be_a_boolean() {
    let d = only_error(&one_exercise("each_side = \"yes\""));
    assert_at(
        &d,
        5,
        13,
        "`each_side` must be true or false (without quotes), not string",
    );
    assert_hint(&d, "write each_side = true");
}

#[test]
fn tempo_must_be_a_table() {
    let d = only_error(&one_exercise("tempo = \"2s\""));
    assert_at(&d, 5, 9, "`tempo` must be a table");
    assert!(d.message.ends_with("not string"), "{d:#?}");
}

#[test]
fn pace_must_be_a_string() {
    let d = only_error(&one_exercise("pace = 1"));
    assert_at(
        &d,
        5,
        8,
        "`pace` must be a string: \"guided\" or \"self\", not integer",
    );
}

#[test]
fn duration_must_be_a_number_or_text() {
    let d = only_error(&one_exercise("switch_sides = true"));
    assert_at(&d, 5, 16, "`switch_sides` must be a duration");
}

// ---------------------------------------------------------------------------------------------
// Pace, tempo and hold
// ---------------------------------------------------------------------------------------------

#[test]
fn pace_is_read() {
    assert_eq!(exercise("pace = \"self\"").pace, Pace::SelfPaced);
    assert_eq!(exercise("pace = \"guided\"").pace, Pace::Guided);
}

#[test]
fn unknown_pace() {
    let d = only_error(&one_exercise("pace = \"fast\""));
    assert_at(&d, 5, 8, "unknown pace \"fast\"");
    assert_hint(&d, "pace = \"self\"");
}

#[test]
fn self_pace_with_tempo_is_refused() {
    let d = only_error(&one_exercise("pace = \"self\"\ntempo = { up = 1 }"));
    assert_at(&d, 6, 1, "`tempo` cannot be used with pace = \"self\"");
}

#[test]
fn self_pace_with_hold_is_refused() {
    let d = only_error(&one_exercise("hold = 3\npace = \"self\""));
    assert_at(&d, 5, 1, "`hold` cannot be used with pace = \"self\"");
}

#[test]
fn hold_given_twice_is_refused() {
    let d = only_error(&one_exercise("tempo = { hold = 2 }\nhold = 3"));
    assert_at(&d, 6, 1, "the hold is given twice");
}

#[test]
fn hold_alone_is_shorthand_for_tempo_hold() {
    let exercise = exercise("hold = \"30s\"");
    assert_eq!(
        exercise.tempo,
        Tempo {
            up: secs(2),
            hold: secs(30),
            down: secs(2)
        }
    );
}

#[test]
fn hold_shorthand_beside_a_tempo_without_hold() {
    let exercise = exercise("tempo = { up = 1 }\nhold = 4");
    assert_eq!(
        exercise.tempo,
        Tempo {
            up: secs(1),
            hold: secs(4),
            down: secs(2)
        }
    );
}

#[test]
fn guided_tempo_of_all_zeros_is_refused() {
    let d = only_error(&one_exercise("tempo = { up = 0, hold = \"0s\", down = 0 }"));
    assert_at(&d, 5, 1, "every phase of the tempo is 0s");
    assert_hint(&d, "pace = \"self\"");
    let d = only_error(&one_exercise("tempo = { up = 0, down = 0 }"));
    assert_at(&d, 5, 1, "every phase of the tempo is 0s");
}

#[test]
fn guided_tempo_with_only_a_hold_is_accepted() {
    let exercise = exercise("tempo = { up = 0, down = 0 }\nhold = 5");
    assert_eq!(exercise.tempo.rep(), secs(5));
}

// ---------------------------------------------------------------------------------------------
// Text that is not a routine
// ---------------------------------------------------------------------------------------------

#[test]
fn toml_syntax_error_has_line_and_column() {
    let d = only_error(&one_exercise("reps = = 3"));
    assert_at(&d, 5, 8, "TOML syntax");
    assert_eq!(d.source_line, "reps = = 3");
    assert_hint(&d, "not valid TOML");
}

#[test]
fn unterminated_string_is_a_syntax_error() {
    let d = only_error("[routine]\ntitle = \"Week 1\n[[exercise]]\nname = \"A\"\n");
    assert_eq!(d.line, 2, "{d:#?}");
    assert!(d.message.starts_with("TOML syntax: "), "{d:#?}");
}

#[test]
fn duplicate_key_is_a_toml_error() {
    let d = only_error(&one_exercise("reps = 2\nreps = 3"));
    assert_at(&d, 6, 1, "TOML syntax: duplicate key");
}

#[test]
fn non_utf8_bytes_are_refused_at_the_first_bad_byte() {
    let mut bytes = b"[routine]\ntitle = \"caf".to_vec();
    bytes.push(0xE9); // Latin-1 "é"
    bytes.extend_from_slice(b"\"\n[[exercise]]\nname = \"A\"\n");
    let err = parse_bytes(&bytes, FILE).expect_err("not UTF-8");
    let [d] = err.diagnostics() else {
        panic!("expected one diagnostic, got {err:?}");
    };
    assert_at(d, 2, 13, "the file is not UTF-8 text");
    assert_hint(d, "UTF-8");
}

#[test]
fn non_utf8_column_counts_characters_not_bytes() {
    let mut bytes = "[routine]\ntitle = \"éé".as_bytes().to_vec();
    bytes.push(0xFF);
    let err = parse_bytes(&bytes, FILE).expect_err("not UTF-8");
    let [d] = err.diagnostics() else {
        panic!("expected one diagnostic, got {err:?}");
    };
    assert_at(d, 2, 12, "not UTF-8");
}

#[test]
fn empty_file() {
    let d = only_error("");
    assert_at(&d, 1, 1, "the file is empty");
    let err = parse_bytes(b"", FILE).expect_err("empty");
    assert_eq!(err.diagnostics().len(), 1);
}

#[test]
fn whitespace_only_file() {
    let d = only_error("  \n\t\n\r\n");
    assert_at(&d, 1, 1, "the file is empty");
}

#[test]
fn utf8_bom_is_accepted() {
    let text = format!("\u{feff}{}", one_exercise(""));
    assert_eq!(routine(&text).title, "Week 1");
    let routine = parse_bytes(text.as_bytes(), FILE).expect("BOM accepted by parse_bytes");
    assert_eq!(routine.exercises[0].name, "Bridge");
}

#[test]
fn bom_is_not_counted_as_a_column() {
    let d = only_error("\u{feff}[routine]\ntitle = \"T\"\nrep = 1\n[[exercise]]\nname = \"A\"\n");
    assert_at(&d, 3, 1, "`rep`");
    let d =
        only_error("\u{feff}colour = 1\n[routine]\ntitle = \"T\"\n[[exercise]]\nname = \"A\"\n");
    assert_at(&d, 1, 1, "unknown key `colour`");
    // A bad byte on the first line of a file saved with a BOM.
    let mut bytes = "\u{feff}[routine] ".as_bytes().to_vec();
    bytes.push(0xFF);
    let err = parse_bytes(&bytes, FILE).expect_err("not UTF-8");
    let [d] = err.diagnostics() else {
        panic!("expected one diagnostic, got {err:?}");
    };
    assert_at(d, 1, 11, "not UTF-8");
}

// ---------------------------------------------------------------------------------------------
// Positions and messages
// ---------------------------------------------------------------------------------------------

#[test]
fn columns_count_characters_not_bytes() {
    // In bytes, the second key would be at column 24.
    let all = errors(&one_exercise("tempo = { \"hóld\" = 1, \"dówn\" = 1 }"));
    assert_eq!(all.len(), 2, "{all:#?}");
    assert_at(&all[0], 5, 11, "unknown key `hóld` in tempo");
    assert_at(&all[1], 5, 23, "unknown key `dówn` in tempo");
}

#[test]
fn several_errors_are_reported_together_sorted_by_line() {
    let text = r#"[routine]
title = ""
[[exercise]]
name = "A"
rep = 3
[[exercise]]
sets = 0
colour = "red"
"#;
    let all = errors(text);
    let places: Vec<(usize, usize)> = all.iter().map(|d| (d.line, d.column)).collect();
    // The missing name (line 6) is found after the keys below it, and still comes first.
    assert_eq!(places, [(2, 9), (5, 1), (6, 1), (7, 8), (8, 1)], "{all:#?}");
    assert!(all[2].message.contains("has no `name`"));
}

#[test]
fn routine_and_exercise_errors_are_reported_together() {
    let text = "[routine]\nprepare = -1\n[[exercise]]\nname = \"\"\n";
    let all = errors(text);
    let places: Vec<(usize, usize)> = all.iter().map(|d| (d.line, d.column)).collect();
    assert_eq!(places, [(1, 1), (2, 11), (4, 8)], "{all:#?}");
}

#[test]
fn rendered_error_shows_file_line_column_source_caret_and_help() {
    let err = parse_str(&one_exercise("rep = 12"), FILE).expect_err("invalid");
    assert_eq!(
        err.to_string(),
        "week1.toml:5:1: unknown key `rep` in [[exercise]]\n  |\n5 | rep = 12\n  | ^^^\n  = help: did you mean `reps`?"
    );
}

#[test]
fn rendered_caret_sits_under_the_value() {
    let err = parse_str(&one_exercise("sets = 101"), FILE).expect_err("invalid");
    let shown = err.to_string();
    assert!(
        shown.starts_with("week1.toml:5:8: `sets` must be between 1 and 100\n"),
        "{shown}"
    );
    assert!(
        shown.contains("\n5 | sets = 101\n  |        ^^^\n"),
        "{shown}"
    );
    assert!(shown.contains("\n  = help: "), "{shown}");
}

#[test]
fn rendered_errors_all_appear_with_a_count() {
    let err = parse_str(&one_exercise("rep = 1\nset = 2"), FILE).expect_err("invalid");
    let shown = err.to_string();
    let first = shown
        .find("week1.toml:5:1: unknown key `rep`")
        .expect("first error");
    let second = shown
        .find("week1.toml:6:1: unknown key `set`")
        .expect("second error");
    assert!(first < second, "{shown}");
    assert!(
        shown.ends_with("week1.toml: 2 problems; fix them and check again"),
        "{shown}"
    );
}

// ---------------------------------------------------------------------------------------------
// Images and the bundled routine
// ---------------------------------------------------------------------------------------------

#[test]
fn image_extension_is_not_checked_by_the_loader() {
    // Images are checked when shown, so a routine with an odd picture still runs.
    assert_eq!(
        exercise("image = \"x.gif\"").image.as_deref(),
        Some("x.gif")
    );
    assert_eq!(
        exercise("image = \"../outside.png\"").image.as_deref(),
        Some("../outside.png")
    );
}

#[test]
fn bundled_routine_loads_with_instructions_and_cautions() {
    let routine = parse_str(repcue::BUNDLED_ROUTINE, repcue::BUNDLED_NAME)
        .unwrap_or_else(|err| panic!("bundled routine is invalid:\n{err}"));
    assert_eq!(routine.exercises.len(), 5);
    for exercise in &routine.exercises {
        let instructions = exercise.instructions.as_deref().unwrap_or("");
        let caution = exercise.caution.as_deref().unwrap_or("");
        assert!(
            !instructions.is_empty(),
            "{} has no instructions",
            exercise.name
        );
        assert!(!caution.is_empty(), "{} has no caution", exercise.name);
    }
    // The file's own comment says 654 s.
    assert_eq!(routine.planned_time(), secs(654));
}

#[test]
fn cues_give_an_exercise_its_own_words() {
    let e = exercise(
        "cues = { up = \"Bend forward\", hold = \" Hold the stretch \", left = \"Lie on your right side\" }",
    );
    assert_eq!(e.cues.up.as_deref(), Some("Bend forward"));
    assert_eq!(e.cues.hold.as_deref(), Some("Hold the stretch"), "trimmed");
    assert_eq!(e.cues.left.as_deref(), Some("Lie on your right side"));
    assert_eq!(e.cues.down, None, "left out: the default word");
}

#[test]
fn cues_refuse_unknown_keys_empty_and_long_words_where_they_are() {
    let d = only_error(&one_exercise("cues = { upp = \"Bend\" }"));
    assert_at(&d, 5, 10, "unknown key `upp` in cues");
    assert_hint(&d, "`up`");
    let d = only_error(&one_exercise("cues = { down = \"  \" }"));
    assert_at(&d, 5, 17, "the `down` cue is empty");
    let long = "x".repeat(41);
    let d = only_error(&one_exercise(&format!("cues = {{ rep = \"{long}\" }}")));
    assert_at(&d, 5, 16, "41 characters long (at most 40)");
    // A cue's `up` is words, not a duration like the tempo's.
    let d = only_error(&one_exercise("cues = { up = 3 }"));
    assert_at(&d, 5, 15, "`up` must be text in quotes");
    assert_hint(&d, "write up = \"…\"");
    let d = only_error(&one_exercise("cues = \"Bend\""));
    assert_at(&d, 5, 8, "cues");
}

#[test]
fn safety_lists_and_phone_are_read_and_checked() {
    let r = routine(&format!(
        "{HEADER}[safety]\nurgent = [\"Loss of bladder control\"]\nphone = \"Clinic: 0123 456 789\"\n[[exercise]]\nname = \"Bridge\"\n"
    ));
    assert_eq!(
        r.safety.urgent,
        Some(vec!["Loss of bladder control".to_string()])
    );
    assert_eq!(r.safety.contact, None);
    assert_eq!(r.safety.phone.as_deref(), Some("Clinic: 0123 456 789"));
    let d = only_error(&format!(
        "{HEADER}[safety]\ncontact = []\n[[exercise]]\nname = \"Bridge\"\n"
    ));
    assert_at(&d, 4, 11, "`contact` is an empty list");
    let many = vec!["\"Sign\""; 13].join(", ");
    let d = only_error(&format!(
        "{HEADER}[safety]\nurgent = [{many}]\n[[exercise]]\nname = \"Bridge\"\n"
    ));
    assert_at(&d, 4, 10, "lists 13 warning signs (at most 12)");
    let d = only_error(&format!(
        "{HEADER}[safety]\nfone = \"1\"\n[[exercise]]\nname = \"Bridge\"\n"
    ));
    assert_at(&d, 4, 1, "unknown key `fone` in [safety]");
    assert_hint(&d, "urgent, contact, phone");
}

// ---------------------------------------------------------------------------------------------
// A programme over weeks: [schedule], [pain] and [[exercise.progress]]
// ---------------------------------------------------------------------------------------------

/// A routine with `body` in its `[schedule]` table, from line 4, and one plain exercise.
fn with_schedule(body: &str) -> String {
    format!("{HEADER}[schedule]\n{body}\n[[exercise]]\nname = \"Bridge\"\n")
}

/// The schedule read from `[schedule]` with `body`.
fn schedule(body: &str) -> Schedule {
    routine(&with_schedule(body))
        .schedule
        .expect("the routine has a schedule")
}

/// The single error for `[schedule]` with `body`.
fn schedule_error(body: &str) -> Diagnostic {
    only_error(&with_schedule(body))
}

/// A routine with `body` in its `[pain]` table, from line 4.
fn with_pain(body: &str) -> String {
    format!("{HEADER}[pain]\n{body}\n[[exercise]]\nname = \"Bridge\"\n")
}

/// A 6-week programme from Mon 7 Dec 2026 whose one exercise, "Bridge", has `body` (its own
/// keys, then its stages) from line 8.
fn programme(body: &str) -> String {
    format!(
        "{HEADER}[schedule]\nstart = 2026-12-07\nweeks = 6\n[[exercise]]\nname = \"Bridge\"\n{body}\n"
    )
}

const START: &str = "start = 2026-12-07";

#[test]
fn a_file_without_the_programme_tables_reads_as_before() {
    let r = routine(&one_exercise("sets = 2\nreps = 10\nhold = 3"));
    assert_eq!(r.schedule, None);
    assert!(r.pain.is_empty());
    assert_eq!(r.pain, PainLimits::default());
    assert!(r.exercises[0].progress.is_empty());
    assert!(!r.progresses());
    assert_eq!(r.stage_weeks(), Vec::<u32>::new());
    assert_eq!(r.for_week(5), r, "every week is the file as written");
}

#[test]
fn schedule_start_as_a_toml_date_or_a_string() {
    let s = schedule(START);
    assert_eq!(s.start, date(2026, 12, 7));
    assert_eq!(schedule("start = \"2026-12-07\"").start, date(2026, 12, 7));
}

#[test]
fn schedule_defaults() {
    assert_eq!(
        schedule(START),
        Schedule {
            start: date(2026, 12, 7),
            weeks: None,
            days: None,
            per_week: None,
            per_day: 1,
            remind_at: Vec::new(),
        }
    );
}

#[test]
fn schedule_start_must_be_a_real_date_without_a_time() {
    let d = schedule_error("start = \"2026-02-30\"");
    assert_at(&d, 4, 9, "`start`: \"2026-02-30\" is not a calendar date");
    assert_hint(&d, "start = 2026-12-07");
    let d = schedule_error("start = \"7 Dec 2026\"");
    assert_at(&d, 4, 9, "is not a calendar date");
    let d = schedule_error("start = 2026-12-07T18:00:00");
    assert_at(&d, 4, 9, "`start` must be a date alone, without a time");
    let d = schedule_error("start = 18:00:00");
    assert_at(&d, 4, 9, "`start` must be a date alone, without a time");
    let d = schedule_error("start = 20261207");
    assert_at(&d, 4, 9, "`start` must be a date, not integer");
}

#[test]
fn schedule_without_start_is_refused_at_its_header() {
    let d = schedule_error("weeks = 6");
    assert_at(&d, 3, 1, "[schedule] has no `start`");
    assert_hint(&d, "start = 2026-12-07");
}

#[test]
fn schedule_weeks_from_1_to_104() {
    assert_eq!(schedule(&format!("{START}\nweeks = 1")).weeks, Some(1));
    assert_eq!(schedule(&format!("{START}\nweeks = 104")).weeks, Some(104));
    for bad in ["0", "105", "-1"] {
        let d = schedule_error(&format!("{START}\nweeks = {bad}"));
        assert_at(&d, 5, 9, "`weeks` must be between 1 and 104");
    }
    let d = schedule_error(&format!("{START}\nweeks = 6.0"));
    assert_at(&d, 5, 9, "`weeks` must be a whole number, not float");
    let d = schedule_error(&format!("{START}\nweeks = \"6\""));
    assert_at(&d, 5, 9, "`weeks` must be a whole number, not string");
}

#[test]
fn schedule_days_are_weekday_names_in_any_order() {
    let s = schedule(&format!("{START}\ndays = [\"fri\", \"mon\", \"wed\"]"));
    assert_eq!(s.days, Some(vec![Day::Mon, Day::Wed, Day::Fri]));
    let all = schedule(&format!(
        "{START}\ndays = [\"sun\", \"sat\", \"fri\", \"thu\", \"wed\", \"tue\", \"mon\"]"
    ));
    assert_eq!(all.days, Some(Day::ALL.to_vec()));
}

#[test]
fn schedule_days_refuse_empty_repeated_unknown_and_non_lists() {
    let d = schedule_error(&format!("{START}\ndays = []"));
    assert_at(&d, 5, 8, "`days` is an empty list");
    let d = schedule_error(&format!("{START}\ndays = [\"mon\", \"mon\"]"));
    assert_at(&d, 5, 16, "\"mon\" is listed twice in `days`");
    let d = schedule_error(&format!("{START}\ndays = [\"mon\", \"monday\"]"));
    assert_at(&d, 5, 16, "\"monday\" is not a weekday");
    assert_hint(&d, "mon tue wed thu fri sat sun");
    let d = schedule_error(&format!("{START}\ndays = [\"Mon\"]"));
    assert_at(&d, 5, 9, "\"Mon\" is not a weekday");
    let d = schedule_error(&format!("{START}\ndays = \"mon\""));
    assert_at(&d, 5, 8, "`days` must be a list of weekdays");
    let d = schedule_error(&format!("{START}\ndays = [1]"));
    assert_at(
        &d,
        5,
        9,
        "`days` must be weekday names in quotes, not integer",
    );
}

#[test]
fn schedule_per_week_from_1_to_7_and_not_with_days() {
    assert_eq!(
        schedule(&format!("{START}\nper_week = 1")).per_week,
        Some(1)
    );
    assert_eq!(
        schedule(&format!("{START}\nper_week = 7")).per_week,
        Some(7)
    );
    for bad in ["0", "8"] {
        let d = schedule_error(&format!("{START}\nper_week = {bad}"));
        assert_at(&d, 5, 12, "`per_week` must be between 1 and 7");
    }
    let d = schedule_error(&format!("{START}\ndays = [\"mon\"]\nper_week = 3"));
    assert_at(&d, 6, 1, "[schedule] gives both `days` and `per_week`");
    assert_hint(&d, "keep one");
}

#[test]
fn schedule_per_day_from_1_to_4_default_1() {
    assert_eq!(schedule(START).per_day, 1);
    assert_eq!(schedule(&format!("{START}\nper_day = 4")).per_day, 4);
    for bad in ["0", "5"] {
        let d = schedule_error(&format!("{START}\nper_day = {bad}"));
        assert_at(&d, 5, 11, "`per_day` must be between 1 and 4");
    }
}

#[test]
fn schedule_remind_at_is_hh_mm_at_most_per_day_times() {
    let s = schedule(&format!(
        "{START}\nper_day = 2\nremind_at = [\"07:30\", \"18:00\"]"
    ));
    assert_eq!(s.remind_at, ["07:30", "18:00"]);
    let d = schedule_error(&format!("{START}\nremind_at = [\"25:00\"]"));
    assert_at(&d, 5, 14, "\"25:00\" is not a time of day");
    assert_hint(&d, "\"HH:MM\"");
    let d = schedule_error(&format!("{START}\nremind_at = [\"7:00\"]"));
    assert_at(&d, 5, 14, "\"7:00\" is not a time of day");
    let d = schedule_error(&format!("{START}\nremind_at = [\"18:60\"]"));
    assert_at(&d, 5, 14, "\"18:60\" is not a time of day");
    let d = schedule_error(&format!("{START}\nremind_at = [\"08:00\", \"18:00\"]"));
    assert_at(&d, 5, 13, "`remind_at` has 2 times, but per_day is 1");
    let d = schedule_error(&format!("{START}\nremind_at = \"18:00\""));
    assert_at(&d, 5, 13, "`remind_at` must be a list of times");
}

#[test]
fn unknown_keys_in_schedule_and_pain_suggest_the_close_one() {
    let d = schedule_error(&format!("{START}\nweek = 6"));
    assert_at(&d, 5, 1, "unknown key `week` in [schedule]");
    assert_hint(&d, "did you mean `weeks`?");
    let d = schedule_error(&format!("{START}\nremind = [\"18:00\"]"));
    assert_at(&d, 5, 1, "unknown key `remind` in [schedule]");
    assert_hint(&d, "did you mean `remind_at`?");
    let d = only_error(&with_pain("stop_abov = 5"));
    assert_at(&d, 4, 1, "unknown key `stop_abov` in [pain]");
    assert_hint(&d, "did you mean `stop_above`?");
    let d = only_error(&with_pain("colour = 5"));
    assert_at(&d, 4, 1, "unknown key `colour` in [pain]");
    assert_hint(&d, "stop_above, rise_alert");
}

#[test]
fn pain_stop_above_from_0_to_10_and_rise_alert_from_1_to_10() {
    let pain = routine(&with_pain("stop_above = 0\nrise_alert = 10")).pain;
    assert_eq!((pain.stop_above, pain.rise_alert), (Some(0), Some(10)));
    let pain = routine(&with_pain("stop_above = 10\nrise_alert = 1")).pain;
    assert_eq!((pain.stop_above, pain.rise_alert), (Some(10), Some(1)));
    let pain = routine(&with_pain("rise_alert = 2")).pain;
    assert_eq!((pain.stop_above, pain.rise_alert), (None, Some(2)));
    assert!(routine(&with_pain("")).pain.is_empty());
    let d = only_error(&with_pain("stop_above = 11"));
    assert_at(&d, 4, 14, "`stop_above` must be between 0 and 10");
    let d = only_error(&with_pain("stop_above = -1"));
    assert_at(&d, 4, 14, "`stop_above` must be between 0 and 10");
    let d = only_error(&with_pain("rise_alert = 0"));
    assert_at(&d, 4, 14, "`rise_alert` must be between 1 and 10");
    let d = only_error(&with_pain("rise_alert = 11"));
    assert_at(&d, 4, 14, "`rise_alert` must be between 1 and 10");
    let d = only_error(&with_pain("stop_above = 5.5"));
    assert_at(&d, 4, 14, "`stop_above` must be a whole number, not float");
}

#[test]
fn progress_without_a_schedule_says_to_add_one() {
    let d = only_error(&one_exercise(
        "reps = 10\n[[exercise.progress]]\nfrom_week = 3\nreps = 12",
    ));
    // At `progress` in the [[exercise.progress]] header.
    assert_at(&d, 6, 12, "`progress` needs a [schedule]");
    assert_hint(&d, "add a [schedule] table");
}

#[test]
fn progress_from_week_is_required_from_2_to_weeks_and_increasing() {
    let d = only_error(&programme("[[exercise.progress]]\nreps = 12"));
    assert_at(&d, 8, 1, "this stage has no `from_week`");
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 1\nreps = 12",
    ));
    assert_at(&d, 9, 13, "`from_week` must be between 2 and 6");
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 7\nreps = 12",
    ));
    assert_at(&d, 9, 13, "`from_week` must be between 2 and 6");
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 4\nreps = 12\n[[exercise.progress]]\nfrom_week = 4\nreps = 14",
    ));
    assert_at(
        &d,
        12,
        13,
        "`from_week = 4` comes after a stage from week 4",
    );
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 5\nreps = 12\n[[exercise.progress]]\nfrom_week = 3\nreps = 14",
    ));
    assert_at(
        &d,
        12,
        13,
        "`from_week = 3` comes after a stage from week 5",
    );
    assert_hint(&d, "in order of their weeks");
    // Without `weeks`, any week from 2 up to 104.
    let open = format!(
        "{HEADER}[schedule]\n{START}\n[[exercise]]\nname = \"Bridge\"\n[[exercise.progress]]\nfrom_week = 104\nreps = 3\n"
    );
    assert_eq!(routine(&open).exercises[0].progress[0].from_week, 104);
}

#[test]
fn a_one_week_programme_has_no_week_for_a_stage() {
    let text = format!(
        "{HEADER}[schedule]\n{START}\nweeks = 1\n[[exercise]]\nname = \"Bridge\"\n[[exercise.progress]]\nfrom_week = 2\nreps = 3\n"
    );
    let d = only_error(&text);
    assert_at(
        &d,
        9,
        13,
        "the programme lasts 1 week, so no stage can start",
    );
    assert_hint(&d, "weeks = 2 or more");
}

#[test]
fn a_stage_sets_sets_reps_rests_and_switch_sides() {
    let r = routine(&programme(
        "sets = 2\nreps = 10\neach_side = true\n[[exercise.progress]]\nfrom_week = 3\nsets = 3\nreps = 12\nrest_between_reps = \"2s\"\nrest_between_sets = \"45s\"\nswitch_sides = 8",
    ));
    let e = &r.exercises[0];
    assert_eq!(
        e.progress,
        [Stage {
            from_week: 3,
            sets: Some(3),
            reps: Some(12),
            rest_between_reps: Some(secs(2)),
            rest_between_sets: Some(secs(45)),
            switch_sides: Some(secs(8)),
            ..Stage::default()
        }]
    );
    assert_eq!((e.sets, e.reps), (2, 10), "the exercise itself is week 1");
    let week3 = e.for_week(3);
    assert_eq!((week3.sets, week3.reps), (3, 12));
    assert_eq!(
        (
            week3.rest_between_reps,
            week3.rest_between_sets,
            week3.switch_sides
        ),
        (secs(2), secs(45), secs(8))
    );
    assert_eq!(e.for_week(2), *e);
}

#[test]
fn a_stage_tempo_changes_only_the_phases_it_names() {
    let r = routine(&programme(
        "tempo = { up = 1, hold = 2, down = 3 }\n[[exercise.progress]]\nfrom_week = 2\ntempo = { down = \"4s\" }",
    ));
    let stage = &r.exercises[0].progress[0];
    assert_eq!(
        (stage.up, stage.hold, stage.down),
        (None, None, Some(secs(4)))
    );
    assert_eq!(
        r.exercises[0].for_week(2).tempo,
        Tempo {
            up: secs(1),
            hold: secs(2),
            down: secs(4)
        }
    );
}

#[test]
fn a_stage_hold_is_shorthand_for_its_tempo_hold_and_not_both() {
    let r = routine(&programme("[[exercise.progress]]\nfrom_week = 2\nhold = 5"));
    assert_eq!(r.exercises[0].progress[0].hold, Some(secs(5)));
    assert_eq!(r.for_week(2).exercises[0].tempo.hold, secs(5));
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 2\ntempo = { hold = 4 }\nhold = 5",
    ));
    assert_at(&d, 11, 1, "the hold is given twice in this stage");
}

#[test]
fn a_stage_of_a_self_paced_exercise_has_no_tempo_or_hold() {
    let d = only_error(&programme(
        "pace = \"self\"\n[[exercise.progress]]\nfrom_week = 2\ntempo = { up = 1 }",
    ));
    assert_at(
        &d,
        11,
        1,
        "a stage of a self-paced exercise cannot set `tempo`",
    );
    let d = only_error(&programme(
        "pace = \"self\"\n[[exercise.progress]]\nfrom_week = 2\nhold = 3",
    ));
    assert_at(
        &d,
        11,
        1,
        "a stage of a self-paced exercise cannot set `hold`",
    );
    let r = routine(&programme(
        "pace = \"self\"\nreps = 5\n[[exercise.progress]]\nfrom_week = 2\nreps = 8",
    ));
    assert_eq!(r.for_week(2).exercises[0].reps, 8);
}

#[test]
fn a_stage_may_not_set_other_exercise_keys() {
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 2\nname = \"Other\"",
    ));
    assert_at(&d, 10, 1, "a stage cannot change `name`");
    assert_hint(&d, "put `name` on the exercise itself");
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 2\neach_side = true",
    ));
    assert_at(&d, 10, 1, "a stage cannot change `each_side`");
    let d = only_error(&programme("[[exercise.progress]]\nfrom_week = 2\nrep = 3"));
    assert_at(&d, 10, 1, "unknown key `rep` in [[exercise.progress]]");
    assert_hint(&d, "did you mean `reps`?");
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 2\nsets = 101",
    ));
    assert_at(&d, 10, 8, "`sets` must be between 1 and 100");
    let d = only_error(&programme(
        "[[exercise.progress]]\nfrom_week = 2\nhold = \"2h\"",
    ));
    assert_eq!(d.line, 10);
}

#[test]
fn a_stage_whose_week_is_over_24_hours_is_refused_at_that_stage() {
    let d = only_error(&programme(
        "hold = \"1h\"\n[[exercise.progress]]\nfrom_week = 3\nreps = 2\n[[exercise.progress]]\nfrom_week = 5\nsets = 5\nreps = 6",
    ));
    assert_at(&d, 12, 1, "in week 5, the routine's planned time is");
    assert!(d.message.contains("over the 24-hour limit"), "{d:#?}");
    assert_hint(&d, "\"Bridge\"");
}

#[test]
fn a_stage_whose_week_has_over_a_million_steps_is_refused_at_that_stage() {
    let d = only_error(&programme(
        "pace = \"self\"\n[[exercise.progress]]\nfrom_week = 4\nsets = 100\nreps = 1000\neach_side = false\n",
    ));
    // `each_side` is not a stage key: that is the one error here.
    assert_at(&d, 13, 1, "a stage cannot change `each_side`");
    // About 400,000 steps in weeks 1–3, and 1,200,000 from week 4.
    let quick = "each_side = true\ntempo = { up = 0.001, hold = 0.001, down = 0.001 }\nrest_between_reps = 0.001";
    let d = only_error(&programme(&format!(
        "{quick}\n[[exercise.progress]]\nfrom_week = 4\nsets = 100\nreps = 1000\n\
         [[exercise]]\nname = \"Other\"\n{quick}\nsets = 50\nreps = 1000"
    )));
    assert_at(&d, 11, 1, "in week 4, the routine has");
    assert!(
        d.message.contains(&format!("at most {MAX_STEPS}")),
        "{d:#?}"
    );
}

#[test]
fn a_stage_making_every_phase_0s_is_refused_at_that_stage() {
    let d = only_error(&programme(
        "tempo = { up = 1, hold = 0, down = 1 }\n[[exercise.progress]]\nfrom_week = 3\ntempo = { up = 0, down = 0 }",
    ));
    assert_at(&d, 9, 1, "from week 3, every phase of the tempo is 0s");
}

#[test]
fn stages_are_cumulative() {
    // Weeks 1–2: 2 × 10 holding 3 s; weeks 3–4: 2 × 12 holding 5 s; weeks 5–6: 3 × 12.
    let r = routine(&programme(
        "sets = 2\nreps = 10\nhold = \"3s\"\n\
         [[exercise.progress]]\nfrom_week = 3\nreps = 12\nhold = \"5s\"\n\
         [[exercise.progress]]\nfrom_week = 5\nsets = 3",
    ));
    assert!(r.progresses());
    assert_eq!(r.stage_weeks(), [3, 5]);
    let dose = |week: u32| {
        let e = &r.for_week(week).exercises[0];
        (e.sets, e.reps, e.tempo.hold)
    };
    assert_eq!(dose(1), (2, 10, secs(3)));
    assert_eq!(dose(2), (2, 10, secs(3)));
    assert_eq!(dose(3), (2, 12, secs(5)));
    assert_eq!(dose(4), (2, 12, secs(5)));
    assert_eq!(dose(5), (3, 12, secs(5)));
    assert_eq!(dose(6), (3, 12, secs(5)));
    let schedule = r.schedule.as_ref().expect("a schedule");
    assert_eq!(schedule.weeks, Some(6));
}

#[test]
fn a_schema_line_for_editors_is_a_comment_the_loader_ignores() {
    let with = format!(
        "#:schema ./repcue-routine.schema.json\n{}",
        one_exercise("reps = 3")
    );
    let without = one_exercise("reps = 3");
    let mut read = routine(&with);
    read.source_sha256 = routine(&without).source_sha256;
    assert_eq!(read, routine(&without));
    // Errors keep the lines an editor shows: the header is on line 2 now.
    let err = parse_str(
        &format!("#:schema ./x.json\n{}", one_exercise("rep = 3")),
        FILE,
    )
    .expect_err("unknown key");
    assert!(err.to_string().contains("week1.toml:6:1"), "{err}");
}

#[test]
fn a_start_whose_programme_runs_past_the_calendar_is_refused_at_its_place() {
    let text = "[routine]\ntitle = \"Far\"\n[schedule]\nstart = 9999-12-27\nweeks = 2\n[[exercise]]\nname = \"A\"\n";
    let err = repcue::routine::parse_str(text, "far.toml").expect_err("past year 9999");
    let shown = err.to_string();
    assert!(shown.contains("far.toml:4:9"), "{shown}");
    assert!(shown.contains("past the year 9999"), "{shown}");
}
