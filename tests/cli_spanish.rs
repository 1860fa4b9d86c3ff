//! `--lang es`: the command line prints Spanish; an unknown `--lang` says which languages exist.

use assert_cmd::Command;
use predicates::prelude::*;

/// `repcue` with no language from the environment or a home folder of the developer's.
fn repcue() -> Command {
    let mut command = Command::cargo_bin("repcue").expect("the repcue binary is built");
    command
        .env("TZ", "UTC")
        .env_remove("REPCUE_HOME")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    command
}

#[test]
fn check_prints_the_plan_in_spanish() {
    let output = repcue()
        .args(["--lang", "es", "check", "exercises.toml"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).expect("UTF-8 output");
    assert!(
        text.contains("Prepárate ") && text.contains(" antes de cada ejercicio · descanso de "),
        "{text}"
    );
    assert!(text.contains(" ejercicios · "), "{text}");
    assert!(
        !text.contains("Get ready") && !text.contains(" exercises · "),
        "{text}"
    );
}

#[test]
fn history_of_an_empty_home_says_so_in_spanish() {
    let home = tempfile::tempdir().expect("temp dir");
    let output = repcue()
        .args(["--lang", "es", "history", "--home"])
        .arg(home.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(output).expect("UTF-8 output");
    assert!(
        text.starts_with("No hay sesiones registradas (historial en "),
        "{text}"
    );
    // The folder is the person's, printed as it is.
    let data = home.path().join("data");
    assert!(text.contains(&data.display().to_string()), "{text}");
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_the_ones_there_are() {
    repcue()
        .args(["--lang", "xx", "check", "exercises.toml"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::contains("\"xx\"")
                .and(predicate::str::contains("en, es"))
                .and(predicate::str::contains("--lang")),
        );
}
