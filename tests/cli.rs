//! `repcue check`, `--json`, `--week` and `--on`, exit codes, `--help` and `--version`.

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
    // A routine with no programme: no week, no schedule, no pain limits, no weeks.
    assert_eq!(json["week"], serde_json::Value::Null);
    assert_eq!(json["schedule"], serde_json::Value::Null);
    assert_eq!(json["pain"], serde_json::Value::Null);
    assert_eq!(json["weeks"], serde_json::json!([]));
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

const PROGRAMME: &str = "docs/examples/six-week-programme.toml";

fn stdout_of(args: &[&str]) -> String {
    let output = repcue()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).expect("UTF-8 output")
}

#[test]
fn check_prints_a_programme_schedule_pain_limits_and_each_stage_period() {
    let text = stdout_of(&["check", PROGRAMME]);
    insta::assert_snapshot!(text);
    assert!(text.contains(
        "Programme: 6 weeks from Mon 7 Dec 2026 to Sun 17 Jan 2027 · Mon, Wed, Fri · 1 session a day · reminder 18:00\n"
    ));
    assert!(
        text.contains(
            "Pain limit: do not exercise above 5/10 · alert when pain rises by 2 or more\n"
        )
    );
    for period in ["Weeks 1–2:", "Weeks 3–4:", "Weeks 5–6:"] {
        assert!(text.contains(period), "{period} missing");
    }
    // The warm-ups never change: listed once, then named as unchanged.
    assert_eq!(text.matches("knees to the left 2s").count(), 1);
}

#[test]
fn check_week_prints_one_week_of_the_programme() {
    let text = stdout_of(&["check", "--week", "5", PROGRAMME]);
    insta::assert_snapshot!(text);
    assert!(text.contains("Week 5 of 6 · Mon 4 Jan 2027 – Sun 10 Jan 2027\n"));
    assert!(text.contains("3 sets × 10 reps · up 2s / hold 5s / down 2s"));
    // --on picks the week the day falls in; the same plan as --week.
    assert_eq!(stdout_of(&["check", "--on", "2027-01-06", PROGRAMME]), text);
}

#[test]
fn check_on_a_day_outside_the_programme_says_which_week_it_follows() {
    let before = stdout_of(&["check", "--on", "2026-12-01", PROGRAMME]);
    assert!(before.contains("Week 1 of 6 · Mon 7 Dec 2026 – Sun 13 Dec 2026\n"));
    assert!(before.contains(
        "(Tue 1 Dec 2026 is before the programme starts on Mon 7 Dec 2026: week 1's plan)"
    ));
    let after = stdout_of(&["check", "--on", "2027-03-01", PROGRAMME]);
    assert!(after.contains("Week 6 of 6 · Mon 11 Jan 2027 – Sun 17 Jan 2027\n"));
    assert!(after.contains(
        "(Mon 1 Mar 2027 is after the programme ended on Sun 17 Jan 2027: the last week's plan)"
    ));
    let last = stdout_of(&["check", "--on", "2027-01-17", PROGRAMME]);
    assert!(last.contains("Week 6 of 6"));
    assert!(!last.contains("after the programme"));
}

/// The JSON plan with its steps cut to the first exercise's (the rest are pinned by their
/// count and their sum), for a readable snapshot.
fn json_with_first_steps(args: &[&str]) -> serde_json::Value {
    let text = stdout_of(args);
    let mut json: serde_json::Value = serde_json::from_str(&text).expect("one JSON object");
    let steps = json["steps"].as_array().expect("steps").clone();
    let week = json["week"].as_u64().expect("a week number") as usize;
    assert_eq!(
        json["weeks"][week - 1]["steps"].as_u64(),
        Some(steps.len() as u64)
    );
    let sum: f64 = steps.iter().filter_map(|s| s["seconds"].as_f64()).sum();
    let total = json["total_seconds"].as_f64().expect("total");
    assert!(
        (sum - total).abs() < 1e-6,
        "steps add up to {sum}, not {total}"
    );
    assert_eq!(
        json["weeks"][week - 1]["total_seconds"],
        json["total_seconds"]
    );
    let first: Vec<serde_json::Value> = steps.into_iter().filter(|s| s["exercise"] == 0).collect();
    json["steps"] = serde_json::Value::Array(first);
    json
}

#[test]
fn check_json_of_a_programme_adds_week_schedule_pain_and_weeks() {
    let json = json_with_first_steps(&["check", "--json", PROGRAMME]);
    assert_eq!(json["week"], 1);
    insta::assert_snapshot!(serde_json::to_string_pretty(&json).expect("JSON"));
}

#[test]
fn check_json_week_5_is_week_5s_plan() {
    let json = json_with_first_steps(&["check", "--json", "--week", "5", PROGRAMME]);
    assert_eq!(json["week"], 5);
    assert_eq!(json["total_seconds"], 1127.0);
    insta::assert_snapshot!(serde_json::to_string_pretty(&json).expect("JSON"));
}

#[test]
fn check_json_of_a_programme_with_no_end_and_any_days() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "open.toml",
        "[routine]\ntitle = \"Open\"\n[schedule]\nstart = \"2026-12-10\"\nper_week = 3\nper_day = 2\n\
         [pain]\nrise_alert = 3\n[[exercise]]\nname = \"Bridge\"\nreps = 2\n\
         [[exercise.progress]]\nfrom_week = 20\nreps = 4\n",
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&[
        "check",
        "--json",
        "--on",
        "2027-06-01",
        &file,
    ]))
    .expect("one JSON object");
    assert_eq!(json["week"], 25);
    assert_eq!(
        json["schedule"],
        serde_json::json!({"start": "2026-12-10", "weeks": null, "days": null,
            "per_week": 3, "per_day": 2, "remind_at": []})
    );
    assert_eq!(
        json["pain"],
        serde_json::json!({"stop_above": null, "rise_alert": 3})
    );
    assert_eq!(json["weeks"], serde_json::json!([]));
    assert_eq!(json["total_seconds"], 5.0 + 4.0 * 4.0);
    let text = stdout_of(&["check", &file]);
    assert!(text.contains(
        "Programme: from Thu 10 Dec 2026, no end date · any 3 days a week · 2 sessions a day\n"
    ));
    assert!(text.contains("Pain limit: alert when pain rises by 3 or more\n"));
    assert!(text.contains("Weeks 1–19:\n"));
    assert!(text.contains("From week 20:\n"));
    assert!(text.contains("changed: 2 → 4 reps"));
    let week = stdout_of(&["check", "--week", "300", &file]);
    assert!(week.contains("Week 300 · "), "no end, so no \"of\": {week}");
}

#[test]
fn check_week_and_on_need_a_week_the_programme_has() {
    for option in ["--week", "--on"] {
        let value = if option == "--week" {
            "2"
        } else {
            "2026-12-01"
        };
        repcue()
            .args(["check", option, value, "exercises.toml"])
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(format!(
                "{option} needs a programme, and exercises.toml has no [schedule]"
            )));
    }
    repcue()
        .args(["check", "--week", "0", PROGRAMME])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "--week 0: programme weeks count from 1; this programme has weeks 1 to 6",
        ));
    repcue()
        .args(["check", "--json", "--week", "7", PROGRAMME])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "--week 7 is past the end: the programme in docs/examples/six-week-programme.toml has weeks 1 to 6",
        ));
    repcue()
        .args(["check", "--week", "2", "--on", "2026-12-01", PROGRAMME])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot be used with"));
    repcue()
        .args(["check", "--on", "7/12/2026", PROGRAMME])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--on"));
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
        .stdout(predicate::str::contains("--json"))
        .stdout(predicate::str::contains("--week"))
        .stdout(predicate::str::contains("--on"));
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
