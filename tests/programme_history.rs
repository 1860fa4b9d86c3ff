//! A six-week programme in the history, through `repcue history` and `repcue export`: the
//! adherence line, the CSV's week rows and the pain alerts. The command reads the real clock, so
//! the sessions are placed relative to today: the programme started 24 days ago (today is in
//! week 4), with sessions due on days 0, 2 and 4 of each programme week.

use std::path::Path;

use assert_cmd::Command;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use predicates::prelude::*;

use repcue::routine::{Day, PainLimits, Schedule};
use repcue::session::{Ending, ExerciseRecord};
use repcue::store::history::{self, ProgrammeMark, SessionEntry};

const TITLE: &str = "Hip & low back — 6 weeks";

fn today() -> Date {
    jiff::Timestamp::now()
        .to_zoned_datetime(TimeZone::UTC)
        .date()
}

fn day(start: Date, offset: i64) -> Date {
    start
        .checked_add(jiff::Span::new().days(offset))
        .expect("a date")
}

fn schedule(start: Date, weeks: u32) -> Schedule {
    Schedule {
        start,
        weeks: Some(weeks),
        days: Some(vec![
            Day::of(start),
            Day::of(day(start, 2)),
            Day::of(day(start, 4)),
        ]),
        per_week: None,
        per_day: 1,
        remind_at: vec!["18:00".into()],
    }
}

/// A session of the programme started at `at` on day `offset`, following `schedule`.
fn session(id: &str, schedule: &Schedule, offset: i64, at: Time, ending: Ending) -> SessionEntry {
    let date = day(schedule.start, offset);
    let started = date
        .to_datetime(at)
        .to_zoned_datetime(TimeZone::UTC)
        .expect("a moment")
        .timestamp();
    let reps = if ending == Ending::Completed { 12 } else { 5 };
    SessionEntry {
        id: id.into(),
        started,
        ended: started
            .checked_add(jiff::SignedDuration::from_mins(15))
            .expect("a moment"),
        routine: TITLE.into(),
        routine_hash: format!("hash-of-{}-weeks", schedule.weeks.unwrap_or(0)),
        routine_file: "six-week-programme.toml".into(),
        ending,
        paused_ms: 0,
        pauses: 0,
        steps_skipped: 0,
        exercises: vec![ExerciseRecord {
            name: "Hip bridge".into(),
            sets_done: 1,
            sets_prescribed: 1,
            reps_done: reps,
            reps_prescribed: 12,
            active_ms: 600_000,
            ..ExerciseRecord::default()
        }],
        pain_before: Some(2),
        pain_after: Some(2),
        pain_where: String::new(),
        note: String::new(),
        stopped_during: None,
        programme: Some(ProgrammeMark {
            week: schedule.plan_week(date),
            date,
            schedule: schedule.clone(),
        }),
        pain_limits: PainLimits {
            stop_above: Some(5),
            rise_alert: Some(2),
        },
        started_above_limit: false,
    }
}

/// The history: missed days (4, 16, 23), two sessions on day 14, one just after midnight on
/// day 11, a pain stop on day 9 (pain 3 → 6), a start above the limit on day 21, and the file
/// edited on day 18 to run 8 weeks instead of 6 (same title and start).
fn programme_home() -> (tempfile::TempDir, Date) {
    let start = day(today(), -24);
    let six = schedule(start, 6);
    let eight = schedule(start, 8);
    let nine = Time::constant(9, 0, 0, 0);
    let mut sessions = vec![
        session("w1-a", &six, 0, nine, Ending::Completed),
        session("w1-b", &six, 2, nine, Ending::Completed),
        session("w2-a", &six, 7, nine, Ending::Completed),
        session("w2-b", &six, 9, nine, Ending::StoppedForPain),
        // Just after midnight: it counts for day 11, a session day, not for day 10.
        session(
            "w2-c",
            &six,
            11,
            Time::constant(0, 30, 0, 0),
            Ending::Completed,
        ),
        session("w3-a", &six, 14, nine, Ending::Completed),
        session(
            "w3-b",
            &six,
            14,
            Time::constant(18, 0, 0, 0),
            Ending::Completed,
        ),
        session("w3-c", &eight, 18, nine, Ending::Completed),
        session("w4-a", &eight, 21, nine, Ending::Completed),
    ];
    let stop = &mut sessions[3];
    stop.pain_before = Some(3);
    stop.pain_after = Some(6);
    stop.pain_where = "Left hip".into();
    stop.stopped_during = Some("Hip bridge, set 1, rep 6".into());
    let above = &mut sessions[8];
    above.pain_before = Some(7);
    above.pain_after = Some(5);
    above.started_above_limit = true;
    assert!(sessions[3].pain_alert() && !sessions[8].pain_alert());
    let home = tempfile::tempdir().expect("temp dir");
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).expect("data folder");
    let bytes: Vec<u8> = sessions
        .iter()
        .flat_map(|s| history::session_line(s).expect("a history line"))
        .collect();
    std::fs::write(data.join(history::FILE_NAME), bytes).expect("history");
    (home, start)
}

fn with_home(home: &Path) -> Command {
    let mut command = Command::cargo_bin("repcue").expect("the repcue binary is built");
    command.env("TZ", "UTC").env_remove("REPCUE_HOME");
    command.arg("--home").arg(home);
    command
}

const ADHERENCE: &str = "Adherence: 7 of 11 planned sessions done (63 %), 1 partly done";

#[test]
fn history_prints_one_adherence_line_per_programme_and_marks_pain_alerts() {
    let (home, start) = programme_home();
    let output = with_home(home.path())
        .arg("history")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&output);
    let lines: Vec<&str> = text.lines().collect();
    // One programme, counted with the newest schedule (8 weeks) after the edit.
    assert_eq!(
        lines[0],
        format!("{TITLE} · from {start} · week 4 of 8 · 1 pain alert"),
        "{text}"
    );
    assert_eq!(lines[1], format!("  {ADHERENCE}"));
    assert_eq!(lines[2], "");
    assert_eq!(text.matches("Adherence:").count(), 1, "{text}");
    // Then the sessions, newest first, each with its week.
    assert_eq!(lines.len(), 3 + 9, "{text}");
    assert!(lines[3].ends_with("· week 4  ! started anyway"), "{text}");
    let stop = lines
        .iter()
        .find(|l| l.contains("stopped for pain") || l.contains("Stopped for pain"))
        .expect("the pain stop");
    assert!(stop.contains("3 → 6"), "{stop}");
    assert!(stop.ends_with("· week 2  ! pain alert"), "{stop}");
    assert_eq!(text.matches("! pain alert").count(), 1, "{text}");
    let after_midnight = format!("{} 00:30", day(start, 11));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&after_midnight) && l.ends_with("· week 2")),
        "{text}"
    );
}

#[test]
fn export_writes_the_programme_weeks_and_the_report_leads_with_adherence() {
    let (home, start) = programme_home();
    let csv = home.path().join("sessions.csv");
    let html = home.path().join("report.html");
    with_home(home.path())
        .args(["export", "--csv"])
        .arg(&csv)
        .arg("--html")
        .arg(&html)
        .assert()
        .success()
        .stdout(predicate::str::contains("(9 sessions)"));

    let mut reader = csv::Reader::from_path(&csv).expect("the CSV");
    let header = reader.headers().expect("a header").clone();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("column {name}"))
    };
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let pick = |row: &csv::StringRecord, names: &[&str]| -> Vec<String> {
        names.iter().map(|n| row[column(n)].to_string()).collect()
    };
    let weeks: Vec<Vec<String>> = rows
        .iter()
        .filter(|r| &r[0] == "week")
        .map(|r| {
            pick(
                r,
                &[
                    "programme_week",
                    "date",
                    "planned",
                    "due",
                    "done",
                    "partly",
                    "pain_alerts",
                ],
            )
        })
        .collect();
    let week = |n: i64, counts: [&str; 5]| {
        let mut row = vec![n.to_string(), day(start, 7 * (n - 1)).to_string()];
        row.extend(counts.map(String::from));
        row
    };
    assert_eq!(
        weeks,
        [
            week(1, ["3", "3", "2", "0", "0"]),
            week(2, ["3", "3", "2", "1", "1"]),
            week(3, ["3", "3", "2", "0", "0"]),
            week(4, ["3", "2", "1", "0", "0"]),
        ]
    );
    // Every session row says its week, whether it gave a pain alert and whether it was
    // started above the limit.
    let session = |id: &str| {
        rows.iter()
            .find(|r| &r[0] == "session" && &r[1] == id)
            .unwrap_or_else(|| panic!("session {id}"))
    };
    let flags = ["programme_week", "pain_alert", "started_above_limit"];
    assert_eq!(pick(session("w2-b"), &flags), ["2", "yes", "no"]);
    assert_eq!(pick(session("w4-a"), &flags), ["4", "no", "yes"]);
    assert_eq!(pick(session("w2-c"), &flags), ["2", "no", "no"]);
    assert_eq!(
        session("w2-c")[column("date")],
        day(start, 11).to_string(),
        "after midnight is the new day"
    );

    let page = std::fs::read_to_string(&html).expect("the report");
    let at = |text: &str| {
        page.find(text)
            .unwrap_or_else(|| panic!("{text} in the report"))
    };
    assert!(at("Programme: Hip &amp; low back — 6 weeks") < at(ADHERENCE));
    assert!(at(ADHERENCE) < at("<div class=\"numbers\">"));
    assert!(page.contains("week 4 of 8"));
    assert!(page.contains("pain 3 → 6 · pain after above 5 · pain rose by 3"));
    assert!(page.contains("started anyway with pain 7 (limit 5)"));
    assert!(page.contains("Left hip"));
    assert_eq!(page.matches("<section class=\"programme\">").count(), 1);
}
