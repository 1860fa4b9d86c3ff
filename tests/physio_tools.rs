//! The physiotherapist's tools: `repcue schema` against every example routine and a broken
//! one, `repcue new`, and `repcue handout`.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn repcue() -> Command {
    Command::cargo_bin("repcue").expect("the repcue binary is built")
}

/// The schema as `repcue schema` prints it.
fn schema() -> Value {
    let output = repcue()
        .arg("schema")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&output).expect("repcue schema prints JSON")
}

/// A TOML document as an editor's schema validator sees it: dates become strings.
fn json_of(value: toml::Value) -> Value {
    match value {
        toml::Value::String(text) => Value::String(text),
        toml::Value::Integer(n) => Value::from(n),
        toml::Value::Float(x) => Value::from(x),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(date) => Value::String(date.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(json_of).collect()),
        toml::Value::Table(table) => Value::Object(
            table
                .into_iter()
                .map(|(key, value)| (key, json_of(value)))
                .collect(),
        ),
    }
}

fn json_file(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("read routine");
    json_of(toml::from_str(&text).expect("TOML"))
}

/// Every routine the project ships.
fn example_routines() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir("docs/examples")
        .expect("docs/examples")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files.push("exercises.toml".into());
    files
}

#[test]
fn schema_is_draft_07_and_accepts_every_example_routine() {
    let schema = schema();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let validator = jsonschema::draft7::new(&schema).expect("a valid draft-07 schema");
    let examples = example_routines();
    assert!(examples.len() >= 5, "{examples:?}");
    for path in examples {
        let routine = json_file(&path);
        let errors: Vec<String> = validator
            .iter_errors(&routine)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn schema_refuses_what_the_loader_refuses() {
    let validator = jsonschema::draft7::new(&schema()).expect("a valid schema");
    let good = "[routine]\ntitle = \"T\"\n[schedule]\nstart = 2026-12-07\ndays = [\"mon\"]\n\
                [[exercise]]\nname = \"A\"\nreps = 2\npace = \"guided\"\n";
    let parsed = |text: &str| json_of(toml::from_str(text).expect("TOML"));
    assert!(validator.is_valid(&parsed(good)), "the good routine");
    for (broken, why) in [
        (good.replace("reps = 2", "rep = 2"), "unknown key"),
        (good.replace("reps = 2", "reps = 0"), "reps = 0"),
        (good.replace("\"guided\"", "\"fast\""), "pace = \"fast\""),
        (good.replace("\"mon\"", "\"funday\""), "days = [\"funday\"]"),
        (
            good.replace("[\"mon\"]", "[\"mon\"]\nper_week = 2"),
            "days and per_week",
        ),
        (good.replace("title = \"T\"\n", ""), "no title"),
    ] {
        assert!(repcue_rejects(&broken), "the loader accepts {why}");
        assert!(
            !validator.is_valid(&parsed(&broken)),
            "the schema accepts {why}"
        );
    }
    let all_broken = good
        .replace("reps = 2", "reps = 0\nrep = 2")
        .replace("\"guided\"", "\"fast\"")
        .replace("\"mon\"", "\"funday\"");
    assert!(validator.iter_errors(&parsed(&all_broken)).count() >= 4);
}

fn repcue_rejects(text: &str) -> bool {
    repcue::routine::parse_str(text, "broken.toml").is_err()
}

#[test]
fn new_writes_a_commented_routine_that_checks_and_the_schema_next_to_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let routine = dir.path().join("mine.toml");
    repcue()
        .arg("new")
        .arg(&routine)
        .assert()
        .success()
        .stdout(predicate::str::contains("repcue check"));
    let text = std::fs::read_to_string(&routine).expect("routine written");
    assert!(text.starts_with("#:schema ./repcue-routine.schema.json\n"));
    assert!(text.contains("# [schedule]") && text.contains("# [pain]"));
    let written = std::fs::read_to_string(dir.path().join("repcue-routine.schema.json"))
        .expect("schema written");
    assert_eq!(
        serde_json::from_str::<Value>(&written).expect("JSON"),
        schema()
    );
    repcue().arg("check").arg(&routine).assert().success();
    let validator = jsonschema::draft7::new(&schema()).expect("a valid schema");
    assert!(validator.is_valid(&json_file(&routine)));
}

#[test]
fn new_never_writes_over_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let routine = dir.path().join("mine.toml");
    std::fs::write(&routine, "my own work").expect("write");
    repcue()
        .arg("new")
        .arg(&routine)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(&routine).expect("read"),
        "my own work"
    );
    assert!(!dir.path().join("repcue-routine.schema.json").exists());

    // A second routine in the same folder keeps the schema already there.
    let schema_file = dir.path().join("repcue-routine.schema.json");
    std::fs::write(&schema_file, "{}").expect("write");
    repcue()
        .arg("new")
        .arg(dir.path().join("second.toml"))
        .assert()
        .success()
        .stderr(predicate::str::contains("Kept the existing"));
    assert_eq!(std::fs::read_to_string(&schema_file).expect("read"), "{}");
}

#[test]
fn handout_of_the_six_week_programme() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join("handout.html");
    repcue()
        .args(["handout", "docs/examples/six-week-programme.toml", "--html"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).expect("handout written");
    for words in [
        "Prescribed by <b>Your physiotherapist</b>",
        "6 weeks from Mon 7 Dec 2026 to Sun 17 Jan 2027 · Mon, Wed, Fri",
        "<b>weeks 3–4:</b> 2 sets × 12 reps",
        "do not exercise above 5/10",
        "data:image/svg+xml;base64,",
        "@page",
        "break-inside: avoid",
    ] {
        assert!(html.contains(words), "{words}");
    }
    assert_eq!(
        html.matches("class=\"box\"").count(),
        6 * 3,
        "Mon, Wed, Fri for 6 weeks"
    );
    assert!(
        !html.contains("src=\"http") && !html.contains("url("),
        "nothing fetched"
    );
    // The drawings are long base64 runs; the page around them is what is pinned.
    let pinned: String = html
        .split("base64,")
        .enumerate()
        .map(|(i, part)| match (i, part.find('"')) {
            (0, _) | (_, None) => part.to_string(),
            (_, Some(end)) => format!("base64,…{}", &part[end..]),
        })
        .collect();
    insta::assert_snapshot!(pinned);
}

#[test]
fn handout_embeds_a_routine_s_own_png_and_notes_what_it_leaves_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let png = b"\x89PNG\r\n\x1a\nnot really a picture, but the handout only embeds it";
    std::fs::write(dir.path().join("mine.png"), png).expect("write");
    std::fs::write(dir.path().join("fake.jpg"), "<svg/>").expect("write");
    let routine = dir.path().join("r.toml");
    std::fs::write(
        &routine,
        "[routine]\ntitle = \"Mine\"\n[[exercise]]\nname = \"One\"\nimage = \"mine.png\"\n\
         [[exercise]]\nname = \"Two\"\nimage = \"fake.jpg\"\n\
         [[exercise]]\nname = \"Three\"\nimage = \"../outside.png\"\n",
    )
    .expect("write");
    let page = dir.path().join("out.html");
    repcue()
        .arg("handout")
        .arg(&routine)
        .arg("--html")
        .arg(&page)
        .assert()
        .success()
        .stderr(predicate::str::contains("fake.jpg").and(predicate::str::contains("outside")));
    let html = std::fs::read_to_string(&page).expect("written");
    assert!(html.contains("data:image/png;base64,iVBORw0KGg"));
    assert_eq!(html.matches("Picture not included").count(), 2);
    assert_eq!(
        html.matches("<tr><th>").count(),
        1 + 4,
        "4 weeks without a schedule"
    );
}

#[test]
fn handout_never_writes_over_the_routine() {
    let dir = tempfile::tempdir().expect("temp dir");
    let routine = dir.path().join("r.toml");
    let text = "[routine]\ntitle = \"Mine\"\n[[exercise]]\nname = \"One\"\n";
    std::fs::write(&routine, text).expect("write");
    repcue()
        .arg("handout")
        .arg(&routine)
        .arg("--html")
        .arg(&routine)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is the routine itself"));
    assert_eq!(std::fs::read_to_string(&routine).expect("read"), text);
}
