//! The CSV export: one row per session, then one per exercise of it, then one per programme
//! week, in one table a spreadsheet can filter by its first column. Columns are only ever added
//! at the end, so a sheet built on an older export still finds its columns.

use jiff::tz::TimeZone;

use crate::programme::ProgrammeSummary;
use crate::store::history::SessionEntry;
use crate::t;

/// How many columns there are.
const COLUMNS: usize = 34;

/// The column headers, in the current language.
fn header() -> [String; COLUMNS] {
    [
        t!("csv-row"),
        t!("csv-session"),
        t!("csv-date"),
        t!("csv-start"),
        t!("csv-end"),
        t!("csv-routine"),
        t!("csv-routine-sha256"),
        t!("csv-ending"),
        t!("csv-stopped-during"),
        t!("csv-exercise"),
        t!("csv-sets-done"),
        t!("csv-sets-prescribed"),
        t!("csv-reps-done"),
        t!("csv-reps-prescribed"),
        t!("csv-holds-done"),
        t!("csv-holds-prescribed"),
        t!("csv-steps-skipped"),
        t!("csv-active-min"),
        t!("csv-paused-min"),
        t!("csv-pauses"),
        t!("csv-pain-before"),
        t!("csv-pain-after"),
        t!("csv-pain-where"),
        t!("csv-note"),
        t!("csv-routine-file"),
        t!("csv-programme-week"),
        t!("csv-pain-alert"),
        t!("csv-started-above-limit"),
        t!("csv-programme-start"),
        t!("csv-planned"),
        t!("csv-due"),
        t!("csv-done"),
        t!("csv-partly"),
        t!("csv-pain-alerts"),
    ]
}

/// The columns a session or exercise row leaves empty at the end (the week counts).
const WEEK_COUNTS: usize = 5;

/// The CSV text for `sessions` (times in `tz`), then the weeks of `programmes` (see
/// [`super::programmes`]).
pub fn csv(
    sessions: &[&SessionEntry],
    programmes: &[ProgrammeSummary],
    tz: &TimeZone,
) -> Result<Vec<u8>, ::csv::Error> {
    let mut out = ::csv::Writer::from_writer(Vec::new());
    out.write_record(header())?;
    for s in sessions {
        let start = s.started.to_zoned_datetime(tz.clone());
        let end = s.ended.to_zoned_datetime(tz.clone());
        let date = start.strftime("%Y-%m-%d").to_string();
        let minutes = |ms: u64| format!("{:.1}", ms as f64 / 60_000.0);
        let pain = |p: Option<u8>| p.map(|p| p.to_string()).unwrap_or_default();
        let (reps_done, reps_prescribed) = s.reps();
        let (holds_done, holds_prescribed) = s.holds();
        let sets_done: u64 = s.exercises.iter().map(|e| e.sets_done).sum();
        let sets_prescribed: u64 = s.exercises.iter().map(|e| e.sets_prescribed).sum();
        let week = s
            .programme
            .as_ref()
            .map(|mark| mark.week.to_string())
            .unwrap_or_default();
        let programme_start = s
            .programme
            .as_ref()
            .map(|mark| mark.schedule.start.to_string())
            .unwrap_or_default();
        let mut row = vec![
            "session".to_string(),
            s.id.clone(),
            date.clone(),
            // Whole local times with their UTC offset: unambiguous across midnight and
            // daylight-saving changes.
            start.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            end.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
            safe(&s.routine),
            s.routine_hash.clone(),
            s.ending.as_str().to_string(),
            safe(s.stopped_during.as_deref().unwrap_or("")),
            String::new(),
            sets_done.to_string(),
            sets_prescribed.to_string(),
            reps_done.to_string(),
            reps_prescribed.to_string(),
            holds_done.to_string(),
            holds_prescribed.to_string(),
            s.steps_skipped.to_string(),
            minutes(s.active_ms()),
            minutes(s.paused_ms),
            s.pauses.to_string(),
            pain(s.pain_before),
            pain(s.pain_after),
            safe(&s.pain_where),
            safe(&s.note),
            safe(&s.routine_file),
            week.clone(),
            yes_no(s.pain_alert()),
            yes_no(s.started_above_limit),
            programme_start.clone(),
        ];
        row.resize(COLUMNS, String::new());
        out.write_record(&row)?;
        for e in &s.exercises {
            let mut row = vec![
                "exercise".to_string(),
                s.id.clone(),
                date.clone(),
                String::new(),
                String::new(),
                safe(&s.routine),
                s.routine_hash.clone(),
                s.ending.as_str().to_string(),
                String::new(),
                safe(&e.name),
                e.sets_done.to_string(),
                e.sets_prescribed.to_string(),
                e.reps_done.to_string(),
                e.reps_prescribed.to_string(),
                e.holds_done.to_string(),
                e.holds_prescribed.to_string(),
                e.steps_skipped.to_string(),
                minutes(e.active_ms),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                week.clone(),
                String::new(),
                String::new(),
                programme_start.clone(),
            ];
            row.resize(COLUMNS, String::new());
            out.write_record(&row)?;
        }
    }
    for p in programmes {
        for w in &p.adherence.weeks {
            let mut row = vec![String::new(); COLUMNS - WEEK_COUNTS];
            row[0] = "week".into();
            row[2] = p.schedule.first_day(w.week).to_string();
            row[5] = safe(&p.title);
            row[25] = w.week.to_string();
            row[28] = p.schedule.start.to_string();
            row.extend([w.planned, w.due, w.done, w.partly, w.pain_alerts].map(|n| n.to_string()));
            out.write_record(&row)?;
        }
    }
    out.into_inner().map_err(|err| err.into_error().into())
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_string()
}

/// Text a spreadsheet would run as a formula gets a leading apostrophe.
fn safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::Date;

    #[test]
    fn one_row_per_session_and_per_exercise() {
        let mut a = crate::report::tests::session("a", Date::constant(2026, 11, 2), 10);
        a.note = "=cmd()".into();
        let b = crate::report::tests::session("b", Date::constant(2026, 11, 3), 12);
        let bytes = csv(&[&a, &b], &[], &TimeZone::UTC).expect("csv");
        let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
        let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), 4);
        assert_eq!(&rows[0][0], "session");
        assert_eq!(&rows[0][2], "2026-11-02");
        assert_eq!(&rows[0][12], "10");
        assert_eq!(&rows[0][23], "'=cmd()");
        assert_eq!(&rows[1][0], "exercise");
        assert_eq!(&rows[1][9], "Hip bridge");
        assert_eq!(&rows[3][1], "b");
        // Sessions outside a programme: no week, no alert.
        let header = header();
        let column = |name: &str| header.iter().position(|h| h == name).expect(name);
        assert_eq!(&rows[0][column("programme_week")], "");
        assert_eq!(&rows[0][column("pain_alert")], "no");
        assert_eq!(&rows[0][column("started_above_limit")], "no");
    }

    #[test]
    fn sessions_name_their_week_and_alerts_and_each_programme_week_has_a_row() {
        let all = crate::report::html::tests::four_weeks();
        let today = Date::constant(2026, 12, 30);
        let period = crate::report::Period::last_days(today, 30);
        let sessions = period.select(&all, &TimeZone::UTC);
        let programmes = crate::report::programmes(&all, &period, today, &TimeZone::UTC);
        let bytes = csv(&sessions, &programmes, &TimeZone::UTC).expect("csv");
        let mut reader = ::csv::Reader::from_reader(bytes.as_slice());
        let rows: Vec<::csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        let header = header();
        let column = |name: &str| header.iter().position(|h| h == name).expect(name);
        let session = |id: &str| {
            rows.iter()
                .find(|r| &r[0] == "session" && &r[1] == id)
                .expect(id)
        };
        let d = session("d");
        assert_eq!(
            (
                &d[column("programme_week")],
                &d[column("pain_alert")],
                &d[column("started_above_limit")],
                &d[column("programme_start")]
            ),
            ("2", "yes", "no", "2026-12-07")
        );
        assert_eq!(&session("j")[column("started_above_limit")], "yes");
        let exercise = rows.iter().find(|r| &r[0] == "exercise").expect("exercise");
        assert_eq!(&exercise[column("programme_week")], "1");
        let weeks: Vec<Vec<&str>> = rows
            .iter()
            .filter(|r| &r[0] == "week")
            .map(|r| {
                [
                    "date",
                    "routine",
                    "programme_week",
                    "planned",
                    "due",
                    "done",
                    "partly",
                    "pain_alerts",
                ]
                .map(|name| &r[column(name)])
                .to_vec()
            })
            .collect();
        assert_eq!(
            weeks,
            [
                ["2026-12-07", "Hip & low back", "1", "3", "3", "2", "0", "0"],
                ["2026-12-14", "Hip & low back", "2", "3", "3", "2", "1", "1"],
                ["2026-12-21", "Hip & low back", "3", "3", "3", "2", "0", "0"],
                ["2026-12-28", "Hip & low back", "4", "3", "2", "2", "0", "1"],
            ]
        );
        assert!(rows.iter().all(|r| r.len() == COLUMNS));
    }

    #[test]
    fn headers_are_in_the_person_s_language_and_values_stay_machine_values() {
        let a = crate::report::tests::session("a", Date::constant(2026, 11, 2), 10);
        let bytes = crate::i18n::with(crate::i18n::Lang::Es, || {
            csv(&[&a], &[], &TimeZone::UTC).expect("csv")
        });
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert!(
            text.starts_with("fila,sesión,fecha,inicio,fin,rutina,"),
            "{text}"
        );
        assert!(text.contains("\nsession,a,2026-11-02,"), "{text}");
        assert!(text.contains(",10.0,0.0,"), "{text}");
    }
}
