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
