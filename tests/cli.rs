//! `repcue check`, `--json`, exit codes, `--help` and `--version`.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn repcue() -> Command {
    Command::cargo_bin("repcue").expect("the repcue binary is built")
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write test routine");
    path.to_string_lossy().into_owned()
}

#[test]
fn check_prints_the_bundled_plan_in_words() {
    let output = repcue()
        .args(["check", "exercises.toml"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    insta::assert_snapshot!(String::from_utf8_lossy(&output));
}

#[test]
fn check_json_prints_one_object_with_every_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "r.toml",
        "[routine]\ntitle = \"Short\"\nprepare = 2\nrest_between_exercises = 4\n\
         [[exercise]]\nname = \"Clam\"\neach_side = true\nreps = 1\ntempo = { up = 1, down = 1.5 }\nswitch_sides = 3\n\
         [[exercise]]\nname = \"Marks\"\npace = \"self\"\nreps = 2\n",
    );
    let output = repcue()
        .args(["check", "--json", &file])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).expect("one JSON object");
    assert_eq!(json["title"], "Short");
    assert_eq!(json["total_seconds"], 2.0 + 2.5 + 3.0 + 2.5 + 4.0 + 2.0);
    assert_eq!(json["exercises"][0]["name"], "Clam");
    assert_eq!(json["exercises"][0]["total_seconds"], 10.0);
    assert_eq!(json["exercises"][1]["total_seconds"], 6.0);
    let steps = json["steps"].as_array().expect("steps array");
    // Every step names the word shown for it: the default phase word here.
    let cues: Vec<&str> = steps
        .iter()
        .map(|s| s["cue"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(&cues[..3], ["Get ready", "Up", "Down"]);
    assert!(cues.contains(&"Your pace"));
    let row = |i: usize| {
        let s = &steps[i];
        (
            s["kind"].as_str().unwrap_or("?").to_string(),
            s["exercise"].clone(),
            s["set"].clone(),
            s["side"].clone(),
            s["rep"].clone(),
            s["seconds"].clone(),
        )
    };
    use serde_json::{Value::Null, json};
    assert_eq!(steps.len(), 10);
    assert_eq!(
        row(0),
        ("prepare".into(), json!(0), Null, Null, Null, json!(2.0))
    );
    assert_eq!(
        row(1),
        (
            "up".into(),
            json!(0),
            json!(1),
            json!("left"),
            json!(1),
            json!(1.0)
        )
    );
    assert_eq!(
        row(2),
        (
            "down".into(),
            json!(0),
            json!(1),
            json!("left"),
            json!(1),
            json!(1.5)
        )
    );
    assert_eq!(
        row(3),
        (
            "switch_sides".into(),
            json!(0),
            json!(1),
            json!("right"),
            Null,
            json!(3.0)
        )
    );
    assert_eq!(
        row(6),
        ("rest".into(), json!(1), Null, Null, Null, json!(4.0))
    );
    assert_eq!(
        row(8),
        ("rep".into(), json!(1), json!(1), Null, json!(1), Null)
    );
    assert_eq!(
        row(9),
        ("rep".into(), json!(1), json!(1), Null, json!(2), Null)
    );
}

#[test]
fn invalid_routine_exits_1_with_file_line_column_on_stderr() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "bad.toml",
        "[routine]\ntitle = \"T\"\n\n[[exercise]]\nname = \"Bridge\"\nrep = 12\n",
    );
    repcue()
        .args(["check", &file])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "{file}:6:1: unknown key `rep`"
        )))
        .stderr(predicate::str::contains("6 | rep = 12"))
        .stderr(predicate::str::contains("did you mean `reps`?"));
    repcue()
        .args(["check", "--json", &file])
        .assert()
        .code(1)
        .stdout("");
}

#[test]
fn missing_file_exits_1_and_says_so() {
    repcue()
        .args(["check", "no-such-routine.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no-such-routine.toml: cannot read the routine: there is no such file",
        ));
}

#[test]
fn usage_errors_exit_2() {
    repcue()
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage"));
    repcue()
        .args(["check", "--bogus", "x.toml"])
        .assert()
        .code(2);
    repcue().args(["--frobnicate"]).assert().code(2);
}

#[test]
fn help_and_version() {
    repcue()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("check"))
        .stdout(predicate::str::contains("--start"));
    repcue()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(format!(
            "repcue {}",
            env!("CARGO_PKG_VERSION")
        )));
    repcue()
        .args(["check", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--json"));
}

/// A history folder with three sessions and a note about one of them.
fn history_home() -> tempfile::TempDir {
    let home = tempfile::tempdir().expect("temp dir");
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).expect("data folder");
    let lines = [
        r#"{"type":"session","id":"a","started":"2026-11-02T09:00:00Z","ended":"2026-11-02T09:12:00Z","routine":"Hip routine","routine_hash":"ab12","ending":"completed","exercises":[{"name":"Hip bridge","sets_done":1,"sets_prescribed":1,"reps_done":12,"reps_prescribed":12,"active_ms":600000}],"pain_before":4}"#,
        r#"{"type":"session","id":"b","started":"2026-11-20T18:30:00Z","ended":"2026-11-20T18:35:00Z","routine":"Hip routine","routine_hash":"ab12","ending":"stopped_for_pain","exercises":[{"name":"Hip bridge","reps_done":5,"reps_prescribed":12,"active_ms":240000}],"pain_after":6,"pain_where":"Hip"}"#,
        r#"{"type":"feedback","id":"a","pain_after":2,"note":"felt good"}"#,
        r#"{"type":"session","id":"c","started":"2026-11-25T08:00:00Z","ended":"2026-11-25T08:11:00Z","routine":"Hip routine","routine_hash":"ab12","ending":"completed","exercises":[{"name":"Hip bridge","reps_done":12,"reps_prescribed":12,"active_ms":620000},{"name":"Clamshell","reps_done":20,"reps_prescribed":24,"active_ms":100000}]}"#,
    ];
    std::fs::write(data.join("history.jsonl"), lines.join("\n") + "\n").expect("history");
    home
}

fn with_home(home: &Path) -> Command {
    let mut command = repcue();
    command.env("TZ", "UTC").env_remove("REPCUE_HOME");
    command.arg("--home").arg(home);
    command
}

#[test]
fn history_prints_sessions_newest_first_one_line_each() {
    let home = history_home();
    let output = with_home(home.path())
        .arg("history")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    insta::assert_snapshot!(String::from_utf8_lossy(&output));
    with_home(home.path())
        .args(["history", "--since", "2026-11-20"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("2026-11-25")
                .and(predicate::str::contains("2026-11-02").not()),
        );
}

#[test]
fn history_with_no_sessions_says_so_and_where_it_looked() {
    let home = tempfile::tempdir().expect("temp dir");
    with_home(home.path())
        .arg("history")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("No sessions recorded"));
}

#[test]
fn export_writes_the_csv_and_the_report_of_a_period() {
    let home = history_home();
    let csv = home.path().join("out/sessions.csv");
    let html = home.path().join("report.html");
    with_home(home.path())
        .args(["export", "--since", "2026-11-20", "--csv"])
        .arg(&csv)
        .arg("--html")
        .arg(&html)
        .assert()
        .success()
        .stdout(predicate::str::contains("(2 sessions)"));
    let mut reader = csv::Reader::from_path(&csv).expect("the CSV");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let ids: Vec<(&str, &str)> = rows.iter().map(|r| (&r[0], &r[1])).collect();
    assert_eq!(
        ids,
        [
            ("session", "b"),
            ("exercise", "b"),
            ("session", "c"),
            ("exercise", "c"),
            ("exercise", "c")
        ]
    );
    assert_eq!(
        (&rows[0][7], &rows[0][21], &rows[0][22]),
        ("stopped_for_pain", "6", "Hip")
    );
    let page = std::fs::read_to_string(&html).expect("the report");
    assert!(page.contains("Home exercise report"));
    assert!(page.contains("since Fri 20 Nov 2026"));
    assert!(page.contains("32 of 36 reps"));
    assert!(
        !page.contains("felt good"),
        "sessions before the period are left out"
    );
}

#[test]
fn export_needs_a_file_and_a_valid_date() {
    let home = history_home();
    with_home(home.path()).arg("export").assert().code(2);
    with_home(home.path())
        .args(["export", "--csv", "x.csv", "--since", "20/11/2026"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--since"));
}
